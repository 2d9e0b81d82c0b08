import type { HistoryIndicator } from './history-indicators';

/** Russian names of the indicators, as the summary, `История` and the report show them. */
export const indicatorLabels: Readonly<Record<HistoryIndicator, string>> = {
  completeness: 'Сдали отчёт без ошибок',
  onTime: 'Сдали в срок',
  levelConfirmed: 'Уровень профминимума подтверждён часами',
  coverage: 'Охват профминимумом, 6–11 классы',
  bvbRegistered: 'Зарегистрированы на «Билете в будущее»',
  diagnostics: 'Прошли профориентационную диагностику',
  trials: 'Прошли профессиональные пробы',
  responsibleAssigned: 'Назначен ответственный',
  trainedAtHigherLevels: 'Есть педагог с КПК ≥ 36 ч (основной и продвинутый уровни)',
  roadmapDone: 'Исполнение дорожной карты (пункты со сроком)',
  'levels.basic': 'ООО на базовом уровне',
  'levels.main': 'ООО на основном уровне',
  'levels.advanced': 'ООО на продвинутом уровне',
  'levels.none': 'ООО без указанного уровня',
};
