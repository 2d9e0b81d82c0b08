import type { Organisation } from '../directory/organisation';
import type { OrgState } from '../directory/org-state';
import { directorySheet } from '../directory/directory-sheet';
import type { Settings } from '../directory/settings';
import { settingsSheet } from '../directory/settings-sheet';
import { stateSheet } from '../directory/state-sheet';
import { instructionSheet } from '../form/instruction-sheet';
import type { OutputSheet } from '../grid/output-sheet';
import { type CommitteeTabName, committeeTabNames, tabNames } from '../grid/tab-names';
import type { Roadmap } from '../roadmap/roadmap-item';
import { roadmapSheet } from '../roadmap/roadmap-sheet';
import type { TabEntry } from './output-tabs';

/** What the committee's own tabs are made from: the settings, the directory, the roadmap and `Состояние`. */
export interface CommitteeTabsInput {
  readonly settings: Settings;
  readonly orgs: readonly Organisation[];
  readonly roadmap: Roadmap;
  readonly states: readonly OrgState[];
}

// A `Record` over the names: a committee tab of `grid/tab-names.ts` without a builder does not compile.
const builders: { readonly [N in CommitteeTabName]: (input: CommitteeTabsInput) => OutputSheet } = {
  [tabNames.instruction]: (i) => instructionSheet(i.settings.reportsMode),
  [tabNames.settings]: (i) => settingsSheet(i.settings),
  [tabNames.directory]: (i) => directorySheet(i.orgs),
  [tabNames.roadmap]: (i) => roadmapSheet(i.roadmap),
  [tabNames.state]: (i) => stateSheet(i.states),
};

/**
 * The committee's tabs (design §3) as `{ name, build }`, in the order set-up (add-on), `template`
 * (CLI) and the demo create them.
 *
 * @example committeeTabs.map((t) => t.name) // ['Инструкция', 'Настройки', 'Организации', 'Дорожная карта', 'Состояние']
 */
export const committeeTabs: readonly TabEntry<CommitteeTabName, CommitteeTabsInput>[] = committeeTabNames.map(
  (name) => ({ name, build: builders[name] }),
);

/**
 * Every committee tab made from one input, in order.
 *
 * @param input - settings, organisations, roadmap, states
 * @example committeeSheets({ settings: defaultSettings(), orgs: [], roadmap: builtinRoadmap(), states: [] }).length // 5
 */
export function committeeSheets(input: CommitteeTabsInput): OutputSheet[] {
  return committeeTabs.map((tab) => tab.build(input));
}
