/** Characters Windows forbids in a file name, and control characters. */
const forbidden = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** Names Windows reserves whatever the extension (`CON.xlsx` cannot be created). */
const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** At most this many characters before `.xlsx`: a path stays well under Windows' 260, a name under 255 bytes. */
export const maxFileStemLength = 100;

/**
 * The name of the file `split` writes for an organisation: `КОД — Наименование.xlsx`, safe on
 * every file system: Windows' forbidden characters (`<>:"/\|?*`, control characters) become a
 * space, quotes `"` become «», spaces are collapsed, the stem is cut to `maxFileStemLength`
 * characters without a trailing dot or space (Windows drops them), and a stem Windows reserves
 * (`CON`, `NUL`, `COM1`…) gets a leading `_`.
 *
 * @param code - the organisation's `Код` (letters, digits, `_`, `-`)
 * @param name - its `Наименование`
 * @example orgFileName('SCH108', 'МАОУ «СОШ № 108 г. Челябинска»') // 'SCH108 — МАОУ «СОШ № 108 г. Челябинска».xlsx'
 */
export function orgFileName(code: string, name: string): string {
  const clean = (text: string) =>
    text
      .normalize('NFC')
      .replace(/"([^"]*)"/g, '«$1»')
      .replace(forbidden, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const title = clean(name);
  let stem = title ? `${clean(code)} — ${title}` : clean(code);
  if (stem.length > maxFileStemLength) stem = [...stem].slice(0, maxFileStemLength).join('');
  stem = stem.replace(/[.\s]+$/, '').replace(/^[.\s]+/, '');
  if (stem === '') stem = 'организация';
  const base = stem.split('.')[0]?.trim() ?? '';
  if (reserved.test(base)) stem = `_${stem}`;
  return `${stem}.xlsx`;
}
