/**
 * Vietnamese directive cue lexicons (from the directive-cues reference and the administrative
 * register): ordering verbs (need an authority as agent), deontic modals and prohibitions (need an
 * anchor: an addressee, a rule, a sanction, a run), the bodies, documents and places that can
 * issue orders, the uses of these words that order no one, and the action verbs that open
 * subjectless imperative sentences in instructions.
 */

/**
 * Vietnamese ordering verbs; "hướng dẫn" not before what it explains ("hướng dẫn cách khai thuế",
 * "hướng dẫn thủ tục": guidance on how, not an order) or the law a document implements ("Nghị
 * định 70 hướng dẫn Luật Căn cước": the decree's subject, ordering no one); "giao" only when an addressee follows, named
 * or a post or body in lower case ("TP giao thủ trưởng các sở"; not "giao thông", "bàn giao",
 * "giao ban", "Bộ Ngoại giao Nhật Bản"). The words that turn a cue into a noun guard only their own
 * cue ("xã giao", "Ban chỉ đạo"): before any other cue, "xã" ends its agent ("UBND xã yêu cầu").
 */
// The leading (?=[...]) lists the first letters of the alternatives: it changes no match, but lets
// most positions fail on one character before the costlier look-behind over \p{L} is tried.
export const VI_SPEECH_CUES =
  /(?=[ycđkrlqpgnh])(?<![\p{L}])(?:yêu cầu|(?<!(?:Ban|ban) )chỉ đạo|đề nghị|kêu gọi|đôn đốc|ra lệnh|lệnh cho|quán triệt|phân công|(?<!(?:xã|bàn|chuyển|trao|tiếp|ngoại|Ngoại) )giao(?= (?:cho |nhiệm vụ |trách nhiệm |các |thủ trưởng |chủ tịch |giám đốc |người đứng đầu |lãnh đạo |ubnd |ủy ban |uỷ ban |công an |sở |cơ quan |đơn vị |địa phương |lực lượng |\p{Lu}))|nêu rõ|lưu ý|nhắc nhở|nhấn mạnh|chỉ thị(?= (?:các |cho ))|hướng dẫn(?! (?:cách|về|việc|thủ tục|quy trình|chi tiết|cụ thể|thi hành|thực hiện|của|[Ll]uật|[Bb]ộ luật|[Nn]ghị định|[Nn]ghị quyết|[Tt]hông tư|[Pp]háp lệnh)(?![\p{L}]))|khuyến cáo|khuyến nghị|kiến nghị)(?![\p{L}])/gu;

/**
 * Cues that order only with a named agent (an official, a title, a body) or in the passive:
 * "Công an TP hướng dẫn phương tiện ...", "được khuyến nghị"; alone they are too common as nouns.
 */
export const VI_AGENT_ONLY = new Set(['hướng dẫn', 'khuyến cáo', 'khuyến nghị']);

/** Weak ordering verbs: a directive only when an obligation or an addressee follows. */
export const VI_WEAK_SPEECH = new Set(['nêu rõ', 'nhấn mạnh', 'quán triệt', 'nhắc nhở']);

/**
 * Uses of a cue word as a noun or in a report, not an order ("đáp ứng yêu cầu", "phát biểu chỉ
 * đạo", "ban hành hướng dẫn tuyển sinh": the document issued).
 */
export const VI_CUE_NOUN_BEFORE =
  /(?:các|những|đáp ứng|theo|có|ban hành|phát biểu|ý kiến|nhiều|với|lời|tinh thần|để|nhằm|sự|(?<!(?:đoàn|tổ|Đoàn|Tổ) )công tác|thực hiện|lãnh đạo,)\s$/u;

/**
 * A cue that gives no order: denied ("không yêu cầu", "chưa đề nghị") before it, or asking for
 * information ("phóng viên đề nghị cho biết ...": a question) after it. "không" closing "hàng
 * không" (aviation) or "phòng không" (air defence) names a body ("Cục Hàng không đề nghị ..."), and
 * denies nothing.
 */
export const VI_CUE_DENIED = /(?:^|\s)(?:(?<!(?:hàng|phòng|Hàng|Phòng)\s)không|chưa|chẳng|không hề)\s$/u;
export const VI_CUE_QUESTION = /^\s*cho biết(?![\p{L}])/u;

/**
 * A document as the subject of an ordering verb ("Công điện yêu cầu ...", "Thông tư 25 quy định
 * ... yêu cầu ..."): the rule orders, on behalf of the body that issued it.
 */
export const VI_DOC_AGENT =
  /(?:^|\s)(?:công điện|công văn|chỉ thị|văn bản|quyết định|nghị định|thông tư|nghị quyết|kết luận|quy định|quy chế|luật)(?:\s(?:số\s)?[\p{L}\d/.-]*\d[\p{L}\d/.-]*)?(?:\s(?:này|mới|trên))?\s(?:cũng\s)?$/u;

/**
 * A speaker's own report or commitment, not an order to an addressee: "X cho biết tỉnh đã ...",
 * "Bộ sẽ phối hợp ..." (a future "sẽ" within the subject's first words), "cam kết", "hứa".
 */
export const VI_REPORT_OR_COMMITMENT =
  /^(?:[^\s,.;:]+\s){0,5}sẽ\s|(?<![\p{L}])(?:cho biết|cam kết|hứa|quyết tâm|nguyện)(?![\p{L}])/u;

/** A promise before a modal is the speaker's own commitment ("hứa ... phải công minh"). */
export const VI_COMMITMENT = /(?<![\p{L}])(?:cam kết|hứa|quyết tâm|nguyện)(?![\p{L}])/u;

/**
 * Deontic modals, prohibitions and restrictions ("cấm" covers "tạm cấm", "nghiêm cấm", "bị cấm";
 * "chỉ được", "tối đa được phép" limit what a rule allows). "buộc phải" is listed whole: alone it
 * says a subject was forced by circumstances, an obligation only where a rule frames it; "buộc"
 * before its object ("buộc công ty nộp lại ...", "buộc tháo dỡ") is the remedy a sanction orders
 * (not "cáo buộc", "ràng buộc", "buộc tội": accusing and binding).
 */
export const VI_MODALS =
  /(?=[bpcktđ])(?<![\p{L}])(?:buộc phải|(?<!(?:cáo|ràng|trói|bắt) )buộc(?! (?:tội|chặt|dây|phải)(?![\p{L}]))|phải|cần phải|cần|có trách nhiệm|chịu trách nhiệm|không được|không nên|cấm|bắt buộc|không để|tuyệt đối không|bị hạn chế|chỉ được|tối đa được phép|được phép tối đa|đình chỉ(?= (?:hoạt động|kinh doanh|sản xuất|tuyển sinh|thi công|lưu hành|khai thác|xây dựng)(?![\p{L}])))(?![\p{L}])/gu;

/**
 * Prohibitions and sanctions: they oblige or forbid whoever their subject is ("quận tạm cấm ...",
 * "bị cấm giao dịch", "buộc công ty phải trả lại"), so they need no authority named beside them.
 */
export const VI_STRONG_MODAL = /^(?:cấm|tuyệt đối không|buộc|đình chỉ)$/u;
export const VI_SANCTION_BEFORE = /(?<![\p{L}])(?:bị\s(?:tạm\s)?|buộc\s(?:[^\s,;:]+\s){1,12})$/u;

/**
 * Those a rule binds, as the subject of a modal: "thí sinh chỉ được ...", "doanh nghiệp phải ...".
 * With the addressee bodies (VI_ADDRESSEE) they make a modal an obligation without a named authority.
 */
export const VI_RULE_ADDRESSEE =
  /^(?:(?:các|mọi|tất cả(?: các)?|mỗi|từng)\s)?(?:thí sinh|học sinh|sinh viên|người dân|người lao động|người sử dụng lao động|doanh nghiệp|tổ chức|cá nhân|chủ đầu tư|nhà thầu|phương tiện|xe|ô tô|ôtô|người điều khiển|tài xế|hộ kinh doanh|hộ gia đình|cơ sở|người nộp thuế|khách hàng|người mua|người bán|chủ hộ|chủ tài khoản|người tham gia|cán bộ|công chức|viên chức|đảng viên|người đứng đầu|đơn vị)(?![\p{L}])/u;

/** Restrictions that describe a state as often as a rule ("tầm nhìn bị hạn chế"): orders only inside a run. */
export const VI_CONTINUATION_MODALS = new Set(['bị hạn chế']);

/**
 * Uses of a modal word around it that state no obligation: copulas, "right", need as a noun,
 * consequences ("gặp phải", "đành phải", "thay vì phải", "phải mất 3 giờ", "phải nhập viện"), tasks as things ("việc phải làm"),
 * places and embargoes ("vùng cấm", "cấm vận"). Tested on a short window around each modal.
 */
export const VI_MODAL_FALSE = new RegExp(
  `(?:không phải là|phải chăng|cũng phải|sẽ phải|bên phải|phải không|đã phải|từng phải|lại phải|đành phải|gặp phải|mắc phải|thay vì phải|vừa phải|phải lòng|cần thiết|cần cù|nhu cầu|cần thơ|phải đối mặt|không cần|(?:việc|điều|những gì|cái) (?:còn )?(?:phải|cần) làm|cấm vận|vùng cấm|khu vực cấm|(?:hàng|chất|vật|biển|mặt hàng|hàng hóa|hàng hoá) cấm|cấm kỵ|cấm địa|không cấm|không bắt buộc|phải chịu cảnh|chịu đựng|phải mất|phải nhập viện|phải cấp cứu|phải bỏ ra|phải gánh|phải chứng kiến|` +
    // Hardships a subject undergoes: what circumstances forced on it, not what an authority requires.
    // "cần" before what is needed ("cần vốn", "cần thêm thời gian", "cần 500 giáo viên") is need,
    // not "should"; "không được hưởng/nhận/bồi thường" is going without, not a prohibition.
    `cần (?:thêm|khoảng|nhiều|một|những|số|\\d|hơn|gần|tới|sự|thời gian|vốn|tiền|nguồn|việc làm|nhân lực|kinh phí|ngân sách)(?![\\p{L}])|` +
    `không được (?:hưởng|nhận|bồi thường|đền bù|chi trả)(?![\\p{L}])|` +
    `phải (?:đối diện|chờ|lội|vay|nghỉ học|bỏ học|sống|tháo chạy|trả giá|hứng chịu|vật lộn|xoay xở|chật vật|vất vả|đi bộ|đi đường vòng|thở máy|điều trị|nhịn|bỏ dở|chuyển viện|mổ|cắt bỏ|ngậm ngùi|bán tháo)(?![p{L}]))`,
  'u',
);

/**
 * A sentence opening on a quantified situation ("Nhiều doanh nghiệp phải dừng hoạt động",
 * "Khoảng 70% lao động phải ..."), on a past time frame ("Trong năm đó, ...") or on a cause ("Do
 * mưa lớn, ...", not "Do đó": therefore) reports, not orders.
 */
export const VI_SITUATION_OPENERS =
  /^(?:nhiều|một số|hàng|không ít|đa số|phần lớn|có|hiện|hiện nay|trước đó|năm \d|khoảng|gần|hơn|\d|trong năm (?:đó|ấy|qua)|khi đó|lúc đó|thời điểm đó|trước đây|hồi|năm ngoái|năm trước|(?:do|vì|bởi|bởi vì|tại vì)(?! (?:đó|vậy|thế|này)(?![\p{L}])))(?![\p{L}])/u;

/**
 * A circumstance as the subject of "buộc" ("Điều này buộc doanh nghiệp phải ...", "Tình trạng đó
 * buộc nhiều hộ phải ..."): a consequence, not a sanction. A rule as the subject ("Quy định này
 * buộc ...") is not one of these nouns: it still obliges.
 */
export const VI_CIRCUMSTANCE_CAUSE =
  /(?<![\p{L}])(?:điều|việc|tình trạng|tình hình|thực tế|thực trạng|áp lực|sự việc|hoàn cảnh|diễn biến|chuyện|xu hướng|khó khăn|biến động|sự cố|bối cảnh|cạnh tranh)\s(?:này|đó|ấy|trên)\s(?:đã\s|cũng\s|càng\s|sẽ\s)?$/u;

/** A person's or an expert's view opens the sentence ("Theo ông Nam, ...", "Theo các chuyên gia, ..."): an opinion. */
export const VI_OPINION_OPENER =
  /^theo\s(?:ông|bà|anh|chị|tôi|các chuyên gia|chuyên gia|giới|nhiều|một số|người|luật sư|các luật sư)(?![\p{L}])/u;

/**
 * An expert or a private party who gives the view a modal states ("Luật sư X cho biết, cơ quan
 * chức năng cần ...", "TS Y cho rằng Nhà nước cần ...", "Bà Z, một phụ huynh, cho rằng nhà trường
 * cần ..."): the guidelines leave such a recommendation optional, whoever it names.
 */
export const VI_NON_AUTHORITY_VIEW =
  /(?:^|[\s,(“"])(?:[Cc]huyên gia|[Ll]uật sư|(?:PGS\.?\s?)?TS\.?|GS\.?|[Tt]iến sĩ|[Nn]hà nghiên cứu|[Nn]hà kinh tế|[Pp]hụ huynh|[Bb]ạn đọc|[Đđ]ộc giả|[Cc]ử tri)(?![\p{L}])[^.;:!?]{0,160}?(?<![\p{L}])(?:cho rằng|nhận định|đánh giá|cho biết|nói|chia sẻ|đề xuất|khuyến nghị|bày tỏ)(?![\p{L}])/u;

/** The subject of a modal (its clause up to the modal) that makes it a consequence or a report. */
export const VI_NOT_ADDRESSEE_SUBJECT =
  /(?:^|[,;:(]\s*)(?:nhiều|một số|hàng|không ít|đa số|phần lớn|khoảng|gần|hơn|\d|(?:chúng )?tôi|chúng em|mình)(?![\p{L}])[^,;:]*$/u;

/**
 * A rule that frames an obligation in its sentence: a legal document or "quy định" as the source.
 * The first group is the kind of document, for its default issuer (a decree is the Government's).
 */
export const VI_RULE_FRAME =
  /(?=[BCLNPQTq])(?<![\p{L}])(Nghị định|Thông tư|Luật(?! (?:sư|gia)(?![\p{L}]))|Bộ luật|Pháp lệnh|Quyết định|quyết định xử phạt|Chỉ thị|Công điện|quy định|Quy định|quy chế|Quy chế)(?![\p{L}])/u;

/** The issuer a legal document has by its kind, under Vietnamese law, when the article names none. */
export const VI_RULE_DEFAULT_ISSUER: Readonly<Record<string, string>> = {
  'Nghị định': 'Chính phủ',
  Luật: 'Quốc hội',
  'Bộ luật': 'Quốc hội',
  'Pháp lệnh': 'Ủy ban Thường vụ Quốc hội',
};

/** A reporting verb after a body: the body speaks for the ban or rule it reports ("Công an TP cho biết ..."). */
export const VI_REPORTING =
  /(?<![\p{L}])(?:cho biết|cho hay|thông báo|thông tin|khẳng định|nêu rõ)(?![\p{L}])/u;

/** Verbs by which an official speaks or orders, written after the speaker ("X kết luận", "”, ông X yêu cầu"). */
export const VI_SAYING_VERBS =
  'kết luận|nhấn mạnh|nói|phát biểu|lưu ý|khẳng định|nêu rõ|cho biết|đề nghị|yêu cầu|chỉ đạo|quán triệt|nhắc nhở';

/** A speaking or ordering verb right after its subject ("X, ... kết luận", "X cũng nhấn mạnh"). */
export const VI_SPEAKS = new RegExp(
  `^[\\s,]*(?:(?:cũng|đã|vừa|tiếp tục|đồng thời)\\s)*(?:cho rằng|${VI_SAYING_VERBS})(?![\\p{L}])`,
  'u',
);

/** Adverbials that may stand before a subjectless order ("Trên cơ sở đó, giao Bộ ..."). */
export const VI_LEAD_ADVERBIAL =
  /^(?:(?:trên cơ sở (?:đó|này)|về (?:việc|vấn đề) (?:này|đó)|theo đó|ngoài ra|bên cạnh đó|đồng thời|cụ thể|mặt khác|tiếp đó|sau đó|cùng với đó|trước mắt|(?:để|nhằm) [^,]+)[,:]?\s*)*$/u;
/**
 * Connectives that may open an imperative sentence before its verb, one after another ("Thứ bảy,
 * trước mắt, ...").
 */
export const VI_CONNECTIVES =
  /^(?:(?:cùng với đó|đồng thời|ngoài ra|bên cạnh đó|trong đó|cụ thể|mặt khác|tiếp đó|sau đó|thứ nhất|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|thứ bẩy|thứ tám|thứ chín|thứ mười|một là|hai là|ba là|bốn là|năm là|trước mắt|về lâu dài|theo đó)[,:]?\s+|[a-zđ]\)\s+|[-–•+*]\s*|\d+(?:[.)]|\s?[-–])\s+|["“‘]\s*)+/u;

/** Verbs that open a subjectless imperative sentence in a Vietnamese instruction passage. */
export const VI_IMPERATIVE_VERBS = new Set(
  (
    'hoàn thành|triển khai|thực hiện|đẩy mạnh|thúc đẩy|xử lý|chủ động|chuẩn bị|chấn chỉnh|tăng cường|tập trung|' +
    'khẩn trương|rà soát|nghiêm túc|kiên quyết|bảo đảm|đảm bảo|quán triệt|tổ chức|kiểm tra|phối hợp|nâng cao|' +
    'tiếp tục|sớm|theo dõi|giám sát|hướng dẫn|tuyên truyền|phát huy|xây dựng|hoàn thiện|nghiên cứu|báo cáo|' +
    'chỉ đưa|không để|tuyệt đối|kịp thời|quyết liệt|ưu tiên|tháo gỡ|giải quyết|củng cố|đẩy nhanh|chủ trì|' +
    'nghiêm cấm|cấm|không được|yêu cầu|đề nghị|giao|tích cực|duy trì|thường xuyên|khắc phục|siết chặt|' +
    'chú trọng|quan tâm|đôn đốc|huy động|bố trí|điều chỉnh|rút kinh nghiệm|cần|phải|không|nghiêm|thành lập|' +
    'ban hành|đổi mới|cải cách|phòng|kiểm soát|quản lý|vận động|cấp|thông báo|công khai|đề xuất|tham mưu|' +
    'phấn đấu|bám sát|cắt giảm|hạn chế|xem xét|bổ sung|sắp xếp|lồng ghép|đề cao|nắm chắc|nắm bắt|' +
    'kiện toàn|ngăn chặn|phòng ngừa|tránh|lựa chọn|đánh giá|tổng kết|khẩn cấp|dứt điểm|kiểm điểm|xác minh|' +
    'làm rõ|điều tra|thanh tra|cân đối|điều hòa|điều hoà|xác lập|truy xét|sơ tán|di dời|ứng phó|khôi phục|' +
    'trình|sửa đổi|tiếp thu|cung cấp|phổ biến|cảnh báo|bảo vệ|giữ|ngăn ngừa|đấu tranh|tạm dừng|dừng|' +
    'nghiêm khắc|chỉ đạo|phân công|hỗ trợ|rà soát lại|tăng|giảm|mở rộng|hạn chế tối đa|vận hành|' +
    'làm tốt|chăm lo|giữ vững|coi trọng|tạo điều kiện'
  ).split('|'),
);

/**
 * Nouns that name a public addressee of an order ("các bộ, ngành", "UBND các huyện", "người đứng
 * đầu", "mỗi cán bộ"): the public bodies, levels and staff an authority directs. "Các doanh nghiệp
 * phải ...", "các em phải ..." name a group, not an addressee: alone they report what it must
 * undergo, and a rule or an authority must frame them.
 */
export const VI_ADDRESSEE =
  /^(?:(?:các|mỗi|từng|toàn bộ|tất cả(?: các)?)\s)?(?:người đứng đầu|ngành|bộ|sở|ubnd|ủy ban|uỷ ban|hđnd|ban|cơ quan|đơn vị|địa phương|lực lượng|chính quyền|cấp ủy|cấp uỷ|cấp|chúng ta|nhà nước|công an|trường|nhà trường|tập đoàn|tổng công ty|doanh nghiệp nhà nước|thủ trưởng|lãnh đạo|văn phòng|ban chỉ đạo|ban chỉ huy|bộ chỉ huy|tỉnh|thành phố|huyện|quận|xã|phường|thị xã|cán bộ|công chức|viên chức|đảng viên|đồng chí|đảng bộ|chi bộ|tổ chức đảng|đoàn thể|chủ đầu tư|tổ chức tín dụng|cơ sở giáo dục|cơ sở y tế|bệnh viện|trạm|chốt|đội(?! (?:tuyển|bóng|hình|khách|chủ nhà)(?![\p{L}]))|tổ công tác|đoàn công tác|hội đồng|thành viên)(?![\p{L}])/u;

/** A group opening a sentence ("Các sở ...", "Mỗi trường ..."): inside a run of orders, an addressee. */
export const VI_GROUP_OPENER = /^(?:các|mỗi|từng)\s/u;

/**
 * A body that can issue an order, with an optional head title before it ("Trưởng Ban Chỉ huy ..."):
 * its name runs on through commas that continue a name ("Ban Chỉ đạo phòng, chống dịch",
 * "PCTT, TKCN") and "TP. Hà Nội". Compiled twice: ending a clause (the subject before a cue, where
 * common-noun authorities count too: "cơ quan chức năng yêu cầu") and anywhere (the named body
 * beside a rule or a sanction).
 */
// No body starts inside a document number ("Công văn số 123/UBND-KT, UBND tỉnh ..." named the body
// "UBND-KT, UBND tỉnh ..."): not after a digit, a slash or a code's hyphen.
const VI_BODY_TITLE =
  '(?<![\\p{L}\\d/])(?<!\\p{Lu}-)(?:(?:Phó )?(?:Trưởng|Chủ tịch|Giám đốc|Chánh|Tư lệnh|Chỉ huy trưởng|Thủ trưởng) )?';
const VI_BODY_NAMED =
  'UBND|HĐND|Ủy ban|Uỷ ban|(?<!(?:Bắc|Trung|Nam) )Bộ|Sở|Chính phủ|Văn phòng|Ban|Cục|Tổng cục|Chi cục|Quốc hội|Tỉnh ủy|Tỉnh uỷ|' +
  'Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Đảng ủy|Đảng uỷ|Công an|Thanh tra|Ngân hàng Nhà nước|' +
  'Tòa án|Toà án|TAND|HĐXX|VKSND|Viện Kiểm sát|Viện kiểm sát|Kiểm toán Nhà nước|Hội đồng|Cảnh sát|Cơ quan|' +
  'Kho bạc|Hải quan|Nhà nước|Liên Hợp Quốc|Liên hợp quốc|Trung tâm|Viện|Đại sứ quán|Tổng Lãnh sự quán|Cảng vụ|Đài|Thông tấn xã|' +
  // A division of a department or a district's office ("Phòng Cảnh sát giao thông", "Phòng Giáo dục và
  // Đào tạo huyện"), named with a capital; "Phòng chống dịch" opening a sentence is prevention.
  'Phòng(?= \\p{Lu})';
// Common-noun bodies, also with the capital they take at the start of a sentence ("Nhà trường yêu cầu").
const VI_BODY_COMMON = [
  'cơ quan chức năng',
  'lực lượng chức năng',
  'chính quyền',
  'chính phủ',
  'nhà trường',
  'cơ quan công an',
  'cơ quan điều tra',
  'cơ quan thuế',
  'ban tổ chức',
  // Inspection and task teams an authority sends, acting for it ("Đoàn kiểm tra yêu cầu chủ cơ sở ...").
  'đoàn (?:kiểm tra|thanh tra|liên ngành|công tác)',
  'tổ công tác',
  'tổ kiểm tra',
  'tòa án',
  'toà án',
  'ngành (?:y tế|giáo dục|chức năng)',
  // "Lãnh đạo huyện chỉ đạo ...": the leadership of a level of government, as a body.
  'lãnh đạo (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|bộ|sở|ngành|địa phương)',
]
  .map((a) => `[${a[0]}${a[0]!.toUpperCase()}]${a.slice(1)}`)
  .join('|');
// A pair of levels is one name ("Sở Y tế các tỉnh, thành phố", "UBND các quận, huyện"): its comma
// continues the name, and the level after it is no place acting on its own.
const VI_LEVEL = 'tỉnh|thành phố|thành|quận|huyện|thị xã|thị trấn|xã|phường';
// So is a list of kinds of authority ("các bộ, ngành", "các sở, ban, ngành", "cơ quan, đơn vị"): an
// addressee the body's letter goes to ("UBND TP có văn bản gửi các sở, ngành đề nghị ...").
const VI_PEER = 'bộ|sở|ban|ngành|địa phương|đơn vị|cơ quan|đoàn thể';
// The things a "phòng, chống" committee fights are listed with commas too ("Ban Chỉ đạo ... về phòng,
// chống tham nhũng, tiêu cực"). A comma before another body's head word ends the name: "Theo đề nghị của Sở Y tế, UBND tỉnh yêu
// cầu ..." names two bodies, the second acting.
const VI_NEXT_BODY =
  '(?:UBND|HĐND|Sở|Bộ|Ủy ban|Uỷ ban|Cục|Công an|TAND|VKSND|Chính phủ|Thủ tướng)(?![\\p{L}])';
const VI_BODY_NAME = `(?![\\p{L}])(?:[^,.;:!?"“”()]|, (?=(?!${VI_NEXT_BODY})\\p{Lu}|chống)|\\. (?=\\p{Lu}|chống)|, (?<=chống [^,;:.!?()]{1,40}, )(?!(?:đã|vừa|cũng|đồng thời|yêu cầu|đề nghị|chỉ đạo|kêu gọi|giao|khuyến cáo|lưu ý)(?![\\p{L}]))(?=\\p{Ll})|, (?<=(?:${VI_LEVEL}|${VI_PEER}), )(?=(?:${VI_LEVEL}|${VI_PEER})(?![\\p{L}]))|\\.(?=\\p{L}))*`;
export const VI_BODY_START = new RegExp(
  `${VI_BODY_TITLE}(?:${VI_BODY_NAMED}|${VI_BODY_COMMON})${VI_BODY_NAME}$`,
  'u',
);
export const VI_BODY_ANY = new RegExp(`${VI_BODY_TITLE}(?:${VI_BODY_NAMED})${VI_BODY_NAME}`, 'u');
/** The same, only at the position its lastIndex names (a body opening a sentence). */
export const VI_BODY_AT = new RegExp(VI_BODY_ANY.source, 'uy');

/**
 * A place as the authority closing the clause before its verb ("huyện đề nghị tỉnh ...", "TP Huế
 * yêu cầu ...", "Tỉnh Yên Bái cấm ...", "Tỉnh yêu cầu ..." at the start of a sentence).
 */
export const VI_PLACE_AGENT =
  /(?:^|[,;]\s*)((?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị xã)(?:\s\p{Lu}[\p{L}.]*)*)\s*$/u;

/** Adverbs between an agent and its ordering verb ("tỉnh đã chủ động chỉ đạo", "Huyện cũng yêu cầu"). */
export const VI_AGENT_ADVERBS =
  /(?:\s(?:đã|vừa|cũng|sẽ|tiếp tục|chủ động|kịp thời|khẩn trương|kiên quyết|một lần nữa|đồng thời|nhiều lần|liên tục|tạm|nghiêm))+\s*$/u;

/**
 * Time adverbials a writer puts between an agent and its verb ("Bộ Ngoại giao hôm qua yêu cầu",
 * "UBND huyện trước đây từng yêu cầu", "Bộ Y tế trong văn bản gửi các tỉnh yêu cầu"). The leads are
 * those of the Vietnamese time expressions in the reference corpus (duckling-vi: hôm, đêm, trưa,
 * tuần, tháng, năm, quý, thứ, chủ nhật, vào, lúc, cuối/đầu/giữa, and the parts of the day). A word a
 * body may be named with counts only before a time word: "năm", "thứ", "trong", "vào", "hiện", and the
 * parts of the day ("Viện Kiểm sát nhân dân tối cao", "Trung tâm Đổi mới sáng tạo Quốc gia").
 */
export const VI_TIME_ADVERBIAL =
  'hôm|lúc|(?:sáng|trưa|chiều|tối|đêm)(?= (?:nay|qua|mai|hôm|ngày|cùng|thứ|chủ nhật|muộn|sớm|\\d))|chủ nhật|sau đó|trước đây|gần đây|từng|(?<!thực |xuất |thể )hiện(?= (?:nay|đã|đang|vẫn|chưa|cũng|còn))|' +
  '(?:cuối |đầu |giữa )?(?:tuần|tháng|năm|quý)(?= (?:này|nay|qua|trước|tới|sau|ngoái|vừa qua|\\d|[IV]+\\b))|' +
  'thứ(?= (?:Hai|Ba|Tư|Năm|Sáu|Bảy|\\d))|' +
  'vào(?= (?:sáng|trưa|chiều|tối|đêm|ngày|hôm|tuần|tháng|năm|quý|thứ|chủ nhật|cuối|đầu|giữa|lúc|\\d))|' +
  'trong(?= (?:văn bản|công văn|công điện|thông báo|thông cáo|tuần|tháng|năm|ngày|thời gian|cuộc|buổi|phiên|hội nghị))';

/** Where a body's name ends and its predicate begins ("UBND tỉnh đã có văn bản yêu cầu"). */
export const VI_BODY_PREDICATE = new RegExp(
  `\\s(?:đã|vừa|cũng|tiếp tục|có|ban hành|gửi|sẽ|thì|phải|cần|nên|đang|tạm|nghiêm|cho rằng|đề xuất|chủ trì|phối hợp|liên tục|khẩn trương|(?<!thôn |thị |[Đđ]ổi )mới|đồng thời|ngày|trước đó|${VI_TIME_ADVERBIAL}|cho biết|cho hay|thông báo|ký|tuyên|xử phạt|xét xử|phạt|buộc|cấm|(?<!(?:[Đđ]oàn|[Tt]ổ|[Bb]an|[Ll]ực lượng|[Cc]ông tác) )kiểm tra|phát hiện|tạm giữ|thu giữ|lập biên bản|thống nhất|đồng ý|nhất trí|quyết định|kết luận|yêu cầu|đề nghị|kiến nghị|kêu gọi|khuyến cáo|lưu ý|nhấn mạnh|(?<![Bb]an )chỉ đạo)(?![\\p{L}]).*$`,
  'su',
);
