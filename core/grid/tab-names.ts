/** The output tabs every build rewrites, in the order `buildOutputs` returns them (design §6). */
export const rebuiltTabNames = [
  'Сводка',
  'Проверка',
  'Реестр уровней',
  'Ответственные',
  'Реестр приказов',
  'Исполнение ДК',
  'Мероприятия',
  'Рекомендации',
] as const;

/** The output tabs rows are only ever appended to. */
export const appendOnlyTabNames = ['История', 'Журнал'] as const;

/** Every output tab. */
export const outputTabNames = [...rebuiltTabNames, ...appendOnlyTabNames] as const;
