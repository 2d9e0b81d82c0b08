/**
 * The add-on's exports, bundled as the global `App`: one per name of `entry-points.ts`
 * (a test checks that the two lists agree).
 */
export { onInstall, onOpen } from './menu';
export { buildSummary, checkSubmissions, createOrganisationTabs, hourlyJob, sidebarCall } from './jobs/pending';
export { remindLate } from './mail/remind-late';
export { monthlyJob, sendSummaryNow } from './mail/send-summary';
export { installMonthlyTrigger, removeMonthlyTrigger } from './triggers/monthly-trigger';
export { setUpSpreadsheet } from './jobs/entry-jobs';
export { showSidebar } from './sidebar/show-sidebar';
