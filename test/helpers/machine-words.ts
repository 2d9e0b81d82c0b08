import { indicatorKeys } from '../../core/indicators/indicator-catalogue';

// Keys of the JSON interface and of the code that must never reach a person: indicator keys,
// statuses, severities, history kinds.
const keys = [
  ...indicatorKeys().filter((key) => !key.includes('.')),
  'submitted',
  'errors',
  'empty',
  'missing',
  'error',
  'warning',
  'info',
  'build',
  'monthly',
];

const patterns: readonly (readonly [string, RegExp])[] = [
  ['snake_case', /\b[a-z]+(?:_[a-z0-9]+)+\b/],
  ['ISO date', /\b\d{4}-\d{2}-\d{2}\b/],
  ['dotted key', /\b[a-z]+\.[a-z][A-Za-z]*\b/],
  ['camelCase', /\b[a-z]+[A-Z][A-Za-z]*\b/],
  ['IANA zone', /\b[A-Z][a-z]+\/[A-Z][a-z_]+\b/],
  ['A1 reference', /\S+![A-Z]{1,3}\d+\b/],
  ['code word', new RegExp(`\\b(?:${keys.join('|')})\\b`)],
];

/**
 * The machine words in a text a person reads: codes (`has_errors`, `levels.basic`, `completeness`),
 * ISO dates, IANA zones, `S0004!B14` references. Addresses, links and file names are a person's
 * words and are left out.
 *
 * @param text - what a cell, a message or a page shows
 * @example machineWords('на 2024-02-01') // ['ISO date: 2024-02-01']
 */
export function machineWords(text: string): string[] {
  const words = text.replace(/\S+@\S+|https?:\/\/\S+|\S+\.(?:xlsx|html|pdf|csv|docx|txt)\b/g, ' ');
  const found: string[] = [];
  for (const [kind, pattern] of patterns) {
    const match = pattern.exec(words);
    if (match) found.push(`${kind}: ${match[0]}`);
  }
  return found;
}
