import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

const found = (...p: string[]) => officials(run('en', ...p)).map((o) => [o.name, o.titles]);
const namesOf = (...p: string[]) => [...new Set(officials(run('en', ...p)).map((o) => o.name))];

describe('English officials: composed titles before the name', () => {
  it('reads an organisation or nationality before the head and qualifiers', () => {
    expect(found('Fed Chair Mara Olsen raised rates.')).toEqual([['Mara Olsen', ['Fed Chair']]]);
    expect(found('Chinese Vice Premier Wu Lan arrived.')[0]?.[1]).toEqual(['Chinese Vice Premier']);
    expect(found('Treasury Secretary Dan Hollis spoke.')[0]?.[1]).toEqual(['Treasury Secretary']);
    expect(found('Secretary of the Treasury Dan Hollis spoke.')[0]?.[1]).toEqual([
      'Secretary of the Treasury',
    ]);
    expect(found('then-Vice President Ron Adair left.')[0]).toEqual(['Ron Adair', ['then-Vice President']]);
  });
  it('reads an abbreviation as a title with its full stop or at a phrase start, not at a name end', () => {
    expect(found('Sen. Tom Hart met Lt Col Ann Vale.').map((f) => f[1])).toEqual([['Sen.'], ['Lt Col']]);
    expect(namesOf('Economist Ravi Sen said prices rose.')).toEqual([]);
  });
  it('keeps a body noun that opens the title ("Committee chairman", "White House press secretary")', () => {
    expect(found('Committee chairman Ned Harlow said.')[0]?.[1]).toEqual(['Committee chairman']);
    expect(found('White House press secretary Lia Moss said.')[0]?.[1]).toEqual([
      'White House press secretary',
    ]);
  });
  it('reads hyphenated heads, whips, members of an organ and counterparts', () => {
    expect(namesOf('Attorney-General Rob Keane spoke.')).toEqual(['Rob Keane']);
    expect(namesOf('Party chief whip Anil Dev spoke.')).toEqual(['Anil Dev']);
    expect(namesOf('ECB Governing Council member Luc Brel warned.')).toEqual(['Luc Brel']);
    expect(namesOf('He met his Chinese counterpart, Zhou Ming.')).toEqual(['Zhou Ming']);
  });
  it('reads multi-word heads whose first word alone needs a qualifier', () => {
    expect(namesOf('Chief Constable Sara Lyle said.')).toEqual(['Sara Lyle']);
    expect(namesOf('EU chief negotiator Marc Brune said.')).toEqual(['Marc Brune']);
    expect(namesOf('Chief Jim Wells said.')).toEqual([]);
    expect(namesOf('A union negotiator, Jim Wells, said.')).toEqual([]);
  });
  it('highlights a spokesperson after the official owning the title', () => {
    const spans = officials(run('en', "Russian President Ivan Orlov's spokesman Pavel Zorin said."));
    expect(spans.map((o) => [o.text, o.name])).toEqual([
      ['Russian President Ivan Orlov', 'Ivan Orlov'],
      ['spokesman Pavel Zorin', 'Pavel Zorin'],
    ]);
    expect(spans[1]?.titles).toEqual(["Russian President Ivan Orlov's spokesman"]);
  });
  it('reads heads and abbreviations from the official-titles reference', () => {
    expect(namesOf('State Treasurer Jo Dunn met Amb. Li Wen and Tánaiste Mary Hale.')).toEqual([
      'Jo Dunn',
      'Li Wen',
      'Mary Hale',
    ]);
    expect(namesOf('The club treasurer Jo Dunn said.')).toEqual([]);
  });
  it('reads administrative heads with a lower-case body after "of"', () => {
    expect(namesOf('deputy inspector general of prisons Mala Iyer was moved.')).toEqual(['Mala Iyer']);
    expect(namesOf('district collector Anil Menon and former CM Ravi Gowda met.')).toEqual([
      'Anil Menon',
      'Ravi Gowda',
    ]);
    expect(namesOf('a superintendent of schools said.')).toEqual([]);
  });
  it('skips an honorific between the title and the name', () => {
    expect(found('State Health Commissioner Dr. Ann Vale said.')).toEqual([
      ['Ann Vale', ['State Health Commissioner']],
    ]);
  });
  it('reads a spokesperson for a government body', () => {
    expect(found('A spokeswoman for the Foreign Ministry, Lin Hua, said.')).toEqual([
      ['Lin Hua', ['spokeswoman for the Foreign Ministry']],
    ]);
    expect(found('A spokesman for the ministry said it would wait.')).toEqual([]);
  });
  it('keeps names going through "May", "He" and "al-"', () => {
    expect(namesOf('Prime Minister Clara May said.')).toEqual(['Clara May']);
    expect(namesOf('Vice Premier Liu He said.')).toEqual(['Liu He']);
    expect(namesOf('Syrian President Karim al-Hadi spoke.')).toEqual(['Karim al-Hadi']);
    expect(namesOf('Commission President Greta von der Hal spoke.')).toEqual(['Greta von der Hal']);
  });
  it('reads a body named "X of Y" before the head', () => {
    expect(found('Bank of Ruritania Governor Lena Kos said.')[0]?.[1]).toEqual([
      'Bank of Ruritania Governor',
    ]);
  });
  it('reads no person in company or league names that start with a head word', () => {
    expect(namesOf('Shares of General Widgets fell as Premier League clubs spent.')).toEqual([]);
    expect(namesOf('Acme Chief Executive Mary Dole said.')).toEqual([]);
    expect(namesOf('General Mark Stone and Gen. Voss spoke.')).toEqual(['Mark Stone', 'Voss']);
  });
  it('reads no office in a title qualified by a company the article names with a legal suffix', () => {
    expect(namesOf('Acme Corp. grew. Acme President Jo Dunn said.')).toEqual([]);
    expect(namesOf('Acme Inc. spokesman Jo Dunn said.')).toEqual([]);
    expect(namesOf('Acme grew. Durham MP Jo Dunn said.')).toEqual(['Jo Dunn']);
  });
  it('does not read a title as a name, nor a code with digits', () => {
    expect(namesOf("President Ella Stone's administration said.")).toEqual(['Ella Stone']);
    expect(namesOf('The money goes to general K-12 funding.')).toEqual([]);
  });
  it('does not carry a title over a full stop into the next sentence', () => {
    expect(namesOf('He called him a failed governor. Asked about it, he left.')).toEqual([]);
    expect(namesOf('She met the spokesman. Later Carver left.')).toEqual([]);
  });
});

describe('English officials: appositions', () => {
  it('reads "Name, the state\'s title" and "Name, who is also title of ..."', () => {
    expect(found("Rosa Diaz, the state's attorney general, said.")).toEqual([
      ['Rosa Diaz', ["state's attorney general"]],
    ]);
    expect(namesOf('Piet Laan, who is also governor of the central bank, spoke.')).toEqual(['Piet Laan']);
    expect(namesOf('Tim Reed, another top NSC aide, testified.')).toEqual(['Tim Reed']);
    expect(found('Jo Dunn, who served as foreign minister, said.')).toEqual([
      ['Jo Dunn', ['foreign minister']],
    ]);
  });
  it('reads a predecessor only of someone the article titled', () => {
    expect(found("President Ann Lee spoke. Under Lee's predecessor, Tom Hart, it failed.").at(-1)).toEqual([
      'Tom Hart',
      ["Lee's predecessor"],
    ]);
    expect(namesOf("Cook's predecessor, Steve Jobs, died.")).toEqual([]);
  });
  it('reads a lower-case committee before a chairman', () => {
    expect(namesOf('The affairs committee chairman Alan Bell warned.')).toEqual(['Alan Bell']);
    expect(namesOf('The company board chairman Jim Ray said.')).toEqual([]);
  });
  it('reads "a member of" a named body, not "a member of the public"', () => {
    expect(namesOf('Ann Holt, a member of parliament, said.')).toEqual(['Ann Holt']);
    expect(namesOf('Ann Holt, a member of the public, said.')).toEqual([]);
  });
  it('reads a place after "of" in "the title of Place, Name" and a body as owner', () => {
    expect(found('The mayor of Lakeview, Tom Lind, said.')).toEqual([['Tom Lind', ['mayor of Lakeview']]]);
    expect(found("said Tom Lind, the ministry's spokesman.")).toEqual([
      ['Tom Lind', ["ministry's spokesman"]],
    ]);
    expect(namesOf('The chairman of Acme, Tom Lind, said.')).toEqual([]);
  });
  it('reads "the title, Name"', () => {
    expect(found('The attorney general, Rosa Diaz, said.')).toEqual([['Rosa Diaz', ['attorney general']]]);
  });
  it('rejects an apposition that only mentions an official further on', () => {
    expect(namesOf('Carl Benn, former campaign manager for President Ella Stone, was charged.')).toEqual([
      'Ella Stone',
    ]);
    expect(namesOf('Mia Holt, a lawyer who advises Attorney General Rob Keane, said.')).toEqual([
      'Rob Keane',
    ]);
  });
  it('rejects a post named after a preposition ("ran for governor, Name")', () => {
    expect(namesOf('He backed the rival for governor, Steve Lane.')).toEqual([]);
  });
});

describe('English officials: legislators and peers', () => {
  it('reads letters after the name and lists after plural heads', () => {
    expect(found('Tom Reid MSP said no.')).toEqual([['Tom Reid', ['MSP']]]);
    expect(namesOf('A bench of justices Ravi Sen, Asha Roy and KM Pillai sat.')).toEqual([
      'Ravi Sen',
      'Asha Roy',
      'KM Pillai',
    ]);
  });
  it('reads US legislators by their party-state tag and abbreviated plurals', () => {
    expect(namesOf('Chuck Hale (D-N.Y.) objected.')).toEqual(['Chuck Hale']);
    expect(namesOf('Ann Cole, R-Texas, objected.')).toEqual(['Ann Cole']);
    expect(namesOf('Sens. Ann Cole and Jim Roe wrote.')).toEqual(['Ann Cole', 'Jim Roe']);
    expect(namesOf('Ann Cole (pictured) objected.')).toEqual([]);
  });
  it('reads a peer ("Lord Hale") but not a lordly title alone', () => {
    expect(namesOf('Lord Hale said the bill was fair.')).toEqual(['Lord Hale']);
    expect(namesOf('The Lord Chancellor said the bill was fair.')).toEqual([]);
  });
  it('reads "Name\'s government" only for a person the article also calls "Mr"', () => {
    expect(namesOf("Tony Marsh's government fell.", 'Mr Marsh left.')).toEqual(['Tony Marsh']);
    expect(namesOf("North Korea's government denied it.")).toEqual([]);
  });
});

describe('English officials: appositions with an age, an honorific or an election', () => {
  it('reads the title past an age and after "who was elected"', () => {
    expect(found('Nora Quist, 54, the city’s mayor, spoke.')).toEqual([['Nora Quist', ['city’s mayor']]]);
    expect(found('Nora Quist, who was elected mayor in 2010, spoke.')).toEqual([['Nora Quist', ['mayor']]]);
  });
  it('reads "Mr X, the title" and completes the family name from the full name given elsewhere', () => {
    expect(namesOf('Mr Tullan, the Labour MP for Northtown, spoke.', 'Jem Tullan arrived later.')).toEqual([
      'Jem Tullan',
    ]);
  });
  it('does not read an age, an honorific or a description without a title as an office', () => {
    expect(namesOf('Nora Quist, 54, a nurse, spoke.')).toEqual([]);
    expect(namesOf('Mr Tullan, a lawyer, told the court.')).toEqual([]);
    expect(namesOf('Nora Quist, a critic of the mayor, spoke.')).toEqual([]);
  });
});

describe('English officials: portfolios and heads from the reference list', () => {
  it('reads a lower-case portfolio after a lower-case head before an apposed name', () => {
    expect(found('The minister for education, Nora Quist, spoke.')).toEqual([
      ['Nora Quist', ['minister for education']],
    ]);
    expect(namesOf('The minister for education said schools would open.')).toEqual([]);
  });
  it('reads an inspectorate’s chief inspector and a foreign policy chief', () => {
    expect(found('Schools chief inspector Dev Marlow spoke.')[0]?.[1]).toEqual(['Schools chief inspector']);
    expect(found('Nora Quist, the EU’s foreign policy chief, spoke.')[0]?.[0]).toBe('Nora Quist');
  });
});

describe('English officials: chief ministers and South Asian police ranks', () => {
  it('reads "Deputy Chief Minister" as one title before the name', () => {
    expect(found('Deputy Chief Minister Ravi Kanwal spoke.')).toEqual([
      ['Ravi Kanwal', ['Deputy Chief Minister']],
    ]);
  });
  it('reads police ranks with their qualifiers', () => {
    expect(found('DGP Ravi Kanwal spoke.')).toEqual([['Ravi Kanwal', ['DGP']]]);
    expect(found('ADGP Ravi Kanwal spoke.')[0]?.[1]).toEqual(['ADGP']);
    expect(found('Additional DGP Ravi Kanwal spoke.')[0]?.[1]).toEqual(['Additional DGP']);
  });
  it('does not read the rank without a name', () => {
    expect(namesOf('The DGP said the inquiry would go on.')).toEqual([]);
  });
});
