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
  installMonthlyTrigger,
  monthlyJob,
  remindLate,
  removeMonthlyTrigger,
  sendSummaryNow,
  sidebarCall,
} from './jobs/pending';
export { setUpSpreadsheet } from './jobs/entry-jobs';
export { showSidebar } from './sidebar/show-sidebar';
