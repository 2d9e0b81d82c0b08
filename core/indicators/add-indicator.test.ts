import { describe, expect, it, vi } from 'vitest';
import { smallCity } from '../../test/fixtures/small-city-report';
import { buildOutputs } from '../outputs/build-outputs';
import { keyFiguresHtml } from '../report/key-figures-html';
import { summaryHtml } from '../report/summary-html';
import type { IndicatorSpec } from './indicator-catalogue';
import type { OrgComputation } from './org-computations';

// One indicator added to the catalogue (with its computation and, a share, the report's notes — the
// compiler asks for both), as an engineer would add it: nothing else changes, and it must appear in
// every place its entry names.
const { mentors, hasMentor, mentorNotes } = vi.hoisted(() => {
  const mentors: IndicatorSpec = {
    label: 'Есть наставник в проекте «Проверочный»',
    unit: 'share',
    aggregation: 'organisations',
    about: 'schools',
    shown: ['summary', 'keyFigures', 'districtTable', 'history'],
  };
  const hasMentor: OrgComputation = (f) =>
    !f.isSchool ? { excluded: 'not_school' } : f.sub ? { numerator: 1, denominator: 1 } : { excluded: 'no_report' };
  const mentorNotes = {
    parts: 'ООО с наставником / ООО, сдавшие отчёт',
    noData: 'ни одна ООО не сдала отчёт',
    noDataFor: ['no_report'],
  };
  return { mentors, hasMentor, mentorNotes };
});

vi.mock(import('./indicator-catalogue'), async (importOriginal) => {
  const original = await importOriginal();
  Object.assign(original.indicatorCatalogue, { mentors });
  return original;
});
vi.mock(import('../report/share-notes'), async (importOriginal) => {
  const original = await importOriginal();
  Object.assign(original.shareNotes, { mentors: mentorNotes });
  return original;
});
vi.mock(import('./org-computations'), async (importOriginal) => {
  const original = await importOriginal();
  Object.assign(original.orgComputations, { mentors: hasMentor });
  return original;
});

const built = () =>
  buildOutputs(smallCity(), {
    generatedAt: { date: '2024-02-01', time: '10:00' },
    history: [],
    kind: 'build',
    shell: 'cli',
  });

describe('an indicator added to the catalogue', () => {
  it('is computed for the city, each district and each organisation, with who was counted', () => {
    const { json } = built();
    const city = json.city as unknown as Record<string, unknown>;
    expect(city.mentors).toEqual({ numerator: 2, denominator: 2, value: 1, contributors: 2 });
    expect(json.city.figures).toHaveProperty('mentors.excluded', { not_school: 2, no_report: 1 });
  });

  it('appears in Сводка, for the city and the districts', () => {
    const summary = built().sheets.find((s) => s.name === 'Сводка');
    const rows = summary?.rows.filter((r) => r[0] === mentors.label) ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[0]?.slice(1, 5)).toEqual([1, 2, 2, 2]);
    expect(rows[0]?.[6]).toBe('не ООО — 2, нет отчёта — 1');
  });

  it('appears in the email’s key figures and in summary.html (key figures and district table)', () => {
    const { json } = built();
    expect(keyFiguresHtml(json)).toContain(`${mentors.label}</td>`);
    const html = summaryHtml(json, { generatedAt: { date: '2024-02-01', time: '10:00' } });
    expect(html).toContain(`<th>${mentors.label}</th>`);
    expect(html).toContain(`«${mentors.label}»: ООО с наставником / ООО, сдавшие отчёт.`);
  });

  it('is kept in История under its key and its name', () => {
    const outputs = built();
    expect(outputs.historyAppend).toContainEqual(
      expect.objectContaining({ area: 'Город', indicator: 'mentors', numerator: 2, denominator: 2 }),
    );
  });
});
