import { tabKey } from '../../core/check/find-tab';
import type { Organisation } from '../../core/directory/organisation';
import { isReservedTabName } from '../../core/directory/reserved-tab-names';
import { formVersion } from '../../core/form/form-version';
import { locateForm } from '../../core/form/locate-form';
import { organisationSection } from '../../core/form/form-spec';
import type { SheetData } from '../../core/grid/sheet-data';
import { cellText } from '../../core/values/cell-text';
import type { ReturnedFile } from './read-returned-file';
import type { Note, Rejection } from './receipt-messages';

/** A returned file matched to its organisation and form tab, or why it cannot be. */
export type Identified =
  | { readonly ok: true; readonly org: Organisation; readonly tab: SheetData; readonly notes: readonly Note[] }
  | { readonly ok: false; readonly reason: Rejection; readonly org?: Organisation };

/** The tabs of a file that hold an organisation form (a section found), the service tabs aside. */
function formTabs(tabs: readonly SheetData[]): SheetData[] {
  return tabs.filter(
    (t) => !isReservedTabName(String(t.name ?? '')) && locateForm(t, { lenient: true }).sections.size > 0,
  );
}

/** The `Код` of section 1 of a form tab, as text; '' when absent. */
function sectionOneCode(tab: SheetData): string {
  const place = locateForm(tab, { lenient: true }).fields.get(organisationSection.id)?.get('code');
  return place ? cellText(tab.values[place.row]?.[place.column + 1]) : '';
}

/**
 * Which organisation a returned file is for (design §8): by its `Профкарта` marker — refused when
 * it is a book's, another book's or a newer form's — else, with a note, by the `Код` of section 1
 * of its one form tab (or that tab's name). The organisation must be active in the directory. The
 * form tab is the one named by the code, else the file's one form tab.
 *
 * @param file - the file read
 * @param book - the identity of the book collecting
 * @param directory - every organisation of `Организации`
 * @param current - the form version of this Профкарта (default: `formVersion`)
 * @example identifyReturned(file, '6f1c…', orgs) // { ok: true, org: { code: 'SCH1', … }, tab, notes: [] }
 */
export function identifyReturned(
  file: ReturnedFile,
  book: string,
  directory: readonly Organisation[],
  current: number = formVersion,
): Identified {
  const marker = file.marker;
  const notes: Note[] = [];
  const forms = formTabs(file.tabs);
  let code: string;
  if (marker?.code) {
    if (marker.book !== book) return { ok: false, reason: { code: 'other_book', params: {} } };
    if (marker.formVersion !== null && marker.formVersion > current) {
      return {
        ok: false,
        reason: { code: 'newer_form', params: { version: marker.formVersion, current } },
      };
    }
    if (marker.formVersion !== null && marker.formVersion < current) {
      notes.push({ code: 'older_form', params: { version: marker.formVersion, current } });
    }
    code = marker.code;
  } else if (marker?.book) {
    return { ok: false, reason: { code: 'is_book', params: {} } };
  } else {
    if (forms.length === 0) return { ok: false, reason: { code: 'no_form', params: {} } };
    if (forms.length > 1)
      return { ok: false, reason: { code: 'several_forms', params: { tabs: forms.map((t) => t.name) } } };
    const only = forms[0]!;
    const fromForm = sectionOneCode(only);
    code = fromForm || String(only.name).trim();
    notes.push({ code: 'no_marker', params: { by: fromForm ? 'code' : 'tab' } });
  }
  const org = directory.find((o) => tabKey(o.code) === tabKey(code));
  if (!org) return { ok: false, reason: { code: 'unknown_org', params: { org: code } } };
  if (!org.active) return { ok: false, reason: { code: 'inactive_org', params: { org: org.code } }, org };
  const tab = forms.find((t) => tabKey(t.name) === tabKey(org.code)) ?? (forms.length === 1 ? forms[0] : undefined);
  if (!tab) {
    return forms.length === 0
      ? { ok: false, reason: { code: 'no_form', params: {} }, org }
      : { ok: false, reason: { code: 'several_forms', params: { tabs: forms.map((t) => t.name) } }, org };
  }
  return { ok: true, org, tab, notes };
}
