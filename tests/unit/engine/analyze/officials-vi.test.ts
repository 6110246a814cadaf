import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

/** [name, titles] of each Vietnamese official found, in order. */
const found = (...p: string[]) => officials(run('vi', ...p)).map((o) => [o.name, o.titles]);
const namesOf = (...p: string[]) => [...new Set(officials(run('vi', ...p)).map((o) => o.name))];

describe('Vietnamese officials: composed titles', () => {
  it('reads party-committee membership and a chain of titles after the name', () => {
    expect(found('Ông Lê Văn Khải, Tỉnh ủy viên, Giám đốc Sở Xây dựng, cho biết.')).toEqual([
      ['Lê Văn Khải', ['Tỉnh ủy viên', 'Giám đốc Sở Xây dựng']],
    ]);
    expect(found('Ông Lê Văn Khải, Giám đốc Sở Xây dựng, ông Phan Đức Lâm cùng dự.')).toEqual([
      ['Lê Văn Khải', ['Giám đốc Sở Xây dựng']],
    ]);
    expect(namesOf('Bà Ana Souza, Phó phát ngôn viên của Bộ Ngoại giao, cho biết.')).toEqual(['Ana Souza']);
  });
  it('keeps "phòng, chống" and "Ban Chỉ đạo" inside one title', () => {
    expect(
      found('Trưởng ban Chỉ đạo phòng, chống thiên tai tỉnh Nam Định Trần Văn Lộc yêu cầu sơ tán dân.'),
    ).toEqual([['Trần Văn Lộc', ['Trưởng ban Chỉ đạo phòng, chống thiên tai tỉnh Nam Định']]]);
  });
  it('reads an ambassador posted "tại" a country and a cabinet post "Nội các"', () => {
    expect(namesOf('Đại sứ Hàn Quốc tại Việt Nam Park Min Soo dự lễ.')).toEqual(['Park Min Soo']);
    expect(namesOf('Chánh văn phòng Nội các Nhật Bản Tanaka Kenji trả lời báo chí.')).toEqual([
      'Tanaka Kenji',
    ]);
  });
  it('reads "cựu" as a modifier and stops a chain at the previous official', () => {
    expect(
      found('Đoàn gồm cựu Ngoại trưởng Mỹ John Carter và cựu Bộ trưởng Quốc phòng Mỹ Paul Harris.'),
    ).toEqual([
      ['John Carter', ['cựu Ngoại trưởng Mỹ']],
      ['Paul Harris', ['cựu Bộ trưởng Quốc phòng Mỹ']],
    ]);
  });
  it('does not join title words across punctuation', () => {
    expect(found('Tại Trụ sở Trung ương Đảng, Ủy viên Bộ Chính trị Lê Minh Hòa chủ trì.')).toEqual([
      ['Lê Minh Hòa', ['Ủy viên Bộ Chính trị']],
    ]);
  });
});

describe('Vietnamese officials: title, then honorific and name', () => {
  it('reads "Chủ tịch UBND tỉnh X, ông Y" and a rank after the comma', () => {
    expect(found('Chủ tịch UBND tỉnh Phú Yên, ông Đỗ Văn Hạnh, cho biết đã sơ tán dân.')).toEqual([
      ['Đỗ Văn Hạnh', ['Chủ tịch UBND tỉnh Phú Yên']],
    ]);
    expect(namesOf('Phó Trưởng Công an huyện Yên Thành, Thượng tá Lê Hữu Phước thông tin.')).toEqual([
      'Lê Hữu Phước',
    ]);
  });
  it('does not give a title in an earlier clause to the person after the comma', () => {
    expect(found('Sau khi làm việc với Chủ tịch UBND tỉnh, ông Đỗ Văn Hạnh trở về Hà Nội.')).toEqual([]);
  });
});

describe('Vietnamese officials: names against places', () => {
  it('takes no country or province for a name', () => {
    expect(found('Bộ trưởng Ngoại giao Hà Lan phát biểu.')).toEqual([]);
    expect(found('Bộ trưởng Quốc phòng Mông Cổ thăm Việt Nam.')).toEqual([]);
    expect(found('Các tỉnh Cao Bằng Hà Giang Lạng Sơn, Chủ tịch các tỉnh đã họp.')).toEqual([]);
  });
  it('strips a country before a foreign name', () => {
    expect(
      namesOf('Thủ tướng Thái Lan Somchai Wongsawat hội đàm với Tổng thống Indonesia Budi Santoso.'),
    ).toEqual(['Somchai Wongsawat', 'Budi Santoso']);
  });
  it('reads a two-word place after "quận" as a place inside the title', () => {
    expect(found('Ông Trần Văn Tài, Phó trưởng Công an quận Hoàng Mai, cho biết.')).toEqual([
      ['Trần Văn Tài', ['Phó trưởng Công an quận Hoàng Mai']],
    ]);
  });
  it('gives a title after a comma only to a whole name, not to the end of a place', () => {
    expect(found('Tới cảng hàng không Tân Sơn Nhất, Phó Thủ tướng yêu cầu đẩy nhanh tiến độ.')).toEqual([]);
    expect(found('Nhà máy xi măng Bỉm Sơn Thanh Hóa, Giám đốc Sở Xây dựng cho biết.')).toEqual([]);
  });
});

describe('Vietnamese officials: lower-case titles and names', () => {
  it('reads a lower-case title that names its organisation', () => {
    expect(found('Ông Lý Văn Sáu - giám đốc Trung tâm Dự báo khí tượng - cho biết.')).toEqual([
      ['Lý Văn Sáu', ['giám đốc Trung tâm Dự báo khí tượng']],
    ]);
    expect(found('Theo bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, việc này đã xong.')).toEqual([
      ['Phạm Thị Thanh Trà', ['bộ trưởng Bộ Nội vụ']],
    ]);
  });
  it('takes no bare lower-case title and no delegate for an official', () => {
    expect(found('Ông Lê Văn Sáu, giám đốc, cho biết.')).toEqual([]);
    expect(found('Bà Trần Thị Mơ, đại biểu dự hội nghị, phát biểu.')).toEqual([]);
  });
  it('reads Chinese officials under Sino-Vietnamese family names', () => {
    expect(namesOf('Chánh Văn phòng Thủ tướng Trung Quốc Khang Minh Đạt dự tiệc.')).toEqual([
      'Khang Minh Đạt',
    ]);
  });
  it('reads no acronym as part of a name', () => {
    expect(found('Chủ tịch Phan Nam TP.HCM phát biểu.')).toEqual([]);
    expect(namesOf('Chủ tịch Hội Nông dân TP.HCM Lê Văn Hòa phát biểu.')).toEqual(['Lê Văn Hòa']);
  });
});

describe('Vietnamese officials: business posts', () => {
  it('finds no official in a company post', () => {
    expect(found('Chủ tịch HĐQT Công ty CP Thành Đạt Nguyễn Văn Giang cho biết doanh thu tăng.')).toEqual([]);
    expect(found('Ông Trần Văn Lực, Tổng Giám đốc Công ty TNHH Minh Phát, cho biết.')).toEqual([]);
    expect(found('Tổng Giám đốc Tập đoàn Hưng Thịnh Lê Quang Vũ dự lễ.')).toEqual([]);
    expect(found('Giám đốc điều hành Mekong Tech Đoàn Văn Phú cho biết.')).toEqual([]);
    expect(found('Chủ tịch Ngân hàng Sao Mai Trần Văn Tài cho biết.')).toEqual([]);
  });
  it('reads a police team head but not a sports captain', () => {
    expect(namesOf('Trung tá Lê Văn Tư – Đội trưởng Đội Cảnh sát giao thông – cho biết.')).toEqual([
      'Lê Văn Tư',
    ]);
    expect(found('Đội trưởng đội tuyển quốc gia Đỗ Văn Hùng ghi bàn.')).toEqual([]);
  });
  it('finds no official in a brand ambassador or a club chairman', () => {
    expect(found('Ca sĩ Lê Thu Hà, Đại sứ thương hiệu, tham dự.')).toEqual([]);
    expect(found('Chủ tịch câu lạc bộ Sông Lam Nguyễn Văn Mười cho biết.')).toEqual([]);
  });
  it('keeps the central bank and development banks as public bodies', () => {
    expect(namesOf('Thống đốc Ngân hàng Nhà nước Lê Thị Hồng cho biết.')).toEqual(['Lê Thị Hồng']);
  });
  it('keeps a public post held beside a party post in a state group', () => {
    expect(namesOf('Bí thư Đảng ủy Tập đoàn Điện lực Trần Văn Hòa phát biểu.')).toEqual(['Trần Văn Hòa']);
  });
});

describe('Vietnamese officials: hospitals and universities are not public offices', () => {
  const names = (...p: string[]) => officials(run('vi', ...p)).map((o) => o.name);
  it('does not title a hospital head, a department head or a principal as an official', () => {
    expect(names('Trưởng khoa Nội Bệnh viện Việt Đức Nguyễn Văn Bình cho biết.')).toEqual([]);
    expect(names('Hiệu trưởng Trường Đại học Y Hà Nội Trần Văn Cường phát biểu.')).toEqual([]);
  });
  it('still titles the head of a health department or a ministry department on higher education', () => {
    expect(names('Giám đốc Sở Y tế Cần Thơ Lê Văn Duy cho biết.')).toEqual(['Lê Văn Duy']);
    expect(names('Vụ trưởng Vụ Giáo dục Đại học Phạm Văn Giang cho biết.')).toEqual(['Phạm Văn Giang']);
  });
});
