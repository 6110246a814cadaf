/**
 * The pages `npm run crawl` opens: every page of each corpus folder (and the seed page), in
 * a stable order. Pages of a private folder (entities-check, scored in aggregate only) are
 * marked `private`: the crawl counts what happened on them and prints nothing of any one.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const PRIVATE_FOLDERS = new Set(['entities-check']);

/** Every .html under `dir` but expected outputs, as paths relative to `dir`. */
export function htmlPages(dir) {
  const out = [];
  const walk = (at) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html') && !name.startsWith('expected')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

/** `count` items spread evenly over `list` (all of it when count is not a positive number). */
export function spread(list, count) {
  if (!(count > 0) || count >= list.length) return list;
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);
}

/** The crawl's targets under one served root: { name, url, folder, private }. */
export function targetsUnder(dir, origin, label) {
  return htmlPages(dir).map((path) => {
    const folder = label ?? path.split('/')[0];
    return {
      name: label ? `${label}/${path}` : path,
      url: `${origin}/${path.split('/').map(encodeURIComponent).join('/')}`,
      folder,
      private: PRIVATE_FOLDERS.has(folder),
    };
  });
}
