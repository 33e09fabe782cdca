import { expect, test } from 'vitest';
import { render } from '@testing-library/svelte';
import TimelineItem from './TimelineItem.svelte';
import type { TimelineEntry } from '../../lib/api';

function entry(payload: TimelineEntry['payload'], extra: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id: 'e1',
    at: new Date().toISOString(),
    desk_id: 'd1',
    staff_id: 's1',
    staff_name: 'Ana Costa',
    customer_id: 'c1',
    case_id: 'k1',
    case_subject: 'Brake squeal',
    payload,
    ...extra,
  };
}

test('pasted markup in a message is shown as text, never as elements', () => {
  const body = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const { container } = render(TimelineItem, {
    entry: entry({ kind: 'customer_message', body, channel: 'walk_in' }),
  });
  expect(container.textContent).toContain(body);
  expect(container.querySelector('img'), 'no image element was created').toBeNull();
  expect(container.querySelector('script'), 'no script element was created').toBeNull();
});

test('each entry says who did it, and marks entries from another case', () => {
  const { container, getByText } = render(TimelineItem, {
    entry: entry({ kind: 'note', body: 'Pads glazed' }),
    currentCaseId: 'another-case',
  });
  expect(getByText('Ana Costa')).toBeTruthy();
  expect(getByText('Internal note')).toBeTruthy();
  expect(container.textContent, 'the other case is named').toContain('Brake squeal');
  expect(container.querySelector('.item')?.classList.contains('other')).toBe(true);
});
