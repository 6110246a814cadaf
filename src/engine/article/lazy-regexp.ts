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

/** A regular expression, or one built on first use (lazyRegExp). */
export type RegExpRef = RegExp | (() => RegExp);

/**
 * Short texts with capitals, small letters, a comma, digits and spaces: what the tests read. V8
 * compiles an expression apart for text of one byte a character (Latin-1) and of two (any other
 * character, a curly apostrophe included): one of each. On a Japanese page the byline's tests,
 * compiled for Latin-1 only, were compiled again in the step using them (13 ms of CPU).
 */
const WARM_TEXTS = ['Ann Lee, 3 May 2024', 'Ann Lee’s, 3 May 2024'];

/** The expressions compileSteps has run already: V8 keeps their compiled code. */
const warmed = new WeakSet<RegExp>();

/**
 * Steps that build each expression and run it twice on each short text, a yield after each. V8
 * compiles an expression on its first run (to bytecode) and again on its second (to machine
 * code); cold in a browser each costs ~0.1-0.8 ms, and a dozen first used in one step of the
 * engine (the byline's tests) made one task of ~10 ms of CPU. Run ahead like this, the step
 * that needs them finds them compiled. Matches are unchanged: the expression's lastIndex (the
 * only state a test leaves, on a global one) is put back as it was.
 */
export function* compileSteps(regexps: readonly RegExpRef[]): Generator<void, void> {
  for (const ref of regexps) {
    const re = typeof ref === 'function' ? ref() : ref;
    // Compiled by an earlier call (an earlier attempt, a re-run on the same page, the next page in
    // Node): nothing left to warm, and no step to spend on it.
    if (warmed.has(re)) continue;
    warmed.add(re);
    yield;
    for (const text of WARM_TEXTS)
      for (let run = 0; run < 2; run++) {
        const at = re.lastIndex;
        re.test(text);
        re.lastIndex = at;
        yield;
      }
  }
}
