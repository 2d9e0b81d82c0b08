import { describe, expect, it } from 'vitest';
import { owner, scene } from './scene';

const schoolA = 'school1@example.ru';

type Permission = { id: string; role: string; emailAddress?: string; permissionDetails?: unknown[] };

function permissions(s: ReturnType<typeof scene>, id: string): Permission[] {
  return (s.Drive.Permissions!.list(id) as { permissions: Permission[] }).permissions;
}

const writer = (emailAddress: string) => ({ role: 'writer', type: 'user', emailAddress });

// https://developers.google.com/drive/api/reference/rest/v3/permissions/create
describe('notification emails', () => {
  it('are sent by default ("defaults to true for users and groups")', () => {
    const s = scene();
    s.Drive.Permissions!.create(writer(schoolA), s.book.id);
    expect(s.book.notified[schoolA]).toBe(true);
  });

  it('are not sent with sendNotificationEmail: false', () => {
    const s = scene();
    s.Drive.Permissions!.create(writer(schoolA), s.book.id, { sendNotificationEmail: false });
    expect(s.book.notified[schoolA]).toBe(false);
    expect(s.book.editors).toContain(schoolA);
  });

  it('are always sent by addEditor, which has no such option', () => {
    const s = scene();
    s.SpreadsheetApp.openById(s.book.id).addEditor('a@example.ru');
    s.DriveApp.getFileById(s.book.id).addEditor('b@example.ru');
    expect(s.book.notified).toEqual({ 'a@example.ru': true, 'b@example.ru': true });
  });
});

// https://developers.google.com/drive/api/reference/rest/v3/permissions
describe('Drive.Permissions', () => {
  it("lists the owner, the direct permissions, and a folder's as inherited", () => {
    const s = scene();
    const folder = s.DriveApp.createFolder('Папка');
    s.DriveApp.getFileById(s.book.id).moveTo(folder);
    folder.addEditor('staff@example.ru');
    s.Drive.Permissions!.create(writer(schoolA), s.book.id, { sendNotificationEmail: false });
    const list = permissions(s, s.book.id);
    expect(list.map((p) => [p.emailAddress, p.role, p.permissionDetails ? 'inherited' : 'direct'])).toEqual([
      [owner, 'owner', 'direct'],
      [schoolA, 'writer', 'direct'],
      ['staff@example.ru', 'writer', 'inherited'],
    ]);
  });

  it("removes a direct permission by id, a user's id being the same on every file", () => {
    const s = scene();
    const other = s.world.createSpreadsheet('Другая', owner);
    const made = s.Drive.Permissions!.create(writer(schoolA), s.book.id, { sendNotificationEmail: false });
    s.Drive.Permissions!.create(writer(schoolA), other.id, { sendNotificationEmail: false });
    expect(permissions(s, other.id).find((p) => p.emailAddress === schoolA)?.id).toBe(made.id);
    s.Drive.Permissions!.remove(s.book.id, made.id!);
    expect(s.book.editors).toEqual([owner]);
  });

  it('refuses to remove the owner', () => {
    const s = scene();
    const ownerPermission = permissions(s, s.book.id)[0]!;
    expect(() => s.Drive.Permissions!.remove(s.book.id, ownerPermission.id)).toThrow(
      'The owner of a file cannot be removed.',
    );
  });

  it('counts every call', () => {
    const s = scene();
    s.Drive.Permissions!.create(writer(schoolA), s.book.id);
    permissions(s, s.book.id);
    expect([s.counter.get('Drive.Permissions.create'), s.counter.get('Drive.Permissions.list')]).toEqual([1, 1]);
  });
});

// "Files can be shared with up to 600 people or groups": https://support.google.com/drive/answer/2494822
describe('the 600-address limit', () => {
  it('refuses the 601st distinct address, and nothing changes', () => {
    const s = scene();
    for (let i = 1; i <= 600; i++)
      s.Drive.Permissions!.create(writer(`user${i}@example.ru`), s.book.id, { sendNotificationEmail: false });
    expect(() => s.Drive.Permissions!.create(writer('user601@example.ru'), s.book.id)).toThrow(
      'API call to drive.permissions.create failed with error: Bad Request.',
    );
    expect(s.book.editors).toHaveLength(601);
    expect(() => s.DriveApp.getFileById(s.book.id).addViewer('user601@example.ru')).toThrow('600 people or groups');
  });

  it('still accepts an address already shared with', () => {
    const s = scene();
    s.world.shareLimit = 1;
    s.SpreadsheetApp.openById(s.book.id).addEditor(schoolA);
    expect(() => s.SpreadsheetApp.openById(s.book.id).addEditor(schoolA)).not.toThrow();
    expect(() => s.SpreadsheetApp.openById(s.book.id).addEditor('second@example.ru')).toThrow('1 people or groups');
  });
});

// sharingRateLimitExceeded: https://developers.google.com/drive/api/guides/handle-errors#sharing
describe('the sharing quota', () => {
  it('refuses sharing past the quota with the text Drive documents, for the Drive API and DriveApp alike', () => {
    const s = scene();
    s.world.sharingQuota = 1;
    s.Drive.Permissions!.create(writer('first@example.ru'), s.book.id, { sendNotificationEmail: false });
    const text = `Rate limit exceeded. User message: "These item(s) could not be shared because a rate limit was exceeded: ${s.book.name}"`;
    expect(() => s.Drive.Permissions!.create(writer(schoolA), s.book.id)).toThrow(text);
    expect(() => s.DriveApp.getFileById(s.book.id).addEditor(schoolA)).toThrow(text);
    expect(s.book.editors).toEqual([owner, 'first@example.ru']);
  });

  it('carries the HTTP code and reason of the refusal', () => {
    const s = scene();
    s.world.sharingQuota = 0;
    let details: unknown;
    try {
      s.Drive.Permissions!.create(writer(schoolA), s.book.id);
    } catch (error) {
      details = (error as { details?: unknown }).details;
    }
    expect(details).toMatchObject({ code: 403, reason: 'sharingRateLimitExceeded' });
  });
});

describe('who and what can be shared', () => {
  it('refuses an address Google refuses: Invalid email in DriveApp, invalidSharingRequest in the Drive API', () => {
    const s = scene();
    s.world.unshareable.add('noaccount@example.org');
    expect(() => s.SpreadsheetApp.openById(s.book.id).addEditor('noaccount@example.org')).toThrow(
      'Invalid email: noaccount@example.org',
    );
    expect(() =>
      s.Drive.Permissions!.create(writer('noaccount@example.org'), s.book.id, { sendNotificationEmail: false }),
    ).toThrow('Since there is no Google account associated with this email address');
  });

  it('lets only the owner or an editor share ("insufficientFilePermissions")', () => {
    const s = scene();
    s.book.viewers.push(schoolA);
    expect(() => s.world.asUser(schoolA, () => s.Drive.Permissions!.create(writer('x@example.ru'), s.book.id))).toThrow(
      `The user does not have sufficient permissions for file ${s.book.id}.`,
    );
  });
});
