import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser build, from the dev dependency. */
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, with axe's summary of each. */
  nodes: string[];
}

/** Impacts the project's quality bar forbids (issue 9). */
const BLOCKING = new Set(['serious', 'critical']);
export const isBlocking = (finding: AxeFinding) => BLOCKING.has(finding.impact);

/**
 * Runs axe-core over `page` and returns its violations, of every impact. The script is
 * put in through the DevTools protocol (page.evaluate), which the extension's CSP does not
 * govern: the manifest's policy stays as it ships.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // `;0`: the script's completion value must not be taken for a function to call.
    await page.evaluate(`${await readFile(AXE_SCRIPT, 'utf8')}\n;0`);
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
}

/** The slice of axe's API used here (axe-core ships its types, but for the module, not the global). */
interface AxeApi {
  run(
    context: Document,
    options: { resultTypes: string[] },
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: string[]; failureSummary?: string }[];
    }[];
  }>;
}
