/**
 * Words around numbers (facts from the Vietnamese/English number conventions): scale words,
 * currencies, percent and ratio words, month names, and the words that make a number an
 * identifier rather than a figure.
 */

/** Scale words after a number: "430 tỷ" = 430e9. Multi-word scales first (longest match wins). */
export const SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['nghìn tỷ', 1e12],
  ['ngàn tỷ', 1e12],
  ['nghìn tỉ', 1e12],
  ['ngàn tỉ', 1e12],
  ['triệu tỷ', 1e15],
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
  ['trăm', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  // South Asian English: "Rs 500 crore" = 5e9 rupees, "1.5 lakh crore" = 1.5e12.
  ['lakh crore', 1e12],
  ['crore', 1e7],
  ['lakh', 1e5],
  ['bn', 1e9],
  ['mn', 1e6],
  ['tr', 1e6],
];

/** Currency words after a number, mapped to a unit code. */
export const CURRENCY_AFTER: ReadonlyArray<readonly [string, string]> = [
  ['đô la Mỹ', 'USD'],
  ['đô la', 'USD'],
  ['USD', 'USD'],
  ['VNĐ', 'VND'],
  ['VND', 'VND'],
  ['đồng', 'VND'],
  ['đ', 'VND'],
  ['EUR', 'EUR'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['yên', 'JPY'],
  ['yen', 'JPY'],
  ['nhân dân tệ', 'CNY'],
  ['NDT', 'CNY'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['pounds', 'GBP'],
  ['pound', 'GBP'],
  ['bảng Anh', 'GBP'],
  ['rúp', 'RUB'],
  ['won', 'KRW'],
];

/** Currency signs before a number ("$4.3 billion", "US$5"). */
export const CURRENCY_BEFORE: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['Rs. ', 'INR'],
  ['Rs.', 'INR'],
  ['Rs ', 'INR'],
];

export const PERCENT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['%', 'percent'],
  ['điểm phần trăm', 'percentage-point'],
  ['phần trăm', 'percent'],
  ['percentage points', 'percentage-point'],
  ['percentage point', 'percentage-point'],
  ['per cent', 'percent'],
  ['percent', 'percent'],
];

export const RATIO_WORDS: readonly string[] = ['lần', 'times', 'fold'];

/** English month names and AP abbreviations -> month number. */
export const EN_MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Document nouns: identifiers when capitalised ("Quyết định 281"), verbs otherwise ("quyết định 2 kế hoạch"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'quyết định',
  'chỉ thị',
  'kết luận',
  'thông báo',
  'quy định',
  'luật',
  // Programmes named by number ("Đề án 06", "Chương trình 135").
  'đề án',
  'chương trình',
  // Roads and dykes named by number ("Đường 3/2", "Đê 401"); "đường 5 km" is a length.
  'đường',
  'đê',
  // A section of a text ("Mục 3"); lower-case it ends compounds that count ("danh mục 7 hệ thống").
  'mục',
]);

/**
 * The word(s) right before a number that make it an identifier or an ordinal, not a figure
 * (lower-cased; "Điều 5", "khóa XIII", "Nghị quyết Trung ương 8", "Article 5", "Radio 4").
 */
export const IDENTIFIER_BEFORE: ReadonlySet<string> = new Set([
  'điều',
  'khoản',
  'điểm',
  'chương',
  'số',
  'khóa',
  'khoá',
  'trung ương',
  'đại hội',
  ...DOCUMENT_NOUNS,
  // Documents whose names are never verbs: an identifier written either way ("theo nghị quyết 18").
  'nghị quyết',
  'nghị định',
  'thông tư',
  'công văn',
  'công điện',
  'tờ trình',
  'lớp',
  'thứ',
  'tổng đài',
  'đường dây nóng',
  'hotline',
  'điện thoại',
  'đt',
  'fax',
  'article',
  'section',
  'clause',
  'chapter',
  'resolution',
  'radio',
  'no.',
  'no',
  'number',
  'channel',
  'version',
  'route',
  'room',
  'page',
  'covid',
  'sars-cov',
  'phiên họp',
  'kỳ họp',
  'hội nghị',
  'quận',
  'phòng',
  'tầng',
  'block',
  'lô',
  'biển số',
  'mã',
  'p.',
  // Numbered hamlets, residential groups and roads ("thôn 5", "tổ dân phố 3", "quốc lộ 1",
  // "Vành đai 3"), and doses counted as ordinals ("mũi 2").
  'thôn',
  'ấp',
  'xóm',
  'khóm',
  'tổ',
  // Only the last two words of a longer name are read: "tổ dân phố 3", "đường dây nóng 1900 ...".
  'dân phố',
  'dây nóng',
  'khu phố',
  'quốc lộ',
  'tỉnh lộ',
  'đường tỉnh',
  'vành đai',
  'mũi',
  // Street addresses and numbered pictures ("phường 5", "ngõ 12", "Ảnh 2: ...").
  'phường',
  'ngõ',
  'ngách',
  'hẻm',
  'kiệt',
  'ảnh',
  'hình',
  // Numbered pricing and wage regions ("vùng 1", "vùng 2").
  'vùng',
  // Units and institutions named by number ("Sư đoàn 304", "Quân khu 7", "Bệnh viện 108"), and
  // software versions ("phiên bản 17"): a number after these nouns is never a count of them.
  'bệnh viện',
  'quân khu',
  'quân đoàn',
  'sư đoàn',
  'lữ đoàn',
  'trung đoàn',
  'tiểu đoàn',
  'đại đội',
  'hạm đội',
  'binh đoàn',
  'hải đoàn',
  'phiên bản',
  // Parts of a text and markers along a road ("Bảng 1", "Phụ lục 2", "Km 15+200").
  'bảng',
  'biểu đồ',
  'phụ lục',
  'trang',
  'biểu mẫu',
  'km',
  // Vietnamese counts put the number before the noun ("3 bệnh nhân", "2 hạng mục"); after a noun
  // that names members of a numbered series it labels one of them: a patient's case number,
  // a building, a room or a gate in a complex, a plot, a carriage or a berth, a tender package.
  'bệnh nhân',
  'hạng mục',
  'gói thầu',
  'căn hộ',
  'tòa',
  'toà',
  'phân khu',
  'tiểu khu',
  'khoảnh',
  'cổng',
  'bến',
  'làn',
  'toa',
  'giường',
  'học kỳ',
  'hiệp',
  'cột mốc',
  'khu vực',
  'tuyến',
  'buýt',
  'tổ máy',
  // Land records: a parcel on a cadastral map sheet ("thửa đất 12, tờ bản đồ 5").
  'thửa',
  'thửa đất',
  'bản đồ',
  // Serial numbers: a vessel's or a device's ("số hiệu"), a candidate's ("số báo danh"), a tax
  // code ("mã số thuế"); the last two words of the longer names.
  'số hiệu',
  'báo danh',
  'số thuế',
]);

/**
 * Units after a labelled noun's number that make it a measure of the noun, not its label:
 * "căn hộ 70 m2", "tòa 30 tầng", "bệnh nhân 91 tuổi" (scale, currency and percent words too:
 * "căn hộ 3 tỷ đồng", "khoản 10 tỷ").
 */
export const MEASURE_AFTER_LABEL: ReadonlyArray<readonly [string, true]> = (
  ['m2', 'm²', 'm3', 'm', 'mét', 'km', 'ha', 'kg', 'tấn', 'lít', 'tuổi', 'tầng', 'phòng ngủ', 'chỗ'] as const
).map((w) => [w, true] as const);

/** School grades run 1–12: "khối 10" is a grade, "khối 27 nước" a bloc of 27 countries. */
export const GRADE_NOUN = 'khối';
export const MAX_GRADE = 12;

/** Words after a number that are not counted nouns (function words, verbs). */
export const NOT_COUNTED_NOUN: ReadonlySet<string> = new Set(
  (
    'và của là đã đang sẽ với trong khi thì mà cho được bị tại ở này đó so từ đến tới nhưng hay hoặc cùng ' +
    'cũng còn vẫn chưa đều có không theo về trên dưới như sau trước nữa rồi hơn gần khoảng vừa mới nay qua liền lại ra vào hằng mỗi ' +
    'and or of the to in on at for by with from as is was are were be but than that which who a an per'
  ).split(' '),
);

/** Day-part words that lead a Vietnamese date ("sáng 30/4", "Chiều 25/4"). */
export const VI_DATE_LEADS: ReadonlySet<string> = new Set([
  'ngày',
  'sáng',
  'chiều',
  'tối',
  'trưa',
  'đêm',
  'rạng sáng',
  'hôm',
]);
