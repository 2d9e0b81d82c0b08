/**
 * The add-on's exports, bundled as the global `App`: one per name of `entry-points.ts`
 * (a test checks that the two lists agree).
 */
export { onInstall, onOpen } from './menu';
export {
  buildSummary,
  checkSubmissions,
  createOrganisationTabs,
  hourlyJob,
  monthlyJob,
  sendSummaryNow,
  setUpSpreadsheet,
} from './jobs/entry-jobs';
export { sidebarCall } from './jobs/sidebar-call';
export { remindLate } from './mail/remind-late';
export { showSidebar } from './sidebar/show-sidebar';
export { installMonthlyTrigger, removeMonthlyTrigger } from './triggers/monthly-trigger';
