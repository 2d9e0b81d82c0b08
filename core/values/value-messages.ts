import type { MessageCatalogue } from '../messages/message-catalogue';
import type { ValueIssueCode } from './value-issue-codes';

export const valueMessages: MessageCatalogue<ValueIssueCode> = {
  value_placeholder: () => 'Заготовка: замените настоящими кодами.',
};
