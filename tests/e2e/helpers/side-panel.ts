import { writeFile } from 'node:fs/promises';
import type { BrowserContext, CDPSession } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * The real side panel of a Chromium window. Playwright does not list it among the context's
 * pages, so it is driven over the DevTools protocol: a browser session attaches to the panel's
 * target and relays Runtime/Page commands to it.
 */
export class SidePanel {
  private next = 0;
  private readonly waiting = new Map<
    number,
    (reply: { result?: unknown; error?: { message: string } }) => void
  >();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      };
      const done = reply.id === undefined ? undefined : this.waiting.get(reply.id);
      if (!done) return;
      this.waiting.delete(reply.id!);
      done(reply);
    });
  }

  /** The open side panel showing `path` (waits for it to appear). */
  static async attach(context: BrowserContext, path: string, timeout = 10_000): Promise<SidePanel> {
    const browser = context.browser();
    if (!browser) throw new Error('no browser behind this context');
    const cdp = await browser.newBrowserCDPSession();
    const deadline = Date.now() + timeout;
    for (;;) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      const panel = targetInfos.find((t) => t.type === 'page' && t.url.includes(`/${path}`));
      if (panel) {
        const { sessionId } = (await cdp.send('Target.attachToTarget', {
          targetId: panel.targetId,
          flatten: false,
        })) as { sessionId: string };
        return new SidePanel(cdp, sessionId);
      }
      if (Date.now() > deadline) throw new Error(`no side panel showing ${path}`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.next;
    return new Promise((done, fail) => {
      this.waiting.set(id, (reply) =>
        reply.error ? fail(new Error(reply.error.message)) : done(reply.result as T),
      );
      this.cdp
        .send('Target.sendMessageToTarget', {
          sessionId: this.sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch(fail);
    });
  }

  /** Evaluates `expression` in the panel and returns its value (plain data). */
  async evaluate<T>(expression: string): Promise<T> {
    const reply = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>(
      'Runtime.evaluate',
      {
        expression,
        returnByValue: true,
        awaitPromise: true,
      },
    );
    if (reply.exceptionDetails) throw new Error(`panel script error: ${reply.exceptionDetails.text}`);
    return reply.result.value;
  }

  /** Polls `expression` until it is truthy; returns its value (or throws after `timeout`). */
  async waitFor<T>(expression: string, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate<T>(expression);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`the side panel never showed: ${expression}`);
      await new Promise((done) => setTimeout(done, 150));
    }
  }

  async screenshot(file: string): Promise<void> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    await writeFile(file, Buffer.from(data, 'base64'));
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => {});
  }
}

/** The extension's open views of one kind ('SIDE_PANEL', 'POPUP', ...), read from its service worker. */
export async function extensionViews(context: BrowserContext, type: string): Promise<string[]> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) return [];
  return worker.evaluate(
    async (wanted) =>
      (await chrome.runtime.getContexts({}))
        .filter((c) => c.contextType === wanted)
        .map((c) => c.documentUrl ?? ''),
    type,
  );
}
