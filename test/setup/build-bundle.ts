import { buildAddon } from '../../scripts/build';
import { buildCli } from '../../scripts/build-cli.mjs';

// Tests run against the real bundles: build dist/ (the add-on and the command line) once before any test file.
export default async function setup(): Promise<void> {
  await Promise.all([buildAddon(), buildCli()]);
}
