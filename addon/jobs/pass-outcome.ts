import { tabNames } from '../../core/grid/tab-names';
import { placeText } from '../../core/issues/place-text';
import { actions } from '../actions';
import type { PassResult } from './org-pass';
import { appendJournal } from '../infra/journal';
import { type ActionContext, type ActionOutcome, journalEntry } from '../infra/run-action';
import type { SidebarProblem } from '../sidebar-protocol';

const listed = '(список — в панели и в «Журнале»)';

/** A finding «КОД: что не так» as a sidebar problem. */
function problemOf(found: string): SidebarProblem {
  const code = /^([\p{L}\d_-]+): /u.exec(found);
  const org = code?.[1] ?? '';
  return {
    org,
    tab: org,
    cell: null,
    place: org ? placeText({ tab: org, row: null, column: null }) : '',
    severity: 'warning',
    message: found.slice(code ? org.length + 2 : 0),
    url: null,
  };
}

/**
 * The sidebar's answer to a pass over the organisations (creation, «Проверить защиту»,
 * «Восстановить защиту»), with its progress while part-way, and its `Журнал` line carrying every
 * finding (the sidebar shows the first ones). A creation that changed nothing leaves no `Журнал`
 * line, so running it again changes nothing.
 *
 * @param ctx - the action
 * @param r - what the pass did
 */
export function passOutcome(ctx: ActionContext, r: PassResult): ActionOutcome {
  const { tally, share } = r;
  const files = ctx.books.reportsMode() === 'files';
  const finished = r.done >= r.total;
  const parts: string[] = [];
  if (r.pass === 'createTabs') {
    parts.push(
      `${files ? `Файлы организаций: файлов создано ${r.withFile} из ${r.total}; в этот раз: ` : 'Листы организаций: '}создано ${tally.created}, обновлено ${tally.upgraded}, без изменений ${tally.unchanged}; доступ открыт ${r.shared} из ${r.emails} адресов.`,
    );
  } else if (r.pass === 'restoreProtection') {
    parts.push(
      tally.fixed || r.found.length
        ? `Защита восстановлена: исправлено ${r.found.length} ${listed}.`
        : 'Защита уже в порядке: ничего не изменено.',
    );
  }
  if (share.refused.length) parts.push(`Google не дал открыть доступ адресам: ${share.refused.join('; ')}.`);
  if (share.quotaHit) {
    parts.push('Квота Google на открытие доступа на сегодня исчерпана: остальное — при следующем запуске.');
  }
  if (r.unwritten.length) parts.push(`Не записаны листы (${r.unwritten.length}): ${r.unwritten.join(' ')}`);
  parts.push(...r.notes);
  if (r.closed.length) parts.push(`Закрыт доступ к файлам недействующих организаций: ${r.closed.join('; ')}.`);
  if (!finished) {
    // The sidebar calls again by itself; a run from the menu must be started again.
    parts.push(
      `Обработано ${r.done} из ${r.total}; остальное — следующим запуском (панель запускает его сама, из меню — запустите ещё раз).`,
    );
  } else if (r.found.length && r.pass !== 'restoreProtection') {
    parts.push(
      `Проверка защиты: расхождений ${r.found.length} ${listed}; исправляет их «${actions.restoreProtection.menu.label}».`,
    );
  } else if (r.pass === 'auditProtection') parts.push('Проверка защиты: расхождений нет.');
  const message = parts.join(' ');
  const changed =
    tally.created + tally.upgraded + tally.fixed + share.shared.length > 0 ||
    r.unwritten.length + r.closed.length + share.refused.length > 0;
  // Creation writes its line when it changed something; the protection actions always do.
  const journaled = finished && (changed || r.pass !== 'createTabs');
  if (journaled) {
    const list = r.found.length ? ` ${r.found.join('; ')}`.slice(0, 45_000) : '';
    appendJournal(ctx.books.committeeId, null, [journalEntry(ctx, 'protection', message + list)]);
  }
  return {
    ok: true,
    journaled: finished || !changed,
    message,
    progress: { done: r.done, total: r.total },
    counts: {
      ...tally,
      refusedEmails: share.refused.length,
      unwrittenTabs: r.unwritten.length,
      protectionProblems: r.found.length,
    },
    ...(r.found.length
      ? { problems: r.found.map(problemOf), problemsTotal: r.found.length, problemsTab: tabNames.journal }
      : {}),
  };
}
