import type { LanguagePack, ShortNameKey } from '../../lang/language-pack';
import type { Word } from '../../text/words';
import type { OfficialAnnotation } from '../../types';
import type { Mention } from './mention';

/** One person: the fullest name the article gives and every title it attaches. */
export interface OfficialEntity {
  name: string;
  words: string[];
  titles: string[];
}

const splitName = (name: string): string[] => name.toLowerCase().split(/\s+/u);
// Base letters only: a misspelt tone or hook ("Vũ Đưc Đam") still names the same person.
// An ASCII name (most English ones) is its own base: decomposing it and dropping marks changes nothing.
const NOT_ASCII = /[^\u0000-\u007f]/u;
const baseLetters = (words: string[]): string => {
  const joined = words.join(' ');
  return NOT_ASCII.test(joined) ? joined.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd') : joined;
};

/** True when the words of `short` appear in order within `long`. */
export function wordsInOrder(short: string[], long: string[]): boolean {
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length;
}

/** Groups titled mentions into people: a shorter name whose words sit in order in a longer one is the same person. */
export function groupEntities(mentions: Mention[]): { entities: OfficialEntity[]; owner: OfficialEntity[] } {
  const entities: OfficialEntity[] = [];
  const owner: OfficialEntity[] = [];
  // Each entity's base letters, kept with its words: every later mention compares against them.
  const bases: string[] = [];
  for (const m of mentions) {
    const words = splitName(m.name);
    const base = baseLetters(words);
    const at = entities.findIndex(
      (e, k) => wordsInOrder(words, e.words) || wordsInOrder(e.words, words) || bases[k] === base,
    );
    let entity = entities[at];
    if (!entity) {
      entity = { name: m.name, words, titles: [] };
      entities.push(entity);
      bases.push(base);
    } else if (words.length > entity.words.length) {
      entity.name = m.name;
      entity.words = words;
      bases[at] = base;
    }
    for (const t of m.titles) if (!entity.titles.includes(t)) entity.titles.push(t);
    owner.push(entity);
  }
  return { entities, owner };
}

interface Key extends ShortNameKey {
  entity: OfficialEntity;
}

/** Later mentions without a title: the full name again, "bà Mai", "Mr. Blinken", "Blinken". */
export function findShortMentions(
  words: Word[],
  entities: OfficialEntity[],
  pack: LanguagePack,
  covered: (start: number, end: number) => boolean,
): Array<{ start: number; end: number; entity: OfficialEntity }> {
  // Most pages name no official (153 of the 278 bench texts, 56% of their words): no walk for them.
  if (entities.length === 0) return [];
  const keys = new Map<string, Key[]>();
  const add = (key: Key) => {
    const list = keys.get(key.words[0]!) ?? [];
    list.push(key);
    list.sort((a, b) => b.words.length - a.words.length);
    keys.set(key.words[0]!, list);
  };
  for (const entity of entities) {
    add({ entity, words: entity.words, needsHonorific: false });
    for (const key of pack.shortNameKeys(entity.words, entities)) add({ entity, ...key });
  }
  const { honorifics } = pack;
  const out: Array<{ start: number; end: number; entity: OfficialEntity }> = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap) continue;
    const list = keys.get(words[i]!.lower);
    if (!list) continue;
    for (const key of list) {
      const n = key.words.length;
      let ok = true;
      for (let k = 1; k < n && ok; k++)
        ok = words[i + k]?.lower === key.words[k] && words[i + k]!.gap === ' ';
      if (!ok) continue;
      // The mention must end where the name ends, not run into a longer capitalised name.
      const after = words[i + n];
      if (after?.cap && after.gap === ' ') continue;
      const prev = words[i - 1];
      const hasHonorific = prev !== undefined && honorifics.has(prev.lower) && /^[ .]+$/u.test(words[i]!.gap);
      if (key.needsHonorific && !hasHonorific) continue;
      if (prev && key.notAfter?.has(prev.lower) && words[i]!.gap === ' ') continue;
      if (!key.needsHonorific && n === 1 && prev?.cap && words[i]!.gap === ' ' && !hasHonorific) continue;
      const start = hasHonorific ? prev!.start : words[i]!.start;
      const end = words[i + n - 1]!.end;
      if (covered(start, end)) break;
      out.push({ start, end, entity: key.entity });
      i += n - 1;
      break;
    }
  }
  return out;
}

export function toAnnotation(
  text: string,
  start: number,
  end: number,
  entity: OfficialEntity,
): OfficialAnnotation {
  return {
    kind: 'official',
    text: text.slice(start, end),
    start,
    end,
    name: entity.name,
    titles: entity.titles,
  };
}
