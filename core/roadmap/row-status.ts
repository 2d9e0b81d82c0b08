/** What an organisation reports for a roadmap item window in section 4 (design §4, «Статус»); blank is `не начато`. */
export const rowStatuses = ['не начато', 'в работе', 'выполнено', 'не участвуем'] as const;
export type RowStatus = (typeof rowStatuses)[number];
