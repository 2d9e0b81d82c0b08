import { describe, expect, it } from 'vitest';
import { filledOrgSheet, rowOfLabel } from '../../test/fixtures/filled-org-sheet';
import { insertRow } from '../../test/fixtures/form-edits';
import { sampleOrg, sampleSettings } from '../../test/fixtures/sample-org';
import { sheetFromOutput } from '../../test/fixtures/sheet-from-output';
import { builtinRoadmap } from '../roadmap/builtin-roadmap';
import { enteredFingerprint } from './entered-fingerprint';
import { orgTemplate } from './render-org-tab';

const org = sampleOrg();
const roadmap = builtinRoadmap();

describe('enteredFingerprint', () => {
  it('is the same for a tab laid out differently with the same values', () => {
    const filled = filledOrgSheet(org, roadmap);
    const moved = filledOrgSheet(org, roadmap);
    insertRow(moved, rowOfLabel(moved, '3. Профминимум'));
    expect(enteredFingerprint(moved, 'UTC')).toBe(enteredFingerprint(filled, 'UTC'));
  });

  it('changes when a value is typed, changed or removed', () => {
    const filled = filledOrgSheet(org, roadmap);
    const changed = filledOrgSheet(org, roadmap, { fields: { ФИО: 'Иванова Анна Павловна' } });
    const removed = filledOrgSheet(org, roadmap, { fields: { ФИО: null } });
    const prints = [filled, changed, removed].map((t) => enteredFingerprint(t, 'UTC'));
    expect(new Set(prints).size).toBe(3);
    expect(prints[0]).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores what the add-on writes: the check-result line, section 1, the template itself', () => {
    const blank = sheetFromOutput(orgTemplate(org, roadmap, sampleSettings()));
    const empty = { name: org.code, values: [] };
    expect(enteredFingerprint(blank, 'UTC')).toBe(enteredFingerprint(empty, 'UTC'));
    blank.values[1] = ['Проверено 01.02.2024 10:00: 0 ошибок, 0 предупреждений'];
    expect(enteredFingerprint(blank, 'UTC')).toBe(enteredFingerprint(empty, 'UTC'));
  });

  it('reads a date cell as the same value as the date it shows', () => {
    const text = filledOrgSheet(org, roadmap);
    const date = filledOrgSheet(org, roadmap);
    const r = rowOfLabel(date, 'Дата приказа');
    date.values[r]![1] = new Date('2023-08-31T00:00:00Z');
    text.values[r]![1] = new Date('2023-08-30T19:00:00Z');
    expect(enteredFingerprint(date, 'UTC')).toBe(enteredFingerprint(text, 'Asia/Yekaterinburg'));
  });
});
