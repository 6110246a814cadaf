export type BrowserName = 'chromium' | 'firefox';

export interface BrowserSpec {
  label: string;
  env: string;
  paths: string[];
  packages: string[];
}

export interface LocateOptions {
  env?: Record<string, string | undefined>;
  isExecutable?: (path: string) => boolean;
}

export declare const BROWSERS: Record<BrowserName, BrowserSpec>;
export declare function isExecutableFile(path: string): boolean;
export declare function locateBrowser(name: BrowserName, options?: LocateOptions): string | null;
export declare function canInstallWithApt(): boolean;
export declare function missingMessage(names: BrowserName[]): string;
export declare function ensureBrowsers<N extends BrowserName>(
  names: N[],
  options?: LocateOptions & { install?: boolean },
): Record<N, string>;
