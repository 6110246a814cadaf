import { DEMO_PAGES } from './paths';

/**
 * What a reader should see highlighted on each demo article: a few central items per
 * category (each must lie inside some highlighted range of that category) and page
 * furniture or non-officials that must not be highlighted as such (for figures, digit runs
 * that only the header, sidebar or footer contain: phone, licence, view counts, postcode).
 */
export interface PageExpectation {
  file: string;
  title: string;
  canonical: string;
  contains: Record<'official' | 'figure' | 'directive', string[]>;
  never: Record<'official' | 'figure', string[]>;
}

export const ARTICLE_EXPECTATIONS: PageExpectation[] = [
  {
    file: DEMO_PAGES.vi,
    title: 'Phó Thủ tướng Lê Minh Khoa làm việc với tỉnh Bình Sơn về giải ngân vốn đầu tư công',
    canonical: 'https://tinmoi.example/thoi-su/pho-thu-tuong-lam-viec-voi-tinh-binh-son-post20260312.html',
    contains: {
      official: ['Lê Minh Khoa', 'Phạm Thị Lan', 'Nguyễn Văn Hùng'],
      figure: ['12.450 tỷ đồng', '18,6%', '3,75 tỷ USD'],
      directive: ['Tập trung tháo gỡ dứt điểm', 'giao Bộ Tài chính chủ trì'],
    },
    never: {
      official: ['Minh Châu', 'Thu Hà'],
      figure: ['0199', '215/GP', '3.456'],
    },
  },
  {
    file: DEMO_PAGES.en,
    title: 'U.S. and Vietnam sign $4.3 billion grid partnership as power demand climbs',
    canonical: 'https://harborledger.example/world/2026/01/04/us-vietnam-grid-partnership',
    contains: {
      official: ['Daniel Whitfield', 'Laura Chen'],
      figure: ['$4.3 billion', '2.9 percent', 'Jan. 4, 2026'],
      directive: ['ordered the national utility', 'Utilities must report'],
    },
    never: {
      official: ['Rachel Okafor', 'Linh Pham'],
      figure: ['0143', '18,204', '98101'],
    },
  },
];
