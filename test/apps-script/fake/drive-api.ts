import { canRead, canWrite } from './access';
import { apiError } from './api-error';
import type { CallCounter } from './calls';
import type { Json } from './cell-apply';
import { ordered, parseQuery, project } from './drive-query';
import { type FakeDriveItem, folderMime, spreadsheetMime } from './model';
import { type ShareRole, share, unshare } from './sharing';
import type { FakeWorld } from './world';

/**
 * The advanced `Drive` service, v3 shape (https://developers.google.com/drive/api/reference/rest/v3),
 * as the acting user:
 * - `Files.list({q, fields, pageSize, pageToken, orderBy})`: the items the user can see that match
 *   `q` (drive-query.ts); pages of `pageSize` ("1 to 1000, inclusive. (Default: 100)") with an opaque
 *   `nextPageToken`; without `fields`, each file has only `kind, id, name, mimeType`
 *   (https://developers.google.com/drive/api/guides/fields-parameter).
 * - `Files.get(id, {fields})`, `Files.create({name, mimeType, parents, appProperties})` (a spreadsheet
 *   MIME type makes an empty spreadsheet), `Files.update({name, trashed, appProperties}, id, blob?,
 *   {addParents, removeParents})`; `appProperties` are returned when `fields` asks for them.
 *   An item the user cannot see is 404 "File not found: ID." (handle-errors#notFound).
 * - `Permissions.create({role, type, emailAddress}, id, {sendNotificationEmail})` (sharing.ts),
 *   `Permissions.list(id)` (the owner's and the direct ones, then those a folder passes on, marked
 *   `permissionDetails[].inherited`), `Permissions.get`, `Permissions.remove(id, permissionId)` (the
 *   method name the Apps Script typings give for DELETE). A user's permission id is stable across
 *   files, as Drive's is; "anyone with the link" is `anyoneWithLink`.
 * Each call is counted as `Drive.<Collection>.<method>` and takes fake time.
 */

type FilesCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type PermissionsCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;

const roleName: Record<string, ShareRole | null> = { writer: 'writer', reader: 'reader', commenter: 'reader' };

/** A stable numeric id for a user's permission (Drive's are the same for a user on every file). */
function permissionId(email: string): string {
  let h = 2166136261;
  for (const ch of email.toLowerCase()) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `0${String(h).padStart(10, '0')}${String(email.length).padStart(3, '0')}`;
}

export function fileJson(world: FakeWorld, item: FakeDriveItem): Json {
  const user = world.actingUser();
  const url =
    item.mimeType === spreadsheetMime
      ? `https://docs.google.com/spreadsheets/d/${item.id}/edit`
      : item.mimeType === folderMime
        ? `https://drive.google.com/drive/folders/${item.id}`
        : `https://drive.google.com/file/d/${item.id}/view`;
  return {
    kind: 'drive#file',
    id: item.id,
    name: item.name,
    mimeType: item.mimeType,
    parents: [...item.parents],
    trashed: item.trashed,
    createdTime: new Date(item.createdTime).toISOString(),
    modifiedTime: new Date(item.modifiedTime).toISOString(),
    owners: item.owner ? [{ kind: 'drive#user', emailAddress: item.owner, me: item.owner === user }] : [],
    ownedByMe: item.owner !== '' && item.owner === user,
    ...(item.lastModifier
      ? { lastModifyingUser: { kind: 'drive#user', emailAddress: item.lastModifier, me: item.lastModifier === user } }
      : {}),
    webViewLink: url,
    capabilities: { canEdit: canWrite(world, item, user), canShare: canWrite(world, item, user) },
    ...(item.appProperties ? { appProperties: { ...item.appProperties } } : {}),
  };
}

/**
 * `appProperties` of a create or update: string values kept, a null value deletes its key ("To
 * delete a property, set its value to null", https://developers.google.com/drive/api/guides/properties).
 */
function mergeAppProperties(item: FakeDriveItem, given: unknown): void {
  if (given === undefined || given === null || typeof given !== 'object') return;
  const next = { ...(item.appProperties ?? {}) };
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    if (value === null) delete next[key];
    else next[key] = String(value);
  }
  item.appProperties = next;
}

function permissionsOf(world: FakeWorld, item: FakeDriveItem): Json[] {
  const out: Json[] = [];
  const add = (email: string, role: string, inheritedFrom?: string) => {
    const p: Json = { kind: 'drive#permission', id: permissionId(email), type: 'user', role, emailAddress: email };
    if (inheritedFrom) p.permissionDetails = [{ permissionType: 'file', role, inherited: true, inheritedFrom }];
    out.push(p);
  };
  if (item.owner) add(item.owner, 'owner');
  for (const e of item.editors) if (e !== item.owner) add(e, 'writer');
  for (const v of item.viewers) add(v, 'reader');
  if (item.link.access !== 'PRIVATE' && item.link.permission !== 'NONE')
    out.push({
      kind: 'drive#permission',
      id: 'anyoneWithLink',
      type: 'anyone',
      role: item.link.permission === 'EDIT' ? 'writer' : 'reader',
    });
  const direct = new Set(out.map((p) => p.emailAddress));
  for (const parentId of item.parents) {
    const parent = world.item(parentId);
    if (!parent || parent.id === world.rootFolderId) continue;
    for (const p of permissionsOf(world, parent)) {
      if (p.type !== 'user' || direct.has(p.emailAddress)) continue;
      const role = p.role === 'owner' ? 'writer' : p.role;
      add(p.emailAddress, role, p.permissionDetails?.[0]?.inheritedFrom ?? parent.id);
    }
  }
  return out;
}

export function fakeDriveService(world: FakeWorld, counter: CallCounter) {
  const visible = (method: string, id: string): FakeDriveItem => {
    const item = world.item(id);
    if (!item || !canRead(world, item, world.actingUser()))
      throw apiError(method, 404, `File not found: ${id}.`, 'notFound');
    return item;
  };
  const writable = (method: string, id: string): FakeDriveItem => {
    const item = visible(method, id);
    if (!canWrite(world, item, world.actingUser()))
      throw apiError(
        method,
        403,
        `The user does not have sufficient permissions for file ${id}.`,
        'insufficientFilePermissions',
      );
    return item;
  };
  const Files: Pick<FilesCollection, 'list' | 'get' | 'create' | 'update'> = {
    list(options: Json = {}) {
      counter.add('Drive.Files.list');
      const method = 'drive.files.list';
      const match = parseQuery(world, String(options.q ?? ''));
      const pageSize = options.pageSize === undefined ? 100 : Number(options.pageSize);
      if (!match || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
        throw apiError(method, 400, 'Invalid Value', 'invalid');
      const user = world.actingUser();
      const all = ordered(
        [...world.files.values()].filter((i) => i.id !== world.rootFolderId && canRead(world, i, user) && match(i)),
        options.orderBy,
      );
      if (!all) throw apiError(method, 400, 'Invalid Value', 'invalid');
      const start = options.pageToken ? Number(/^page:(\d+)$/.exec(String(options.pageToken))?.[1] ?? Number.NaN) : 0;
      if (Number.isNaN(start)) throw apiError(method, 400, 'Invalid Value', 'invalid');
      const page = all.slice(start, start + pageSize).map((item) => fileJson(world, item));
      const body: Json = { kind: 'drive#fileList', incompleteSearch: false, files: page };
      if (start + pageSize < all.length) body.nextPageToken = `page:${start + pageSize}`;
      if (options.fields === undefined) {
        body.files = page.map((f: Json) => ({ kind: f.kind, id: f.id, name: f.name, mimeType: f.mimeType }));
        return body;
      }
      return project(body, options.fields);
    },
    get(fileId: string, options: Json = {}) {
      counter.add('Drive.Files.get');
      const item = visible('drive.files.get', fileId);
      if (options.alt === 'media') return item.content ?? '';
      const json = fileJson(world, item);
      return options.fields === undefined
        ? { kind: json.kind, id: json.id, name: json.name, mimeType: json.mimeType }
        : project(json, options.fields);
    },
    create(resource: Json = {}, blob?: { getDataAsString(): string }, options: Json = {}) {
      counter.add('Drive.Files.create');
      const method = 'drive.files.create';
      const parentId = String(resource.parents?.[0] ?? world.rootFolderId);
      writable(method, parentId);
      const owner = world.actingUser();
      const name = String(resource.name ?? 'Untitled');
      const parent = world.item(parentId)!.id;
      const mimeType = String(resource.mimeType ?? 'application/octet-stream');
      const item =
        mimeType === spreadsheetMime
          ? world.createSpreadsheet(name, owner, world.scriptTimeZone, parent)
          : mimeType === folderMime
            ? world.createFolder(name, owner, parent)
            : world.createFile(name, blob?.getDataAsString() ?? '', mimeType, owner, parent);
      mergeAppProperties(item, resource.appProperties);
      const json = fileJson(world, item);
      return options.fields === undefined
        ? { kind: json.kind, id: json.id, name: json.name, mimeType: json.mimeType }
        : project(json, options.fields);
    },
    update(resource: Json, fileId: string, blob?: { getDataAsString(): string } | null, options: Json = {}) {
      counter.add('Drive.Files.update');
      const method = 'drive.files.update';
      const item = writable(method, fileId);
      for (const id of String(options.addParents ?? '')
        .split(',')
        .filter(Boolean))
        writable(method, id);
      if (resource?.name !== undefined) item.name = String(resource.name);
      if (resource?.trashed !== undefined) item.trashed = resource.trashed === true;
      mergeAppProperties(item, resource?.appProperties);
      const remove = String(options.removeParents ?? '')
        .split(',')
        .filter(Boolean);
      const add = String(options.addParents ?? '')
        .split(',')
        .filter(Boolean);
      item.parents = [
        ...item.parents.filter((p) => !remove.includes(p)),
        ...add.filter((p) => !item.parents.includes(p)),
      ];
      if (blob) {
        item.content = blob.getDataAsString();
        world.touch(item);
      }
      return project(fileJson(world, item), options.fields ?? 'kind,id,name,mimeType');
    },
  };
  const Permissions: Pick<PermissionsCollection, 'create' | 'list' | 'get' | 'remove'> = {
    create(resource: Json, fileId: string, options: Json = {}) {
      counter.add('Drive.Permissions.create');
      const method = 'drive.permissions.create';
      const item = visible(method, fileId);
      const role = roleName[String(resource?.role)];
      if (resource?.type === 'anyone') {
        writable(method, fileId);
        item.link = { access: 'ANYONE_WITH_LINK', permission: resource.role === 'writer' ? 'EDIT' : 'VIEW' };
        return { kind: 'drive#permission', id: 'anyoneWithLink', type: 'anyone', role: resource.role };
      }
      if (!role || (resource?.type !== 'user' && resource?.type !== 'group'))
        throw apiError(method, 400, 'Invalid Value', 'invalid');
      share(world, item, String(resource.emailAddress ?? ''), role, {
        notify: options.sendNotificationEmail !== false,
        api: method,
      });
      const email = String(resource.emailAddress).trim().toLowerCase();
      return { kind: 'drive#permission', id: permissionId(email), type: resource.type, role: resource.role };
    },
    list(fileId: string, options: Json = {}) {
      counter.add('Drive.Permissions.list');
      const item = visible('drive.permissions.list', fileId);
      return project({ kind: 'drive#permissionList', permissions: permissionsOf(world, item) }, options.fields);
    },
    get(fileId: string, id: string, options: Json = {}) {
      counter.add('Drive.Permissions.get');
      const method = 'drive.permissions.get';
      const found = permissionsOf(world, visible(method, fileId)).find((p) => p.id === id);
      if (!found) throw apiError(method, 404, `Permission not found: ${id}.`, 'notFound');
      return project(found, options.fields);
    },
    remove(fileId: string, id: string) {
      counter.add('Drive.Permissions.remove');
      const method = 'drive.permissions.delete';
      const item = visible(method, fileId);
      if (id === 'anyoneWithLink') {
        writable(method, fileId);
        item.link = { access: 'PRIVATE', permission: 'NONE' };
        return;
      }
      const found = permissionsOf(world, item).find((p) => p.id === id && !p.permissionDetails);
      if (!found) throw apiError(method, 404, `Permission not found: ${id}.`, 'notFound');
      unshare(world, item, found.emailAddress, { api: method });
    },
  };
  return { Files, Permissions } as unknown as GoogleAppsScript.Drive;
}
