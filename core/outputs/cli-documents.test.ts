import { describe, expect, it } from 'vitest';
import { smallCity } from '../../test/fixtures/small-city';
import { checkJson } from '../check/check-json';
import { checkWorkbook } from '../check/check-workbook';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { parsePeriod } from '../roadmap/parse-period';
import { periodJson } from '../roadmap/period-json';
import { roadmapJson } from '../roadmap/roadmap-json';
import { buildOutputs } from './build-outputs';
import { cliDocuments } from './cli-documents';

function checked() {
  const result = checkWorkbook(smallCity().workbook, { today: '2024-02-01' });
  if (!result.ok) throw new Error(result.refusal.map((i) => i.code).join());
  return result.report;
}

/** The document fits its schema, and the schema names every field in it (parsing drops nothing). */
function expectDocumented(name: keyof typeof cliDocuments, doc: unknown): void {
  const parsed = cliDocuments[name].safeParse(JSON.parse(JSON.stringify(doc)));
  expect(parsed.success ? 'ok' : parsed.error.issues).toBe('ok');
  expect(parsed.data).toEqual(JSON.parse(JSON.stringify(doc)));
}

describe('the --json documents and their schemas', () => {
  it('describe the check of a small city, issues included', () => {
    const doc = checkJson(checked());
    expect(doc.issues.length).toBeGreaterThan(0);
    expectDocumented('check', doc);
  });

  it('describe the summary of a small city', () => {
    const outputs = buildOutputs(checked(), {
      generatedAt: { date: '2024-02-01', time: '10:15' },
      history: [],
      kind: 'build',
      shell: 'cli',
    });
    expect(Object.keys(outputs.json.orgs).length).toBeGreaterThan(0);
    expectDocumented('summary', outputs.json);
  });

  it('describe the built-in roadmap as the roadmap command prints it', () => {
    expectDocumented('roadmap', { ...roadmapJson(builtinRoadmap(), '2024-02-01'), source: 'builtin', issues: [] });
  });

  it('describe a period read and a period refused', () => {
    const year = { start: 2023 };
    for (const text of ['Декабрь 2023 г. – Январь 2024 г.', 'когда-нибудь']) {
      expectDocumented('period', periodJson(parsePeriod(text, year), text, year));
    }
    expect(periodJson(parsePeriod('когда-нибудь', year), 'когда-нибудь', year).windows).toBeNull();
  });

  it.each([
    ['check', { asOf: '01.02.2024', orgs: [], issues: [] }],
    ['check', { asOf: '2024-02-01', orgs: [{ code: 'S1', status: 'сдан' }], issues: [] }],
    ['summary', { asOf: '2024-02-01' }],
    ['roadmap', { schoolYear: '2023/2024', asOf: '2024-02-01', items: [{ id: '1.1' }], source: 'tab', issues: [] }],
    ['period', { windows: [{ start: '2023-12-01' }] }],
  ] as const)('refuse a %s document without what design §8 requires: %j', (name, doc) => {
    expect(cliDocuments[name].safeParse(doc).success).toBe(false);
  });
});
