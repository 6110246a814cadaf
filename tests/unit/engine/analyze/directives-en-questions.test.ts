import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const first = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => d.text.slice(0, 24));

// Kinds read on unlabelled news pages: a question put with "demanded", and "ask X to" with no verb.
describe('English directives: a question or an elided infinitive orders nothing', () => {
  it('does not read "demanded how/why/whether" as an order', () => {
    expect(first('The host repeatedly demanded how the minister could be so sure.')).toEqual([]);
    expect(first('Reporters demanded why the port was closed.')).toEqual([]);
  });
  it('does not read "ask him to." with no verb after "to" as an order', () => {
    expect(first('The envoy said the president would do anything you ask him to.')).toEqual([]);
  });
  it('still reads a demand, and an order whose verb is quoted', () => {
    expect(
      first(
        'The minister demanded that the company pay the fine.',
        'The governor told residents to "stay home".',
      ),
    ).toEqual(['The minister demanded th', 'The governor told reside']);
  });
});
