import type { SidebarAction, SidebarResult } from '../sidebar-protocol';
import type { PayloadOf, ServerCall } from './server';

export interface ChunkProgress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

/** Calls that may pass without the progress moving before the sidebar gives up (the server is stuck). */
const stalledLimit = 3;

/**
 * Runs one action to its end: a chunked job answers with `progress` and is called again with the
 * same payload until `done === total`; every step is reported. Stops on the first refusal or failure.
 */
export async function runChunked<A extends SidebarAction>(
  call: ServerCall,
  action: A,
  payload: PayloadOf<A>,
  onProgress: (progress: ChunkProgress) => void,
  maxCalls = 1000,
): Promise<SidebarResult> {
  let lastDone = -1;
  let stalled = 0;
  for (let calls = 1; ; calls++) {
    const result = await call(action, payload);
    if (!result.ok || !result.progress) return result;
    const { done, total } = result.progress;
    onProgress({ done, total, message: result.message });
    if (done >= total) return result;
    stalled = done > lastDone ? 0 : stalled + 1;
    lastDone = Math.max(lastDone, done);
    if (stalled >= stalledLimit || calls >= maxCalls) {
      return {
        ok: false,
        message: `Работа остановилась на ${done} из ${total}. Нажмите кнопку ещё раз, чтобы продолжить.`,
      };
    }
  }
}
