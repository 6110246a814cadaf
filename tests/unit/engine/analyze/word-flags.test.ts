import { describe, expect, it } from 'vitest';
import { EN_TRIGGER_WORDS } from '../../../../src/engine/lang/en/directive-cues';
import { EN_PLURAL_HEADS } from '../../../../src/engine/lang/en/titles';
import {
  EN_HEAD_FIRST,
  EN_LEGISLATOR,
  EN_PLURAL_HEAD,
  EN_TRIGGER,
  HAS_DIGIT,
  wordFlags,
} from '../../../../src/engine/text/word-flags';
import { tokenize } from '../../../../src/engine/text/words';

describe('word flags', () => {
  it('marks the first word of title heads, plural heads, directive triggers and legislator words', () => {
    expect(wordFlags('minister')).toBe(EN_HEAD_FIRST);
    expect(wordFlags('prime') & EN_HEAD_FIRST).toBe(EN_HEAD_FIRST);
    expect(wordFlags('ministers') & EN_PLURAL_HEAD).toBe(EN_PLURAL_HEAD);
    expect(wordFlags('ordered')).toBe(EN_TRIGGER);
    expect(wordFlags('mps') & (EN_PLURAL_HEAD | EN_LEGISLATOR)).toBe(EN_PLURAL_HEAD | EN_LEGISLATOR);
  });

  it('gives no flag to other words, including ones sharing first and last letters with a lexicon word', () => {
    for (const w of ['the', 'said', 'mr', 'primes', 'orderedly', 'ministér', 'đã', 'x'])
      expect(wordFlags(w)).toBe(0);
  });

  it('finds every lexicon word past the letter tables, one with a second letter beyond ASCII too', () => {
    for (const w of EN_TRIGGER_WORDS) expect(wordFlags(w) & EN_TRIGGER).toBe(EN_TRIGGER);
    for (const w of EN_PLURAL_HEADS) expect(wordFlags(w) & EN_PLURAL_HEAD).toBe(EN_PLURAL_HEAD);
    expect(wordFlags('tánaiste') & EN_HEAD_FIRST).toBe(EN_HEAD_FIRST);
  });

  it('is filled in by the tokenizer from the lower-cased word', () => {
    const words = tokenize('The Minister ORDERED MPs to stay.');
    expect(words.map((w) => w.lex)).toEqual([0, EN_HEAD_FIRST, EN_TRIGGER, wordFlags('mps'), 0, 0]);
    expect(wordFlags('mps')).not.toBe(0);
  });

  it('reads the text for words lowered by code as wordFlags reads the word (one-letter capitals too)', () => {
    // The tokenizer's prefilter reads the text's codes for these: every casing must agree.
    const lexicon = [...EN_TRIGGER_WORDS, ...EN_PLURAL_HEADS, 'minister', 'u', 's', 'a', 'x', 'tánaiste'];
    const cased = lexicon.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
    const words = tokenize(cased.join(' '));
    for (const w of words) expect(w.lex).toBe(wordFlags(w.lower));
  });

  it('marks the words that hold an ASCII digit, as /\\d/ would find one', () => {
    const words = tokenize('The G7 met in 2026 on O2-rich Mars, ٣ days later.');
    for (const w of words) expect((w.lex & HAS_DIGIT) !== 0).toBe(/\d/u.test(w.lower));
    expect(words.filter((w) => w.lex & HAS_DIGIT).map((w) => w.lower)).toEqual(['g7', '2026', 'o2-rich']);
  });
});
