import { describe, expect, it } from 'vitest';
import { foldToneMarks } from '../../../../src/engine/text/normalize';
import { breaksBefore, commaBefore, isCommaGap, tokenize } from '../../../../src/engine/text/words';

const view = (text: string) =>
  tokenize(text).map((w) => ({ text: text.slice(w.start, w.end), lower: w.lower, cap: w.cap, gap: w.gap }));

describe('tokenize', () => {
  it('gives each word its offsets, lower-cased text, capital and the gap before it', () => {
    expect(view('The mayor, Ann Vale, said so.')).toEqual([
      { text: 'The', lower: 'the', cap: true, gap: '' },
      { text: 'mayor', lower: 'mayor', cap: false, gap: ' ' },
      { text: 'Ann', lower: 'ann', cap: true, gap: ', ' },
      { text: 'Vale', lower: 'vale', cap: true, gap: ' ' },
      { text: 'said', lower: 'said', cap: false, gap: ', ' },
      { text: 'so', lower: 'so', cap: false, gap: ' ' },
    ]);
  });

  it('lowers and folds each word as lowering and folding the whole text would', () => {
    // Words are lowered one by one; these texts hold what could make that differ: capitals
    // inside a word, old-style tone marks (also before a joiner or a letter beyond U+2000), a
    // capital sigma (lowered by its neighbours) and a dotted capital I (lowered to two characters).
    const texts = [
      'The McDonald’s CEO, O’Brien and DONG-HOON said: “Hoà Bình”, THUỶ, uỷ-ban.',
      'Ông Nguyễn Văn Hoà và bà Thuý, HOÀ BÌNH, Khoẻ, hoàℂ, hoà𝐀, quý 1/2024.',
      'ΟΔΟΣ Σ ΣΑΣ and hoà',
      'İstanbul İİ hoà Hoà',
      'Ǆemal ǅ x²y ß ﬁnal',
    ];
    for (const text of texts) {
      const lowered = text.toLowerCase();
      const aligned = lowered.length === text.length;
      const folded = foldToneMarks(lowered);
      for (const w of tokenize(text)) {
        const word = text.slice(w.start, w.end);
        expect(w.lower).toBe(aligned ? folded.slice(w.start, w.end) : foldToneMarks(word.toLowerCase()));
        expect(w.cap).toBe(
          aligned ? text.charCodeAt(w.start) !== lowered.charCodeAt(w.start) : /^\p{Lu}/u.test(word),
        );
      }
    }
  });

  it('reads a capital from the letter as written, not from the tone-mark fold', () => {
    // The fold moves the mark onto the first letter ("uỷ" -> "ủy"): that is no capital.
    expect(view('các uỷ ban và Uỷ ban').map((w) => [w.lower, w.cap])).toEqual([
      ['các', false],
      ['ủy', false],
      ['ban', false],
      ['và', false],
      ['ủy', true],
      ['ban', false],
    ]);
  });

  it('joins apostrophes and hyphens inside a word but leaves a possessive s outside', () => {
    expect(view("O'Brien met Dong-hoon at Obama's office").map((w) => w.text)).toEqual([
      "O'Brien",
      'met',
      'Dong-hoon',
      'at',
      'Obama',
      's',
      'office',
    ]);
    expect(view('the state’s budget')[2]).toEqual({ text: 's', lower: 's', cap: false, gap: '’' });
    // A trailing hyphen or apostrophe joins nothing.
    expect(view("pre- and post' war").map((w) => w.text)).toEqual(['pre', 'and', 'post', 'war']);
  });

  it('folds the old tone placement of a final oa/oe/uy, in the lower-cased form only', () => {
    const words = tokenize('Ông Hoà ở Khánh Hòa, Uỷ ban hoàng gia');
    expect(words.map((w) => w.lower)).toEqual([
      'ông',
      'hòa',
      'ở',
      'khánh',
      'hòa',
      'ủy',
      'ban',
      'hoàng',
      'gia',
    ]);
    expect(words.map((w) => w.cap)).toEqual([true, true, false, true, true, true, false, false, false]);
    // A toned vowel before a hyphen ends its syllable; one before another letter does not.
    expect(tokenize('thoả-thuận thoải')[0]!.lower).toBe('thỏa-thuận');
    expect(tokenize('thoả-thuận thoải')[1]!.lower).toBe('thoải');
  });

  it('folds a toned word met late in an otherwise unaccented text, capitals included', () => {
    // The fold applies to the toned words alone, wherever they stand; the rest read as lower-cased.
    const words = tokenize('The envoy met Mr HOÀ and the Uỷ ban, then left for Zoë’s office');
    expect(words.map((w) => w.lower)).toEqual([
      'the',
      'envoy',
      'met',
      'mr',
      'hòa',
      'and',
      'the',
      'ủy',
      'ban',
      'then',
      'left',
      'for',
      'zoë',
      's',
      'office',
    ]);
    expect(words.map((w) => w.cap)).toEqual([
      true,
      false,
      false,
      true,
      true,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it('reads digits, marks and letters beyond Latin as word characters', () => {
    expect(view('Q3 2024: Zürich, Ελλάδα и Москва').map((w) => w.text)).toEqual([
      'Q3',
      '2024',
      'Zürich',
      'Ελλάδα',
      'и',
      'Москва',
    ]);
    expect(view('Ελλάδα Москва').map((w) => w.cap)).toEqual([true, true]);
  });

  it('marks a full stop as a break unless it closes an abbreviation or an initial', () => {
    const text = 'Sen. Ann Lee met Gov. J. R. Hale. Then he left; she stayed (briefly) - and won.';
    const words = tokenize(text);
    const breaks = words.flatMap((w, i) => (breaksBefore(words, i) ? [text.slice(w.start, w.end)] : []));
    expect(breaks).toEqual(['Then', 'she', 'briefly', 'and']);
    // Past the last word there is nothing to join.
    expect(breaksBefore(words, words.length)).toBe(true);
  });

  it('treats hyphens, apostrophes and no-break spaces between words as joining', () => {
    const text = 'a -b c\u00a0d e’ f';
    const words = tokenize(text);
    expect(words.map((_, i) => breaksBefore(words, i))).toEqual([false, false, false, false, false, false]);
  });

  it('tells a list or apposition comma apart from other gaps', () => {
    const words = tokenize('Lee , the mayor, said: yes');
    expect(words.map((_, i) => commaBefore(words, i))).toEqual([false, true, false, true, false]);
  });

  it('reads a long two-byte text as if lower-cased whole', () => {
    // A guard for any piecewise or per-word lower-casing of long texts: capitals, folds, final
    // sigmas and words standing at every offset must come out as from the whole text.
    const sentence = 'Ông Hoà của Uỷ ban ĐIỀU hành, ΟΔΟΣ’s Mr. O’Neill-Vale: “ΚΑΛΟΣ” 2.5% ';
    let text = '';
    for (let k = 0; text.length < 80_000; k++) text += sentence.slice(k % 7) + (k % 3 === 0 ? '\n' : '');
    const whole = text.toLowerCase();
    expect(whole.length).toBe(text.length);
    const words = tokenize(text);
    expect(words.length).toBeGreaterThan(10_000);
    const wrong = words.filter(
      (w) =>
        w.lower !== foldToneMarks(whole.slice(w.start, w.end)) ||
        w.cap !== (text.charCodeAt(w.start) !== whole.charCodeAt(w.start)),
    );
    expect(wrong).toEqual([]);
  });

  it('reads characters past U+2C00 the same on every visit (their class is kept per code)', () => {
    const text = '中国人 说，Ann 中国 and 😀 x';
    const first = tokenize(text).map((w) => [w.start, w.end, w.lower]);
    expect(first).toEqual([
      [0, 3, '中国人'],
      [4, 5, '说'],
      [6, 9, 'ann'],
      [10, 12, '中国'],
      [13, 16, 'and'],
      [20, 21, 'x'],
    ]);
    expect(tokenize(text).map((w) => [w.start, w.end, w.lower])).toEqual(first);
  });
});

describe('isCommaGap', () => {
  it('answers as the comma regex does, for common and rare gaps', () => {
    for (const gap of ['', ' ', ', ', ',', ' , ', ',\n', '\u00a0,\u00a0', '. ', ',,', ', - ', 'a,', ';'])
      expect(isCommaGap(gap)).toBe(/^\s*,\s*$/u.test(gap));
  });
});
