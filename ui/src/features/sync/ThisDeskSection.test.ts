import { afterEach, beforeEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { ServerDesk, SyncConfig } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import ThisDeskSection from './ThisDeskSection.svelte';

const config: SyncConfig = {
  server: { host: 'db.shop.lan', port: 5432, dbname: 'casebook', tls: true },
  shop_id: 'shop1',
  shop_name: 'Costa Cycles',
  desk_id: 'd1',
  desk_name: 'Counter',
  role: 'casebook_desk_d1',
};
const desks: ServerDesk[] = [
  { id: 'd1', name: 'Counter', invited_at: '2026-12-01T10:00:00Z', joined_at: null, last_seen: null, clock_offset_ms: null, revoked_at: null },
  { id: 'd2', name: 'Workshop', invited_at: '2026-12-01T10:00:00Z', joined_at: null, last_seen: null, clock_offset_ms: null, revoked_at: null },
];

beforeEach(() => {
  desk.now = Date.now();
  desk.notices = [];
});

afterEach(() => clearMocks());

test('work of another desk held here is said in words, with that desk’s name', async () => {
  mockIPC((cmd) => {
    if (cmd === 'carried') return [{ desk_id: 'd2', count: 3 }];
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId } = render(ThisDeskSection, { config, desks, onchanged: () => {} });
  expect((await findByTestId('carried-line')).textContent, 'count and desk name, not an id').toContain(
    '3 changes of Workshop, imported here, are held for the shop’s server and sent at the next sync.',
  );
});

test('leaving asks first; with unsent work it says so and offers to leave anyway', async () => {
  const calls: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === 'carried') return [];
    if (cmd === 'leave_shop') {
      calls.push(args);
      if (!(args as { anyway: boolean }).anyway) {
        throw { code: 'conflict', message: "2 changes of this desk have not reached the shop's server yet: sync first." };
      }
      return config;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  let changed: SyncConfig | null | undefined;
  const { getByTestId, findByTestId, getByText } = render(ThisDeskSection, { config, desks, onchanged: (c) => (changed = c) });
  await fireEvent.click(getByTestId('leave-shop'));
  expect(getByText('Leave Costa Cycles?'), 'the dialog names the shop').toBeTruthy();
  await fireEvent.click(getByTestId('leave-confirm'));
  const anyway = await findByTestId('leave-anyway');
  expect(document.body.textContent, 'the refusal says why').toContain('have not reached the shop');
  expect(changed, 'nothing changed yet').toBeUndefined();
  await fireEvent.click(anyway);
  await waitFor(() => expect(changed, 'the page learns the desk is on its own').toBeNull());
  expect(calls, 'asked once as usual, then anyway').toEqual([{ anyway: false }, { anyway: true }]);
});

test('a new server address is checked: a bad port is caught here, the rest of the address is kept', async () => {
  const moved: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === 'carried') return [];
    if (cmd === 'move_server') {
      moved.push(args);
      return { ...config, server: (args as { server: SyncConfig['server'] }).server };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  let changed: SyncConfig | null | undefined;
  const { getByTestId, findByText } = render(ThisDeskSection, { config, desks, onchanged: (c) => (changed = c) });
  await fireEvent.input(getByTestId('move-host'), { target: { value: '192.168.1.30' } });
  await fireEvent.input(getByTestId('move-port'), { target: { value: '99999' } });
  await fireEvent.submit(getByTestId('move-form'));
  expect(await findByText(/The port is a number from 1 to 65535/), 'a port out of range is named').toBeTruthy();
  expect(moved, 'nothing was asked of the server').toEqual([]);
  await fireEvent.input(getByTestId('move-port'), { target: { value: '6432' } });
  await fireEvent.submit(getByTestId('move-form'));
  await waitFor(() => expect(changed?.server.host).toBe('192.168.1.30'));
  expect(moved, 'the database name and encryption stay as they were').toEqual([
    { server: { host: '192.168.1.30', port: 6432, dbname: 'casebook', tls: true } },
  ]);
});
