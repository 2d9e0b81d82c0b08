import type { MessageCatalogue } from '../messages/message-catalogue';
import type { FormIssueCode } from './form-issue-codes';

export const formMessages: MessageCatalogue<FormIssueCode> = {
  form_placeholder: () => 'Заготовка: замените настоящими кодами.',
};
