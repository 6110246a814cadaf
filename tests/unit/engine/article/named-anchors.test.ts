import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

/** A reference page that heads each section with a named anchor, the jump target of its contents list. */
function page(anchor: (name: string, text: string) => string): string {
  const section = (name: string, head: string, body: string): string =>
    `<tr><td>${anchor(name, head)}</td></tr><tr><td><blockquote>${body}</blockquote></td></tr>`;
  return `<!doctype html><html lang="en"><head><title>Advisory</title></head><body><div id="main"><div id="left"><table>${[
    section(
      'overview',
      'Overview of the weakness',
      'The router firmware keeps its admin password in plain text.',
    ),
    section('impact', 'Impact on systems', 'Anyone on the network can read it and take over the device.'),
    section('fix', 'How to fix it', 'Install firmware 2.4, which stores the password hashed.'),
  ].join('')}</table></div></div></body></html>`;
}

describe('an <a> without href', () => {
  it('is a named anchor whose text is the page\u2019s own, not link text that makes the part look like a menu', () => {
    const a = articleOfHtml(page((name, text) => `<a name="${name}">${text}</a>`));
    expect(a.text).toContain('Overview of the weakness');
    expect(a.text).toContain('keeps its admin password in plain text');
    expect(a.text).toContain('stores the password hashed');
  });

  it('leaves links with an href counted as links', () => {
    const a = articleOfHtml(page((name, text) => `<a href="/more/${name}">${text}</a>`));
    expect(a.text).not.toContain('Overview of the weakness');
  });
});
