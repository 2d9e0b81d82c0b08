const phonePattern = /(?:\+7|\b8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}\b/g;
const emailPattern = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[\p{L}]{2,}/gu;

/**
 * Phone numbers and email addresses found in a text: the summary email and PDF carry aggregated
 * figures only (design §10), so anything found here stops the send.
 *
 * @param text - the email's HTML or text
 * @example findPersonalData('Звоните +7 351 123-45-67') // ['+7 351 123-45-67']
 */
export function findPersonalData(text: string): string[] {
  return [...(text.match(phonePattern) ?? []), ...(text.match(emailPattern) ?? [])];
}
