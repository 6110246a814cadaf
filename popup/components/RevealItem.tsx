import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { useReveal } from '../reveal';

/**
 * An item that scrolls the page to its text and flashes it when activated (click, Enter or
 * Space): a button around the item's content when a tab shows the page, plain content else.
 * `next` gives the range to show at each activation (an official's mentions in turn).
 */
export function RevealItem({
  next,
  children,
}: {
  next: () => { start: number; end: number } | null;
  children: ComponentChildren;
}) {
  const reveal = useReveal();
  const [missed, setMissed] = useState(false);
  if (!reveal) return <>{children}</>;
  const onClick = () => {
    const range = next();
    if (!range) return;
    reveal(range.start, range.end).then(
      (ok) => setMissed(!ok),
      () => setMissed(true),
    );
  };
  return (
    <>
      <button type="button" class="item-link" data-testid="reveal" title={t('showOnPage')} onClick={onClick}>
        {children}
      </button>
      {missed && (
        <span class="item-meta reveal-missed" role="status">
          {t('revealMissed')}
        </span>
      )}
    </>
  );
}
