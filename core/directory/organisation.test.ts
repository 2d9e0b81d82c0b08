import { describe, expect, it } from 'vitest';
import { sampleOrg } from '../../test/fixtures/sample-org';
import { validInn } from '../../test/fixtures/valid-inn';
import { organisationSchema } from './organisation';
import { parseOrgsCsv } from './parse-orgs-csv';

describe('organisationSchema', () => {
  it('is what the orgs file reader keeps: every parsed row fits it as it is', () => {
    const csv = [
      'code,name,type,district,inn,emails,active',
      `SCH001,МАОУ «СОШ № 1»,ООО,Центральный,${validInn('745300001')},a@example.ru; b@example.ru,да`,
      'ДОУ-7,МБДОУ «ДС № 7»,ДОО,Ленинский,123,,нет',
    ].join('\n');
    const { orgs } = parseOrgsCsv(csv);
    expect(orgs).toHaveLength(2);
    for (const org of orgs) expect(organisationSchema.parse(org)).toEqual(org);
    expect(organisationSchema.parse(sampleOrg())).toEqual(sampleOrg());
  });

  it.each([
    ['a code with a space', { code: 'SCH 001' }],
    ['a code longer than a tab name', { code: 'S'.repeat(32) }],
    ['an unknown type', { type: 'ВУЗ' }],
    ['a negative count of pupils', { pupils69: -1 }],
    ['a row before the first', { row: 0 }],
  ])('refuses %s', (_, change) => {
    expect(organisationSchema.safeParse({ ...sampleOrg(), ...change }).success).toBe(false);
  });
});
