import { scriptProperties } from './properties';
import { lockBusyMessage, tryScriptLock } from './script-lock';
import { type Lease, leaseProperty } from './stored-values';

export type { Lease } from './stored-values';

/** What a caller asks the lease for: everything but the token and the expiry. */
export type LeaseClaim = Pick<Lease, 'who' | 'what' | 'since' | 'trigger'>;

/** An Apps Script execution stops after 6 minutes: a lease lives a little longer. */
const leaseMillis = 7 * 60 * 1000;

/**
 * The lease in force, or null (none, expired, or damaged: a stored lease that does not fit
 * `leaseSchema` is logged and is no lease).
 *
 * @param committeeId - the committee's spreadsheet
 * @param nowMs - the clock
 * @param props - the store (read once by a caller that also writes)
 */
export function currentLease(
  committeeId: string,
  nowMs: number = Date.now(),
  props?: GoogleAppsScript.Properties.Properties,
): Lease | null {
  const lease = leaseProperty(committeeId).read(props);
  return lease && lease.expires > nowMs ? lease : null;
}

/** The outcome of `takeLease`: the lease taken, or who holds it (null: the script lock itself stayed busy). */
export type LeaseTake =
  | { readonly ok: true; readonly lease: Lease }
  | { readonly ok: false; readonly holder: Lease | null };

/**
 * Takes the lease under the script lock, so two executions on any paths (menu, sidebar chunks,
 * triggers) never both take it. While the job runs the lease alone keeps others out: the lock is
 * held only for the read and the write.
 *
 * @param committeeId - the committee's spreadsheet
 * @param claim - who, what and since when, shown to a second caller
 * @example takeLease(id, { who: 'ivanova@example.ru', what: 'сборка сводки', since: '01.02.2024 10:15', trigger: false })
 */
export function takeLease(committeeId: string, claim: LeaseClaim): LeaseTake {
  const property = leaseProperty(committeeId);
  const props = scriptProperties();
  const locked = tryScriptLock((): LeaseTake => {
    const holder = currentLease(committeeId, Date.now(), props);
    if (holder) return { ok: false, holder };
    const lease: Lease = {
      ...claim,
      expires: Date.now() + leaseMillis,
      token: `${Date.now()}-${Math.floor(Math.random() * 1e9)}`,
    };
    property.write(lease, props);
    return { ok: true, lease };
  });
  return locked.ok ? locked.value : { ok: false, holder: null };
}

/**
 * Gives the lease back. No lock is needed: while this lease is in force nobody else writes the
 * key, so only its own holder can find its token there.
 *
 * @param committeeId - the committee's spreadsheet
 * @param lease - the lease `takeLease` gave
 */
export function releaseLease(committeeId: string, lease: Lease): void {
  const property = leaseProperty(committeeId);
  const props = scriptProperties();
  if (property.read(props)?.token === lease.token) property.write(null, props);
}

/**
 * What holds the lease, in Russian, to put after «идёт»: the action, who started it and when.
 *
 * @param holder - the lease in force, or null when the script lock itself stayed busy
 * @example busyWith(lease) // 'другое действие Профкарты — сборка сводки (запуск — ivanova@example.ru, 01.02.2024 10:15)'
 */
export function busyWith(holder: Lease | null): string {
  if (!holder) return 'другое действие Профкарты (таблица занята)';
  // «запуск — кто, когда»: no «запустил(а)» guessing the gender, no «в» before a date.
  const started = holder.trigger
    ? `запуск по расписанию, ${holder.since}`
    : `запуск — ${holder.who || 'другой сотрудник'}, ${holder.since}`;
  return `другое действие Профкарты — ${holder.what} (${started})`;
}

/**
 * The Russian refusal shown to a second caller: what runs, who started it and when.
 *
 * @param holder - the lease in force, or null when the script lock itself stayed busy
 * @example leaseRefusal(lease) // 'Сейчас идёт другое действие Профкарты — сборка сводки (запуск — ivanova@example.ru, 01.02.2024 10:15). …'
 */
export function leaseRefusal(holder: Lease | null): string {
  return holder ? `Сейчас идёт ${busyWith(holder)}. Дождитесь его окончания и повторите.` : lockBusyMessage;
}

/**
 * Stops a writing job that runs without the lease: every writing action of the registry has a
 * `lease` and `runAction` takes it, so this is a bug, never a user's situation.
 *
 * @param ctx - the action (its `lease`)
 * @param job - the job's name, for the message
 */
export function assertLease(ctx: { readonly lease: Lease | null }, job: string): void {
  if (!ctx.lease) throw new Error(`${job} runs without the lease: give its action a \`lease\` in actions.ts`);
}
