import { tabKey } from '../../core/check/find-tab';
import type { Organisation } from '../../core/directory/organisation';
import { committeeTabNames, outputTabNames, tabNames } from '../../core/grid/tab-names';
import { type ProtectionSpec, protectionRequests } from '../adapter/sheet-requests';
import { type TabWrite, writeBatches } from '../adapter/write-batches';
import { type SpreadsheetMeta, sheetByKey } from '../adapter/spreadsheet-meta';
import { accessFindings, fileAccess } from '../files/drive-access';
import { actions } from '../actions';
import type { OrgPass } from './org-pass';
import type { ActionContext } from '../infra/run-action';
import { committeeEditors, committeeProtect, committeeProtection } from './committee-editors';
import { orgEmails, protectionFindings, sharedFileProtection } from './org-tabs';

/** A finding: an organisation's form (`листа`, `файла`) is not there yet. */
export function notCreated(code: string, what: string): string {
  return `${code}: ${what} нет — выполните «${actions.createTabs.menu.label}»`;
}

/**
 * Protection for the append-only tabs (`Журнал`, `История`) of the committee's spreadsheet that have
 * none, for when organisations are editors of it (`в этой таблице`): written before the spreadsheet
 * is shared with them, so no school can rewrite the log or the history. Older versions (and set-up
 * in another mode) leave them unprotected: in the other modes only the committee edits this
 * spreadsheet, and a former member's refusal is still logged.
 *
 * @param meta - the committee's spreadsheet
 * @param protect - the committee's protection
 * @example unprotectedLogTabs(meta, committeeProtect(ctx)) // [{ title: 'Журнал', requests: [addProtectedRange…] }]
 */
export function unprotectedLogTabs(meta: SpreadsheetMeta, protect: ProtectionSpec): TabWrite[] {
  if (protect.editors.length === 0) return [];
  return [tabNames.journal, tabNames.history].flatMap((title) => {
    const existing = sheetByKey(meta, title);
    if (!existing || existing.protections.some((p) => p.wholeSheet)) return [];
    return [{ title: existing.title, requests: protectionRequests(existing.sheetId, existing, protect) }];
  });
}

/**
 * The committee's tabs that must be protected to the committee (its own tabs; the outputs too when
 * organisations can open this spreadsheet), checked against `Сотрудники комитета`; restoring
 * rewrites the protections that differ (one `batchUpdate`). Returns one sentence per tab that
 * differs.
 *
 * @param ctx - the action
 * @param pass - audit or restore (creation does not touch them)
 */
export function committeeTabsPass(ctx: ActionContext, pass: OrgPass): string[] {
  const { books } = ctx;
  const { owner } = fileAccess(books.committeeId);
  const meta = books.committeeMeta();
  const protect = committeeProtect(ctx);
  const guarded = new Set<string>([...committeeTabNames, ...(books.oneFile() ? outputTabNames : [])].map(tabKey));
  const found: string[] = [];
  const writes: TabWrite[] = [];
  for (const sheet of meta.sheets) {
    const ours = sheet.protections.some((p) => p.description.startsWith(committeeProtection));
    if (!ours && !guarded.has(tabKey(sheet.title))) continue;
    const findings = protectionFindings(sheet, protect, owner);
    if (findings.length === 0) continue;
    found.push(`«${sheet.title}»: ${findings.join('; ')}`);
    if (pass === 'restoreProtection') {
      writes.push({ title: sheet.title, requests: protectionRequests(sheet.sheetId, sheet, protect) });
    }
  }
  if (writes.length) {
    writeBatches(meta.id, writes, { meta });
    books.refresh();
  }
  return found;
}

/**
 * «Проверить защиту» when the forms are tabs of one spreadsheet (one metadata read, one permission
 * listing): each organisation tab whose protections differ from what they should be
 * (`protectionFindings`: locked cells for the committee, each input range for the organisation and
 * the committee), the spreadsheet's sharing (an organisation's address missing, someone extra), and
 * the committee's tabs. One sentence per finding, «КОД: …».
 *
 * @param ctx - the action
 * @param orgs - the active organisations
 */
export function oneFileAudit(ctx: ActionContext, orgs: readonly Organisation[]): string[] {
  const { books } = ctx;
  books.refresh();
  const meta = books.reportsMeta();
  const access = fileAccess(meta.id);
  const found = committeeTabsPass(ctx, 'auditProtection');
  const wanted = new Set(committeeEditors(ctx));
  for (const org of orgs) {
    for (const e of orgEmails(org)) wanted.add(e);
    const sheet = sheetByKey(meta, org.code);
    if (!sheet) {
      found.push(notCreated(org.code, 'листа'));
      continue;
    }
    const findings = protectionFindings(sheet, sharedFileProtection(ctx, org, access), access.owner);
    if (findings.length) found.push(`${org.code}: ${findings.join('; ')}`);
  }
  const said = accessFindings(access, [...wanted], [...wanted]).text;
  if (said.length) found.push(`Таблица с листами организаций: ${said.join('; ')}`);
  return found;
}
