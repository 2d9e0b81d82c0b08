import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's chromium: `.ci/run` installs it; the tests never download a browser. */
const chromiumPath = '/usr/bin/chromium';

const artifactsDir = join(import.meta.dirname, '..', '..', 'test-artifacts');

/** Browser tests may be switched off on purpose only; a missing browser is a failure, not a skip. */
export const skipBrowser = Boolean(process.env.PROFKARTA_SKIP_BROWSER);

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh profile, offline-minded flags, and no first-run noise. */
export async function openBrowser(executablePath = chromiumPath): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Нет браузера ${executablePath}: установите Chromium из пакетов Debian (apt-get install chromium) — .ci/run делает это сам — или задайте PROFKARTA_SKIP_BROWSER=1, чтобы пропустить браузерные тесты.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'profkarta-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 320, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where screenshots go (gitignored). */
export function artifactPath(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return join(artifactsDir, name);
}
