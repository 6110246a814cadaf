import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSteps, lazyRegExp } from '../../../../src/engine/article/lazy-regexp';

const ARTICLE_DIR = join(import.meta.dirname, '../../../../src/engine/article');

describe('lazyRegExp', () => {
  it('builds the expression on first use, once, as the literal would', () => {
    const name = lazyRegExp(String.raw`^\p{Lu}[\p{Ll}'’-]+$`, 'u');
    const first = name();
    expect(name()).toBe(first);
    expect(first.source).toBe(/^\p{Lu}[\p{Ll}'’-]+$/u.source);
    expect(first.flags).toBe('u');
    expect(first.test('Łukasz')).toBe(true);
    expect(first.test('łukasz')).toBe(false);
  });
});

describe('compileSteps', () => {
  it('builds and runs each expression in steps of its own, and leaves its state as it was', () => {
    let built = 0;
    const lazy = lazyRegExp(String.raw`\p{Lu}\p{Ll}+`, 'gu');
    const counted = () => {
      built++;
      return lazy();
    };
    const literal = /\d+/g;
    literal.lastIndex = 3;
    const steps = compileSteps([counted, literal]);
    let yields = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) {
      yields++;
      // Nothing is built before the step that needs it.
      if (yields === 1) expect(built).toBe(1);
    }
    expect(yields).toBe(10); // built, then two runs on each of two texts: a step each
    expect(built).toBe(1);
    expect(lazy().lastIndex).toBe(0);
    expect(literal.lastIndex).toBe(3);
  });

  it('spends no step on an expression it has already run', () => {
    const once = /[A-Z]\w+/;
    expect([...compileSteps([once])].length).toBe(5);
    expect([...compileSteps([once])].length).toBe(0);
  });
});

// The article finder is compiled and run in the first tasks of every page (content-finder.js):
// a regular expression literal with a Unicode property escape costs ~0.3-1 ms there cold, even
// inside a function never called (V8 parses every literal as it compiles the script).
describe('the article finder at its start', () => {
  it('holds no regular expression literal with a Unicode property escape (built with lazyRegExp instead)', () => {
    const found: string[] = [];
    for (const file of readdirSync(ARTICLE_DIR).filter((f) => f.endsWith('.ts'))) {
      readFileSync(join(ARTICLE_DIR, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.trim();
          if (code.startsWith('*') || code.startsWith('/*') || code.startsWith('//')) return;
          // A `\p{` outside a String.raw template (a pattern given to lazyRegExp) is a literal's.
          if (/\\[pP]\{/.test(code.replace(/String\.raw`[^`]*`/g, ''))) found.push(`${file}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });
});
