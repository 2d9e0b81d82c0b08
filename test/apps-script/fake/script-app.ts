import { registerFakeService } from './registry';

/** A trigger as the fake ScriptApp stores it. */
export interface FakeTrigger {
  readonly id: string;
  readonly user: string;
  readonly handler: string;
  readonly kind: 'clock';
  readonly monthDay: number | null;
  readonly weekDay: string | null;
  readonly hour: number | null;
  readonly timeZone: string | null;
  readonly everyHours: number | null;
  /** A one-off trigger (`after(ms)` or `at(date)`): when it runs, epoch ms of the fake clock; else null. */
  readonly runAt: number | null;
}

export interface ScriptAppFake {
  /** Every user's triggers of the project. */
  readonly triggers: FakeTrigger[];
  /** The user running the script: `getProjectTriggers` shows only theirs, as Apps Script does. */
  user: string;
  readonly AuthMode: typeof authMode;
  readonly TriggerSource: Record<string, string>;
  readonly EventType: Record<string, string>;
  readonly WeekDay: Record<string, string>;
  newTrigger(handler: string): { timeBased(): ClockBuilder };
  getProjectTriggers(): TriggerHandle[];
  deleteTrigger(trigger: TriggerHandle): void;
  getOAuthToken(): string;
}

const authMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;

interface TriggerHandle {
  getHandlerFunction(): string;
  getUniqueId(): string;
  getEventType(): string;
  getTriggerSource(): string;
}

interface ClockBuilder {
  onMonthDay(day: number): ClockBuilder;
  onWeekDay(day: string): ClockBuilder;
  atHour(hour: number): ClockBuilder;
  everyHours(n: number): ClockBuilder;
  after(durationMilliseconds: number): ClockBuilder;
  at(date: Date): ClockBuilder;
  nearMinute(minute: number): ClockBuilder;
  inTimezone(timeZone: string): ClockBuilder;
  create(): TriggerHandle;
}

function handle(trigger: FakeTrigger): TriggerHandle {
  return {
    getHandlerFunction: () => trigger.handler,
    getUniqueId: () => trigger.id,
    getEventType: () => 'CLOCK',
    getTriggerSource: () => 'CLOCK',
  };
}

/**
 * ScriptApp's triggers in memory, per user; the builder checks what Apps Script checks
 * (a month day 1–31, an hour 0–23, `onMonthDay` and `everyHours` not mixed).
 */
export function createScriptAppFake(
  options: { user?: string; currentUser?: () => string; oauthToken?: string; now?: () => number } = {},
): ScriptAppFake {
  const now = options.now ?? (() => Date.now());
  const triggers: FakeTrigger[] = [];
  let next = 1;
  let user: string | null = options.user ?? null;
  const fake: ScriptAppFake = {
    triggers,
    get user() {
      return user ?? options.currentUser?.() ?? 'metodist@example.ru';
    },
    set user(value: string) {
      user = value;
    },
    AuthMode: authMode,
    TriggerSource: { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK' },
    EventType: { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT' },
    WeekDay: { MONDAY: 'MONDAY', SUNDAY: 'SUNDAY' },
    newTrigger(handler: string) {
      return {
        timeBased(): ClockBuilder {
          const draft = {
            monthDay: null as number | null,
            weekDay: null as string | null,
            hour: null as number | null,
            timeZone: null as string | null,
            everyHours: null as number | null,
            runAt: null as number | null,
          };
          const builder: ClockBuilder = {
            onMonthDay(day) {
              if (!Number.isInteger(day) || day < 1 || day > 31) throw new Error(`Invalid argument: ${day}`);
              draft.monthDay = day;
              return builder;
            },
            onWeekDay(day) {
              draft.weekDay = day;
              return builder;
            },
            atHour(hour) {
              if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(`Invalid argument: ${hour}`);
              draft.hour = hour;
              return builder;
            },
            everyHours(n) {
              draft.everyHours = n;
              return builder;
            },
            nearMinute() {
              return builder;
            },
            // "the minimum duration (in milliseconds) after the current time that the trigger runs":
            // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)
            after(ms) {
              if (!Number.isInteger(ms) || ms < 0) throw new Error(`Invalid argument: ${ms}`);
              draft.runAt = now() + ms;
              return builder;
            },
            at(date) {
              draft.runAt = date.getTime();
              return builder;
            },
            inTimezone(timeZone) {
              draft.timeZone = timeZone;
              return builder;
            },
            create() {
              if (draft.everyHours !== null && (draft.monthDay !== null || draft.weekDay !== null)) {
                throw new Error('Clock triggers cannot combine everyHours with a day.');
              }
              const recurring = draft.everyHours !== null || draft.monthDay !== null || draft.weekDay !== null;
              if (draft.runAt !== null && recurring) {
                throw new Error('A one-off clock trigger (after, at) cannot also recur.');
              }
              const trigger: FakeTrigger = {
                id: `trigger-${next++}`,
                user: fake.user,
                handler,
                kind: 'clock',
                ...draft,
              };
              triggers.push(trigger);
              return handle(trigger);
            },
          };
          return builder;
        },
      };
    },
    getProjectTriggers: () => triggers.filter((t) => t.user === fake.user).map(handle),
    deleteTrigger(trigger) {
      const index = triggers.findIndex((t) => t.id === trigger.getUniqueId() && t.user === fake.user);
      if (index < 0) throw new Error('Trigger not found or not owned by the current user.');
      triggers.splice(index, 1);
    },
    getOAuthToken: () => options.oauthToken ?? 'fake-oauth-token',
  };
  return fake;
}

// Every fake of the harness gets ScriptApp triggers; the running user is the world's.
registerFakeService('ScriptApp', ({ world }) => ({
  ScriptApp: createScriptAppFake({
    currentUser: () => world.activeUser || world.effectiveUser,
    now: () => world.now,
  }),
}));
