import * as v from 'valibot';
import { errorReply, IncomingMessageSchema, type MessageReply } from '../shared/messages';
import { toAutoRow } from '../store/auto-rows';
import type { NewsmarkDb } from '../store/db';
import { readPaintSettings } from '../store/library-settings';
import { replaceAutoAnnotations } from '../store/queries';
import { isQuotaError } from '../store/quota';
import { fromPrivateTab, privateWindowReply } from './private-windows';
import { readerAnchoring, readerAnnotationCreated, readerAnnotationsRequested } from './reader-handlers';
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

/**
 * Checks who sent a message and what it holds, then does its work. Never throws:
 * every failure becomes an error reply the sender can show or log.
 */
export async function handleMessage(
  db: NewsmarkDb,
  message: unknown,
  sender: SenderInfo,
  extensionId: string,
): Promise<MessageReply> {
  if (sender.id !== extensionId)
    return errorReply('forbidden-sender', 'messages are accepted only from this extension');
  const parsed = v.safeParse(IncomingMessageSchema, message);
  if (!parsed.success) return errorReply('invalid-message', describeIssues(parsed.issues));
  const msg = parsed.output;
  const refused = refuseSender(msg, sender);
  if (refused) return refused;
  const privateReply = fromPrivateTab(sender) ? privateWindowReply(msg) : null;
  if (privateReply) return privateReply;
  try {
    switch (msg.type) {
      case 'content/page-annotated': {
        const stored = await replaceAutoAnnotations(db, msg.page, msg.annotations.map(toAutoRow));
        return { ok: true, stored };
      }
      case 'content/reader-annotation-created':
        return await readerAnnotationCreated(db, msg);
      case 'content/reader-annotations-requested':
        return await readerAnnotationsRequested(db, msg);
      case 'content/reader-anchoring':
        return await readerAnchoring(db, msg);
      case 'content/paint-settings-requested':
        // Not private to any site: every page of ours may learn which categories to paint.
        return { ok: true, stored: 0, paint: await readPaintSettings(db) };
    }
  } catch (error) {
    if (isQuotaError(error))
      return errorReply('quota-exceeded', 'storage is full: nothing was saved for this page');
    return errorReply('storage-failed', error instanceof Error ? error.message : String(error));
  }
}
