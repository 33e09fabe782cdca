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

/** Files attached this long after their entry were attached with it (saved in one go, or a mail's files). */
const TOGETHER_MS = 2 * 60_000;

/**
 * The entries to show: a `files_attached` entry is left out when its files
 * went in with the entry they belong to (that entry shows them); one attached
 * later, or to an entry not loaded, stays as a short line of its own.
 */
export function withoutFileEntries(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const at = new Map(entries.map((e) => [e.id, time(e)]));
  return entries.filter((e) => {
    if (e.payload.kind !== 'files_attached') return true;
    const entryAt = at.get(e.payload.entry_id);
    return entryAt === undefined || Math.abs(time(e) - entryAt) > TOGETHER_MS;
  });
}
