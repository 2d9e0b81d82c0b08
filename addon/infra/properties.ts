/** Property keys the add-on keeps (document properties, else script properties). */
export const propertyKeys = {
  committeeId: 'profkarta.committeeId',
  reportsId: 'profkarta.reportsId',
  lease: 'profkarta.lease',
  tabsCursor: 'profkarta.tabsCursor',
  lastBuild: 'profkarta.lastBuild',
  lastCheck: 'profkarta.lastCheck',
} as const;

/**
 * The document's properties, or the script's when there is no document (a time-driven trigger of
 * an add-on): a bound script always has both, so the same keys work from the menu and from triggers.
 */
export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties();
}

/** Reads a JSON property; null when absent or unreadable. */
export function readJsonProperty<T>(key: string): T | null {
  const text = documentProperties().getProperty(key);
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** Writes (or with null deletes) a JSON property. */
export function writeJsonProperty(key: string, value: unknown): void {
  if (value === null) documentProperties().deleteProperty(key);
  else documentProperties().setProperty(key, JSON.stringify(value));
}
