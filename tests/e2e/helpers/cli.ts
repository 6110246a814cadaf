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

/**
 * `tsx src/cli/annotate.ts <file>...` (one run for all files: tsx starts slowly): the CLI
 * contract's JSON line for each page, parsed, by file path.
 */
export async function annotateWithCli(files: string[]): Promise<Map<string, CliRecord>> {
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const { stdout } = await run(process.execPath, [tsx, 'src/cli/annotate.ts', ...files], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const records = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CliRecord);
  return new Map(records.map((record) => [record.file, record]));
}

/** kind/start/end/text of each annotation, sorted, for comparing two sources. */
export function spanKey(a: { kind: string; start: number; end: number; text: string }): string {
  return `${a.kind}@${a.start}-${a.end}:${a.text}`;
}
