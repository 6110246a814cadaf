import { runToEnd, type Steps } from '../steps';
import type { ArticleBlock, TextBlock, TextModel, TextSegment } from '../types';
import { collectTextNodes } from './collect-text-nodes';

/** Between blocks: a blank line, as in the CLI contract. */
export const BLOCK_SEPARATOR = '\n\n';

// Zero-width characters and soft hyphens carry no reading value and split words for the analyzers.
// (U+FEFF is white space to \s, and has always been read as such.)
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/;
const WHITESPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
/** Runs of white space, of invisible characters, and of everything else, for text already in NFC. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible character is meant alone, never a joined sequence
const RUNS = /(\s+)|([\u200b\u200c\u200d\u2060\u00ad]+)|[^\s\u200b\u200c\u200d\u2060\u00ad]+/gu;
/** Characters handled between two chances for the caller to pause. */
const STEP_CHARS = 16_384;

/** Appends one block's text and segments; kept across pauses, so a block may span many steps. */
class BlockWriter {
  readonly parts: string[] = [];
  readonly segments: TextSegment[] = [];
  length = 0;
  pendingSpace = false;
  private current: TextSegment | null = null;

  constructor(readonly start: number) {}

  /** Ends the run a segment may grow along (a new Text node, or a space in between). */
  cut(): void {
    this.current = null;
  }

  emit(chars: string, node: Text | null, nodeStart: number, nodeEnd: number, exact: boolean): void {
    if (this.pendingSpace && this.length > 0) {
      this.parts.push(' ');
      this.length += 1;
      this.current = null;
    }
    this.pendingSpace = false;
    const start = this.start + this.length;
    this.parts.push(chars);
    this.length += chars.length;
    if (!node) {
      this.current = null;
      return;
    }
    const current = this.current;
    if (exact && current && current.node === node && current.end === start && current.nodeEnd === nodeStart) {
      current.end += chars.length;
      current.nodeEnd = nodeEnd;
      return;
    }
    const segment: TextSegment = { start, end: start + chars.length, node, nodeStart, nodeEnd };
    this.segments.push(segment);
    this.current = exact ? segment : null;
  }
}

/** One Text node already in NFC: whole runs at a time, pausing every STEP_CHARS. */
function* writeComposed(writer: BlockWriter, node: Text, synthetic: boolean): Generator<void> {
  const data = node.data;
  let nextPause = STEP_CHARS;
  RUNS.lastIndex = 0;
  for (let m = RUNS.exec(data); m; m = RUNS.exec(data)) {
    if (m[1] !== undefined) writer.pendingSpace = true;
    else if (m[2] === undefined) {
      if (synthetic) writer.emit(m[0], null, 0, 0, false);
      else writer.emit(m[0], node, m.index, m.index + m[0].length, true);
    }
    if (RUNS.lastIndex >= nextPause) {
      const at = RUNS.lastIndex;
      yield;
      nextPause = at + STEP_CHARS;
      RUNS.lastIndex = at; // another builder may have used the shared pattern meanwhile
    }
  }
}

/** One Text node that NFC changes: a base and its combining marks at a time, so no letter is split. */
function* writeDecomposed(writer: BlockWriter, node: Text, synthetic: boolean): Generator<void> {
  const clusters = node.data.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
  let nodeOffset = 0;
  for (let i = 0; i < clusters.length; i++) {
    const cluster = clusters[i]!;
    const width = cluster.length;
    if (WHITESPACE.test(cluster[0]!)) writer.pendingSpace = true;
    else if (!INVISIBLE.test(cluster)) {
      const nfc = cluster.normalize('NFC');
      if (synthetic) writer.emit(nfc, null, 0, 0, false);
      else writer.emit(nfc, node, nodeOffset, nodeOffset + width, nfc.length === width);
    }
    nodeOffset += width;
    if (i % STEP_CHARS === STEP_CHARS - 1) yield;
  }
}

/**
 * buildTextModel in steps: yields between Text nodes and every few thousand characters, so a
 * page can pause between steps and keep its main thread free. Returns the same model.
 */
export function* buildTextModelSteps(articleBlocks: readonly ArticleBlock[]): Steps<TextModel> {
  const parts: string[] = [];
  let length = 0;
  const blocks: TextBlock[] = [];
  const segments: TextSegment[] = [];

  for (const block of articleBlocks) {
    const writer = new BlockWriter(length + (blocks.length > 0 ? BLOCK_SEPARATOR.length : 0));
    for (const node of collectTextNodes(block)) {
      const synthetic = !node.parentNode; // the space standing for a <br>
      const data = node.data;
      if (data.normalize('NFC') === data) yield* writeComposed(writer, node, synthetic);
      else yield* writeDecomposed(writer, node, synthetic);
      writer.cut();
      yield;
    }
    if (writer.length === 0) continue;
    if (blocks.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    // One string per block, and no spread: a long paragraph has many parts, more than a
    // call's argument list can hold ("Maximum call stack size exceeded").
    parts.push(writer.parts.join(''));
    length += writer.length;
    blocks.push({ kind: block.kind, start: writer.start, end: writer.start + writer.length });
    for (const segment of writer.segments) segments.push(segment);
  }

  return { text: parts.join(''), blocks, segments };
}

/**
 * Builds one string from the blocks: white space folded to one space, invisible characters
 * dropped, NFC composed, blocks separated by a blank line. Every character that comes from
 * the page keeps a link to its Text node, so offsets map back onto the live DOM.
 */
export function buildTextModel(articleBlocks: readonly ArticleBlock[]): TextModel {
  return runToEnd(buildTextModelSteps(articleBlocks));
}
