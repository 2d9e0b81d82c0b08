import { tabKey } from '../../core/check/find-tab';
import { gridHash } from '../../core/check/grid-hash';
import type { Organisation } from '../../core/directory/organisation';
import { instructionSheet } from '../../core/form/instruction-sheet';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { tabNames } from '../../core/grid/tab-names';
import { formatIssue } from '../../core/issues/format-issue';
import type { Roadmap } from '../../core/roadmap/roadmap-item';
import { requireDrive } from '../adapter/drive-service';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { type ProtectionSpec, sheetRequests } from '../adapter/sheet-requests';
import { SheetsPace } from '../adapter/sheets-pace';
import { UserFacingError } from '../adapter/sheets-service';
import { sheetByKey } from '../adapter/spreadsheet-meta';
import { writeBatches } from '../adapter/write-batches';
import type { ActionContext } from '../infra/run-action';
import { committeeEditors, committeeProtect } from '../jobs/committee-editors';
import { type OrgPass, type PassResult, type PassState, saveCursor, startPass } from '../jobs/org-pass';
import {
  directoryAndRoadmap,
  keptProtection,
  orgEmails,
  orgProtection,
  plannedForm,
  protectionFindings,
} from '../jobs/org-tabs';
import { committeeTabsPass, notCreated } from '../jobs/protection-audit';
import { accessFindings, fileAccess, removeAccess, type Shared, shareWith, shareWithCommittee } from './drive-access';
import { committeeProperty, listOrgFiles, type OrgFile, orgCodeProperty } from './list-org-files';
import { readOrgFile } from './org-tab-content';

/**
 * The stamps tab creation leaves in a file's `appProperties`: the template it wrote (a hash of the
 * empty form and `Инструкция` for the organisation) and the addresses it shared the file with. A
 * second run finds both current and makes no call for that file; a changed roadmap or directory
 * row changes them.
 */
const formStampProperty = 'profkartaForm';
const sharedStampProperty = 'profkartaShared';
/** The shared stamp of the file of an organisation made inactive, once its sharing is removed. */
const closedStamp = 'closed';

/** A pass starts no new organisation after this: an execution ends at 6 minutes. */
const passTimeBudgetMs = 3.5 * 60 * 1000;
/** Nor any request to a file after this: an organisation it would leave half done waits for the next run. */
const passDeadlineMs = 5 * 60 * 1000;

/** Thrown when the pace would start a request past the deadline: the organisation is left to the next run. */
const outOfTime = new Error('out of time');

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

const sharedStampOf = (emails: readonly string[]) => gridHash({ values: [[...emails]] });

function wanted(run: Run, org: Organisation): Wanted {
  const laid = plannedForm(run.ctx, org, run.roadmap, null, run.ctx.books.timeZone());
  const form = laid.ok ? laid.plan.sheet : { name: org.code, rows: [], format: {} };
  const emails = orgEmails(org);
  return {
    org,
    // The file name of an organisation's form (the contract with the reading of files).
    name: `Профкарта — ${org.code} — ${org.name}`,
    form,
    formStamp: gridHash({ values: [[JSON.stringify(form), run.instructionJson]] }),
    emails,
    sharedStamp: sharedStampOf(emails),
  };
}

/** One request to a file within the pace; past the deadline, the organisation is left (`outOfTime`). */
function paced<T>(run: Run, kind: 'reads' | 'writes', request: () => T): T {
  const got = run.pace.run(kind, request);
  if (!got) throw outOfTime;
  return got.value;
}

const write = (run: Run, id: string, requests: GoogleAppsScript.Sheets.Schema.Request[]) =>
  paced(run, 'writes', () => writeBatches(id, [{ title: id, requests }]));

/** A new file in the folder: the form (on the first tab, gid 0) and `Инструкция`, in one `batchUpdate`. */
function createFile(run: Run, folder: string, w: Wanted): string {
  const { org } = w;
  let id = '';
  // Made when its write may start, so that no file is left without its form; once, if the write is retried.
  paced(run, 'writes', () => {
    id ||= requireDrive().Files!.create({
      name: w.name,
      mimeType: 'application/vnd.google-apps.spreadsheet',
      parents: [folder],
      appProperties: { [orgCodeProperty]: org.code, [committeeProperty]: run.ctx.books.committeeId },
    }).id!;
    const first = { sheetId: 0, title: org.code, index: 0, hidden: false, rows: 1000, columns: 26, protections: [] };
    writeBatches(id, [
      {
        title: id,
        requests: [
          { updateSheetProperties: { properties: { sheetId: 0, title: org.code }, fields: 'title' } },
          ...sheetRequests(w.form, { sheetId: 0, existing: first }, orgProtection(run.ctx, org)),
          ...sheetRequests(run.instruction, { sheetId: 1, existing: null, index: 1 }, run.committeeProtect),
        ],
      },
    ]);
  });
  return id;
}

type FileRead = ReturnType<typeof readOrgFile>;

/**
 * Writes an existing file's form again around what it holds (`plannedForm`: nothing typed is lost)
 * and its `Инструкция`, in one `batchUpdate`; protections as they are (`keptProtection`), or as
 * they should be when the committee restores them. False when the form could not be written.
 */
function rewriteFile(run: Run, id: string, read: FileRead, w: Wanted, restore: boolean): boolean {
  const { org } = w;
  const { meta, content } = read;
  const form = sheetByKey(meta, org.code);
  const instruction = sheetByKey(meta, tabNames.instruction);
  let sheet = w.form;
  if (form) {
    const planned = plannedForm(run.ctx, org, run.roadmap, content, meta.timeZone);
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
  if (pass === 'createTabs') {
    if (props[formStampProperty] === w.formStamp && props[sharedStampProperty] === w.sharedStamp) {
      if (file.name === w.name) {
        run.tally.unchanged++;
        return;
      }
    }
    const update: Record<string, string> = {};
    if (props[formStampProperty] !== w.formStamp) {
      const read = paced(run, 'reads', () => readOrgFile(file.id, org.code));
      if (rewriteFile(run, file.id, read, w, false)) update[formStampProperty] = w.formStamp;
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
  const read = paced(run, 'reads', () => readOrgFile(file.id, org.code));
  const access = fileAccess(file.id);
  const form = sheetByKey(read.meta, org.code);
  const instruction = sheetByKey(read.meta, tabNames.instruction);
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
  if (sheetText.length || instructionText.length) rewriteFile(run, file.id, read, w, true);
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
    const shared = accessFindings(fileAccess(file.id), [], run.committee);
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
  const item = { id: folder, name: 'Папка отчётов' };
  const notify = run.ctx.books.settings().notifyOnShare;
  if (run.pass !== 'createTabs') {
    if (shared.text.length === 0) return;
    run.found.push(`Папка отчётов: ${shared.text.join('; ')}`);
    if (run.pass === 'auditProtection') return;
    removeAccess(folder, shared.remove);
  }
  shareWithCommittee(item, shared.missing, access, notify, run.share);
}

/**
 * A pass over the organisations in `в отдельных файлах` (design §2, §3), resumable from the cursor
 * until `maxOrgs` are done or the time budget is spent, within the Sheets quota (`SheetsPace`, the
 * user's windows shared with the reading of files):
 * - `createTabs`: one spreadsheet per active organisation in `Папка отчётов`, named «Профкарта —
 *   КОД — Наименование», with `appProperties` {code, committee}, holding its form (first tab) and
 *   `Инструкция`, protected so that only the committee edits the locked cells, shared for editing
 *   with the organisation's addresses only (the committee through the folder); an existing file
 *   whose stamps are current costs no call; an upgrade keeps every entered value (`plannedForm`)
 *   and who edits; files are never deleted; an inactive organisation's sharing is removed and listed.
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
  const instruction = instructionSheet('files');
  const { done: start, ...state } = startPass(pass, orgs.length);
  // The tally counts the whole pass; files created by earlier calls are in the folder's listing.
  const createdBefore = state.tally.created;
  const run: Run = {
    ...state,
    ctx,
    pass,
    pace: SheetsPace.open(started + passDeadlineMs),
    roadmap,
    committee: committeeEditors(ctx),
    committeeProtect: committeeProtect(ctx),
    instruction,
    instructionJson: JSON.stringify(instruction),
  };
  const files = new Map([...listOrgFiles(folder, ctx.books.committeeId)].map(([code, file]) => [tabKey(code), file]));
  let done = start;
  if (done === 0) {
    passFolder(run, folder);
    if (pass !== 'createTabs') run.found.push(...committeeTabsPass(ctx, pass));
  }
  let processed = 0;
  try {
    while (done < orgs.length && processed < maxOrgs && Date.now() - started < passTimeBudgetMs) {
      passOrg(run, folder, files, orgs[done]!);
      done++;
      processed++;
    }
  } catch (error) {
    if (error !== outOfTime) throw error;
  }
  run.pace.save();
  const finished = done >= orgs.length;
  const closed = finished ? closeInactive(run, files, new Set(orgs.map((o) => tabKey(o.code)))) : [];
  saveCursor(pass, done, orgs.length, run.found, run.tally);
  // Progress over the whole directory: files that exist, addresses whose sharing is done.
  let withFile = run.tally.created - createdBefore;
  let emails = 0;
  let shared = run.share.shared.length;
  for (const org of orgs) {
    const addresses = orgEmails(org);
    emails += addresses.length;
    const file = files.get(tabKey(org.code));
    if (!file) continue;
    withFile++;
    if (file.properties[sharedStampProperty] === sharedStampOf(addresses)) shared += addresses.length;
  }
  return { ...run, done, total: orgs.length, closed, withFile, emails, shared: Math.min(shared, emails) };
}
