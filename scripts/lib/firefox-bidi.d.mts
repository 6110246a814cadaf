export type BidiSend = <T = unknown>(method: string, params?: Record<string, unknown>) => Promise<T>;

export interface FirefoxBidi {
  send: BidiSend;
  /** Runs a function body in the browser window's chrome context (needs systemAccess); resolves with its return value. */
  chromeScript(body: string): Promise<unknown>;
  close(): Promise<void>;
}

export declare const QUIET_PREFS: Record<string, string | number | boolean>;
export declare function userJs(prefs?: Record<string, string | number | boolean>): string;
export declare function launchFirefoxBidi(options: {
  executablePath: string;
  timeout?: number;
  prefs?: Record<string, string | number | boolean>;
  systemAccess?: boolean;
}): Promise<FirefoxBidi>;
export declare function evaluateIn(send: BidiSend, context: string, expression: string): Promise<unknown>;
export declare function pollIn(
  send: BidiSend,
  context: string,
  expression: string,
  timeout?: number,
): Promise<unknown>;
