import type { Fill } from '../grid/output-sheet';
import type { RoadmapStatus } from './roadmap-item';

/** The Russian words of each status, as the outputs show them (design §5). */
export const statusLabels: Readonly<Record<RoadmapStatus, string>> = {
  not_due: 'не наступил срок',
  in_progress: 'в работе',
  done_on_time: 'выполнено в срок',
  done_late: 'выполнено с нарушением срока',
  overdue: 'просрочено',
  not_participating: 'не участвуем',
};

/** The fill of each status: green in time, light green late, yellow in progress, red overdue, none otherwise. */
export const statusFills: Readonly<Record<RoadmapStatus, Fill | null>> = {
  not_due: null,
  in_progress: 'yellow',
  done_on_time: 'green',
  done_late: 'lightGreen',
  overdue: 'red',
  not_participating: null,
};
