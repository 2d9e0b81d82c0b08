import type { CheckReport } from '../../check/check-report';
import { fullProfminimum, fullResponsible, checkReport, org, orgCheck, stateOf, submission } from './report-fixture';

/**
 * Five organisations in two districts, figures computed by hand in `compute-indicators.test.ts`:
 * Калининский: S1 (ООО, submitted, основной), S2 (ООО, errors, базовый), D1 (ДОО, submitted);
 * Ленинский, with no submissions: S3 (ООО, missing), D2 (ДОО, empty).
 */
export function smallCity(): CheckReport {
  const s1 = org('S1', 'ООО', 'Калининский');
  const s2 = org('S2', 'ООО', 'Калининский');
  const d1 = org('D1', 'ДОО', 'Калининский');
  const s3 = org('S3', 'ООО', 'Ленинский');
  const d2 = org('D2', 'ДОО', 'Ленинский');
  const evidence = { text: 'Приказ № 5 от 20.10.2023', link: null, number: '5', date: '2023-10-20' };
  return checkReport(
    [
      orgCheck(
        s1,
        'submitted',
        submission('S1', 'ООО', {
          profminimum: { ...fullProfminimum, engineeringClasses: 1, engineeringPupils: 25 },
          roadmap: [
            { itemId: '1.2', window: 1, status: 'выполнено', doneOn: '2023-10-20', evidence, comment: '', row: 40 },
            { itemId: '3.2', window: 1, status: 'выполнено', doneOn: '2024-01-30', evidence, comment: '', row: 42 },
            { itemId: '3.2', window: 2, status: 'не начато', doneOn: null, evidence: null, comment: '', row: 43 },
          ],
          events: [
            {
              itemId: '5.2.6.3',
              title: '5.2.6.3 «Я выбираю»',
              date: '2024-01-15',
              grades: [8, 9],
              participants: 12,
              winners: 2,
              evidence: null,
              row: 50,
            },
          ],
          training: [
            {
              fullName: 'Иванова А.П.',
              programme: 'Профориентация',
              hours: 72,
              finishedOn: '2023-06-01',
              document: null,
              row: 60,
            },
          ],
        }),
      ),
      orgCheck(
        s2,
        'errors',
        submission('S2', 'ООО', {
          responsible: { ...fullResponsible, phone: null },
          profminimum: {
            ...fullProfminimum,
            level: 'базовый',
            pupils69: 80,
            pupils1011: 0,
            covered69: 60,
            covered1011: 0,
            bvbRegistered: 0,
            diagnostics: null,
            trials: 0,
            hours: { lessons: 4, extracurricular: 34, upbringing: 0, additional: 0, vocational: 0, parents: 0 },
          },
          roadmap: [
            { itemId: '1.2', window: 1, status: 'не начато', doneOn: null, evidence: null, comment: '', row: 40 },
            { itemId: '3.2', window: 1, status: 'не участвуем', doneOn: null, evidence: null, comment: '', row: 42 },
          ],
        }),
        { errors: 2, warnings: 1 },
      ),
      orgCheck(
        d1,
        'submitted',
        submission('D1', 'ДОО', {
          roadmap: [
            { itemId: '1.2', window: 1, status: 'выполнено', doneOn: '2023-11-15', evidence, comment: '', row: 30 },
          ],
          events: [
            {
              itemId: null,
              title: 'Городской праздник',
              date: '2023-12-01',
              grades: [],
              participants: 5,
              winners: null,
              evidence: null,
              row: 40,
            },
          ],
        }),
      ),
      orgCheck(s3, 'missing'),
      orgCheck(d2, 'empty'),
    ],
    { state: stateOf({ S1: '2024-01-20', S2: '2024-01-10' }) },
  );
}
