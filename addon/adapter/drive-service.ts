import { serviceOff } from './sheets-service';

/**
 * The Drive API advanced service (v3), or a Russian failure the action wrapper shows as is when it
 * is switched off in the script project (`Drive` is then not defined at all, so a bare reference
 * would throw).
 */
export function requireDrive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive?.Files) throw serviceOff('Drive API');
  return Drive;
}
