import { describe, expect, it } from 'vitest';
import { filledOrgSheet, headerRowOf, rowOfLabel } from '../../test/fixtures/filled-org-sheet';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { locateForm } from './locate-form';
import { readSubmission } from './read-submission';

const roadmap = builtinRoadmap();

describe('locateForm', () => {
  it('finds labels, titles and headers whatever the case, spaces, dashes, quotes and ё', () => {
    const grid = filledOrgSheet(sampleOrg(), roadmap);
    const set = (r: number, c: number, text: string) => {
      (grid.values[r] as unknown[])[c] = text;
    };
    set(rowOfLabel(grid, 'Обучающихся 6–9 классов'), 0, '  ОБУЧАЮЩИХСЯ 6 - 9   классов: ');
    set(
      rowOfLabel(grid, 'Зарегистрировано на платформе «Билет в будущее»'),
      0,
      'Зарегистрировано на платформе "Билет в будущее"',
    );
    set(rowOfLabel(grid, '4. Исполнение дорожной карты'), 0, '4 исполнение дорожной карты');
    set(headerRowOf(grid, '5. Участие в мероприятиях'), 4, 'Победителей и призеров');
    const { submission, issues } = readSubmission(grid, {
      org: sampleOrg(),
      roadmap,
      settings: sampleSettings(),
      asOf: '2024-02-01',
      timeZone: 'UTC',
    });
    expect(issues).toEqual([]);
    expect(submission.profminimum?.bvbRegistered).toBe(800);
    expect(submission.events[0]?.winners).toBe(3);
  });

  it('finds nothing in an empty grid and does not throw on ragged rows', () => {
    expect(locateForm({ name: 'X', values: [] }).sections.size).toBe(0);
    expect(
      locateForm({ name: 'X', values: [null, undefined, [undefined, '1. Организация']] as never }).sections.get(
        'organisation',
      ),
    ).toEqual({
      row: 2,
      end: 3,
    });
  });
});
