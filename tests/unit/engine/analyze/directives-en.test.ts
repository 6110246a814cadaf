import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

/** [first words, issuer] of each English directive found in the paragraphs. */
const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => [d.text.slice(0, 24), d.issuer]);

describe('English directives: ordering verbs and their frames', () => {
  it('reads object + to-infinitive, that-clauses, for + noun and from-frames', () => {
    const result = found(
      'Health Minister Laura Pike visited the clinic. Pike instructed hospitals to publish waiting times.',
      'The regulator demanded that banks repay the fees.',
      'Pike called for calm after the storm.',
      'A new law bans landlords from charging pet fees.',
    );
    expect(result).toEqual([
      ['Pike instructed hospital', 'Laura Pike'],
      ['The regulator demanded t', 'regulator'],
      ['Pike called for calm aft', 'Laura Pike'],
      ['A new law bans landlords', null],
    ]);
  });
  it('reads past reports, the present tense and "We call on"', () => {
    const result = found(
      'In 1998 Governor Tom Reyes ordered a review of the prison system.',
      '"We call on both sides to stop the fighting," Reyes said.',
    );
    expect(result).toEqual([
      ['In 1998 Governor Tom Rey', 'Tom Reyes'],
      ['"We call on both sides t', 'Tom Reyes'],
    ]);
  });
  it('does not read nouns, participles, questions, negations or hedges as orders', () => {
    expect(found('The court orders were published on Monday.')).toEqual([]);
    expect(found('The majority required to pass the bill is large.')).toEqual([]);
    expect(found('The list of explicitly banned goods grew.')).toEqual([]);
    expect(found('Mayor Ann Cole did not order an inquiry.')).toEqual([]);
    expect(found('Mayor Ann Cole could ask the council to vote again.')).toEqual([]);
    expect(found('Did Mayor Ann Cole tell staff to delete the files?')).toEqual([]);
    expect(found('Asked why she left, Mayor Ann Cole smiled.')).toEqual([]);
  });
  it('does not take sentence adverbs or quantifiers for subjects, nor an order noun after "including"', () => {
    expect(found('Moreover, opting out requires the use of cookies.')).toEqual([]);
    expect(found('Both men ordered a second round.')).toEqual([]);
    expect(
      found('Senator Ray Ortiz said his party would act, including calling for a debate in the Senate.'),
    ).toEqual([]);
  });
  it('ignores calls made by protesters, critics and analysts', () => {
    expect(found('Angry protesters urged the mayor to resign.')).toEqual([]);
    expect(found('Analysts called on investors to stay calm.')).toEqual([]);
  });
  it('reads an object with a relative clause: "asked anyone who ... to"', () => {
    expect(found('Police Chief Dan Moss asked anyone who saw the crash to call the station.')).toEqual([
      ['Police Chief Dan Moss as', 'Dan Moss'],
    ]);
    expect(found('Police Chief Dan Moss warned that the road was likely to flood.')).toEqual([]);
  });
  it('reads an order written as a noun after a verb of issuing', () => {
    expect(found('The Finance Ministry issued an order last week halting the sale.')).toEqual([
      ['The Finance Ministry iss', 'Finance Ministry'],
    ]);
  });
  it('reads a prohibition stated with "cannot"', () => {
    expect(found('Under the new rules, employers cannot require staff to share passwords.')).toEqual([
      ['Under the new rules, emp', null],
    ]);
  });
});

describe('English directives: subjects and issuers', () => {
  it('resolves pronouns, bare titles and lower-case bodies', () => {
    const result = found(
      'Finance Minister Rosa Diaz met the unions on Monday.',
      'She urged employers to raise wages.',
      'The finance minister also told councils to freeze fees.',
      'The Kerala government announced new rules. Later the government ordered schools to close.',
    );
    expect(result).toEqual([
      ['She urged employers to r', 'Rosa Diaz'],
      ['The finance minister als', 'Rosa Diaz'],
      ['Later the government ord', 'Kerala government'],
    ]);
  });
  it('takes the head of the subject, not an appositive or a possessor', () => {
    const result = found(
      'The European Union, whose foreign policy chief Joan Marsh spoke first, urged both sides to talk.',
      "Senator Mark Hill's speech called for tighter rules on lobbying.",
      'Mr Hill later asked the agency to publish its figures.',
    );
    expect(result).toEqual([
      ['The European Union, whos', 'European Union'],
      ["Senator Mark Hill's spee", 'Mark Hill'],
      ['Mr Hill later asked the ', 'Mark Hill'],
    ]);
  });
});

describe('English directives: obligations', () => {
  it('reads passive orders with the authority the sentence or the article gives', () => {
    const result = found(
      'Interior Minister Paul Weir spoke to reporters.',
      'Residents were told to leave their homes by noon.',
      'Travellers will be required to show a negative test, officials said.',
    );
    expect(result).toEqual([
      ['Residents were told to l', 'Paul Weir'],
      ['Travellers will be requi', 'Paul Weir'],
    ]);
  });
  it('reads "must"/"should" attributed to an authority, before or after', () => {
    const result = found(
      'Hospitals must report every case within a day, the Health Ministry said.',
      'Mayor Ann Cole said landlords should repair the heating before winter.',
      'Schools must teach first aid, says the education watchdog.',
    );
    expect(result).toEqual([
      ['Hospitals must report ev', 'Health Ministry'],
      ['Mayor Ann Cole said land', 'Ann Cole'],
      ['Schools must teach first', 'education watchdog'],
    ]);
  });
  it('reads "shall" rules and "All ... must" rules without an attribution', () => {
    const result = found(
      'All offices shall remain open on Saturday.',
      'All imported cars must now be inspected at the port.',
    );
    expect(result.map((r) => r[0])).toEqual(['All offices shall remain', 'All imported cars must n']);
  });
  it('reads "cannot"/"may not" only when a rule states them', () => {
    const result = found(
      'The civil service regulations say that an employee cannot accept gifts.',
      'Under the new law, drivers may not use phones.',
      'Mayor Ann Cole said the city cannot decide alone.',
    );
    expect(result.map((r) => r[0])).toEqual(['The civil service regula', 'Under the new law, drive']);
  });
  it('reads a "must" closed by a named speaker the officials analyzer did not place', () => {
    expect(found('"Every council must publish its budget," Okafor said.')).toEqual([
      ['"Every council must publ', 'Okafor'],
    ]);
  });
  it('reads a quoted order to "you" and a rule made compulsory', () => {
    const result = found(
      'Police Chief Dan Moss spoke at the scene.',
      '"You must leave the area now," Moss said.',
      'Face masks are now compulsory on all buses, the Health Ministry said.',
    );
    expect(result).toEqual([
      ['"You must leave the area', 'Dan Moss'],
      ['Face masks are now compu', 'Health Ministry'],
    ]);
    expect(found('"You must be tired," the waiter said.')).toEqual([]);
    expect(found('Parents have been told for years that peanuts are risky.')).toEqual([]);
  });
  it("does not read wishes, views, predictions or an outsider's advice as obligations", () => {
    expect(found('We must act now, the president said.')).toEqual([]);
    expect(found('Banks must lend more, analysts said.')).toEqual([]);
    expect(found('Mayor Ann Cole said she should have called earlier.')).toEqual([]);
    expect(found('The senator will have to balance both interests.')).toEqual([]);
    expect(found('Mayor Ann Cole said he was unsure whether the judge should lead the inquiry.')).toEqual([]);
  });
});
