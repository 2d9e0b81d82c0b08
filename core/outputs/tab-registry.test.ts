import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../directory/read-settings';
import { isReservedTabName, reservedTabNames } from '../directory/reserved-tab-names';
import { committeeTabNames, outputTabNames, rebuiltTabNames } from '../grid/tab-names';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { smallCity } from '../../test/fixtures/small-city-report';
import { buildOutputs } from './build-outputs';
import { committeeSheets, committeeTabs } from './committee-tabs';
import { appendOnlyTabs, outputTabs } from './output-tabs';

describe('the tab registries', () => {
  it('pair every committee tab name with a builder that makes a tab of that name', () => {
    expect(committeeTabs.map((t) => t.name)).toEqual([...committeeTabNames]);
    const input = { settings: defaultSettings(), orgs: [], roadmap: builtinRoadmap(), states: [] };
    for (const tab of committeeTabs) expect(tab.build(input).name).toBe(tab.name);
    expect(committeeSheets(input).map((s) => s.name)).toEqual([...committeeTabNames]);
  });

  it('pair every output tab name with a builder that makes a tab of that name', () => {
    expect(outputTabs.map((t) => t.name)).toEqual([...rebuiltTabNames]);
    expect([...outputTabs, ...appendOnlyTabs].map((t) => t.name)).toEqual([...outputTabNames]);
    for (const tab of appendOnlyTabs) expect(tab.build([]).name).toBe(tab.name);
    const outputs = buildOutputs(smallCity(), {
      generatedAt: { date: '2024-02-01', time: '10:15' },
      history: [],
      kind: 'build',
      shell: 'cli',
    });
    expect(outputs.sheets.map((s) => s.name)).toEqual(outputTabs.map((t) => t.name));
  });

  it('reserve every registered name for organisation codes, whatever the case', () => {
    for (const name of [...committeeTabNames, ...outputTabNames]) {
      expect(reservedTabNames).toContain(name);
      expect(isReservedTabName(name.toUpperCase())).toBe(true);
    }
  });
});
