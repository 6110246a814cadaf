/**
 * A generated library for the insights benchmark: pages and annotations shaped like the
 * engine's rows (officials with titles, figures with normalised values, directives with an
 * issuer), all names and sentences invented. Deterministic: the same counts give the same rows.
 */
import type { AnnotationRow, PageRecord } from '../../src/shared/records';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const FAMILY = ['Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quốc', 'Thanh', 'Hữu', 'Đức', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hòa', 'Khoa', 'Lan', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn'];
const EN_NAMES = ['Alder', 'Birch', 'Cedar', 'Dunmore', 'Ellery', 'Farrow', 'Galloway', 'Hartley'];
const EN_GIVEN = ['Ada', 'Bram', 'Cora', 'Dale', 'Edith', 'Flynn'];
const TITLES = [
  'Bộ trưởng Bộ Tài chính',
  'Phó Thủ tướng',
  'Chủ tịch UBND tỉnh',
  'Bí thư Tỉnh ủy',
  'Minister',
];
const BODIES = ['Bộ Tài chính', 'UBND các tỉnh', 'Bộ Xây dựng', 'the agency', 'provinces'];

function personName(p: number): string {
  if (p % 5 === 4) return `${EN_GIVEN[p % EN_GIVEN.length]} ${EN_NAMES[(p >> 3) % EN_NAMES.length]}`;
  return `${FAMILY[p % FAMILY.length]} ${MIDDLE[(p >> 2) % MIDDLE.length]} ${GIVEN[(p >> 4) % GIVEN.length]}`;
}

export function generatedLibrary(
  pageCount: number,
  rowCount: number,
): { pages: PageRecord[]; annotations: AnnotationRow[] } {
  const pages: PageRecord[] = Array.from({ length: pageCount }, (_, i) => {
    const day = T0 + (i % 700) * DAY;
    return {
      url: `https://news${i % 40}.example/story/${i}`,
      canonicalUrl: null,
      title: `Hội nghị ngân sách ${i}: giải ngân đầu tư công`,
      site: `news${i % 40}.example`,
      lang: i % 3 ? 'vi' : 'en',
      published: new Date(day).toISOString().slice(0, 10),
      byline: null,
      firstSeen: day,
      lastSeen: day + 1000,
    };
  });
  const perPage = Math.ceil(rowCount / pageCount);
  const annotations: AnnotationRow[] = Array.from({ length: rowCount }, (_, i) => {
    const pageIndex = Math.floor(i / perPage) % pageCount;
    const url = pages[pageIndex]!.url;
    const k = i % perPage;
    const start = k * 60;
    const person = (pageIndex * 7 + k) % 600;
    const common = { id: `row-${String(i).padStart(7, '0')}`, url, start, created: 1, modified: 1 };
    const withQuote = (quote: string) => ({
      ...common,
      quote,
      end: start + quote.length,
      selectors: [
        {
          type: 'TextQuoteSelector' as const,
          exact: quote,
          prefix: 'Theo báo cáo, ',
          suffix: ' trong năm nay.',
        },
        { type: 'TextPositionSelector' as const, start, end: start + quote.length },
      ],
    });
    if (k % 10 < 4) {
      const name = personName(person);
      const titles = [TITLES[(person + pageIndex) % TITLES.length]!];
      return {
        ...withQuote(`${titles[0]} ${name}`),
        kind: 'official' as const,
        origin: 'auto' as const,
        tags: ['official'],
        entityKey: `official:${name.toLocaleLowerCase('vi')}`,
        name,
        titles,
      };
    }
    if (k % 10 < 8) {
      const value = ((i * 7919) % 1000) * 10 ** ((i % 4) + 6);
      const unit = ['USD', 'VND', 'percent', 'người'][i % 4]!;
      return {
        ...withQuote(`${value / 1e9} tỷ ${unit}`),
        kind: 'figure' as const,
        origin: 'auto' as const,
        tags: ['figure', 'figure:money'],
        entityKey: `figure:money:${value} ${unit}`,
        figureType: i % 4 === 2 ? ('percent' as const) : ('money' as const),
        value,
        unit,
      };
    }
    if (k % 10 < 9 || k % 20 === 19) {
      const issuer = personName(person);
      return {
        ...withQuote(
          `Ông ${issuer} yêu cầu ${BODIES[i % BODIES.length]} hoàn thành trước ngày ${(i % 28) + 1}/${(i % 12) + 1}.`,
        ),
        kind: 'directive' as const,
        origin: 'auto' as const,
        tags: ['directive'],
        entityKey: `directive:${issuer.toLocaleLowerCase('vi')}`,
        issuer,
      };
    }
    return {
      ...withQuote('giải ngân chậm'),
      kind: 'note' as const,
      origin: 'reader' as const,
      tags: [],
      entityKey: null,
      body: 'Hỏi lại Sở Tài chính',
      colour: 'yellow',
    };
  });
  return { pages, annotations };
}
