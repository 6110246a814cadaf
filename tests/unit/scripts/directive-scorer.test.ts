import { describe, expect, it } from 'vitest';
import { directiveFeatures } from '../../../scripts/eval/directive-scorer/featurize';
import { trainLogistic } from '../../../scripts/eval/directive-scorer/logistic-train';
import { overrule } from '../../../scripts/eval/directive-scorer/overrule';
import { decideAt, directiveProbability } from '../../../scripts/eval/directive-scorer/scorer';
import { DIRECTIVE_MODELS } from '../../../scripts/eval/directive-scorer/weights';
import type { Sentence } from '../../../src/engine/text/sentences';
import { tokenize } from '../../../src/engine/text/words';
import type { OfficialAnnotation } from '../../../src/engine/types';

/** One paragraph per sentence, laid end to end with a space between. */
function page(sentences: string[]): { text: string; list: Sentence[] } {
  const list: Sentence[] = [];
  let text = '';
  sentences.forEach((s, block) => {
    if (text) text += '\n';
    list.push({
      start: text.length,
      end: text.length + s.length,
      block,
      kind: 'paragraph',
      blockStart: true,
    });
    text += s;
  });
  return { text, list };
}

function features(lang: string, sentences: string[], officials: OfficialAnnotation[] = []) {
  const { text, list } = page(sentences);
  return directiveFeatures(lang, text, list, officials, tokenize(text), new Set());
}

const p = (lang: string, f: string[] | null | undefined) =>
  f ? directiveProbability(DIRECTIVE_MODELS[lang]!, f) : 0;

describe('logistic training', () => {
  const rows = [
    ...Array.from({ length: 6 }, () => ({ features: ['cue', 'authority'], label: 1 as const })),
    ...Array.from({ length: 6 }, () => ({ features: ['cue', 'negated'], label: 0 as const })),
    { features: ['cue'], label: 1 as const },
  ];

  it('is deterministic: the same rows give the same weights', () => {
    expect(trainLogistic(rows)).toEqual(trainLogistic(rows));
  });

  it('weighs a feature by the labels it goes with', () => {
    const m = trainLogistic(rows);
    expect(m.weights.authority).toBeGreaterThan(1);
    expect(m.weights.negated).toBeLessThan(-1);
    expect(directiveProbability(m, ['cue', 'authority'])).toBeGreaterThan(0.8);
    expect(directiveProbability(m, ['cue', 'negated'])).toBeLessThan(0.2);
  });
});

describe('decision thresholds', () => {
  const model = { acceptAbove: 0.7, dropBelow: 0.1 };
  it('leaves a sentence without cue to the rules', () => {
    expect(decideAt(model, null, true)).toBe(true);
    expect(decideAt(model, null, false)).toBe(false);
  });
  it('accepts a rejected sentence only above acceptAbove, drops an accepted one only below dropBelow', () => {
    expect(decideAt(model, 0.69, false)).toBe(false);
    expect(decideAt(model, 0.71, false)).toBe(true);
    expect(decideAt(model, 0.11, true)).toBe(true);
    expect(decideAt(model, 0.09, true)).toBe(false);
  });
});

describe('Vietnamese features', () => {
  it('reads an ordering verb, an addressee and an official who speaks', () => {
    const [f] = features(
      'vi',
      ['Bộ trưởng Nguyễn Văn An yêu cầu các sở khẩn trương hoàn thành báo cáo trước ngày 20/11.'],
      [
        {
          kind: 'official',
          text: 'Bộ trưởng Nguyễn Văn An',
          start: 0,
          end: 23,
          name: 'Nguyễn Văn An',
          titles: [],
        },
      ],
    );
    expect(f).toEqual(
      expect.arrayContaining(['speech:strong', 'official', 'official:speaks', 'block-start']),
    );
  });

  it('gives no features to a sentence without cue or with a modal in a use that obliges no one', () => {
    const [none, hardship] = features('vi', [
      'Năm ngoái, doanh thu của công ty tăng 10%.',
      'Nhiều doanh nghiệp đã phải dừng hoạt động vì thiếu vốn.',
    ]);
    expect(none).toBeNull();
    expect(hardship).toBeNull();
  });

  it('marks a quantified subject, a past report and an opinion', () => {
    const [situation, past, opinion] = features('vi', [
      'Nhiều doanh nghiệp phải dừng hoạt động vì thiếu vốn.',
      'Tháng trước, Sở Y tế đã yêu cầu các bệnh viện báo cáo.',
      'Theo ông Nam, học sinh cần đọc sách nhiều hơn.',
    ]);
    expect(situation).toEqual(expect.arrayContaining(['modal:must', 'open:situation']));
    expect(past).toEqual(expect.arrayContaining(['speech:strong', 'past']));
    expect(opinion).toEqual(expect.arrayContaining(['open:opinion']));
  });

  it('scores an order above a report with the trained weights', () => {
    const [order, report] = features('vi', [
      'Ủy ban nhân dân tỉnh yêu cầu các địa phương phải hoàn thành việc di dời trước ngày 15/3.',
      'Nhiều hộ dân đã phải di dời vì nước lũ dâng cao.',
    ]);
    expect(p('vi', order)).toBeGreaterThan(0.5);
    expect(p('vi', report)).toBeLessThan(p('vi', order));
  });
});

describe('English features', () => {
  it('reads the ordering verb, its frame and its subject kind', () => {
    const [f] = features('en', ['The ministry ordered all banks to raise their reserves by June.']);
    expect(f).toEqual(expect.arrayContaining(['trigger', 'cue', 'cue:to', 'subject:authority']));
  });

  it('gives no features to a sentence without a trigger word', () => {
    expect(features('en', ['The weather was warm on Sunday and the beaches were full.'])).toEqual([null]);
  });

  it('scores an order above a negated one with the trained weights', () => {
    const [order, denied] = features('en', [
      'The court ordered the company to pay the workers within 30 days.',
      'Analysts did not ask for a rate cut, saying inflation was still too high.',
    ]);
    expect(p('en', order)).toBeGreaterThan(0.5);
    expect(p('en', denied)).toBeLessThan(0.5);
  });
});

describe('overrule', () => {
  it('adds an accepted sentence with the official it names as issuer, and keeps the rules’ ones', () => {
    const { text, list } = page([
      'The ministry ordered all banks to raise their reserves.',
      'President Jane Doe called for calm after the clashes.',
    ]);
    const officials: OfficialAnnotation[] = [
      {
        kind: 'official',
        text: 'President Jane Doe',
        start: list[1]!.start,
        end: list[1]!.start + 18,
        name: 'Jane Doe',
        titles: [],
      },
    ];
    const model = { bias: -5, weights: { cue: 10 }, acceptAbove: 0.5, dropBelow: 0 };
    const found = [{ start: list[0]!.start, end: list[0]!.end, issuer: 'the ministry' }];
    const out = overrule(model, 'en', text, list, found, officials, tokenize(text));
    expect(out.map((d) => d.issuer)).toEqual(['the ministry', 'Jane Doe']);
  });
});
