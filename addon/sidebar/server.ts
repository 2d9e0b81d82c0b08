import type { PayloadOf, SidebarAction } from '../actions';
import type { sidebarCall } from '../jobs/sidebar-call';
import { type SidebarResult, sidebarResultSchema } from '../sidebar-protocol';

export type { PayloadOf } from '../actions';

/**
 * The part of `google.script.run` the sidebar uses, typed from the server's own function (as
 * React-Google-Apps-Script's `GASClient<typeof serverFunctions>`): `sidebarCall`, with the actions
 * and payloads of the registry; the answer comes to the success handler.
 */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  sidebarCall(...args: Parameters<typeof sidebarCall<SidebarAction>>): void;
}

/** A typed call of the server: an action of the registry with the payload its schema takes. */
export type ServerCall = <A extends SidebarAction>(action: A, payload: PayloadOf<A>) => Promise<SidebarResult>;

/** A result the sidebar can trust the shape of (`sidebarResultSchema`); anything else becomes a Russian failure. */
export function asSidebarResult(value: unknown): SidebarResult {
  const parsed = sidebarResultSchema.safeParse(value);
  return parsed.success
    ? parsed.data
    : { ok: false, message: 'Сервер ответил в непонятном виде. Обновите страницу и повторите.' };
}

function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'неизвестная ошибка';
}

/**
 * Typed promise over `google.script.run.sidebarCall(action, payload)`: the server never throws by contract,
 * but a lost connection or a timeout still reaches the failure handler, and becomes `{ ok: false }`.
 */
export function serverCall(runner: () => ScriptRunner): ServerCall {
  return (action, payload) =>
    new Promise<SidebarResult>((resolve) => {
      runner()
        .withSuccessHandler((value) => resolve(asSidebarResult(value)))
        .withFailureHandler((error) =>
          resolve({ ok: false, message: `Не удалось выполнить действие: ${errorText(error)}` }),
        )
        .sidebarCall(action, payload);
    });
}
