import { requireDrive } from '../adapter/drive-service';

/** The key under which an organisation's file carries its code (Drive `appProperties`, private to this app). */
export const orgCodeProperty = 'profkartaCode';
/** The key under which it carries the committee spreadsheet's id, so two committees may share a folder. */
export const committeeProperty = 'profkartaCommittee';

/** An organisation's file as the folder listing gives it. */
export interface OrgFile {
  readonly id: string;
  readonly name: string;
  /** RFC 3339 instant of the last change of the file's content (Drive's `modifiedTime`). */
  readonly modifiedTime: string;
  /** Its `appProperties` (the code, the committee, and the stamps tab creation leaves: `org-files.ts`). */
  readonly properties: Readonly<Record<string, string>>;
  /** Lower-cased email of who made that change (Drive's `lastModifyingUser`), '' when Drive does not say. */
  readonly lastModifier: string;
}

/** Files of a listing page: up to 1,000 per call ("pageSize … 1 to 1000", Drive v3 files.list). */
const pageSize = 1000;

/**
 * The organisation files of `Папка отчётов` (design §2), by organisation code, from ONE Drive listing
 * per 1,000 files (`Drive.Files.list` on the folder, not trashed, with `appProperties` and
 * `modifiedTime` and who made the last change): this is how check and build learn which files
 * changed since they were last read.
 * Files without our code, or made for another committee, are ignored; of two files carrying one
 * code the most recently modified is taken.
 *
 * @param folderId - `Папка отчётов`
 * @param committeeId - the committee's spreadsheet id
 * @returns files by code (codes as stored: trimmed, case kept)
 * @example listOrgFiles(folderId, committeeId).get('S0001')?.modifiedTime // '2024-01-31T10:00:00.000Z'
 */
export function listOrgFiles(folderId: string, committeeId: string): Map<string, OrgFile> {
  const drive = requireDrive();
  const files = new Map<string, OrgFile>();
  let pageToken: string | undefined;
  do {
    const page = drive.Files!.list({
      q: `'${folderId}' in parents and trashed = false and mimeType = 'application/vnd.google-apps.spreadsheet'`,
      fields: 'nextPageToken,files(id,name,modifiedTime,lastModifyingUser(emailAddress),appProperties)',
      pageSize,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const f of page.files ?? []) {
      const props = (f.appProperties ?? {}) as Record<string, string>;
      const code = props[orgCodeProperty]?.trim();
      if (!code || !f.id || (props[committeeProperty] && props[committeeProperty] !== committeeId)) continue;
      const file: OrgFile = {
        id: f.id,
        name: f.name ?? '',
        modifiedTime: f.modifiedTime ?? '',
        properties: props,
        lastModifier: (f.lastModifyingUser?.emailAddress ?? '').toLowerCase(),
      };
      const known = files.get(code);
      if (!known || file.modifiedTime > known.modifiedTime) files.set(code, file);
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return files;
}
