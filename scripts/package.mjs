// Zips each built extension for its store: dist/newsmark-<target>-<version>.zip.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

for (const target of ['chromium', 'firefox']) {
  const dir = join(root, 'dist', target);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(`${dir} is missing: run npm run build`);
  const entries = {};
  // Forward slashes and a fixed date: the same build gives the same zip.
  for (const file of filesUnder(dir).sort())
    entries[relative(dir, file).split('\\').join('/')] = [
      readFileSync(file),
      { mtime: new Date('2024-01-01T00:00:00Z') },
    ];
  const out = join(root, 'dist', `newsmark-${target}-${version}.zip`);
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(out, zip);
  console.log(
    `${relative(root, out)}  ${(zip.length / 1024).toFixed(1)} KiB, ${Object.keys(entries).length} files`,
  );
}
