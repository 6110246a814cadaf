/**
 * The tree as the reader sees it: an element with an open shadow root shows that root's content
 * (web-component pages put the whole article there), so the finder walks the shadow root's children
 * before the host's own (slotted) ones. Closed roots are out of reach of any script and are not walked.
 * Iteration is by first/next, as on the light tree, so pages without shadow roots pay nothing more.
 */

const FRAGMENT_NODE = 11;

/** The element's parent, or the host when the element sits at the top of a shadow root. */
export function parentOf(el: Element): Element | null {
  const parent = el.parentElement;
  if (parent) return parent;
  const node = el.parentNode;
  return node && node.nodeType === FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null;
}

export function firstChildNode(el: Element): Node | null {
  return el.shadowRoot?.firstChild ?? el.firstChild;
}

/** The node after `child` under `host`: from the end of the shadow root on to the host's own children. */
export function nextChildNode(host: Element, child: Node): Node | null {
  return child.nextSibling ?? (child.parentNode !== host ? host.firstChild : null);
}

export function firstChildElement(el: Element): Element | null {
  return el.shadowRoot?.firstElementChild ?? el.firstElementChild;
}

export function nextChildElement(host: Element, child: Element): Element | null {
  return child.nextElementSibling ?? (child.parentNode !== host ? host.firstElementChild : null);
}

/** Child elements in reading order, shadow content first. */
export function childrenOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = firstChildElement(el); c; c = nextChildElement(el, c)) out.push(c);
  return out;
}

/**
 * The element after `el` in document order within `root`, on the light tree; with `descend` false,
 * `el`'s own subtree is skipped. Null past the end of `root`. A loop, not recursion: depth costs no stack.
 */
export function nextInLight(el: Element, root: Element, descend: boolean): Element | null {
  if (descend && el.firstElementChild) return el.firstElementChild;
  let node: Element | null = el;
  while (node && node !== root && !node.nextElementSibling) node = node.parentElement;
  return node && node !== root ? node.nextElementSibling : null;
}

/** Pushes `items` so that popping `stack` yields them in their order (a depth-first walk's work list). */
export function pushInOrder<T>(stack: T[], items: readonly T[]): void {
  for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
}
