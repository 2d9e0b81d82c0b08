const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** A plain-text rendering of simple HTML (the email's fallback body for clients without HTML). */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '')
      // A link keeps its address: a reader without HTML must still be able to open it.
      .replace(/<a\s[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, text: string) => `${text}: ${href}`)
      .replace(/<br\s*\/?>/gi, '\n')
      // A block opened after text starts its own line («50 % (3 из 6)» then «учтено 6 из 6 организаций»).
      .replace(/<(p|div)(\s[^>]*)?>/gi, '\n')
      .replace(/<\/(p|div|h[1-6]|tr|li|table|ul|ol)>/gi, '\n')
      .replace(/<li[^>]*>/gi, '• ')
      .replace(/<\/t[dh]>/gi, '\t')
      .replace(/<[^>]+>/g, '')
      .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, name: string) => entities[name] ?? '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
