import { describe, expect, it } from 'vitest';
import { QUIET_PREFS, userJs } from '../../../scripts/lib/firefox-bidi.mjs';
import { chromiumArgs } from '../../../scripts/lib/launch-chromium.mjs';

describe('chromiumArgs', () => {
  it('loads only our extension and turns off the browser’s own network traffic', () => {
    const args = chromiumArgs('/repo/dist/chromium');
    expect(args).toContain('--disable-extensions-except=/repo/dist/chromium');
    expect(args).toContain('--load-extension=/repo/dist/chromium');
    for (const quiet of ['--disable-background-networking', '--disable-component-update', '--disable-sync']) {
      expect(args).toContain(quiet);
    }
  });
});

describe('userJs', () => {
  it('writes one user_pref line per preference, values as JSON literals', () => {
    const text = userJs({ 'a.flag': false, 'a.count': 0, 'a.url': 'data:,"x"' });
    expect(text.split('\n')).toEqual([
      'user_pref("a.flag", false);',
      'user_pref("a.count", 0);',
      'user_pref("a.url", "data:,\\"x\\"");',
    ]);
  });

  it('silences first-run pages, telemetry and updates by default', () => {
    expect(QUIET_PREFS['browser.aboutwelcome.enabled']).toBe(false);
    expect(QUIET_PREFS['toolkit.telemetry.enabled']).toBe(false);
    expect(QUIET_PREFS['app.update.auto']).toBe(false);
    expect(userJs()).toContain('user_pref("browser.shell.checkDefaultBrowser", false);');
  });
});
