// How sync stands, in the words the counter reads: short for the top bar, a
// sentence for the Desks & sync page. Pure functions of the status and the
// time now, so they are tested without a window.

import type { ServerDesk, SyncStatus } from '../../lib/api';
import { duration, when } from '../../lib/format';

/** How the top bar's sync indicator looks: quiet when all is well, a warning when a person should act. */
export type SyncTone = 'quiet' | 'busy' | 'offline' | 'problem';

const LOCALE = 'en-GB';
const MINUTE = 60_000;
/** The server says a clock is wrong beyond this; the desks list uses the same line. */
export const CLOCK_LIMIT_MS = 5 * MINUTE;

export function count(n: number): string {
  return n.toLocaleString(LOCALE);
}

/** "10:42" today, "Mon 10:42" this week, "3 Nov" before that. */
export function sinceTime(iso: string, now: number): string {
  const t = new Date(iso);
  const today = new Date(now);
  const time = t.toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const sameDay = t.toDateString() === today.toDateString();
  if (sameDay) return time;
  if (now - t.getTime() < 6 * 24 * 60 * MINUTE) {
    return `${t.toLocaleDateString(LOCALE, { weekday: 'short' })} ${time}`;
  }
  return t.toLocaleDateString(LOCALE, { day: 'numeric', month: 'short' });
}

/** The top bar's words, or null when the desk works alone (nothing to show). */
export function indicatorText(status: SyncStatus, now: number): string | null {
  switch (status.state) {
    case 'alone':
      return null;
    case 'connecting':
      return 'Connecting…';
    case 'in_sync':
      return 'In sync';
    case 'sending':
      return `Sending ${count(status.waiting)}`;
    case 'receiving':
      return `Receiving ${count(status.received)}…`;
    case 'offline': {
      const since = `Offline since ${sinceTime(status.since, now)}`;
      return status.waiting > 0 ? `${since} · ${count(status.waiting)} waiting` : since;
    }
    case 'problem':
      return 'Sync problem';
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
  return n === 1 ? '1 change' : `${count(n)} changes`;
}

/** The status as a sentence: what is happening and, when needed, what to do. */
export function statusSentence(status: SyncStatus, now: number): string {
  switch (status.state) {
    case 'alone':
      return 'This desk works on its own: it is not connected to a shop’s server.';
    case 'connecting':
      return 'Connecting to the shop’s server…';
    case 'in_sync':
      return 'In sync: this desk has everything the server has, and the server has all of this desk’s work.';
    case 'sending':
      return `Sending ${changes(status.waiting)} to the server…`;
    case 'receiving':
      return `Receiving the other desks’ work: ${changes(status.received)} so far…`;
    case 'offline': {
      const waiting = status.waiting > 0 ? ` ${changes(status.waiting)} wait to be sent.` : '';
      return `Offline since ${sinceTime(status.since, now)}: the shop’s server cannot be reached. Work goes on here and is sent when the server is back.${waiting}`;
    }
    case 'problem':
      return status.message;
  }
}

/** "2 h 5 min ahead of", "12 min behind": a clock offset in words. */
export function offsetWords(offsetMs: number): string {
  return `${duration(Math.abs(offsetMs))} ${offsetMs >= 0 ? 'ahead of' : 'behind'}`;
}

/** What to tell the person when this PC's clock is wrong, or null when it is right. */
export function clockWarning(status: SyncStatus): string | null {
  if (!status.clock_wrong || status.clock_offset_ms === null) return null;
  return `This PC’s clock is ${offsetWords(status.clock_offset_ms)} the server’s. Fix the date and time in the system settings; work goes on.`;
}

/** A desk's clock offset, when it is far enough off to mention. */
export function deskClock(desk: ServerDesk): string | null {
  const ms = desk.clock_offset_ms;
  if (ms === null || Math.abs(ms) <= CLOCK_LIMIT_MS) return null;
  return `Clock ${duration(Math.abs(ms))} ${ms >= 0 ? 'ahead' : 'behind'}`;
}

/** "2 min ago", "just now", "never": when a desk was last heard from. */
export function lastSeen(iso: string | null, now: number): string {
  if (!iso) return 'Never';
  const ms = now - Date.parse(iso);
  if (ms < MINUTE) return 'Just now';
  return `${duration(ms)} ago`;
}

/** When the desk last synced, for the page. */
export function lastSynced(status: SyncStatus, now: number): string {
  return status.last_synced_at ? `${when(status.last_synced_at, now)} (${lastSeen(status.last_synced_at, now).toLowerCase()})` : 'Not yet';
}
