/**
 * A regular expression built on its first use. The article finder runs in the content script,
 * compiled and run in the first tasks of every page a person opens. A literal with Unicode
 * property escapes (\p{Lu}, \p{L}) costs ~0.3-1 ms of CPU there cold: V8 parses every regular
 * expression literal as it compiles the script, even inside a function never called, and again
 * when a module-level one is created. Built from a string on first use, that cost moves to the
 * engine step that first needs it (a short task of its own), and a page that never needs it
 * does not pay it. Same pattern, same flags: the same matches.
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => {
    built ??= new RegExp(source, flags);
    return built;
  };
}
