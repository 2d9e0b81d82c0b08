import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { markerSheet } from '../../../core/form/marker-sheet';
import { markerOf } from '../../../core/form/read-marker';
import { tabNames } from '../../../core/grid/tab-names';
import { countOf } from '../../../core/issues/count-of';
import { mailMergeCsv } from '../../split/mail-merge-csv';
import { splitBook } from '../../split/split-book';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import { issueLine } from '../cli-args';
import { refuse } from '../cli-refusal';
import { committeeNow } from '../committee-clock';
import { defineCommand } from '../define-command';
import { parseDateArgument } from '../parse-date-argument';
import { shellQuote } from '../shell-quote';
import { readBookArgument } from '../read-book-argument';
import { reportDateNotice } from '../report-date-notice';
import { assertFreeOutput, assertNotInput, prepareOutFolder, writeFileAtomically } from '../safe-output';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `profkarta split BOOK.xlsx --out DIR [--only CODE,…] [--mail-merge FILE.csv] [--as-of DATE]
 * [--book-out BOOK2.xlsx] [--force]` (design §2, §8): one .xlsx per active organisation, `КОД —
 * Наименование.xlsx`, holding `Инструкция` and its own form only, with the very hidden marker
 * `Профкарта` (book, code, form version). `--mail-merge` lists each file with the organisation's
 * addresses for a mail merge; the command sends no email. A book without its identity (made before
 * it existed) needs `--book-out`: a copy of the book with one, into which the files are collected.
 * Existing files of the same names need `--force`; nothing is written over the book. Exit 0 when
 * every file is written, 1 when an organisation's tab could not be rendered without losing a value
 * (its file is not written), 2 when the book is unusable.
 */
export const splitCommand = defineCommand({
  name: 'split',
  synopsis:
    'split КНИГА.xlsx --out ПАПКА [--only КОД,…] [--mail-merge СПИСОК.csv] [--as-of ДАТА] [--book-out КНИГА-2.xlsx] [--force]',
  summary: 'по файлу .xlsx на каждую действующую организацию — разослать школам без Google Таблиц',
  details: [
    '  --out ПАПКА          куда записать файлы «КОД — Наименование.xlsx» (папка создаётся)',
    '  --only КОД,…         только эти организации',
    '  --mail-merge ФАЙЛ    список для рассылки (CSV): код, наименование, адреса из «Организаций», путь к файлу',
    '  --as-of ДАТА         дата отчёта для результата проверки в файлах; по умолчанию «Дата отчёта» из «Настроек», иначе сегодня в Челябинске',
    '  --book-out ФАЙЛ      копия книги с идентификатором — нужна, если в книге его ещё нет (книга старой версии)',
    '  --force              заменить файлы с теми же именами',
    'Каждый файл: «Инструкция» и лист организации — её значения из книги, результат проверки, примечания',
    `и рекомендации; скрытый лист «${tabNames.marker}» — метка, по которой collect узнаёт файл.`,
    'Код выхода: 0 — все файлы записаны, 1 — лист какой-то организации не записан (см. сообщение), 2 — книга непригодна.',
  ],
  examples: ['npx profkarta split demo.xlsx --out разослать --only SCH901,SCH902 --mail-merge рассылка.csv'],
  options: {
    out: { type: 'string' },
    only: { type: 'string' },
    'mail-merge': { type: 'string' },
    'as-of': { type: 'string' },
    'book-out': { type: 'string' },
    force: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, what: 'одну книгу и папку --out' },
  run: async ({ values, positionals }, io) => {
    const path = positionals[0] ?? '';
    const out = values.out;
    if (!out)
      refuse(`Укажите папку для файлов: --out ПАПКА. Использование: npx profkarta ${splitCommand.spec.synopsis}`);
    const asOf = values['as-of'] === undefined ? undefined : parseDateArgument(values['as-of']);
    const only = values.only
      ?.split(/[,;\s]+/)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    if (only && only.length === 0) refuse('Укажите коды организаций после --only, через запятую.');
    const mailMerge = values['mail-merge'];
    const bookOut = values['book-out'];
    for (const output of [mailMerge, bookOut]) if (output) assertNotInput(output, [path], io.cwd);
    const book = await readBookArgument(path, io.cwd);
    const marker = markerOf(book.workbook.committee);
    if (marker?.code) {
      refuse(
        `«${path}» — файл организации ${marker.code}, разосланный командой split, а не книга комитета: укажите книгу.`,
      );
    }
    let id = marker?.book ?? null;
    if (!id && !bookOut) {
      refuse(
        `В книге «${path}» нет идентификатора (скрытого листа «${tabNames.marker}»), по которому collect узнаёт её файлы: книга создана до него. Добавьте --book-out КНИГА-2.xlsx — split запишет копию книги с идентификатором, и присланные файлы собирайте в неё.`,
      );
    }
    id ??= randomUUID();
    const now = committeeNow(io.today);
    const result = splitBook(book.workbook, id, {
      today: now.date,
      ...(asOf ? { asOf } : {}),
      generatedAt: now,
      ...(only ? { only } : {}),
    });
    if (!result.ok) refuse(result.message);
    reportDateNotice(io, result.report);
    const dir = resolve(io.cwd, out);
    await prepareOutFolder(dir, out);
    const targets = result.files.map((f) => join(dir, f.fileName));
    for (const target of targets) assertNotInput(target, [path], io.cwd);
    if (!values.force) {
      const taken: string[] = [];
      for (const target of targets) if (await exists(target)) taken.push(target);
      if (taken.length > 0) {
        refuse(
          `В папке «${out}» уже есть файлы с теми же именами (${taken.length}, например «${taken[0]}»): укажите другую папку или добавьте --force, чтобы заменить их.`,
        );
      }
    }
    if (mailMerge) await assertFreeOutput(mailMerge, values.force, io.cwd);
    if (bookOut) {
      await assertFreeOutput(bookOut, values.force, io.cwd);
      // The copy first: no file goes out with an identity that no book holds.
      const copy = await writeWorkbookFile(resolve(io.cwd, bookOut), [markerSheet({ book: id, collected: [] })], {
        base: book.excel,
        shownAs: bookOut,
      });
      if (!copy.ok) refuse(copy.message);
    }
    for (const [i, file] of result.files.entries()) {
      const target = targets[i]!;
      const written = await writeWorkbookFile(target, file.sheets, { shownAs: target });
      if (!written.ok) refuse(written.message);
    }
    const noAddress = result.files.filter((f) => f.org.emails.length === 0).map((f) => f.org.code);
    if (mailMerge) {
      const csv = mailMergeCsv(
        result.files.map((f, i) => ({ code: f.org.code, name: f.org.name, emails: f.org.emails, file: targets[i]! })),
      );
      await writeFileAtomically(resolve(io.cwd, mailMerge), csv, mailMerge);
      if (noAddress.length > 0) {
        const n = noAddress.length;
        io.stderr(
          `Внимание: в «${tabNames.directory}» нет адреса у ${countOf(n, ['организации', 'организаций', 'организаций'])} из ${result.files.length}: ${noAddress.join(', ')} — ${n === 1 ? 'её файл' : 'их файлы'} отправьте сами.\n`,
        );
      }
    }
    for (const issue of result.refused) io.stderr(`${issueLine(issue)}\n`);
    io.stdout(
      [
        `Записано файлов организаций: ${result.files.length} в «${out}»${bookOut ? `; копия книги с идентификатором: «${bookOut}» — собирайте файлы в неё` : ''}.`,
        ...(mailMerge ? [`Список для рассылки: «${mailMerge}».`] : []),
        ...(result.refused.length > 0
          ? [`Не записано: ${result.refused.length} (лист не удалось обновить без потери значений).`]
          : []),
        `Разошлите файлы организациям, а присланные обратно соберите: npx profkarta collect ${shellQuote(bookOut ?? path)} ПАПКА-С-ОТВЕТАМИ --out КНИГА-2.xlsx`,
        '',
      ].join('\n'),
    );
    return result.refused.length > 0 ? 1 : 0;
  },
});
