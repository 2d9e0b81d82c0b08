import type { ReportsMode } from '../directory/settings';
import { tabNames } from '../grid/tab-names';
import type { OutputSheet } from '../grid/output-sheet';
import {
  decisionsSection,
  eventsSection,
  movedValuesBlock,
  formSections,
  type ScalarField,
  type TableColumn,
  trainingSection,
} from './form-spec';
import { quotedList } from '../issues/message-text';
import { instructionTexts } from './instruction-data';
import { TabBuilder } from './tab-builder';

const t = instructionTexts;

/** «дата (ДД.ММ.ГГГГ); обязательно»: one hint per field, never the type's and the field's glued together. */
function describe(field: ScalarField | TableColumn): string {
  if ('locked' in field && field.locked) return t.committeeFills;
  const type: { readonly what: string; readonly example?: string } = t.typeHints[field.type];
  const required = field.required ? t.required : t.optional;
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
 * the form's declaration, and what personal data the form collects, why, and who sees it, said
 * for where the forms live (`instructionTexts.whoSees`).
 *
 * @param mode - where the forms live (`Отчёты организаций`): who sees a form depends on it
 * @example instructionSheet('files').name // 'Инструкция'
 */
export function instructionSheet(mode: ReportsMode = 'files'): OutputSheet {
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
  b.bold({ row: line(t.title), column: 0 });
  for (const text of t.intro) line(text.replace('{moved}', movedValuesBlock.title));
  for (const section of formSections) {
    const who = section.types.length === 3 ? t.everyType : `${t.onlyTypes} ${section.types.join(', ')}`;
    heading(`${section.title} (${who})`);
    if ('fields' in section) {
      for (const field of section.fields as readonly ScalarField[]) {
        b.row([field.label, section.id === 'organisation' ? t.committeeFills : describe(field)]);
      }
    } else {
      if (section === eventsSection || section === trainingSection) {
        b.row([t.rows, `${section === eventsSection ? t.eventRows : t.trainingRows}; ${t.moreRows}`]);
      }
      if (section === decisionsSection) b.row([t.rows, t.decisionRows]);
      for (const column of section.columns as readonly TableColumn[]) {
        b.row([column.header, describe(column)]);
      }
    }
  }
  heading(t.personalHeading);
  for (const [what, text] of t.personal) b.row([what, text || t.whoSees[mode === 'files' ? 'files' : mode === 'thisSpreadsheet' ? 'committee' : 'oneFile']]);
  const sheet = b.build(tabNames.instruction, { columnWidths: [320, 640] });
  return { ...sheet, format: { ...sheet.format, wrap: [{ row: 0, column: 0, rows: b.next, columns: 2 }] } };
}
