import { describe, expect, it } from 'vitest';
import { displayName, joinShortNames, personKey } from '../../../../src/store/insights/person-key';

describe('personKey', () => {
  it('folds case, honorifics, spacing and tone-mark placement into one key', () => {
    const key = personKey('Đinh Thị Hòa');
    expect(personKey('ĐINH THỊ HÒA')).toBe(key);
    expect(personKey('Đinh Thị Hoà')).toBe(key);
    expect(personKey('bà  Đinh Thị Hoà')).toBe(key);
    expect(personKey('Kiều Văn Thuỷ')).toBe(personKey('Kiều Văn Thủy'));
    expect(personKey('Mr. Corwin Hale')).toBe(personKey('corwin hale'));
  });

  it('keeps names apart that differ in letters or tones, and leaves "qu" alone', () => {
    expect(personKey('Lê Văn Tâm')).not.toBe(personKey('Lệ Văn Tâm'));
    expect(personKey('Đinh Thị Hòa')).not.toBe(personKey('Đinh Thị Hóa'));
    // "hoàn": the mark sits on "a" in both styles, a closed syllable is not moved.
    expect(personKey('Vũ Hoàn')).toBe('vũ hoàn');
    expect(personKey('Trịnh Quý')).toBe('trịnh quý');
  });
});

describe('joinShortNames (within one article)', () => {
  it('joins a surname or given name to the one full name ending with it', () => {
    const joined = joinShortNames(['corwin hale', 'hale', 'đinh thị hòa', 'hòa']);
    expect(joined.get('hale')).toBe('corwin hale');
    expect(joined.get('hòa')).toBe('đinh thị hòa');
    expect(joined.get('corwin hale')).toBe('corwin hale');
  });

  it('leaves a short name alone when two full names end with it, or none does', () => {
    const joined = joinShortNames(['ada hale', 'corwin hale', 'hale', 'brandt']);
    expect(joined.get('hale')).toBe('hale');
    expect(joined.get('brandt')).toBe('brandt');
  });
});

describe('displayName', () => {
  it('prefers the most frequent spelling that is not all capitals', () => {
    expect(
      displayName(
        new Map([
          ['ĐINH THỊ HÒA', 5],
          ['Đinh Thị Hòa', 2],
        ]),
      ),
    ).toBe('Đinh Thị Hòa');
    expect(displayName(new Map([['ĐINH THỊ HÒA', 1]]))).toBe('ĐINH THỊ HÒA');
  });
});
