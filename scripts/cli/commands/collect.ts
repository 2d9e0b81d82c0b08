import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { CollectReceipt } from '../../../core/outputs/collect-receipt-schema';
import { tabNames } from '../../../core/grid/tab-names';
import { collectFiles, type FileOutcome } from '../../collect/collect-files';
import { findReturnedFiles } from '../../collect/find-returned-files';
import { readReturnedFile } from '../../collect/read-returned-file';
import { receiptText } from '../../collect/receipt-text';
import { writeWorkbookFile } from '../../xlsx/write-workbook-file';
import { refuse } from '../cli-refusal';
import { committeeNow } from '../committee-clock';
import { defineCommand } from '../define-command';
import { parseDateArgument } from '../parse-date-argument';
import { readBookArgument } from '../read-book-argument';
import { reportDateNotice } from '../report-date-notice';
import { assertFreeOutput, assertNotInput } from '../safe-output';

/**
 * `profkarta collect BOOK.xlsx FILE_OR_DIR… --out BOOK2.xlsx [--as-of DATE] [--json] [--force]`
 * (design §2, §8): the files organisations sent back, taken into a copy of the book — each matched by
 * its marker (else by section 1's `Код`, with a note), its values laid into the organisation's tab
 * with nothing typed lost — and a receipt, one line per file. The returned files are only read. Run it
 * again as more files arrive, on the book it wrote: what was taken stays. Exit 0 when every file was
 * taken, 1 when the book was written but some file refused, 2 when the book is unusable.
 */
export const collectCommand = defineCommand({
  name: 'collect',
  synopsis: 'collect КНИГА.xlsx ФАЙЛ_ИЛИ_ПАПКА… --out КНИГА-2.xlsx [--as-of ДАТА] [--json] [--force]',
  summary: 'принять файлы, присланные организациями (после split), в копию книги и выдать квитанцию по каждому',
  details: [
    '  ФАЙЛ_ИЛИ_ПАПКА  файлы .xlsx или папки с ними (вложенные папки тоже); сами файлы не меняются',
    '  --out ФАЙЛ      копия книги с принятыми листами; существующий файл заменяется только с --force',
    '  --as-of ДАТА    дата отчёта для проверки принятых листов; по умолчанию «Дата отчёта» из «Настроек», иначе сегодня в Челябинске',
    '  --json          квитанция одним JSON-документом на stdout',
    `Файл узнаётся по скрытому листу «${tabNames.marker}», а без него — по коду в разделе 1 (с предупреждением).`,
    'Из нескольких файлов одной организации берётся сохранённый последним. Запускайте снова по мере',
    'поступления файлов, на книге, записанной прошлым запуском: принятое раньше сохраняется.',
    'Код выхода: 0 — все файлы приняты, 1 — книга записана, но какие-то файлы отклонены, 2 — книга непригодна.',
  ],
  examples: ['npx profkarta collect demo.xlsx разослать --out demo-2.xlsx'],
  options: {
    out: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
    force: { type: 'boolean' },
  },
  positionals: { min: 2, max: Number.POSITIVE_INFINITY, what: 'книгу и хотя бы один присланный файл или папку' },
  run: async ({ values, positionals }, io) => {
    const [path = '', ...args] = positionals;
    const out = values.out;
    if (!out) {
      refuse(
        `Укажите файл результата: --out КНИГА-2.xlsx. Использование: npx profkarta ${collectCommand.spec.synopsis}`,
      );
    }
    // Every input, the files found inside the folders given included: --out is none of them, even with --force.
    const found = await findReturnedFiles(args, io.cwd, [path]);
    assertNotInput(out, [path, ...args, ...found.map((f) => f.shownAs)], io.cwd);
    await assertFreeOutput(out, values.force, io.cwd);
    const asOf = values['as-of'] === undefined ? undefined : parseDateArgument(values['as-of']);
    const book = await readBookArgument(path, io.cwd);
    if (found.length === 0) refuse(`В «${args.join('», «')}» нет файлов .xlsx: собирать нечего.`);
    const files: FileOutcome[] = [];
    for (const file of found) files.push({ found: file, read: await readReturnedFile(file) });
    const now = committeeNow(io.today);
    const result = collectFiles(book.workbook, files, {
      today: now.date,
      ...(asOf ? { asOf } : {}),
      generatedAt: now,
      newBookId: randomUUID(),
      out,
    });
    if (!result.ok) refuse(result.message);
    reportDateNotice(io, result.report);
    const written = await writeWorkbookFile(resolve(io.cwd, out), result.sheets, { base: book.excel, shownAs: out });
    if (!written.ok) refuse(written.message);
    const receipt: CollectReceipt = result.receipt;
    io.stdout(values.json ? `${JSON.stringify(receipt, null, 2)}\n` : receiptText(receipt));
    return receipt.totals.rejected > 0 ? 1 : 0;
  },
});
