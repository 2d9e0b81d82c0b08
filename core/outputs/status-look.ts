import type { RoadmapStatus } from '../roadmap/roadmap-item';
import type { Fill } from './output-sheet';

/**
 * Russian words and RAG fills of the roadmap statuses (design §5). Kept beside the outputs so
 * they build on the contract type alone; the roadmap module's `statusLabels` says the same.
 */
export const statusWords: Readonly<Record<RoadmapStatus, string>> = {
  not_due: 'не наступил срок',
  in_progress: 'в работе',
  done_on_time: 'выполнено в срок',
  done_late: 'выполнено с нарушением срока',
  overdue: 'просрочено',
  not_participating: 'не участвуем',
};

export const statusFill: Readonly<Record<RoadmapStatus, Fill | null>> = {
  not_due: null,
  in_progress: 'yellow',
  done_on_time: 'green',
  done_late: 'lightGreen',
  overdue: 'red',
  not_participating: null,
};
