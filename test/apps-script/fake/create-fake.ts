import type vm from 'node:vm';
import { loadBundle } from '../load-bundle';
import {
  fakeConsole,
  fakeHtmlService,
  fakeLockService,
  fakePropertiesService,
  fakeSession,
  fakeUtilities,
} from './basic-services';
import { CallCounter } from './calls';
import { type FakeEnv, type FakeServiceFactory, registeredServices } from './registry';
import { fakeSheetsService } from './sheets-api';
import { fakeSpreadsheetApp } from './spreadsheet-app';
import { FakeWorld } from './world';
// Services that register themselves (MailApp, UrlFetchApp, ScriptApp triggers): loaded for every fake.
import './mail-app';
import './script-app';
import './url-fetch-app';

export interface FakeOptions {
  /** False: the Sheets advanced service is switched off (`Sheets` undefined). */
  readonly sheetsApi?: boolean;
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
  /** Calls a global of dist/Code.js (an entry point) and returns what it returns. */
  run(name: string, ...args: unknown[]): unknown;
}

/**
 * An in-memory Apps Script: SpreadsheetApp, the advanced Sheets service, PropertiesService,
 * LockService, Session, Utilities, HtmlService, console/Logger, plus registered and `extra`
 * services; it loads the built dist/Code.js into a fresh `node:vm` context over them.
 */
export function createFakeGas(options: FakeOptions = {}): FakeGas {
  const world = options.world ?? new FakeWorld();
  const counter = new CallCounter();
  const env: FakeEnv = { world, counter };
  const { console, Logger } = fakeConsole(world);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: fakeSpreadsheetApp(world, counter),
    PropertiesService: fakePropertiesService(world, counter),
    LockService: fakeLockService(world, counter),
    Session: fakeSession(world, counter),
    Utilities: fakeUtilities(counter),
    HtmlService: fakeHtmlService(counter, options.htmlFiles),
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
    console,
    Logger,
  };
  if (options.sheetsApi !== false) globals.Sheets = fakeSheetsService(world, counter);
  for (const factory of [...registeredServices(), ...(options.extra ?? [])]) Object.assign(globals, factory(env));
  const context = loadBundle(globals);
  return {
    world,
    counter,
    globals,
    context,
    run(name, ...args) {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`dist/Code.js has no global ${name}`);
      return fn(...args);
    },
  };
}
