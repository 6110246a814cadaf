import { annotateDocument } from '../engine/annotate';
import { contractRecord } from './contract';
import { formatExport } from './format-export';
import { loadDocument } from './load-document';

export const USAGE = 'usage: npm run annotate -- [--format json|md|w3c|csv] <page.html>...';
const FORMATS = ['json', 'md', 'w3c', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): { format: Format; files: string[]; help: boolean } {
  let format: Format = 'json';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : argv[++i];
      if (!FORMATS.includes(value as Format)) throw new UsageError(`unknown format "${value}"; ${USAGE}`);
      format = value as Format;
    } else if (arg === '-h' || arg === '--help') return { format, files, help: true };
    else if (arg.startsWith('--')) throw new UsageError(`unknown option "${arg}"; ${USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError(USAGE);
  return { format, files, help: false };
}

/**
 * Annotates each page and prints it. A page that fails prints its error (a JSON line in the
 * contract format, stderr for the export formats so their output stays parseable) and the
 * rest go on. Returns the exit code: 0 when any page succeeded, 1 when all failed, 2 on usage.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (parsed.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const { format, files } = parsed;
  let failures = 0;
  let printed = 0;
  for (const file of files) {
    try {
      const result = annotateDocument(await loadDocument(file));
      if (result.truncated) io.err(`${file}: the article is very long; only its first part was analysed\n`);
      io.out(
        format === 'json'
          ? `${JSON.stringify(contractRecord(file, result))}\n`
          : formatExport(format, file, result, printed === 0),
      );
      printed++;
    } catch (error) {
      failures++;
      const line = `${JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) })}\n`;
      if (format === 'json') io.out(line);
      else io.err(line);
    }
  }
  return failures === files.length ? 1 : 0;
}
