import { canWrite } from './access';
import { apiError } from './api-error';
import type { FakeDriveItem } from './model';
import type { FakeWorld } from './world';

/**
 * Sharing a Drive item, one address at a time, for `Spreadsheet.addEditor`, `DriveApp` files and
 * folders, and `Drive.Permissions.create`, checked in Google's order:
 * 1. Only the owner or an editor may share (https://developers.google.com/drive/api/guides/manage-sharing;
 *    refusal text from https://developers.google.com/drive/api/guides/handle-errors#insufficientFilePermissions).
 * 2. Addresses Google refuses (`world.unshareable`, or not an address): DriveApp/SpreadsheetApp
 *    throw `Invalid email: …`; the Drive API answers `invalidSharingRequest` with the documented
 *    text for an address without a Google account shared without notification.
 * 3. At most `world.shareLimit` (600) distinct addresses per file: "files can be shared with up to
 *    600 people or groups" (Google Drive Help, Share files from Google Drive:
 *    https://support.google.com/drive/answer/2494822). Google does not document the refusal's words;
 *    the fake uses the documented `invalidSharingRequest` envelope with its own sentence.
 * 4. The sharing quota (`world.sharingQuota` sharing calls that add or change a permission): past
 *    it, Drive answers 403 `sharingRateLimitExceeded`, "Rate limit exceeded. User message: "These
 *    item(s) could not be shared because a rate limit was exceeded: NAME""
 *    (https://developers.google.com/drive/api/guides/handle-errors#sharing).
 * A notification email is sent unless asked otherwise: `sendNotificationEmail` "defaults to true for
 * users and groups" (https://developers.google.com/drive/api/reference/rest/v3/permissions/create);
 * `addEditor`/`addViewer` of DriveApp and SpreadsheetApp have no such option and notify
 * (https://developers.google.com/apps-script/reference/drive/file#addEditor(String)).
 * Re-sharing at the same or a lower role changes nothing and costs no quota
 * (https://developers.google.com/apps-script/reference/drive/file#addViewer(String): "If the user
 * was already on the list of editors, this method has no effect").
 */

export type ShareRole = 'writer' | 'reader';

export interface ShareOptions {
  /** Whether Google emails the address (false only through the Drive API's `sendNotificationEmail`). */
  readonly notify: boolean;
  /** The Drive API method (`drive.permissions.create`) when shared through it: errors are its errors. */
  readonly api?: string;
}

const plausible = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Addresses a file is directly shared with (the owner aside). */
function sharedAddresses(item: FakeDriveItem): Set<string> {
  const all = new Set([...item.editors, ...item.viewers]);
  all.delete(item.owner);
  return all;
}

function refuse(options: ShareOptions, code: number, reason: string, apiMessage: string, appMessage = apiMessage) {
  return options.api ? apiError(options.api, code, apiMessage, reason) : new Error(appMessage);
}

/** Shares an item with an address at a role, as the acting user, or throws Google's refusal. */
export function share(world: FakeWorld, item: FakeDriveItem, email: string, role: ShareRole, options: ShareOptions) {
  const by = world.actingUser();
  if (!canWrite(world, item, by)) {
    throw refuse(
      options,
      403,
      'insufficientFilePermissions',
      `The user does not have sufficient permissions for file ${item.id}.`,
      'Access denied: DriveApp.',
    );
  }
  const address = String(email).trim().toLowerCase();
  if (world.unshareable.has(address) || !plausible.test(address)) {
    throw refuse(
      options,
      400,
      'invalidSharingRequest',
      `Bad Request. User message: "You are trying to invite ${address}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`,
      `Invalid email: ${email}`,
    );
  }
  if (address === item.owner || item.editors.includes(address) || (role === 'reader' && item.viewers.includes(address)))
    return;
  const shared = sharedAddresses(item);
  if (!shared.has(address) && shared.size >= world.shareLimit) {
    throw refuse(
      options,
      400,
      'invalidSharingRequest',
      `Bad Request. User message: "Sorry, «${item.name}» is already shared with ${world.shareLimit} people or groups, the most a file can be shared with."`,
    );
  }
  if (world.sharingQuota <= 0) {
    throw refuse(
      options,
      403,
      'sharingRateLimitExceeded',
      `Rate limit exceeded. User message: "These item(s) could not be shared because a rate limit was exceeded: ${item.name}"`,
    );
  }
  world.sharingQuota--;
  if (role === 'writer') {
    item.viewers = item.viewers.filter((v) => v !== address);
    item.editors.push(address);
  } else item.viewers.push(address);
  item.notified[address] = options.notify;
}

/** Removes an address's direct access (never the owner's). */
export function unshare(world: FakeWorld, item: FakeDriveItem, email: string, options: { api?: string } = {}) {
  const by = world.actingUser();
  if (!canWrite(world, item, by)) {
    throw refuse(
      { notify: false, ...options },
      403,
      'insufficientFilePermissions',
      `The user does not have sufficient permissions for file ${item.id}.`,
      'Access denied: DriveApp.',
    );
  }
  const address = String(email).trim().toLowerCase();
  if (address === item.owner) {
    throw refuse({ notify: false, ...options }, 403, 'cannotRemoveOwner', 'The owner of a file cannot be removed.');
  }
  item.editors = item.editors.filter((e) => e !== address);
  item.viewers = item.viewers.filter((v) => v !== address);
  delete item.notified[address];
}
