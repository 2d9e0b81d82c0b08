/**
 * Errors of the advanced services as Apps Script raises them: a `GoogleJsonResponseException` whose
 * message is `API call to <api.method> failed with error: <the API's message>` and whose `details`
 * carry the HTTP code and reason (https://developers.google.com/apps-script/guides/services/advanced#how_method_signatures_are_determined
 * shows the call shape; the JSON error body is the API's: https://developers.google.com/drive/api/guides/handle-errors).
 */
export class GoogleJsonResponseException extends Error {
  override readonly name = 'GoogleJsonResponseException';
  constructor(
    method: string,
    readonly details: { readonly code: number; readonly message: string; readonly reason?: string },
  ) {
    super(`API call to ${method} failed with error: ${details.message}`);
  }
}

export function apiError(method: string, code: number, message: string, reason?: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(method, reason === undefined ? { code, message } : { code, message, reason });
}
