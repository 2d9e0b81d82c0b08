/** Characters a POSIX shell or PowerShell still reads inside double quotes, or that end them. */
const specialInDoubleQuotes = /[$`"!\n]|\\(?=[\\$`"]|$)/;

/**
 * A path or argument as it is pasted into a shell in a suggested command («Дальше: npx profkarta
 * …»): in double quotes, which bash, zsh, PowerShell and cmd.exe all take as one argument with
 * spaces, Cyrillic letters, `;` and `«»` inside; in single quotes when it holds what a shell still
 * reads inside double quotes (`$`, a backquote, `"`, `!`, a backslash before one of them or at the
 * end), each `'` then written as `'\''`. Every suggestion of the command line quotes through this.
 *
 * @param value - the path as the user typed it (or as the command resolved it)
 * @example shellQuote('/tmp/m/книга-2024-2.xlsx') // '"/tmp/m/книга-2024-2.xlsx"'
 * @example shellQuote('отчёт $5.xlsx') // "'отчёт $5.xlsx'"
 */
export function shellQuote(value: string): string {
  if (!specialInDoubleQuotes.test(value)) return `"${value}"`;
  return `'${value.replaceAll("'", "'\\''")}'`;
}
