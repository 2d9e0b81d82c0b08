import { join } from 'node:path';
import vm from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { settingsHints } from '../core/directory/settings-hints-data';
import { instructionTexts } from '../core/form/instruction-data';
import { directoryMessages } from '../core/issues/directory-messages-data';
import { formatIssue } from '../core/issues/format-issue';
import { formMessages } from '../core/issues/form-messages-data';
import { type CodedParams, issueParamSpecs } from '../core/issues/issue-code';
import { roadmapMessages } from '../core/issues/roadmap-messages-data';
import { valueMessages } from '../core/issues/value-messages-data';
import { builtinHeadings, builtinRows, builtinSections } from '../core/roadmap/builtin-roadmap-data';
import { packedData, packedModules } from './build';

const root = join(import.meta.dirname, '..');

/**
 * The data modules bundled as the add-on bundles them, run over a `Utilities` that counts its
 * unpacking; with `words`, also the core's `formatIssue` that reads the packed templates.
 */
async function bundled(words = false) {
  const out = await build({
    stdin: {
      contents: `import * as roadmap from './core/roadmap/builtin-roadmap-data';
import * as hints from './core/directory/settings-hints-data';
import * as instruction from './core/form/instruction-data';
import * as values from './core/issues/value-messages-data';
import * as directory from './core/issues/directory-messages-data';
import * as form from './core/issues/form-messages-data';
import * as roadmapIssues from './core/issues/roadmap-messages-data';
globalThis.modules = { roadmap, hints, instruction, values, directory, form, roadmapIssues };
${words ? `import { formatIssue } from './core/issues/format-issue';\nglobalThis.formatIssue = formatIssue;` : ''}`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'neutral',
    plugins: [packedData],
    write: false,
    logLevel: 'silent',
  });
  const calls = { ungzip: 0 };
  const Utilities = {
    base64Decode: (text: string) => [...Buffer.from(text, 'base64')].map((b) => (b > 127 ? b - 256 : b)),
    newBlob: (bytes: number[]) => ({ bytes }),
    ungzip: (blob: { bytes: number[] }) => {
      calls.ungzip++;
      const text = gunzipSync(Buffer.from(blob.bytes.map((b) => b & 255))).toString('utf8');
      return { getDataAsString: () => text };
    },
  };
  const context: Record<string, unknown> = { Utilities };
  vm.runInNewContext(out.outputFiles[0]?.text ?? '', context);
  const code = out.outputFiles[0]?.text ?? '';
  return {
    modules: context.modules as Record<string, Record<string, unknown>>,
    formatIssue: context.formatIssue as typeof formatIssue,
    calls,
    bytes: Buffer.byteLength(code),
  };
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('packedData', () => {
  it('gives the add-on every data module exactly as the source declares it', async () => {
    const { modules } = await bundled();
    expect(plain(modules.roadmap!.builtinRows)).toEqual(plain(builtinRows));
    expect(plain(modules.roadmap!.builtinSections)).toEqual(plain(builtinSections));
    expect(plain(modules.roadmap!.builtinHeadings)).toEqual(plain(builtinHeadings));
    expect(plain(modules.hints!.settingsHints)).toEqual(plain(settingsHints));
    expect(plain(modules.instruction!.instructionTexts)).toEqual(plain(instructionTexts));
    const rows = modules.roadmap!.builtinRows as typeof builtinRows;
    expect(rows.length).toBe(builtinRows.length);
    expect(rows.map((r) => r.id)).toEqual(builtinRows.map((r) => r.id));
    expect([...rows].at(-1)?.title).toBe(builtinRows.at(-1)?.title);
    const texts = modules.instruction!.instructionTexts as typeof instructionTexts;
    expect(texts.typeHints.date).toEqual(instructionTexts.typeHints.date);
    expect(Object.keys(modules.hints!.settingsHints as object)).toEqual(Object.keys(settingsHints));
    expect(plain(modules.values!.valueMessages)).toEqual(valueMessages);
    expect(plain(modules.directory!.directoryMessages)).toEqual(directoryMessages);
    expect(plain(modules.form!.formMessages)).toEqual(formMessages);
    expect(plain(modules.roadmapIssues!.roadmapMessages)).toEqual(roadmapMessages);
  });

  it('words every issue from the packed templates as the plain core does', async () => {
    const bundle = await bundled(true);
    expect(bundle.calls.ungzip).toBe(0);
    for (const [code, spec] of Object.entries(issueParamSpecs)) {
      const params = Object.fromEntries(
        Object.entries(spec as Record<string, string>).map(([name, kind]) => [
          name,
          { text: name, number: 21, date: '2031-02-13', list: [name] }[kind.replace('?', '')],
        ]),
      );
      const issue = { code, params } as CodedParams;
      for (const shell of ['addon', 'cli'] as const)
        expect(bundle.formatIssue(issue, shell), code).toBe(formatIssue(issue, shell));
    }
    expect(bundle.calls.ungzip).toBe(1);
  });

  it('unpacks once, on first use, never on loading', async () => {
    const { modules, calls } = await bundled();
    expect(calls.ungzip).toBe(0);
    (modules.roadmap!.builtinSections as unknown[]).map((s) => s);
    expect((modules.hints!.settingsHints as Record<string, string>).sendHour).toBe(settingsHints.sendHour);
    expect(calls.ungzip).toBe(1);
  });

  it('carries the data in a fraction of its size', async () => {
    const { bytes } = await bundled();
    expect(bytes).toBeLessThan(Buffer.byteLength(JSON.stringify(packedModules)) / 3);
  });

  it('packs only data: arrays and records of JSON values', () => {
    for (const [key, exports] of Object.entries(packedModules)) {
      for (const [name, value] of Object.entries(exports)) {
        expect(typeof value, `${key}.${name}`).toBe('object');
        expect(plain(value), `${key}.${name}`).toEqual(value);
      }
    }
  });
});
