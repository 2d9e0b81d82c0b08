// Entry points whose jobs are being built: each answers with a Russian message instead of failing silently.
function pending(name: string): () => { ok: false; message: string } {
  return () => ({ ok: false, message: `Действие «${name}» пока не готово.` });
}

export const createOrganisationTabs = pending('createOrganisationTabs');
export const checkSubmissions = pending('checkSubmissions');
export const buildSummary = pending('buildSummary');
export const sendSummaryNow = pending('sendSummaryNow');
export const remindLate = pending('remindLate');
export const installMonthlyTrigger = pending('installMonthlyTrigger');
export const removeMonthlyTrigger = pending('removeMonthlyTrigger');
export const monthlyJob = pending('monthlyJob');
export const hourlyJob = pending('hourlyJob');
export const sidebarCall = pending('sidebarCall');
