import { tabNames } from '../../core/grid/tab-names';
import { tabKey } from '../../core/check/find-tab';
import { formatIssues } from '../../core/issues/format-issue';
import { roadmapForYear } from '../../core/roadmap/roadmap-for-year';
import type { Organisation } from '../../core/directory/organisation';
import { readDirectory } from '../../core/directory/read-directory';
import type { Roadmap } from '../../core/roadmap/roadmap-item';
import { planOrgTab } from '../../core/form/plan-org-tab';
import type { SheetData } from '../../core/grid/sheet-data';
import { type ProtectionSpec, rangesStamp } from '../adapter/sheet-requests';
import { UserFacingError } from '../adapter/sheets-service';
import type { SheetMeta } from '../adapter/spreadsheet-meta';
import type { FileAccess } from '../files/drive-access';
import type { ActionContext } from '../infra/run-action';
import { committeeEditors } from './committee-editors';

/** Description of the protection of an organisation tab (the audit recognises it). */
const orgProtectionPrefix = 'Профкарта: лист организации';

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

/** An organisation's addresses as sharing and protections compare them: trimmed, lower case, each once, sorted. */
export function orgEmails(org: Organisation): string[] {
  return [...new Set(org.emails.map((e) => e.trim().toLowerCase()).filter(Boolean))].sort();
}

/** Who may edit an organisation's tab: its emails and the committee. */
function orgEditors(ctx: ActionContext, org: Organisation): string[] {
  return [...new Set([...orgEmails(org), ...committeeEditors(ctx)])].sort();
}

/**
 * An organisation's form laid out again around what its tab holds (`planOrgTab`, the whole tab:
 * nothing typed may vanish, design §10), or the new form when there is no tab; a form that cannot be
 * laid out so is the issue that says why.
 *
 * @param ctx - the action
 * @param org - the organisation
 * @param roadmap - the roadmap in force
 * @param grid - its tab as read, if any
 * @param timeZone - the spreadsheet's
 */
export function plannedForm(
  ctx: ActionContext,
  org: Organisation,
  roadmap: Roadmap,
  grid: Pick<SheetData, 'values' | 'links'> | null,
  timeZone: string,
): ReturnType<typeof planOrgTab> {
  return planOrgTab({
    org,
    roadmap,
    settings: ctx.books.settings(),
    ...(grid ? { existing: { ...grid, name: org.code } } : {}),
    timeZone,
    scope: 'whole',
  });
}

/**
 * The protection an organisation's form should have (design §3): the committee edits the locked
 * cells; in a one-file mode each input range is protected too, for the organisation and the
 * committee (in its own file the organisation is the file's only other editor).
 *
 * @param ctx - the action
 * @param org - the organisation
 * @param inputEditors - who edits its input cells (default: its emails and the committee)
 */
export function orgProtection(
  ctx: ActionContext,
  org: Organisation,
  inputEditors = orgEditors(ctx, org),
): ProtectionSpec {
  const spec = { editors: committeeEditors(ctx), description: `${orgProtectionPrefix} ${org.code}` };
  return ctx.books.reportsMode() === 'files' ? spec : { ...spec, inputEditors };
}

/**
 * The protection of an organisation's tab in a spreadsheet shared with several organisations: its
 * input ranges for the committee and those of the organisation's addresses the file is shared with
 * (Sheets refuses an editor who cannot open the file; the missing sharing is listed apart).
 *
 * @param ctx - the action
 * @param org - the organisation
 * @param access - who can open the spreadsheet
 * @param shared - addresses shared with in this run
 */
export function sharedFileProtection(
  ctx: ActionContext,
  org: Organisation,
  access: FileAccess,
  shared: readonly string[] = [],
): ProtectionSpec {
  const emails = orgEmails(org);
  const open = (e: string) => !emails.includes(e) || access.direct.has(e) || shared.includes(e) || e === access.owner;
  return orgProtection(ctx, org, orgEditors(ctx, org).filter(open));
}

/**
 * The protection a write keeps on an existing tab (a template upgrade, a build): who edits stays as
 * it is, ranges are renewed; only «Восстановить защиту» changes who edits (design §3). A kind of
 * protection the tab lacks gets the expected editors.
 *
 * @param sheet - the tab as it is
 * @param expected - `orgProtection(…)`
 */
export function keptProtection(sheet: SheetMeta, expected: ProtectionSpec): ProtectionSpec {
  const whole = sheet.protections.find((p) => p.wholeSheet);
  const input = sheet.protections.find((p) => !p.wholeSheet);
  return {
    ...expected,
    ...(whole ? { editors: whole.editors } : {}),
    ...(expected.inputEditors && input ? { inputEditors: input.editors } : {}),
  };
}

/**
 * What differs between a tab's protections and `expected`, as Russian fragments (none: as it
 * should be): no protection; an extra or a missing editor of the locked cells or of the input
 * ranges (the owner, who can always edit, aside); unprotected ranges other than those the add-on
 * wrote (their stamp, `rangesStamp`), e.g. moved by hand onto a locked cell; in a one-file mode
 * input ranges without their own protection, open to every organisation of the file.
 *
 * @param sheet - the tab as it is
 * @param expected - who should edit what
 * @param owner - the file's owner
 */
export function protectionFindings(sheet: SheetMeta, expected: ProtectionSpec, owner: string): string[] {
  const whole = sheet.protections.filter((p) => p.wholeSheet);
  if (whole.length === 0) return ['лист не защищён: править его может любой редактор файла'];
  const out = new Set<string>();
  const compare = (what: string, actual: readonly string[], wanted: readonly string[]) => {
    const others = (list: readonly string[]) => new Set(list.map((e) => e.toLowerCase()).filter((e) => e !== owner));
    const a = others(actual);
    const w = others(wanted);
    const extra = [...a].filter((e) => !w.has(e));
    const missing = [...w].filter((e) => !a.has(e));
    if (extra.length) out.add(`${what}: лишние редакторы ${extra.join(', ')}`);
    if (missing.length) out.add(`${what}: нет редакторов ${missing.join(', ')}`);
  };
  for (const p of whole) compare('защищённые ячейки', p.editors, expected.editors);
  const open = whole.flatMap((p) => p.unprotected);
  const stamp = whole.map((p) => / #[0-9a-f]{8}$/.exec(p.description)?.[0] ?? '').join('');
  if (stamp !== rangesStamp(open)) out.add('незащищённые ячейки не совпадают с полями ввода формы');
  if (expected.inputEditors) {
    const inputs = sheet.protections.filter((p) => !p.wholeSheet);
    if (rangesStamp(inputs.map((p) => p.range)) !== rangesStamp(open)) {
      out.add('поля ввода открыты всем организациям таблицы');
    }
    for (const p of inputs) compare('поля ввода', p.editors, expected.inputEditors);
  }
  return [...out];
}
