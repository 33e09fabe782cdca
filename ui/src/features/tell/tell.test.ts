import { describe, expect, test } from 'vitest';
import type { PromiseItem } from '../../lib/api';
import { closedWords, nextOpenWords, promiseForLine, promiseNow, promiseNowWords, readTime } from './tell';

const tz = 'Europe/Amsterdam';
// Monday 30 November 2026, 10:00 in Amsterdam.
const now = Date.parse('2026-11-30T09:00:00Z');

describe('a due time on a closed day', () => {
  test('a holiday is named, with the day in words', () => {
    const at = '2026-12-01T11:00:00Z'; // tomorrow 12:00
    expect(closedWords({ open: false, holiday: 'Christmas Day', next_open: null }, at, tz, now)).toBe(
      'Tomorrow is Christmas Day, a shop holiday.',
    );
    expect(closedWords({ open: false, holiday: 'Stocktake', next_open: null }, '2026-12-04T11:00:00Z', tz, now), 'later this week: the weekday').toBe(
      'Friday is Stocktake, a shop holiday.',
    );
  });

  test('a closed day without a holiday says when, and the next opening is offered', () => {
    const sunday = '2026-12-06T11:00:00Z';
    const check = { open: false, holiday: '', next_open: '2026-12-07T08:00:00Z' };
    expect(closedWords(check, sunday, tz, now), 'an empty holiday name is no holiday').toBe('The shop is closed on Sunday 6 December at 12:00.');
    expect(closedWords(check, '2026-11-30T19:00:00Z', tz, now), 'tonight').toBe('The shop is closed today at 20:00.');
    expect(nextOpenWords(check, tz, now)).toBe('Mon 7 Dec 09:00');
  });

  test('an open time says nothing', () => {
    expect(closedWords({ open: true, holiday: null, next_open: null }, '2026-12-01T11:00:00Z', tz, now)).toBeNull();
  });

  test('times are read as people type them', () => {
    expect(readTime('9:30')).toBe('09:30');
    expect(readTime('9.30')).toBe('09:30');
    expect(readTime('0930')).toBe('09:30');
    expect(readTime(' 14:00 ')).toBe('14:00');
    expect(readTime('14')).toBe('14:00');
    expect(readTime('24:00'), 'no such hour').toBeNull();
    expect(readTime('12:75'), 'no such minute').toBeNull();
    expect(readTime('noon')).toBeNull();
  });
});

function promise(id: string, text: string, extra: Partial<PromiseItem> = {}): PromiseItem {
  return {
    id,
    case_id: 'k1',
    case_subject: 'Wheel',
    customer_id: 'u1',
    customer_name: 'Ana',
    text,
    owner_id: null,
    owner_name: null,
    made_by_name: null,
    made_at: '2026-11-20T10:00:00Z',
    due_at: '2026-11-25T10:00:00Z',
    status: 'open',
    closed_at: null,
    recovery: null,
    overdue: false,
    ...extra,
  };
}

describe('the promises of a brief, now', () => {
  const promises = [
    promise('p1', 'Call back', { status: 'kept', closed_at: '2026-11-24T09:00:00Z' }),
    promise('p2', 'Call back with the quote', { status: 'broken' }),
    promise('p3', 'Order the pads', { overdue: true }),
    promise('p4', 'Text her'),
  ];

  test('a line is matched to the promise whose text it starts with, the longest one', () => {
    expect(promiseForLine('Call back with the quote — due Tue 10:00', promises)?.id).toBe('p2');
    expect(promiseForLine('Call back — due Mon 10:00, Ben keeps it', promises)?.id).toBe('p1');
    expect(promiseForLine('Order the pads — due Wed 10:00 — OVERDUE', promises)?.id).toBe('p3');
    expect(promiseForLine('Texting is fine', promises), 'a word that only starts the same is not a match').toBeNull();
    expect(promiseForLine('Something else entirely', promises)).toBeNull();
  });

  test('of two promises with the same words, the one made before the brief', () => {
    const twice = [
      promise('new', 'Call back', { made_at: '2026-11-28T10:00:00Z' }),
      promise('old', 'Call back', { made_at: '2026-11-21T10:00:00Z', status: 'kept' }),
    ];
    expect(promiseForLine('Call back — due Mon 10:00', twice, '2026-11-22T10:00:00Z')?.id).toBe('old');
  });

  test('each stands as kept, broken, overdue or still open, in words', () => {
    expect(promises.map(promiseNow)).toEqual(['kept', 'broken', 'overdue', 'open']);
    expect(promiseNowWords(promises[0]!, tz, now)).toBe('kept Tue 24 Nov 10:00');
    expect(promiseNowWords(promises[1]!, tz, now)).toBe('broken');
    expect(promiseNowWords(promises[2]!, tz, now)).toMatch(/^overdue/);
    expect(promiseNowWords(promises[3]!, tz, now)).toBe('still open');
  });
});
