#!/usr/bin/env node
// The layering check: core/ is pure, so it may not import addon/, scripts/, test/ or Node's modules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const forbiddenDirs = ['addon', 'scripts', 'test'];
const forbiddenPackages = /^(node:|fs$|path$|os$|child_process$|exceljs$|url$)/;

function* tsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tsFiles(path);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) yield path;
  }
}

/** Every forbidden import under `root/core`, as `file: specifier` lines. */
export function layerViolations(root) {
  const violations = [];
  const core = join(root, 'core');
  for (const file of tsFiles(core)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    )) {
      const spec = match[1] ?? match[2];
      const target = spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : null;
      const layer = target?.split(/[\\/]/)[0];
      if ((layer && forbiddenDirs.includes(layer)) || (!spec.startsWith('.') && forbiddenPackages.test(spec))) {
        violations.push(`${relative(root, file)}: ${spec}`);
      }
    }
  }
  return violations;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const violations = layerViolations(root);
  if (violations.length > 0) {
    process.stderr.write(
      `core/ должен оставаться чистым; запрещённые импорты:\n${violations.map((v) => `  ${v}`).join('\n')}\n`,
    );
    process.exit(1);
  }
  process.stdout.write('Слои в порядке: core/ не импортирует addon/, scripts/, test/ и модули Node.\n');
}
