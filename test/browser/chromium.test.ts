import { describe, expect, it } from 'vitest';
import { openBrowser } from './chromium';

describe('openBrowser', () => {
  it('fails with a clear Russian message, never skips, when Chromium is not installed', async () => {
    await expect(openBrowser('/nonexistent/chromium')).rejects.toThrow(
      /Нет браузера \/nonexistent\/chromium: установите Chromium из пакетов Debian \(apt-get install chromium\)/,
    );
  });
});
