import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { api, ApiFailure, setPasscodeHandler, type DeskInfo, type Staff } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import LockScreen from './LockScreen.svelte';
import StaffPicker from './StaffPicker.svelte';
import { passcodes } from './passcodes.svelte';
import { ana, ben, cy, deskInfo, eli } from './passcodeFixtures';

let info: DeskInfo;
let staff: Staff[];
let calls: { cmd: string; args: Record<string, unknown> }[];

function shell(answer: (cmd: string, args: Record<string, unknown>) => unknown) {
  calls = [];
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    if (cmd === 'desk_info') return info;
    if (cmd === 'list_staff') return staff;
    if (cmd === 'inbox') return [];
    return answer(cmd, args);
  });
}

const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args);

beforeEach(() => {
  staff = [ana, ben, cy, eli];
  desk.staff = staff;
  desk.notices = [];
  desk.inbox = [];
});

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
  desk.info = null;
  desk.staff = [];
  desk.overlay = 'none';
});

test('a locked desk shows who was here; their passcode and Enter sign them back in', async () => {
  info = deskInfo('s1', false, 'always');
  desk.info = info;
  expect(desk.locked, 'the shop asks always and nobody signed in').toBe(true);
  shell((cmd, args) => {
    if (cmd === 'sign_in' && args.passcode === '4071') return (info = deskInfo('s1', true, 'always'));
    throw { code: 'invalid_input', field: 'passcode', key: 'error-passcode-wrong', message: 'That passcode is not right (4 more tries before the field waits).' };
  });
  const ui = render(LockScreen);
  expect(ui.getByRole('heading', { level: 1 }).textContent).toBe('Ana Costa was here');
  const field = ui.getByTestId('passcode') as HTMLInputElement;
  expect(document.activeElement, 'the passcode field has focus').toBe(field);
  expect(field.type).toBe('password');

  // Enter in the field submits its form (the browser's implicit submission;
  // jsdom has none, so the form's submit stands in for the key).
  expect(field.form?.querySelector('[type=submit]'), 'Enter has a submit button to press').toBeTruthy();
  await fireEvent.input(field, { target: { value: '1111' } });
  await fireEvent.submit(field.form!);
  await waitFor(() => expect(ui.getByTestId('passcode-error').textContent).toContain('not right'));
  expect(field.value, 'cleared after each try').toBe('');
  expect(document.activeElement).toBe(field);

  await fireEvent.input(field, { target: { value: '4071' } });
  await fireEvent.submit(field.form!);
  await waitFor(() => expect(desk.locked).toBe(false));
  expect(sent('sign_in')).toEqual([
    { staff_id: 's1', passcode: '1111' },
    { staff_id: 's1', passcode: '4071' },
  ]);
  expect(desk.notices, 'the same person carries on: no greeting').toEqual([]);
});

test('someone else signs in instead; people who left are not offered', async () => {
  info = deskInfo('s1', false, 'always');
  desk.info = info;
  shell((cmd) => {
    if (cmd === 'sign_in') return (info = deskInfo('s2', true, 'always'));
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const ui = render(LockScreen);
  await fireEvent.click(ui.getByTestId('lock-someone-else'));
  const people = ui.getAllByTestId('lock-person');
  expect(people.map((p) => p.querySelector('.name')?.textContent), 'active people only').toEqual(['Ana Costa', 'Ben Okafor', 'Cy Ruiz']);
  expect(document.activeElement, 'the list takes the keyboard').toBe(people[0]);
  await fireEvent.click(people[1]!);
  expect(ui.getByRole('heading', { level: 1 }).textContent).toBe('Sign in as Ben Okafor');
  await fireEvent.input(ui.getByTestId('passcode'), { target: { value: '8264' } });
  await fireEvent.click(ui.getByTestId('sign-in'));
  await waitFor(() => expect(desk.info?.current_staff_id).toBe('s2'));
  expect(sent('sign_in')).toEqual([{ staff_id: 's2', passcode: '8264' }]);
  expect(desk.notices.at(-1)?.text, 'a new person is greeted').toBe('Ben Okafor is at the desk.');
});

test('someone with no passcode yet chooses one, typed twice, and is signed in with it', async () => {
  info = deskInfo('s3', false, 'always');
  desk.info = info;
  shell((cmd, args) => {
    if (cmd === 'set_passcode') {
      if (args.passcode === '1234') throw { code: 'invalid_input', field: 'passcode', key: 'error-passcode-guessable', message: 'That passcode is the first anyone would try.' };
      // Cy was at the desk: choosing it signs him in.
      info = deskInfo('s3', true, 'always');
      return { ...cy, has_passcode: true };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const ui = render(LockScreen);
  expect(ui.getByRole('heading', { level: 1 }).textContent).toBe('Cy Ruiz was here');
  expect(ui.getByTestId('first-passcode-form').textContent, 'the shortest the shop allows').toContain('at least 4 digits');
  const fresh = ui.getByTestId('passcode-new') as HTMLInputElement;
  const again = ui.getByTestId('passcode-again') as HTMLInputElement;
  expect(document.activeElement).toBe(fresh);

  await fireEvent.input(fresh, { target: { value: '1234' } });
  await fireEvent.input(again, { target: { value: '1234' } });
  await fireEvent.click(ui.getByTestId('passcode-choose'));
  await waitFor(() => expect(ui.getByTestId('passcode-error').textContent).toContain('first anyone would try'));
  expect([fresh.value, again.value], 'both cleared').toEqual(['', '']);
  expect(document.activeElement, 'back in the first field').toBe(fresh);

  await fireEvent.input(fresh, { target: { value: '8264' } });
  await fireEvent.input(again, { target: { value: '8264' } });
  await fireEvent.click(ui.getByTestId('passcode-choose'));
  await waitFor(() => expect(desk.locked).toBe(false));
  expect(sent('set_passcode').at(-1)).toEqual({ staff_id: 's3', passcode: '8264' });
  expect(desk.staff.find((s) => s.id === 's3')?.has_passcode).toBe(true);
});

test('a first passcode the library will only take with an owner’s say: the owner approves, then they sign in', async () => {
  info = deskInfo('s1', false, 'always');
  desk.info = info;
  let approved = false;
  shell((cmd, args) => {
    if (cmd === 'set_passcode') {
      if (!approved) throw { code: 'passcode_needed', key: 'error-rights-sign-in', message: 'The desk is locked: Ana Costa signs in with their passcode.' };
      return { ...cy, has_passcode: true };
    }
    if (cmd === 'approve_once') return void (approved = args.passcode === '4071');
    if (cmd === 'sign_in') return (info = deskInfo('s3', true, 'always'));
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const ui = render(LockScreen);
  await fireEvent.click(ui.getByTestId('lock-someone-else'));
  await fireEvent.click(ui.getAllByTestId('lock-person')[2]!);
  await fireEvent.input(ui.getByTestId('passcode-new'), { target: { value: '8264' } });
  await fireEvent.input(ui.getByTestId('passcode-again'), { target: { value: '8264' } });
  await fireEvent.click(ui.getByTestId('passcode-choose'));
  await waitFor(() => expect(ui.getByTestId('passcode-error').textContent).toBe('An owner approves Cy Ruiz’s first passcode: pick the owner and let them type their passcode.'));
  expect(document.activeElement, 'on the owner’s passcode').toBe(ui.getByTestId('approve-code'));
  await fireEvent.input(ui.getByTestId('approve-code'), { target: { value: '4071' } });
  await fireEvent.click(ui.getByTestId('passcode-choose'));
  await waitFor(() => expect(desk.info?.current_staff_id).toBe('s3'));
  expect(calls.map((c) => c.cmd).filter((c) => c !== 'inbox')).toEqual(['set_passcode', 'approve_once', 'set_passcode', 'desk_info', 'sign_in']);
  expect(sent('sign_in')).toEqual([{ staff_id: 's3', passcode: '8264' }]);
});

test('the forgotten passcode of an owner is reset with the recovery code', async () => {
  info = deskInfo('s1', false, 'always');
  desk.info = info;
  shell((cmd) => {
    if (cmd === 'reset_with_recovery') return (info = deskInfo('s1', true, 'always'));
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const ui = render(LockScreen);
  await fireEvent.click(ui.getByTestId('passcode-forgot'));
  const code = ui.getByTestId('recovery-code') as HTMLInputElement;
  await waitFor(() => expect(document.activeElement).toBe(code));
  await fireEvent.input(code, { target: { value: ' K7QF-M2XD-9RTB-4WPA-HC3N ' } });
  await fireEvent.input(ui.getByTestId('passcode-new'), { target: { value: '592817' } });
  await fireEvent.input(ui.getByTestId('passcode-again'), { target: { value: '592817' } });
  await fireEvent.click(ui.getByTestId('recovery-submit'));
  await waitFor(() => expect(desk.locked).toBe(false));
  expect(sent('reset_with_recovery')).toEqual([{ owner_id: 's1', code: 'K7QF-M2XD-9RTB-4WPA-HC3N', passcode: '592817' }]);
});

test('switching person where the shop asks always takes their passcode instead of just picking them', async () => {
  info = deskInfo('s1', true, 'always');
  desk.info = info;
  desk.overlay = 'staff-picker';
  shell((cmd) => {
    if (cmd === 'sign_in') return (info = deskInfo('s2', true, 'always'));
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const ui = render(StaffPicker);
  await fireEvent.keyDown(window, { key: '2' });
  expect(ui.getByRole('heading', { level: 2 }).textContent).toBe('Sign in as Ben Okafor');
  const field = ui.getByTestId('passcode');
  expect(document.activeElement).toBe(field);
  await fireEvent.keyDown(field, { key: '1' });
  expect(ui.getByRole('heading', { level: 2 }).textContent, 'digits typed in the field pick nobody').toBe('Sign in as Ben Okafor');
  await fireEvent.input(field, { target: { value: '8264' } });
  await fireEvent.click(ui.getByTestId('sign-in'));
  await waitFor(() => expect(desk.overlay).toBe('none'));
  expect(calls.some((c) => c.cmd === 'set_current_staff'), 'never picked without the passcode').toBe(false);
  expect(sent('sign_in')).toEqual([{ staff_id: 's2', passcode: '8264' }]);
});

test('an idle desk locks after the shop’s minutes; activity keeps it open, told to the library at most once a minute', async () => {
  // Later than anything an earlier test signed in at.
  vi.useFakeTimers({ now: Date.now() + 3_600_000 });
  const flush = () => vi.advanceTimersByTimeAsync(0);
  info = deskInfo('s1', true, 'always', 5);
  desk.info = info;
  shell((cmd) => {
    if (cmd === 'keep_signed_in') return null;
    if (cmd === 'lock_desk') return (info = deskInfo('s1', false, 'always', 5));
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const t0 = Date.now();
  passcodes.active(t0);
  passcodes.active(t0 + 10_000);
  passcodes.active(t0 + 20_000);
  await flush();
  expect(sent('keep_signed_in').length, 'once for a burst of keys').toBe(1);
  await vi.advanceTimersByTimeAsync(60_000);
  expect(sent('keep_signed_in').length, 'the burst’s last activity is told when the minute is up').toBe(2);

  passcodes.checkIdle(t0 + 20_000 + 4 * 60_000);
  await flush();
  expect(sent('lock_desk'), 'four idle minutes of five: still open').toEqual([]);
  passcodes.checkIdle(t0 + 20_000 + 5 * 60_000);
  await flush();
  expect(desk.locked, 'five idle minutes lock it').toBe(true);
  expect(sent('lock_desk').length).toBe(1);
});

test('keys pressed on the lock screen never reach the page underneath', async () => {
  info = deskInfo('s1', false, 'always');
  desk.info = info;
  shell(() => null);
  const seen: string[] = [];
  const page = (e: KeyboardEvent) => seen.push(e.key);
  window.addEventListener('keydown', page);
  try {
    const ui = render(LockScreen);
    await fireEvent.click(ui.getByTestId('lock-someone-else'));
    await fireEvent.keyDown(ui.getAllByTestId('lock-person')[0]!, { key: 'h' });
    await fireEvent.keyDown(ui.getAllByTestId('lock-person')[0]!, { key: 'Escape' });
    expect(seen, 'a case page’s H, a dialog’s Escape: nothing gets through').toEqual([]);
    expect(ui.getByRole('heading', { level: 1 }).textContent, 'Escape goes back to whoever was here').toBe('Ana Costa was here');
  } finally {
    window.removeEventListener('keydown', page);
  }
});

test('work refused because the desk locked meanwhile goes on once the same person signs in, and not for anyone else', async () => {
  info = deskInfo('s1', true, 'always');
  desk.info = info;
  let added = 0;
  shell((cmd) => {
    if (cmd === 'add_staff') {
      if (!info.signed_in) throw { code: 'passcode_needed', key: 'error-rights-sign-in', message: 'The desk is locked: Ana Costa signs in with their passcode.' };
      added += 1;
      return { ...cy, id: `new${added}` };
    }
    if (cmd === 'sign_in') return (info = deskInfo(String(calls.at(-1)?.args.staff_id), true, 'always'));
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  setPasscodeHandler((f) => passcodes.ask(f));
  try {
    // Idle past the minutes while the library noticed first: the call is refused.
    info = deskInfo('s1', false, 'always');
    const saved = api.addStaff({ name: 'Cy Ruiz', role: 'staff' });
    await waitFor(() => expect(desk.locked, 'the desk shows it is locked').toBe(true));
    let ui = render(LockScreen);
    await fireEvent.input(ui.getByTestId('passcode'), { target: { value: '4071' } });
    await fireEvent.click(ui.getByTestId('sign-in'));
    expect((await saved).id, 'Ana’s work went on').toBe('new1');
    ui.unmount();

    // Locked again; Ben signs in instead: Ana's work is not recorded under his name.
    info = deskInfo('s1', false, 'always');
    const refused = api.addStaff({ name: 'Dee', role: 'staff' }).catch((e: unknown) => e);
    await waitFor(() => expect(desk.locked).toBe(true));
    ui = render(LockScreen);
    await fireEvent.click(ui.getByTestId('lock-someone-else'));
    await fireEvent.click(ui.getAllByTestId('lock-person')[1]!);
    await fireEvent.input(ui.getByTestId('passcode'), { target: { value: '8264' } });
    await fireEvent.click(ui.getByTestId('sign-in'));
    const err = await refused;
    expect(err).toBeInstanceOf(ApiFailure);
    expect((err as ApiFailure).code).toBe('passcode_needed');
    expect(added, 'made once, by Ana').toBe(1);
  } finally {
    setPasscodeHandler(null);
  }
});
