import type { Annotation, TextModel } from '../engine/types';
import type { PaintSettings } from '../shared/messages';
import { HIGHLIGHT_NAMES, type PaintRange, rangeSteps, setHighlights } from './paint-highlights';
import { runInSlices, runToEnd } from './yielding';

/** What a page paints before (or without) an answer from the background: everything. */
export const PAINT_EVERYTHING: PaintSettings = { official: true, figure: true, directive: true };

/** The annotations of the categories the reader wants painted. */
export function annotationsToPaint(annotations: readonly Annotation[], paint: PaintSettings): Annotation[] {
  return annotations.filter((annotation) => paint[annotation.kind]);
}

/**
 * Paints the engine's last result with the reader's paint settings and repaints it when they
 * change, without running the engine again. A switched-off category keeps its name with an
 * empty Highlight, so the page (and tests) can still tell that Newsmark has read it.
 */
export class AutoPainter {
  private settings: PaintSettings = PAINT_EVERYTHING;
  /** A change notice from the popup came: newer than any answer to the page-load request. */
  private changed = false;
  /** The last result's ranges, mapped once: a settings change repaints them without the engine or the mapping. */
  private last: PaintRange[] | null = null;
  /** The result those ranges came from, for the hover card. */
  private result: { model: TextModel; annotations: readonly Annotation[] } | null = null;

  get paint(): PaintSettings {
    return this.settings;
  }

  /** The last result as painted (switched-off categories left out), for the hover card; null when cleared. */
  get painted(): { model: TextModel; annotations: Annotation[] } | null {
    return (
      this.result && {
        model: this.result.model,
        annotations: annotationsToPaint(this.result.annotations, this.settings),
      }
    );
  }

  /** Paints a new result of the engine; returns the number of ranges painted. */
  show(model: TextModel, annotations: readonly Annotation[]): number {
    this.last = runToEnd(rangeSteps(model, annotations));
    this.result = { model, annotations };
    return this.repaint();
  }

  /** show() in short tasks: the page stays responsive while thousands of ranges are mapped. */
  async showInSlices(model: TextModel, annotations: readonly Annotation[]): Promise<number> {
    const ranges = await runInSlices(rangeSteps(model, annotations));
    this.last = ranges;
    this.result = { model, annotations };
    return this.repaint();
  }

  /** The popup switched a category: repaint the last result at once. */
  change(settings: PaintSettings): void {
    this.changed = true;
    this.settings = settings;
    this.repaint();
  }

  /** The background's answer to the page-load request; a change notice that came first wins. */
  answered(settings: PaintSettings): void {
    if (this.changed) return;
    this.settings = settings;
    this.repaint();
  }

  /** The page stopped being an article: nothing is painted. */
  clear(): void {
    this.last = null;
    this.result = null;
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  }

  private repaint(): number {
    if (!this.last) return 0;
    return setHighlights(this.last.filter((painted) => this.settings[painted.kind]));
  }
}
