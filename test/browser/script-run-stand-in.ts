import type { SidebarAction, SidebarResult, SidebarState } from '../../addon/sidebar-protocol';

/** A scripted answer: a result, or a server exception the failure handler receives. */
type ScriptedAnswer = SidebarResult | { readonly throws: string };

/** Per action, the answers in order; the last one repeats. */
export type Script = Partial<Record<SidebarAction, readonly ScriptedAnswer[]>>;

interface RecordedCall {
  readonly action: SidebarAction;
  readonly payload: unknown;
}

/** What the page exposes as `window.__standIn` for the test to drive. */
export interface StandInControl {
  readonly calls: RecordedCall[];
  /** While held, calls wait; `releaseOne` answers the oldest waiting call, `release` all and stops holding. */
  hold(): void;
  releaseOne(): void;
  release(): void;
}

/**
 * Installs a stand-in `google.script.run` before the sidebar's own script runs (passed to `page.addInitScript`).
 * Runs inside the page: it may use nothing from this module's scope.
 */
export function installStandIn(script: Script): void {
  const queues: Record<string, unknown[]> = {};
  for (const [action, answers] of Object.entries(script)) queues[action] = [...(answers as unknown[])];
  const calls: { action: string; payload: unknown }[] = [];
  const waiting: (() => void)[] = [];
  let held = false;
  type Handler = ((value: unknown) => void) | null;
  const runner = (success: Handler, failure: Handler): unknown => ({
    withSuccessHandler: (handler: Handler) => runner(handler, failure),
    withFailureHandler: (handler: Handler) => runner(success, handler),
    sidebarCall(action: string, payload: unknown) {
      calls.push({ action, payload: JSON.parse(JSON.stringify(payload)) });
      const queue = queues[action] ?? [];
      const answer = queue.length > 1 ? queue.shift() : queue[0];
      const respond = () =>
        setTimeout(() => {
          if (answer === undefined) failure?.(new Error(`нет ответа для ${action}`));
          else if (typeof answer === 'object' && answer !== null && 'throws' in answer)
            failure?.(new Error(String((answer as { throws: string }).throws)));
          else success?.(JSON.parse(JSON.stringify(answer)));
        }, 5);
      if (held) waiting.push(respond);
      else respond();
    },
  });
  const control = {
    calls,
    hold() {
      held = true;
    },
    releaseOne() {
      waiting.shift()?.();
    },
    release() {
      held = false;
      for (const respond of waiting.splice(0)) respond();
    },
  };
  Object.assign(window, { google: { script: { run: runner(null, null) } }, __standIn: control });
}

/** A committee user's state; override what a test needs. */
export function committeeState(overrides: Partial<SidebarState> = {}): SidebarState {
  return {
    user: 'metodist@example.ru',
    isCommittee: true,
    schoolYear: '2023/2024',
    lastBuild: '2024-02-01 09:15',
    lastSend: '2024-02-01 08:03',
    triggerInstalled: false,
    sendHour: 8,
    pending: null,
    lease: null,
    ...overrides,
  };
}

export function stateAnswer(overrides: Partial<SidebarState> = {}): SidebarResult {
  return { ok: true, message: 'Состояние обновлено.', state: committeeState(overrides) };
}
