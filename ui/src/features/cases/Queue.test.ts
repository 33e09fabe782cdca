import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { CaseSummary } from '../../lib/api';
import { i18n } from '../../lib/i18n/i18n.svelte';
import Queue from './Queue.svelte';
import ShopMenu from '../desk/ShopMenu.svelte';
import { desk } from '../../lib/state/desk.svelte';
import { prefetchQueue } from './firstPage';

afterEach(() => {
  clearMocks();
  i18n.set({ language: 'en', region: 'en-GB' });
});

const now = new Date().toISOString();
function item(id: string, subject: string, due: CaseSummary['due'], status: CaseSummary['status'] = 'open'): CaseSummary {
  return {
    id,
    customer_id: `u-${id}`,
    customer_name: 'Sanne de Vries',
    subject,
    channel: 'walk_in',
    status,
    priority: 'high',
    owner_id: null,
    owner_name: null,
    opened_at: now,
    updated_at: now,
    waiting_since: null,
    due,
  };
}

test('the queue switches to Dutch at once, with counts, countdowns and words of a Dutch counter', async () => {
  mockIPC((cmd) => {
    if (cmd === 'queue') {
      return {
        cases: [
          item('k1', 'Remmen piepen', { target: 'first_response', at: now, overdue: true, business_minutes: 80, shop_days: 0 }),
          item('k2', 'Lekke band', { target: 'resolution', at: now, overdue: false, business_minutes: 12, shop_days: 0 }),
        ],
        total: 2,
        next_cursor: null,
      };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findAllByTestId, getByRole, getByTestId, getAllByTestId } = render(Queue);
  await findAllByTestId('queue-row');
  expect(getByRole('heading', { level: 1 }).textContent).toBe('Queue');
  expect(getAllByTestId('countdown').map((c) => c.textContent)).toEqual(['overdue 1 h 20 min', 'due in 12 min']);
  expect(getByTestId('queue-count').textContent).toContain('2 open cases');

  await i18n.use({ language: 'nl', region: 'nl-NL' });
  flushSync();
  expect(getByRole('heading', { level: 1 }).textContent).toBe('Wachtrij');
  expect(getAllByTestId('countdown').map((c) => c.textContent)).toEqual(['1 u 20 min te laat', 'binnen 12 min']);
  expect(getByTestId('queue-count').textContent).toContain('2 open zaken');
  const row = getAllByTestId('queue-row')[0]!;
  expect(row.textContent, 'stored values in Dutch').toContain('Aan de balie');
  expect(row.textContent).toContain('Hoog');
  expect(row.textContent, 'text typed by staff is never translated').toContain('Remmen piepen');

  await i18n.use({ language: 'de', region: 'de-DE' });
  flushSync();
  expect(getAllByTestId('countdown')[0]?.textContent).toBe('1 Std. 20 Min. überfällig');
});

test('a first page that came in while the app started is in the queue from its first frame', async () => {
  let calls = 0;
  mockIPC((cmd) => {
    if (cmd === 'queue') {
      calls += 1;
      return { cases: [item('k1', 'Remmen piepen', null)], total: 1, next_cursor: null };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  prefetchQueue();
  await new Promise((r) => setTimeout(r, 0));
  const { getAllByTestId } = render(Queue);
  flushSync();
  expect(getAllByTestId('queue-row').length, 'the rows are drawn with the queue, not in a second pass').toBe(1);
  expect(calls, 'the page asked for at start is not asked for again').toBe(1);
});

function threeRows() {
  mockIPC((cmd) => {
    if (cmd === 'queue') {
      return {
        cases: [
          item('k1', 'Overdue brakes', { target: 'first_response', at: now, overdue: true, business_minutes: 80, shop_days: 0 }),
          item('k2', 'Flat tyre', { target: 'resolution', at: now, overdue: false, business_minutes: 12, shop_days: 0 }),
          item('k3', 'Bell', null),
        ],
        total: 3,
        next_cursor: null,
      };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
}

const rowFocused = () => (document.activeElement as HTMLElement | null)?.closest('[data-index]')?.getAttribute('data-index') ?? null;

test('the first ↓ on the queue lands on the top row (the overdue case), the next on the second', async () => {
  threeRows();
  const { findAllByTestId } = render(Queue);
  await findAllByTestId('queue-row');
  (document.activeElement as HTMLElement | null)?.blur();
  await fireEvent.keyDown(document.body, { key: 'ArrowDown' });
  await waitFor(() => expect(rowFocused(), 'the first ↓ selects the first row, not the one after it').toBe('0'));
  await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
  await waitFor(() => expect(rowFocused(), 'then ↓ moves on').toBe('1'));
  await fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
  await waitFor(() => expect(rowFocused(), 'and ↑ back').toBe('0'));
});

test('while the Shop menu is open, ↓ moves in the menu and never the queue under it', async () => {
  threeRows();
  const { findAllByTestId } = render(Queue);
  await findAllByTestId('queue-row');
  const { getByTestId } = render(ShopMenu);
  const button = getByTestId('nav-shop');
  const items = () => [...document.querySelectorAll<HTMLElement>('[role=menuitem]')];
  button.focus();
  await fireEvent.keyDown(button, { key: 'Enter' });
  await waitFor(() => expect(document.activeElement, 'Enter opens the menu on its first item').toBe(items()[0]));
  await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
  await new Promise((r) => setTimeout(r, 50));
  expect(rowFocused(), 'the queue did not take the key').toBeNull();
  expect(document.querySelector('[role=menu]'), 'the menu stays open').not.toBeNull();
  expect(document.activeElement, '↓ moved to the second item').toBe(items()[1]);
  await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
  await waitFor(() => expect(document.querySelector('[role=menu]'), 'Escape closes the menu').toBeNull());
  expect(desk.overlay, 'and the page has its keys back').toBe('none');
  await fireEvent.keyDown(button, { key: 'j' });
  await waitFor(() => expect(rowFocused(), 'so J goes to the queue’s first row').toBe('0'));
});
