import type { MessageCatalogue } from '../messages/message-catalogue';
import type { RoadmapIssueCode } from './roadmap-issue-codes';

export const roadmapMessages: MessageCatalogue<RoadmapIssueCode> = {
  roadmap_placeholder: () => 'Заготовка: замените настоящими кодами.',
};
