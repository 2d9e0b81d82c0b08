/** The add-on menu: one item per committee action, in the order staff use them. */
export const menuItems: readonly { readonly label: string; readonly fn: string }[] = [
  { label: 'Открыть панель Профкарты', fn: 'showSidebar' },
  { label: 'Проверить отчёты', fn: 'checkSubmissions' },
  { label: 'Собрать сводку', fn: 'buildSummary' },
  { label: 'Напомнить не сдавшим', fn: 'remindLate' },
  { label: 'Отправить сводку сейчас', fn: 'sendSummaryNow' },
  { label: 'Настроить таблицу', fn: 'setUpSpreadsheet' },
  { label: 'Создать и обновить листы организаций', fn: 'createOrganisationTabs' },
  { label: 'Включить ежемесячную рассылку', fn: 'installMonthlyTrigger' },
];

/**
 * Builds the menu. With `AuthMode.NONE` (the add-on not yet used in this document) Apps Script
 * forbids touching anything but the menu, so this reads no properties and no cells.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  menuItems.forEach((item, index) => {
    if (index === 5) menu.addSeparator();
    menu.addItem(item.label, item.fn);
  });
  menu.addToUi();
}

/** Installing the add-on opens the document's menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
