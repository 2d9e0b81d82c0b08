import { menuItems } from './actions';

/**
 * Builds the menu from the registry (`actions.ts`). With `AuthMode.NONE` (the add-on not yet used
 * in this document) Apps Script forbids touching anything but the menu, so this reads no
 * properties and no cells.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of menuItems) {
    if (item.separatorBefore) menu.addSeparator();
    menu.addItem(item.label, item.fn);
  }
  menu.addToUi();
}

/** Installing the add-on opens the document's menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
