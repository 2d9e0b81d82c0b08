import type { MessageCatalogue } from '../messages/message-catalogue';
import type { DirectoryIssueCode } from './directory-issue-codes';

export const directoryMessages: MessageCatalogue<DirectoryIssueCode> = {
  directory_placeholder: () => 'Заготовка: замените настоящими кодами.',
};
