import type { CollectNoteCode, CollectRejectionCode } from '../../core/outputs/collect-receipt-schema';
import { formatRuDate } from '../../core/dates/format-ru-date';
import { countOf } from '../../core/issues/count-of';
import { tabNames } from '../../core/grid/tab-names';
import { committeeNow } from '../cli/committee-clock';

/** The parameters of each reason to refuse a file. */
interface RejectionParams {
  readonly not_workbook: { readonly message: string };
  readonly is_book: Record<string, never>;
  readonly other_book: Record<string, never>;
  readonly newer_form: { readonly version: number; readonly current: number };
  readonly form_unreadable: { readonly version: number | null; readonly current: number; readonly count: number };
  readonly no_form: Record<string, never>;
  readonly several_forms: { readonly tabs: readonly string[] };
  readonly unknown_org: { readonly org: string };
  readonly inactive_org: { readonly org: string };
  readonly older_duplicate: { readonly newer: string; readonly saved: string };
  readonly older_than_collected: { readonly file: string; readonly saved: string };
  readonly book_values_too_many: { readonly count: number };
}

/** The parameters of each note on a file taken. */
interface NoteParams {
  readonly no_marker: { readonly by: 'code' | 'tab' };
  readonly older_form: { readonly version: number; readonly current: number };
  readonly newest_taken: { readonly others: number };
  readonly moved_values: { readonly count: number };
  readonly book_values_kept: { readonly count: number };
  /** `file`: the earlier file the values were taken from; null when they were in the book when the file was sent. */
  readonly fields_cleared: { readonly count: number; readonly file: string | null };
  readonly fields_changed: { readonly count: number };
  readonly saved_from_file_time: Record<string, never>;
  readonly empty_form: Record<string, never>;
}

/** A reason to refuse a file, with its parameters. */
export type Rejection = {
  [K in CollectRejectionCode]: { readonly code: K; readonly params: RejectionParams[K] };
}[CollectRejectionCode];
/** A note on a file taken, with its parameters. */
export type Note = { [K in CollectNoteCode]: { readonly code: K; readonly params: NoteParams[K] } }[CollectNoteCode];

/** An ISO instant as the committee reads it: `05.02.2024 14:30` in Chelyabinsk. */
export function savedText(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const { date, time } = committeeNow(instant);
  return `${formatRuDate(date)} ${time}`;
}

/**
 * Why `collect` refused a file, in Russian.
 *
 * @param r - the reason
 * @example rejectionMessage({ code: 'other_book', params: {} }) // 'файл разослан из другой книги …'
 */
export function rejectionMessage(r: Rejection): string {
  switch (r.code) {
    case 'not_workbook':
      return r.params.message;
    case 'is_book':
      return 'это книга комитета, а не файл организации';
    case 'other_book':
      return 'файл разослан из другой книги (другой учебный год или другой комитет): его значения сюда не переносятся';
    case 'newer_form':
      return `файл сделан новой версией формы (${r.params.version}, у этой программы — ${r.params.current}): обновите Профкарту и соберите снова`;
    case 'form_unreadable':
      return `${r.params.version !== null && r.params.version < r.params.current ? `файл старой версии формы (${r.params.version}), ` : ''}форму не удалось прочитать так, чтобы перенести все значения (не на месте: ${r.params.count}); попросите организацию заполнить присланный сейчас файл`;
    case 'no_form':
      return 'в файле нет листа с формой организации';
    case 'several_forms':
      return `в файле несколько листов с формой (${r.params.tabs.map((t) => `«${t}»`).join(', ')}) и нет метки, по которой понять, чей он`;
    case 'unknown_org':
      return `организации с кодом «${r.params.org}» нет в «${tabNames.directory}»`;
    case 'inactive_org':
      return `организация ${r.params.org} в «${tabNames.directory}» не действует (Действует = нет)`;
    case 'older_duplicate':
      return `есть более новый файл этой организации: «${r.params.newer}» (сохранён ${savedText(r.params.saved)})`;
    case 'older_than_collected':
      return `в книгу уже принят более новый файл этой организации: «${r.params.file}» (сохранён ${savedText(r.params.saved)})`;
    case 'book_values_too_many':
      return `в листе организации в книге слишком много значений, которых нет в файле (${r.params.count}), чтобы сохранить их: сверьте лист и файл вручную`;
  }
}

/**
 * A note on a file `collect` took, in Russian.
 *
 * @param n - the note
 * @example noteMessage({ code: 'moved_values', params: { count: 2 } }) // 'значения не на месте формы (2) — в блоке «Перенесённые значения»'
 */
export function noteMessage(n: Note): string {
  switch (n.code) {
    case 'no_marker':
      return `нет метки (скрытого листа «${tabNames.marker}»): организация узнана по ${n.params.by === 'code' ? 'коду в разделе 1' : 'имени листа'} — проверьте, что файл её`;
    case 'older_form':
      return `файл старой версии формы (${n.params.version}, теперь ${n.params.current}): значения перенесены в новую`;
    case 'newest_taken':
      return `из файлов этой организации (${n.params.others + 1}) взят сохранённый последним`;
    case 'moved_values':
      return `значения не на месте формы (${n.params.count}) сохранены в блоке «Перенесённые значения»`;
    case 'book_values_kept':
      return `значения, внесённые в книгу после рассылки и не найденные в файле (${n.params.count}), сохранены в блоке «Перенесённые значения»`;
    case 'fields_cleared':
      return `очищено ${countOf(n.params.count, ['поле', 'поля', 'полей'])} — прежние значения (${n.params.file === null ? 'из книги' : `из файла «${n.params.file}»`}) перенесены в блок «Перенесённые значения»`;
    case 'fields_changed':
      return `изменено ${countOf(n.params.count, ['поле', 'поля', 'полей'])} — взяты значения этого файла`;
    case 'saved_from_file_time':
      return 'в файле не записано время сохранения: взято время файла на диске';
    case 'empty_form':
      return 'форма не заполнена';
  }
}
