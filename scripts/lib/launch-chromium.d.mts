import type { BrowserContext } from 'playwright-core';

export interface LaunchedChromium {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export declare function chromiumArgs(extensionDir: string): string[];
export declare function extensionIdOf(context: BrowserContext, timeout?: number): Promise<string>;
export declare function launchChromiumWithExtension(options: {
  executablePath: string;
  extensionDir: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
}): Promise<LaunchedChromium>;
