import type * as z from 'zod/mini';
import type { JournalAction } from '../core/history/journal';
import { noPayload, selectPayload, sendHourPayload } from './sidebar-payloads';

/**
 * One action of the add-on. The registry below drives everything that names actions: the Apps
 * Script globals (`entry-points.ts`, `main.ts`, the build's top-level functions), the menu
 * (`menu.ts`), what `sidebarCall` accepts and the sidebar's typed calls and labels.
 */
export interface ActionSpec {
  /** What the sidebar shows while it runs («Проверка отчётов…»). */
  readonly label: string;
  /** Its `Журнал` action; absent: it runs outside `runAction` (opening the panel, selecting a cell). */
  readonly journal?: JournalAction;
  /** The Apps Script global that runs it whole (a menu item, a trigger's handler); absent: sidebar only. */
  readonly global?: string;
  /** Its add-on menu item: `setup` items stand after a separator. */
  readonly menu?: { readonly label: string; readonly section: 'work' | 'setup' };
  /** What `sidebarCall` accepts as its payload; absent: the sidebar cannot call it. */
  readonly payload?: z.ZodMiniType;
  /**
   * `committee` (default): staff only; `open`: anyone who opened the panel (read-only);
   * `trigger`: a time-driven run, no user.
   */
  readonly access?: 'committee' | 'open' | 'trigger';
  /**
   * A writing action (design §10): it runs holding the add-on's one lease, and this says what runs,
   * in Russian («сборка сводки»), to a second caller refused meanwhile.
   */
  readonly lease?: string;
  /** Set-up: in a shared drive with no staff yet, the user may confirm and become the first member. */
  readonly firstMember?: true;
  /**
   * When the lease is busy: `retry` tries again later the same day through a one-off trigger
   * (`monthlyRetry`) instead of refusing (the monthly send, so a month is never skipped).
   */
  readonly whenBusy?: 'retry';
}

/**
 * Every action of the add-on, in menu order. Adding one here (and its job in
 * `jobs/action-jobs.ts`, which the compiler then asks for) is all it takes: the global, the menu item,
 * the sidebar's call and label follow.
 */
export const actions = {
  showSidebar: {
    label: 'Открытие панели',
    global: 'showSidebar',
    menu: { label: 'Открыть панель Профкарты', section: 'work' },
  },
  check: {
    label: 'Проверка отчётов',
    journal: 'check',
    global: 'checkSubmissions',
    menu: { label: 'Проверить отчёты', section: 'work' },
    payload: noPayload,
    lease: 'проверка отчётов',
  },
  build: {
    label: 'Сборка сводки',
    journal: 'build',
    global: 'buildSummary',
    menu: { label: 'Собрать сводку', section: 'work' },
    payload: noPayload,
    lease: 'сборка сводки',
  },
  remind: {
    label: 'Напоминания не сдавшим',
    journal: 'reminder',
    global: 'remindLate',
    menu: { label: 'Напомнить не сдавшим', section: 'work' },
    payload: noPayload,
    lease: 'рассылка напоминаний',
  },
  sendNow: {
    label: 'Отправка сводки',
    journal: 'send',
    global: 'sendSummaryNow',
    menu: { label: 'Отправить сводку сейчас', section: 'work' },
    payload: noPayload,
    lease: 'сборка и отправка сводки',
  },
  setUp: {
    label: 'Настройка таблицы',
    journal: 'setup',
    global: 'setUpSpreadsheet',
    menu: { label: 'Настроить таблицу', section: 'setup' },
    payload: noPayload,
    lease: 'настройка таблицы',
    firstMember: true,
  },
  createTabs: {
    label: 'Создание и обновление листов организаций',
    journal: 'protection',
    global: 'createOrganisationTabs',
    menu: { label: 'Создать и обновить листы организаций', section: 'setup' },
    payload: noPayload,
    lease: 'создание и обновление листов организаций',
  },
  auditProtection: {
    label: 'Проверка защиты',
    journal: 'protection',
    global: 'auditProtection',
    menu: { label: 'Проверить защиту', section: 'setup' },
    payload: noPayload,
  },
  restoreProtection: {
    label: 'Восстановление защиты',
    journal: 'protection',
    global: 'restoreProtection',
    menu: { label: 'Восстановить защиту', section: 'setup' },
    payload: noPayload,
    lease: 'восстановление защиты',
  },
  installTrigger: {
    label: 'Включение ежемесячной рассылки',
    journal: 'setup',
    global: 'installMonthlyTrigger',
    menu: { label: 'Включить ежемесячную рассылку', section: 'setup' },
    payload: noPayload,
  },
  removeTrigger: {
    label: 'Выключение ежемесячной рассылки',
    journal: 'setup',
    global: 'removeMonthlyTrigger',
    payload: noPayload,
  },
  saveSendHour: {
    label: 'Сохранение часа отправки',
    journal: 'setup',
    payload: sendHourPayload,
    lease: 'сохранение часа отправки',
  },
  state: { label: 'Обновление состояния', journal: 'check', access: 'open', payload: noPayload },
  select: { label: 'Переход к ячейке', access: 'open', payload: selectPayload },
  monthly: {
    label: 'Ежемесячная рассылка',
    journal: 'send',
    global: 'monthlyJob',
    access: 'trigger',
    lease: 'ежемесячная рассылка сводки',
    whenBusy: 'retry',
  },
  /** The one-off trigger of a monthly send that found the lease busy (`mail/monthly-retry.ts`). */
  monthlyRetry: {
    label: 'Повтор ежемесячной рассылки',
    journal: 'send',
    global: 'monthlyRetry',
    access: 'trigger',
    lease: 'ежемесячная рассылка сводки',
    whenBusy: 'retry',
  },
  /** The one-off trigger that reads on the organisation files a check or build left (`files/files-continuation.ts`). */
  filesLater: {
    label: 'Чтение файлов организаций',
    journal: 'check',
    global: 'continueOrgFiles',
    access: 'trigger',
    lease: 'чтение файлов организаций',
  },
  hourly: {
    label: 'Перепроверка изменённых листов',
    journal: 'check',
    global: 'hourlyJob',
    access: 'trigger',
    lease: 'перепроверка изменённых листов по расписанию',
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

export type Actions = typeof actions;
export type ActionName = keyof Actions;

/** The actions the sidebar may call: those with a payload schema. */
export type SidebarAction = {
  [A in ActionName]: Actions[A] extends { payload: z.ZodMiniType } ? A : never;
}[ActionName];

/** What the sidebar sends for an action (the schema's input) … */
export type PayloadOf<A extends SidebarAction> = z.input<Actions[A]['payload']>;
/** … and what the server's job receives once `sidebarCall` has checked it (the schema's output). */
export type CheckedPayloadOf<A extends SidebarAction> = z.output<Actions[A]['payload']>;

/** The Apps Script globals the registry declares (`checkSubmissions`, `monthlyJob`, …). */
export type ActionGlobal = { [A in ActionName]: Actions[A] extends { global: infer G } ? G : never }[ActionName];

type Registry = Readonly<Record<string, ActionSpec>>;

const entriesOf = (registry: Registry): [string, ActionSpec][] => Object.entries(registry);

/**
 * The sidebar's actions of a registry: those with a payload schema, in order.
 *
 * @param registry - the actions (the add-on's own by default)
 */
export function sidebarActionsOf(registry: Registry): string[] {
  return entriesOf(registry)
    .filter(([, spec]) => spec.payload !== undefined)
    .map(([name]) => name);
}

/**
 * The Apps Script globals of a registry, in order.
 *
 * @param registry - the actions
 */
export function globalsOf(registry: Registry): string[] {
  return entriesOf(registry).flatMap(([, spec]) => (spec.global ? [spec.global] : []));
}

/** A menu item: its label, the global it runs, and whether a separator stands before it. */
export interface MenuItem {
  readonly label: string;
  readonly fn: string;
  readonly separatorBefore: boolean;
}

/**
 * The menu of a registry: every action with a `menu` and a global, in order; one separator before
 * the first `setup` item that follows a `work` one.
 *
 * @param registry - the actions
 */
export function menuItemsOf(registry: Registry): MenuItem[] {
  const items: MenuItem[] = [];
  let previous: 'work' | 'setup' | null = null;
  for (const [, spec] of entriesOf(registry)) {
    if (!spec.menu || !spec.global) continue;
    items.push({
      label: spec.menu.label,
      fn: spec.global,
      separatorBefore: previous === 'work' && spec.menu.section === 'setup',
    });
    previous = spec.menu.section;
  }
  return items;
}

/** Sidebar action names, in registry order (the protocol's enum of `pending.action`). */
export const sidebarActionNames = sidebarActionsOf(actions) as [SidebarAction, ...SidebarAction[]];

/** Every global the registry declares, in registry order. */
export const actionGlobals = globalsOf(actions) as ActionGlobal[];

/** The add-on menu's items, in order. */
export const menuItems = menuItemsOf(actions) as readonly (MenuItem & { readonly fn: ActionGlobal })[];

/** The sidebar actions that take no payload: a button's `data-action` names one of them. */
export type PlainSidebarAction = { [A in SidebarAction]: null extends PayloadOf<A> ? A : never }[SidebarAction];

/**
 * The payload-free sidebar action a button names, or null for anything else.
 *
 * @param name - a button's `data-action`
 * @example plainSidebarAction('build') // 'build'; plainSidebarAction('select') // null
 */
export function plainSidebarAction(name: string | undefined): PlainSidebarAction | null {
  const found = entriesOf(actions).find(([action]) => action === name);
  return found && found[1].payload === noPayload ? (found[0] as PlainSidebarAction) : null;
}

/**
 * The sidebar's label of an action («Проверка отчётов»).
 *
 * @param name - the action
 */
export function actionLabel(name: ActionName): string {
  return actions[name].label;
}
