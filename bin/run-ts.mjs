#!/usr/bin/env node
// Runs a TypeScript script of the checkout (build, bench) through tsx, with its arguments.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const [script, ...rest] = process.argv.slice(2);
if (!script) {
  process.stderr.write('Использование: node bin/run-ts.mjs СКРИПТ.ts [аргументы]\n');
  process.exit(2);
}
const path = resolve(script);
process.argv = [process.argv[0], path, ...rest];
await tsImport(pathToFileURL(path).href, import.meta.url);
