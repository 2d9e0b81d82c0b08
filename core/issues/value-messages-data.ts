import type { MessageTemplates } from './message-catalogue';
import type { ValueIssueCode } from './value-issue-codes';

/**
 * Russian templates of core/values' issue codes (`formatMessage` says how they read). `found` is
 * the cell's text as shown, already cut to a readable length by the reader. Data only: the add-on
 * carries it packed (`scripts/build.ts`, `packedModules`).
 */
export const valueMessages = {
  formula_error: 'В ячейке ошибка формулы {error}: исправьте формулу или введите значение вручную.',
  formula_without_value:
    'В ячейке формула «={formula}», но её значение в файле не сохранено: откройте файл в Excel или LibreOffice и сохраните его заново либо введите значение вручную.',
  not_a_value: 'В ячейке не значение, а «{found}»: введите текст, число или дату.',
  not_a_number: 'Ожидается число, а в ячейке «{found}».',
  not_whole: 'Ожидается целое число, а в ячейке «{found}».',
  negative: 'Ожидается число не меньше нуля, а в ячейке «{found}».',
  too_large: 'Число {found} больше допустимого: ожидается не больше {max, number}.',
  not_a_date: 'Ожидается дата вида ДД.ММ.ГГГГ, а в ячейке «{found}».',
  impossible_date: 'Такой даты нет в календаре: «{found}». Проверьте день и месяц.',
  date_out_of_range: 'Год в дате «{found}» вне допустимых пределов ({min}–{max}): проверьте год.',
  not_an_email: 'Ожидается адрес электронной почты вида name@example.ru, а в ячейке «{found}».',
  bad_email_in_list: '«{found}» — не адрес электронной почты; адреса перечисляются через запятую или точку с запятой.',
  not_a_phone: 'Ожидается номер телефона вида +7 351 123-45-67, а в ячейке «{found}».',
  phone_wrong_length:
    'В номере телефона «{found}» {digits, plural, one {# цифра} few {# цифры} many {# цифр}}, а в российском номере их 11: +7 (или 8) и ещё 10. Проверьте, не пропущена ли цифра.',
  not_an_inn: 'ИНН состоит только из цифр, а в ячейке «{found}».',
  inn_wrong_length:
    'В ИНН организации 10 цифр, а в «{found}» — {digits, plural, one {# цифра} few {# цифры} many {# цифр}}.',
  inn_check_digit: 'ИНН «{found}» не проходит проверку контрольной цифры: вероятно, в одной из цифр опечатка.',
  not_grades: 'Ожидаются классы, например «6», «6-9» или «8, 9», а в ячейке «{found}».',
  grade_out_of_range: 'Классы бывают с 1-го по 11-й, а в ячейке «{found}».',
  evidence_no_number:
    'В подтверждении «{found}» нет ни ссылки, ни номера документа («№ …»): укажите номер и дату приказа или ссылку.',
  not_in_list: '«{found}» — не из списка: выберите {expected, list, or}.',
  not_yes_no: 'Ожидается «да» или «нет», а в ячейке «{found}».',
} as const satisfies MessageTemplates<ValueIssueCode>;
