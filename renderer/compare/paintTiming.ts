/**
 * When the compared text is first painted. The browser's own report (Element Timing: the paint of text under an
 * element carrying `elementtiming`) is the exact answer, but not every Chromium delivers it (headless builds
 * without presentation feedback never do). So the first frame after the commit gives an estimate (a task queued
 * from the frame callback), and a paint report that arrives shortly after replaces it.
 */

/** The Element Timing identifier set on the text of the first rows. */
export const FIRST_TEXT_TIMING = 'ld-compare-text';

/** The attribute as JSX props (React passes unknown lowercase attributes through; the DOM types lack this one). */
export const FIRST_TEXT_TIMING_PROPS = { elementtiming: FIRST_TEXT_TIMING } as Record<string, string>;

interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}

/** How long after the frame estimate a paint report may still arrive and replace it. */
const REPORT_GRACE_MS = 250;

/**
 * Calls back once with the time (performance.now() clock) the marked text was first painted after `since`.
 * Returns a function that cancels the wait.
 */
export function whenTextPainted(since: number, callback: (paintedAt: number) => void): () => void {
  let done = false;
  let estimate: number | null = null;
  let observer: PerformanceObserver | null = null;
  let frame = 0;
  let timer = 0;
  let grace = 0;
  const finish = (at: number) => {
    if (done) return;
    done = true;
    cleanup();
    callback(at);
  };
  const supported = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('element');
  if (supported) {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as ElementTiming[]) {
        if (entry.identifier === FIRST_TEXT_TIMING && entry.renderTime >= since) finish(entry.renderTime);
      }
    });
    observer.observe({ type: 'element', buffered: true });
  }
  frame = requestAnimationFrame(() => {
    timer = window.setTimeout(() => {
      estimate = performance.now();
      if (!supported) finish(estimate);
      else grace = window.setTimeout(() => finish(estimate ?? performance.now()), REPORT_GRACE_MS);
    }, 0);
  });
  function cleanup() {
    observer?.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(grace);
  }
  return () => {
    done = true;
    cleanup();
  };
}
