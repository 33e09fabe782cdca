import { expect, test } from 'vitest';
import type { ServerDesk, SyncStatus } from '../../lib/api';
import { ALONE } from './sync.svelte';
import { clockWarning, deskClock, indicatorText, indicatorTone, lastSeen, sinceTime, statusSentence } from './words';

const MIN = 60_000;
const now = new Date(2026, 2, 6, 11, 30).getTime();
const at = (h: number, m: number, day = 6) => new Date(2026, 2, day, h, m).toISOString();
const status = (s: Partial<SyncStatus> & Pick<SyncStatus, 'state'>): SyncStatus => ({ ...ALONE, ...s }) as SyncStatus;

test('the top bar says how sync stands in a few words, and nothing when the desk is alone', () => {
  expect(indicatorText(ALONE, now), 'alone: nothing to show').toBeNull();
  expect(indicatorText(status({ state: 'in_sync' }), now)).toBe('In sync');
  expect(indicatorText(status({ state: 'sending', waiting: 12 }), now)).toBe('Sending 12');
  expect(indicatorText(status({ state: 'receiving', received: 4000 }), now), 'thousands are grouped').toBe('Receiving 4,000…');
  expect(indicatorText(status({ state: 'offline', since: at(10, 42), waiting: 37, reason: 'x' }), now)).toBe(
    'Offline since 10:42 · 37 waiting',
  );
  expect(indicatorText(status({ state: 'offline', since: at(10, 42), waiting: 0, reason: 'x' }), now), 'nothing waiting: not said').toBe(
    'Offline since 10:42',
  );
  expect(indicatorText(status({ state: 'problem', message: 'Revoked.' }), now)).toBe('Sync problem');
  expect(indicatorText(status({ state: 'connecting' }), now)).toBe('Connecting…');
});

test('offline since yesterday names the day; since last month, the date', () => {
  expect(sinceTime(at(16, 5, 5), now)).toBe('Thu 16:05');
  expect(sinceTime(new Date(2026, 1, 3, 9, 0).toISOString(), now)).toBe('3 Feb');
});

test('a problem is a warning; offline is marked; the rest is quiet or busy', () => {
  expect(indicatorTone(status({ state: 'problem', message: 'x' }))).toBe('problem');
  expect(indicatorTone(status({ state: 'offline', since: at(10, 42), waiting: 1, reason: 'x' }))).toBe('offline');
  expect(indicatorTone(status({ state: 'sending', waiting: 1 }))).toBe('busy');
  expect(indicatorTone(status({ state: 'in_sync' }))).toBe('quiet');
});

test('the page says it in a sentence: a problem in the backend’s own words', () => {
  expect(statusSentence(status({ state: 'problem', message: 'This desk was revoked. Ask the owner.' }), now)).toBe(
    'This desk was revoked. Ask the owner.',
  );
  const offline = statusSentence(status({ state: 'offline', since: at(10, 42), waiting: 1, reason: 'refused' }), now);
  expect(offline).toContain('Offline since 10:42');
  expect(offline, 'one change, singular').toContain('1 change wait');
  expect(offline, 'what happens to the work').toContain('Work goes on here');
});

test('a wrong clock says by how much and what to do; a right one says nothing', () => {
  const ahead = status({ state: 'in_sync', clock_wrong: true, clock_offset_ms: (2 * 60 + 5) * MIN });
  expect(clockWarning(ahead)).toBe(
    'This PC’s clock is 2 h 5 min ahead of the server’s. Fix the date and time in the system settings; work goes on.',
  );
  expect(clockWarning(status({ state: 'in_sync', clock_wrong: true, clock_offset_ms: -12 * MIN }))).toContain('12 min behind the server’s');
  expect(clockWarning(status({ state: 'in_sync', clock_wrong: false, clock_offset_ms: 2 * MIN }))).toBeNull();
});

test('the desks list mentions a clock only beyond five minutes, and says when a desk was last seen', () => {
  const desk = (clock_offset_ms: number | null): ServerDesk => ({
    id: 'd',
    name: 'Workshop',
    invited_at: at(9, 0),
    joined_at: at(9, 5),
    last_seen: at(11, 28),
    clock_offset_ms,
    revoked_at: null,
  });
  expect(deskClock(desk(4 * MIN))).toBeNull();
  expect(deskClock(desk(null))).toBeNull();
  expect(deskClock(desk(-(3 * 60) * MIN))).toBe('Clock 3 h behind');
  expect(deskClock(desk(6 * MIN))).toBe('Clock 6 min ahead');
  expect(lastSeen(at(11, 28), now)).toBe('2 min ago');
  expect(lastSeen(new Date(now - 20_000).toISOString(), now)).toBe('Just now');
  expect(lastSeen(null, now)).toBe('Never');
});
