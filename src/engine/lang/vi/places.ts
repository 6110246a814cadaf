/**
 * Place names as Vietnamese news writes them: provinces and centrally-run cities (the 63 of
 * 2008-2025, whose names the 2025 merger kept), large cities and urban districts, regions, and
 * countries. Many begin with a surname-like word ("Hà Giang", "Thái Lan", "Mông Cổ") or stand
 * before a name in a capitalised run ("Thủ tướng Thái Lan Srettha Thavisin"), so the officials
 * analyzer must know them to keep them out of people's names. Lower case.
 */
const PROVINCES =
  'an giang|bà rịa|vũng tàu|bà rịa - vũng tàu|bạc liêu|bắc giang|bắc kạn|bắc ninh|bến tre|bình dương|' +
  'bình định|bình phước|bình thuận|cà mau|cao bằng|cần thơ|đà nẵng|đắk lắk|đắk nông|điện biên|' +
  'đồng nai|đồng tháp|gia lai|hà giang|hà nam|hà nội|hà tĩnh|hải dương|hải phòng|hậu giang|hòa bình|' +
  'hưng yên|khánh hòa|kiên giang|kon tum|lai châu|lâm đồng|lạng sơn|lào cai|long an|nam định|' +
  'nghệ an|ninh bình|ninh thuận|phú thọ|phú yên|quảng bình|quảng nam|quảng ngãi|quảng ninh|' +
  'quảng trị|sóc trăng|sơn la|tây ninh|thái bình|thái nguyên|thanh hóa|thừa thiên huế|tphcm|hcm|' +
  'thừa thiên - huế|tiền giang|hồ chí minh|trà vinh|tuyên quang|vĩnh long|vĩnh phúc|yên bái|hà tây';

/** Cities, towns and urban districts that are often named in the news. */
const CITIES =
  'sài gòn|huế|nha trang|đà lạt|biên hòa|hạ long|buôn ma thuột|quy nhơn|thủ đức|phú quốc|côn đảo|' +
  'hội an|mỹ tho|rạch giá|long xuyên|cam ranh|móng cái|sầm sơn|cửa lò|đồng hới|tam kỳ|phan thiết|' +
  'tuy hòa|bảo lộc|pleiku|phủ lý|việt trì|cẩm phả|uông bí|sơn tây|hà đông|hoàn kiếm|ba đình|' +
  'đống đa|hai bà trưng|cầu giấy|thanh xuân|hoàng mai|long biên|tây hồ|bắc từ liêm|nam từ liêm|' +
  'từ liêm|sóc sơn|đông anh|gia lâm|thanh trì|ba vì|bình thạnh|gò vấp|phú nhuận|tân bình|tân phú|' +
  'bình tân|củ chi|hóc môn|bình chánh|nhà bè|cần giờ|dĩ an|thuận an|thủ dầu một|vị thanh|sa đéc|' +
  'cao lãnh|châu đốc|tân an|quảng yên|đông hà|hồng lĩnh|lý sơn|vân đồn';

const REGIONS =
  'việt nam|tây nguyên|tây bắc|đông bắc|bắc bộ|trung bộ|nam bộ|bắc trung bộ|nam trung bộ|' +
  'đông nam bộ|tây nam bộ|đồng bằng sông cửu long|đông nam á|đông á|nam á|trung á|tây á|châu á|' +
  'châu âu|châu phi|châu mỹ|châu đại dương|bắc mỹ|nam mỹ|mỹ latinh|trung đông|bắc phi|biển đông|' +
  'hoàng sa|trường sa|thái bình dương|ấn độ dương|đại tây dương|bắc cực|nam cực|liên minh châu âu';

const COUNTRIES =
  'lào|campuchia|thái lan|myanmar|malaysia|singapore|indonesia|philippines|philippin|brunei|' +
  'đông timor|timor-leste|trung quốc|nhật bản|hàn quốc|triều tiên|mông cổ|đài loan|hồng kông|' +
  'ma cao|ấn độ|pakistan|bangladesh|sri lanka|nepal|bhutan|afghanistan|iran|iraq|israel|' +
  'palestine|syria|jordan|liban|lebanon|ả rập xê út|saudi arabia|uae|qatar|kuwait|oman|yemen|' +
  'bahrain|thổ nhĩ kỳ|nga|ukraine|ukraina|belarus|ba lan|đức|pháp|anh|ý|italy|tây ban nha|' +
  'bồ đào nha|hà lan|bỉ|luxembourg|thụy sĩ|thụy điển|na uy|đan mạch|phần lan|áo|hy lạp|séc|' +
  'slovakia|hungary|romania|bulgaria|serbia|croatia|slovenia|estonia|latvia|litva|lithuania|' +
  'ireland|iceland|mỹ|hoa kỳ|canada|mexico|brazil|argentina|chile|peru|colombia|venezuela|cuba|' +
  'úc|australia|new zealand|ai cập|nam phi|nigeria|kenya|ethiopia|algeria|maroc|morocco|' +
  'tunisia|libya|sudan|angola|mozambique|tanzania|kazakhstan|uzbekistan|azerbaijan|armenia|' +
  'gruzia|georgia|moldova|síp|malta|panama|ecuador|bolivia|paraguay|uruguay|nicaragua|' +
  'guatemala|honduras|haiti|jamaica|fiji|papua new guinea|vatican|liên bang nga|cộng hòa séc';

/** All of the above, lower-cased; phrases of one to five words. */
export const VI_PLACE_LIST: readonly string[] = [PROVINCES, CITIES, REGIONS, COUNTRIES]
  .join('|')
  .split('|')
  // Streets and squares named after people: "đường Nguyễn Huệ" is a place, its words a name.
  .concat(['bạch đằng', 'quang trung', 'lê lợi', 'trần hưng đạo', 'nguyễn huệ', 'kim liên', 'giang tô']);

export const VI_PLACE_NAMES: ReadonlySet<string> = new Set(VI_PLACE_LIST);

/**
 * Seats that news names for a state's government: capitals ("Bắc Kinh yêu cầu Washington ...") and
 * the houses of its leaders ("Nhà Trắng", "Điện Kremlin").
 */
const STATE_SEATS =
  'bắc kinh|washington|moskva|mátxcơva|mát-xcơ-va|tokyo|seoul|bình nhưỡng|kiev|kyiv|london|paris|berlin|' +
  'tehran|new delhi|manila|jakarta|bangkok|canberra|ottawa|brussels|ankara|riyadh|damascus|baghdad|kabul|' +
  'caracas|havana|phnom penh|viêng chăn|kuala lumpur|đài bắc|jerusalem|nhà trắng|điện kremlin|kremlin|' +
  'lầu năm góc|điện elysee|phố downing|nhà xanh';

/** Countries, their seats of government and the unions that act as states ("Nga yêu cầu ...", "EU kêu gọi ..."), lower-cased. */
export const VI_STATES: ReadonlySet<string> = new Set(
  `${COUNTRIES}|việt nam|${STATE_SEATS}|liên minh châu âu|eu|nato|asean|liên hợp quốc|liên hiệp quốc`.split(
    '|',
  ),
);

/**
 * Provinces and cities whose name alone stands for their government as the subject of an order
 * ("Hà Nội cấm ...", "Đà Nẵng yêu cầu ..."), lower-cased; with the short forms of Ho Chi Minh City.
 */
export const VI_LOCAL_GOVERNMENTS: ReadonlySet<string> = new Set(
  `${PROVINCES}|${CITIES}|tp.hcm|tp. hcm|tp hcm|tp.hồ chí minh|tp. hồ chí minh|tp hồ chí minh`.split('|'),
);
