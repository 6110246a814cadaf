import type { BrowserContext, Page } from 'playwright-core';

export type Kind = 'official' | 'figure' | 'directive';
export declare const KINDS: Kind[];

export interface StoredAnnotationRow {
  id: string;
  url: string;
  kind: string;
  origin: string;
  quote: string;
  start: number;
  end: number;
  selectors?: unknown;
  name?: string;
  titles?: string[];
  figureType?: string;
  value?: number | string | null;
  unit?: string | null;
  issuer?: string | null;
  [field: string]: unknown;
}

export interface StoredPageRow {
  url: string;
  title?: string | null;
  canonicalUrl?: string | null;
  firstSeen?: number;
  lastSeen?: number;
  [field: string]: unknown;
}

export interface StoredRows {
  page: StoredPageRow | null;
  annotations: StoredAnnotationRow[];
  stores: string[];
}

export interface PopupView {
  title: string | null;
  empty: boolean;
  counts: Record<Kind, number | null>;
  items: Record<Kind, string[]>;
}

export declare function readHighlights(page: Page): Promise<Record<Kind, string[]>>;
export declare function waitForHighlights(page: Page, timeout?: number): Promise<void>;
export declare function extensionUrl(extensionId: string, path: string): string;
export declare function readStoredRows(extensionPage: Page, url: string): Promise<StoredRows>;
export declare function waitForStoredRows(
  extensionPage: Page,
  url: string,
  options?: { timeout?: number; interval?: number },
): Promise<StoredRows>;
export declare function openPopupFor(
  context: BrowserContext,
  extensionId: string,
  url: string,
): Promise<Page>;
export declare function readPopup(popup: Page): Promise<PopupView>;
export declare function exportMarkdown(popup: Page, file: string): Promise<string>;
