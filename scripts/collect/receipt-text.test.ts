import { describe, expect, it } from 'vitest';
import type { CollectReceipt } from '../../core/outputs/collect-receipt-schema';
import { receiptText } from './receipt-text';

const receipt: CollectReceipt = {
  book: 'книга-2.xlsx',
  bookId: 'b',
  collectedAt: '2024-02-05 10:00',
  totals: { files: 3, accepted: 2, acceptedWithErrors: 1, rejected: 1 },
  files: [
    {
      file: 'a.xlsx',
      org: 'SCH001',
      name: 'Школа 1',
      status: 'accepted',
      errors: 0,
      warnings: 0,
      saved: null,
      reason: null,
      notes: [],
    },
    {
      file: 'b.xlsx',
      org: 'SCH002',
      name: 'Школа 2',
      status: 'accepted_with_errors',
      errors: 3,
      warnings: 1,
      saved: null,
      reason: null,
      notes: [{ code: 'no_marker', message: 'нет метки' }],
    },
    {
      file: 'c.xlsx',
      org: null,
      name: null,
      status: 'rejected',
      errors: 0,
      warnings: 0,
      saved: null,
      reason: { code: 'not_workbook', message: 'не книга' },
      notes: [],
    },
  ],
  missing: [{ code: 'SCH003', name: 'Школа 3' }],
};

describe('receiptText', () => {
  it('gives the totals, who sent nothing by code and name, a line per file with its notes, and a next command to paste', () => {
    expect(receiptText(receipt).split('\n')).toEqual([
      'Собрано в «книга-2.xlsx»: файлов 3 — принято 2 (с ошибками 1), отклонено 1.',
      'Не прислали (1):',
      '  SCH003 — Школа 3',
      '',
      'Файл → организация → итог:',
      '  a.xlsx → SCH001 → принят',
      '  b.xlsx → SCH002 → принят с ошибками (3)',
      '      внимание: нет метки',
      '  c.xlsx → — → отклонён: не книга',
      '',
      'Дальше: npx profkarta summary "книга-2.xlsx" --out СВОДКА.xlsx (или check).',
      '',
    ]);
  });
});

describe('receiptText, as a new user found it', () => {
  it('suggests a next command a shell takes as it is, and names who sent nothing', () => {
    const text = receiptText({
      ...receipt,
      book: '/tmp/m/книга-2024-2.xlsx',
      missing: [{ code: 'ODO007', name: 'МБУДО «ЦДТ «Ровесник»' }],
    });
    expect(text).toContain('Дальше: npx profkarta summary "/tmp/m/книга-2024-2.xlsx" --out СВОДКА.xlsx (или check).');
    expect(text).toContain('Не прислали (1):\n  ODO007 — МБУДО «ЦДТ «Ровесник»\n');
  });
});
