// The words of "tell it once": a promise's due time against the shop's
// calendar, and how the promises written into a brief stand now. Pure
// functions, so they are tested alone.

import type { BriefPart, PromiseItem, TimeCheck } from '../../lib/api';
import { shopDay, shopTime, shortDate } from '../../lib/format';
import { i18n, t } from '../../lib/i18n/i18n.svelte';

const capital = (s: string) => s.charAt(0).toLocaleUpperCase(i18n.locale) + s.slice(1);

/**
 * Why a due time falls when the shop is closed, in a sentence, or null when
 * it is open: "Tomorrow is Christmas Day, a shop holiday." or "The shop is
 * closed on Sunday at 12:00."
 */
export function closedWords(check: TimeCheck, at: string, timeZone: string, now: number): string | null {
  if (check.open) return null;
  const day = shopDay(at, timeZone, now);
  const holiday = check.holiday?.trim();
  if (holiday) return t('tell-closed-holiday', { day: capital(day), holiday });
  const time = new Intl.DateTimeFormat(i18n.locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(at));
  const which = day === t('common-day-today') ? 'today' : day === t('common-day-tomorrow') ? 'tomorrow' : 'other';
  return t('tell-closed', { which, day, time });
}

/** "Mon 09:00": when the shop next opens, as the one-click alternative. */
export function nextOpenWords(check: TimeCheck, timeZone: string, now: number): string | null {
  return check.next_open ? shopTime(check.next_open, timeZone, now) : null;
}

/**
 * The promise a line of a brief's "Open promises" section is about: the one
 * whose text the line starts with (the longest such text, so "Call back with
 * the quote" is not taken for "Call back"), preferring one made before the
 * brief was written.
 */
export function promiseForLine(line: string, promises: readonly PromiseItem[], writtenAt?: string): PromiseItem | null {
  const text = line.trim();
  const before = writtenAt ? Date.parse(writtenAt) : Number.POSITIVE_INFINITY;
  let best: PromiseItem | null = null;
  for (const p of promises) {
    const t = p.text.trim();
    if (!t || !text.startsWith(t)) continue;
    // The rest of the line must start a new word (" — due …"), not go on with this one.
    const rest = text.slice(t.length);
    if (rest && /^[\p{L}\p{N}]/u.test(rest)) continue;
    const better =
      !best ||
      t.length > best.text.trim().length ||
      (t.length === best.text.trim().length && Date.parse(p.made_at) <= before && Date.parse(best.made_at) > before);
    if (better) best = p;
  }
  return best;
}

/**
 * A brief section's heading in the screen's language, from what the section
 * is: a brief written at an English desk and read at a Dutch one says "In hun
 * woorden", not "IN THEIR WORDS" under a Dutch title.
 */
export function briefPartTitle(part: BriefPart): string {
  return t('tell-brief-part', { part });
}

/**
 * A brief's line about a promise, in the screen's language and date style
 * ("Bel terug — uiterlijk ma 7 dec 16:00"), when the line is the one the
 * brief drafted (the promise's text, then "— due …" in whatever language it
 * was written); a line someone rewrote is left as they wrote it.
 */
export function promiseLineWords(line: string, p: PromiseItem, receiverId: string | null, timeZone: string): string {
  const rest = line.trim().slice(p.text.trim().length).trimStart();
  if (!rest.startsWith('—')) return line;
  // In the shop's time zone, as the brief was drafted: "ma 7 dec 16:00".
  const due = new Date(p.due_at);
  const when = t('common-date-time', {
    date: shortDate(due, due.getFullYear() !== new Date().getFullYear(), timeZone),
    time: new Intl.DateTimeFormat(i18n.locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(due),
  });
  return p.owner_name && p.owner_id !== receiverId
    ? t('tell-brief-promise-line-by', { text: p.text, when, owner: p.owner_name })
    : t('tell-brief-promise-line', { text: p.text, when });
}

export type PromiseNow = 'kept' | 'broken' | 'overdue' | 'open';

/** How a promise stands now. */
export function promiseNow(p: PromiseItem): PromiseNow {
  if (p.status === 'kept') return 'kept';
  if (p.status === 'broken') return 'broken';
  return p.overdue ? 'overdue' : 'open';
}

/** "kept Tue 10:00", "broken", "still open", "overdue": said beside a brief's line. */
export function promiseNowWords(p: PromiseItem, timeZone: string, now: number): string {
  const when = p.closed_at ? shopTime(p.closed_at, timeZone, now) : '';
  switch (promiseNow(p)) {
    case 'kept':
      return when ? t('tell-promise-kept-at', { when }) : t('tell-promise-kept');
    case 'broken':
      return when ? t('tell-promise-broken-at', { when }) : t('tell-promise-broken');
    case 'overdue':
      return t('tell-promise-overdue');
    default:
      return t('tell-promise-open');
  }
}

/** A time as typed at the counter ("9:30", "9.30", "0930", "14:00") as HH:MM, or null if it is not one. */
export function readTime(typed: string): string | null {
  const m = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(typed.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
