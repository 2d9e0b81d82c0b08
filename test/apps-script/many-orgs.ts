import type { Organisation } from '../../core/directory/organisation';
import type { SheetData } from '../../core/grid/sheet-data';
import { builtinRoadmap } from '../../core/roadmap/builtin-roadmap';
import { filledOrgSheet } from '../fixtures/filled-org-sheet';
import { sampleOrg, sampleSettings } from '../fixtures/sample-org';
import { validInn } from '../fixtures/valid-inn';

const districts = [
  'Калининский',
  'Курчатовский',
  'Ленинский',
  'Металлургический',
  'Советский',
  'Тракторозаводский',
  'Центральный',
];

/** `n` fictional organisations (mostly ООО, every tenth ДОО) and the tabs their schools fill. */
export function manyOrgs(n: number): { orgs: Organisation[]; grids: SheetData[] } {
  const roadmap = builtinRoadmap();
  const settings = sampleSettings({ reportDate: '2024-02-01', deadline: '2024-01-20' });
  const orgs = Array.from({ length: n }, (_, i) =>
    sampleOrg({
      code: `S${String(i + 1).padStart(4, '0')}`,
      name: `МАОУ «СОШ № ${i + 1} (демо)»`,
      type: i % 10 === 9 ? 'ДОО' : 'ООО',
      district: districts[i % districts.length]!,
      inn: validInn(String(745300000 + i).slice(0, 9)),
      emails: [`school${i + 1}@example.ru`],
      row: i + 2,
    }),
  );
  const grids = orgs.map((org) => filledOrgSheet(org, roadmap, { settings, asOf: '2024-02-01' }));
  return { orgs, grids };
}
