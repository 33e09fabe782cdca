import { expect, test } from 'vitest';
import type { CaseSummary, DueInfo } from '../../lib/api';
import { countdown, promise, urgency } from './due';
import { shopTime } from '../../lib/format';

const now = Date.parse('2026-03-03T08:00:00Z'); // Tuesday 09:00 in Amsterdam

function due(partial: Partial<DueInfo>): DueInfo {
  return { target: 'first_response', at: '2026-03-03T09:00:00Z', overdue: false, business_minutes: 60, shop_days: 0, ...partial };
}

test('the promise is in the shop time zone, in words a customer understands', () => {
  expect(promise(due({}), 'Europe/Amsterdam', now)).toBe('We will get back to you by 10:00 today.');
  expect(promise(due({ at: '2026-03-04T09:00:00Z' }), 'Europe/Amsterdam', now)).toBe('We will get back to you by tomorrow 10:00.');
  expect(promise(due({ at: '2026-03-06T16:30:00Z', target: 'resolution' }), 'Europe/Amsterdam', now)).toBe(
    'We aim to have this resolved by Fri 17:30.',
  );
  expect(shopTime('2026-03-20T09:00:00Z', 'America/New_York', now), 'beyond a week the date is named').toBe('Fri 20 Mar 05:00');
});

test('the countdown is in business time, and says overdue plainly', () => {
  const c = (d: DueInfo | null, status: CaseSummary['status'] = 'open') => ({ due: d, status }) as CaseSummary;
  expect(countdown(c(due({ business_minutes: 12 })))).toBe('due in 12 min');
  expect(countdown(c(due({ overdue: true, business_minutes: 80 })))).toBe('overdue 1 h 20 min');
  expect(countdown(c(due({ overdue: true, business_minutes: 0 }))), 'overdue while closed: no business time passed yet').toBe('overdue');
  expect(countdown(c(null, 'waiting'))).toBe('waiting on customer');
  expect(
    countdown(c(due({ target: 'resolution', business_minutes: 1440, shop_days: 3 }))),
    'a day of opening hours from a Sunday is Wednesday: three shop days, not "1 day"',
  ).toBe('due in 3 shop days');
  expect(countdown(c(due({ business_minutes: 1500, shop_days: 1 })))).toBe('due in 1 shop day');
  expect(countdown(c(due({ business_minutes: 45, shop_days: 1 }))), 'tomorrow at opening: still counted in minutes').toBe('due in 45 min');
});

test('urgency drives the colour', () => {
  expect(urgency(due({ overdue: true }))).toBe('overdue');
  expect(urgency(due({ business_minutes: 10 }), 15)).toBe('soon');
  expect(urgency(due({ business_minutes: 90 }), 15)).toBe('later');
  expect(urgency(null)).toBe('paused');
});
