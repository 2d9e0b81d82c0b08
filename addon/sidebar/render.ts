import type { SidebarProblem, SidebarResult, SidebarState } from '../sidebar-protocol';
import { actionLabel } from '../actions';
import { formatWhen } from './format-when';

/** Russian labels of the counts the server sends. */
const countLabels: Readonly<Record<string, string>> = {
  orgs: 'Организаций',
  expected: 'Ожидается',
  submitted: 'Сдали без ошибок',
  errors: 'С ошибками',
  empty: 'Пустые листы',
  missing: 'Нет листа',
  warnings: 'Предупреждений',
  issues: 'Замечаний',
  issueErrors: 'Ошибок в листах',
  issueWarnings: 'Предупреждений в листах',
  sent: 'Отправлено',
  queued: 'В очереди',
  skipped: 'Пропущено',
  badAddresses: 'Неверных адресов',
  created: 'Создано',
  updated: 'Обновлено',
  upgraded: 'Обновлено',
  unchanged: 'Без изменений',
  refusedEmails: 'Адресов без доступа',
  protectionProblems: 'Расхождений в защите',
  fixed: 'Исправлено',
  unwrittenTabs: 'Не записано листов',
  shared: 'Открыт доступ',
};

const severityLabels: Readonly<Record<SidebarProblem['severity'], string>> = {
  error: 'Ошибка',
  warning: 'Предупреждение',
  info: 'Сведения',
};

const severityRank: Readonly<Record<SidebarProblem['severity'], number>> = { error: 0, warning: 1, info: 2 };

/** The sidebar shows the worst problems only; the full list is the `Проверка` tab. */
const shownProblems = 20;

/**
 * Only absolute links into Google Sheets become clickable: the sidebar is an iframe on another
 * origin, so a bare `#gid=…` fragment would not reach the spreadsheet (the server sends full URLs).
 */
function safeProblemHref(url: string | null): string | null {
  return url !== null && /^https:\/\/docs\.google\.com\//.test(url) ? url : null;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  // textContent, never innerHTML: whatever the server or a school typed is shown as text.
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function byId<T extends HTMLElement = HTMLElement>(doc: Document, id: string): T {
  const node = doc.getElementById(id);
  if (!node) throw new Error(`В Sidebar.html нет элемента #${id}`);
  return node as T;
}

function setNotice(doc: Document, text: string | null, kind: 'refusal' | 'lease' = 'refusal'): void {
  const notice = byId(doc, 'notice');
  notice.textContent = text ?? '';
  notice.className = `notice ${kind}`;
  notice.hidden = text === null;
}

/** The state part of the sidebar: who, when, the trigger, a job to resume, the refusal or the lease. */
export function renderState(doc: Document, state: SidebarState): void {
  byId(doc, 'who').textContent = state.user
    ? `${state.user} · учебный год ${state.schoolYear}`
    : `Учебный год ${state.schoolYear}`;
  byId(doc, 'last-build').textContent = formatWhen(state.lastBuild);
  byId(doc, 'last-send').textContent = formatWhen(state.lastSend);
  byId(doc, 'trigger-state').textContent = state.triggerInstalled
    ? `включена, 1-го числа в ${state.sendHour}:00`
    : 'выключена';
  const hour = byId<HTMLInputElement>(doc, 'send-hour');
  if (doc.activeElement !== hour) hour.value = String(state.sendHour);
  const toggle = byId<HTMLButtonElement>(doc, 'toggle-trigger');
  toggle.dataset.action = state.triggerInstalled ? 'removeTrigger' : 'installTrigger';
  toggle.textContent = state.triggerInstalled ? 'Выключить ежемесячную рассылку' : 'Включить ежемесячную рассылку';

  const pending = byId(doc, 'pending');
  pending.hidden = state.pending === null || !state.isCommittee;
  if (state.pending) {
    byId(doc, 'pending-text').textContent =
      `Не завершено: ${actionLabel(state.pending.action)} — ${state.pending.done} из ${state.pending.total}.`;
    byId(doc, 'resume').dataset.action = state.pending.action;
  }

  if (!state.isCommittee) {
    setNotice(
      doc,
      state.refusal ||
        (state.user
          ? `Действия Профкарты доступны только сотрудникам комитета. Адрес ${state.user} не указан в «Настройках» → «Сотрудники комитета». Обратитесь к ответственному в комитете.`
          : 'Не удалось узнать ваш адрес электронной почты, поэтому действия Профкарты недоступны. Войдите в аккаунт Google, которому комитет дал доступ, и откройте панель заново.'),
    );
  } else if (state.lease) {
    const { who, since, what, trigger } = state.lease;
    const started = trigger ? 'запуск по расписанию' : `запуск — ${who}`;
    setNotice(
      doc,
      `Сейчас идёт ${what ?? 'сборка сводки'} (${started}, ${formatWhen(since)}). Дождитесь окончания и нажмите «Обновить состояние».`,
      'lease',
    );
  } else {
    setNotice(doc, null);
  }
  const warning = byId(doc, 'date-warning');
  warning.textContent = state.reportDateWarning ?? '';
  warning.hidden = !state.reportDateWarning;
}

/** Shows a refusal or failure that came back from an action. */
export function renderFailure(doc: Document, message: string): void {
  renderResult(doc, { ok: false, message });
}

function renderCounts(doc: Document, counts: Readonly<Record<string, number>> | undefined): void {
  const list = byId(doc, 'counts');
  list.replaceChildren();
  // Only counts with a Russian label are shown: the sidebar speaks Russian only.
  const entries = Object.entries(counts ?? {}).filter(([key]) => countLabels[key] !== undefined);
  for (const [key, value] of entries) {
    list.append(element(doc, 'dt', countLabels[key] ?? key), element(doc, 'dd', String(value)));
  }
  list.hidden = entries.length === 0;
}

function problemItem(doc: Document, problem: SidebarProblem): HTMLLIElement {
  const item = element(doc, 'li');
  item.append(element(doc, 'span', severityLabels[problem.severity], `severity-${problem.severity}`), ' ');
  const where = problem.place;
  const href = safeProblemHref(problem.url);
  if (href !== null && where) {
    const link = element(doc, 'a', where);
    link.href = href;
    link.target = '_top';
    link.title = problem.cell ? 'Открыть ячейку' : 'Открыть лист';
    // The sidebar selects the cell through the server on click; the link is the fallback.
    link.dataset.tab = problem.tab || problem.org;
    if (problem.cell) link.dataset.cell = problem.cell;
    item.append(link, ': ');
  } else if (where) {
    item.append(element(doc, 'span', where), ': ');
  }
  item.append(element(doc, 'span', problem.message));
  return item;
}

/** The result of the last action: its message, counts and the worst problems as links to their cells. */
export function renderResult(doc: Document, result: SidebarResult): void {
  byId(doc, 'run').hidden = false;
  byId(doc, 'result').hidden = false;
  const message = byId(doc, 'result-message');
  message.textContent = result.message;
  message.className = result.ok ? '' : 'error';
  renderCounts(doc, result.ok ? result.counts : undefined);
  const problems = result.ok ? [...(result.problems ?? [])] : [];
  problems.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  const list = byId(doc, 'problems');
  list.replaceChildren(...problems.slice(0, shownProblems).map((problem) => problemItem(doc, problem)));
  byId(doc, 'problems-box').hidden = problems.length === 0;
  const more = byId(doc, 'problems-more');
  // The server sends the worst problems only: the count is the one it says, and so is the tab.
  const total = Math.max(problems.length, (result.ok && result.problemsTotal) || 0);
  const tab = result.ok ? result.problemsTab : undefined;
  more.hidden = total <= shownProblems;
  more.textContent = `Показаны ${Math.min(shownProblems, problems.length)} из ${total}${tab ? `; все — на листе «${tab}»` : ''}.`;
}

/** Shows or hides the progress bar; `total` 0 means «идёт, сколько — пока неизвестно». */
export function renderProgress(doc: Document, label: string | null, done = 0, total = 0, text = ''): void {
  const box = byId(doc, 'progress-box');
  box.hidden = label === null;
  if (label === null) return;
  byId(doc, 'run').hidden = false;
  byId(doc, 'result').hidden = true;
  byId(doc, 'progress-label').textContent = label;
  const bar = byId<HTMLProgressElement>(doc, 'progress');
  if (total > 0) {
    bar.max = total;
    bar.value = Math.min(done, total);
    byId(doc, 'progress-text').textContent = text ? `${done} из ${total}: ${text}` : `${done} из ${total}`;
  } else {
    bar.removeAttribute('value');
    byId(doc, 'progress-text').textContent = text;
  }
}
