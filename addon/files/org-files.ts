import { tabKey } from '../../core/check/find-tab';
import { gridHash } from '../../core/check/grid-hash';
import type { Organisation } from '../../core/directory/organisation';
import { instructionSheet } from '../../core/form/instruction-sheet';
import { planOrgTab } from '../../core/form/plan-org-tab';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { tabNames } from '../../core/grid/tab-names';
import { formatIssue } from '../../core/issues/format-issue';
import type { Roadmap } from '../../core/roadmap/roadmap-item';
import { requireDrive } from '../adapter/drive-service';
import { readGrids } from '../adapter/read-grids';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { type ProtectionSpec, sheetRequests } from '../adapter/sheet-requests';
import { SheetsPace } from '../adapter/sheets-pace';
import { UserFacingError } from '../adapter/sheets-service';
import { readMeta, type SheetMeta } from '../adapter/spreadsheet-meta';
import { writeBatches } from '../adapter/write-batches';
import type { ActionContext } from '../infra/run-action';
import { committeeEditors } from '../jobs/committee-editors';
import { type OrgPass, type PassResult, type PassState, saveCursor, startPass } from '../jobs/org-pass';
import { committeeTabsPass, notCreated } from '../jobs/protection-audit';
import { directoryAndRoadmap, keptProtection, orgProtection, protectionFindings } from '../jobs/org-tabs';
import { committeeProtection } from '../jobs/set-up';
import { type FileAccess, fileAccess, removeAccess, type Shared, type ShareOutcome, shareWith } from './drive-access';
import { committeeProperty, listOrgFiles, type OrgFile, orgCodeProperty } from './list-org-files';

/**
 * The stamps tab creation leaves in a file's `appProperties`: the template it wrote (a hash of the
 * empty form and `Инструкция` for the organisation) and the addresses it shared the file with. A
 * second run finds both current and makes no call for that file; a changed roadmap or directory
 * row changes them.
 */
export const formStampProperty = 'profkartaForm';
export const sharedStampProperty = 'profkartaShared';
/** The shared stamp of the file of an organisation made inactive, once its sharing is removed. */
export const closedStamp = 'closed';

/** A pass starts no new organisation after this: an execution ends at 6 minutes. */
export const passTimeBudgetMs = 3.5 * 60 * 1000;

/** The file name of an organisation's form (the contract with the reading of files). */
export function orgFileName(org: Organisation): string {
  return `Профкарта — ${org.code} — ${org.name}`;
}

interface Run extends PassState {
  readonly ctx: ActionContext;
  readonly pass: OrgPass;
  readonly pace: SheetsPace;
  readonly roadmap: Roadmap;
  readonly committee: string[];
  readonly committeeProtect: ProtectionSpec;
  readonly instruction: OutputSheet;
  readonly instructionJson: string;
}

/** What an organisation's file should be. */
interface Wanted {
  readonly org: Organisation;
  readonly name: string;
  readonly form: OutputSheet;
  readonly formStamp: string;
  readonly emails: string[];
  readonly sharedStamp: string;
}

function wanted(run: Run, org: Organisation): Wanted {
  const { ctx } = run;
  const laid = planOrgTab({
    org,
    roadmap: run.roadmap,
    settings: ctx.books.settings(),
    timeZone: ctx.books.timeZone(),
    scope: 'whole',
  });
  const form = laid.ok ? laid.plan.sheet : { name: org.code, rows: [], format: {} };
  const emails = [...new Set(org.emails.map((e) => e.trim().toLowerCase()).filter(Boolean))].sort();
  return {
    org,
    name: orgFileName(org),
    form,
    formStamp: gridHash({ values: [[JSON.stringify(form), run.instructionJson]] }),
    emails,
    sharedStamp: gridHash({ values: [emails] }),
  };
}

const write = (run: Run, id: string, requests: GoogleAppsScript.Sheets.Schema.Request[]) =>
  run.pace.call('write', () => writeBatches(id, [{ title: id, requests }]));

/** A new file in the folder: the form (on the first tab, gid 0) and `Инструкция`, in one `batchUpdate`. */
function createFile(run: Run, folder: string, w: Wanted): string {
  const { org } = w;
  const id = requireDrive().Files!.create({
    name: w.name,
    mimeType: 'application/vnd.google-apps.spreadsheet',
    parents: [folder],
    appProperties: { [orgCodeProperty]: org.code, [committeeProperty]: run.ctx.books.committeeId },
  }).id!;
  const first: SheetMeta = {
    sheetId: 0,
    title: org.code,
    index: 0,
    hidden: false,
    rows: 1000,
    columns: 26,
    protections: [],
  };
  write(run, id, [
    { updateSheetProperties: { properties: { sheetId: 0, title: org.code }, fields: 'title' } },
    ...sheetRequests(w.form, { sheetId: 0, existing: first }, orgProtection(run.ctx, org)),
    ...sheetRequests(run.instruction, { sheetId: 1, existing: null, index: 1 }, run.committeeProtect),
  ]);
  return id;
}

/**
 * Writes an existing file's form again around what it holds (`planOrgTab`: nothing typed is lost)
 * and its `Инструкция`, in one `batchUpdate`; protections as they are (`keptProtection`), or as
 * they should be when the committee restores them. False when the form could not be written.
 */
function rewriteFile(run: Run, id: string, meta: ReturnType<typeof readMeta>, w: Wanted, restore: boolean): boolean {
  const { org } = w;
  const find = (title: string) => meta.sheets.find((s) => tabKey(s.title) === tabKey(title)) ?? null;
  const form = find(org.code);
  const instruction = find(tabNames.instruction);
  let sheet = w.form;
  if (form) {
    const grid = run.pace.call('read', () => readGrids(id, [form.title]).sheets[0], 2);
    const planned = planOrgTab({
      org,
      roadmap: run.roadmap,
      settings: run.ctx.books.settings(),
      ...(grid ? { existing: { ...grid, name: org.code } } : {}),
      timeZone: meta.timeZone,
      scope: 'whole',
    });
    if (!planned.ok) {
      run.unwritten.push(formatIssue(planned.issue, 'addon'));
      return false;
    }
    sheet = { ...planned.plan.sheet, name: form.title };
  }
  const expected = orgProtection(run.ctx, org);
  const newId = sheetIdAllocator(meta);
  write(run, id, [
    ...sheetRequests(
      sheet,
      { sheetId: form?.sheetId ?? newId(org.code), existing: form },
      form && !restore ? keptProtection(form, expected) : expected,
    ),
    ...sheetRequests(
      run.instruction,
      { sheetId: instruction?.sheetId ?? newId(tabNames.instruction), existing: instruction },
      instruction && !restore ? keptProtection(instruction, run.committeeProtect) : run.committeeProtect,
    ),
  ]);
  return true;
}

/** What differs in a file's access: extra people (with their permission ids) and missing addresses. */
function accessFindings(access: FileAccess, wanted: readonly string[], allowed: readonly string[]) {
  const extra = [...access.direct].filter(([email]) => !allowed.includes(email) && email !== access.owner);
  const open = [...access.open];
  const missing = wanted.filter((e) => e !== access.owner && !access.direct.has(e));
  const text = [
    ...(extra.length || open.length ? [`лишний доступ: ${[...extra, ...open].map(([who]) => who).join(', ')}`] : []),
    ...(missing.length ? [`нет доступа: ${missing.join(', ')}`] : []),
  ];
  return { text, remove: [...extra, ...open].map(([, permissionId]) => permissionId), missing };
}

/** One organisation: its file made, upgraded, checked or put right, as the pass asks. */
function passOrg(run: Run, folder: string, files: Map<string, OrgFile>, org: Organisation): void {
  const { ctx, pass } = run;
  const w = wanted(run, org);
  const file = files.get(tabKey(org.code));
  const notify = ctx.books.settings().notifyOnShare;
  const target: Shared = { id: file?.id ?? '', name: org.code };
  if (!file) {
    if (pass === 'auditProtection') {
      run.found.push(notCreated(org.code, 'файла'));
      return;
    }
    const id = createFile(run, folder, w);
    const before = run.share.shared.length;
    shareWith({ id, name: org.code }, w.emails, null, notify, run.share);
    // A refused address or the quota leaves the stamp off: the next run shares (or reports) again.
    const done = run.share.shared.length - before === w.emails.length;
    stamp(id, { [formStampProperty]: w.formStamp, ...(done ? { [sharedStampProperty]: w.sharedStamp } : {}) });
    run.tally.created++;
    return;
  }
  const props = file.properties;
  const current = props[formStampProperty] === w.formStamp && props[sharedStampProperty] === w.sharedStamp;
  if (pass === 'createTabs') {
    if (current && file.name === w.name) {
      run.tally.unchanged++;
      return;
    }
    const update: Record<string, string> = {};
    if (props[formStampProperty] !== w.formStamp) {
      const meta = run.pace.call('read', () => readMeta(file.id));
      if (rewriteFile(run, file.id, meta, w, false)) update[formStampProperty] = w.formStamp;
      run.tally.upgraded++;
    }
    if (props[sharedStampProperty] !== w.sharedStamp) {
      const refused = run.share.refused.length;
      shareWith(target, w.emails, fileAccess(file.id), notify, run.share);
      if (!run.share.quotaHit && run.share.refused.length === refused) update[sharedStampProperty] = w.sharedStamp;
    }
    stamp(file.id, update, file.name === w.name ? undefined : w.name);
    return;
  }
  // «Проверить защиту» / «Восстановить защиту»: the file as it is, whatever its stamps say.
  const meta = run.pace.call('read', () => readMeta(file.id));
  const access = fileAccess(file.id);
  const find = (title: string) => meta.sheets.find((s) => tabKey(s.title) === tabKey(title));
  const form = find(org.code);
  const instruction = find(tabNames.instruction);
  const sheetText = form
    ? protectionFindings(form, orgProtection(ctx, org), access.owner)
    : ['листа формы нет в файле'];
  const instructionText = instruction
    ? protectionFindings(instruction, run.committeeProtect, access.owner).map((t) => `«Инструкция»: ${t}`)
    : [];
  const shared = accessFindings(access, w.emails, [...w.emails, ...run.committee]);
  const text = [...sheetText, ...instructionText, ...shared.text];
  if (text.length === 0) {
    run.tally.unchanged++;
    return;
  }
  run.found.push(`${org.code}: ${text.join('; ')}`);
  if (pass === 'auditProtection') return;
  if (sheetText.length || instructionText.length) rewriteFile(run, file.id, meta, w, true);
  shareWith(target, shared.missing, access, notify, run.share);
  removeAccess(file.id, shared.remove);
  run.tally.fixed++;
}

function stamp(id: string, properties: Record<string, string>, name?: string): void {
  if (Object.keys(properties).length === 0 && name === undefined) return;
  requireDrive().Files!.update({ appProperties: properties, ...(name === undefined ? {} : { name }) }, id);
}

/**
 * The files of organisations no longer active keep their content; their sharing is removed (the
 * committee and what the folder passes on stay) and they are named. Checked (audit) or done
 * (creation, restoring) once a pass reaches the end.
 */
function closeInactive(run: Run, files: Map<string, OrgFile>, active: ReadonlySet<string>): string[] {
  const closed: string[] = [];
  for (const [key, file] of files) {
    if (active.has(key) || file.properties[sharedStampProperty] === closedStamp) continue;
    const code = file.properties[orgCodeProperty] ?? key;
    const access = fileAccess(file.id);
    const shared = accessFindings(access, [], run.committee);
    if (shared.remove.length === 0) {
      if (run.pass !== 'auditProtection') stamp(file.id, { [sharedStampProperty]: closedStamp });
      continue;
    }
    const who = shared.text.join('; ');
    if (run.pass === 'auditProtection') {
      run.found.push(`${code} (организация не действует): ${who}`);
      continue;
    }
    const left = removeAccess(file.id, shared.remove);
    if (left.length === 0) stamp(file.id, { [sharedStampProperty]: closedStamp });
    closed.push(`${code} (${who.replace('лишний доступ: ', '')})`);
  }
  return closed;
}

/** The folder: shared with the committee (so every file is), and with nobody else. */
function passFolder(run: Run, folder: string): void {
  const access = fileAccess(folder);
  const shared = accessFindings(access, run.committee, run.committee);
  // The committee's own sharing is not the organisations' progress: only refusals and the quota count.
  const out: ShareOutcome = { shared: [], refused: run.share.refused, quotaHit: false };
  const share = () => {
    shareWith(
      { id: folder, name: 'Папка отчётов' },
      shared.missing,
      access,
      run.ctx.books.settings().notifyOnShare,
      out,
    );
    run.share.quotaHit ||= out.quotaHit;
  };
  if (run.pass === 'createTabs') {
    share();
    return;
  }
  if (shared.text.length === 0) return;
  run.found.push(`Папка отчётов: ${shared.text.join('; ')}`);
  if (run.pass === 'auditProtection') return;
  share();
  removeAccess(folder, shared.remove);
}

/**
 * A pass over the organisations in `в отдельных файлах` (design §2, §3), resumable from the cursor
 * until `maxOrgs` are done or the time budget is spent, within the Sheets quota (`SheetsPace`):
 * - `createTabs`: one spreadsheet per active organisation in `Папка отчётов`, named «Профкарта —
 *   КОД — Наименование», with `appProperties` {code, committee}, holding its form (first tab) and
 *   `Инструкция`, protected so that only the committee edits the locked cells, shared for editing
 *   with the organisation's addresses only (the committee through the folder); an existing file
 *   whose stamps are current costs no call; an upgrade keeps every entered value (`planOrgTab`) and
 *   who edits; files are never deleted; an inactive organisation's sharing is removed and listed.
 * - `auditProtection`: each file's protections and sharing against what they should be, listed.
 * - `restoreProtection`: the same, and what differs is put right.
 * Refused addresses and the sharing quota are reported; what is left waits for the next run.
 *
 * @param ctx - the action
 * @param pass - what to do
 * @param maxOrgs - organisations in this call (the sidebar: a chunk; the menu: all)
 */
export function orgFilesPass(ctx: ActionContext, pass: OrgPass, maxOrgs: number): PassResult {
  const started = Date.now();
  const folder = ctx.books.settings().reportsFolder;
  if (!folder) {
    throw new UserFacingError('«Папка отчётов» в «Настройках» пуста: выполните «Настроить таблицу».');
  }
  const { orgs, roadmap } = directoryAndRoadmap(ctx);
  const committee = committeeEditors(ctx);
  const instruction = instructionSheet('files');
  const { done: start, ...state } = startPass(pass, orgs.length);
  const run: Run = {
    ...state,
    ctx,
    pass,
    pace: new SheetsPace(),
    roadmap,
    committee,
    committeeProtect: { editors: committee, description: committeeProtection },
    instruction,
    instructionJson: JSON.stringify(instruction),
  };
  const files = new Map(
    [...listOrgFiles(folder, ctx.books.committeeId).files].map(([code, file]) => [tabKey(code), file]),
  );
  let done = start;
  if (done === 0) {
    passFolder(run, folder);
    if (pass !== 'createTabs') run.found.push(...committeeTabsPass(ctx, pass));
  }
  let processed = 0;
  while (done < orgs.length && processed < maxOrgs && Date.now() - started < passTimeBudgetMs) {
    passOrg(run, folder, files, orgs[done]!);
    done++;
    processed++;
  }
  const finished = done >= orgs.length;
  const closed = finished ? closeInactive(run, files, new Set(orgs.map((o) => tabKey(o.code)))) : [];
  saveCursor(pass, done, orgs.length, run.found);
  // Progress over the whole directory: files that exist, addresses whose sharing is done.
  let withFile = run.tally.created;
  let emails = 0;
  let shared = run.share.shared.length;
  for (const org of orgs) {
    const addresses = new Set(org.emails.map((e) => e.trim().toLowerCase()).filter(Boolean));
    emails += addresses.size;
    const file = files.get(tabKey(org.code));
    if (!file) continue;
    withFile++;
    if (file.properties[sharedStampProperty] === gridHash({ values: [[...addresses].sort()] }))
      shared += addresses.size;
  }
  return { ...run, done, total: orgs.length, closed, withFile, emails, shared: Math.min(shared, emails) };
}
