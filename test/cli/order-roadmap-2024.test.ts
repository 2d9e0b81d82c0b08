import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../../scripts/cli/commands/check';
import { templateCommand } from '../../scripts/cli/commands/template';
import { writeWorkbookFile } from '../../scripts/xlsx/write-workbook-file';
import { orgsCsvHeader, sch001Row } from '../fixtures/orgs-csv';
import { validInn } from '../fixtures/valid-inn';
import { runCommand } from './run-command';

// A 2024/2025 roadmap pasted into «Дорожная карта» as the order has it (issue 11): the order's
// headers, headings, unnumbered event rows, an empty «Отчитываются», no «Вид», the order's words
// for organisations, deadlines with no date and the other committees' phrasing.
const pasted = [
  ['Дорожная карта на 2024/2025 учебный год'],
  ['№ п/п', 'Мероприятие', 'Срок исполнения', 'Ответственные, исполнители', 'Результат', 'Отчитываются'],
  ['1', 'Постановка целей и задач'],
  [
    '1.1',
    'Разработка планов реализации Концепции на 2024-2025 учебный год',
    'Октябрь 2024 г.',
    'образовательные организации',
    'Разработаны планы',
    '',
  ],
  ['1.2', 'Корректировка Концепции', 'В течение 2024/25 уч. года', 'Комитет,\nМБУ ДПО ЦРО', 'Внесены изменения', ''],
  ['2', 'Мониторинг'],
  ['2.1', 'Муниципальный мониторинг сопровождения', 'II четверть', 'Комитет, ОО', 'Проведен мониторинг', ''],
  [
    '',
    'Участие в региональном мониторинге',
    'по отдельному плану',
    'Комитет,\nобщеобразовательные организации',
    'Принято участие',
    '',
  ],
  [
    '2.2',
    'Участие ООО в мониторинге профминимума',
    'Декабрь 2024 г. – январь 2025 г.,\nмай 2025 г.',
    'ГБУ ДПО РЦОКИО, Комитет',
    'Принято участие',
    '',
  ],
  ['3', 'Меры, мероприятия'],
  ['3.1', 'Региональные мероприятия в рамках внедрения Концепции:'],
  ['', 'Реализация проекта «День профессии»', 'с 1 сентября 2024 года', 'образовательные организации', '', ''],
  [
    '',
    'Участие в региональных соревнованиях «ИкаР»',
    'Декабрь 2024 г. – май 2025 г.',
    'образовательные организации',
    '',
    '',
  ],
  ['', 'Участие в чемпионате «Абилимпикс»', 'по графику', 'Комитет, ОО', '', ''],
  [
    '3.2',
    'Муниципальные мероприятия в рамках реализации Концепции:',
    'В течение года',
    'Комитет,\nДОУ, УДО, ООО',
    '',
    '',
  ],
  [
    '',
    'Организация и проведение конкурса для воспитанников дошкольных образовательных организаций «Кем быть?»',
    'Октябрь',
    'Комитет, ДОУ',
    '',
    '',
  ],
  [
    '',
    'Организация и проведение конкурса профессиональных проб для учащихся 6-11 классов «Я выбираю»',
    'Ноябрь',
    'Комитет, общеобразовательные организации',
    '',
    '',
  ],
  ['', 'Организация и проведение фестиваля «Техностарт»', 'Апрель 2025 г. (городской этап)', 'Комитет, УДО', '', ''],
  ['3.3', 'Реализация проекта «Билет в будущее»', 'еженедельно, по четвергам', 'Комитет, ОО', '', 'ООО'],
];

const csv = [
  orgsCsvHeader,
  sch001Row,
  `DOU001,МБДОУ «ДС № 1 г. Челябинска»,ДОО,Ленинский,${validInn('745300002')},dou1@example.ru`,
  `ODO001,МАУДО «ЦДТ г. Челябинска»,ОДО,Советский,${validInn('745300003')},odo1@example.ru`,
].join('\n');

let dir = '';
let book = '';
let template: Awaited<ReturnType<typeof runCommand>>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'profkarta-order-'));
  const roadmap = join(dir, 'дорожная-карта-2024.xlsx');
  const written = await writeWorkbookFile(roadmap, [{ name: 'Дорожная карта', rows: pasted, format: {} }]);
  if (!written.ok) throw new Error(written.message);
  const orgs = join(dir, 'orgs.csv');
  await writeFile(orgs, csv, 'utf8');
  book = join(dir, 'book.xlsx');
  template = await runCommand(templateCommand, [
    '--orgs',
    orgs,
    '--out',
    book,
    '--school-year',
    '2024',
    '--roadmap',
    roadmap,
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Column A of an organisation's tab and the values of every dropdown on it. */
async function formOf(code: string): Promise<{ keys: string[]; dropdowns: string[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  const ws = wb.getWorksheet(code);
  const lists = wb.getWorksheet('Списки');
  if (!ws) throw new Error(`no tab ${code}`);
  const keys: string[] = [];
  const dropdowns = new Map<string, string[]>();
  ws.eachRow({ includeEmpty: true }, (row) => {
    keys.push(row.getCell(1).text);
    row.eachCell({ includeEmpty: true }, (cell) => {
      const formula = cell.dataValidation?.formulae?.[0];
      if (typeof formula !== 'string' || dropdowns.has(formula)) return;
      // A short list stands in the validation itself, a long one in the hidden «Списки» tab.
      const range = /\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)/.exec(formula);
      const values = range
        ? Array.from({ length: Number(range[2]) }, (_, i) => lists?.getCell(`${range[1]}${i + 1}`).text ?? '')
        : formula.replace(/^"|"$/g, '').split(',');
      dropdowns.set(formula, values);
    });
  });
  return { keys, dropdowns: [...dropdowns.values()] };
}

describe('a 2024/2025 roadmap pasted in the order’s layout', () => {
  it('passes template --roadmap: numbered, derived and shown as info, date-less phrases as warnings', () => {
    expect(template.code).toBe(0);
    expect(template.stdout).toContain('листов организаций — 3, учебный год 2024/2025');
    const lines = template.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('— ошибка:'))).toEqual([]);
    expect(lines.filter((line) => line.includes('— предупреждение:'))).toEqual([
      expect.stringMatching(/Пункт 2\.1\.1: срок «по отдельному плану» не называет даты/),
      expect.stringMatching(/Пункт 3\.1\.3: срок «по графику» не называет даты/),
    ]);
    expect(template.stderr).toContain('Строке без номера («Участие в региональном мониторинге») дан номер 2.1.1');
    expect(template.stderr).toContain('дан номер 3.2.3 — по пункту 3.2');
    expect(template.stderr).toMatch(/Пункт 3\.1\.1: столбец «Отчитываются» пуст; .*отчитываются ООО\./);
    expect(template.stderr).toMatch(/Пункт 3\.2: столбец «Отчитываются» пуст; .*это пункт комитета/);
    expect(template.stderr).toMatch(/Пункт 3\.1\.2: столбец «Вид» пуст; считается «мероприятие»/);
    expect(template.stderr).toMatch(/Пункт 3\.2\.3: пояснение «городской этап» в сроке/);
  });

  it('passes check: only warnings and info, on the roadmap tab', async () => {
    const check = await runCommand(checkCommand, [book, '--as-of', '2024-12-02', '--json']);
    expect(check.code).toBe(0);
    const json = JSON.parse(check.stdout);
    expect(json.issues.filter((issue: { severity: string }) => issue.severity === 'error')).toEqual([]);
    expect(
      json.issues
        .filter(
          (issue: { tab: string; severity: string }) => issue.tab === 'Дорожная карта' && issue.severity === 'warning',
        )
        .map((issue: { code: string }) => issue.code),
    ).toEqual(['period_no_date', 'period_no_date']);
    expect(json.orgs.map((org: { status: string }) => org.status)).toEqual(['empty', 'empty', 'empty']);
  });

  it('gives each school form its roadmap rows and event options', async () => {
    const school = await formOf('SCH001');
    expect(school.keys).toEqual(expect.arrayContaining(['1.1', '2.1', '2.1.1', '2.2/1', '2.2/2', '3.3']));
    expect(school.keys).not.toContain('1.2');
    expect(school.dropdowns).toContainEqual([
      '3.1.1 «День профессии»',
      '3.1.2 «ИкаР»',
      '3.1.3 «Абилимпикс»',
      '3.2.2 «Я выбираю»',
    ]);
    const preschool = await formOf('DOU001');
    expect(preschool.keys).toEqual(expect.arrayContaining(['1.1', '2.1']));
    expect(preschool.keys).not.toContain('2.1.1');
    expect(preschool.dropdowns).toContainEqual(['3.1.2 «ИкаР»', '3.2.1 «Кем быть?»']);
    const supplementary = await formOf('ODO001');
    expect(supplementary.dropdowns).toContainEqual(['3.1.2 «ИкаР»', '3.1.3 «Абилимпикс»', '3.2.3 «Техностарт»']);
  });
});
