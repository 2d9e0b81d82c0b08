import type JSZip from 'jszip';

/** At most this many used rows in one tab (design §10 / issue 12: bounded inputs). */
export const maxRowsPerTab = 20_000;

/** A tab's XML larger than this is refused without being unpacked (≈ 20,000 full rows are ~10 MB). */
const maxSheetXmlBytes = 150 * 1024 * 1024;

/**
 * A tab's XML smaller than this cannot hold 20,000 rows with content (each takes at least ~30
 * bytes), so it is not unpacked here; the rows of such a tab are counted after loading.
 */
const scanSheetXmlBytes = 512 * 1024;

/** The Russian line for a tab with too many used rows. */
export function tooManyRowsMessage(tab: string, shownAs: string, rows: number): string {
  return `На листе «${tab}» книги «${shownAs}» занято ${group(rows)} строк, а может быть не больше ${group(maxRowsPerTab)}: удалите лишние строки (или отдельные значения в дальних строках) и сохраните книгу.`;
}

/** What the cheap look into the zip found: the book may be loaded, or why not as a Russian line. */
export type XlsxInspection =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'not_zip' | 'too_many_rows' | 'prefixed_xml';
      readonly message: string;
    };

const group = (n: number) => n.toLocaleString('ru-RU').replace(/\u00a0/g, ' ');

/** `xl/worksheets/sheet1.xml` → the tab's name, read from `xl/workbook.xml` and its relationships. */
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  for (const m of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\b[\w.-]+:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name && target) names.set(target, unescapeXml(name));
  }
  return names;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The last used row of a worksheet's XML: the highest `r` of a `<row>` that has content (a
 * self-closing `<row/>` only carries formatting). Rows without `r` follow the previous one.
 */
export function lastUsedRow(xml: string): number {
  let last = 0;
  let previous = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?row\b([^>]*?)(\/?)>/g)) {
    const r = /\br="(\d+)"/.exec(m[1] ?? '')?.[1];
    const row = r === undefined ? previous + 1 : Number(r);
    previous = row;
    if (m[2] !== '/' && row > last) last = row;
  }
  return last;
}

/** The uncompressed size the zip's directory declares for an entry (no unpacking), or 0 when unknown. */
function declaredSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: { uncompressedSize?: number } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0;
}

/**
 * A cheap look into an .xlsx before exceljs loads it whole: refuses a tab with more than
 * 20,000 used rows (a 1,048,576-row sheet would take minutes and all the memory), and XML
 * written with namespace prefixes (`<x:worksheet>`, which LibreOffice opens but exceljs cannot
 * read), each with a Russian line saying what to do. Only the zip's directory, `workbook.xml`
 * and the worksheets' XML large enough to hold that many rows are unpacked; a small tab whose
 * last row lies far down is caught after loading (`tooManyRowsMessage`).
 *
 * @param bytes - the file's content
 * @param shownAs - the file's name as the user typed it
 * @example await inspectXlsx(bytes, 'book.xlsx') // { ok: true }
 */
export async function inspectXlsx(bytes: Uint8Array, shownAs: string): Promise<XlsxInspection> {
  let zip: JSZip;
  try {
    // Loaded on first use, like exceljs: commands that read no workbook start faster.
    const { default: Zip } = await import('jszip');
    zip = await Zip.loadAsync(bytes);
  } catch {
    return {
      ok: false,
      reason: 'not_zip',
      message: `Файл «${shownAs}» повреждён или не является книгой .xlsx: откройте его в Excel или LibreOffice и сохраните заново как .xlsx.`,
    };
  }
  const resave = `откройте её в Excel или LibreOffice и сохраните заново как «Книга Excel (.xlsx)»`;
  const workbookXml = zip.file('xl/workbook.xml');
  const workbookHead = workbookXml ? (await workbookXml.async('string')).slice(0, 4000) : '';
  if (/<[\w.-]+:workbook\b/.test(workbookHead)) {
    return {
      ok: false,
      reason: 'prefixed_xml',
      message: `Книга «${shownAs}» записана в варианте XML (с префиксами пространств имён), который программа не читает: ${resave}.`,
    };
  }
  const names = await sheetNames(zip);
  for (const file of zip.file(/^xl\/worksheets\/[^/]+\.xml$/)) {
    const tab = names.get(file.name) ?? file.name;
    if (declaredSize(file) > maxSheetXmlBytes) {
      return {
        ok: false,
        reason: 'too_many_rows',
        message: `Лист «${tab}» книги «${shownAs}» слишком велик (${group(Math.round(declaredSize(file) / 1024 / 1024))} МБ данных): на листе может быть не больше ${group(maxRowsPerTab)} заполненных строк. Удалите лишние строки и сохраните книгу.`,
      };
    }
    if (declaredSize(file) < scanSheetXmlBytes) continue;
    const xml = await file.async('string');
    if (/^(?:<\?xml[^>]*>)?\s*<[\w.-]+:worksheet\b/.test(xml.slice(0, 4000))) {
      return {
        ok: false,
        reason: 'prefixed_xml',
        message: `Лист «${tab}» книги «${shownAs}» записан в варианте XML (с префиксами пространств имён), который программа не читает: ${resave}.`,
      };
    }
    const rows = lastUsedRow(xml);
    if (rows > maxRowsPerTab) {
      return { ok: false, reason: 'too_many_rows', message: tooManyRowsMessage(tab, shownAs, rows) };
    }
  }
  return { ok: true };
}
