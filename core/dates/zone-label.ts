/** Zones by the city people name them after; any other zone is named by its offset. */
const cities: Readonly<Record<string, string>> = {
  'Europe/Moscow': 'Москвы',
  // The committee is in Chelyabinsk, which keeps Yekaterinburg's time.
  'Asia/Yekaterinburg': 'Челябинска',
};

/**
 * A time zone as a person reads it: «время Челябинска (UTC+5)», «время UTC+3» for a zone without
 * a city here, «время таблицы» when its offset is unknown. The offset is the caller's (the add-on
 * reads it from `Utilities.formatDate(now, zone, 'Z')`): the core reads no clock.
 *
 * @param timeZone - an IANA zone
 * @param offset - the zone's offset as `Z` formats it (`+0500`, `-0330`), or null
 * @example zoneLabel('Asia/Yekaterinburg', '+0500') // 'время Челябинска (UTC+5)'
 */
export function zoneLabel(timeZone: string, offset: string | null): string {
  const match = /^([+-])(\d\d):?(\d\d)$/.exec(offset ?? '');
  if (!match) return 'время таблицы';
  const hours = Number(match[2]);
  const utc =
    hours === 0 && match[3] === '00'
      ? 'UTC'
      : `UTC${match[1] === '-' ? '−' : '+'}${hours}${match[3] === '00' ? '' : `:${match[3]}`}`;
  const city = cities[timeZone];
  return city ? `время ${city} (${utc})` : `время ${utc}`;
}
