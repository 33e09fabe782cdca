import { expect, test } from 'vitest';
import type { TimelineEntry } from '../../lib/api';
import { appendOlder, mergeNewest } from './timeline';

function entry(id: string, minute: number): TimelineEntry {
  return {
    id,
    at: new Date(Date.UTC(2026, 2, 7, 10, minute)).toISOString(),
    desk_id: 'd',
    staff_id: null,
    staff_name: null,
    customer_id: 'u1',
    case_id: 'k1',
    case_subject: 'Brakes',
    payload: { kind: 'note', body: id },
  };
}

const ids = (list: TimelineEntry[]) => list.map((e) => e.id);

test('new entries go on top and everything already shown stays below, in order', () => {
  const shown = [entry('c', 3), entry('b', 2), entry('a', 1)];
  const page = [entry('e', 5), entry('d', 4), entry('c', 3)];
  const merged = mergeNewest(shown, page);
  expect(ids(merged.entries), 'the two new entries on top, then all that was shown').toEqual(['e', 'd', 'c', 'b', 'a']);
  expect(merged.reset, 'the older pages still continue where they did').toBe(false);
});

test('a page with nothing new changes nothing', () => {
  const shown = [entry('b', 2), entry('a', 1)];
  expect(ids(mergeNewest(shown, [entry('b', 2), entry('a', 1)]).entries), 'the same list').toEqual(['b', 'a']);
});

test('more new entries than a page: the page replaces the list, keeping an entry written here after it', () => {
  const shown = [entry('mine', 9), entry('a', 1)];
  const merged = mergeNewest(shown, [entry('z', 8), entry('y', 7)]);
  expect(ids(merged.entries), 'our own newer entry stays on top of the page').toEqual(['mine', 'z', 'y']);
  expect(merged.reset, 'the older pages start again from the page').toBe(true);
});

test('older pages never repeat an entry', () => {
  const shown = [entry('b', 2), entry('a', 1)];
  expect(ids(appendOlder(shown, [entry('a', 1), entry('0', 0)])), 'a is not repeated').toEqual(['b', 'a', '0']);
});
