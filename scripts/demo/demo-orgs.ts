import type { Organisation, OrgType } from '../../core/directory/organisation';
import type { Prng } from './prng';

const demoDistricts = [
  'Калининский',
  'Курчатовский',
  'Ленинский',
  'Металлургический',
  'Советский',
  'Тракторозаводский',
  'Центральный',
] as const;

/** A 10-digit ИНН starting 74 with a correct check digit (weights 2, 4, 10, 3, 5, 9, 4, 6, 8). */
export function demoInn(random: Prng): string {
  const nine = `74${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((s, w, i) => s + w * Number(nine[i]), 0);
  return `${nine}${(sum % 11) % 10}`;
}

const schoolKinds = [
  ['СОШ', 0.7],
  ['Лицей', 0.1],
  ['Гимназия', 0.1],
  ['ООШ', 0.05],
  ['С(К)ОШ', 0.05],
] as const;

function schoolKind(random: Prng): string {
  let x = random.next();
  for (const [kind, share] of schoolKinds) {
    if (x < share) return kind;
    x -= share;
  }
  return 'СОШ';
}

/**
 * The directory of a fictional city: numbers from 901 and «(демо)» in every name, so nobody
 * takes it for a real school; districts in turn; emails at example.ru; valid ИНН; ОО-1 pupil
 * counts for about half of the schools (filled in later by the form generator).
 *
 * @param random - the generator
 * @param counts - how many of each type
 * @example demoOrgs(prng(1), { ООО: 150, ДОО: 30, ОДО: 10 })[0].name // 'МАОУ «СОШ № 901 (демо)»'
 */
export function demoOrgs(random: Prng, counts: Readonly<Record<OrgType, number>>): Organisation[] {
  const orgs: Organisation[] = [];
  const add = (type: OrgType, n: number, name: (i: number) => string, prefix: string) => {
    for (let i = 0; i < n; i++) {
      const number = 901 + i;
      orgs.push({
        code: `${prefix}${number}`,
        name: name(number),
        type,
        district: demoDistricts[i % demoDistricts.length] ?? 'Центральный',
        inn: demoInn(random),
        emails: [`${prefix.toLowerCase()}${number}@example.ru`],
        active: true,
        pupils69: null,
        pupils1011: null,
        row: orgs.length + 2,
      });
    }
  };
  add('ООО', counts.ООО, (n) => `${random.pick(['МАОУ', 'МБОУ'])} «${schoolKind(random)} № ${n} (демо)»`, 'SCH');
  add('ДОО', counts.ДОО, (n) => `МБДОУ «ДС № ${n} (демо)»`, 'DOU');
  add('ОДО', counts.ОДО, (n) => `МАУДО «ЦДТ № ${n} (демо)»`, 'ODO');
  return orgs;
}
