import { describe, expect, it } from 'vitest';
import { toSheetData } from '../../test/helpers/output-to-sheet-data';
import { builtinRoadmap } from './builtin-roadmap';
import { readRoadmap } from './read-roadmap';
import { roadmapItemSchema } from './roadmap-item';
import { roadmapSheet } from './roadmap-sheet';

describe('roadmapItemSchema', () => {
  it('is what the roadmap reader keeps: every item of the built-in roadmap, written and read back, fits it', () => {
    const read = readRoadmap(toSheetData(roadmapSheet(builtinRoadmap())), { start: 2023 }, 'UTC');
    expect(read.roadmap.items.length).toBeGreaterThan(30);
    for (const item of [...read.roadmap.items, ...builtinRoadmap().items]) {
      expect(roadmapItemSchema.parse(item)).toEqual(item);
    }
  });

  it.each([
    ['an item without a number', { id: '' }],
    ['an unknown kind', { kind: 'задача' }],
    ['an unknown reporter', { reporters: ['ВУЗ'] }],
    ['a window with a dotted date', { windows: [{ start: '01.12.2023', end: '2023-12-31' }] }],
  ])('refuses %s', (_, change) => {
    const item = builtinRoadmap().items[0]!;
    expect(roadmapItemSchema.safeParse({ ...item, ...change }).success).toBe(false);
  });
});
