import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths';

const run = promisify(execFile);

export interface CliAnnotation {
  kind: 'official' | 'figure' | 'directive';
  text: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

export interface CliRecord {
  file: string;
  article: { isArticle: boolean; title: string | null; text: string; [field: string]: unknown };
  annotations: CliAnnotation[];
  error?: string;
}

/** `tsx src/cli/annotate.ts <file>`: the CLI contract's JSON line for one page, parsed. */
export async function annotateWithCli(file: string): Promise<CliRecord> {
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const { stdout } = await run(process.execPath, [tsx, 'src/cli/annotate.ts', file], {
    cwd: ROOT,
    maxBuffer: 32 * 1024 * 1024,
  });
  const record = JSON.parse(stdout.trim().split('\n')[0] ?? '{}') as CliRecord;
  if (record.error) throw new Error(`CLI failed on ${file}: ${record.error}`);
  return record;
}

/** kind/start/end/text of each annotation, sorted, for comparing two sources. */
export function spanKey(a: { kind: string; start: number; end: number; text: string }): string {
  return `${a.kind}@${a.start}-${a.end}:${a.text}`;
}
