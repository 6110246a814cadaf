import { describe, expect, it } from 'vitest';
import { BROWSERS, ensureBrowsers, locateBrowser, missingMessage } from '../../../scripts/find-browser.mjs';

const only =
  (...present: string[]) =>
  (path: string): boolean =>
    present.includes(path);

describe('locateBrowser', () => {
  it('prefers the environment variable over the usual paths', () => {
    const found = locateBrowser('chromium', {
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      isExecutable: only('/opt/chrome/chrome', '/usr/bin/chromium'),
    });
    expect(found).toBe('/opt/chrome/chrome');
  });

  it('rejects an environment variable that names no executable instead of falling back', () => {
    expect(() =>
      locateBrowser('firefox', {
        env: { FIREFOX_PATH: '/nowhere/firefox' },
        isExecutable: only('/usr/bin/firefox'),
      }),
    ).toThrow(/FIREFOX_PATH=\/nowhere\/firefox/);
  });

  it('walks the usual install paths in order', () => {
    expect(locateBrowser('chromium', { env: {}, isExecutable: only('/usr/bin/google-chrome') })).toBe(
      '/usr/bin/google-chrome',
    );
    expect(
      locateBrowser('chromium', {
        env: {},
        isExecutable: only('/usr/bin/google-chrome', '/usr/bin/chromium'),
      }),
    ).toBe('/usr/bin/chromium');
    expect(
      locateBrowser('firefox', { env: {}, isExecutable: only('/usr/bin/firefox', '/usr/bin/firefox-esr') }),
    ).toBe('/usr/bin/firefox-esr');
  });

  it('returns null when nothing is installed', () => {
    expect(locateBrowser('firefox', { env: {}, isExecutable: only() })).toBeNull();
  });
});

describe('ensureBrowsers', () => {
  it('returns every path when all are present', () => {
    const paths = ensureBrowsers(['chromium', 'firefox'], {
      env: {},
      isExecutable: only('/usr/bin/chromium', '/usr/bin/firefox-esr'),
      install: false,
    });
    expect(paths).toEqual({ chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' });
  });

  it('stops with a message naming what to install when it may not install', () => {
    const attempt = () =>
      ensureBrowsers(['chromium', 'firefox'], {
        env: {},
        isExecutable: only('/usr/bin/chromium'),
        install: false,
      });
    expect(attempt).toThrow(/Firefox/);
    expect(attempt).toThrow(/apt-get install firefox-esr/);
    expect(attempt).toThrow(/FIREFOX_PATH/);
    expect(attempt).not.toThrow(/Chromium/);
  });

  it('names the Chromium packages, fonts included', () => {
    expect(missingMessage(['chromium'])).toContain(BROWSERS.chromium.packages.join(' '));
    expect(BROWSERS.chromium.packages).toEqual(['chromium', 'fonts-liberation']);
  });
});
