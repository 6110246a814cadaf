import { describe, expect, it } from 'vitest';
import { slugify } from '../../../popup/download';
import { resolveTargetUrl } from '../../../popup/target-url';

describe('slugify', () => {
  it('turns Vietnamese titles into plain ASCII file names', () => {
    expect(slugify('Đà Nẵng: Thủ tướng yêu cầu “làm ngay”!')).toBe('da-nang-thu-tuong-yeu-cau-lam-ngay');
  });

  it('falls back when nothing is left', () => {
    expect(slugify('«»')).toBe('newsmark-notes');
  });

  it('keeps names short without a trailing dash', () => {
    const slug = slugify('a '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('resolveTargetUrl', () => {
  const tabs = (url?: string) => ({ query: async () => [{ url }] });

  it('prefers ?url= and keys it like the content script does', async () => {
    const search = `?url=${encodeURIComponent('https://a.example/x?utm_source=m#top')}`;
    expect(await resolveTargetUrl(search, tabs('https://b.example/'))).toBe('https://a.example/x');
  });

  it('uses the active tab otherwise and ignores pages that are not http(s)', async () => {
    expect(await resolveTargetUrl('', tabs('https://b.example/y'))).toBe('https://b.example/y');
    expect(await resolveTargetUrl('', tabs('chrome://extensions/'))).toBeNull();
    expect(await resolveTargetUrl('', tabs(undefined))).toBeNull();
  });
});
