import type { DirectoryIssueCode } from '../directory/directory-issue-codes';
import type { FormIssueCode } from '../form/form-issue-codes';
import type { RoadmapIssueCode } from '../roadmap/roadmap-issue-codes';
import type { ValueIssueCode } from '../values/value-issue-codes';

/** Every issue code of the project; each module owns its own list and its messages. */
export type IssueCode = ValueIssueCode | DirectoryIssueCode | FormIssueCode | RoadmapIssueCode;
