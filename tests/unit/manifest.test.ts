import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../scripts/lib/browser-manifest.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  permissions: string[];
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string; open_at_install?: boolean };
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
};

/** "a b; c d" -> { a: ['b'], c: ['d'] } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('manifest', () => {
  it('lets the browser enforce "no network, no remote code" on extension pages', () => {
    const csp = directives(manifest.content_security_policy?.extension_pages ?? '');
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(["'none'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    // Nothing may be loaded from anywhere but the extension itself.
    const remote = Object.values(csp)
      .flat()
      .filter((source) => /^(https?:|wss?:|\*)/.test(source) || source.includes('unsafe'));
    expect(remote).toEqual([]);
  });

  it('asks for unlimited storage, so the browser does not evict the library, and nothing broader', () => {
    expect([...manifest.permissions].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'sidePanel',
      'unlimitedStorage',
    ]);
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('gives each browser only its own side panel: side_panel for Chromium, sidebar_action for Firefox', () => {
    expect(manifest.side_panel?.default_path).toBe('panel.html');
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'panel.html', open_at_install: false });
    const chromium = manifestFor('chromium', manifest) as typeof manifest;
    expect(chromium.side_panel).toEqual(manifest.side_panel);
    expect(chromium.sidebar_action).toBeUndefined();
    expect(chromium.permissions).toContain('sidePanel');
    const firefox = manifestFor('firefox', manifest) as typeof manifest;
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.sidebar_action).toEqual(manifest.sidebar_action);
    expect(firefox.permissions).not.toContain('sidePanel');
    // The source manifest is left as it was.
    expect(manifest.permissions).toContain('sidePanel');
    expect(() => manifestFor('safari' as 'chromium', manifest)).toThrow(/unknown build target/);
  });
});
