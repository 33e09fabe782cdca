import { afterEach, beforeEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { DeskInfo, Staff } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import StaffPage from './StaffPage.svelte';
import PasscodeDialog from './PasscodeDialog.svelte';
import { ana, ben, cy, deskInfo } from './passcodeFixtures';

let info: DeskInfo;
let staff: Staff[];
let calls: { cmd: string; args: Record<string, unknown> }[];
/** Wrong passcodes at this desk, as the shell keeps them. */
let wrongTries: unknown[];

function shell(answer: (cmd: string, args: Record<string, unknown>) => unknown) {
  calls = [];
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    if (cmd === 'desk_info') return info;
    if (cmd === 'list_staff') return staff;
    if (cmd === 'sign_in_tries') return wrongTries;
    return answer(cmd, args);
  });
}

const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args);

beforeEach(() => {
  desk.notices = [];
  wrongTries = [];
});

afterEach(() => {
  clearMocks();
  desk.info = null;
  desk.staff = [];
  desk.overlay = 'none';
});

test('the owner turns passcodes on: her own passcode first, then the recovery code, shown once', async () => {
  staff = [{ ...ana, has_passcode: false }, ben];
  desk.staff = staff;
  info = deskInfo('s1', false, 'never');
  desk.info = info;
  shell((cmd, args) => {
    if (cmd === 'set_passcode') {
      staff = [{ ...ana, has_passcode: true }, ben];
      return staff[0];
    }
    if (cmd === 'edit_passcode_rule') {
      info = deskInfo('s1', true, 'always', 15);
      return (args.edit as { ask?: string }).ask ? 'K7QF-M2XD-9RTB-4WPA-HC3N' : null;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const ui = render(StaffPage);
  const save = ui.getByTestId('rule-save') as HTMLButtonElement;
  expect(save.disabled, 'nothing changed yet').toBe(true);
  expect(ui.queryByTestId('rule-own'), 'no passcode is needed to keep them off').toBeNull();

  await fireEvent.click(ui.getByTestId('rule-ask-always'));
  expect((ui.getByTestId('rule-lock') as HTMLInputElement).disabled, 'idle minutes mean something now').toBe(false);
  await fireEvent.input(ui.getByTestId('rule-lock'), { target: { value: '15' } });
  expect(ui.getByTestId('rule-own').textContent, 'she could lock herself out: her own passcode first').toContain('First choose your own passcode');
  await fireEvent.input(ui.getByTestId('rule-own-new'), { target: { value: '4071' } });
  await fireEvent.input(ui.getByTestId('rule-own-again'), { target: { value: '4071' } });
  await fireEvent.click(save);

  const shown = await ui.findByTestId('recovery-shown');
  expect(ui.getByTestId('recovery-shown-code').textContent).toBe('K7QF-M2XD-9RTB-4WPA-HC3N');
  expect(shown.textContent).toContain('Write this down and keep it somewhere safe; Casebook keeps no copy.');
  expect(sent('set_passcode'), 'her passcode, then the rule').toEqual([{ staff_id: 's1', passcode: '4071' }]);
  expect(sent('edit_passcode_rule'), 'only what she changed').toEqual([{ edit: { ask: 'always', lock_minutes: 15 } }]);
  expect(calls.findIndex((c) => c.cmd === 'set_passcode')).toBeLessThan(calls.findIndex((c) => c.cmd === 'edit_passcode_rule'));

  await fireEvent.click(ui.getByTestId('recovery-shown-done'));
  await waitFor(() => expect(ui.queryByTestId('recovery-shown')).toBeNull());
  expect(document.body.textContent, 'never shown again').not.toContain('K7QF-M2XD');
  expect(ui.queryByTestId('rule-own'), 'she has one now').toBeNull();
  expect(ui.getByTestId('recovery-renew'), 'a new code can be made while passcodes are on').toBeTruthy();
});

test('the owner sets a colleague’s role and passcode, takes one off, and sees the wrong tries at this desk', async () => {
  staff = [ana, ben, cy];
  desk.staff = staff;
  info = deskInfo('s1', true, 'owner_tools');
  desk.info = info;
  // Ben typed five wrong passcodes a minute ago; the field waits 30 s more.
  const now = Date.now();
  wrongTries = [{ staff_id: 's2', name: 'Ben Okafor', failures: 5, last_at: now - 60_000, wait_until: now + 30_000 }];
  shell((cmd, args) => {
    if (cmd === 'set_staff_role') return { ...ben, role: args.role };
    if (cmd === 'set_passcode') return { ...cy, has_passcode: true };
    if (cmd === 'clear_passcode') return { ...ben, has_passcode: false };
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const ui = render(StaffPage);

  const roles = ui.getAllByTestId('staff-role') as HTMLSelectElement[];
  expect(roles[1]?.getAttribute('aria-label')).toBe('Role of Ben Okafor');
  await fireEvent.change(roles[1]!, { target: { value: 'lead' } });
  await waitFor(() => expect(sent('set_staff_role')).toEqual([{ staff_id: 's2', role: 'lead' }]));

  const rows = ui.getByTestId('people-passcodes').querySelectorAll('tbody tr');
  expect([...rows].map((r) => r.querySelector('td:nth-child(2)')?.textContent)).toEqual(['Set', 'Set', 'None yet']);
  await fireEvent.click(ui.getAllByTestId('passcode-set')[2]!);
  await fireEvent.input(ui.getByTestId('passcode-new'), { target: { value: '8264' } });
  await fireEvent.input(ui.getByTestId('passcode-again'), { target: { value: '8264' } });
  await fireEvent.click(ui.getByTestId('set-passcode-save'));
  await waitFor(() => expect(sent('set_passcode')).toEqual([{ staff_id: 's3', passcode: '8264' }]));
  await waitFor(() => expect(desk.notices.at(-1)?.text).toBe('Cy Ruiz’s passcode is set.'));

  await fireEvent.click(ui.getAllByTestId('passcode-clear')[0]!);
  await waitFor(() => expect(sent('clear_passcode')).toEqual([{ staff_id: 's2' }]));

  const tries = await ui.findByTestId('sign-in-tries');
  await waitFor(() => expect(tries.querySelector('tbody td')?.textContent).toBe('Ben Okafor'));
  expect(tries.querySelector('tbody td:nth-child(2)')?.textContent).toBe('5');
});

test('someone who is not an owner sees only their own passcode', async () => {
  staff = [ana, ben];
  desk.staff = staff;
  info = deskInfo('s2', false, 'owner_tools');
  desk.info = info;
  shell((cmd) => {
    if (cmd === 'sign_in') return (info = deskInfo('s2', true, 'owner_tools'));
    if (cmd === 'set_passcode') return ben;
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const ui = render(StaffPage);
  expect(ui.queryByTestId('passcode-rule')).toBeNull();
  expect(ui.queryByTestId('people-passcodes')).toBeNull();
  expect(ui.queryByTestId('sign-in-tries')).toBeNull();
  expect(ui.queryAllByTestId('staff-role'), 'roles are the owner’s to change').toEqual([]);
  await fireEvent.click(ui.getByTestId('my-passcode-change'));
  // His passcode now proves it is him; then the new one, twice.
  await fireEvent.input(ui.getByTestId('passcode-current'), { target: { value: '8264' } });
  await fireEvent.input(ui.getByTestId('passcode-new'), { target: { value: '5190' } });
  await fireEvent.input(ui.getByTestId('passcode-again'), { target: { value: '5190' } });
  await fireEvent.click(ui.getByTestId('set-passcode-save'));
  await waitFor(() => expect(sent('set_passcode')).toEqual([{ staff_id: 's2', passcode: '5190' }]));
  expect(sent('sign_in')).toEqual([{ staff_id: 's2', passcode: '8264' }]);
  expect(desk.notices.at(-1)?.text).toBe('Your passcode is set.');
});

test('setting a colleague’s passcode is an owner’s tool: an owner who has not proved it yet types hers first', async () => {
  staff = [ana, ben, cy];
  desk.staff = staff;
  info = deskInfo('s1', false, 'owner_tools');
  desk.info = info;
  shell((cmd) => {
    if (cmd === 'set_passcode') {
      if (!info.signed_in) throw { code: 'passcode_needed', key: 'error-rights-passcode-needed', message: 'To change passcodes, Ana Costa types their passcode first.' };
      return { ...cy, has_passcode: true };
    }
    if (cmd === 'sign_in') return (info = deskInfo('s1', true, 'owner_tools'));
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const ui = render(StaffPage);
  const asked = render(PasscodeDialog);
  await fireEvent.click(ui.getAllByTestId('passcode-set')[2]!);
  await fireEvent.input(ui.getByTestId('passcode-new'), { target: { value: '8264' } });
  await fireEvent.input(ui.getByTestId('passcode-again'), { target: { value: '8264' } });
  await fireEvent.click(ui.getByTestId('set-passcode-save'));
  const dialog = await asked.findByTestId('passcode-dialog');
  expect(dialog.dataset.step).toBe('own');
  await fireEvent.input(asked.getByTestId('passcode'), { target: { value: '4071' } });
  await fireEvent.click(asked.getByTestId('sign-in'));
  await waitFor(() => expect(sent('set_passcode').length, 'made again once she proved it').toBe(2));
  expect(sent('set_passcode')[1]).toEqual({ staff_id: 's3', passcode: '8264' });
  await waitFor(() => expect(desk.notices.at(-1)?.text).toBe('Cy Ruiz’s passcode is set.'));
});
