import { tabNames } from '../../core/grid/tab-names';
import { defaultSettings } from '../../core/directory/read-settings';
import { instructionSheet } from '../../core/form/instruction-sheet';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { committeeSheets } from '../../core/outputs/committee-tabs';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { protectionRequests, sheetRequests } from '../adapter/sheet-requests';
import type { SpreadsheetMeta } from '../adapter/spreadsheet-meta';
import { type TabWrite, writeBatches } from '../adapter/write-batches';
import { documentProperties, propertyKeys } from '../infra/properties';
import { journalWrite } from '../infra/journal';
import type { ActionContext, ActionOutcome } from '../infra/run-action';
import { committeeEditors, sameEditors } from './committee-editors';

/** Description of the protections the add-on puts on committee tabs (the audit recognises them). */
export const committeeProtection = 'Профкарта: лист комитета';

function key(name: string): string {
  return name.trim().toLowerCase().replace(/ё/g, 'е');
}

function has(meta: SpreadsheetMeta, title: string): boolean {
  return meta.sheets.some((s) => key(s.title) === key(title));
}

/** The committee tabs set-up creates when missing (the core's registry, in order): the user is the first staff member. */
function committeeTemplates(user: string): OutputSheet[] {
  const settings = { ...defaultSettings(), committeeStaff: user ? [user] : [] };
  return committeeSheets({ settings, orgs: [], roadmap: builtinRoadmap(), states: [] });
}

function storeIds(committeeId: string, reportsId: string): boolean {
  let changed = false;
  for (const props of [documentProperties(), PropertiesService.getScriptProperties()]) {
    for (const [k, v] of [
      [propertyKeys.committeeId, committeeId],
      [propertyKeys.reportsId, reportsId],
    ] as const) {
      if (props.getProperty(k) !== v) {
        props.setProperty(k, v);
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * «Настроить таблицу»: adds the missing committee tabs (`Инструкция`, `Настройки` with the user in
 * `Сотрудники комитета`, `Организации`, `Дорожная карта` from the order, hidden `Состояние`) in one
 * batch, never renaming, deleting or overwriting a tab that exists; protects every committee tab to
 * the committee; adds `Инструкция` to a separate reports spreadsheet; stores both ids for the
 * triggers. A second run finds everything in place and writes nothing.
 */
export function setUpJob(ctx: ActionContext): ActionOutcome {
  const { books } = ctx;
  const meta = books.committeeMeta();
  const newId = sheetIdAllocator(meta);
  const created: string[] = [];
  const writes: TabWrite[] = [];
  const templates = committeeTemplates(ctx.user);
  const editors = committeeEditors(ctx).length ? committeeEditors(ctx) : ctx.user ? [ctx.user] : [];
  const protect = { editors, description: committeeProtection };
  let protectedCount = 0;
  for (const sheet of templates) {
    const existing = meta.sheets.find((s) => key(s.title) === key(sheet.name)) ?? null;
    if (!existing) {
      created.push(sheet.name);
      writes.push({
        title: sheet.name,
        requests: sheetRequests(
          sheet,
          { sheetId: newId(sheet.name), existing: null },
          editors.length ? protect : undefined,
        ),
      });
      continue;
    }
    const ours = existing.protections.filter((p) => p.wholeSheet);
    if (editors.length && (ours.length !== 1 || !sameEditors(ours[0]!.editors, editors))) {
      protectedCount++;
      writes.push({ title: sheet.name, requests: protectionRequests(existing.sheetId, existing, protect) });
    }
  }
  const idsChanged = storeIds(books.committeeId, books.reportsId());
  let reportsNote = '';
  if (!books.oneFile()) {
    const reports = books.reportsMeta();
    if (!has(reports, tabNames.instruction)) {
      const sheet = instructionSheet();
      writeBatches(reports.id, [
        {
          title: sheet.name,
          requests: sheetRequests(sheet, { sheetId: sheetIdAllocator(reports)(sheet.name), existing: null }, protect),
        },
      ]);
      reportsNote = ' В таблицу отчётов добавлен лист «Инструкция».';
    }
  }
  if (writes.length === 0 && !reportsNote) {
    return {
      ok: true,
      journaled: !idsChanged,
      message: 'Таблица уже настроена: все листы комитета на месте и защищены, ничего не изменено.',
    };
  }
  const parts: string[] = [];
  if (created.length) parts.push(`добавлены листы: ${created.map((t) => `«${t}»`).join(', ')}`);
  if (protectedCount) parts.push(`обновлена защита ${protectedCount} листов`);
  const message = `Таблица настроена: ${parts.join('; ') || 'ничего не изменено'}.${reportsNote}`;
  writes.push(
    journalWrite(
      meta,
      [{ date: ctx.now.date, time: ctx.now.time, who: ctx.who, what: 'setup', outcome: message, failure: '' }],
      newId,
    ),
  );
  writeBatches(books.committeeId, writes, { meta });
  books.forgetTabs();
  return { ok: true, journaled: true, message };
}
