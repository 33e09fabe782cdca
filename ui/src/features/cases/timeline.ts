// Putting the newest page of a timeline on top of what is already shown,
// without throwing away what the reader scrolled down to.

import type { TimelineEntry } from '../../lib/api';

export interface Merged {
  entries: TimelineEntry[];
  /** True when what was shown could not be joined to the page: the older pages start again from it. */
  reset: boolean;
}

const time = (e: TimelineEntry) => Date.parse(e.at);

/**
 * The newest page (newest first) merged into the entries shown, by id: what is
 * new goes on top, what is shown stays below it in its order. When the page
 * does not reach back to anything shown (more new entries than a page), the
 * page replaces the list, keeping only shown entries newer than all of it
 * (a write of ours that the page was read too early to include).
 */
export function mergeNewest(shown: readonly TimelineEntry[], page: readonly TimelineEntry[]): Merged {
  const inPage = new Set(page.map((e) => e.id));
  const overlaps = shown.some((e) => inPage.has(e.id));
  if (overlaps) {
    return { entries: [...page, ...shown.filter((e) => !inPage.has(e.id))], reset: false };
  }
  const newest = page[0];
  const newer = newest ? shown.filter((e) => time(e) > time(newest)) : [...shown];
  return { entries: [...newer, ...page], reset: true };
}

/** Older entries appended below, without repeating any already shown. */
export function appendOlder(shown: readonly TimelineEntry[], older: readonly TimelineEntry[]): TimelineEntry[] {
  const have = new Set(shown.map((e) => e.id));
  return [...shown, ...older.filter((e) => !have.has(e.id))];
}
