import type { AutoAnnotationInput, PageAnnotatedMessage, PageInput } from '../shared/messages';

/** A record whose last part has not come within this is dropped: its tab went away, or its worker stopped. */
export const PART_WAIT_MS = 60_000;
/** Unfinished records held at once (one per tab); past it the oldest goes, so memory stays bounded. */
export const MAX_OPEN_RECORDS = 32;

interface OpenRecord {
  set: string;
  count: number;
  page: PageInput;
  annotations: AutoAnnotationInput[];
  /** Parts received so far: the index the next part must have. */
  received: number;
  /** When its latest part came. */
  at: number;
}

/** What a part leads to: the whole record, a wait for more, or a refusal (the set is gone). */
export type PartOutcome =
  | { kind: 'complete'; page: PageInput; annotations: AutoAnnotationInput[] }
  | { kind: 'pending' }
  | { kind: 'incomplete'; reason: string };

/**
 * Puts together the parts of page records (content scripts send a large record in parts,
 * each validated on arrival) so the background writes each record once, whole. Parts come in
 * order (the sender awaits each reply): a part out of order, for another page, or of a
 * set this no longer holds drops the set, and the sender starts again. Nothing here
 * survives a stopped worker, which is the same case: the next part is refused.
 */
export class RecordParts {
  private readonly open = new Map<string, OpenRecord>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly waitMs = PART_WAIT_MS,
    private readonly maxOpen = MAX_OPEN_RECORDS,
  ) {}

  /** Records not finished yet (tests). */
  get size(): number {
    return this.open.size;
  }

  /** Adds a validated part sent by `sender` (its tab): one record per sender at a time, a new set replaces the last. */
  add(sender: string, msg: PageAnnotatedMessage): PartOutcome {
    const now = this.now();
    this.dropStale(now);
    const { set, index, count } = msg.part;
    if (index === 0) {
      this.open.delete(sender);
      if (count === 1) return { kind: 'complete', page: msg.page, annotations: msg.annotations };
      while (this.open.size >= this.maxOpen) this.open.delete(this.open.keys().next().value as string);
      this.open.set(sender, {
        set,
        count,
        page: msg.page,
        annotations: [...msg.annotations],
        received: 1,
        at: now,
      });
      return { kind: 'pending' };
    }
    const record = this.open.get(sender);
    const reason = !record
      ? 'no earlier part of this record is held'
      : record.set !== set || record.count !== count
        ? 'a part of another record came first'
        : record.page.url !== msg.page.url
          ? 'a part names another page'
          : record.received !== index
            ? 'a part came out of order'
            : null;
    if (reason !== null || !record) {
      this.open.delete(sender);
      return { kind: 'incomplete', reason: reason ?? 'no earlier part of this record is held' };
    }
    for (const annotation of msg.annotations) record.annotations.push(annotation);
    record.at = now;
    record.received++;
    if (index < count - 1) return { kind: 'pending' };
    this.open.delete(sender);
    // The last part's page: the visit's latest word on its title and the like.
    return { kind: 'complete', page: msg.page, annotations: record.annotations };
  }

  /** Forgets `sender`'s unfinished record (one of its parts was refused). */
  drop(sender: string): void {
    this.open.delete(sender);
  }

  private dropStale(now: number): void {
    for (const [sender, record] of this.open) if (now - record.at > this.waitMs) this.open.delete(sender);
  }
}
