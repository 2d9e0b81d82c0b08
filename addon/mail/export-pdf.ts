import { errorText } from '../adapter/sheets-service';
/** How many times the export is tried, and the first pause; pauses double (2 s, 4 s, 8 s, 16 s). */
const exportTries = 5;
const firstPauseMs = 2000;

export type ExportOutcome =
  | { readonly ok: true; readonly blob: GoogleAppsScript.Base.Blob; readonly attempts: number }
  | { readonly ok: false; readonly status: number | null; readonly attempts: number; readonly reason: string };

/**
 * The spreadsheet export endpoint for one tab as an A4 portrait PDF, fitted to the page width,
 * without gridlines, notes, sheet title or page numbers repeated per tab.
 *
 * @param spreadsheetId - the committee's spreadsheet
 * @param gid - the `Сводка` tab's sheet id
 */
function pdfExportUrl(spreadsheetId: string, gid: number): string {
  const params = [
    'format=pdf',
    `gid=${gid}`,
    'size=A4',
    'portrait=true',
    'fitw=true',
    'gridlines=false',
    'printnotes=false',
    'sheetnames=false',
    'printtitle=false',
    'pagenum=CENTER',
    'fzr=false',
    'top_margin=0.5',
    'bottom_margin=0.5',
    'left_margin=0.5',
    'right_margin=0.5',
  ];
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${params.join('&')}`;
}

/** 429 (too many requests) and 5xx are worth another try; 401/403/404 are not. */
function retriable(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * Exports one tab as PDF with the user's (or trigger owner's) token, retrying 429 and 5xx with
 * exponential backoff. Call `SpreadsheetApp.flush()` first so the export sees the fresh values.
 *
 * @param spreadsheetId - the spreadsheet
 * @param gid - the tab
 * @param fileName - the attachment's name, e.g. `Сводка 01.02.2024.pdf`
 */
export function exportSheetPdf(spreadsheetId: string, gid: number, fileName: string): ExportOutcome {
  const url = pdfExportUrl(spreadsheetId, gid);
  let status: number | null = null;
  let reason = '';
  for (let attempt = 1; attempt <= exportTries; attempt++) {
    try {
      const response = UrlFetchApp.fetch(url, {
        headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
        muteHttpExceptions: true,
      });
      status = response.getResponseCode();
      if (status === 200) {
        const blob = response.getBlob();
        // A login page comes back as 200 text/html when the token lacks access.
        if (!/pdf/i.test(blob.getContentType() ?? '')) {
          return {
            ok: false,
            status,
            attempts: attempt,
            reason: 'вместо PDF пришла веб-страница (нет доступа к таблице?)',
          };
        }
        return { ok: true, blob: blob.setName(fileName), attempts: attempt };
      }
      reason = `код ответа ${status}`;
      if (!retriable(status)) return { ok: false, status, attempts: attempt, reason };
    } catch (error) {
      // A network failure or a fetch timeout: as transient as a 5xx.
      reason = errorText(error);
    }
    if (attempt < exportTries) Utilities.sleep(firstPauseMs * 2 ** (attempt - 1));
  }
  return { ok: false, status, attempts: exportTries, reason };
}
