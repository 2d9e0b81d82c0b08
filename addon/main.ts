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
  setUpSpreadsheet,
  showSidebar,
  sidebarCall,
} from './jobs/pending';
