/**
 * The generated backup the import benchmark reads, in Node and in Chromium: a library as a
 * heavy reader might have it, written row by row so a 500,000-row file never sits in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/export/backup';
import { generatedPages, generatedRow, T0 } from './import-rows';

export { AFTER_ALL, generatedLibrary, generatedPages, generatedRow, T0 } from './import-rows';

/**
 * Writes the backup "Export all" would write for `rows` annotations (the same bytes as
 * JSON.stringify(toBackup(...), null, 1)), a batch of rows at a time. Returns its size.
 */
export function writeGeneratedBackup(file: string, rows: number): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  const write = (text: string) => {
    bytes += writeSync(fd, text);
  };
  // Each record sits two levels deep: its lines get two more spaces than on their own.
  const nested = (value: unknown) => `  ${JSON.stringify(value, null, 1).replaceAll('\n', '\n  ')}`;
  const list = (count: number, item: (i: number) => unknown) => {
    for (let i = 0; i < count; i += 1_000) {
      const batch: string[] = [];
      for (let k = i; k < Math.min(count, i + 1_000); k++) batch.push(nested(item(k)));
      write(`${i > 0 ? ',\n' : '\n'}${batch.join(',\n')}`);
    }
    write(count > 0 ? '\n ]' : ']');
  };
  try {
    const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(T0).toISOString() };
    write(`${JSON.stringify(head, null, 1).slice(0, -2)},\n "pages": [`);
    const pages = generatedPages();
    list(pages.length, (i) => pages[i]);
    write(',\n "annotations": [');
    list(rows, generatedRow);
    write('\n}');
  } finally {
    closeSync(fd);
  }
  return bytes;
}
