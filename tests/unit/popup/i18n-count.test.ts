import { describe, expect, it } from 'vitest';
import english from '../../../_locales/en/messages.json';
import vietnamese from '../../../_locales/vi/messages.json';
import { tCount } from '../../../popup/i18n';

describe('tCount', () => {
  it('says one thing in the singular and more in the plural', () => {
    expect(tCount('insightsPeopleCount', 1)).toBe('1 person');
    expect(tCount('insightsPeopleCount', 12)).toBe('12 people');
    expect(tCount('insightsArticleCount', 1)).toBe('1 article');
    expect(tCount('insightsDirectivesCount', 0)).toBe('0 directives');
  });

  it('has each singular form in both languages', () => {
    const singular = (messages: object) => Object.keys(messages).filter((k) => k.endsWith('CountOne'));
    expect(singular(vietnamese).sort()).toEqual(singular(english).sort());
  });
});
