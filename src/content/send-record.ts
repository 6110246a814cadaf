import type { PageAnnotatedMessage, ReplyTo, SendToBackground } from '../shared/messages';
import { withRetries } from './retry';

type RecordReply = ReplyTo<'content/page-annotated'>;

/** A record's name, unique enough among one tab's sends (crypto.randomUUID needs a secure page). */
function newSet(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Sends a visit's record part by part, each awaited (so each is serialised in its own short
 * task, and parts arrive in order); resolves to the reply to the last part sent, or null when the
 * background never answered. The background holds parts in memory: when it lost them (its
 * worker stopped between two parts) it refuses the next part, and the record is sent once
 * more whole, under a new set.
 */
export async function sendRecord(
  send: SendToBackground,
  partsOf: (set: string) => PageAnnotatedMessage[],
  rounds = 2,
): Promise<RecordReply | null> {
  let reply: RecordReply | null = null;
  for (let round = 0; round < rounds; round++) {
    for (const part of partsOf(newSet())) {
      reply = await withRetries(async () => (await send(part)) ?? null, 4);
      // Not pending: written, refused, or nothing to gather (a private window stores nothing).
      if (!reply?.ok || !reply.pending) break;
    }
    if (reply?.ok !== false || reply.code !== 'incomplete-record') return reply;
  }
  return reply;
}
