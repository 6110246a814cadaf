import { pageKey } from '../src/shared/page-url';

interface TabsApi {
  query(query: { active: boolean; currentWindow: boolean }): Promise<{ url?: string }[]>;
}

/**
 * The page the popup shows, as its database key: `?url=` when the popup is opened as a tab
 * (tests, a pinned panel), else the active tab's address. Null for pages Newsmark cannot read.
 */
export async function resolveTargetUrl(search: string, tabs: TabsApi | undefined): Promise<string | null> {
  const requested = new URLSearchParams(search).get('url');
  const href = requested ?? (await tabs?.query({ active: true, currentWindow: true }))?.[0]?.url;
  if (!href || !/^https?:/i.test(href)) return null;
  try {
    return pageKey(href);
  } catch {
    return null;
  }
}
