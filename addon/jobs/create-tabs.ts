import { tabKey } from '../../core/check/find-tab';
import type { Organisation } from '../../core/directory/organisation';
import { planOrgTab } from '../../core/form/plan-org-tab';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { formatIssue } from '../../core/issues/format-issue';
import { readGrids } from '../adapter/read-grids';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { sheetRequests } from '../adapter/sheet-requests';
import type { SheetMeta } from '../adapter/spreadsheet-meta';
import { type TabWrite, writeBatches } from '../adapter/write-batches';
import { assertLease } from '../infra/lease';
import { tabsCursorProperty } from '../infra/stored-values';
import type { ActionContext, ActionOutcome } from '../infra/run-action';
import type { SidebarProblem } from '../sidebar-protocol';
import { countOf } from '../../core/issues/count-of';
import { plural } from '../../core/issues/plural';
import { sameEditors } from './committee-editors';
import { directoryAndRoadmap, orgEditors, orgProtectionPrefix } from './org-tabs';
import { sameValues } from './same-values';
import { protectionAudit } from './protection-audit';

/** Organisations per batch: one read and one write per chunk. */
export const tabsChunk = 50;
/** A chunked run starts no new chunk after this: a chunk (50 shares) may take a minute, an execution ends at 6. */
export const tabsTimeBudgetMs = 4 * 60 * 1000;

/** What tab creation did so far in this call. */
interface Tally {
  created: number;
  upgraded: number;
  unchanged: number;
  refused: string[];
  /** Tabs not written because a value would have been lost (one sentence each, naming the tab). */
  unwritten: string[];
}

/** The reports spreadsheet and its editors, opened once per call. */
interface Sharing {
  readonly book: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly editors: Set<string>;
}

function sharingOf(ctx: ActionContext): Sharing {
  const book = SpreadsheetApp.openById(ctx.books.reportsId());
  return { book, editors: new Set(book.getEditors().map((u) => u.getEmail().toLowerCase())) };
}

function share(sharing: Sharing, orgs: readonly Organisation[], tally: Tally): void {
  const { book, editors } = sharing;
  for (const org of orgs) {
    for (const email of org.emails) {
      const address = email.trim().toLowerCase();
      if (!address || editors.has(address)) continue;
      try {
        book.addEditor(address);
        editors.add(address);
      } catch {
        tally.refused.push(`${org.code}: ${address}`);
      }
    }
  }
}

function chunkWrites(
  ctx: ActionContext,
  sharing: Sharing,
  orgs: readonly Organisation[],
  roadmap: ReturnType<typeof directoryAndRoadmap>['roadmap'],
  tally: Tally,
): void {
  const { books } = ctx;
  const meta = books.reportsMeta();
  const byKey = new Map<string, SheetMeta>(meta.sheets.map((s) => [tabKey(s.title), s]));
  const present = orgs.map((o) => byKey.get(tabKey(o.code))).filter((s): s is SheetMeta => !!s);
  const read = present.length
    ? readGrids(
        meta.id,
        present.map((s) => s.title),
      )
    : { sheets: [] };
  const grids = new Map(read.sheets.map((s) => [tabKey(s.name), s]));
  const newId = sheetIdAllocator(meta);
  const writes: TabWrite[] = [];
  share(sharing, orgs, tally);
  for (const org of orgs) {
    const existing = byKey.get(tabKey(org.code)) ?? null;
    const grid = grids.get(tabKey(org.code));
    // The tab is laid out again around what it holds: nothing typed may vanish (design §10).
    const written = planOrgTab({
      org,
      roadmap,
      settings: books.settings(),
      ...(grid ? { existing: { ...grid, name: org.code } } : {}),
      timeZone: meta.timeZone,
      scope: 'whole',
    });
    if (!written.ok) {
      tally.unwritten.push(formatIssue(written.issue, 'addon'));
      continue;
    }
    const rendered = written.plan.sheet;
    const sheet: OutputSheet = existing ? { ...rendered, name: existing.title } : rendered;
    // Only addresses the file is shared with go into the protection: Sheets refuses unknown users.
    const editors = orgEditors(ctx, org).filter(
      (e) => sharing.editors.has(e) || !org.emails.some((o) => o.trim().toLowerCase() === e),
    );
    const protection = { editors, description: `${orgProtectionPrefix} ${org.code}` };
    const guarded = existing?.protections.filter((p) => p.wholeSheet) ?? [];
    const protectedWell = guarded.length === 1 && sameEditors(guarded[0]!.editors, editors);
    if (existing && grid && protectedWell && sameValues(sheet.rows, grid.values)) {
      tally.unchanged++;
      continue;
    }
    if (existing) tally.upgraded++;
    else tally.created++;
    writes.push({
      title: sheet.name,
      requests: sheetRequests(sheet, { sheetId: existing?.sheetId ?? newId(sheet.name), existing }, protection),
    });
  }
  if (writes.length) {
    writeBatches(meta.id, writes, { meta });
    books.refresh();
  }
}

/**
 * «Создать и обновить листы организаций», resumable: from the cursor in document properties, chunks
 * of 50 organisations (one read and one write each) until `maxOrgs` are done or the time budget is
 * spent. Each tab is laid out by the core (`planOrgTab`) from the directory and the roadmap around
 * every value the organisation entered, wherever it stands; a tab already as it should be, and
 * protected to the right people, is not written; a tab that cannot be written without losing a
 * value is not written either, and named in the message and `Журнал`. The reports spreadsheet is shared with the organisations' emails (refused addresses
 * listed). When the last chunk is done, a protection audit lists tabs whose protection is missing
 * or whose editors differ from the directory.
 *
 * @param ctx - the action
 * @param maxOrgs - organisations to do in this call (the sidebar: one chunk; the menu: all)
 */
export function createTabsJob(ctx: ActionContext, maxOrgs = Number.POSITIVE_INFINITY): ActionOutcome {
  assertLease(ctx, 'createTabsJob');
  const started = Date.now();
  const { orgs, roadmap } = directoryAndRoadmap(ctx);
  if (orgs.length === 0) {
    tabsCursorProperty.write(null);
    return {
      ok: true,
      message: 'В справочнике «Организации» нет действующих организаций: листы создавать не для кого.',
    };
  }
  const saved = tabsCursorProperty.read();
  let done = saved && saved.total === orgs.length && saved.done < orgs.length ? saved.done : 0;
  const tally: Tally = { created: 0, upgraded: 0, unchanged: 0, refused: [], unwritten: [] };
  let processed = 0;
  let sharing: Sharing | undefined;
  while (done < orgs.length && processed < maxOrgs && Date.now() - started < tabsTimeBudgetMs) {
    const part = orgs.slice(done, done + Math.min(tabsChunk, maxOrgs - processed));
    sharing ??= sharingOf(ctx);
    chunkWrites(ctx, sharing, part, roadmap, tally);
    done += part.length;
    processed += part.length;
    tabsCursorProperty.write(done < orgs.length ? { done, total: orgs.length } : null);
  }
  const parts = [`создано ${tally.created}`, `обновлено ${tally.upgraded}`, `без изменений ${tally.unchanged}`];
  const counts: Record<string, number> = {
    created: tally.created,
    upgraded: tally.upgraded,
    unchanged: tally.unchanged,
    refusedEmails: tally.refused.length,
    unwrittenTabs: tally.unwritten.length,
  };
  let problems: SidebarProblem[] = [];
  let tail = '';
  if (tally.refused.length) tail += ` Google не дал открыть доступ адресам: ${tally.refused.join('; ')}.`;
  if (tally.unwritten.length) tail += ` Не записаны листы (${tally.unwritten.length}): ${tally.unwritten.join(' ')}`;
  if (done >= orgs.length) {
    const audit = protectionAudit(ctx, orgs);
    problems = audit;
    counts.protectionProblems = audit.length;
    tail += audit.length
      ? ` Проверка защиты: ${countOf(audit.length, ['лист', 'листа', 'листов'])} ${plural(audit.length, ['защищён', 'защищены', 'защищены'])} не так, как в справочнике (список — в панели).`
      : ' Защита всех листов организаций совпадает со справочником.';
  } else {
    tail += ` Обработано ${done} из ${orgs.length}: нажмите ещё раз, чтобы продолжить.`;
  }
  // A run that changed nothing leaves no trace either (not even a `Журнал` line).
  const changed =
    tally.created + tally.upgraded > 0 || tally.refused.length > 0 || tally.unwritten.length > 0 || problems.length > 0;
  return {
    ok: true,
    journaled: !changed,
    message: `Листы организаций: ${parts.join(', ')}.${tail}`,
    progress: { done, total: orgs.length },
    counts,
    ...(problems.length ? { problems } : {}),
  };
}
