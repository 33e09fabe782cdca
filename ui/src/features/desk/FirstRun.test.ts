import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { SyncConfig } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import { ALONE, syncState } from '../sync/sync.svelte';
import FirstRun from './FirstRun.svelte';

afterEach(() => {
  clearMocks();
  syncState.set(ALONE);
  desk.overlay = 'none';
});

const config: SyncConfig = {
  server: { host: 'db.shop.lan', port: 5432, dbname: 'casebook', tls: true },
  shop_id: 'shop1',
  shop_name: 'Costa Cycles',
  desk_id: 'd2',
  desk_name: 'Counter',
  role: 'casebook_desk_d2',
};

test('a new desk joins its shop with a code and shows the history arriving', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'join_shop') return config;
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getByTestId, findByTestId, getByLabelText } = render(FirstRun);
  expect(getByTestId('first-run-join').textContent, 'offered beside the demo and a new shop').toContain('Join my shop’s other desks');
  await fireEvent.input(getByLabelText('Join code'), { target: { value: '  casebook1.abc.def\n' } });
  await fireEvent.click(getByTestId('join-submit'));
  const joined = await findByTestId('joined');
  expect(calls.find((c) => c.cmd === 'join_shop')?.args, 'the code as pasted: the backend tidies it').toEqual({ code: '  casebook1.abc.def\n' });
  expect(joined.textContent).toContain('This desk joined Costa Cycles');
  expect(desk.overlay, 'the desk asks who is here once the staff have arrived').toBe('staff-picker');

  syncState.set({ ...ALONE, state: 'receiving', received: 4000, shop_name: 'Costa Cycles' });
  await waitFor(() => expect(getByTestId('joined-status').textContent).toBe('Receiving the other desks’ work: 4,000 changes so far…'));
});

test('a desk that cannot join is told why, in the backend’s words, and keeps the code', async () => {
  const message =
    'This desk already has its own history (12 events), so it cannot join a shop. The join code was not used.';
  mockIPC((cmd) => {
    if (cmd === 'join_shop') throw { code: 'conflict', message };
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getByTestId, findByTestId, getByLabelText, queryByTestId } = render(FirstRun);
  await fireEvent.click(getByTestId('join-submit'));
  expect((await findByTestId('join-error')).textContent, 'an empty code is caught first').toBe('Paste the join code first.');
  await fireEvent.input(getByLabelText('Join code'), { target: { value: 'casebook1.abc.def' } });
  await fireEvent.click(getByTestId('join-submit'));
  await waitFor(() => expect(getByTestId('join-error').textContent).toBe(message));
  expect((getByLabelText('Join code') as HTMLTextAreaElement).value, 'the code stays, to try again').toBe('casebook1.abc.def');
  expect(queryByTestId('joined')).toBeNull();
});
