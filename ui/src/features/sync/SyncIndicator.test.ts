import { afterEach, expect, test } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import type { SyncStatus } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import TopBar from '../desk/TopBar.svelte';
import { ALONE, syncState } from './sync.svelte';

afterEach(() => {
  syncState.set(ALONE);
  desk.route = { name: 'queue' };
});

const shown = () => document.querySelector('[data-testid=sync-indicator] .words')?.textContent ?? null;
const connected = (s: Partial<SyncStatus> & Pick<SyncStatus, 'state'>) =>
  ({ ...ALONE, shop_name: 'Costa Cycles', server: 'db:5432', ...s }) as SyncStatus;

test('the top bar says nothing about sync while the desk works alone', () => {
  render(TopBar);
  expect(document.querySelector('[data-testid=sync-indicator]'), 'alone: nothing intrusive').toBeNull();
  expect(document.querySelector('[data-testid=clock-warning]')).toBeNull();
});

test('it follows every change in words, and opens Desks & sync', async () => {
  const { getByTestId } = render(TopBar);
  syncState.set(connected({ state: 'in_sync' }));
  await tick();
  expect(shown()).toBe('In sync');
  syncState.set(connected({ state: 'sending', waiting: 12 }));
  await tick();
  expect(shown()).toBe('Sending 12');
  syncState.set(connected({ state: 'receiving', received: 4000 }));
  await tick();
  expect(shown()).toBe('Receiving 4,000…');
  const since = new Date(new Date().setHours(10, 42, 0, 0)).toISOString();
  syncState.set(connected({ state: 'offline', since, waiting: 37, reason: 'refused' }));
  await tick();
  expect(shown()).toBe('Offline since 10:42 · 37 waiting');
  const button = getByTestId('sync-indicator');
  expect(button.tagName, 'a button: Enter and a click both open the page').toBe('BUTTON');
  expect(button.classList.contains('badge'), 'offline takes a badge’s room, as the other warnings do').toBe(true);
  expect(button.title, 'the sentence behind the words').toContain('cannot be reached');

  syncState.set(connected({ state: 'problem', message: 'This desk was revoked.' }));
  await tick();
  expect(shown()).toBe('Sync problem');
  expect(getByTestId('sync-indicator').classList.contains('problem'), 'styled as a warning').toBe(true);
  expect(getByTestId('sync-indicator').title).toContain('This desk was revoked.');

  await fireEvent.click(getByTestId('sync-indicator'));
  expect(desk.route.name, 'a click opens Desks & sync').toBe('sync');
});

test('a wrong clock is a warning of its own, with what to do', async () => {
  const { findByTestId } = render(TopBar);
  syncState.set(connected({ state: 'in_sync', clock_wrong: true, clock_offset_ms: (2 * 60 + 5) * 60_000 }));
  const clock = await findByTestId('clock-warning');
  expect(clock.textContent).toContain('Clock is wrong');
  expect(clock.title).toBe(
    'This PC’s clock is 2 h 5 min ahead of the server’s. Fix the date and time in the system settings; work goes on.',
  );
  await fireEvent.click(clock);
  expect(desk.route.name).toBe('sync');
});
