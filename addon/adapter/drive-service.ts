import { serviceOff } from './sheets-service';

/**
 * The Drive API advanced service (v3), or null when it is switched off in the script project
 * (`Drive` is then not defined at all, so a bare reference would throw).
 */
function driveService(): GoogleAppsScript.Drive | null {
  return typeof Drive === 'undefined' || !Drive ? null : Drive;
}

/** The service, or a Russian failure the action wrapper shows as is. */
export function requireDrive(): GoogleAppsScript.Drive {
  const service = driveService();
  if (!service?.Files) {
    throw serviceOff('Drive API');
  }
  return service;
}
