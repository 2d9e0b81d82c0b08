import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** pdftotext of poppler-utils, which `.ci/run` installs; null when this machine has none. */
export const pdftotextPath: string | null = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find(existsSync) ?? null;

/** Why the checks of printed text skip, in Russian, when poppler-utils is not installed. */
export const noPdftotextMessage =
  'pdftotext не установлен (нет /usr/bin/pdftotext): проверка текста напечатанных страниц пропущена. Установите пакет poppler-utils (apt-get install poppler-utils) — .ci/run делает это сам.';

/** A line of a printed page: its text and where it stands, in points from the page's top. */
export interface PdfLine {
  readonly text: string;
  readonly top: number;
  readonly bottom: number;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The lines of every page of a PDF, top to bottom, from `pdftotext -bbox` (words on one baseline
 * joined left to right).
 *
 * @param pdf - the file
 * @example (await pdfLines('form.pdf'))[1][0].text // 'Профориентация: отчёт организации …'
 */
export async function pdfLines(pdf: string): Promise<PdfLine[][]> {
  if (!pdftotextPath) throw new Error(noPdftotextMessage);
  const { stdout } = await run(pdftotextPath, ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return [...stdout.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map(([, body]) => {
    const byLine = new Map<number, { x: number; text: string; top: number; bottom: number }[]>();
    for (const m of (body ?? '').matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/word>/g,
    )) {
      const top = Number(m[2]);
      const key = Math.round(top);
      const words = byLine.get(key) ?? [];
      words.push({ x: Number(m[1]), text: unescapeXml(m[4] ?? ''), top, bottom: Number(m[3]) });
      byLine.set(key, words);
    }
    return [...byLine.values()]
      .map((words) => {
        const sorted = words.sort((a, b) => a.x - b.x);
        return {
          text: sorted.map((w) => w.text).join(' '),
          top: Math.min(...sorted.map((w) => w.top)),
          bottom: Math.max(...sorted.map((w) => w.bottom)),
        };
      })
      .sort((a, b) => a.top - b.top);
  });
}
