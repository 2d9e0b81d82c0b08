#!/usr/bin/env node
// The command line's bundle: dist/cli.mjs, built by esbuild from scripts/cli/ (npm's `prepare`
// runs it on `npm ci`; bin/profkarta.mjs runs it again when the bundle is missing or stale).
// Plain JavaScript, so that it runs before anything else is built.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The bundle bin/profkarta.mjs runs. */
export const cliBundle = join(root, 'dist', 'cli.mjs');

/** The sources the bundle was built from (relative to the checkout), to tell when it is stale. */
const inputsFile = join(root, 'dist', 'cli.inputs.json');

/**
 * Whether dist/cli.mjs must be built: missing, or older than one of the files it was built from
 * (or than package.json, whose version it carries).
 *
 * @returns true when a build is needed
 */
export function cliIsStale() {
  let built;
  try {
    built = statSync(cliBundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
    for (const input of [...inputs, 'package.json']) {
      if (statSync(join(root, input)).mtimeMs > built) return true;
    }
    return false;
  } catch {
    return true;
  }
}

/**
 * Bundles scripts/cli/main.ts into dist/cli.mjs (ESM for Node 20; CommonJS packages stay in
 * node_modules, exceljs loaded only when a workbook is read), through a temporary file and a
 * rename, so that a command started meanwhile never loads half a bundle.
 *
 * @returns the bundle's size in bytes
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['scripts/cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS packages and native addons stay in node_modules (exceljs, jszip, mammoth, resvg);
    // date-fns and zod are bundled, so only the functions used are loaded, not their whole index.
    external: ['exceljs', 'jszip', 'iconv-lite', 'mammoth', 'tsx', '@resvg/resvg-js'],
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(root, join(root, p)));
  mkdirSync(dirname(cliBundle), { recursive: true });
  const suffix = `${process.pid}.${Date.now()}.tmp`;
  writeFileSync(`${inputsFile}.${suffix}`, JSON.stringify(inputs));
  renameSync(`${inputsFile}.${suffix}`, inputsFile);
  writeFileSync(`${cliBundle}.${suffix}`, code);
  renameSync(`${cliBundle}.${suffix}`, cliBundle);
  return code.byteLength;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bytes = await buildCli();
  process.stdout.write(`dist/cli.mjs: ${(bytes / 1024).toFixed(1)} КБ\n`);
}
