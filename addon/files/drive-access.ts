import { requireDrive } from '../adapter/drive-service';

/** Who can open a Drive file or folder, as the add-on needs it (Drive v3 `permissions.list`). */
export interface FileAccess {
  /** The owner's address ('' in a shared drive). */
  readonly owner: string;
  /** Addresses (lower case) given access on the item itself, by permission id. */
  readonly direct: ReadonlyMap<string, string>;
  /** Anything else on the item itself: anyone with the link, a domain; by permission id. */
  readonly open: ReadonlyMap<string, string>;
}

/** A file, a folder, or the reports spreadsheet to share: its id, and its name for messages. */
export interface Shared {
  readonly id: string;
  readonly name: string;
}

/** What sharing did: addresses given access, those Google refused, and whether the sharing quota ran out. */
export interface ShareOutcome {
  readonly shared: string[];
  readonly refused: string[];
  quotaHit: boolean;
}

const allDrives = { supportsAllDrives: true };

/**
 * Who can open an item: its owner, the addresses it is shared with directly, and link or domain
 * sharing; access passed on by a folder is the folder's (checked on the folder). All pages of
 * `Drive.Permissions.list` (one call per 100 permissions).
 *
 * @param id - a file or folder id
 */
export function fileAccess(id: string): FileAccess {
  const drive = requireDrive();
  let owner = '';
  const direct = new Map<string, string>();
  const open = new Map<string, string>();
  let pageToken: string | undefined;
  do {
    const page = drive.Permissions!.list(id, {
      fields: 'nextPageToken,permissions(id,type,role,emailAddress,domain,permissionDetails(inherited))',
      pageSize: 100,
      ...allDrives,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const p of page.permissions ?? []) {
      if ((p.permissionDetails ?? []).some((d) => d.inherited)) continue;
      const email = (p.emailAddress ?? '').toLowerCase();
      if (p.role === 'owner') owner = email;
      else if (email) direct.set(email, p.id ?? '');
      else open.set(p.domain || 'все по ссылке', p.id ?? '');
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return { owner, direct, open };
}

/** Whether a Drive failure is the sharing quota ("sharingRateLimitExceeded"), not a refused address. */
function quotaFailure(error: unknown): boolean {
  return /rate ?limit/i.test(error instanceof Error ? error.message : String(error));
}

/**
 * Shares an item for editing with each address not yet in `access` (`Drive.Permissions.create`,
 * one call per address; Google's notification email only when `notify`). An address Google refuses
 * is listed and skipped; the daily sharing quota stops the sharing (`quotaHit`), the addresses left
 * wait for the next run.
 *
 * @param item - the item
 * @param emails - who should edit it
 * @param access - who already can (`fileAccess`), or null for a new file
 * @param notify - `Уведомлять при открытии доступа`
 * @param outcome - where the shared and refused addresses are added
 */
export function shareWith(
  item: Shared,
  emails: readonly string[],
  access: FileAccess | null,
  notify: boolean,
  outcome: ShareOutcome,
): void {
  const drive = requireDrive();
  for (const email of emails) {
    if (outcome.quotaHit) return;
    if (!email || email === access?.owner || access?.direct.has(email)) continue;
    try {
      drive.Permissions!.create({ role: 'writer', type: 'user', emailAddress: email }, item.id, {
        sendNotificationEmail: notify,
        ...allDrives,
      });
      outcome.shared.push(email);
    } catch (error) {
      if (quotaFailure(error)) outcome.quotaHit = true;
      else outcome.refused.push(`${item.name}: ${email}`);
    }
  }
}

/**
 * What differs in an item's access from what it should be, in Russian fragments: extra people
 * (and link or domain sharing) with their permission ids, and missing addresses. The owner can
 * always open it and counts as neither.
 *
 * @param access - who can open it (`fileAccess`)
 * @param wanted - who must have access
 * @param allowed - who may have it (`wanted` and, e.g., the committee)
 * @example accessFindings(access, ['school1@example.ru'], [...]).text // ['лишний доступ: intruder@example.org']
 */
export function accessFindings(
  access: FileAccess,
  wanted: readonly string[],
  allowed: readonly string[],
): { text: string[]; remove: string[]; missing: string[] } {
  const extra = [...access.direct, ...access.open].filter(([who]) => !allowed.includes(who) && who !== access.owner);
  const missing = wanted.filter((e) => e !== access.owner && !access.direct.has(e));
  const text = [
    ...(extra.length ? [`лишний доступ: ${extra.map(([who]) => who).join(', ')}`] : []),
    ...(missing.length ? [`нет доступа: ${missing.join(', ')}`] : []),
  ];
  return { text, remove: extra.map(([, permissionId]) => permissionId), missing };
}

/**
 * Shares an item with the committee (the folder of files, the spreadsheet of forms): as `shareWith`,
 * but only refusals and the quota are the pass's; the addresses shared are not the organisations'
 * progress.
 *
 * @param item - the item
 * @param emails - who should edit it
 * @param access - who already can
 * @param notify - `Уведомлять при открытии доступа`
 * @param outcome - the pass's sharing outcome
 */
export function shareWithCommittee(
  item: Shared,
  emails: readonly string[],
  access: FileAccess,
  notify: boolean,
  outcome: ShareOutcome,
): void {
  const own: ShareOutcome = { shared: [], refused: outcome.refused, quotaHit: false };
  shareWith(item, emails, access, notify, own);
  outcome.quotaHit ||= own.quotaHit;
}

/**
 * Takes access away (`Drive.Permissions.remove`, one call per permission); the owner's and what a
 * folder passes on are not on the list. Never throws: what Drive refuses is returned.
 *
 * @param id - the item
 * @param permissionIds - the permissions to remove
 * @returns the ids Drive did not remove
 */
export function removeAccess(id: string, permissionIds: readonly string[]): string[] {
  const drive = requireDrive();
  return permissionIds.filter((permissionId) => {
    try {
      drive.Permissions!.remove(id, permissionId, allDrives);
      return false;
    } catch {
      return true;
    }
  });
}
