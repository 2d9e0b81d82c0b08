/** One part of a bar: its share of the whole scale (0–1), its colour and what it stands for. */
export interface BarSegment {
  readonly share: number;
  readonly colour: string;
  /** What the colour means (the legend's wording), for a tooltip. */
  readonly name: string;
}

/** One bar: its label, its segments (stacked from 0) and the text at its end. */
interface Bar {
  readonly label: string;
  readonly segments: readonly BarSegment[];
  readonly text: string;
}

/**
 * A horizontal bar chart on a true 0–100 % scale, as data: the HTML report draws it with CSS
 * (`barChartHtml`), the .xlsx `Сводка` as a picture (`barChartSvg`).
 */
export interface BarChartSpec {
  readonly title: string;
  /** What the scale measures, e.g. «доля ООО, %». */
  readonly axis: string;
  readonly bars: readonly Bar[];
  /** Every colour the bars use, with its meaning. */
  readonly legend: readonly { readonly label: string; readonly colour: string }[];
}

/** The scale's marks, as fractions. */
export const axisTicks = [0, 0.25, 0.5, 0.75, 1] as const;

/** A share as it is written on the axis: «25 %». */
export function tickText(share: number): string {
  return `${Math.round(share * 100)}\u00a0%`;
}

/** A share as a CSS or SVG percentage with at most three decimals: 0.12345 → '12.345%'. */
export function cssPercent(share: number): string {
  return `${Math.round(Math.min(1, Math.max(0, share)) * 100_000) / 1000}%`;
}
