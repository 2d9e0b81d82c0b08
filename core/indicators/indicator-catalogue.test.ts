import { describe, expect, it } from 'vitest';
import { smallCity } from '../../test/fixtures/small-city-report';
import { computeIndicators } from './compute-indicators';
import {
  type IndicatorCatalogue,
  type IndicatorSpec,
  indicatorCatalogue,
  indicatorKeys,
  indicatorsShown,
  isShare,
  type ShareKey,
} from './indicator-catalogue';
import { type ShareNote, shareNotes } from '../report/share-notes';
import { type OrgComputations, orgComputations } from './org-computations';
import { ratioIndicators } from './stats';

describe('the indicator catalogue', () => {
  it('makes an indicator added without its computation a type error (npm run typecheck compiles this)', () => {
    type WithNewIndicator = IndicatorCatalogue & {
      readonly mentors: IndicatorSpec;
    };
    // @ts-expect-error — «mentors» is in the catalogue but orgComputations has no computation for it
    const computations: OrgComputations<WithNewIndicator> = orgComputations;
    // With its computation it compiles.
    const complete: OrgComputations<WithNewIndicator> = {
      ...orgComputations,
      mentors: () => ({ excluded: 'no_report' }),
    };
    expect(Object.keys(complete)).toEqual([...Object.keys(computations), 'mentors']);
  });

  it('makes a share without the report’s notes a type error too', () => {
    type Notes<K extends string> = { readonly [Key in K]: ShareNote };
    // @ts-expect-error — a new share «mentors» has no notes in shareNotes
    const notes: Notes<ShareKey | 'mentors'> = shareNotes;
    expect(Object.keys(notes).length).toBe(indicatorKeys().filter(isShare).length);
  });

  it('has a computation for exactly its keys, in its order', () => {
    expect(Object.keys(orgComputations)).toEqual(indicatorKeys());
  });

  it('keeps the keys `История` stores', () => {
    expect(new Set(indicatorsShown('history'))).toEqual(
      new Set([
        'completeness',
        'onTime',
        'levelConfirmed',
        'coverage',
        'bvbRegistered',
        'diagnostics',
        'trials',
        'responsibleAssigned',
        'trainedAtHigherLevels',
        'roadmapDone',
        'levels.basic',
        'levels.main',
        'levels.advanced',
        'levels.none',
      ]),
    );
  });

  it('gives the JSON the STATS of design §8: counts, levels and the named ratios', () => {
    const city = computeIndicators(smallCity(), new Map()).city;
    expect(typeof city.expected).toBe('number');
    expect(typeof city.submitted).toBe('number');
    expect(Object.keys(city.levels).sort()).toEqual(['advanced', 'basic', 'main', 'none']);
    for (const key of ['coverage', 'bvbRegistered', 'responsibleAssigned', 'levelConfirmed', 'roadmapDone'] as const) {
      expect(Object.keys(city[key]).sort()).toEqual(['contributors', 'denominator', 'numerator', 'value']);
    }
    expect(ratioIndicators).toEqual([
      'completeness',
      'onTime',
      'responsibleAssigned',
      'coverage',
      'bvbRegistered',
      'diagnostics',
      'trials',
      'levelConfirmed',
      'trainedAtHigherLevels',
      'roadmapDone',
    ]);
  });

  it.each(indicatorKeys())('describes %s fully, and the report says what a share’s parts count', (key) => {
    const spec: IndicatorSpec = indicatorCatalogue[key];
    expect(spec.label).toMatch(/^[А-ЯЁ«]/);
    if (isShare(key)) {
      expect(shareNotes[key].parts).toContain(' / ');
      expect(shareNotes[key].noData.length).toBeGreaterThan(0);
    }
    // A key is a path of STATS: one level, or a group and a member.
    expect(key).toMatch(/^[a-zA-Z]+(\.[a-zA-Z]+)?$/);
  });

  it('names every indicator once', () => {
    const labels = indicatorKeys().map((key) => indicatorCatalogue[key].label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
