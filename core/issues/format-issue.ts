import { directoryMessages } from './directory-messages';
import { formMessages } from './form-messages';
import type { Issue } from './issue';
import type { IssueCode } from './issue-code';
import { roadmapMessages } from './roadmap-messages';
import { valueMessages } from './value-messages';
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
