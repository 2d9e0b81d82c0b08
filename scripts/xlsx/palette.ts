import type { Fill } from '../../core/grid/output-sheet';

/** The fills as ARGB colours: the same shades as the Sheets adapter's `fillHex` (addon/adapter/colors.ts). */
export const fillColours: Readonly<Record<Fill, string>> = {
  green: 'FFB7E1CD',
  lightGreen: 'FFD9EAD3',
  yellow: 'FFFFF2CC',
  red: 'FFF4C7C3',
  grey: 'FFEEEEEE',
  header: 'FFDBE5F1',
  locked: 'FFF3F3F3',
  problem: 'FFF4CCCC',
  warning: 'FFFCE8B2',
};

/** Pixels → Excel column width in characters of the default font (≈ 7 px each, 5 px padding). */
export function pixelsToChars(px: number): number {
  return Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);
}
