export interface ServedDirectory {
  origin: string;
  port: number;
  close(): Promise<void>;
}

export declare const DEMO_DIR: string;
export declare function resolveInside(root: string, requestPath: string): string | null;
export declare function serveDirectory(
  root?: string,
  options?: { host?: string; port?: number },
): Promise<ServedDirectory>;
export declare function listDemoPages(root?: string): Promise<string[]>;
