import { api, PAGE, type QueuePage } from '../../lib/api';
import { subscribe } from '../../lib/state/changes';

// The queue's first page, asked for as the app's script starts, beside the
// desk's own start-up calls rather than after them: a start shows the queue,
// so its rows are ready when the queue is first drawn.
let early: Promise<QueuePage> | null = null;
/** The early page once answered, so the queue can draw it in its first frame. */
let answered: QueuePage | null = null;
let askedAt = 0;
let stopListening: (() => void) | null = null;
/** A page fetched longer ago than this is fetched again (work may have come in since). */
const FRESH_MS = 3000;

/** Starts fetching the queue's first page (once; later calls do nothing). */
export function prefetchQueue(): void {
  if (early) return;
  askedAt = Date.now();
  early = api.queue(null, PAGE);
  // A write before the queue takes the page (the demo shop loaded from the
  // first-run screen, a case come in) makes it old: the queue fetches afresh.
  stopListening = subscribe((set) => {
    if (set.everything || set.settings || set.cases.length > 0) forget();
  });
  // When it was answered: read by tests/perf/startup.mjs. A failure is the
  // queue's to show when it takes the page, not an unhandled rejection before.
  const asked = early;
  asked.then(
    (page) => {
      if (early === asked) answered = page;
      performance.mark('casebook:queue');
    },
    () => {},
  );
}

/** The early page if it is answered already (and still fresh), once, for the
 * queue's first frame; else null, and the queue asks with [`firstQueuePage`]. */
export function answeredQueuePage(): QueuePage | null {
  const page = answered !== null && Date.now() - askedAt < FRESH_MS ? answered : null;
  if (page) forget();
  return page;
}

/** The prefetched first page, once, if it was asked for just now; else a fresh one. */
export function firstQueuePage(): Promise<QueuePage> {
  const page = early !== null && Date.now() - askedAt < FRESH_MS ? early : null;
  forget();
  return page ?? api.queue(null, PAGE);
}

function forget(): void {
  early = null;
  answered = null;
  stopListening?.();
  stopListening = null;
}
