// How sync stands, in the words the counter reads: short for the top bar, a
// sentence for the Desks & sync page. Pure functions of the status and the
// time now, so they are tested without a window.

import type { ServerDesk, SetAside, SyncStatus } from '../../lib/api';
import { duration, when } from '../../lib/format';
import { i18n, t } from '../../lib/i18n/i18n.svelte';

/** How the top bar's sync indicator looks: quiet when all is well, a warning when a person should act. */
export type SyncTone = 'quiet' | 'busy' | 'offline' | 'problem';

const MINUTE = 60_000;
/** The server says a clock is wrong beyond this; the desks list uses the same line. */
export const CLOCK_LIMIT_MS = 5 * MINUTE;

export function count(n: number): string {
  return n.toLocaleString(i18n.locale);
}

/** "10:42" today, "Mon 10:42" this week, "3 Nov" before that. */
export function sinceTime(iso: string, now: number): string {
  const t = new Date(iso);
  const today = new Date(now);
  const time = t.toLocaleTimeString(i18n.locale, { hour: '2-digit', minute: '2-digit' });
  const sameDay = t.toDateString() === today.toDateString();
  if (sameDay) return time;
  if (now - t.getTime() < 6 * 24 * 60 * MINUTE) {
    return `${t.toLocaleDateString(i18n.locale, { weekday: 'short' })} ${time}`;
  }
  return t.toLocaleDateString(i18n.locale, { day: 'numeric', month: 'short' });
}

/** The top bar's words, or null when the desk works alone (nothing to show). */
export function indicatorText(status: SyncStatus, now: number): string | null {
  switch (status.state) {
    case 'alone':
      return null;
    case 'connecting':
      return t('sync-ind-connecting');
    case 'in_sync':
      return t('sync-ind-in-sync');
    case 'sending':
      return t('sync-ind-sending', { count: count(status.waiting) });
    case 'receiving':
      return t('sync-ind-receiving', { count: count(status.received) });
    case 'offline': {
      const since = t('sync-ind-offline', { since: sinceTime(status.since, now) });
      return status.waiting > 0 ? t('sync-ind-offline-waiting', { since, count: count(status.waiting) }) : since;
    }
    case 'problem':
      return t('sync-ind-problem');
  }
}

export function indicatorTone(status: SyncStatus): SyncTone {
  switch (status.state) {
    case 'problem':
      return 'problem';
    case 'offline':
      return 'offline';
    case 'sending':
    case 'receiving':
    case 'connecting':
      return 'busy';
    default:
      return 'quiet';
  }
}

function changes(n: number): string {
  return t('sync-changes', { n, count: count(n) });
}

/** The status as a sentence: what is happening and, when needed, what to do. */
export function statusSentence(status: SyncStatus, now: number): string {
  switch (status.state) {
    case 'alone':
      return t('sync-alone');
    case 'connecting':
      return t('sync-connecting');
    case 'in_sync':
      return t('sync-in-sync');
    case 'sending':
      return t('sync-sending', { changes: changes(status.waiting) });
    case 'receiving':
      return t('sync-receiving', { changes: changes(status.received) });
    case 'offline': {
      const since = sinceTime(status.since, now);
      return status.waiting > 0
        ? t('sync-offline-waiting', { since, changes: changes(status.waiting), n: status.waiting })
        : t('sync-offline', { since });
    }
    case 'problem':
      return status.message;
  }
}

/** "2 h 5 min ahead of", "12 min behind": a clock offset in words. */
export function offsetWords(offsetMs: number): string {
  return t('sync-offset', { duration: duration(Math.abs(offsetMs)), ahead: offsetMs >= 0 ? 'yes' : 'no' });
}

/** What to tell the person when this PC's clock is wrong, or null when it is right. */
export function clockWarning(status: SyncStatus): string | null {
  if (!status.clock_wrong || status.clock_offset_ms === null) return null;
  return t('sync-clock-warning', { offset: offsetWords(status.clock_offset_ms) });
}

/** A desk's clock offset, when it is far enough off to mention. */
export function deskClock(desk: ServerDesk): string | null {
  const ms = desk.clock_offset_ms;
  if (ms === null || Math.abs(ms) <= CLOCK_LIMIT_MS) return null;
  return t('sync-desk-clock', { duration: duration(Math.abs(ms)), ahead: ms >= 0 ? 'yes' : 'no' });
}

/** "2 min ago", "just now", "never": when a desk was last heard from. */
export function lastSeen(iso: string | null, now: number): string {
  if (!iso) return t('sync-never');
  const ms = now - Date.parse(iso);
  if (ms < MINUTE) return t('sync-just-now');
  return t('common-ago', { duration: duration(ms) });
}

/** When the desk last synced, for the page. */
export function lastSynced(status: SyncStatus, now: number): string {
  return status.last_synced_at
    ? `${when(status.last_synced_at, now)} (${lastSeen(status.last_synced_at, now).toLocaleLowerCase(i18n.locale)})`
    : t('sync-not-yet');
}

/** One line per desk and reason: what this desk keeps without applying, and why, in words. */
export function setAsideSentence(s: SetAside, desks: ServerDesk[] | null): string {
  const desk = desks?.find((d) => d.id === s.desk_id)?.name ?? t('sync-unknown-desk');
  const count = s.count;
  switch (s.reason) {
    case 'unknown_kind':
      return t('sync-set-aside-unknown-kind', { count, desk });
    case 'damaged':
      return t('sync-set-aside-damaged', { count, desk });
    case 'refers_to_nothing':
      return t('sync-set-aside-refers-to-nothing', { count, desk });
    case 'not_allowed':
      return t('sync-set-aside-not-allowed', { count, desk, people: s.authors.join(', ') });
  }
}
