import { formatRuDate } from '../dates/format-ru-date';
import { countOf } from '../issues/count-of';
import { formatIssue } from '../issues/format-issue';
import type { Issue, Severity } from '../issues/issue';
import { placeText } from '../issues/place-text';
import type { CheckReport, OrgStatus } from './check-report';

const statusText: Record<OrgStatus, string> = {
  submitted: 'сдан',
  errors: 'есть ошибки',
  empty: 'не заполнен',
  missing: 'нет листа',
};

const severityText: Record<Severity, string> = { error: 'ошибка', warning: 'предупреждение', info: 'к сведению' };

function line(issue: Issue): string {
  return `  ${placeText(issue)} — ${severityText[issue.severity]}: ${formatIssue(issue, 'cli')}`;
}

/**
 * The check report as the command line prints it: totals, the committee tabs' issues, then each
 * organisation in directory order with its status and its issues at their cells.
 *
 * @param report - the check report
 * @example formatCheckText(report).split('\n')[0] // 'Проверка на 01.02.2024: 6 организаций — сдали 3, …'
 */
export function formatCheckText(report: CheckReport): string {
  const count = (s: OrgStatus) => report.orgs.filter((o) => o.status === s).length;
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const warnings = report.issues.filter((i) => i.severity === 'warning').length;
  const orgs = countOf(report.orgs.length, ['организация', 'организации', 'организаций']);
  const out: string[] = [
    `Проверка на ${formatRuDate(report.asOf)}: ${orgs} — сдали ${count('submitted')}, с ошибками ${count('errors')}, не заполнили ${count('empty')}, без листа ${count('missing')}. ${countOf(errors, ['ошибка', 'ошибки', 'ошибок'])}, ${countOf(warnings, ['предупреждение', 'предупреждения', 'предупреждений'])}.`,
  ];
  const orgTabs = new Set(report.orgs.map((o) => o.tab));
  const byOrg = new Map<string, Issue[]>();
  const committee: Issue[] = [];
  for (const issue of report.issues) {
    const own = issue.org !== undefined && orgTabs.has(issue.tab) ? byOrg.get(issue.org) : undefined;
    if (issue.org !== undefined && orgTabs.has(issue.tab)) {
      if (own) own.push(issue);
      else byOrg.set(issue.org, [issue]);
    } else committee.push(issue);
  }
  if (committee.length > 0) {
    out.push('', 'Листы комитета:');
    for (const issue of committee) out.push(line(issue));
  }
  for (const o of report.orgs) {
    const tab = o.tab === o.org.code ? '' : ` (лист «${o.tab}»)`;
    out.push('', `${o.org.code} — ${o.org.name}${tab}: ${statusText[o.status]}`);
    for (const issue of byOrg.get(o.org.code) ?? []) out.push(line(issue));
  }
  return `${out.join('\n')}\n`;
}
