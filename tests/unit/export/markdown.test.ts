import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownUrl, toMarkdown } from '../../../src/export/markdown';
import { sampleExport } from './fixture.test-data';

describe('toMarkdown', () => {
  const md = toMarkdown(sampleExport());

  it('starts with the escaped title and the source', () => {
    expect(md.startsWith('# Hội nghị \\*giao ban\\*\n\n- URL: <https://tin.example/bai-1>\n')).toBe(true);
    expect(md).toContain('- Published: 2024-01-04');
  });

  it('groups an official’s mentions and titles', () => {
    expect(md).toContain('## Officials (1)');
    expect(md).toContain('- **Nguyễn Văn A** — Bộ trưởng; Phó Thủ tướng (2 mentions)');
  });

  it('lists figures with their normalised value and directives with their issuer', () => {
    expect(md).toContain('- 430 tỷ USD → 430,000,000,000 USD');
    // A value that reads as written is not repeated.
    expect(md).toContain('- -5%\n');
    expect(md).not.toContain('- -5% →');
    expect(md).toContain(
      '## Directives (1)\n\n- > Bộ trưởng yêu cầu "làm ngay", không chậm trễ. — *Nguyễn Văn A*',
    );
  });

  it('adds the reader’s notes with the note on its own line', () => {
    expect(md).toContain('## Reader notes (1)\n\n- > =HYPERLINK("x")\n\n  Check this later');
  });

  it('says so when a category is empty', () => {
    const empty = toMarkdown({ ...sampleExport(), annotations: [] });
    expect(empty).toContain('## Figures (0)\n\nNone found.');
    expect(empty).not.toContain('Reader notes');
  });
});

describe('escapeMarkdown', () => {
  it('neutralises links, html and emphasis from page text', () => {
    expect(escapeMarkdown('[x](javascript:1) <img> _a_')).toBe('\\[x\\](javascript:1) \\<img\\> \\_a\\_');
  });
});

describe('page-supplied fields', () => {
  const HOSTILE =
    '<img src=x onerror=alert(1)> [a](javascript:x) https://evil.example www.evil.example me@evil.example &lt;b&gt;';
  const doc = sampleExport();
  doc.page = {
    ...doc.page,
    url: 'https://tin.example/a"><script>x</script>',
    title: HOSTILE,
    site: HOSTILE,
    byline: HOSTILE,
    published: '<b onmouseover=alert(1)>2024</b> [x](https://evil.example)',
  };
  for (const a of doc.annotations) {
    a.quote = HOSTILE;
    if (a.body) a.body = `---\n${HOSTILE}`;
  }
  const md = toMarkdown(doc);
  const lines = md.split('\n');

  it('become neither HTML nor links', () => {
    const [urlLine, ...others] = lines.filter((line) => line.startsWith('- URL: '));
    expect(urlLine).toBe('- URL: <https://tin.example/a%22%3E%3Cscript%3Ex%3C/script%3E>');
    expect(others).toEqual([]);
    const rest = lines.filter((line) => line !== urlLine).join('\n');
    expect(rest).toContain('\\<img');
    expect(rest).not.toMatch(/(^|[^\\])</m);
    expect(rest).not.toMatch(/[^\\]\]\(/);
    expect(rest).not.toMatch(/https:\/\/evil|www\.evil|[^\\]@evil|[^\\]&lt;/);
  });

  it('escapes dates and leading block markers too', () => {
    expect(md).toContain(
      '- Published: \\<b onmouseover=alert(1)\\>2024\\</b\\> \\[x\\](https\\://evil.example)',
    );
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('2024. A year')).toBe('2024\\. A year');
    expect(escapeMarkdown('-5%')).toBe('-5%');
  });

  it('links the page only at a plain http(s) address', () => {
    expect(markdownUrl('https://tin.example/a b')).toBe('<https://tin.example/a%20b>');
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownUrl('not a url <b>')).toBe('not a url \\<b\\>');
  });
});
