import { directoryMessages } from './directory-messages-data';
import { formatMessage } from './format-message';
import { formMessages } from './form-messages-data';
import type { CodedParams, IssueCode } from './issue-code';
import type { CheckedTemplates, MessageTemplates } from './message-catalogue';
import { roadmapMessages } from './roadmap-messages-data';
import type { Shell } from './shell';
import { valueMessages } from './value-messages-data';

let catalogue: MessageTemplates<IssueCode> | undefined;

/**
 * The one Russian catalogue: the template of every issue code of every module, each checked
 * against its code's parameters at compile time. Merged on first use: the add-on unpacks the
 * templates only when an execution words an issue.
 */
export function issueTemplates(): MessageTemplates<IssueCode> {
  catalogue ??= {
    ...valueMessages,
    ...directoryMessages,
    ...formMessages,
    ...roadmapMessages,
  } satisfies CheckedTemplates<
    typeof valueMessages & typeof directoryMessages & typeof formMessages & typeof roadmapMessages
  >;
  return catalogue;
}

/**
 * The Russian sentence of an issue, worded for the shell where it is read.
 *
 * @param issue - the issue (its code and parameters)
 * @param shell - `addon` or `cli`
 * @example formatIssue({ code: 'not_a_number', params: { found: 'много' } }, 'addon') // 'Ожидается число, а в ячейке «много».'
 */
export function formatIssue(issue: CodedParams, shell: Shell): string {
  return formatMessage(issueTemplates()[issue.code], issue.params, shell);
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
