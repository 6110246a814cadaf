import type { AutoKind } from '../../src/shared/records';

/** A small square in the category's highlight colour (popup.css mirrors highlights.css). */
export function Swatch({ kind }: { kind: AutoKind }) {
  return <span class={`swatch swatch-${kind}`} aria-hidden="true" />;
}
