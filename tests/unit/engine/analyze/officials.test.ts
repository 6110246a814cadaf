import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

const names = (lang: 'vi' | 'en', ...p: string[]) =>
  officials(run(lang, ...p)).map((o) => [o.text, o.name, o.titles]);

describe('officials: Vietnamese', () => {
  it('reads a title chain before the name as one span with every title', () => {
    const [first] = names('vi', 'Hôm qua, Ủy viên Bộ Chính trị, Phó Thủ tướng Lê Văn Bình chủ trì họp.');
    expect(first).toEqual([
      'Ủy viên Bộ Chính trị, Phó Thủ tướng Lê Văn Bình',
      'Lê Văn Bình',
      ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng'],
    ]);
  });
  it('reads a title after the name and ministry/province titles', () => {
    expect(names('vi', 'Ông Trần Văn Nam, Chủ tịch UBND tỉnh Hòa Bình, cho biết.')[0]?.[2]).toEqual([
      'Chủ tịch UBND tỉnh Hòa Bình',
    ]);
    expect(names('vi', 'Bộ trưởng Bộ Y tế Đào Thị Hương phát biểu.')[0]?.[1]).toBe('Đào Thị Hương');
  });
  it('links later short mentions to the person and aggregates titles', () => {
    const found = names(
      'vi',
      'Thứ trưởng Bộ Tài chính Phạm Thị Lan dự họp.',
      'Bà Lan yêu cầu các đơn vị báo cáo.',
    );
    expect(found.map((f) => f[0])).toEqual(['Thứ trưởng Bộ Tài chính Phạm Thị Lan', 'Bà Lan']);
    expect(found[1]?.[1]).toBe('Phạm Thị Lan');
  });
  it('finds no official in a photo credit, a place or a body', () => {
    expect(names('vi', '(Ảnh: Phương Hoa/TTXVN)')).toEqual([]);
    expect(names('vi', 'Chủ tịch UBND TP Hà Nội cho biết Bộ Chính trị đã họp.')).toEqual([]);
  });
  it('reads foreign officials in Vietnamese text', () => {
    expect(
      names('vi', 'Tổng thống Mỹ Ron Castell gặp Bộ trưởng Quốc phòng Trung Quốc Ngụy Phượng Hòa.').map(
        (f) => f[1],
      ),
    ).toEqual(['Ron Castell', 'Ngụy Phượng Hòa']);
  });
});

describe('officials: Vietnamese places and chains', () => {
  it('keeps the place after "Tỉnh ủy" in the title and starts the name at its surname', () => {
    const [first] = names('vi', 'Bí thư Tỉnh ủy Hòa Sơn Trần Quốc Việt chủ trì hội nghị.');
    expect(first?.slice(1)).toEqual(['Trần Quốc Việt', ['Bí thư Tỉnh ủy Hòa Sơn']]);
  });
  it('reads a name right after "UBND tỉnh" and a comma chain after other words', () => {
    expect(names('vi', 'Chủ tịch UBND tỉnh Lê Thanh Hải phát biểu.').map((f) => f[1])).toEqual([
      'Lê Thanh Hải',
    ]);
    const [first] = names(
      'vi',
      'Về phía thành phố có Ủy viên Trung ương Đảng, Bí thư Thành ủy Đặng Minh Châu.',
    );
    expect(first?.slice(1)).toEqual(['Đặng Minh Châu', ['Ủy viên Trung ương Đảng', 'Bí thư Thành ủy']]);
  });
  it('stops a title chain at a name: the next title starts the next official', () => {
    const found = names(
      'vi',
      'Dự họp có Bộ trưởng Bộ Y tế Trần Thị Hoa, Thứ trưởng Bộ Công Thương Lê Quang Vinh.',
    );
    expect(found.map((f) => f.slice(1))).toEqual([
      ['Trần Thị Hoa', ['Bộ trưởng Bộ Y tế']],
      ['Lê Quang Vinh', ['Thứ trưởng Bộ Công Thương']],
    ]);
  });
});

describe('officials: English', () => {
  it('reads a portfolio after "Minister of" and attaches the later short title mention', () => {
    const found = names(
      'en',
      'The Minister of Planning and Investment Le Van Tam arrived.',
      'Minister Tam spoke.',
    );
    expect(found.map((f) => [f[0], f[1]])).toEqual([
      ['Minister of Planning and Investment Le Van Tam', 'Le Van Tam'],
      ['Minister Tam', 'Le Van Tam'],
    ]);
  });
  it('gives a one-word titled mention the full name written anywhere, even later', () => {
    const found = names('en', 'Minister Okoro opened the talks.', 'Later, Ada Okoro left for Lagos.');
    expect(found.map((f) => [f[0], f[1]])).toEqual([
      ['Minister Okoro', 'Ada Okoro'],
      ['Ada Okoro', 'Ada Okoro'],
    ]);
  });
  it('reads names under a party label as legislators only in an article about MPs', () => {
    const mps = names(
      'en',
      'A group of MPs wants an elected chamber.',
      "The group, including Tories Ann Reed and Sir John Hale, Labour's Mary Lowe and Liberal Democrat Tom Ash, met.",
    );
    expect(mps.map((f) => f[1])).toEqual(['Ann Reed', 'Sir John Hale', 'Mary Lowe', 'Tom Ash']);
    expect(names('en', "Labour's Mary Lowe opened a bakery in Leeds.")).toEqual([]);
  });
  it('reads a capitalised chair before a bare name, and leaves a sentence opener out of a title', () => {
    expect(names('en', 'The hearing showed that Chairman Hale was angry.').map((f) => f[1])).toEqual([
      'Hale',
    ]);
    expect(names('en', 'But Labour former minister Jack Lowe disagreed.')[0]?.[2]).toEqual([
      'Labour former minister',
    ]);
  });
  it('keeps abbreviated titles with their full stop', () => {
    expect(names('en', 'Gov. Ann Lee met Sen. Tom Hart.').map((f) => f[2])).toEqual([['Gov.'], ['Sen.']]);
  });
  it('reads nationality and organisation prefixes and abbreviations', () => {
    const found = names('en', 'Chinese Foreign Minister Wang Yi met Sen. John McCain.');
    expect(found.map((f) => f[1])).toEqual(['Wang Yi', 'John McCain']);
    expect(found[0]?.[2]).toEqual(['Chinese Foreign Minister']);
  });
  it('reads appositions and links "Mr. Blinken" / "Blinken"', () => {
    const found = names(
      'en',
      'Antony Blinken, the secretary of state, arrived.',
      'Mr. Blinken spoke. Blinken left.',
    );
    expect(found.map((f) => [f[0], f[1]])).toEqual([
      ['Antony Blinken', 'Antony Blinken'],
      ['Mr. Blinken', 'Antony Blinken'],
      ['Blinken', 'Antony Blinken'],
    ]);
  });
  it('keeps a possessive out of the name', () => {
    expect(names('en', "President Barack Obama's visit ended.").map((f) => f[1])).toEqual(['Barack Obama']);
  });
  it('does not read journalists or analysts as officials', () => {
    expect(names('en', "The BBC's North America editor Jon Sopel said analyst Kyle Rodda agreed.")).toEqual(
      [],
    );
  });
});
