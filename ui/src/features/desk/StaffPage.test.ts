import { afterEach, beforeEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { Staff } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import StaffPage from './StaffPage.svelte';

const staff: Staff[] = [
  { id: 's1', name: 'Ana Costa', role: 'owner', active: true, has_passcode: false },
  { id: 's2', name: 'Mia', role: 'staff', active: true, has_passcode: false },
  { id: 's3', name: 'Mia', role: 'lead', active: true, has_passcode: false },
];

beforeEach(() => {
  desk.staff = staff.map((s) => ({ ...s }));
  desk.notices = [];
});

afterEach(() => {
  clearMocks();
  desk.staff = [];
});

test('a colleague is renamed in place', async () => {
  const calls: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === 'rename_staff') {
      calls.push(args);
      return { ...staff[1], name: 'Mia Jansen' };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getAllByTestId, getByTestId } = render(StaffPage);
  await fireEvent.click(getAllByTestId('staff-rename')[1]!);
  const field = getByTestId('staff-new-name') as HTMLInputElement;
  expect(field.value, 'the field starts with the name as it is').toBe('Mia');
  await fireEvent.input(field, { target: { value: 'Mia Jansen' } });
  await fireEvent.click(getByTestId('staff-edit-save'));
  await waitFor(() => expect(calls).toEqual([{ staff_id: 's2', name: 'Mia Jansen' }]));
  expect(desk.notices.at(-1)?.text, 'the new name is confirmed').toContain('Mia Jansen');
});

test('the same person added twice is merged into the record picked, which the list offers by name and role', async () => {
  const calls: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === 'merge_staff') {
      calls.push(args);
      return staff[2];
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getAllByTestId, getByTestId } = render(StaffPage);
  await fireEvent.click(getAllByTestId('staff-merge')[1]!);
  const keep = getByTestId('staff-keep') as HTMLSelectElement;
  const options = [...keep.options].map((o) => o.textContent);
  expect(options, 'everyone but the record itself, told apart by role').toEqual(['Ana Costa · Owner', 'Mia · Shift lead']);
  await fireEvent.change(keep, { target: { value: 's3' } });
  await fireEvent.click(getByTestId('staff-edit-save'));
  await waitFor(() => expect(calls).toEqual([{ duplicate: 's2', keep: 's3' }]));
});
