import iconv from 'iconv-lite';

/** A CSV's bytes read as text, or the encoding it is in when that is not one the command reads (`null`: unknown). */
export type DecodedCsv =
  | { readonly ok: true; readonly text: string; readonly encoding: 'UTF-8' | 'Windows-1251' }
  | { readonly ok: false; readonly encoding: string | null };

/** Letters and the punctuation Russian text has beyond ASCII: quotes «», №, dashes, a no-break space. */
const russianChars = /[А-яЁё«»№–—…“”„‚\u00a0°]/g;
/** How often each letter occurs in Russian text, per cent (case folded). */
const letterFrequency: Readonly<Record<string, number>> = {
  о: 10.97,
  е: 8.45,
  а: 8.01,
  и: 7.35,
  н: 6.7,
  т: 6.26,
  с: 5.47,
  р: 4.73,
  в: 4.54,
  л: 4.4,
  к: 3.49,
  м: 3.21,
  д: 2.98,
  п: 2.81,
  у: 2.62,
  я: 2.01,
  ы: 1.9,
  ь: 1.74,
  г: 1.7,
  з: 1.65,
  б: 1.59,
  ч: 1.44,
  й: 1.21,
  х: 0.97,
  ж: 0.94,
  ш: 0.73,
  ю: 0.64,
  ц: 0.48,
  щ: 0.36,
  э: 0.32,
  ф: 0.26,
  ъ: 0.04,
  ё: 0.04,
};

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * How much a single-byte decoding reads as Russian: `null` when its bytes above ASCII are not
 * Russian letters and punctuation, else the mean log-frequency of its letters (a wrong code
 * page swaps common letters for rare ones, so its score is lower).
 */
function russianScore(text: string, highBytes: number): number | null {
  if (count(text, russianChars) < highBytes * 0.9) return null;
  let sum = 0;
  let letters = 0;
  for (const ch of text.toLowerCase()) {
    const frequency = letterFrequency[ch];
    if (frequency === undefined) continue;
    sum += Math.log(frequency);
    letters++;
  }
  return letters === 0 ? 0 : sum / letters;
}

function utf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return true;
  }
  // Without a BOM: every other byte of Latin and Cyrillic UTF-16 text is a zero or the 0x04 page.
  let zeros = 0;
  const sample = Math.min(bytes.length, 4096);
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) zeros++;
  return sample > 0 && zeros > sample / 4;
}

/**
 * The text of a CSV as Russian users save it (design §8): UTF-8 with or without a BOM, or
 * Windows-1251 (what Russian Excel saves as «CSV (разделители — запятые)»), told apart by whether
 * the bytes are valid UTF-8, then by which Russian code page gives the likeliest Russian letters.
 * Any other encoding is named (UTF-16, KOI8-R, CP866) or called unknown, never guessed into mojibake.
 *
 * @param bytes - the file's content
 * @example decodeCsv(iconv.encode('code,name\nS1,Школа', 'win1251')) // { ok: true, text: 'code,name\nS1,Школа', encoding: 'Windows-1251' }
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (utf16(bytes)) return { ok: false, encoding: 'UTF-16' };
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: 'UTF-8' };
  } catch {
    if (hasBom) return { ok: false, encoding: 'UTF-8 с ошибками (часть байтов не читается)' };
  }
  let highBytes = 0;
  for (const b of bytes) if (b >= 0x80) highBytes++;
  let best: { encoding: 'win1251' | 'koi8-r' | 'cp866'; text: string; score: number } | null = null;
  for (const encoding of ['win1251', 'koi8-r', 'cp866'] as const) {
    const text = iconv.decode(Buffer.from(bytes), encoding);
    const score = russianScore(text, highBytes);
    if (score !== null && (best === null || score > best.score)) best = { encoding, text, score };
  }
  if (best?.encoding === 'win1251') return { ok: true, text: best.text, encoding: 'Windows-1251' };
  if (best?.encoding === 'koi8-r') return { ok: false, encoding: 'KOI8-R' };
  if (best?.encoding === 'cp866') return { ok: false, encoding: 'CP866 (DOS)' };
  return { ok: false, encoding: null };
}
