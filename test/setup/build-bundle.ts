import { buildAddon } from '../../scripts/build';

// Tests run against the real bundle: build dist/ once before any test file.
export default async function setup(): Promise<void> {
  await buildAddon();
}
