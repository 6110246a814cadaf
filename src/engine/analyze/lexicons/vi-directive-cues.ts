/**
 * Vietnamese directive cue lexicons (from the directive-cues reference): reporting verbs of
 * ordering (need an authority as agent), deontic modals (need an addressee or an instruction
 * passage), and the action verbs that open subjectless imperative sentences in instructions.
 */

/** Vietnamese ordering verbs; "giao" only when an addressee follows (not "giao thông", "bàn giao"). */
export const VI_SPEECH_CUES =
  /(?<![\p{L}])(?<!(?:xã|bàn|chuyển|trao|tiếp|Ban|ban) )(?:yêu cầu|chỉ đạo|đề nghị|kêu gọi|đôn đốc|ra lệnh|lệnh cho|quán triệt|phân công|giao(?= (?:cho |nhiệm vụ |các |\p{Lu}))|nêu rõ|lưu ý|nhấn mạnh|chỉ thị(?= (?:các |cho )))(?![\p{L}])/gu;

/** Weak ordering verbs: a directive only when an obligation or an addressee follows. */
export const VI_WEAK_SPEECH = new Set(['nêu rõ', 'nhấn mạnh', 'quán triệt']);

/** Uses of a cue word as a noun or in a report, not an order ("đáp ứng yêu cầu", "phát biểu chỉ đạo"). */
export const VI_CUE_NOUN_BEFORE =
  /(?:các|những|đáp ứng|theo|có|phát biểu|ý kiến|văn bản|nhiều|với|lời|tinh thần|để|nhằm)\s$/u;

/**
 * A speaker's own report or commitment, not an order to an addressee: "X cho biết tỉnh đã ...",
 * "Bộ sẽ phối hợp ..." (a future "sẽ" within the subject's first words), "cam kết".
 */
export const VI_REPORT_OR_COMMITMENT =
  /^(?:[^\s,.;:]+\s){0,5}sẽ\s|(?<![\p{L}])(?:cho biết|cam kết)(?![\p{L}])/u;

/** Deontic modals and prohibitions. */
export const VI_MODALS =
  /(?<![\p{L}])(?:phải|cần phải|cần|có trách nhiệm|chịu trách nhiệm|không được|không nên|nghiêm cấm|bắt buộc|không để|tuyệt đối không)(?![\p{L}])/u;

/** "phải"/"cần" uses that state no obligation. */
export const VI_MODAL_FALSE =
  /(?:không phải là|phải chăng|cũng phải|sẽ phải|bên phải|phải không|đã phải|cần thiết|cần cù|nhu cầu|cần thơ|phải đối mặt|không cần)/u;

/** A sentence opening on a quantified situation ("Nhiều doanh nghiệp phải dừng hoạt động") reports, not orders. */
export const VI_SITUATION_OPENERS =
  /^(?:nhiều|một số|hàng|không ít|đa số|phần lớn|có|hiện|hiện nay|trước đó|năm \d)/u;

/** Connectives that may open an imperative sentence before its verb. */
export const VI_CONNECTIVES =
  /^(?:(?:cùng với đó|đồng thời|ngoài ra|bên cạnh đó|trong đó|cụ thể|mặt khác|tiếp đó|sau đó|thứ nhất|thứ hai|thứ ba|thứ tư|thứ năm|một là|hai là|ba là|trước mắt|về lâu dài|theo đó)[,:]?\s+|[a-zđ]\)\s+|[-–•+*]\s*|\d+[.)]\s+)/u;

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
    'kiện toàn|ngăn chặn|phòng ngừa|tránh|lựa chọn|đánh giá|tổng kết|khẩn cấp|dứt điểm'
  ).split('|'),
);

/** Nouns that name an addressee of an order ("các bộ, ngành", "UBND các huyện", "người đứng đầu"). */
export const VI_ADDRESSEE =
  /^(?:các|mỗi|từng|người đứng đầu|ngành|bộ|sở|ubnd|ủy ban|ban|cơ quan|đơn vị|địa phương|lực lượng|chính quyền|cấp ủy|chúng ta|nhà nước|công an|trường|tập đoàn|tổng công ty|doanh nghiệp nhà nước|thủ trưởng|lãnh đạo)(?![\p{L}])/u;

/** Bodies that can issue an order themselves ("UBND tỉnh Quảng Ngãi yêu cầu"). */
export const VI_BODY_START =
  /(?<![\p{L}])(?:UBND|Ủy ban nhân dân|Ủy ban|Uỷ ban|Bộ|Sở|Chính phủ|Văn phòng Chính phủ|Ban Chỉ đạo|Ban chỉ đạo|Cục|Tổng cục|HĐND|Quốc hội|Tỉnh ủy|Thành ủy|Công an|Thanh tra|Ngân hàng Nhà nước|Ban Bí thư|Bộ Chính trị)(?![\p{L}])[^,.;:]*$/u;
