#!/usr/bin/env node
// The layering check. core/ is pure: it may not import addon/, scripts/, test/ or Node's modules.
// Inside core/, folders form layers that read bottom-up: a folder imports only folders of lower
// layers, never its own layer's neighbours nor a higher one, so no two folders form a cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * core/'s folders from the bottom up; folders of one layer may not import each other.
 * The README's picture («Слои ядра») is drawn from this list and a test keeps them equal.
 */
export const coreLayers = [
  ['dates'],
  ['grid'],
  ['issues'],
  ['values'],
  ['directory'],
  ['roadmap'],
  ['form'],
  ['check'],
  ['indicators'],
  ['history'],
  ['recommendations'],
  ['outputs'],
  ['report'],
];

const forbiddenDirs = ['addon', 'scripts', 'test'];
const forbiddenPackages = /^(node:|fs$|path$|os$|child_process$|exceljs$|url$)/;

function* tsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tsFiles(path);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) yield path;
  }
}

function* imports(text) {
  for (const match of text.matchAll(
    /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm,
  )) {
    yield match[1] ?? match[2] ?? match[3];
  }
}

/** The layer picture as the README shows it: `dates → grid → … → report`. */
export function layerPicture(layers = coreLayers) {
  return layers.map((layer) => layer.join(' · ')).join(' → ');
}

/**
 * Every forbidden import under `root/core`, as `file: specifier (why)` lines: an import of the
 * shells or of Node, an import of a higher or same-layer folder, a folder missing from the order,
 * and each cycle between folders.
 *
 * @param root - the repository's root
 * @param layers - core's folders from the bottom up
 */
export function layerViolations(root, layers = coreLayers) {
  const violations = [];
  const core = join(root, 'core');
  const rank = new Map(layers.flatMap((layer, index) => layer.map((folder) => [folder, index])));
  const edges = new Map();
  const unplaced = new Set();
  for (const file of tsFiles(core)) {
    const text = readFileSync(file, 'utf8');
    const from = relative(core, file).split(/[\\/]/);
    const fromFolder = from.length > 1 ? from[0] : null;
    if (fromFolder && !rank.has(fromFolder)) unplaced.add(fromFolder);
    for (const spec of imports(text)) {
      const target = spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : null;
      const parts = target?.split(/[\\/]/) ?? [];
      if ((parts[0] && forbiddenDirs.includes(parts[0])) || (!spec.startsWith('.') && forbiddenPackages.test(spec))) {
        violations.push(`${relative(root, file)}: ${spec}`);
        continue;
      }
      if (parts[0] !== 'core' || parts.length < 3 || !fromFolder) continue;
      const toFolder = parts[1];
      if (toFolder === fromFolder) continue;
      if (!edges.has(fromFolder)) edges.set(fromFolder, new Set());
      edges.get(fromFolder).add(toFolder);
      const a = rank.get(fromFolder);
      const b = rank.get(toFolder);
      if (a !== undefined && b !== undefined && b >= a) {
        violations.push(
          `${relative(root, file)}: ${spec} (${b === a ? 'папка того же слоя' : 'импорт вверх'}: ${fromFolder} → ${toFolder})`,
        );
      }
    }
  }
  for (const folder of [...unplaced].sort()) {
    violations.push(`core/${folder}/: папки нет в порядке слоёв (scripts/check-layers.mjs, coreLayers)`);
  }
  for (const cycle of folderCycles(edges)) violations.push(`цикл между папками: ${cycle.join(' → ')}`);
  return violations;
}

/** Each cycle of the folder graph once, as a closed path (Tarjan's strongly connected components). */
function folderCycles(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push([...component.sort(), component[0]]);
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const violations = layerViolations(root);
  if (violations.length > 0) {
    process.stderr.write(`Нарушены слои ядра (${layerPicture()}):\n${violations.map((v) => `  ${v}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `Слои в порядке: core/ не импортирует addon/, scripts/, test/ и модули Node; папки ядра снизу вверх: ${layerPicture()}.\n`,
  );
}
