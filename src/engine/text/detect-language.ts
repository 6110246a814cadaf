import { packFor } from '../lang/packs';
import type { Lang } from '../types';
import { LANGUAGE_SAMPLE_CHARS } from './article-result';

// Letters that only Vietnamese uses among the languages we read (ă, ơ, ư, đ and the stacked tone marks).
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** The article's language: the page's declaration when it names one we know, else the letters decide. */
export function detectLanguage(declared: string | null, text: string): Lang {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const vietnamese = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  const byLetters: Lang = vietnamese > sample.length * 0.02 ? 'vi' : 'en';
  if (declared && packFor(declared))
    return declared === byLetters || sample.length < 200 ? declared : byLetters;
  return declared && sample.length < 200 ? declared : byLetters === 'vi' ? 'vi' : (declared ?? 'en');
}
