import type { CellRange, OutValue, OutputSheet } from '../grid/output-sheet';
import { tabNames } from '../grid/tab-names';

/** What a school reads in `Инструкция` of a file `split` sent it: how the file goes back. */
export const fileRoundLines = [
  'В этом файле только лист вашей организации: комитет прислал его вам, чтобы вы заполнили отчёт без Google Таблиц — в Excel, LibreOffice, Р7-Офис или МойОфис.',
  'Заполните лист и сохраните файл в формате .xlsx (Книга Excel), затем отправьте его обратно в комитет, например ответом на письмо, с которым он пришёл.',
  `Имя файла можно менять. Лист с формой не переименовывайте и не удаляйте; скрытый служебный лист «${tabNames.marker}» не трогайте: по нему комитет узнаёт ваш файл.`,
  'Исправили что-то после отправки — отправьте файл ещё раз: комитет возьмёт версию, сохранённую последней. Если в ней пусто поле, заполненное в прежней, прежнее значение комитет сохранит в блоке «Перенесённые значения».',
  'Строки можно вставлять (мероприятия, обучение); удалять строки и писать в серые ячейки нельзя.',
  'Результат проверки в начале листа и примечания в ячейках — на день, когда файл был разослан; после сбора комитет проверит отчёт снова.',
] as const;

/** The heading of the paragraph. */
export const fileRoundHeading = 'Если лист пришёл вам файлом';

/**
 * `Инструкция` with one more paragraph at its end, for the file `split` sends an organisation:
 * how to fill the file and send it back (design §2, «Without Google»). Each line spans both
 * columns and wraps, as the other lines of the tab do.
 *
 * @param instruction - the `Инструкция` tab (`instructionSheet()`)
 * @example withFileRound(instructionSheet()).rows.at(-1)?.[0] // 'Результат проверки в начале листа …'
 */
export function withFileRound(instruction: OutputSheet): OutputSheet {
  const width = Math.max(2, ...instruction.rows.map((r) => r.length));
  const pad = (values: readonly OutValue[]) => [...values, ...Array<OutValue>(width - values.length).fill(null)];
  const rows: OutValue[][] = instruction.rows.map((r) => [...r]);
  const merges: CellRange[] = [...(instruction.format.merges ?? [])];
  const line = (text: string) => {
    const r = rows.push(pad([text])) - 1;
    merges.push({ row: r, column: 0, columns: 2 });
    return r;
  };
  rows.push(pad([]));
  const heading = line(fileRoundHeading);
  for (const text of fileRoundLines) line(text);
  const f = instruction.format;
  return {
    ...instruction,
    rows,
    format: {
      ...f,
      merges,
      bold: [...(f.bold ?? []), { row: heading, column: 0 }],
      wrap: [...(f.wrap ?? []), { row: heading, column: 0, rows: rows.length - heading, columns: 2 }],
    },
  };
}
