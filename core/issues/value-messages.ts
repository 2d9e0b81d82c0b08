import { type MessageCatalogue, param } from './message-catalogue';
import type { ValueIssueCode } from './value-issue-codes';

/** `found` is the cell's text as shown, already cut to a readable length by the reader. */
export const valueMessages: MessageCatalogue<ValueIssueCode> = {
  formula_error: (p) => `В ячейке ошибка формулы ${param(p, 'error')}: введите значение вручную.`,
  not_a_value: (p) => `В ячейке не значение, а «${param(p, 'found')}»: введите текст, число или дату.`,
  not_a_number: (p) => `Ожидается число, а в ячейке «${param(p, 'found')}».`,
  not_whole: (p) => `Ожидается целое число, а в ячейке «${param(p, 'found')}».`,
  negative: (p) => `Ожидается число не меньше нуля, а в ячейке «${param(p, 'found')}».`,
  too_large: (p) => `Число ${param(p, 'found')} больше допустимого: ожидается не больше ${param(p, 'max')}.`,
  not_a_date: (p) => `Ожидается дата вида ДД.ММ.ГГГГ, а в ячейке «${param(p, 'found')}».`,
  impossible_date: (p) => `Такой даты нет в календаре: «${param(p, 'found')}». Проверьте день и месяц.`,
  date_out_of_range: (p) =>
    `Дата «${param(p, 'found')}» вне разумных пределов (${param(p, 'min')}–${param(p, 'max')} год): проверьте год.`,
  not_an_email: (p) => `Ожидается адрес электронной почты вида name@example.ru, а в ячейке «${param(p, 'found')}».`,
  bad_email_in_list: (p) =>
    `«${param(p, 'found')}» — не адрес электронной почты; адреса перечисляются через запятую или точку с запятой.`,
  not_a_phone: (p) => `Ожидается номер телефона вида +7 351 123-45-67, а в ячейке «${param(p, 'found')}».`,
  phone_wrong_length: (p) =>
    `В номере телефона «${param(p, 'found')}» ${param(p, 'digits')} цифр, а в российском номере их 11 (+7 и 10 цифр).`,
  not_an_inn: (p) => `ИНН состоит только из цифр, а в ячейке «${param(p, 'found')}».`,
  inn_wrong_length: (p) => `В ИНН организации 10 цифр, а в «${param(p, 'found')}» их ${param(p, 'digits')}.`,
  inn_check_digit: (p) =>
    `ИНН «${param(p, 'found')}» не проходит проверку контрольной цифры: вероятно, опечатка в одной из цифр.`,
  not_grades: (p) => `Ожидаются классы вида 6, 6-9 или 8, 9, а в ячейке «${param(p, 'found')}».`,
  grade_out_of_range: (p) => `Классы бывают с 1 по 11, а в ячейке «${param(p, 'found')}».`,
  evidence_no_number: (p) =>
    `В подтверждении «${param(p, 'found')}» нет ни ссылки, ни номера документа (№ …): укажите номер и дату приказа или ссылку.`,
  not_in_list: (p) => `Значение «${param(p, 'found')}» не из списка: выберите одно из: ${param(p, 'expected')}.`,
  not_yes_no: (p) => `Ожидается «да» или «нет», а в ячейке «${param(p, 'found')}».`,
};
