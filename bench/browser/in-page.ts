/**
 * Probes that run inside the page, so the times are the page's own clock
 * (performance.now(), zero at navigation start), not Playwright's polling.
 * "Shown" is one frame after the DOM change: requestAnimationFrame, then a
 * task — the frame that paints it has been produced by then.
 */

export interface SignInShown {
  committedMs: number;
  shownMs: number;
  /** The JS files loaded by then. */
  scripts: string[];
  /** Milestones on the way (ms from navigation start), to tell where the time goes. */
  phases: Record<string, number>;
}

declare global {
  interface Window {
    /** Exposed by the bench (context.exposeBinding): the page reports to Node, so nothing polls the page while it loads. */
    __benchSignInShown?: (shown: SignInShown) => void;
    __benchStepShown?: Promise<{ committedMs: number; shownMs: number }>;
  }
}

/** Init script: reports when the first participant card is in the DOM, laid out and enabled, and which JS files had loaded by then. */
export function watchForSignInCards(): void {
  const usable = (): boolean => {
    const card = document.querySelector<HTMLButtonElement>('[data-testid="participant-card"]');
    if (!card || card.disabled || card.getAttribute('aria-disabled') === 'true') return false;
    const box = card.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  let reported = false;
  const check = () => {
    if (reported || !usable()) return;
    reported = true;
    observer.disconnect();
    clearInterval(fallback);
    const committedMs = performance.now();
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const scripts = resources.map((entry) => entry.name).filter((name) => /\.m?js(\?|$)/.test(name));
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const call = (method: string) => resources.find((entry) => entry.name.endsWith(`/api/${method}`));
    const phases = {
      'HTML received': navigation.responseEnd,
      'JS loaded': Math.max(...resources.filter((entry) => scripts.includes(entry.name)).map((entry) => entry.responseEnd)),
      'JS run (DOMContentLoaded)': navigation.domContentLoadedEventEnd,
      'app.status asked': call('app.status')?.startTime ?? NaN,
      'auth.signInOptions asked': call('auth.signInOptions')?.startTime ?? NaN,
      'auth.signInOptions answered': call('auth.signInOptions')?.responseEnd ?? NaN,
      'cards in the DOM': committedMs,
    };
    requestAnimationFrame(() => setTimeout(() => window.__benchSignInShown?.({ committedMs, shownMs: performance.now(), scripts, phases })));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  // A card can become usable without a DOM change (its styles arriving): look again now and then too.
  const fallback = setInterval(check, 50);
}

/** Arms the next click: resolves with the time from that click to the lesson step showing `heading`. */
export function armStepTimer(heading: string): void {
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
  const wanted = normal(heading);
  window.__benchStepShown = new Promise((resolve) => {
    let clickedAt = 0;
    const check = () => {
      const step = document.querySelector('[data-testid="lesson-step"]');
      if (!step || !normal(step.textContent ?? '').includes(wanted)) return;
      observer.disconnect();
      const committedMs = performance.now() - clickedAt;
      requestAnimationFrame(() => setTimeout(() => resolve({ committedMs, shownMs: performance.now() - clickedAt })));
    };
    const observer = new MutationObserver(check);
    // Capture phase on the document: runs before React's own listener, so the time starts at the click itself.
    document.addEventListener('click', () => {
      clickedAt = performance.now();
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, { capture: true, once: true });
  });
}
