import type { FakeDriveItem } from './model';
import type { FakeWorld } from './world';

/**
 * The parts of the Drive API v3 request language the fake understands:
 * - `q` (https://developers.google.com/drive/api/guides/search-files,
 *   https://developers.google.com/drive/api/guides/ref-search-terms): terms joined by `and`:
 *   `'ID' in parents` (`root` is My Drive), `trashed = true|false`, `mimeType = | != '…'`,
 *   `name = '…'`, `name contains '…'`, `modifiedTime|createdTime > >= < <= = 'RFC 3339'`,
 *   `'EMAIL' in owners|writers|readers`; strings quoted with `'`, a quote escaped as `\'`. Anything
 *   else is refused as the API refuses a bad query (400 `Invalid Value`).
 * - `orderBy`: `name`, `modifiedTime`, `createdTime`, each optionally ` desc`, comma-separated.
 * - `fields` (https://developers.google.com/drive/api/guides/fields-parameter): `a,b(c,d),e/f`, `*`.
 */

export type Predicate = (item: FakeDriveItem) => boolean;

function unquote(text: string): string | null {
  const m = /^'((?:[^'\\]|\\.)*)'$/.exec(text.trim());
  return m ? m[1]!.replace(/\\(.)/g, '$1') : null;
}

function compare(op: string, a: number, b: number): boolean {
  if (op === '>') return a > b;
  if (op === '>=') return a >= b;
  if (op === '<') return a < b;
  if (op === '<=') return a <= b;
  if (op === '=') return a === b;
  return a !== b;
}

/** Splits on ` and ` outside quotes. */
function terms(q: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < q.length; i++) {
    const ch = q[i]!;
    if (ch === '\\' && quoted) {
      current += ch + (q[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === "'") quoted = !quoted;
    if (!quoted && /^\sand\s/i.test(q.slice(i, i + 5))) {
      out.push(current);
      current = '';
      i += 4;
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out.map((t) => t.trim()).filter(Boolean);
}

/** A predicate for a `q`, or null when the fake (and so, it assumes, the API) cannot read it. */
export function parseQuery(world: FakeWorld, q: string): Predicate | null {
  const predicates: Predicate[] = [];
  for (const term of terms(q)) {
    let m = /^('(?:[^'\\]|\\.)*')\s+in\s+(parents|owners|writers|readers)$/i.exec(term);
    if (m) {
      const value = unquote(m[1]!)!;
      const what = m[2]!.toLowerCase();
      if (what === 'parents') {
        const id = value === 'root' ? world.rootFolderId : value;
        predicates.push((item) => item.parents.includes(id));
      } else {
        const email = value.toLowerCase();
        predicates.push((item) =>
          what === 'owners'
            ? item.owner === email
            : what === 'writers'
              ? item.editors.includes(email)
              : item.viewers.includes(email) || item.editors.includes(email),
        );
      }
      continue;
    }
    m = /^trashed\s*(=|!=)\s*(true|false)$/i.exec(term);
    if (m) {
      const want = m[2]!.toLowerCase() === 'true';
      const equal = m[1] === '=';
      predicates.push((item) => (item.trashed === want) === equal);
      continue;
    }
    m = /^(mimeType|name)\s*(=|!=|contains)\s*('.*')$/i.exec(term);
    if (m) {
      const field = m[1] === 'name' ? 'name' : 'mimeType';
      const value = unquote(m[3]!);
      if (value === null || (m[2] === 'contains' && field !== 'name')) return null;
      const op = m[2]!.toLowerCase();
      predicates.push((item) =>
        op === 'contains'
          ? item[field].toLowerCase().includes(value.toLowerCase())
          : (item[field] === value) === (op === '='),
      );
      continue;
    }
    m = /^(modifiedTime|createdTime)\s*(>=|<=|!=|>|<|=)\s*('.*')$/.exec(term);
    if (m) {
      const value = unquote(m[3]!);
      const at = value === null ? Number.NaN : Date.parse(value);
      if (Number.isNaN(at)) return null;
      const field = m[1] as 'modifiedTime' | 'createdTime';
      const op = m[2]!;
      predicates.push((item) => compare(op, item[field], at));
      continue;
    }
    return null;
  }
  return (item) => predicates.every((p) => p(item));
}

/** Sorts by an `orderBy` (creation order when absent: the fake's choice, Drive promises none). */
export function ordered(items: FakeDriveItem[], orderBy: unknown): FakeDriveItem[] | null {
  if (orderBy === undefined || orderBy === '') return items;
  const keys = String(orderBy)
    .split(',')
    .map((k) => k.trim().split(/\s+/));
  if (keys.some(([f, d]) => !['name', 'modifiedTime', 'createdTime'].includes(f ?? '') || (d && d !== 'desc')))
    return null;
  return [...items].sort((a, b) => {
    for (const [field, dir] of keys) {
      const f = field as 'name' | 'modifiedTime' | 'createdTime';
      const c = f === 'name' ? a.name.localeCompare(b.name) : a[f] - b[f];
      if (c !== 0) return dir === 'desc' ? -c : c;
    }
    return 0;
  });
}

type FieldTree = Map<string, FieldTree | null>;

function parseFields(spec: string): FieldTree {
  const tree: FieldTree = new Map();
  let i = 0;
  const parseList = (into: FieldTree, closing: boolean) => {
    while (i < spec.length) {
      let name = '';
      while (i < spec.length && !',()'.includes(spec[i]!)) name += spec[i++];
      name = name.trim();
      let sub: FieldTree | null = null;
      if (spec[i] === '(') {
        i++;
        sub = new Map();
        parseList(sub, true);
      }
      if (name) {
        // `a/b` is `a(b)`.
        const [head, ...rest] = name.split('/');
        const tail = rest.join('/');
        const child: FieldTree | null = tail ? parseFields(tail) : sub;
        const before = into.get(head!);
        if (before && child) for (const [k, v] of child) before.set(k, v);
        else into.set(head!, before === undefined ? child : null);
      }
      if (spec[i] === ',') i++;
      else if (spec[i] === ')') {
        i++;
        if (closing) return;
      }
    }
  };
  parseList(tree, false);
  return tree;
}

function projectValue(value: unknown, tree: FieldTree | null): unknown {
  if (!tree || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => projectValue(v, tree));
  if (tree.has('*')) return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of tree) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = projectValue(v, sub);
  }
  return out;
}

/** The partial response a `fields` value asks for (`*`: everything). */
export function project<T>(value: T, fields: unknown): T {
  if (fields === undefined || fields === '*') return value;
  return projectValue(value, parseFields(String(fields))) as T;
}
