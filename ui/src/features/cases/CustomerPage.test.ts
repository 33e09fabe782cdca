import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { Customer, MergeRecord } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import CustomerPage from './CustomerPage.svelte';
import { detail, now } from './fixtures';

afterEach(() => {
  clearMocks();
  desk.route = { name: 'queue' };
});

function customer(id: string, name: string): Customer {
  return {
    id,
    name,
    phones: ['+31 6 4444 0202'],
    emails: [],
    organisation: '',
    segment: '',
    notes: '',
    language: '',
    created_at: now,
    updated_at: now,
    last_contact_at: null,
    open_cases: 2,
    total_cases: 2,
  };
}
const merge: MergeRecord = {
  merge_id: 'm1',
  other_id: 'u2',
  other_name: 'M. Oyelaran',
  at: '2026-03-02T10:05:00Z',
  by_name: 'Ana Costa',
};

function backend(calls: { cmd: string; args: unknown }[], merges: () => MergeRecord[], onUndo = () => {}) {
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    const id = (args as { customer_id?: string }).customer_id;
    if (cmd === 'get_customer') return customer('u1', 'Marguerite Oyelaran');
    if (cmd === 'customer_cases') return [];
    if (cmd === 'customer_context') return detail.context;
    if (cmd === 'customer_timeline') return { entries: [], next_cursor: null };
    if (cmd === 'customer_attachments') return [];
    if (cmd === 'customer_merges') return id === 'u1' ? merges() : [];
    if (cmd === 'undo_merge') {
      onUndo();
      return 'u2';
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
}

test('a merged record’s page opens the customer it was merged into', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  backend(calls, () => [merge]);
  desk.route = { name: 'customer', id: 'u2' };
  render(CustomerPage, { customerId: 'u2' });
  await waitFor(() => expect(desk.route, 'the survivor, in the merged record’s place').toEqual({ name: 'customer', id: 'u1' }));
});

test('each merge shows who made it and when, and can be undone after a confirmation', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  let merges = [merge];
  backend(calls, () => merges, () => (merges = []));
  const { findByTestId, getByTestId, findByRole, queryByRole, queryByTestId } = render(CustomerPage, { customerId: 'u1' });
  const entry = await findByTestId('merge-entry');
  expect(entry.textContent?.replace(/\s+/g, ' ').trim()).toMatch(
    /^Merged with the record of M\. Oyelaran on Mon 2 Mar \d\d:05 by Ana Costa Undo the merge with M\. Oyelaran…$/,
  );
  await fireEvent.click(getByTestId('undo-merge'));
  const dialog = await findByRole('dialog');
  expect(dialog.textContent?.replace(/\s+/g, ' '), 'what undoing does').toContain(
    'M. Oyelaran becomes a customer of their own again, with the cases and history that were theirs.',
  );
  expect(calls.some((c) => c.cmd === 'undo_merge'), 'nothing undone before confirming').toBe(false);
  await fireEvent.click(getByTestId('undo-confirm'));
  await waitFor(() => expect(queryByRole('dialog')).toBeNull());
  expect(calls.find((c) => c.cmd === 'undo_merge')?.args).toEqual({ merge_id: 'm1' });
  const done = await findByTestId('undo-done');
  await waitFor(() => expect(queryByTestId('merge-entry'), 'the merge is no longer listed').toBeNull());
  await fireEvent.click(done.querySelector('button')!);
  expect(desk.route, 'the record that came back is one click away').toEqual({ name: 'customer', id: 'u2' });
});
