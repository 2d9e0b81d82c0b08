/** Opens the committee's panel: `dist/Sidebar.html`, CSS and JS inlined by the build. */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Профкарта');
  SpreadsheetApp.getUi().showSidebar(html);
}
