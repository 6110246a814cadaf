/**
 * Vietnamese office titles (heads of a title phrase), from the official-titles reference:
 * party, state, government, assembly, judiciary, front, local, military and foreign posts.
 * A title phrase is a head plus the organisation that follows it ("Trưởng Ban Tổ chức Trung
 * ương"); modifiers (Phó, Quyền, nguyên, Thường trực...) may precede a head.
 */
export const VI_TITLE_HEADS: readonly string[] = [
  'tổng bí thư',
  'chủ tịch nước',
  'chủ tịch',
  'thủ tướng',
  'bộ trưởng',
  'thứ trưởng',
  'ủy viên',
  'thường trực ban bí thư',
  'trưởng ban',
  // BCĐ: Ban Chỉ đạo (a steering committee), as the press abbreviates it.
  'trưởng bcđ',
  'trưởng đoàn',
  'trưởng phòng',
  'trưởng công an',
  'trưởng khoa',
  'bí thư',
  'giám đốc',
  'tổng giám đốc',
  'cục trưởng',
  'tổng cục trưởng',
  'vụ trưởng',
  'chánh văn phòng',
  'chánh án',
  'chánh thanh tra',
  'viện trưởng',
  'thống đốc',
  'tổng thanh tra',
  'tổng kiểm toán',
  'chủ nhiệm',
  'tổng thư ký',
  'người phát ngôn',
  'đại sứ',
  'tổng lãnh sự',
  'đại biểu quốc hội',
  'đại biểu',
  'đbqh',
  'đại tướng',
  'thượng tướng',
  'trung tướng',
  'thiếu tướng',
  'đô đốc',
  'chuẩn đô đốc',
  'đại tá',
  'tư lệnh',
  'chính ủy',
  'tổng tham mưu trưởng',
  'tổng thống',
  'ngoại trưởng',
  'quốc vương',
  'nhà vua',
  'hoàng đế',
  'nữ hoàng',
  'thượng nghị sĩ',
  'hạ nghị sĩ',
  'nghị sĩ',
  'thị trưởng',
  'thủ hiến',
  'đặc phái viên',
  'thẩm phán',
  'kiểm sát viên',
  'trưởng đoàn đại biểu quốc hội',
  'chủ tịch ubnd',
  'chủ tịch hđnd',
  // Members of a provincial, city or district Party committee ("Tỉnh ủy viên").
  'tỉnh ủy viên',
  'thành ủy viên',
  'huyện ủy viên',
  'quận ủy viên',
  'thị ủy viên',
  'đảng ủy viên',
  'phát ngôn viên',
  'chỉ huy trưởng',
  // Head of a police or inspection team ("Đội trưởng Đội Cảnh sát ..."); a sports captain leads a
  // "đội tuyển" or a club, which are not offices (see VI_NON_OFFICE_WORDS).
  'đội trưởng',
  'thủ trưởng',
  'chính trị viên',
  'lãnh sự',
  'trưởng đại diện',
  'hoàng tử',
  'thái tử',
];

/** Words that may precede a head and belong to the title ("Phó Thủ tướng", "nguyên Bộ trưởng"). */
export const VI_TITLE_MODIFIERS: readonly string[] = [
  'phó',
  'quyền',
  'nguyên',
  'thường trực',
  'tân',
  'cố',
  'cựu',
  'phó thường trực',
];

/**
 * Ranks below the general officers (who are title heads): like an honorific, they stand before a
 * name without making an office ("Phó Trưởng Công an huyện, Thượng tá Nguyễn Văn A").
 */
export const VI_LOWER_RANKS: readonly string[] = [
  'đại tá',
  'thượng tá',
  'trung tá',
  'thiếu tá',
  'đại úy',
  'thượng úy',
  'trung úy',
  'thiếu úy',
];

/**
 * Words that make a title a post outside public office: in a company ("Chủ tịch HĐQT Công ty
 * ...", "Tổng Giám đốc Tập đoàn ...", "Giám đốc điều hành"), a sports club, or an honorary role
 * ("Đại sứ thương hiệu"). Business people are not officials; heads of state-owned firms are
 * optional.
 */
export const VI_NON_OFFICE_WORDS: readonly string[] = [
  'công ty',
  'cty',
  'tập đoàn',
  'tổng công ty',
  'hđqt',
  'hội đồng quản trị',
  'hội đồng thành viên',
  'ctcp',
  'tnhh',
  'cổ phần',
  'doanh nghiệp',
  'nhà máy',
  'chứng khoán',
  'giám đốc điều hành',
  'câu lạc bộ',
  'clb',
  // Sports federations, named by their acronyms: no public office ("Chủ tịch FIFA Gianni Infantino").
  'fifa',
  'uefa',
  'afc',
  'aff',
  'ioc',
  'vff',
  'vpf',
  'đội tuyển',
  'đội bóng',
  'đại sứ thương hiệu',
  'đại sứ thiện chí',
  'đại sứ du lịch',
  // Firms named by their kind of trade, and cooperatives (owned by their members, not the state):
  // "Giám đốc khu vực của hãng Boeing", "Giám đốc Khách sạn X", "Chủ nhiệm Hợp tác xã Y".
  'hãng',
  'khách sạn',
  'nhà hàng',
  'siêu thị',
  'cửa hàng',
  'đại lý',
  'trang trại',
  'thương hiệu',
  'hợp tác xã',
  'htx',
  // Public hospitals and universities: their heads are optional, their departments' heads and
  // teachers experts, not office holders.
  'bệnh viện',
  'trưởng khoa',
  'hiệu trưởng',
  'trường đại học',
];

/**
 * What follows "Ngân hàng" in a public bank's name: the central bank ("Ngân hàng Nhà nước", "Ngân
 * hàng Trung ương", "Ngân hàng Quốc gia"), the World Bank and development banks. Other banks are
 * businesses.
 */
export const VI_PUBLIC_BANK_NEXT: ReadonlySet<string> = new Set([
  'nhà',
  'trung',
  'quốc',
  'thế',
  'phát',
  'chính',
  'dự',
]);

/** Honorifics: not titles, but they introduce a person ("bà Mai", "ông Nguyễn Văn A"). */
export const VI_HONORIFICS: ReadonlySet<string> = new Set([
  'ông',
  'bà',
  'đồng chí',
  'anh',
  'chị',
  'cô',
  'thầy',
]);

/**
 * Words that cannot sit inside a title phrase: verbs and connectives that end it
 * ("Phó Thủ tướng cho biết", "lời mời của Bộ trưởng", "Giám đốc Sở cũng yêu cầu").
 */
export const VI_TITLE_BREAKERS: ReadonlySet<string> = new Set(
  (
    'cho biết rằng nói là đã đang sẽ vừa được bị có cùng với tại ở khi thì mà nhưng gặp tiếp thăm ' +
    'mời tới đến theo để về trao tặng nhận dự ông bà này đó các những hai ba cũng'
  ).split(' '),
);

/** Two-word verbs that end a title phrase ("Phó Thủ tướng chủ trì", "Bộ trưởng hội đàm"). */
export const VI_TITLE_BREAKER_PAIRS: ReadonlySet<string> = new Set([
  'phát biểu',
  'khẳng định',
  'nhấn mạnh',
  'yêu cầu',
  'chỉ đạo',
  'đề nghị',
  'kêu gọi',
  'hội đàm',
  'điện đàm',
  'chúc mừng',
  'chủ trì',
  'lời mời',
  'cho biết',
  'tiếp đón',
  'làm việc',
  // The other ordering verbs: "Thủ tướng kiến nghị Bộ trưởng ...", "Chủ tịch phân công Phó Chủ tịch ...".
  'kiến nghị',
  'đôn đốc',
  'phân công',
  'lưu ý',
  'nhắc nhở',
  'quán triệt',
  'ủy quyền',
  'uỷ quyền',
  'ra lệnh',
]);

/**
 * What "giao" takes when it assigns ("Thủ tướng giao Phó Thủ tướng X", "giao cho", "giao nhiệm
 * vụ"): there it ends the title before it. A capitalised word after it is checked by the caller;
 * "Bộ Ngoại giao Nhật Bản" keeps its "giao".
 */
export const VI_GIVE_OBJECTS: ReadonlySet<string> = new Set(['cho', 'nhiệm', 'trách', 'các']);
