import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { committeeFake } from './harness';

const sidebarHtml = readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'Sidebar.html'), 'utf8');

describe('showSidebar in dist/Code.js', () => {
  it('opens the built Sidebar.html, with its CSS and script inlined', () => {
    const fake = committeeFake({ htmlFiles: { Sidebar: sidebarHtml } });
    fake.run('showSidebar');
    const shown = fake.world.shown.filter((s) => s.kind === 'sidebar');
    expect(shown).toHaveLength(1);
    expect(shown[0]?.text).toContain('<h1>Профкарта</h1>');
    expect(shown[0]?.text).toMatch(/<style>[\s\S]*focus-visible[\s\S]*<\/style>/);
    expect(shown[0]?.text).toMatch(/<script>[\s\S]*sidebarCall[\s\S]*<\/script>/);
    expect(shown[0]?.text).not.toContain('<!-- SCRIPT -->');
  });
});
