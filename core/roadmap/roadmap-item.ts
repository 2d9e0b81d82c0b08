import type { DateWindow, IsoDate } from '../dates/iso-date';
import type { SchoolYear } from '../dates/school-year';
import type { OrgType } from '../directory/organisation';

/** `пункт`: reported as a status row (form section 4); `мероприятие`: reported as participation (section 5). */
export type ItemKind = 'пункт' | 'мероприятие';

/** The committee's own execution of an item (columns `Статус`, `Дата выполнения`, `Подтверждение` of the tab). */
export interface CommitteeExecution {
  readonly status: string;
  readonly doneOn: IsoDate | null;
  readonly evidence: string;
}

/** One item of the roadmap. An item with no reporters is the committee's own. */
export interface RoadmapItem {
  /** `1.2`, `3.1.1`, `5.2.6.3`. */
  readonly id: string;
  /** The section's number and title, e.g. `3 Мониторинг состояния …`. */
  readonly section: string;
  readonly title: string;
  /** `Срок` exactly as written. */
  readonly period: string;
  /** Parsed from `period`; empty when it could not be read (and an issue says so). */
  readonly windows: readonly DateWindow[];
  readonly responsible: readonly string[];
  readonly result: string;
  readonly kind: ItemKind;
  readonly reporters: readonly OrgType[];
  readonly committee?: CommitteeExecution;
}

export interface Roadmap {
  readonly schoolYear: SchoolYear;
  readonly items: readonly RoadmapItem[];
}

/** Status of one organisation × item window, or of a committee item, as of a date (design §5). */
export const roadmapStatuses = [
  'not_due',
  'in_progress',
  'done_on_time',
  'done_late',
  'overdue',
  'not_participating',
] as const;
export type RoadmapStatus = (typeof roadmapStatuses)[number];
