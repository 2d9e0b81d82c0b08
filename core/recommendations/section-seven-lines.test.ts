import { describe, expect, it } from 'vitest';
import type { Recommendation } from './recommendation';
import { sectionSevenLines } from './section-seven-lines';

function rec(code: string, priority: number, message: string): Recommendation {
  return { org: 'SCH001', code, priority, message } as Recommendation;
}

describe('sectionSevenLines', () => {
  it('orders by priority and keeps at most seven', () => {
    const many = Array.from({ length: 9 }, (_, i) => rec(`rule_${i}`, 9 - i, `Рекомендация ${i}`));
    const lines = sectionSevenLines(many);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toEqual({ code: 'rule_8', message: 'Рекомендация 8' });
  });

  it('gives lines sharing a rule code a code of their own, and leaves single codes as they are', () => {
    const lines = sectionSevenLines([
      rec('item_overdue', 2, 'Выполните пункт 3.2 «Классные часы»'),
      rec('item_overdue', 2, 'Выполните пункт 4.1 «Экскурсии»'),
      rec('has_errors', 1, 'Исправьте ошибки'),
    ]);
    expect(lines.map((l) => l.code)).toEqual([
      'has_errors',
      'item_overdue:Выполните пункт 3.2 «Классные часы»',
      'item_overdue:Выполните пункт 4.1 «Экскурсии»',
    ]);
  });
});
