import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';
import { entryPoints } from '../addon/entry-points';
import * as settingsHintsData from '../core/directory/settings-hints-data';
import * as instructionData from '../core/form/instruction-data';
import * as directoryMessagesData from '../core/issues/directory-messages-data';
import * as formMessagesData from '../core/issues/form-messages-data';
import * as roadmapMessagesData from '../core/issues/roadmap-messages-data';
import * as valueMessagesData from '../core/issues/value-messages-data';
import * as roadmapData from '../core/roadmap/builtin-roadmap-data';

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
 * The core's modules of data only (exported arrays and records of JSON values, no code), by their
 * path under `core/`: the add-on carries them packed (`packedData`).
 */
export const packedModules: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'roadmap/builtin-roadmap-data': { ...roadmapData },
  'directory/settings-hints-data': { ...settingsHintsData },
  'form/instruction-data': { ...instructionData },
  'issues/value-messages-data': { ...valueMessagesData },
  'issues/directory-messages-data': { ...directoryMessagesData },
  'issues/form-messages-data': { ...formMessagesData },
  'issues/roadmap-messages-data': { ...roadmapMessagesData },
};

/**
 * The core's data modules in the add-on: the order's roadmap, the settings' hints and the words of
 * `Инструкция` (≈ 33 KB of Russian as code) in one gzip, base64-encoded (≈ 7.5 KB), unpacked by
 * Apps Script's own `Utilities.ungzip` on the first use of any export, each export a lazy view
 * (`Proxy`) of its unpacked value: an execution that needs none of them (the menu, a check, a send)
 * never unpacks. Same exports, same values (`scripts/build-packed-data.test.ts`).
 */
export const packedData: Plugin = {
  name: 'packed-data',
  setup(b) {
    const json = JSON.stringify(packedModules);
    const packed = gzipSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64');
    b.onResolve({ filter: /^profkarta:packed$/ }, () => ({ path: 'packed', namespace: 'profkarta' }));
    b.onLoad({ filter: /.*/, namespace: 'profkarta' }, () => ({
      loader: 'js',
      contents: `let data;
const unpack = () => data || (data = JSON.parse(Utilities.ungzip(Utilities.newBlob(Utilities.base64Decode("${packed}"), "application/x-gzip")).getDataAsString("UTF-8")));
const value = (m, n) => unpack()[m][n];
export const view = (m, n, list) => new Proxy(list ? [] : {}, {
  get: (_, p) => { const a = value(m, n); const v = Reflect.get(a, p); return typeof v === "function" ? v.bind(a) : v; },
  has: (_, p) => p in value(m, n),
  ownKeys: () => Reflect.ownKeys(value(m, n)),
  getOwnPropertyDescriptor: (_, p) => Reflect.getOwnPropertyDescriptor(value(m, n), p),
});`,
    }));
    const paths = Object.keys(packedModules).map((key) => key.replace('/', '[\\\\/]'));
    b.onLoad({ filter: new RegExp(`[\\\\/]core[\\\\/](?:${paths.join('|')})\\.ts$`) }, (args) => {
      const key = args.path
        .replace(/\\/g, '/')
        .replace(/^.*\/core\//, '')
        .replace(/\.ts$/, '');
      const exports = packedModules[key] ?? {};
      const lines = Object.entries(exports).map(
        ([name, v]) =>
          `export const ${name} = view(${JSON.stringify(key)}, ${JSON.stringify(name)}, ${Array.isArray(v)});`,
      );
      return { loader: 'js', contents: ['import { view } from "profkarta:packed";', ...lines].join('\n') };
    });
  },
};

/**
 * What each source file adds to Code.js (esbuild's `bytesInOutput`), largest first: where the
 * bundle budget (design §9) goes. Written beside Code.js as `Code.sizes.json`.
 *
 * @param metafile - the build's metafile
 * @example bytesBySource(result.metafile)['addon/files/org-files.ts'] // 6120
 */
export function bytesBySource(metafile: Metafile): Record<string, number> {
  const output = Object.values(metafile.outputs)[0];
  const sizes = Object.entries(output?.inputs ?? {}).map(([path, input]) => [path, input.bytesInOutput] as const);
  return Object.fromEntries(sizes.sort((a, b) => b[1] - a[1]));
}

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
    mainFields: ['module', 'main'],
    minifySyntax: true,
    // Keeps Code.js under the 300 KB budget (design §9); exported names (App.*) are kept.
    minifyWhitespace: true,
    minifyIdentifiers: true,
    legalComments: 'none',
    // Cyrillic as itself, not as \uXXXX escapes (a third of the bundle); Apps Script reads UTF-8.
    charset: 'utf8',
    plugins: [packedData],
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  writeFileSync(join(outDir, 'Code.sizes.json'), `${JSON.stringify(bytesBySource(code.metafile), null, 1)}\n`);
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
