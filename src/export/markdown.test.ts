import { describe, expect, it } from 'vitest';
import { sampleExport } from './fixture.test-data';
import { escapeMarkdown, toMarkdown } from './markdown';

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
    expect(md).toContain('- -5% → -5%');
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
