import { formatRuDate } from '../dates/format-ru-date';
import type { IsoDate } from '../dates/iso-date';
import { formatNumber } from './format-number';
import { quotedList } from './message-text';
import { plural } from './plural';
import type { Shell } from './shell';

/** A parsed template: text, and arguments `{name, format, …}` with their branches. */
type Part =
  | string
  | { readonly name: string; readonly format: string; readonly style: string; readonly branches: Branches };
type Branches = Readonly<Record<string, readonly Part[]>>;

const parsed = new Map<string, readonly Part[]>();

/**
 * A Russian sentence from its template (a message catalogue's text), the parameters' values put in
 * (ICU MessageFormat, lite). The template is plain text with arguments in braces:
 *
 * - `{name}` — the value as it is: a text, or a number as bare digits (a row number: `в строке {first}`);
 * - `{name, number}` — a number as a figure is written: `41 661`, `12,5`;
 * - `{name, date}` — an ISO date as ДД.ММ.ГГГГ;
 * - `{name, list}` — a list as names in quotes: `«а», «б» и «в»`; `{name, list, or}` — `«а», «б» или «в»`;
 * - `{name, join}` — a list as is, joined by `, `; `{name, join, csv}` — joined by `,` (a CSV header line);
 * - `{name, plural, one {# ошибка} few {# ошибки} many {# ошибок}}` — the branch agreeing with a
 *   number (a list: its length) by Russian rules (1, 21 → `one`; 2–4, 22–24, 1,5 → `few`; 0, 5–20 →
 *   `many`); `=1 {…}` matches exactly that number and comes first; `other {…}` stands for any
 *   category not written. `#` in a branch is the number as `{name, number}`.
 * - `{name, select, мероприятие {…} other {…}}` — the branch named by a text value, else `other`;
 *   `none {…}` is the branch for an optional parameter not given.
 * - `{shell, select, addon {…} cli {…}}` — the branch for where the message is read: the add-on or
 *   the command line (`shell` is no parameter: every message may ask it).
 *
 * A branch is a template itself and may hold arguments. Write whole sentences in branches, so
 * each reads on its own. Braces and `#` have no other use in a template. Which names and formats a
 * code may use is checked by the compiler (`CheckedTemplates`, message-catalogue.ts).
 *
 * @param template - the template, e.g. `'Охвачено {covered, number}, а обучающихся {band} классов…'`
 * @param params - the parameters' values by name (text, number, ISO date or list of texts)
 * @param shell - `addon` or `cli`, for `{shell, select, …}`
 * @throws Error when the template's braces do not pair (a bug of the catalogue, caught by its tests)
 * @example formatMessage('Число {found} больше допустимого: ожидается не больше {max, number}.', { found: '12000', max: 10000 }, 'cli') // 'Число 12000 больше допустимого: ожидается не больше 10 000.'
 */
export function formatMessage(template: string, params: Readonly<Record<string, unknown>>, shell: Shell): string {
  let parts = parsed.get(template);
  if (!parts) {
    parts = parseTemplate(template);
    parsed.set(template, parts);
  }
  return render(parts, { ...params, shell }, undefined);
}

/**
 * Every argument of a template, branches' included, as `{ name, format }` (`format` `''` for
 * `{name}` alone): what a catalogue's test compares with its code's declared parameters.
 *
 * @param template - the template
 * @throws Error when the template's braces do not pair
 * @example messageArguments('{n, plural, one {# раз в {year}} other {# раза}}') // [{ name: 'n', format: 'plural' }, { name: 'year', format: '' }]
 */
export function messageArguments(template: string): { readonly name: string; readonly format: string }[] {
  const walk = (parts: readonly Part[]): { name: string; format: string }[] =>
    parts.flatMap((part) =>
      typeof part === 'string'
        ? []
        : [{ name: part.name, format: part.format }, ...Object.values(part.branches).flatMap(walk)],
    );
  return walk(parseTemplate(template));
}

function render(parts: readonly Part[], params: Readonly<Record<string, unknown>>, count: number | undefined): string {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') text += count === undefined ? part : part.replaceAll('#', formatNumber(count));
    else text += argument(part, params, count);
  }
  return text;
}

function argument(
  part: Exclude<Part, string>,
  params: Readonly<Record<string, unknown>>,
  count: number | undefined,
): string {
  const value = params[part.name];
  switch (part.format) {
    case 'number':
      return formatNumber(value as number);
    case 'date':
      return formatRuDate(value as IsoDate);
    case 'list':
      return quotedList(value as readonly string[], part.style === 'or' ? 'или' : 'и');
    case 'join':
      return (value as readonly string[]).join(part.style === 'csv' ? ',' : ', ');
    case 'plural': {
      const n = Array.isArray(value) ? value.length : (value as number);
      const { other = [] } = part.branches;
      const { one = other, few = other, many = other } = part.branches;
      return render(part.branches[`=${n}`] ?? plural(n, [one, few, many]), params, n);
    }
    case 'select': {
      const key = value === undefined ? 'none' : String(value);
      return render(part.branches[key] ?? part.branches.other ?? [], params, count);
    }
    default:
      return String(value);
  }
}

/** The parts of a template; throws on unpaired braces. */
function parseTemplate(template: string): readonly Part[] {
  let at = 0;
  const parts = (): Part[] => {
    const list: Part[] = [];
    while (at < template.length && template[at] !== '}') {
      const brace = template.indexOf('{', at);
      const close = template.indexOf('}', at);
      const end = Math.min(brace < 0 ? template.length : brace, close < 0 ? template.length : close);
      if (end > at) list.push(template.slice(at, end));
      at = end;
      if (template[at] === '{') list.push(arg());
    }
    return list;
  };
  const arg = (): Part => {
    const head = /^\{\s*([^,{}\s]+)\s*(?:,\s*([^,{}\s]+)\s*)?(?:,\s*([^{}]*?)\s*)?(?=[{}]|$)/.exec(template.slice(at));
    if (!head) throw new Error(`Шаблон сообщения не читается с позиции ${at}: ${template}`);
    at += head[0].length;
    const [, name = '', format = '', rest = ''] = head;
    const branches: Record<string, readonly Part[]> = {};
    let key = rest;
    while (template[at] === '{') {
      at++;
      branches[key] = parts();
      if (template[at] !== '}') throw new Error(`Непарная «{» в шаблоне сообщения: ${template}`);
      at++;
      const next = /^\s*([^{}\s]*)\s*/.exec(template.slice(at)) ?? ['', ''];
      at += next[0].length;
      key = next[1] ?? '';
    }
    if (template[at] !== '}') throw new Error(`Непарная «{» в шаблоне сообщения: ${template}`);
    at++;
    const hasBranches = Object.keys(branches).length > 0;
    return { name, format, style: hasBranches ? '' : rest, branches };
  };
  const list = parts();
  if (at < template.length) throw new Error(`Лишняя «}» в шаблоне сообщения: ${template}`);
  return list;
}
