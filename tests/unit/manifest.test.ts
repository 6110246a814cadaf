import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  permissions: string[];
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
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'unlimitedStorage']);
    expect(manifest.host_permissions).toBeUndefined();
  });
});
