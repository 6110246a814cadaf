/**
 * Vietnamese counts put the number before the noun ("3 đợt", "2 vòng"); a number after a noun that
 * names one of a numbered series labels a member of it ("đợt 2", "giai đoạn 1", "vòng 3", "nhóm 1"):
 * an ordinal, which the guidelines make optional, never an amount. Such a label is told from a count
 * ("nhóm 50 nước", "vòng 14 ngày") by what follows the number: a verb, a function word or
 * punctuation ("Đợt 2 diễn ra", "Vòng 3 sẽ ...", "giai đoạn 1, ..."), not a counted noun.
 */
export const VI_SERIES_NOUNS: ReadonlySet<string> = new Set([
  'đợt',
  'giai đoạn',
  'vòng',
  'nhóm',
  'lần',
  'tập',
  'câu',
  'mùa',
  'hạng',
  'ca',
  'loại',
  'top',
  'bước',
  'phần',
  'chặng',
  'ván',
  'kỳ',
  'phiên',
  'cụm',
  'gói',
  'nguyện vọng',
]);

/**
 * Verbs that follow a series label as its predicate ("Đợt 2 diễn ra", "Nhóm 1 gồm", "loại 1
 * phải có", "Ca 1 bắt đầu"): never a noun counted by the number. Function words and modals are
 * in the figure lexicon's list of words that are no counted nouns.
 */
export const VI_LABEL_PREDICATES: ReadonlySet<string> = new Set(
  (
    'diễn gồm bao bắt khởi kết kiểm tiếp ghi nhận tăng giảm đạt phải cần nên dài rộng cao sâu thuộc nằm ' +
    'chiếm áp dụng triển thi xét mở đóng hoàn dự kéo chỉ dành lên xuống trở thông đi chạy'
  ).split(' '),
);

/**
 * Documents named by a number with no code ("Kế hoạch 45 của UBND tỉnh", "Văn bản 1234 gửi ..."):
 * the same test tells the name from a count ("Kế hoạch 5 năm", "báo cáo 6 tháng"). A year after
 * them dates the plan or report ("Kế hoạch 2025"), which the guidelines count.
 */
export const VI_DOCUMENT_LABELS: ReadonlySet<string> = new Set([
  'kế hoạch',
  'văn bản',
  'hướng dẫn',
  'báo cáo',
]);

/**
 * Places and institutions named after a date ("Công viên 23/9", "đường 3/2", "Quảng trường 30/4",
 * "Trường THPT 19/5", "Sân vận động 19/8", "Xí nghiệp 30/4"): the date is part of a name, an
 * identifier like a street number, not a date the article states. The words that also open common
 * nouns ("thị trường", "nhu cầu") count only written with a capital ("Trường 19/5", "Cầu 2/9").
 */
export const VI_DATE_NAMED_PLACES: ReadonlySet<string> = new Set([
  'đường',
  'phố',
  'công viên',
  'quảng trường',
  'sân vận động',
  'nhà thi đấu',
  'nhà văn hóa',
  'nhà văn hoá',
  'cung văn hóa',
  'cung văn hoá',
  'hội trường',
  'xí nghiệp',
  'nhà máy',
  'bến xe',
  'thpt',
  'thcs',
  'ngã tư',
  'ngã sáu',
  'vòng xoay',
  'bùng binh',
]);
export const VI_DATE_NAMED_CAPITALISED: ReadonlySet<string> = new Set([
  'trường',
  'cầu',
  'chợ',
  'bệnh viện',
  'công ty',
  'khu',
]);
