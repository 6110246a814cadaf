import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

const found = (...p: string[]) => officials(run('en', ...p)).map((o) => [o.name, o.titles]);
const namesOf = (...p: string[]) => [...new Set(officials(run('en', ...p)).map((o) => o.name))];

describe('English officials: head forms', () => {
  it('reads a capitalised "Chair" before a name as the office, like "Chairman"', () => {
    expect(found('The agency delayed the plans of Chair Rena Holt.')).toEqual([['Rena Holt', ['Chair']]]);
  });
  it("reads a government's chief health officer, before or after the name", () => {
    expect(namesOf('Chief Health Officer Tam Reyes ordered venues to keep a register.')).toEqual([
      'Tam Reyes',
    ]);
    expect(namesOf("The state's chief health officer, Tam Reyes, spoke on Monday.")).toEqual(['Tam Reyes']);
  });
  it('reads a director of a government department, not of a film or a firm', () => {
    expect(namesOf('Tal Ember, who was the acting director of the Department of Ports, spoke.')).toEqual([
      'Tal Ember',
    ]);
    expect(
      namesOf('Tal Ember, the director of the film, spoke.', 'Ida Wren, director of Acme Films, spoke.'),
    ).toEqual([]);
  });
  it('keeps the portfolio before a body that owns the title', () => {
    expect(found('Jo Kane, the transportation department’s deputy director, spoke.')).toEqual([
      ['Jo Kane', ['transportation department’s deputy director']],
    ]);
    expect(found('The agriculture minister, Jo Kane, spoke.')).toEqual([
      ['Jo Kane', ['agriculture minister']],
    ]);
  });
  it('reads a government body’s official, not a company’s', () => {
    expect(found('State Department official Ida Wren spoke.')).toEqual([
      ['Ida Wren', ['State Department official']],
    ]);
    expect(
      namesOf('A former Pentagon official, Ned Voss, spoke.', 'White House official Lou Baird spoke.'),
    ).toEqual(['Ned Voss', 'Lou Baird']);
    expect(namesOf('Acme official Rob Hale spoke.', 'The official Tina Marr works at a bank.')).toEqual([]);
  });
  it('reads the hyphenated deputy heads of British papers', () => {
    expect(found('But Vice-President Mara Quint said so.')).toEqual([['Mara Quint', ['Vice-President']]]);
  });
  it('reads portfolios joined by "and" before the head, not a name joined to a title', () => {
    expect(found('Health and Human Services Secretary Dan Ruel spoke.')[0]?.[1]).toEqual([
      'Health and Human Services Secretary',
    ]);
    expect(found('Trump and Defense Secretary Mark Ebb spoke.')).toEqual([
      ['Mark Ebb', ['Defense Secretary']],
    ]);
  });
  it('reads a rights portfolio as part of the title, not as a name', () => {
    expect(namesOf('The UN High Commissioner for Human Rights said the plan was unlawful.')).toEqual([]);
  });
  it('does not read a clock time or a lower-case abbreviation as a title', () => {
    expect(namesOf('At 12:30 PM Returns to the office.')).toEqual([]);
    expect(namesOf('Stylists for the gen Xers Club agree.')).toEqual([]);
    expect(namesOf('PM Lara Voss spoke at 9 PM.')).toEqual(['Lara Voss']);
  });
});

describe('English officials: titles after the name', () => {
  it('reads a political adjective inside an apposition', () => {
    expect(namesOf('"He knows the House," said Rui Salgado, a socialist congressman from Porto.')).toEqual([
      'Rui Salgado',
    ]);
  });
  it('reads a post named by a copula or an appointment verb after a full name', () => {
    expect(namesOf('Ravi Menon was posted as the additional director general of prisons.')).toEqual([
      'Ravi Menon',
    ]);
    expect(namesOf('Carla Dunn has been named acting secretary.')).toEqual(['Carla Dunn']);
    expect(namesOf('Carla Dunn was in Paris with the mayor.')).toEqual([]);
    expect(namesOf("Carla Dunn was the president's lawyer.")).toEqual([]);
  });
  it('reads no person from a name after an article', () => {
    expect(namesOf('In an interview with the Daily Courier, the president-elect said so.')).toEqual([]);
  });
});

describe('English officials: owned and posted titles', () => {
  it('reads a predecessor owned by a pronoun once the article has titled someone', () => {
    expect(
      namesOf(
        'President Ana Ruiz spoke after the Senate voted to try her leftist predecessor, Rosa Dias, for fraud.',
      ),
    ).toEqual(['Ana Ruiz', 'Rosa Dias']);
    expect(namesOf('His predecessor, Rosa Dias, left.')).toEqual([]);
  });
  it('reads a list after owned plural predecessors and a dash', () => {
    expect(namesOf('UN envoy Lia Vos spoke. Her two predecessors - Tom Hale and Ben Ames - quit.')).toEqual([
      'Lia Vos',
      'Tom Hale',
      'Ben Ames',
    ]);
  });
  it('reads the names after a plural head that only public offices have', () => {
    expect(namesOf('Federal prosecutors Ann Lee and Tom Hart filed the case.')).toEqual([
      'Ann Lee',
      'Tom Hart',
    ]);
    expect(namesOf('Company presidents Ann Lee and Tom Hart met.')).toEqual([]);
  });
  it('splits the place an ambassador is posted to from the name after it', () => {
    expect(found('Former US ambassador to the Ukraine Marta Kovac testified.')).toEqual([
      ['Marta Kovac', ['Former US ambassador to the Ukraine']],
    ]);
    expect(namesOf('The special envoy to Syria Staffan de Lind spoke.')).toEqual(['Staffan de Lind']);
  });
});

describe('English officials: company titles and appositions', () => {
  it('reads no office from a company grade or co-title', () => {
    expect(namesOf('"Sales fell," said Dan Ruel, senior vice president of sales at Acme.')).toEqual([]);
    expect(namesOf('Gina Holt, president and chief executive of Brightway, said so.')).toEqual([]);
    expect(namesOf('Gina Holt, president of Brightway Corp., said so.')).toEqual([]);
    expect(namesOf('Gina Holt, president of the Senate, said so.')).toEqual(['Gina Holt']);
  });
  it('reads no name from the body of a title in apposition', () => {
    expect(namesOf('said Dan Ruel, vice president of the Trade Council, a consulting firm.')).not.toContain(
      'Council',
    );
    expect(namesOf('Guests included Ann Reid MP, Mia Lopez and Jo Park.')).toEqual(['Ann Reid']);
    expect(namesOf('In Washington, press secretary Josh Tan said so.')).toEqual(['Josh Tan']);
  });
});

describe('English officials: more apposition and head forms', () => {
  it("reads a government's chief medical officer before the name, not 'Medical' as a name", () => {
    expect(namesOf("The state's Chief Medical Officer Dr Ana Pires said cases fell.")).toEqual(['Ana Pires']);
    // The portfolio of one title starts no name for the apposition after it.
    expect(
      namesOf('It was told by Minister of Health Kay Lum, Chief Nursing Officer Dr Ana Pires and others.'),
    ).toEqual(['Kay Lum', 'Ana Pires']);
  });
  it('reads an apposition after a dash', () => {
    expect(namesOf('Dana Kerr — a White House press secretary for two presidents — left.')).toEqual([
      'Dana Kerr',
    ]);
    expect(namesOf('Dana Kerr — both quit — left.')).toEqual([]);
  });
  it('reads an apposition after a name with a police rank', () => {
    expect(namesOf('"We found drugs," said Lt. Matt Orr, Eastvale Police Department spokesman.')).toEqual([
      'Matt Orr',
    ]);
  });
});
