const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML content and attribute values.
 *
 * @param text - any text, a school's included
 * @example escapeHtml('<b>«СОШ»</b>') // '&lt;b&gt;«СОШ»&lt;/b&gt;'
 */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => entities[c] ?? c);
}
