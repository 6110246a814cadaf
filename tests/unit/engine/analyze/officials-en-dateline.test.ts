import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

const mentions = (...p: string[]) => officials(run('en', ...p)).map((o) => o.text);

describe('English officials: a dateline before a dash', () => {
  it('is the place the story was filed from, not a person titled by what follows the dash', () => {
    const found = mentions(
      'PORT ELLA — Minister of Transport Dana Voss on Tuesday ordered the harbour roads finished.',
      'Residents of the town were told on Monday.',
      'NORTH BAY — Mayor Kim Hale said the bridge would reopen.',
    );
    expect(found).toEqual(['Minister of Transport Dana Voss', 'Mayor Kim Hale']);
  });

  it('keeps a dateline before a spaced hyphen out of the title', () => {
    const titled = officials(
      run('en', "PORT ELLA - Lorna's Chief Health Officer Brett Sayer has ordered care homes to close."),
    ).map((o) => [o.text, o.titles]);
    expect(titled).toEqual([["Lorna's Chief Health Officer Brett Sayer", ["Lorna's Chief Health Officer"]]]);
  });

  it('still reads a name in capitals inside a paragraph as the person a dash apposition titles', () => {
    const found = mentions("The vote was close. DANA VOSS — the city's mayor — cast the last ballot.");
    expect(found).toEqual(['DANA VOSS']);
  });
});
