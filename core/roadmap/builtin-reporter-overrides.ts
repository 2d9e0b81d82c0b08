import type { OrgType } from '../directory/organisation';
import type { ItemKind } from './roadmap-item';

/** Where domain.md's table departs from what the wording rules give, and why. */
export interface ReporterOverride {
  readonly reporters?: readonly OrgType[];
  readonly kind?: ItemKind;
  readonly why: string;
}

/**
 * Per-item decisions of the built-in roadmap (domain.md, «Who reports on what»). A test checks
 * that each one changes what the rules give, so none is dead.
 */
export const builtinReporterOverrides: Readonly<Record<string, ReporterOverride>> = {
  '5.1.3': { reporters: ['ООО'], why: 'реестр общеобразовательных организаций по уровням профминимума' },
  '5.2.5.1': { reporters: ['ООО'], why: '«День профессии»: обучающиеся 6–11 классов' },
  '5.2.5.5': { reporters: ['ООО', 'ОДО'], why: '«Инженерные каникулы»: школьники' },
  '5.2.5.6': { reporters: ['ООО'], why: '«Стратегия выбора»: обучающиеся 6–11 классов' },
  '5.2.5.7': { reporters: ['ООО', 'ОДО'], why: '«Профессионалы»: школьники с 14 лет' },
  '5.2.5.8': { reporters: ['ООО', 'ОДО'], why: '«Абилимпикс»: школьники с 14 лет' },
  '5.2.5.9': {
    reporters: ['ООО'],
    kind: 'пункт',
    why: '«Билет в будущее» — федеральный проект для 6–11 классов на весь год: школы отчитываются о ходе, а не об участии',
  },
  '5.2.6': {
    reporters: [],
    why: 'заголовок муниципальных мероприятий: организации отчитываются по каждому мероприятию',
  },
  '5.2.6.1': { reporters: ['ООО'], why: '«МНЕ НУЖНО ЗНАТЬ!»: обучающиеся 6–11 классов' },
  '5.2.6.4': { reporters: ['ООО'], why: 'Форум «Новое поколение выбирает!»: 6–11 классы' },
  '5.2.6.6': { reporters: ['ООО'], why: '«Лучший по профессии»: обучающиеся с ОВЗ' },
  '5.2.7': { reporters: ['ООО'], why: 'губернаторские инженерные классы есть только в школах' },
  '5.2.8': { reporters: ['ООО'], why: '«Профессионалитет»: выбор профессии школьниками' },
};
