#!/usr/bin/env node
// The command line over .xlsx: `npx profkarta …` in the checkout after `npm ci`.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'scripts', 'cli', 'main.ts');
const { runCli } = await tsImport(pathToFileURL(main).href, import.meta.url);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  today: new Date(),
});
