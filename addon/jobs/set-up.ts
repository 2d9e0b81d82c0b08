import { tabNames } from '../../core/grid/tab-names';
import { countOf } from '../../core/issues/count-of';
import { quotedList } from '../../core/issues/message-text';
import { defaultSettings } from '../../core/directory/read-settings';
import { instructionSheet } from '../../core/form/instruction-sheet';
import type { OutputSheet } from '../../core/grid/output-sheet';
import { readDirectory } from '../../core/directory/read-directory';
import { committeeSheets } from '../../core/outputs/committee-tabs';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import { requireDrive } from '../adapter/drive-service';
import { sheetIdAllocator } from '../adapter/sheet-ids';
import { protectionRequests, sheetRequests } from '../adapter/sheet-requests';
import { sheetByKey } from '../adapter/spreadsheet-meta';
import { type TabWrite, writeBatches } from '../adapter/write-batches';
import { assertLease } from '../infra/lease';
import { documentProperties, propertyKeys } from '../infra/properties';
import { journalWrite } from '../infra/journal';
import { type ActionContext, type ActionOutcome, journalEntry } from '../infra/run-action';
import { committeeEditors, committeeProtection, sameEditors } from './committee-editors';
import { oneFileRefusal } from './one-file-limits';
import { unprotectedLogTabs } from './protection-audit';
import { settingWrite } from './setting-write';

/**
 * The committee tabs set-up creates when missing (the core's registry, in order): the user is the
 * first staff member; `Папка отчётов` is the folder just made.
 */
function committeeTemplates(user: string, reportsFolder: string): OutputSheet[] {
  const settings = { ...defaultSettings(), committeeStaff: user ? [user] : [], reportsFolder };
  return committeeSheets({ settings, orgs: [], roadmap: builtinRoadmap(), states: [] });
}

function storeIds(committeeId: string, reportsId: string | null): boolean {
  let changed = false;
  for (const props of [documentProperties(), PropertiesService.getScriptProperties()]) {
    for (const [k, v] of [
      [propertyKeys.committeeId, committeeId],
      [propertyKeys.reportsId, reportsId],
    ] as const) {
      if (v !== null && props.getProperty(k) !== v) {
        props.setProperty(k, v);
        changed = true;
      }
    }
  }
  return changed;
}

/** The folder of the organisations' files, made private in the user's My Drive (nothing passes on to it). */
function createReportsFolder(): string {
  return requireDrive().Files!.create({
    name: 'Профкарта — отчёты организаций',
    mimeType: 'application/vnd.google-apps.folder',
  }).id!;
}

/**
 * «Настроить таблицу»: adds the missing committee tabs (`Инструкция`, `Настройки` with the user in
 * `Сотрудники комитета` and `Отчёты организаций` = `в отдельных файлах`, `Организации`,
 * `Дорожная карта` from the order, hidden `Состояние`) in one batch, never renaming, deleting or
 * overwriting a tab that exists; protects every committee tab to the committee; in
 * `в отдельных файлах` with `Папка отчётов` empty, makes the folder and writes its id; adds
 * `Инструкция` to a separate reports spreadsheet; stores the ids for the triggers. Refuses a
 * one-file mode beyond 100 organisations or 600 addresses (`oneFileRefusal`). A second run finds everything in place and writes nothing. In a shared drive with no
 * staff yet (`ctx.firstMember`: the user confirmed), the user is written into
 * `Сотрудники комитета` as its first member, and `Журнал` says so.
 */
export function setUpJob(ctx: ActionContext): ActionOutcome {
  assertLease(ctx, 'setUpJob');
  const { books } = ctx;
  let firstMember = '';
  if (ctx.firstMember) {
    // Another user may have confirmed first while this one read the dialog: read the list again.
    books.forgetTabs();
    const staff = books.settings().committeeStaff.map((e) => e.trim().toLowerCase());
    if (staff.length > 0 && !staff.includes(ctx.user)) {
      return {
        ok: false,
        message: `Пока вы отвечали, в «Сотрудники комитета» уже записан(а) ${staff.join(', ')}: попросите их вписать и ваш адрес.`,
      };
    }
    if (staff.length === 0) firstMember = ctx.user;
  }
  const mode = books.reportsMode();
  const editors = committeeEditors(ctx).length ? committeeEditors(ctx) : ctx.user ? [ctx.user] : [];
  const directory = readDirectory(books.committeeTab(tabNames.directory));
  const refusal = oneFileRefusal(
    mode,
    directory.orgs.filter((o) => o.active),
    editors,
  );
  if (refusal) return { ok: false, message: refusal };
  const meta = books.committeeMeta();
  const newId = sheetIdAllocator(meta);
  const created: string[] = [];
  const writes: TabWrite[] = [];
  const folder = mode === 'files' && !books.settings().reportsFolder ? createReportsFolder() : '';
  const templates = committeeTemplates(ctx.user, folder);
  const protect = { editors, description: committeeProtection };
  let protectedCount = 0;
  for (const sheet of templates) {
    const existing = sheetByKey(meta, sheet.name);
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
    if (firstMember && sheet.name === tabNames.settings) {
      const write = settingWrite(books, 'committeeStaff', firstMember);
      if (write) writes.push(write);
    }
    if (folder && sheet.name === tabNames.settings) {
      const write = settingWrite(books, 'reportsFolder', folder);
      if (write) writes.push(write);
    }
    const ours = existing.protections.filter((p) => p.wholeSheet);
    if (editors.length && (ours.length !== 1 || !sameEditors(ours[0]!.editors, editors))) {
      protectedCount++;
      writes.push({ title: sheet.name, requests: protectionRequests(existing.sheetId, existing, protect) });
    }
  }
  // Organisations will edit this spreadsheet: its log and history are the committee's only.
  const schoolsEdit = mode === 'thisSpreadsheet';
  if (schoolsEdit) {
    const logTabs = unprotectedLogTabs(meta, protect);
    protectedCount += logTabs.length;
    writes.push(...logTabs);
  }
  const idsChanged = storeIds(books.committeeId, mode === 'files' ? null : books.reportsId());
  let reportsNote = folder ? ' Создана папка для файлов организаций: «Настройки» → «Папка отчётов».' : '';
  if (mode === 'reportsSpreadsheet') {
    const reports = books.reportsMeta();
    if (!sheetByKey(reports, tabNames.instruction)) {
      const sheet = instructionSheet(mode);
      writeBatches(reports.id, [
        {
          title: sheet.name,
          requests: sheetRequests(sheet, { sheetId: sheetIdAllocator(reports)(sheet.name), existing: null }, protect),
        },
      ]);
      reportsNote += ' В таблицу отчётов добавлен лист «Инструкция».';
    }
  }
  const memberNote = firstMember
    ? ` Первым сотрудником комитета записан(а) ${firstMember}: остальных впишите в «Настройки» → «Сотрудники комитета».`
    : '';
  if (writes.length === 0 && !reportsNote) {
    return {
      ok: true,
      journaled: !idsChanged,
      message: 'Таблица уже настроена: все листы комитета на месте и защищены, ничего не изменено.',
    };
  }
  const parts: string[] = [];
  if (created.length)
    parts.push(`${created.length === 1 ? 'добавлен лист' : 'добавлены листы'} ${quotedList(created)}`);
  if (protectedCount) parts.push(`обновлена защита ${countOf(protectedCount, ['листа', 'листов', 'листов'])}`);
  const message = `Таблица настроена: ${parts.join('; ') || 'ничего не изменено'}.${reportsNote}${memberNote}`;
  writes.push(journalWrite(meta, [journalEntry(ctx, 'setup', message)], newId, schoolsEdit && editors.length ? protect : undefined));
  writeBatches(books.committeeId, writes, { meta });
  books.forgetTabs();
  return { ok: true, journaled: true, message };
}
