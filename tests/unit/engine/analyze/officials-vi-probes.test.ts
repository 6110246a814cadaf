import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

// Cases found by probing the officials rules with sentences of our own, against the guidelines.
const namesOf = (...p: string[]) => [...new Set(officials(run('vi', ...p)).map((o) => o.name))];

describe('Vietnamese officials: "TP" before a place of three words', () => {
  it('reads the name after "Thành ủy TP Hồ Chí Minh"', () => {
    expect(namesOf('Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Văn Nên dự họp.')).toEqual(['Nguyễn Văn Nên']);
    expect(namesOf('Bí thư Thành ủy TP. Hồ Chí Minh Nguyễn Văn Nên dự họp.')).toEqual(['Nguyễn Văn Nên']);
    expect(namesOf('Phó Bí thư Thành ủy TP Cần Thơ Trần Văn Lâu dự họp.')).toEqual(['Trần Văn Lâu']);
  });
  it('takes no name from the place itself', () => {
    expect(namesOf('Bí thư Thành ủy TP Hồ Chí Minh phát biểu.')).toEqual([]);
    expect(namesOf('Thành ủy TP Hồ Chí Minh tổ chức hội nghị.')).toEqual([]);
  });
});

describe('Vietnamese officials: company posts named by a brand or a company', () => {
  it('reads no official in a post titled by a brand', () => {
    expect(
      namesOf('Bà Nguyễn Thị Phương Thảo, Tổng giám đốc Vietjet, cho biết hãng sẽ mở đường bay.'),
    ).toEqual([]);
    expect(namesOf('Chủ tịch Samsung Việt Nam Choi Joo Ho gặp lãnh đạo tỉnh.')).toEqual([]);
    expect(namesOf('Chủ tịch Microsoft Brad Smith thăm Việt Nam.')).toEqual([]);
  });
  it('still reads heads of public bodies named by an assembly or a country', () => {
    expect(namesOf('Chủ tịch Hạ viện Mỹ Mike Johnson phát biểu.')).toEqual(['Mike Johnson']);
    expect(namesOf('Chủ tịch Trung Quốc Tập Cận Bình thăm Việt Nam.')).toEqual(['Tập Cận Bình']);
  });
  it('gives a title after a company name to no one in it', () => {
    expect(namesOf('Đoàn làm việc tại Công ty Hoàng Anh Gia Lai, Phó Thủ tướng đánh giá cao.')).toEqual([]);
  });
});

describe('Vietnamese officials: firms named by their trade, and cooperatives', () => {
  it('reads no official in a post at a firm or a cooperative', () => {
    expect(namesOf('Ông Trần Văn Giang, Giám đốc khu vực châu Á của hãng Boeing, cho hay.')).toEqual([]);
    expect(namesOf('Ông Trần Văn Lâm, Giám đốc Khách sạn Metropole, cho hay.')).toEqual([]);
    expect(namesOf('Ông Trần Văn An, Chủ nhiệm Hợp tác xã Thành Công, cho hay.')).toEqual([]);
  });
  it('still reads an official who visits a firm, and a mass organisation head', () => {
    expect(namesOf('Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên thăm hãng Honda.')).toEqual([
      'Nguyễn Hồng Diên',
    ]);
    expect(namesOf('Ông Trần Văn Lâm, Chủ tịch Hội Nông dân xã, cho hay.')).toEqual(['Trần Văn Lâm']);
  });
});

describe('Vietnamese officials: organisations whose name opens like a person', () => {
  it('reads no person in "Đoàn Thanh niên", and the official after it', () => {
    expect(
      namesOf('Bí thư Thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh Bùi Quang Huy phát biểu.'),
    ).toEqual(['Bùi Quang Huy']);
    expect(namesOf('Bí thư Đoàn Thanh niên xã Tân Phú Nguyễn Thị Mai dẫn đầu đoàn.')).toEqual([
      'Nguyễn Thị Mai',
    ]);
  });
  it('still reads a person named Đoàn Thanh ...', () => {
    expect(namesOf('Ông Đoàn Thanh Hải, Chủ tịch UBND huyện, cho biết.')).toEqual(['Đoàn Thanh Hải']);
  });
});

describe('Vietnamese officials: rarer surnames right after the level', () => {
  it('reads a three-word name after "UBND tỉnh", "Huyện ủy", "xã" whatever its surname', () => {
    expect(namesOf('Phó Chủ tịch UBND tỉnh Nghiêm Xuân Cường chỉ đạo.')).toEqual(['Nghiêm Xuân Cường']);
    expect(namesOf('Bí thư Huyện ủy Lầu A Lử chỉ đạo.')).toEqual(['Lầu A Lử']);
  });
  it('takes no name from a place of three words that opens on no surname', () => {
    expect(namesOf('Chủ tịch UBND huyện Bắc Trà My cho biết.')).toEqual([]);
  });
});

describe('Vietnamese officials: an organisation acronym before a foreign name', () => {
  it('starts the name after the acronym', () => {
    expect(namesOf('Tổng Giám đốc IMF Kristalina Georgieva cảnh báo rủi ro.')).toEqual([
      'Kristalina Georgieva',
    ]);
    expect(namesOf('Tổng thư ký NATO Mark Rutte phát biểu.')).toEqual(['Mark Rutte']);
  });
  it('ends the title at a body named by a mixed-case short word, as at an acronym', () => {
    expect(namesOf('Chủ tịch Fed Jerome Powell cho biết lãi suất sẽ giữ nguyên.')).toEqual(['Jerome Powell']);
    expect(namesOf('Tổng thư ký Interpol Valdecy Urquiza cảnh báo tội phạm mạng.')).toEqual([
      'Valdecy Urquiza',
    ]);
  });
  it('keeps one-word foreign names, and reads no office in a sports federation', () => {
    expect(namesOf('Thủ tướng Modi và Tổng thống Putin hội đàm.')).toEqual(['Modi', 'Putin']);
    expect(namesOf('Chủ tịch FIFA Gianni Infantino dự lễ.')).toEqual([]);
  });
});
