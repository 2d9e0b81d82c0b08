import { formatRuDate } from '../../../core/dates/format-ru-date';
import { type SchoolYear, schoolYearLabel, schoolYearOf } from '../../../core/dates/school-year';
import { formatIssue } from '../../../core/issues/format-issue';
import { parsePeriod } from '../../../core/roadmap/parse-period';
import { failureProblem } from '../../../core/roadmap/period-result';
import { periodJson, type SchoolYearFrom } from '../../../core/roadmap/period-json';
import { schoolYearNamedBy } from '../../../core/roadmap/school-year-named-by';
import { windowLabel } from '../../../core/roadmap/window-label';
import type { CliIo } from '../cli-io';
import { committeeNow } from '../committee-clock';
import { defineCommand } from '../define-command';
import { schoolYearArgument } from '../roadmap-book';

/** The school year today belongs to in Chelyabinsk (September starts the next one). */
function currentSchoolYear(io: CliIo): SchoolYear {
  return schoolYearOf(committeeNow(io.today).date);
}

const fromWords: Readonly<Record<SchoolYearFrom, string>> = {
  argument: '',
  phrase: ' (по годам, которые называет срок; другой — --school-year)',
  current: ' (текущий в Челябинске: срок не называет года; другой — --school-year)',
};

/**
 * `profkarta period "TEXT" --school-year 2023 [--json]` (design §8): one `Срок` phrase as date
 * windows. Exit 0 when read; 1 with the Russian reason on stderr when it cannot be; 2 on bad
 * arguments. A phrase with no date at all («по отдельному плану») also exits 1, saying so; a remark
 * set aside or a window outside the school year is a line on stderr (exit 0). Without
 * `--school-year`, the school year the phrase's own years belong to (`schoolYearNamedBy`), else
 * the current one in Chelyabinsk; the output says which (`schoolYearFrom` in the JSON).
 */
export const periodCommand = defineCommand({
  name: 'period',
  synopsis: 'period "СРОК" [--school-year 2023] [--json]',
  summary: 'разбор одного срока из дорожной карты («Декабрь 2023 г. – Январь 2024 г.») в окна дат',
  details: [
    '  --school-year 2023  учебный год; по умолчанию — тот, к которому относятся годы, названные в сроке',
    '                      («Декабрь 2023 г. – Январь 2024 г.» — 2023/2024), а если срок их не называет, текущий в Челябинске',
    '  --json              один JSON-документ на stdout',
    'Код выхода: 0 — срок прочитан, 1 — не прочитан (причина в stderr), 2 — неверные параметры.',
  ],
  examples: [
    'npx profkarta period "Декабрь 2023 г. – Январь 2024 г."',
    'npx profkarta period "II четверть" --school-year 2024 --json',
  ],
  options: { json: { type: 'boolean' }, 'school-year': { type: 'string' } },
  positionals: { min: 1, max: 1, what: 'один срок в кавычках' },
  run: async ({ values, positionals }, io) => {
    const text = positionals[0] ?? '';
    const given = schoolYearArgument(values['school-year']);
    const named = given ? null : schoolYearNamedBy(text);
    const from: SchoolYearFrom = given ? 'argument' : named ? 'phrase' : 'current';
    const year = given ?? named ?? currentSchoolYear(io);
    const result = parsePeriod(text, year);
    const json = periodJson(result, text, year, given ? undefined : from);
    if (!result.ok) {
      io.stderr(`${formatIssue(failureProblem(result), 'cli')}\n`);
      if (values.json) io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return 1;
    }
    for (const note of 'notes' in json ? json.notes : []) {
      io.stderr(`${note.severity === 'warning' ? 'Предупреждение' : 'К сведению'}: ${note.message}\n`);
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    const lines = result.windows.map(
      (w, i) => `  ${i + 1}) ${formatRuDate(w.start)} – ${formatRuDate(w.end)}  (${windowLabel(w)})`,
    );
    io.stdout(
      `Срок «${text.replace(/\s+/g, ' ').trim()}», учебный год ${schoolYearLabel(year)}${fromWords[from]}:\n${lines.join('\n')}\n`,
    );
    return 0;
  },
});
