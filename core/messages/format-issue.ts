import { directoryMessages } from '../directory/directory-messages';
import { formMessages } from '../form/form-messages';
import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue-code';
import { roadmapMessages } from '../roadmap/roadmap-messages';
import { valueMessages } from '../values/value-messages';
import type { MessageCatalogue } from './message-catalogue';

/** The one Russian catalogue: every issue code of every module. */
export const messages: MessageCatalogue<IssueCode> = {
  ...valueMessages,
  ...directoryMessages,
  ...formMessages,
  ...roadmapMessages,
};

/**
 * The Russian sentence of an issue.
 *
 * @param issue - the issue
 * @example formatIssue({ code: 'not_a_number', … }) // 'Ожидается число, а в ячейке «много».'
 */
export function formatIssue(issue: Pick<Issue, 'code' | 'params'>): string {
  return messages[issue.code](issue.params);
}
