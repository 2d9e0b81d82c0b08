import type { SidebarAction, SidebarResult } from '../sidebar-protocol';

/** What each action takes from the sidebar; actions not listed take nothing (`null` is sent). */
export interface SidebarPayloads {
  readonly saveSendHour: { readonly hour: number };
  readonly select: { readonly tab: string; readonly cell: string | null };
}

export type PayloadOf<A extends SidebarAction> = A extends keyof SidebarPayloads ? SidebarPayloads[A] : null;

/** The part of `google.script.run` the sidebar uses: one server function, `sidebarCall`. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  sidebarCall(action: SidebarAction, payload: unknown): void;
}

export type ServerCall = <A extends SidebarAction>(action: A, payload: PayloadOf<A>) => Promise<SidebarResult>;

/** A result the sidebar can trust the shape of; anything else becomes a Russian failure. */
export function asSidebarResult(value: unknown): SidebarResult {
  if (typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean') {
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string') return value as SidebarResult;
  }
  return { ok: false, message: 'Сервер ответил в непонятном виде. Обновите страницу и повторите.' };
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
