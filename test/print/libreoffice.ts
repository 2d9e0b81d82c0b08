import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian's libreoffice-calc-nogui puts the command (`.ci/run` installs it). */
const candidates = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'];

/** The LibreOffice command on this machine, or null. */
export const sofficePath: string | null = candidates.find((p) => existsSync(p)) ?? null;

/** Why the PDF tests skip, in Russian, when LibreOffice is not installed. */
export const noLibreOfficeMessage =
  'LibreOffice не установлен (нет /usr/bin/soffice): проверка печати в PDF пропущена. Установите пакет libreoffice-calc-nogui (apt-get install libreoffice-calc-nogui) — .ci/run делает это сам.';

/**
 * Converts .xlsx files to PDF with headless LibreOffice, in one run with a fresh profile (so a
 * LibreOffice the user has open does not interfere). The PDFs land in `outDir` under the same names.
 *
 * @param files - the workbooks
 * @param outDir - where the PDFs go
 */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<void> {
  await convertWith('pdf', files, outDir);
}

/**
 * The number of pages of a PDF: its page objects (`/Type /Page`, not `/Pages`), which LibreOffice
 * writes uncompressed.
 *
 * @param pdf - the file's bytes
 * @example pdfPageCount(readFileSync('Сводка.pdf')) // 3
 */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * Re-saves workbooks through headless LibreOffice Calc as .xlsx («Calc MS Excel 2007 XML»), as a
 * school that opens its file in LibreOffice and saves it does; one run, a fresh profile. The files
 * land in `outDir` under the same names.
 *
 * @param files - the workbooks
 * @param outDir - where the re-saved copies go (not the files' own folder)
 */
export async function resaveAsXlsx(files: readonly string[], outDir: string): Promise<void> {
  await convertWith('xlsx:Calc MS Excel 2007 XML', files, outDir);
}

/** One headless LibreOffice run converting `files` to `format` into `outDir`, with a fresh profile. */
async function convertWith(format: string, files: readonly string[], outDir: string): Promise<void> {
  if (!sofficePath) throw new Error(noLibreOfficeMessage);
  const profile = mkdtempSync(join(tmpdir(), 'profkarta-soffice-'));
  try {
    await run(
      sofficePath,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 300_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
