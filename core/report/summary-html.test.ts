import { describe, expect, it } from 'vitest';
import { orgCheck } from '../../test/fixtures/report-fixture';
import { smallCity } from '../../test/fixtures/small-city-report';
import { buildOutputs } from '../outputs/build-outputs';
import { escapeHtml } from './escape-html';
import { formatChange, formatPercent, formatRatio } from './format-figure';
import { keyFiguresHtml } from './key-figures-html';
import { summaryHtml } from './summary-html';

const generatedAt = { date: '2024-02-01', time: '10:15' };
const outputs = (report = smallCity()) =>
  buildOutputs(report, { generatedAt, history: [], kind: 'build', shell: 'cli' });

describe('formatting figures', () => {
  it.each([
    [0.8261, '82,6 %'],
    [1, '100,0 %'],
    [0, '0,0 %'],
    [null, 'нет данных'],
  ])('shows %s as «%s»', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });
  it('writes the parts and the change in points', () => {
    expect(formatRatio({ numerator: 190, denominator: 230, value: 190 / 230 })).toBe('82,6 % (190 из 230)');
    expect(formatChange(0.5, 0.4)).toBe('+10,0 п. п.');
    expect(formatChange(0.4, 0.5)).toBe('−10,0 п. п.');
    expect(formatChange(null, 0.5)).toBe('');
  });
  it('escapes markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('keyFiguresHtml', () => {
  it('lists the city figures with numerator and denominator, inline-styled', () => {
    const html = keyFiguresHtml(outputs().json);
    expect(html).toContain('Сдали отчёт без ошибок</td><td style="');
    expect(html).toContain('40,0 % (2 из 5)');
    expect(html).toContain('82,6 % (190 из 230)');
    expect(html).not.toMatch(/<style|class=|<script/);
  });
  it('says beside each share who was counted and why the others were not; a count over all says nothing', () => {
    const html = keyFiguresHtml(outputs().json);
    expect(html).toContain(
      '82,6 % (190 из 230)</span><div style="color:#5f6368;font-size:12px;">учтено 2 из 5 организаций; не учтены: не ООО — 2, нет отчёта — 1</div>',
    );
    expect(html).toContain(
      '40,0 % (2 из 5)</span><div style="color:#5f6368;font-size:12px;">учтено 5 из 5 организаций</div>',
    );
    expect(html).toMatch(
      /Сдали отчёт с ошибками<\/td><td style="[^"]*"><span style="white-space:nowrap;">1<\/span><\/td>/,
    );
  });

  it('adds the change since the monthly snapshot', () => {
    const figures = new Map([['Город', new Map([['completeness', { numerator: 1, denominator: 5 }]])]]);
    const html = keyFiguresHtml(outputs().json, { date: '2024-01-01', figures });
    expect(html).toContain('Изменение с 01.01.2024');
    expect(html).toContain('+20,0 п. п.');
  });
});

describe('summaryHtml', () => {
  it('is a Russian page for a phone and for A4 with three charts, their legends and the district table', () => {
    const html = summaryHtml(outputs().json, { generatedAt });
    expect(html).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('print-color-adjust: exact');
    expect(html.match(/<figure class="chart">/g)).toHaveLength(3);
    expect(html.match(/<ul class="legend">/g)).toHaveLength(3);
    expect(html.match(/<p class="axis-caption">Шкала: /g)).toHaveLength(3);
    expect(html).toContain(
      // Under a value, how many of the district's organisations were counted when not all were.
      '<td>Ленинский</td><td data-label="Организаций">2</td><td data-label="Сдали без ошибок">0,0 %</td><td data-label="Ответственный назначен, без ошибок">0,0 %</td><td data-label="Охват 6–11">нет данных<span class="who">0 из 2</span></td>',
    );
    expect(html).toContain('по состоянию на 01.02.2024 · учебный год 2023/2024');
    expect(html).not.toContain('<script');
  });

  it('says who the pupil totals are, and how each share is counted', () => {
    const html = summaryHtml(outputs().json, { generatedAt });
    expect(html).toContain(
      'Знаменатель долей по обучающимся (охват, «Билет в будущее») — обучающиеся 6–11 классов тех ООО',
    );
    expect(html).toContain(
      '<li>«Охват профминимумом, 6–11 классы»: охвачено профминимумом / обучающихся 6–11 классов.</li>',
    );
  });

  it('names the roadmap’s items in its chart, by number and shortened title', () => {
    const html = summaryHtml(outputs().json, { generatedAt });
    expect(html).toContain('<span class="bar-label">1.2 Назначение ответственных…</span>');
    expect(html).not.toMatch(/п\. \d/);
  });

  it('gives each reason for «нет данных» in its notes', () => {
    const report = smallCity();
    const html = summaryHtml(outputs({ ...report, settings: { ...report.settings, deadline: null } }).json, {
      generatedAt,
    });
    expect(html).toContain('<li>«Сдали в срок» (город): в «Настройках» не указан «Срок сдачи».</li>');
    // Ленинский: its one ООО has no report (the other organisation is a ДОО).
    expect(html).toContain(
      '<li>«Охват профминимумом, 6–11 классы» (Ленинский): не учтена ни одна организация: нет отчёта — 1.</li>',
    );
  });

  it('says «в районе нет ООО» for a district without ООО, not that its ООО gave no valid data', () => {
    // As found: a district of one ДОО was told «ни одна ООО не указала без ошибок…».
    const report = smallCity();
    const orgs = report.orgs.map((c) => (c.org.code === 'S3' ? { ...c, org: { ...c.org, type: 'ДОО' as const } } : c));
    const html = summaryHtml(outputs({ ...report, orgs }).json, { generatedAt });
    expect(html).toContain('<li>«Охват профминимумом, 6–11 классы» (Ленинский): в районе нет ООО.</li>');
    expect(html).not.toMatch(/\(Ленинский\): ни одна ООО/);
  });

  it('escapes every text that reaches it', () => {
    const report = smallCity();
    const [first, ...rest] = report.orgs;
    if (!first) throw new Error('fixture');
    const evil = orgCheck({ ...first.org, district: '<script>alert(1)</script>' }, 'missing');
    const html = summaryHtml(outputs({ ...report, orgs: [evil, ...rest] }).json, { generatedAt });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
