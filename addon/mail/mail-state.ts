import { documentProperties } from '../infra/properties';
import type { SidebarState } from '../sidebar-protocol';
import { monthlyTriggerState } from '../triggers/monthly-trigger';
import { pendingReminders } from './remind-late';
import { lastSummarySendProperty } from './send-summary';

/**
 * The sidebar state's mail part: when the summary was last sent, the monthly trigger (on or off,
 * at which hour) and a reminder round left part-way by the quota.
 *
 * @param settingsHour - `Час отправки сводки` of `Настройки`, shown when the trigger is off
 */
export function mailState(
  settingsHour: number,
): Pick<SidebarState, 'lastSend' | 'triggerInstalled' | 'sendHour' | 'pending'> {
  const trigger = monthlyTriggerState();
  const reminders = pendingReminders();
  return {
    // A trigger of an add-on has no document properties and writes the script's: look there too.
    lastSend:
      documentProperties().getProperty(lastSummarySendProperty) ??
      PropertiesService.getScriptProperties().getProperty(lastSummarySendProperty),
    triggerInstalled: trigger.installed,
    sendHour: trigger.installed && trigger.hour !== null ? trigger.hour : settingsHour,
    pending: reminders ? { action: 'remind', ...reminders } : null,
  };
}
