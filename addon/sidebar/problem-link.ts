/** The spreadsheet id in a Google Sheets link (`…/spreadsheets/d/ID/edit#gid=…`), or null. */
export function spreadsheetIdOf(url: string): string | null {
  return /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([\w-]+)/.exec(url)?.[1] ?? null;
}

/**
 * Whether a click on a problem's link should select its cell through the server rather than follow
 * the link (which reloads the spreadsheet): yes unless the link points into another spreadsheet
 * (the reports spreadsheet of the two-spreadsheet form). With the open spreadsheet's id unknown,
 * selecting is tried, and the link is the fallback when the server answers `ok: false`.
 *
 * @param url - the problem's link
 * @param openId - the id of the spreadsheet the sidebar is open in, if known
 */
export function selectsInPlace(url: string, openId: string | undefined): boolean {
  const target = spreadsheetIdOf(url);
  return openId === undefined || target === null || target === openId;
}
