import * as v from 'valibot';
import {
  errorReply,
  type IncomingMessage,
  IncomingMessageSchema,
  type MessageReply,
  type ReplyTo,
  type RequestOf,
  type RequestType,
} from '../shared/messages';
import { toAutoRow } from '../store/auto-rows';
import type { NewsmarkDb } from '../store/db';
import { readPaintSettings } from '../store/library-settings';
import { replaceAutoAnnotations } from '../store/queries';
import { isQuotaError } from '../store/quota';
import { fromPrivateTab, privateWindowReply } from './private-windows';
import { readerAnchoring, readerAnnotationCreated, readerAnnotationsRequested } from './reader-handlers';
import { RecordParts } from './record-parts';
import { refuseSender, type SenderInfo } from './sender-checks';

export type { SenderInfo };

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Each request's work, typed so that every handler answers with its own request's reply. */
const HANDLERS: { [T in RequestType]: (db: NewsmarkDb, msg: RequestOf<T>) => Promise<ReplyTo<T>> } = {
  'content/page-annotated': async (db, msg) => ({
    ok: true,
    stored: await replaceAutoAnnotations(db, msg.page, msg.annotations.map(toAutoRow)),
  }),
  'content/reader-annotation-created': readerAnnotationCreated,
  'content/reader-annotations-requested': readerAnnotationsRequested,
  'content/reader-anchoring': readerAnchoring,
  // Not private to any site: every page of ours may learn which categories to paint.
  'content/paint-settings-requested': async (db) => ({ ok: true, paint: await readPaintSettings(db) }),
};

function handlerFor(msg: IncomingMessage): (db: NewsmarkDb, msg: IncomingMessage) => Promise<MessageReply> {
  // The table's type pairs each type with its handler; TypeScript cannot follow the lookup.
  return HANDLERS[msg.type] as (db: NewsmarkDb, msg: IncomingMessage) => Promise<MessageReply>;
}

/** The worker's unfinished page records (lost with it when it stops: their senders start again). */
const openRecords = new RecordParts();

/** Which sender a part comes from: its tab (a tab's content script sends one record at a time). */
function senderKey(sender: SenderInfo, set: string): string {
  const tabId = (sender.tab as { id?: unknown } | undefined)?.id;
  return typeof tabId === 'number' ? `tab:${tabId}` : `set:${set}`;
}

/**
 * A part of a page record: held until the last part, which brings the whole record to write
 * (each part was validated and checked against its sender on the way in, like any message).
 */
function assemble(
  msg: RequestOf<'content/page-annotated'>,
  sender: SenderInfo,
  parts: RecordParts,
): RequestOf<'content/page-annotated'> | MessageReply {
  const outcome = parts.add(senderKey(sender, msg.part.set), msg);
  if (outcome.kind === 'pending') return { ok: true, stored: 0, pending: true };
  if (outcome.kind === 'incomplete') return errorReply('incomplete-record', outcome.reason);
  return { ...msg, page: outcome.page, annotations: outcome.annotations };
}

/**
 * Checks who sent a message and what it holds, then does its work. Never throws:
 * every failure becomes an error reply the sender can show or log. `parts` holds unfinished
 * page records (tests pass their own).
 */
export async function handleMessage(
  db: NewsmarkDb,
  message: unknown,
  sender: SenderInfo,
  extensionId: string,
  parts: RecordParts = openRecords,
): Promise<MessageReply> {
  if (sender.id !== extensionId)
    return errorReply('forbidden-sender', 'messages are accepted only from this extension');
  const parsed = v.safeParse(IncomingMessageSchema, message);
  // A refused part ends its tab's unfinished record: the rest could only make a record with a hole.
  const dropRecord = () => {
    if ((message as { type?: unknown } | null)?.type === 'content/page-annotated')
      parts.drop(senderKey(sender, ''));
  };
  if (!parsed.success) {
    dropRecord();
    return errorReply('invalid-message', describeIssues(parsed.issues));
  }
  const msg = parsed.output;
  const refused = refuseSender(msg, sender);
  if (refused) {
    dropRecord();
    return refused;
  }
  const privateReply = fromPrivateTab(sender) ? privateWindowReply(msg) : null;
  if (privateReply) return privateReply;
  let work: IncomingMessage = msg;
  if (msg.type === 'content/page-annotated') {
    const whole = assemble(msg, sender, parts);
    if ('ok' in whole) return whole;
    work = whole;
  }
  try {
    return await handlerFor(work)(db, work);
  } catch (error) {
    if (isQuotaError(error))
      return errorReply('quota-exceeded', 'storage is full: nothing was saved for this page');
    return errorReply('storage-failed', error instanceof Error ? error.message : String(error));
  }
}
