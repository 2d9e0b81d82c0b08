import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type vm from 'node:vm';
import { loadBundle } from '../load-bundle';
import { fakeConsole, fakeHtmlService, fakePropertiesService, fakeSession, fakeUtilities } from './basic-services';
import { CallCounter } from './calls';
import { fakeDriveService } from './drive-api';
import { fakeDriveApp } from './drive-app';
import { fakeLockService } from './lock-service';
import { type FakeEnv, type FakeServiceFactory, registeredServices } from './registry';
import { fakeSheetsService } from './sheets-api';
import { fakeSpreadsheetApp } from './spreadsheet-app';
import { executionLimitMessage, FakeWorld } from './world';
// Services that register themselves (MailApp, UrlFetchApp, ScriptApp triggers): loaded for every fake.
import './mail-app';
import './script-app';
import './url-fetch-app';

export interface FakeOptions {
  /** False: the Sheets advanced service is switched off (`Sheets` undefined). */
  readonly sheetsApi?: boolean;
  /**
   * The advanced Drive service (`Drive`, v3): on when appsscript.json enables it (as in Apps Script,
   * where an advanced service not enabled is undefined), unless said here.
   */
  readonly driveApi?: boolean;
  /** Services for this fake only, e.g. `({ world }) => ({ MailApp: … })`. */
  readonly extra?: readonly FakeServiceFactory[];
  /** HTML files `HtmlService.createHtmlOutputFromFile` serves. */
  readonly htmlFiles?: Record<string, string>;
  /** An existing world to share (e.g. two "executions" over the same spreadsheets). */
  readonly world?: FakeWorld;
}

/** A running fake: the world, the counter, the globals and the loaded bundle. */
export interface FakeGas {
  readonly world: FakeWorld;
  readonly counter: CallCounter;
  readonly globals: Record<string, unknown>;
  readonly context: vm.Context;
  /**
   * Calls a global of dist/Code.js (an entry point) as one execution and returns what it returns.
   * Throws `Exceeded maximum execution time` if the execution ran out of fake time, even when the
   * script caught it (Apps Script stops the script).
   */
  run(name: string, ...args: unknown[]): unknown;
}

/** Whether appsscript.json enables an advanced service (by its `userSymbol`). */
function enabledInManifest(symbol: string): boolean {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'appsscript.json'), 'utf8'));
  const services: { userSymbol?: string }[] = manifest.dependencies?.enabledAdvancedServices ?? [];
  return services.some((s) => s.userSymbol === symbol);
}

/** The fake services over one world, without a script: what `createFakeGas` gives the bundle. */
export interface FakeServices {
  readonly world: FakeWorld;
  readonly counter: CallCounter;
  readonly globals: Record<string, unknown>;
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly DriveApp: GoogleAppsScript.Drive.DriveApp;
  readonly Sheets: GoogleAppsScript.Sheets;
  readonly Drive: GoogleAppsScript.Drive;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
}

/**
 * The Apps Script globals over a world, each call counted and moving the world's clock (world.ts):
 * SpreadsheetApp, DriveApp, the advanced Sheets and Drive services (`Sheets`/`Drive` in `globals`
 * only when switched on), PropertiesService, LockService, Session, Utilities, HtmlService,
 * console/Logger, plus registered and `extra` services.
 */
export function fakeServices(options: FakeOptions = {}): FakeServices {
  const world = options.world ?? new FakeWorld();
  const counter = new CallCounter();
  counter.onCall = (name) => world.serviceCall(name);
  const env: FakeEnv = { world, counter };
  const { console, Logger } = fakeConsole(world);
  const Sheets = fakeSheetsService(world, counter);
  const Drive = fakeDriveService(world, counter);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: fakeSpreadsheetApp(world, counter),
    PropertiesService: fakePropertiesService(world, counter),
    DriveApp: fakeDriveApp(world, counter),
    LockService: fakeLockService(world, counter),
    Session: fakeSession(world, counter),
    Utilities: fakeUtilities(world, counter),
    HtmlService: fakeHtmlService(counter, options.htmlFiles),
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
    console,
    Logger,
  };
  if (options.sheetsApi !== false) globals.Sheets = Sheets;
  if (options.driveApi ?? enabledInManifest('Drive')) globals.Drive = Drive;
  for (const factory of [...registeredServices(), ...(options.extra ?? [])]) Object.assign(globals, factory(env));
  return {
    world,
    counter,
    globals,
    SpreadsheetApp: globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    DriveApp: globals.DriveApp as GoogleAppsScript.Drive.DriveApp,
    Sheets,
    Drive,
    LockService: globals.LockService as GoogleAppsScript.Lock.LockService,
    Utilities: globals.Utilities as GoogleAppsScript.Utilities.Utilities,
  };
}

/**
 * An in-memory Apps Script (`fakeServices`) with the built dist/Code.js loaded into a fresh
 * `node:vm` context over them, whose `Date` reads the world's fake clock.
 */
export function createFakeGas(options: FakeOptions = {}): FakeGas {
  const { world, counter, globals } = fakeServices(options);
  const context = loadBundle(globals, () => world.now);
  return {
    world,
    counter,
    globals,
    context,
    run(name, ...args) {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`dist/Code.js has no global ${name}`);
      const execution = world.beginExecution();
      try {
        const result = fn(...args);
        if (execution.killed) throw new Error(executionLimitMessage);
        return result;
      } finally {
        world.endExecution(execution);
      }
    },
  };
}
