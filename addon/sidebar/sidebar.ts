import { actionLabel, actions, type PayloadOf, plainSidebarAction, type SidebarAction } from '../actions';
import type { SidebarResult, SidebarState } from '../sidebar-protocol';
import { selectsInPlace } from './problem-link';
import { runChunked } from './run-chunked';
import { renderFailure, renderProgress, renderResult, renderState } from './render';
import { type ScriptRunner, serverCall } from './server';

declare const google: { readonly script: { readonly run: ScriptRunner } };

const call = serverCall(() => google.script.run);
let state: SidebarState | null = null;
let running = false;

const actionButtons = (): HTMLButtonElement[] => Array.from(document.querySelectorAll<HTMLButtonElement>('button'));

/** Whether a button runs the action that may record its user as the first member (the registry's `firstMember`: set-up). */
function recordsFirstMember(button: HTMLButtonElement): boolean {
  const action = plainSidebarAction(button.dataset.action);
  return action !== null && 'firstMember' in actions[action];
}

/**
 * Buttons are disabled while a job runs and for anyone who is not committee staff (refresh stays
 * usable; so does «Настроить таблицу» for the would-be first member of a spreadsheet with no owner).
 */
function updateEnabled(): void {
  const allowed = state?.isCommittee === true;
  const firstMember = state?.firstMember === true;
  for (const button of actionButtons()) {
    const open = button.id === 'refresh' || (firstMember && recordsFirstMember(button));
    button.disabled = running || (!allowed && !open);
  }
  const hour = document.getElementById('send-hour') as HTMLInputElement | null;
  if (hour) hour.disabled = running || !allowed;
  document.getElementById('app')?.setAttribute('aria-busy', String(running));
}

function takeState(result: SidebarResult): void {
  if (result.ok && result.state) {
    state = result.state;
    renderState(document, state);
  }
}

async function refreshState(): Promise<void> {
  const result = await call('state', null);
  if (result.ok) takeState(result);
  else renderFailure(document, result.message);
}

/** Runs an action to its end (all chunks), then shows its result and the fresh state. */
async function run<A extends SidebarAction>(action: A, payload: PayloadOf<A>): Promise<void> {
  if (running) return;
  // A button that becomes disabled loses the focus: give it back afterwards, for keyboard users.
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  running = true;
  updateEnabled();
  renderProgress(document, `${actionLabel(action)}…`);
  try {
    const result = await runChunked(call, action, payload, (step) =>
      renderProgress(document, `${actionLabel(action)}…`, step.done, step.total, step.message),
    );
    renderResult(document, result);
    if (result.ok && result.state) takeState(result);
    else await refreshState();
  } finally {
    running = false;
    renderProgress(document, null);
    updateEnabled();
    if (focused && document.body.contains(focused) && !(focused as HTMLButtonElement).disabled) focused.focus();
  }
}

function onActionClick(event: Event): void {
  const button = (event.target as HTMLElement | null)?.closest<HTMLButtonElement>('button[data-action]');
  if (!button || button.disabled) return;
  const action = plainSidebarAction(button.dataset.action);
  if (action) void run(action, null);
}

/**
 * A problem's link selects its cell through the server, without reloading the spreadsheet; a link
 * into another spreadsheet is followed as it is, and so is one the server cannot select.
 */
function onProblemClick(event: MouseEvent): void {
  const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('#problems a[data-tab]');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const href = link.href;
  const tab = link.dataset.tab ?? '';
  if (!tab || !selectsInPlace(href, state?.spreadsheetId)) return;
  event.preventDefault();
  void call('select', { tab, cell: link.dataset.cell ?? null }).then((result) => {
    if (!result.ok) window.open(href, '_top');
  });
}

function onHourSubmit(event: Event): void {
  event.preventDefault();
  const input = document.getElementById('send-hour') as HTMLInputElement;
  const error = document.getElementById('hour-error') as HTMLElement;
  const text = input.value.trim();
  const hour = Number(text);
  if (text === '' || !Number.isInteger(hour) || hour < 0 || hour > 23) {
    error.textContent = 'Укажите целое число от 0 до 23.';
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  error.textContent = '';
  input.removeAttribute('aria-invalid');
  void run('saveSendHour', { hour });
}

function start(): void {
  document.addEventListener('click', onActionClick);
  document.addEventListener('click', onProblemClick);
  document.getElementById('hour-form')?.addEventListener('submit', onHourSubmit);
  document.getElementById('refresh')?.addEventListener('click', () => {
    if (!running) void refreshState();
  });
  updateEnabled();
  void (async () => {
    running = true;
    updateEnabled();
    try {
      await refreshState();
    } finally {
      running = false;
      updateEnabled();
    }
  })();
}

start();
