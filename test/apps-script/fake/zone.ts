/** Time-zone arithmetic the fake needs: serial numbers ↔ `Date` at midnight in a zone, and formatDate. */

const epoch = Date.UTC(1899, 11, 30);

function parts(instant: Date, timeZone: string): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(fmt.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** Offset of a zone from UTC at an instant, in ms. */
function zoneOffset(instant: number, timeZone: string): number {
  const p = parts(new Date(instant), timeZone);
  const local = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return local - Math.floor(instant / 1000) * 1000;
}

/** The instant a serial date-time stands for in a zone (what `getValues()` returns). */
export function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = epoch + Math.round(serial * 86_400_000);
  return new Date(wall - zoneOffset(wall, timeZone));
}

/** The serial number of an instant's wall time in a zone (what `setValues(Date)` stores). */
export function serialOfDate(date: Date, timeZone: string): number {
  const wall = date.getTime() + zoneOffset(date.getTime(), timeZone);
  return (wall - epoch) / 86_400_000;
}

/** `Utilities.formatDate` for the pattern letters the add-on uses: yyyy MM dd HH mm ss, and Z (`+0500`). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = parts(date, timeZone);
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss|Z/g, (token) => {
    switch (token) {
      case 'Z': {
        const minutes = Math.round(zoneOffset(date.getTime(), timeZone) / 60_000);
        const abs = Math.abs(minutes);
        return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
      }
      case 'yyyy':
        return p.year ?? '';
      case 'MM':
        return p.month ?? '';
      case 'dd':
        return p.day ?? '';
      case 'HH':
        return p.hour ?? '';
      case 'mm':
        return p.minute ?? '';
      default:
        return p.second ?? '';
    }
  });
}
