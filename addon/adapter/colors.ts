import type { Fill } from '../../core/grid/output-sheet';

type Rgb = { red: number; green: number; blue: number };

function hex(value: string): Rgb {
  const n = Number.parseInt(value.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/** Background colours of the fills, as hex (the fake and tests compare these). */
const fillHex: Readonly<Record<Fill, string>> = {
  green: '#b7e1cd',
  lightGreen: '#d9ead3',
  yellow: '#fff2cc',
  red: '#f4c7c3',
  grey: '#eeeeee',
  header: '#dbe5f1',
  locked: '#f3f3f3',
  problem: '#f4cccc',
  warning: '#fce8b2',
};

/** A fill as the Sheets API colour (components 0–1). */
export function fillColor(fill: Fill): Rgb {
  return hex(fillHex[fill]);
}
