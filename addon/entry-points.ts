/**
 * Every Apps Script global, in one place: the build appends a real top-level
 * `function NAME(...a) { return App.NAME(...a); }` for each, and `addon/main.ts` must export each.
 * Menu items, triggers, the sidebar's `google.script.run` calls and tests rely on these names.
 */
export const entryPoints = [
  'onOpen',
  'onInstall',
  'showSidebar',
  'setUpSpreadsheet',
  'createOrganisationTabs',
  'checkSubmissions',
  'buildSummary',
  'sendSummaryNow',
  'remindLate',
  'installMonthlyTrigger',
  'removeMonthlyTrigger',
  'monthlyJob',
  'hourlyJob',
  'sidebarCall',
] as const;

export type EntryPoint = (typeof entryPoints)[number];
