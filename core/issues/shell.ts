/**
 * Where a message is read: the add-on (menus, the sidebar, the spreadsheet's tabs) or the command
 * line. A core issue has one code; a message that tells the reader what to do says it the way
 * that shell can do it.
 */
export type Shell = 'addon' | 'cli';
