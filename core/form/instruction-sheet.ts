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
import { TabBuilder } from './tab-builder';

const typeHints: Record<FieldType, string> = {
  text: 'текст',
  count: 'целое число не меньше 0 (можно «1 234»)',
  hours: 'число часов (можно «12,5»)',
  date: 'дата ДД.ММ.ГГГГ',
  email: 'адрес электронной почты',
  phone: 'телефон, например +7 351 123-45-67',
  enum: 'значение из списка',
  grades: 'классы: 6, 6-9 или 8, 9',
  evidence: 'номер и дата документа (№ …) или ссылка',
  itemKey: 'номер пункта (заполнен)',
  event: 'мероприятие из списка',
};

function describe(field: ScalarField | TableColumn): string {
  if ('locked' in field && field.locked) return 'заполняет комитет';
  const options = field.options ? `: ${field.options.join(' / ')}` : '';
  const required = field.required ? 'обязательно' : 'необязательно';
  const hint = 'hint' in field && field.hint ? ` (${field.hint})` : '';
  return `${typeHints[field.type]}${options}${hint}; ${required}`;
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
        b.row(['Строки', 'по одной на мероприятие или обучение; пустые строки пропускаются; можно вставлять новые']);
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
      'Сотрудники комитета и МБУ ДПО ЦРО и сама организация; другие организации свой лист не видят и не правят.',
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
