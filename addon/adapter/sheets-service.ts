/**
 * The Sheets API advanced service, or null when it is switched off in the script project
 * (`Sheets` is then not defined at all, so a bare reference would throw).
 */
export function sheetsService(): GoogleAppsScript.Sheets | null {
  return typeof Sheets === 'undefined' || !Sheets ? null : Sheets;
}

/** The service, or a Russian failure the action wrapper shows as is. */
export function requireSheets(): GoogleAppsScript.Sheets {
  const service = sheetsService();
  if (!service) {
    throw serviceOff('Google Sheets API');
  }
  return service;
}

/**
 * The refusal when an advanced service is switched off in the script project.
 *
 * @param name - the service as the editor's «Службы» list names it
 */
export function serviceOff(name: string): UserFacingError {
  return new UserFacingError(
    `Служба ${name} выключена. Откройте редактор скриптов → «Службы» → добавьте «${name}» и повторите.`,
  );
}

/** A failure whose message is already a clear Russian sentence for the user. */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

/**
 * What a failure says: its message, or the thrown value as text (Apps Script services throw
 * `Error`s; anything else is shown as it is).
 *
 * @example errorText(new Error('Quota exceeded')) // 'Quota exceeded'
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
