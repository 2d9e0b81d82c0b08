import type { DirectoryIssueCode } from './directory-issue-codes';
import type { FormIssueCode } from './form-issue-codes';
import type { RoadmapIssueCode } from './roadmap-issue-codes';
import type { ValueIssueCode } from './value-issue-codes';

/** Every issue code of the project; each module owns its own list and its messages. */
export type IssueCode = ValueIssueCode | DirectoryIssueCode | FormIssueCode | RoadmapIssueCode;
