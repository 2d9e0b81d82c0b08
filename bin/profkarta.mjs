#!/usr/bin/env node
// The command line over .xlsx: `npx profkarta …` in the checkout after `npm ci`. It runs the
// prebuilt bundle dist/cli.mjs (built by `npm ci`'s `prepare`, and again here when missing or
// older than its sources); PROFKARTA_TS=1 runs the TypeScript instead, for development.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function loadCli() {
  if (process.env.PROFKARTA_TS === '1') {
    const { tsImport } = await import('tsx/esm/api');
    return tsImport(pathToFileURL(join(root, 'scripts', 'cli', 'main.ts')).href, import.meta.url);
  }
  const { buildCli, cliBundle, cliIsStale } = await import('../scripts/build-cli.mjs');
  if (cliIsStale()) await buildCli();
  return import(pathToFileURL(cliBundle).href);
}

let cli;
try {
  cli = await loadCli();
} catch (error) {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(
    `Не удалось запустить Профкарту: командная строка не собрана (${reason}). Выполните «npm ci» в каталоге проекта и запустите команду снова.\n`,
  );
  process.exit(2);
}
// processIo: a reader that goes away (`| head -1`) ends the output quietly, never with a stack trace.
const status = await cli.runCli(process.argv.slice(2), cli.processIo());
process.exitCode = process.exitCode || status;
