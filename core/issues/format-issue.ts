import { directoryMessages } from './directory-messages';
import { formMessages } from './form-messages';
import type { CodedParams, IssueCode } from './issue-code';
import type { MessageCatalogue } from './message-catalogue';
import { roadmapMessages } from './roadmap-messages';
import type { Shell } from './shell';
import { valueMessages } from './value-messages';

/** The one Russian catalogue: every issue code of every module. */
export const messages: MessageCatalogue<IssueCode> = {
  ...valueMessages,
  ...directoryMessages,
  ...formMessages,
  ...roadmapMessages,
};

/**
 * The Russian sentence of an issue, worded for the shell where it is read.
 *
 * @param issue - the issue (its code and parameters)
 * @param shell - `addon` or `cli`
 * @example formatIssue({ code: 'not_a_number', params: { found: 'много' } }, 'addon') // 'Ожидается число, а в ячейке «много».'
 */
export function formatIssue(issue: CodedParams, shell: Shell): string {
  const message = messages[issue.code] as (params: CodedParams['params'], shell: Shell) => string;
  return message(issue.params, shell);
}

/**
 * Several issues as one text, sentence after sentence: a refusal made of the issues that caused it.
 *
 * @param issues - the issues
 * @param shell - `addon` or `cli`
 * @example formatIssues(result.refusal, 'cli') // 'В книге нет листа «Организации» — …'
 */
export function formatIssues(issues: readonly CodedParams[], shell: Shell): string {
  return issues.map((issue) => formatIssue(issue, shell)).join(' ');
}
