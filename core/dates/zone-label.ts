/** Zones by the city people name them after; any other zone is named by its offset. */
const cities: Readonly<Record<string, string>> = {
  'Europe/Moscow': 'Москвы',
  // The committee is in Chelyabinsk, which keeps Yekaterinburg's time.
  'Asia/Yekaterinburg': 'Челябинска',
};

/** The zone's offset from UTC at an instant, in minutes, or null for an unknown zone. */
function offsetMinutes(timeZone: string, at: Date): number | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hour12: false,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(at);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    // `hour12: false` writes midnight as 24 in some engines.
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'));
    const instant = Math.floor(at.getTime() / 60_000) * 60_000;
    const minutes = Math.round((wall - instant) / 60_000);
    return Number.isFinite(minutes) ? minutes : null;
  } catch {
    return null;
  }
}

/**
 * A time zone as a person reads it: «время Челябинска (UTC+5)», «время UTC+3» for a zone without
 * a Russian city, «время таблицы» when the zone is unknown. The offset is the one in force at `at`.
 *
 * @param timeZone - an IANA zone
 * @param at - the instant the offset is taken at (the caller's clock; the core reads none)
 * @example zoneLabel('Asia/Yekaterinburg', new Date('2024-02-01T00:00:00Z')) // 'время Челябинска (UTC+5)'
 */
export function zoneLabel(timeZone: string, at: Date): string {
  const minutes = offsetMinutes(timeZone, at);
  if (minutes === null) return 'время таблицы';
  const sign = minutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  const utc = minutes === 0 ? 'UTC' : `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
  const city = cities[timeZone];
  return city ? `время ${city} (${utc})` : `время ${utc}`;
}
