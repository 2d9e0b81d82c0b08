import { columnName } from './a1';
import {
  type FakeDriveItem,
  type FakeGridRange,
  type FakeProtection,
  type FakeSheet,
  type FakeSpreadsheet,
  isSheetProtection,
} from './model';
import type { FakeWorld } from './world';

/**
 * Who may read, edit and share a Drive item, and who may write a spreadsheet's cells, as Google
 * decides:
 * - Roles (https://developers.google.com/drive/api/guides/ref-roles): owner, writer (editor),
 *   reader (viewer); a folder's permissions propagate to everything in it
 *   (https://developers.google.com/drive/api/guides/manage-sharing#permission-propagation); "anyone
 *   with the link" gives its role to anyone who has the id.
 * - Protections (https://support.google.com/docs/answer/1218656, Sheets API `ProtectedRange`:
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#protectedrange):
 *   a protection whose range names only the sheet protects the whole tab except its
 *   `unprotectedRanges`; a range protection protects its range (unprotected ranges are "only
 *   supported on protected sheets"). Only the protection's editors and the spreadsheet's owner (who
 *   "cannot be removed" from editors: https://developers.google.com/apps-script/reference/spreadsheet/protection#removeEditor(String))
 *   may write a covered cell; a `warningOnly` protection refuses no one. A cell is writable only if
 *   every protection covering it allows the user, and only by an editor of the file.
 * - A refused write throws Google's text (seen in Apps Script and the API, e.g.
 *   https://github.com/theoephraim/node-google-spreadsheet/pull/20):
 *   `You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.`
 */

export type Role = 'owner' | 'writer' | 'reader';

export const protectedCellMessage =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** The Apps Script message for a document the user cannot open or edit. */
export const noAccessMessage = 'You do not have permission to access the requested document.';

const rank: Record<Role, number> = { reader: 1, writer: 2, owner: 3 };

function higher(a: Role | null, b: Role | null): Role | null {
  if (!a) return b;
  if (!b) return a;
  return rank[a] >= rank[b] ? a : b;
}

function directRole(item: FakeDriveItem, user: string): Role | null {
  let role: Role | null = null;
  if (user && item.owner === user) role = 'owner';
  else if (user && item.editors.includes(user)) role = 'writer';
  else if (user && item.viewers.includes(user)) role = 'reader';
  const link = item.link;
  if (link.access !== 'PRIVATE' && link.permission !== 'NONE') {
    role = higher(role, link.permission === 'EDIT' ? 'writer' : 'reader');
  }
  return role;
}

/** The user's role on an item: its own permissions, its folders' (propagated), its link sharing. */
export function roleOf(world: FakeWorld, item: FakeDriveItem, user: string): Role | null {
  const who = user.trim().toLowerCase();
  // The fake's one My Drive root stands for each user's own: anyone may add to it, it passes nothing on.
  if (item.id === world.rootFolderId) return who ? 'writer' : null;
  let role = directRole(item, who);
  const seen = new Set<string>([item.id]);
  const queue = [...item.parents];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const parent = world.item(id);
    if (!parent || parent.id === world.rootFolderId) continue;
    const inherited = directRole(parent, who);
    // Owning a folder makes one a writer of what others put in it, not its owner.
    role = higher(role, inherited === 'owner' ? 'writer' : inherited);
    queue.push(...parent.parents);
  }
  return role;
}

export function canRead(world: FakeWorld, item: FakeDriveItem, user: string): boolean {
  return roleOf(world, item, user) !== null;
}

export function canWrite(world: FakeWorld, item: FakeDriveItem, user: string): boolean {
  const role = roleOf(world, item, user);
  return role === 'owner' || role === 'writer';
}

/** Whether a protection lets the user edit what it covers. */
export function protectionAllows(book: FakeSpreadsheet, protection: FakeProtection, user: string): boolean {
  const who = user.trim().toLowerCase();
  if (protection.warningOnly) return true;
  if (who && who === book.owner) return true;
  return protection.editors.some((e) => e.trim().toLowerCase() === who);
}

function inRange(range: FakeGridRange, row: number, column: number): boolean {
  return (
    row >= (range.startRowIndex ?? 0) &&
    row < (range.endRowIndex ?? Number.POSITIVE_INFINITY) &&
    column >= (range.startColumnIndex ?? 0) &&
    column < (range.endColumnIndex ?? Number.POSITIVE_INFINITY)
  );
}

/** Whether a protection covers a cell of its sheet. */
function covers(protection: FakeProtection, row: number, column: number): boolean {
  if (isSheetProtection(protection)) return !protection.unprotectedRanges.some((u) => inRange(u, row, column));
  return inRange(protection.range, row, column);
}

/** A 0-based box, end exclusive. */
export interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/**
 * The first cell of a box that the protections refuse to the user, or null. `protections` may be a
 * batch's simulated list (protections added earlier in the same batch count).
 */
export function refusedCell(
  book: FakeSpreadsheet,
  protections: readonly FakeProtection[],
  sheetId: number,
  box: Box,
  user: string,
): { row: number; column: number } | null {
  const against = protections.filter((p) => p.sheetId === sheetId && !protectionAllows(book, p, user));
  if (against.length === 0) return null;
  for (const p of against) {
    const r: FakeGridRange = isSheetProtection(p) ? { sheetId } : p.range;
    const r0 = Math.max(box.r0, r.startRowIndex ?? 0);
    const r1 = Math.min(box.r1, r.endRowIndex ?? Number.POSITIVE_INFINITY);
    const c0 = Math.max(box.c0, r.startColumnIndex ?? 0);
    const c1 = Math.min(box.c1, r.endColumnIndex ?? Number.POSITIVE_INFINITY);
    for (let row = r0; row < r1; row++)
      for (let column = c0; column < c1; column++) {
        if (covers(p, row, column)) return { row, column };
      }
  }
  return null;
}

/** Whether a sheet has a protection of the whole tab that refuses the user (structure, size, charts). */
export function sheetLockedFor(
  book: FakeSpreadsheet,
  protections: readonly FakeProtection[],
  sheetId: number,
  user: string,
): boolean {
  return protections.some((p) => p.sheetId === sheetId && isSheetProtection(p) && !protectionAllows(book, p, user));
}

/** Throws Apps Script's refusal unless the user may edit the spreadsheet file and every cell of the box. */
export function assertCellsEditable(world: FakeWorld, book: FakeSpreadsheet, sheet: FakeSheet, box: Box, user: string) {
  if (!canWrite(world, book, user)) throw new Error(noAccessMessage);
  if (refusedCell(book, book.protections, sheet.sheetId, box, user)) throw new Error(protectedCellMessage);
}

/** Whether the user may type into one cell (0-based), exactly as the write guards decide. */
function canEditCell(
  world: FakeWorld,
  book: FakeSpreadsheet,
  sheet: FakeSheet,
  row: number,
  column: number,
  user: string,
): boolean {
  return (
    canWrite(world, book, user) &&
    refusedCell(book, book.protections, sheet.sheetId, { r0: row, c0: column, r1: row + 1, c1: column + 1 }, user) ===
      null
  );
}

/**
 * The cells of a tab's box (default: its whole grid) the user may edit, as A1 runs per row
 * (`B3:D3`, `F3`), for pinning a tab's editable ranges cell by cell.
 */
export function editableCells(
  world: FakeWorld,
  book: FakeSpreadsheet,
  sheet: FakeSheet,
  user: string,
  box: Box = { r0: 0, c0: 0, r1: sheet.rowCount, c1: sheet.columnCount },
): string[] {
  const out: string[] = [];
  if (!canWrite(world, book, user)) return out;
  for (let row = box.r0; row < box.r1; row++) {
    let start = -1;
    for (let column = box.c0; column <= box.c1; column++) {
      const ok = column < box.c1 && canEditCell(world, book, sheet, row, column, user);
      if (ok && start < 0) start = column;
      if (!ok && start >= 0) {
        const first = `${columnName(start + 1)}${row + 1}`;
        const last = `${columnName(column)}${row + 1}`;
        out.push(start === column - 1 ? first : `${first}:${last}`);
        start = -1;
      }
    }
  }
  return out;
}
