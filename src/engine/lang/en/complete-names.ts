import type { OfficialEntity } from '../../analyze/officials/entities';
import type { Word } from '../../text/words';
import { enNameAt, headAt } from './title-grammar';
import { EN_NAME_STOP } from './titles';

/**
 * A one-word official ("Minister Bao") takes the full name the article gives anywhere, before or
 * after ("Tran Quoc Bao said ..."): the capitalised name that ends with that word. Only when the
 * article gives exactly one such full name, so "Bao" is not joined to two different people.
 */
export function completeShortNames(text: string, words: Word[], entities: OfficialEntity[]): void {
  const short = new Map<string, OfficialEntity>();
  for (const e of entities) if (e.words.length === 1) short.set(e.words[0]!, e);
  if (short.size === 0) return;
  const full = new Map<string, Set<string>>();
  const written = new Map<string, string>();
  for (let i = 1; i < words.length; i++) {
    if (!words[i]!.cap || !short.has(words[i]!.lower) || words[i]!.gap !== ' ' || !words[i - 1]!.cap)
      continue;
    let s = i;
    while (s > 0 && i - s < 4 && words[s]!.gap === ' ' && words[s - 1]!.cap && startsName(words, s - 1)) s--;
    if (s === i || enNameAt(words, s) !== i) continue;
    const forms = full.get(words[i]!.lower) ?? new Set<string>();
    let form = words[s]!.lower;
    for (let k = s + 1; k <= i; k++) form += ` ${words[k]!.lower}`;
    forms.add(form);
    written.set(form, text.slice(words[s]!.start, words[i]!.end));
    full.set(words[i]!.lower, forms);
  }
  for (const [word, forms] of full) {
    if (forms.size !== 1) continue;
    const [form] = forms;
    const entity = short.get(word)!;
    if (entities.some((e) => e !== entity && e.words.join(' ') === form)) continue;
    entity.words = form!.split(' ');
    entity.name = written.get(form!)!;
  }
}

/** A capitalised word that may belong to a name: not a title head or a stop word ("Minister", "The"). */
function startsName(words: Word[], i: number): boolean {
  return !EN_NAME_STOP.has(words[i]!.lower) && !headAt(words, i);
}
