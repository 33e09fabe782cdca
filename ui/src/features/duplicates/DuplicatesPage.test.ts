import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { DuplicatePair, DuplicateSide } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import DuplicatesPage from './DuplicatesPage.svelte';

afterEach(() => {
  clearMocks();
  desk.route = { name: 'queue' };
});

function side(id: string, name: string, extra: Partial<DuplicateSide> = {}): DuplicateSide {
  return { id, name, organisation: '', phones: [], emails: [], total_cases: 1, created_at: '2026-03-02T09:15:00Z', ...extra };
}

const pair: DuplicatePair = {
  first: side('u1', 'Marguerite Oyelaran', { phones: ['+31 6 4444 0202'], emails: ['mo@example.nl'], organisation: 'Oyelaran Fietsen', total_cases: 3 }),
  second: side('u2', 'Marguerite Oyelaran', { phones: ['06-44440202'], total_cases: 1, created_at: '2026-03-02T09:40:00Z' }),
  reasons: ['same_name', 'same_phone'],
};
const other: DuplicatePair = {
  first: side('u3', 'Bo <b>Jansen</b>', { emails: ['bo@example.nl'] }),
  second: side('u4', 'B. Jansen', { emails: ['BO@example.nl'] }),
  reasons: ['same_email'],
};

test('pairs show side by side with the reasons in words; a merge asks first and says which record stays', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  let pairs = [pair, other];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'likely_duplicates') return pairs;
    if (cmd === 'merge_customers') {
      pairs = [other];
      return 'u1';
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findAllByTestId, getByTestId, findByRole, queryByRole, findByTestId, container } = render(DuplicatesPage);
  const shown = await findAllByTestId('duplicate-pair');
  expect(shown.length).toBe(2);
  const first = within(shown[0]!);
  const reasons = [...first.getByTestId('duplicate-reasons').querySelectorAll('.reason')].map((r) => r.textContent);
  expect(reasons, 'the reasons, in words').toEqual(['Same name', 'Same phone number']);
  expect(first.getByTestId('duplicate-first').textContent, 'the one added first is marked as the one that stays').toContain('Added first: stays if merged');
  for (const what of ['+31 6 4444 0202', 'mo@example.nl', 'Oyelaran Fietsen', '3']) {
    expect(first.getByTestId('duplicate-first').textContent, `${what} shows`).toContain(what);
  }
  expect(first.getByTestId('duplicate-second').textContent).toContain('06-44440202');
  expect(container.querySelector('.pair b'), 'names are text, never markup').toBeNull();

  await fireEvent.click(first.getByTestId('merge-pair'));
  const dialog = await findByRole('dialog');
  const said = (dialog.textContent ?? '').replace(/\s+/g, ' ');
  expect(said, 'which record stays, and why').toMatch(/Marguerite Oyelaran, added .* stays: it was added first/);
  expect(said, 'what follows it').toContain('Everything of Marguerite Oyelaran follows it');
  expect(said, 'and that it can be undone').toContain('You can undo this from the customer’s page.');
  expect(calls.some((c) => c.cmd === 'merge_customers'), 'nothing merged before confirming').toBe(false);
  await fireEvent.click(getByTestId('merge-confirm'));
  await waitFor(() => expect(queryByRole('dialog')).toBeNull());
  expect(calls.find((c) => c.cmd === 'merge_customers')?.args).toEqual({ first: 'u1', second: 'u2' });
  await waitFor(async () => expect((await findAllByTestId('duplicate-pair')).length, 'the merged pair leaves the list').toBe(1));
  await fireEvent.click(within(await findByTestId('merge-done')).getByText('Open their page'));
  expect(desk.route, 'the survivor’s page is one click away').toEqual({ name: 'customer', id: 'u1' });
});

test('“Not the same person” tells them apart for good; an empty list says what shows here', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  let pairs = [other];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'likely_duplicates') return pairs;
    if (cmd === 'dismiss_duplicate') {
      pairs = [];
      return null;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findAllByTestId, getByTestId, findByTestId } = render(DuplicatesPage);
  await findAllByTestId('duplicate-pair');
  expect(getByTestId('duplicate-reasons').textContent).toBe('Same email');
  await fireEvent.click(getByTestId('not-same'));
  expect((await findByTestId('no-duplicates')).textContent).toContain('No possible duplicates.');
  expect(calls.find((c) => c.cmd === 'dismiss_duplicate')?.args).toEqual({ first: 'u3', second: 'u4' });
});
