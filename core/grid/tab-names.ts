/**
 * Every tab name Профкарта knows (design §3, §6): the one vocabulary, at the bottom of the core so
 * every layer can name a tab. The names are the contract with the committee's spreadsheets; the
 * builders that go with them are registered in `outputs/committee-tabs.ts` and `outputs/output-tabs.ts`.
 */
export const tabNames = {
  instruction: 'Инструкция',
  settings: 'Настройки',
  directory: 'Организации',
  roadmap: 'Дорожная карта',
  state: 'Состояние',
  summary: 'Сводка',
  check: 'Проверка',
  levels: 'Реестр уровней',
  responsible: 'Ответственные',
  orders: 'Реестр приказов',
  execution: 'Исполнение ДК',
  events: 'Мероприятия',
  recommendations: 'Рекомендации',
  history: 'История',
  journal: 'Журнал',
  /** The hidden tab of dropdown lists in a written .xlsx (Sheets keeps a list in its rule). */
  lists: 'Списки',
  /**
   * The very hidden, protected service tab: in a book, its identity and the files collected into it;
   * in a file `split` sends to an organisation, which organisation, book and form version it is for.
   */
  marker: 'Профкарта',
  /** The committee's hidden tab of what the add-on last read of each organisation's file (design §2). */
  reportCache: 'Кэш отчётов',
} as const;

/** The committee's own tabs, in the order set-up and `template` create them. */
export const committeeTabNames = [
  tabNames.instruction,
  tabNames.settings,
  tabNames.directory,
  tabNames.roadmap,
  tabNames.state,
] as const;

/** The output tabs every build rewrites, in the order `buildOutputs` returns them (design §6). */
export const rebuiltTabNames = [
  tabNames.summary,
  tabNames.check,
  tabNames.levels,
  tabNames.responsible,
  tabNames.orders,
  tabNames.execution,
  tabNames.events,
  tabNames.recommendations,
] as const;

/** The output tabs rows are only ever appended to. */
export const appendOnlyTabNames = [tabNames.history, tabNames.journal] as const;

/** Every output tab. */
export const outputTabNames = [...rebuiltTabNames, ...appendOnlyTabNames] as const;

export type CommitteeTabName = (typeof committeeTabNames)[number];
export type RebuiltTabName = (typeof rebuiltTabNames)[number];
export type AppendOnlyTabName = (typeof appendOnlyTabNames)[number];
