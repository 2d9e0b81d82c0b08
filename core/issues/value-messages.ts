import { countOf } from './count-of';
import type { MessageCatalogue } from './message-catalogue';
import { numberText, quotedList } from './message-text';
import type { ValueIssueCode } from './value-issue-codes';

const digitForms = ['цифра', 'цифры', 'цифр'] as const;

/** `found` is the cell's text as shown, already cut to a readable length by the reader. */
export const valueMessages: MessageCatalogue<ValueIssueCode> = {
  formula_error: (p) => `В ячейке ошибка формулы ${p.error}: исправьте формулу или введите значение вручную.`,
  formula_without_value: (p) =>
    `В ячейке формула «=${p.formula}», но её значение в файле не сохранено: откройте файл в Excel или LibreOffice и сохраните его заново либо введите значение вручную.`,
  not_a_value: (p) => `В ячейке не значение, а «${p.found}»: введите текст, число или дату.`,
  not_a_number: (p) => `Ожидается число, а в ячейке «${p.found}».`,
  not_whole: (p) => `Ожидается целое число, а в ячейке «${p.found}».`,
  negative: (p) => `Ожидается число не меньше нуля, а в ячейке «${p.found}».`,
  too_large: (p) => `Число ${p.found} больше допустимого: ожидается не больше ${numberText(p.max)}.`,
  not_a_date: (p) => `Ожидается дата вида ДД.ММ.ГГГГ, а в ячейке «${p.found}».`,
  impossible_date: (p) => `Такой даты нет в календаре: «${p.found}». Проверьте день и месяц.`,
  date_out_of_range: (p) => `Год в дате «${p.found}» вне допустимых пределов (${p.min}–${p.max}): проверьте год.`,
  not_an_email: (p) => `Ожидается адрес электронной почты вида name@example.ru, а в ячейке «${p.found}».`,
  bad_email_in_list: (p) =>
    `«${p.found}» — не адрес электронной почты; адреса перечисляются через запятую или точку с запятой.`,
  not_a_phone: (p) => `Ожидается номер телефона вида +7 351 123-45-67, а в ячейке «${p.found}».`,
  phone_wrong_length: (p) =>
    `В номере телефона «${p.found}» ${countOf(p.digits, digitForms)}, а в российском номере их 11: +7 (или 8) и ещё 10. Проверьте, не пропущена ли цифра.`,
  not_an_inn: (p) => `ИНН состоит только из цифр, а в ячейке «${p.found}».`,
  inn_wrong_length: (p) => `В ИНН организации 10 цифр, а в «${p.found}» — ${countOf(p.digits, digitForms)}.`,
  inn_check_digit: (p) =>
    `ИНН «${p.found}» не проходит проверку контрольной цифры: вероятно, в одной из цифр опечатка.`,
  not_grades: (p) => `Ожидаются классы, например «6», «6-9» или «8, 9», а в ячейке «${p.found}».`,
  grade_out_of_range: (p) => `Классы бывают с 1-го по 11-й, а в ячейке «${p.found}».`,
  evidence_no_number: (p) =>
    `В подтверждении «${p.found}» нет ни ссылки, ни номера документа («№ …»): укажите номер и дату приказа или ссылку.`,
  not_in_list: (p) => `«${p.found}» — не из списка: выберите ${quotedList(p.expected, 'или')}.`,
  not_yes_no: (p) => `Ожидается «да» или «нет», а в ячейке «${p.found}».`,
};
