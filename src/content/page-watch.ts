/**
 * Notices when the article changes after load (lazy-loaded paragraphs, a single-page app
 * moving to another story) and asks for one debounced re-run. Watches only the article's
 * container; right after an in-page navigation, while the new story is being drawn, it
 * watches <body> for a short while. Never sees Newsmark's own work: highlights do not touch
 * the DOM and the toolbar's host hangs off <html>, outside both.
 */
export interface PageWatchOptions {
  debounceMs?: number;
  /** Re-runs allowed per page address; a page that keeps changing is left alone after this. */
  maxReruns?: number;
  /** How long <body> is watched after an in-page navigation. */
  navigationWatchMs?: number;
  /**
   * How long the article may keep changing without a quiet `debounceMs` before the watch
   * gives up on it (a ticker, a live counter): it stops observing until the next navigation.
   */
  settleLimitMs?: number;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** A change that can alter the container's text: edited text, or added/removed nodes that hold some. */
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

function touchesText(record: MutationRecord): boolean {
  if (record.type === 'characterData') return record.target.nodeType === TEXT_NODE;
  const holdsText = (node: Node) => node.nodeType !== COMMENT_NODE && (node.textContent ?? '') !== '';
  return [...record.addedNodes].some(holdsText) || [...record.removedNodes].some(holdsText);
}

export class PageWatch {
  private readonly observer: MutationObserver;
  private container: Node | null = null;
  /** The container's text when last watched: mutations that leave it (and the painted nodes) as they were cost no re-run. */
  private containerText: string | null = null;
  /** Bumped by every watch(): a baseline read queued by an earlier one is void. */
  private generation = 0;
  /** Text may have changed before the baseline was read: the next check re-runs whatever it reads. */
  private changedBeforeBaseline = false;
  private painted: () => boolean = () => false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reruns = 0;
  private href: string;
  private bodyWatchUntil = 0;
  /** When the current burst of changes began (null while the page is quiet). */
  private busySince: number | null = null;
  /** The page never settled: nothing is observed until the next navigation. */
  private gaveUp = false;
  /** The article changed while the tab was hidden: looked at again when it shows. */
  private changedWhileHidden = false;
  private readonly debounceMs: number;
  private readonly maxReruns: number;
  private readonly navigationWatchMs: number;
  private readonly settleLimitMs: number;

  constructor(
    private readonly win: Window,
    private readonly rerun: () => void,
    options: PageWatchOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 500;
    this.maxReruns = options.maxReruns ?? 20;
    this.navigationWatchMs = options.navigationWatchMs ?? 10_000;
    this.settleLimitMs = options.settleLimitMs ?? 30_000;
    this.href = win.location.href;
    // The window's own constructor: the same as the global one in a page, and usable on jsdom in tests.
    const Observer = (win as Window & typeof globalThis).MutationObserver;
    // While the tab is hidden a change is only noted: nothing runs until the reader comes back.
    this.observer = new Observer((records) => {
      if (this.containerText === null && this.container && records.some(touchesText))
        this.changedBeforeBaseline = true;
      if (win.document.hidden) this.changedWhileHidden = true;
      else this.schedule();
    });
    this.listenForNavigation();
    win.document.addEventListener('visibilitychange', () => this.onVisibility());
  }

  /**
   * Watches `container` (the article's), or nothing; called after every run. `stillPainted`
   * tells whether the nodes the highlights stand on are all still in the page.
   */
  watch(container: Node | null, stillPainted: () => boolean = () => false): void {
    this.container = container;
    this.painted = stillPainted;
    this.containerText = null;
    this.changedBeforeBaseline = false;
    this.connect();
    // The baseline text is read in a task of its own: on a large page it is a megabyte, and
    // reading it in the run's last task (with the paint) made that task a long one. Changes
    // to text in between are noted by the observer, already connected, and cost a re-run.
    const generation = ++this.generation;
    if (container)
      setTimeout(() => {
        if (generation === this.generation) this.containerText = container.textContent;
      }, 0);
  }

  private connect(): void {
    this.observer.disconnect();
    if (this.reruns >= this.maxReruns || this.gaveUp) return;
    const body = this.win.document.body;
    const target = Date.now() < this.bodyWatchUntil && body ? body : this.container;
    if (target) this.observer.observe(target, OBSERVED);
  }

  /** Watching stopped for good on this address: a page that keeps changing, or too many re-runs. */
  get stopped(): boolean {
    return this.gaveUp || this.reruns >= this.maxReruns;
  }

  private schedule(): void {
    if (this.win.location.href !== this.href) this.onNavigation();
    const now = Date.now();
    this.busySince ??= now;
    if (now - this.busySince > this.settleLimitMs) {
      // Changing for this long without a pause: a ticker, not a story still loading.
      this.gaveUp = true;
      this.observer.disconnect();
      clearTimeout(this.timer);
      this.timer = undefined;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), this.debounceMs);
  }

  private fire(): void {
    this.timer = undefined;
    this.busySince = null;
    const unchanged =
      this.container?.isConnected &&
      Date.now() >= this.bodyWatchUntil &&
      !this.changedBeforeBaseline &&
      this.container.textContent === this.containerText &&
      this.painted();
    if (unchanged) return;
    if (this.reruns >= this.maxReruns) {
      this.observer.disconnect();
      return;
    }
    this.reruns += 1;
    // Disconnected during the run; the run calls watch() with the (new) container.
    this.observer.disconnect();
    this.rerun();
  }

  private onNavigation(): void {
    if (this.win.location.href === this.href) return;
    this.href = this.win.location.href;
    this.reruns = 0;
    this.gaveUp = false;
    this.busySince = null;
    this.bodyWatchUntil = Date.now() + this.navigationWatchMs;
    this.connect();
    this.schedule();
  }

  private listenForNavigation(): void {
    const navigation = (this.win as unknown as { navigation?: EventTarget }).navigation;
    if (navigation) navigation.addEventListener('navigatesuccess', () => this.onNavigation());
    else {
      // No Navigation API (older Firefox): a cheap address check stands in for it.
      setInterval(() => {
        if (!this.win.document.hidden) this.onNavigation();
      }, 1_000);
    }
    this.win.addEventListener('popstate', () => this.onNavigation());
  }

  /**
   * Idle while the tab is hidden; on return, re-runs only if the article changed meanwhile.
   * The observer tells (it stays connected, its records only noted): reading the container's
   * text at each switch cost a long task of its own on a large page, twice per hide and show.
   */
  private onVisibility(): void {
    if (this.win.document.hidden) {
      this.changedWhileHidden = false;
      return;
    }
    if (this.changedWhileHidden) this.schedule(); // fire() still checks whether the text changed
    this.changedWhileHidden = false;
    this.onNavigation();
  }
}
