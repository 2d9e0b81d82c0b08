import { tabNames } from '../../core/grid/tab-names';
import { tabKey } from '../../core/check/find-tab';
import { formatIssues } from '../../core/issues/format-issue';
import { roadmapForYear } from '../../core/roadmap/roadmap-for-year';
import type { Organisation } from '../../core/directory/organisation';
import { readDirectory } from '../../core/directory/read-directory';
import type { Roadmap } from '../../core/roadmap/roadmap-item';
import { UserFacingError } from '../adapter/sheets-service';
import type { ActionContext } from '../infra/run-action';
import { committeeEditors } from './committee-editors';

/** Description of the protection of an organisation tab (the audit recognises it). */
export const orgProtectionPrefix = 'Профкарта: лист организации';

/** The active organisations of the directory and the roadmap in force, or a Russian refusal. */
export function directoryAndRoadmap(ctx: ActionContext): { orgs: Organisation[]; roadmap: Roadmap } {
  const { books } = ctx;
  const directory = readDirectory(books.committeeTab(tabNames.directory));
  if (!directory.usable) throw new UserFacingError(formatIssues(directory.issues, 'addon'));
  const settings = books.settings();
  const year = settings.schoolYear;
  const chosen = roadmapForYear(year, books.committeeTab(tabNames.roadmap), books.timeZone(), {
    terms: settings.terms,
  });
  if (!chosen.ok)
    throw new UserFacingError(
      formatIssues(
        chosen.issues.filter((i) => i.severity === 'error'),
        'addon',
      ),
    );
  const seen = new Set<string>();
  const orgs = directory.orgs.filter((o) => {
    const key = tabKey(o.code);
    if (!o.active || !o.code || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { orgs, roadmap: chosen.roadmap };
}

/** Who may edit an organisation's tab: its emails and the committee. */
export function orgEditors(ctx: ActionContext, org: Organisation): string[] {
  return [...new Set([...org.emails.map((e) => e.trim().toLowerCase()), ...committeeEditors(ctx)])].sort();
}
