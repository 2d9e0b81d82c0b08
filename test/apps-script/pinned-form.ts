/**
 * Every cell a school may edit in its form, cell by cell as `editableCells` gives them (runs per
 * row), for an ООО of `manyOrgs` with the built-in roadmap and empty tables: column B of sections 2
 * (B12:B17) and 3 (B20:B36); section 4's `Статус`…`Комментарий` (D:G) of its 17 items; the 15 blank
 * rows of section 5 (A:F) and the 10 of section 6 (A:E); section 7's `Принятое решение` and
 * `Документ` (B:C). Nothing else: not the labels (A), section 1, the check line (A2), section 4's
 * pre-filled `Пункт`, `Мероприятие`, `Срок`, nor section 7's `Рекомендация`. Shifting any range of
 * the protection by one row or column changes this list.
 */
export const schoolEditableCells: readonly string[] = [
  ...['B12', 'B13', 'B14', 'B15', 'B16', 'B17'],
  ...Array.from({ length: 17 }, (_, i) => `B${20 + i}`),
  ...Array.from({ length: 17 }, (_, i) => `D${40 + i}:G${40 + i}`),
  ...Array.from({ length: 15 }, (_, i) => `A${60 + i}:F${60 + i}`),
  ...Array.from({ length: 10 }, (_, i) => `A${78 + i}:E${78 + i}`),
  ...['B91:C91', 'B92:C92', 'B93:C93'],
];
