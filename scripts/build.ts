import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { builtinRoadmapSource } from '../core/roadmap/builtin-roadmap-data';
import { entryPoints } from '../addon/entry-points';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
/** The IIFE's global: the exports of `addon/main.ts`. */
const bundleName = 'Profkarta';

/**
 * Top-level declarations Apps Script can find, one per entry point, after `App` (the globals by
 * name that `addon/main.ts` exports).
 */
export function entryStubs(names: readonly string[]): string {
  const stubs = names.map((name) => `function ${name}(...a) { return App.${name}(...a); }`);
  return [`var App = ${bundleName}.App;`, ...stubs].join('\n');
}

/**
 * The built-in roadmap (order No. 1828-у: ~22 KB of Russian text, a fifth of the bundle's data)
 * shipped gzip-compressed in base64 (~4 KB) and decoded on first use with Apps Script's own
 * `Utilities.base64Decode` and `Utilities.ungzip`: the same `builtinRoadmapSource()` as the core's
 * module, which the command line keeps as plain data.
 */
export function compressedRoadmapModule(): string {
  const json = JSON.stringify(builtinRoadmapSource());
  const base64 = gzipSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64');
  return [
    'let source = null;',
    'export function builtinRoadmapSource() {',
    `  source ??= JSON.parse(Utilities.ungzip(Utilities.newBlob(Utilities.base64Decode(${JSON.stringify(base64)}), 'application/x-gzip')).getDataAsString('UTF-8'));`,
    '  return source;',
    '}',
  ].join('\n');
}

/** Swaps the core's built-in roadmap module for its compressed twin in the add-on's bundle. */
const compressedRoadmap: Plugin = {
  name: 'compressed-roadmap',
  setup(plugin) {
    plugin.onLoad({ filter: /core[\\/]roadmap[\\/]builtin-roadmap-data\.ts$/ }, () => ({
      contents: compressedRoadmapModule(),
      loader: 'js',
    }));
  },
};

/** Bundles the add-on into dist/: Code.js, Sidebar.html, appsscript.json. */
export async function buildAddon(outDir = dist): Promise<{ codeBytes: number }> {
  mkdirSync(outDir, { recursive: true });
  const code = await build({
    entryPoints: [join(root, 'addon/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: bundleName,
    // ES2020 syntax (`?.`, `??`) as the V8 runtime parses it: Google's own Apps Script quickstarts use
    // both in plain .gs files (googleworkspace/apps-script-samples, adminSDK/directory/quickstart.gs).
    target: 'es2020',
    platform: 'neutral',
    plugins: [compressedRoadmap],
    mainFields: ['module', 'main'],
    minifySyntax: true,
    // Keeps Code.js under the 300 KB budget (design §9); exported names (App.*) are kept.
    minifyWhitespace: true,
    minifyIdentifiers: true,
    legalComments: 'none',
    // Cyrillic as itself, not as \uXXXX escapes (a third of the bundle); Apps Script reads UTF-8.
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const body = code.outputFiles[0]?.text ?? '';
  const text = `${body}\n${entryStubs(entryPoints)}\n`;
  writeFileSync(join(outDir, 'Code.js'), text);

  const script = await build({
    entryPoints: [join(root, 'addon/sidebar/sidebar.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const css = readFileSync(join(root, 'addon/sidebar/sidebar.css'), 'utf8');
  const html = readFileSync(join(root, 'addon/sidebar/sidebar.html'), 'utf8')
    // Replacer functions: the bundled code holds `$'` and `$&`, which a replacement string would expand.
    .replace('<!-- STYLE -->', () => `<style>\n${css}</style>`)
    .replace(
      '<!-- SCRIPT -->',
      () => `<script>\n${(script.outputFiles[0]?.text ?? '').replace(/<\/script/gi, '<\\/script')}</script>`,
    );
  writeFileSync(join(outDir, 'Sidebar.html'), html);
  copyFileSync(join(root, 'appsscript.json'), join(outDir, 'appsscript.json'));
  return { codeBytes: Buffer.byteLength(text) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { codeBytes } = await buildAddon();
  process.stdout.write(`dist/Code.js: ${(codeBytes / 1024).toFixed(1)} КБ; dist/Sidebar.html, dist/appsscript.json\n`);
}
