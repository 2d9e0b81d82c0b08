import { tabKey } from '../../core/check/find-tab';
import type { Organisation } from '../../core/directory/organisation';
import { instructionSheet } from '../../core/form/instruction-sheet';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { formatIssue } from '../../core/issues/format-issue';
import { readGrids } from '../adapter/read-grids';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { sheetRequests } from '../adapter/sheet-requests';
import { type SheetMeta, sheetByKey } from '../adapter/spreadsheet-meta';
import { type TabWrite, writeBatches } from '../adapter/write-batches';
import { type FileAccess, fileAccess, shareWith, shareWithCommittee } from '../files/drive-access';
import { orgFilesPass } from '../files/org-files';
import { assertLease } from '../infra/lease';
import type { ActionContext, ActionOutcome } from '../infra/run-action';
import { committeeEditors, committeeProtect } from './committee-editors';
import { oneFileRefusal } from './one-file-limits';
import { type OrgPass, type PassResult, type PassState, saveCursor, startPass } from './org-pass';
import {
  directoryAndRoadmap,
  keptProtection,
  orgEmails,
  plannedForm,
  protectionFindings,
  sharedFileProtection,
} from './org-tabs';
import { passOutcome } from './pass-outcome';
import { committeeTabsPass, oneFileAudit, unprotectedLogTabs } from './protection-audit';
import { sameValues } from './same-values';

/** Organisations per batch: one read and one write per chunk. */
export const tabsChunk = 50;
/** A chunked run starts no new chunk after this: a chunk (50 shares) may take a minute, an execution ends at 6. */
const tabsTimeBudgetMs = 4 * 60 * 1000;

interface OneFileRun extends PassState {
  readonly ctx: ActionContext;
  readonly restore: boolean;
  readonly access: FileAccess;
}

function chunkWrites(
  run: OneFileRun,
  orgs: readonly Organisation[],
  roadmap: ReturnType<typeof directoryAndRoadmap>['roadmap'],
  first: boolean,
): void {
  const { ctx, access, share } = run;
  const { books } = ctx;
  const meta = books.reportsMeta();
  const instruction = instructionSheet(books.reportsMode());
  const instructionTab = first ? sheetByKey(meta, instruction.name) : null;
  const present = [...orgs.map((o) => sheetByKey(meta, o.code)), instructionTab].filter((s): s is SheetMeta => !!s);
  const read = present.length
    ? readGrids(
        meta.id,
        present.map((s) => s.title),
      )
    : { sheets: [] };
  const grids = new Map(read.sheets.map((s) => [tabKey(s.name), s]));
  const newId = sheetIdAllocator(meta);
  const writes: TabWrite[] = [];
  const notify = books.settings().notifyOnShare;
  const protect = committeeProtect(ctx);
  // `Инструкция` says who sees the tabs, which depends on the mode: it follows the mode.
  const instructionGrid = grids.get(tabKey(instruction.name));
  if (instructionTab && instructionGrid && !sameValues(instruction.rows, instructionGrid.values)) {
    writes.push({
      title: instructionTab.title,
      requests: sheetRequests(
        { ...instruction, name: instructionTab.title },
        { sheetId: instructionTab.sheetId, existing: instructionTab },
        keptProtection(instructionTab, protect),
      ),
    });
  }
  for (const org of orgs) {
    const emails = orgEmails(org);
    shareWith({ id: meta.id, name: org.code }, emails, access, notify, share);
    const existing = sheetByKey(meta, org.code);
    const grid = grids.get(tabKey(org.code));
    const written = plannedForm(ctx, org, roadmap, grid ?? null, meta.timeZone);
    if (!written.ok) {
      run.unwritten.push(formatIssue(written.issue, 'addon'));
      continue;
    }
    const rendered = written.plan.sheet;
    const sheet: OutputSheet = existing ? { ...rendered, name: existing.title } : rendered;
    const expected = sharedFileProtection(ctx, org, access, share.shared);
    const findings = existing ? protectionFindings(existing, expected, access.owner) : [];
    const same = existing && grid && sameValues(sheet.rows, grid.values);
    if (same && (!run.restore || findings.length === 0)) {
      run.tally.unchanged++;
      continue;
    }
    if (run.restore && findings.length) {
      run.found.push(`${org.code}: ${findings.join('; ')}`);
      run.tally.fixed++;
    } else if (existing) run.tally.upgraded++;
    else run.tally.created++;
    writes.push({
      title: sheet.name,
      requests: sheetRequests(
        sheet,
        { sheetId: existing?.sheetId ?? newId(sheet.name), existing },
        existing && !run.restore ? keptProtection(existing, expected) : expected,
      ),
    });
  }
  if (writes.length) {
    writeBatches(meta.id, writes, { meta });
    books.refresh();
  }
}

/**
 * A pass over the organisations when their forms are tabs of one spreadsheet (`в таблице отчётов`,
 * `в этой таблице`), resumable from the cursor in chunks of 50 (one read and one write each) until
 * `maxOrgs` are done or the time budget is spent. `createTabs` creates and upgrades the tabs
 * (`planOrgTab`: nothing typed is lost; a tab that cannot be written so is named), keeping who
 * edits an existing tab; `restoreProtection` also rewrites every tab whose protections differ from
 * what they should be, with those. The spreadsheet is shared with the organisations' addresses and
 * the committee. Beyond 100 organisations or 600 addresses the answer warns (`oneFileRefusal`; set-up
 * refuses such a mode).
 */
function oneFilePass(ctx: ActionContext, pass: 'createTabs' | 'restoreProtection', maxOrgs: number): PassResult {
  const started = Date.now();
  const { orgs, roadmap } = directoryAndRoadmap(ctx);
  const committee = committeeEditors(ctx);
  const access = fileAccess(ctx.books.reportsId());
  let { done, ...state } = startPass(pass, orgs.length);
  const run: OneFileRun = { ...state, ctx, restore: pass === 'restoreProtection', access };
  const notify = ctx.books.settings().notifyOnShare;
  if (done === 0) {
    if (!run.restore && ctx.books.oneFile()) {
      // Before the committee's own spreadsheet is shared with the organisations: its log and history too.
      const logTabs = unprotectedLogTabs(ctx.books.committeeMeta(), committeeProtect(ctx));
      if (logTabs.length) {
        writeBatches(ctx.books.committeeId, logTabs);
        ctx.books.refresh();
      }
    }
    shareWithCommittee({ id: ctx.books.reportsId(), name: 'комитет' }, committee, access, notify, run.share);
    if (run.restore) run.found.push(...committeeTabsPass(ctx, pass));
  }
  let processed = 0;
  while (done < orgs.length && processed < maxOrgs && Date.now() - started < tabsTimeBudgetMs) {
    const part = orgs.slice(done, done + Math.min(tabsChunk, maxOrgs - processed));
    chunkWrites(run, part, roadmap, done === 0);
    done += part.length;
    processed += part.length;
    saveCursor(pass, done, orgs.length, run.found, run.tally);
  }
  // What is still not as it should be after tab creation: listed, put right only when asked.
  if (done >= orgs.length && !run.restore) run.found.push(...oneFileAudit(ctx, orgs));
  const emails = new Set(orgs.flatMap(orgEmails));
  const shared = [...emails].filter((e) => access.direct.has(e) || run.share.shared.includes(e)).length;
  // Set-up refuses a one-file mode beyond Google's limits; a directory that grew since is warned of.
  const beyond = oneFileRefusal(ctx.books.reportsMode(), orgs, committee);
  if (beyond) run.notes.push(`Внимание: ${beyond}`);
  return {
    pass,
    done,
    total: orgs.length,
    ...run,
    closed: [],
    withFile: 0,
    emails: emails.size,
    shared,
  };
}

/**
 * «Создать и обновить листы организаций», «Проверить защиту», «Восстановить защиту» (design §3):
 * the pass for where the forms live (`Отчёты организаций`), and its sidebar answer.
 *
 * @param ctx - the action
 * @param pass - which action
 * @param maxOrgs - organisations in this call (the sidebar: one chunk; the menu: all that fit)
 */
export function orgPassJob(ctx: ActionContext, pass: OrgPass, maxOrgs = Number.POSITIVE_INFINITY): ActionOutcome {
  if (pass !== 'auditProtection') assertLease(ctx, pass);
  const files = ctx.books.reportsMode() === 'files';
  if (pass === 'auditProtection' && !files) {
    const { orgs } = directoryAndRoadmap(ctx);
    const { done: _, ...state } = startPass(pass, orgs.length);
    state.found.push(...oneFileAudit(ctx, orgs));
    saveCursor(pass, 0, 0, []);
    const n = orgs.length;
    return passOutcome(ctx, { ...state, pass, done: n, total: n, closed: [], withFile: 0, emails: 0, shared: 0 });
  }
  return passOutcome(
    ctx,
    files || pass === 'auditProtection' ? orgFilesPass(ctx, pass, maxOrgs) : oneFilePass(ctx, pass, maxOrgs),
  );
}
