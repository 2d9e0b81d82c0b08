import { canRead, canWrite, roleOf } from './access';
import { type CallCounter, counted } from './calls';
import { fileJson } from './drive-api';
import { type FakeDriveItem, type FakeLinkSharing, folderMime } from './model';
import { share, unshare } from './sharing';
import type { FakeWorld } from './world';

/**
 * `DriveApp` over the fake world (https://developers.google.com/apps-script/reference/drive), as the
 * acting user: `getFolderById`, `getFileById` (an item the user cannot see: "No item with the given
 * ID could be found, or you do not have permission to access it."), `getRootFolder`,
 * `createFolder`, `createFile`, `continueFileIterator`; File and Folder with their name, URL, owner
 * (null in a shared drive), editors and viewers ("If the user who executes the script does not have
 * edit access … returns an empty array"), `addEditor(s)`/`addViewer(s)`/`removeEditor`/
 * `removeViewer`/`revokePermissions` (sharing.ts: notification always sent), `getLastUpdated`,
 * `getDateCreated`, `getParents`, `moveTo`, `setTrashed`, `setSharing`, `getAccess`; a Folder's
 * `getFiles`/`getFolders`/`getFilesByName` (not trashed, visible to the user) as iterators with
 * `getContinuationToken`. Counted as `DriveApp.*`, `File.*`, `Folder.*`, `FileIterator.*`.
 */

const notFound = 'No item with the given ID could be found, or you do not have permission to access it.';
const accessDenied = 'Access denied: DriveApp.';

const Access = {
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
} as const;
const Permission = {
  VIEW: 'VIEW',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  OWNER: 'OWNER',
  ORGANIZER: 'ORGANIZER',
  NONE: 'NONE',
};

export function fakeDriveApp(world: FakeWorld, counter: CallCounter): GoogleAppsScript.Drive.DriveApp {
  const user = (email: string) => ({ getEmail: () => email, getName: () => email.split('@')[0] ?? '' });
  const me = () => world.actingUser();
  const emails = (target: string | { getEmail(): string }) => (typeof target === 'string' ? target : target.getEmail());

  const iterator = (kind: 'File' | 'Folder', token: string, ids: string[], start = 0) => {
    let index = start;
    return counted(
      {
        hasNext: () => index < ids.length,
        next() {
          const id = ids[index++];
          if (id === undefined) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
          return kind === 'File' ? file(world.item(id)!) : folder(world.item(id)!);
        },
        getContinuationToken: () => `${token}|${index}`,
      },
      `${kind}Iterator`,
      counter,
    );
  };
  const children = (parent: FakeDriveItem, folders: boolean, name?: string) =>
    [...world.files.values()]
      .filter(
        (i) =>
          i.parents.includes(parent.id) &&
          !i.trashed &&
          (i.mimeType === folderMime) === folders &&
          (name === undefined || i.name === name) &&
          canRead(world, i, me()),
      )
      .map((i) => i.id);

  const common = (item: FakeDriveItem, self: () => unknown) => ({
    getId: () => item.id,
    getName: () => item.name,
    setName(name: string) {
      if (!canWrite(world, item, me())) throw new Error(accessDenied);
      item.name = String(name);
      return self();
    },
    getUrl: () => fileJson(world, item).webViewLink as string,
    getOwner: () => (item.owner ? user(item.owner) : null),
    getEditors: () => (canWrite(world, item, me()) ? item.editors.map(user) : []),
    getViewers: () => (canWrite(world, item, me()) ? item.viewers.map(user) : []),
    addEditor(target: string | { getEmail(): string }) {
      share(world, item, emails(target), 'writer', { notify: true });
      return self();
    },
    addEditors(list: string[]) {
      for (const e of list) share(world, item, e, 'writer', { notify: true });
      return self();
    },
    addViewer(target: string | { getEmail(): string }) {
      share(world, item, emails(target), 'reader', { notify: true });
      return self();
    },
    addViewers(list: string[]) {
      for (const e of list) share(world, item, e, 'reader', { notify: true });
      return self();
    },
    removeEditor(target: string | { getEmail(): string }) {
      const email = emails(target).trim().toLowerCase();
      if (item.editors.includes(email)) unshare(world, item, email);
      return self();
    },
    removeViewer(target: string | { getEmail(): string }) {
      const email = emails(target).trim().toLowerCase();
      if (item.viewers.includes(email)) unshare(world, item, email);
      return self();
    },
    revokePermissions(target: string | { getEmail(): string }) {
      unshare(world, item, emails(target));
      return self();
    },
    getAccess(target: string | { getEmail(): string }) {
      const role = roleOf(world, item, emails(target));
      return role === 'owner' ? 'OWNER' : role === 'writer' ? 'EDIT' : role === 'reader' ? 'VIEW' : 'NONE';
    },
    getLastUpdated: () => new Date(item.modifiedTime),
    getDateCreated: () => new Date(item.createdTime),
    getParents: () =>
      iterator(
        'Folder',
        `parents:${item.id}`,
        item.parents.filter((p) => canRead(world, world.item(p)!, me())),
      ),
    moveTo(destination: { getId(): string }) {
      const target = world.item(destination.getId());
      if (!target || !canWrite(world, item, me()) || !canWrite(world, target, me())) throw new Error(accessDenied);
      item.parents = [target.id];
      return self();
    },
    isTrashed: () => item.trashed,
    setTrashed(trashed: boolean) {
      if (item.owner !== me() && !canWrite(world, item, me())) throw new Error(accessDenied);
      item.trashed = trashed === true;
      return self();
    },
    getSharingAccess: () => item.link.access,
    getSharingPermission: () => item.link.permission,
    setSharing(access: FakeLinkSharing['access'], permission: FakeLinkSharing['permission']) {
      if (!canWrite(world, item, me())) throw new Error(accessDenied);
      item.link = { access, permission };
      return self();
    },
  });

  const file = (item: FakeDriveItem): unknown => {
    let facade: unknown;
    facade = counted(
      {
        ...common(item, () => facade),
        getMimeType: () => item.mimeType,
        getBlob: () => ({ getDataAsString: () => item.content ?? '', getContentType: () => item.mimeType }),
        setContent(content: string) {
          if (!canWrite(world, item, me())) throw new Error(accessDenied);
          item.content = String(content);
          world.touch(item);
          return facade;
        },
      },
      'File',
      counter,
    );
    return facade;
  };

  const folder = (item: FakeDriveItem): unknown => {
    let facade: unknown;
    const create = (name: string, content: string, mimeType: string) => {
      if (!canWrite(world, item, me())) throw new Error(accessDenied);
      return world.createFile(String(name), String(content), mimeType, me(), item.id);
    };
    facade = counted(
      {
        ...common(item, () => facade),
        getFiles: () => iterator('File', `files:${item.id}`, children(item, false)),
        getFilesByName: (name: string) => iterator('File', `files:${item.id}:${name}`, children(item, false, name)),
        getFolders: () => iterator('Folder', `folders:${item.id}`, children(item, true)),
        createFile: (name: string, content: string, mimeType = 'text/plain') => file(create(name, content, mimeType)),
        createFolder(name: string) {
          if (!canWrite(world, item, me())) throw new Error(accessDenied);
          return folder(world.createFolder(String(name), me(), item.id));
        },
      },
      'Folder',
      counter,
    );
    return facade;
  };

  const lookup = (id: string, folders: boolean) => {
    const item = world.item(String(id));
    if (!item || (item.mimeType === folderMime) !== folders || !canRead(world, item, me())) throw new Error(notFound);
    return item;
  };

  const app = {
    Access,
    Permission,
    getFolderById: (id: string) => folder(lookup(id, true)),
    getFileById: (id: string) => file(lookup(id, false)),
    getRootFolder: () => folder(world.item(world.rootFolderId)!),
    createFolder: (name: string) => folder(world.createFolder(String(name), me())),
    createFile: (name: string, content: string, mimeType = 'text/plain') =>
      file(world.createFile(String(name), String(content), mimeType, me())),
    continueFileIterator(token: string) {
      const [kind, at] = String(token).split('|');
      const [what, id, name] = String(kind).split(':');
      const parent = world.item(id ?? '');
      if (!parent || what !== 'files') throw new Error('Invalid continuation token.');
      return iterator('File', kind!, children(parent, false, name), Number(at));
    },
  };
  return counted(app, 'DriveApp', counter) as unknown as GoogleAppsScript.Drive.DriveApp;
}
