import { tabNames } from '../grid/tab-names';
import type { OutputSheet } from '../grid/output-sheet';
import {
  decisionsSection,
  eventsSection,
  movedValuesBlock,
  type FieldType,
  formSections,
  type ScalarField,
  type TableColumn,
  trainingSection,
} from './form-spec';
import { quotedList } from '../issues/message-text';
import { TabBuilder } from './tab-builder';

/** What a field holds, and how it is written unless the field's own hint says it better. */
const typeHints: Record<FieldType, { readonly what: string; readonly example?: string }> = {
  text: { what: 'текст' },
  count: { what: 'целое число не меньше 0', example: 'можно «1 234»' },
  hours: { what: 'число часов', example: 'можно «12,5»' },
  date: { what: 'дата', example: 'ДД.ММ.ГГГГ' },
  email: { what: 'адрес электронной почты' },
  phone: { what: 'телефон', example: '+7 351 123-45-67' },
  enum: { what: 'значение из списка' },
  grades: { what: 'классы', example: '6, 6-9 или 8, 9' },
  evidence: { what: 'номер и дата документа («№ …») или ссылка' },
  itemKey: { what: 'номер пункта (заполнен)' },
  event: { what: 'мероприятие из списка' },
};

/** «дата (ДД.ММ.ГГГГ); обязательно»: one hint per field, never the type's and the field's glued together. */
function describe(field: ScalarField | TableColumn): string {
  if ('locked' in field && field.locked) return 'заполняет комитет';
  const type = typeHints[field.type];
  const required = field.required ? 'обязательно' : 'необязательно';
  // A list names its options; otherwise the field's own hint replaces the type's example.
  if (field.options) return `${type.what}: ${quotedList(field.options, 'или')}; ${required}`;
  const hint = 'hint' in field && field.hint ? inParentheses(field.hint) : type.example;
  return `${type.what}${hint ? ` (${hint})` : ''}; ${required}`;
}

/** A hint of the form's column C inside parentheses: a lower-case start, no brackets within brackets. */
function inParentheses(hint: string): string {
  const flat = hint.replace(/\s*\(([^()]*)\)/g, ', $1');
  return /^\p{Lu}\p{Ll}/u.test(flat) ? `${flat.charAt(0).toLowerCase()}${flat.slice(1)}` : flat;
}

/**
 * The `Инструкция` tab (design §3): how to fill the form, section by section, derived from
 * the form's declaration, and what personal data the form collects, why, and who sees it.
 *
 * @example instructionSheet().name // 'Инструкция'
 */
export function instructionSheet(): OutputSheet {
  const b = new TabBuilder(2);
  // A line of its own spans both columns, so it wraps across the page's width.
  const line = (text: string) => {
    const r = b.row([text]);
    b.merge({ row: r, column: 0, columns: 2 });
    return r;
  };
  const heading = (text: string) => {
    b.row([]);
    b.bold({ row: line(text), column: 0 });
  };
  b.bold({ row: line('Профориентация: как заполнять лист организации'), column: 0 });
  for (const text of [
    'У каждой организации свой лист, названный её кодом. Заполняйте только белые ячейки; серые заполняет комитет.',
    'Не удаляйте и не переименовывайте заголовки разделов и столбцов: по ним таблица находит данные. Строки можно добавлять.',
    'Даты пишите как ДД.ММ.ГГГГ, числа — цифрами (можно с пробелами: 1 234, дробные — через запятую: 12,5).',
    'В первых строках листа комитет пишет результат проверки, а в проблемных ячейках — примечания: исправьте то, что там указано.',
    `Профкарта ничего введённого не стирает: значение, оказавшееся не на месте формы (раздел перенесён, вписано между разделами), при обновлении листа сохраняется в конце листа в блоке «${movedValuesBlock.title}» с адресом, где оно стояло. Перенесите его на место или удалите.`,
  ]) {
    line(text);
  }
  for (const section of formSections) {
    const who = section.types.length === 3 ? 'все организации' : `только ${section.types.join(', ')}`;
    heading(`${section.title} (${who})`);
    if ('fields' in section) {
      for (const field of section.fields as readonly ScalarField[]) {
        b.row([field.label, section.id === 'organisation' ? 'заполняет комитет' : describe(field)]);
      }
    } else {
      if (section === eventsSection || section === trainingSection) {
        const one = section === eventsSection ? 'по одной на мероприятие' : 'по одной на пройденное обучение';
        b.row(['Строки', `${one}; пустые строки пропускаются; можно вставлять новые`]);
      }
      if (section === decisionsSection) {
        b.row(['Строки', 'рекомендации пишет комитет; организация записывает принятое решение и документ']);
      }
      for (const column of section.columns as readonly TableColumn[]) {
        b.row([column.header, describe(column)]);
      }
    }
  }
  heading('Персональные данные');
  for (const [what, text] of [
    [
      'Что собирается',
      'ФИО, должность, рабочий телефон и рабочая почта ответственного за профориентацию; ФИО педагогов, прошедших повышение квалификации.',
    ],
    [
      'Зачем',
      'Для реестра ответственных (п. 5.1.2 дорожной карты), связи комитета с организацией и учёта обучения педагогов (п. 5.3).',
    ],
    [
      'Кто видит',
      'Сотрудники комитета и МБУ ДПО ЦРО и сама организация. Если листы всех организаций лежат в одной таблице, другие организации могут видеть этот лист, но изменять его не могут: он защищён.',
    ],
    [
      'Куда не попадает',
      'В ежемесячную сводку, её PDF и письма руководству идут только обобщённые цифры, без телефонов и личных адресов.',
    ],
  ] as const) {
    b.row([what, text]);
  }
  const sheet = b.build(tabNames.instruction, { columnWidths: [320, 640] });
  return { ...sheet, format: { ...sheet.format, wrap: [{ row: 0, column: 0, rows: b.next, columns: 2 }] } };
}
