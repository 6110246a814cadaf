import { annotateDocument } from '../engine/annotate';
import { contractRecord } from './contract';
import { formatExport } from './format-export';
import { loadDocument } from './load-document';

const USAGE = 'usage: npm run annotate -- [--format json|md|w3c|csv] <page.html>...';
const FORMATS = ['json', 'md', 'w3c', 'csv'] as const;
type Format = (typeof FORMATS)[number];

function parseArgs(argv: string[]): { format: Format; files: string[] } {
  let format: Format = 'json';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : argv[++i];
      if (!FORMATS.includes(value as Format)) throw new Error(`unknown format "${value}"; ${USAGE}`);
      format = value as Format;
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else files.push(arg);
  }
  if (files.length === 0) throw new Error(USAGE);
  return { format, files };
}

async function main(): Promise<void> {
  const { format, files } = parseArgs(process.argv.slice(2));
  let failures = 0;
  let printed = 0;
  for (const file of files) {
    try {
      const doc = await loadDocument(file);
      const result = annotateDocument(doc);
      if (format === 'json') process.stdout.write(`${JSON.stringify(contractRecord(file, result))}\n`);
      else process.stdout.write(formatExport(format, file, result, printed === 0));
      printed++;
    } catch (error) {
      failures++;
      process.stdout.write(
        `${JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) })}\n`,
      );
    }
  }
  process.exitCode = failures === files.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
