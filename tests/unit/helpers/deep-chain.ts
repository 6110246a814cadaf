/**
 * A chain of elements nested `depth` deep with one Text node at the bottom, built from plain
 * objects with just the DOM links that tree walks read. jsdom itself recurses when moving a
 * deep subtree, so a real 10,000-deep tree cannot be built in it; browsers build one fine.
 */
export interface FakeNode {
  nodeType: number;
  tagName?: string;
  data?: string;
  parentNode: FakeNode | null;
  parentElement: FakeNode | null;
  firstChild: FakeNode | null;
  firstElementChild: FakeNode | null;
  nextSibling: FakeNode | null;
  nextElementSibling: FakeNode | null;
  hasAttribute(): boolean;
  getAttribute(): null;
}

function fakeElement(parent: FakeNode | null): FakeNode {
  return {
    nodeType: 1,
    tagName: 'DIV',
    parentNode: parent,
    parentElement: parent,
    firstChild: null,
    firstElementChild: null,
    nextSibling: null,
    nextElementSibling: null,
    hasAttribute: () => false,
    getAttribute: () => null,
  };
}

/** The chain's root element and its one Text node, `depth` elements down. */
export function deepChain(depth: number, text: string): { root: FakeNode; text: FakeNode } {
  const root = fakeElement(null);
  let at = root;
  for (let i = 0; i < depth; i++) {
    const child = fakeElement(at);
    at.firstChild = child;
    at.firstElementChild = child;
    at = child;
  }
  const leaf: FakeNode = { ...fakeElement(at), nodeType: 3, data: text };
  delete leaf.tagName;
  at.firstChild = leaf;
  return { root, text: leaf };
}
