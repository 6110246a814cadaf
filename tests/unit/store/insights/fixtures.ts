import type { AnnotationRow, PageRecord } from '../../../../src/shared/records';
import { page, row } from '../library.test-data';

/** Two invented articles that share an official, spelled differently, with figures and directives. */
export const VI = 'https://tin.example/bai-1';
export const EN = 'https://news.example/story-2';

const day = (iso: string) => ({ published: iso });

export function insightsLibrary(): { pages: PageRecord[]; annotations: AnnotationRow[] } {
  const directive = 'Bà Đinh Thị Hòa yêu cầu Sở Giao thông hoàn thành trước ngày 30/4.';
  return {
    pages: [
      page(VI, 'Tỉnh đẩy nhanh sửa cầu', 2_000, day('2025-04-10')),
      page(EN, 'Council tightens rules', 3_000, { ...day('2025-05-02'), lang: 'en' }),
    ],
    annotations: [
      row(VI, {
        kind: 'official',
        quote: 'Đinh Thị Hòa',
        name: 'Đinh Thị Hòa',
        titles: ['Chủ tịch UBND tỉnh'],
        start: 0,
      }),
      row(VI, { kind: 'official', quote: 'bà Hoà', name: 'Hoà', titles: [], start: 200 }),
      row(VI, {
        kind: 'official',
        quote: 'Kiều Văn Thủy',
        name: 'Kiều Văn Thủy',
        titles: ['Giám đốc Sở'],
        start: 300,
      }),
      row(VI, {
        kind: 'figure',
        quote: '430 tỷ USD',
        figureType: 'money',
        value: 430e9,
        unit: 'USD',
        start: 100,
      }),
      row(VI, {
        kind: 'figure',
        quote: '=2+3 người',
        figureType: 'quantity',
        value: 5,
        unit: 'người',
        start: 150,
      }),
      row(VI, { kind: 'directive', quote: directive, issuer: 'Đinh Thị Hòa', start: 400 }),
      row(VI, {
        kind: 'figure',
        quote: 'ngày 30/4',
        figureType: 'date',
        value: '--04-30',
        unit: 'date',
        start: 400 + directive.indexOf('ngày 30/4'),
      }),
      row(VI, { kind: 'note', quote: 'sửa cầu', body: 'hỏi lại', start: 500 }),
      row(EN, {
        kind: 'official',
        quote: 'ĐINH THỊ HOÀ',
        name: 'ĐINH THỊ HOÀ',
        titles: ['Bí thư Tỉnh ủy'],
        start: 0,
      }),
      row(EN, { kind: 'official', quote: 'Hale', name: 'Hale', titles: ['Minister'], start: 50 }),
      row(EN, {
        kind: 'figure',
        quote: '$430 billion',
        figureType: 'money',
        value: 430e9,
        unit: 'USD',
        start: 100,
      }),
      row(EN, {
        kind: 'figure',
        quote: '2.9 percent',
        figureType: 'percent',
        value: 2.9,
        unit: 'percent',
        start: 120,
      }),
      row(EN, {
        kind: 'directive',
        quote: 'The minister ordered the water board to publish its accounts.',
        issuer: 'the minister',
        start: 200,
      }),
    ],
  };
}
