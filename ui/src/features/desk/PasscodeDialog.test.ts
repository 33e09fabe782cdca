import { afterEach, beforeEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { ApiFailure, type DeskInfo, type Staff } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import PasscodeDialog from './PasscodeDialog.svelte';
import { passcodes } from './passcodes.svelte';
import { ana, ben, deskInfo, dora, eli } from './passcodeFixtures';

let info: DeskInfo;
let staff: Staff[];
let calls: { cmd: string; args: unknown }[];

/** The shell: the desk as it stands, and `answer` for the passcode steps. */
function shell(answer: (cmd: string, args: Record<string, unknown>) => unknown) {
  calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'desk_info') return info;
    if (cmd === 'list_staff') return staff;
    if (cmd === 'inbox') return [];
    return answer(cmd, args as Record<string, unknown>);
  });
}

beforeEach(() => {
  staff = [ana, ben, dora, eli];
  desk.staff = staff;
  desk.notices = [];
});

afterEach(() => {
  if (passcodes.question) passcodes.done(false);
  clearMocks();
  desk.info = null;
  desk.staff = [];
  desk.overlay = 'none';
});

const needed = new ApiFailure('passcode_needed', 'To add staff, Ana Costa types their passcode first.', undefined, 'error-rights-passcode-needed');
const ownerOnly = new ApiFailure('not_allowed', 'Ben Okafor cannot add staff: only an owner can.', undefined, 'error-rights-owner-only');

test('the owner at the desk types their own passcode; a wrong one is told in the field, which is cleared and keeps focus', async () => {
  info = deskInfo('s1', false);
  desk.info = info;
  let tries = 0;
  shell((cmd) => {
    if (cmd !== 'sign_in') throw { code: 'internal', message: `unexpected ${cmd}` };
    tries += 1;
    if (tries === 1) throw { code: 'invalid_input', field: 'passcode', key: 'error-passcode-wrong', message: 'That passcode is not right (4 more tries before the field waits).' };
    info = deskInfo('s1', true);
    return info;
  });
  const ui = render(PasscodeDialog);
  const given = passcodes.ask(needed);
  const dialog = await ui.findByTestId('passcode-dialog');
  expect(dialog.dataset.step, 'an owner proves it is them').toBe('own');
  expect(ui.getByRole('dialog').getAttribute('aria-label')).toBe('Type your passcode');
  expect(dialog.textContent, 'what was refused, in the library’s words').toContain('To add staff, Ana Costa types their passcode first.');
  expect(ui.queryByTestId('approve-owner'), 'no owner to pick: it is her own').toBeNull();
  expect(ui.getByTestId('passcode-forgot'), 'an owner may have forgotten hers').toBeTruthy();

  const field = ui.getByTestId('passcode') as HTMLInputElement;
  expect(field.type, 'hidden as typed').toBe('password');
  expect(field.inputMode).toBe('numeric');
  expect(field.autocomplete).toBe('off');
  await fireEvent.input(field, { target: { value: '9999' } });
  await fireEvent.click(ui.getByTestId('sign-in'));
  await waitFor(() => expect(ui.getByTestId('passcode-error').textContent).toContain('4 more tries'));
  expect(field.value, 'cleared after the try').toBe('');
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(document.activeElement, 'focus stays in the field').toBe(field);

  await fireEvent.input(field, { target: { value: '4071' } });
  await fireEvent.click(ui.getByTestId('sign-in'));
  expect(await given, 'signed in: the refused call is made again').toBe(true);
  expect(calls.filter((c) => c.cmd === 'sign_in').map((c) => c.args)).toEqual([
    { staff_id: 's1', passcode: '9999' },
    { staff_id: 's1', passcode: '4071' },
  ]);
  expect(desk.info?.signed_in).toBe(true);
  await waitFor(() => expect(ui.queryByTestId('passcode-dialog')).toBeNull());
});

test('someone who is not an owner asks an owner, who approves once with their passcode', async () => {
  info = deskInfo('s2', false);
  desk.info = info;
  shell((cmd) => {
    if (cmd === 'approve_once') return null;
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const ui = render(PasscodeDialog);
  const given = passcodes.ask(ownerOnly);
  const dialog = await ui.findByTestId('passcode-dialog');
  expect(dialog.dataset.step, 'Ben cannot prove his way into an owner’s tool').toBe('approve');
  expect(ui.getByRole('dialog').getAttribute('aria-label')).toBe('Ask an owner');
  const owners = ui.getByTestId('approve-owner') as HTMLSelectElement;
  expect([...owners.options].map((o) => o.textContent), 'active owners who have a passcode').toEqual(['Ana Costa']);
  expect(ui.queryByTestId('passcode-forgot'), 'the recovery is for an owner at the desk').toBeNull();

  await fireEvent.input(ui.getByTestId('approve-code'), { target: { value: '4071' } });
  await fireEvent.click(ui.getByTestId('approve-submit'));
  expect(await given).toBe(true);
  expect(calls.find((c) => c.cmd === 'approve_once')?.args).toEqual({ owner_id: 's1', passcode: '4071' });
  expect(calls.some((c) => c.cmd === 'sign_in'), 'Ben stays at the desk as he was').toBe(false);
});

test('a shift lead proves it with their own passcode for shop policy, or asks an owner instead', async () => {
  const lead: Staff = { ...ben, role: 'lead' };
  staff = [ana, lead];
  desk.staff = staff;
  info = deskInfo('s2', false);
  desk.info = info;
  shell(() => null);
  const ui = render(PasscodeDialog);
  const given = passcodes.ask(new ApiFailure('passcode_needed', 'To change the opening hours, Ben Okafor types their passcode first.', undefined, 'error-rights-passcode-needed'));
  expect((await ui.findByTestId('passcode-dialog')).dataset.step, 'his own passcode is enough for policy').toBe('own');
  expect(ui.queryByTestId('passcode-forgot'), 'the recovery code is the owners’').toBeNull();
  await fireEvent.click(ui.getByTestId('ask-owner-instead'));
  await waitFor(() => expect(ui.getByTestId('passcode-dialog').dataset.step).toBe('approve'));
  await waitFor(() => expect(document.activeElement, 'the new step starts in its first field').toBe(ui.getByTestId('approve-owner')));
  await fireEvent.keyDown(window, { key: 'Escape' });
  expect(await given).toBe(false);
});

test('Escape or Cancel gives up: the refused call is not made again', async () => {
  info = deskInfo('s1', false);
  desk.info = info;
  shell(() => {
    throw { code: 'internal', message: 'nothing else is called' };
  });
  const ui = render(PasscodeDialog);
  let given = passcodes.ask(needed);
  await ui.findByTestId('passcode-dialog');
  await fireEvent.keyDown(window, { key: 'Escape' });
  expect(await given).toBe(false);

  given = passcodes.ask(needed);
  await ui.findByTestId('passcode-dialog');
  await fireEvent.click(ui.getByText('Cancel'));
  expect(await given).toBe(false);
  expect(calls.filter((c) => c.cmd !== 'desk_info' && c.cmd !== 'list_staff')).toEqual([]);
});

test('nobody can approve (no owner has a passcode): nothing is asked, the refusal stands', async () => {
  staff = [{ ...ana, has_passcode: false }, ben];
  desk.staff = staff;
  info = deskInfo('s2', false, 'never');
  desk.info = info;
  shell(() => null);
  const ui = render(PasscodeDialog);
  expect(await passcodes.ask(ownerOnly)).toBe(false);
  expect(ui.queryByTestId('passcode-dialog')).toBeNull();
});

test('an owner without a passcode yet chooses one, typed twice, and carries on', async () => {
  staff = [{ ...ana, has_passcode: false }, ben];
  desk.staff = staff;
  info = deskInfo('s1', false);
  desk.info = info;
  shell((cmd, args) => {
    if (cmd === 'set_passcode') {
      // Choosing one's own passcode at the desk signs one in.
      info = deskInfo('s1', true);
      return { ...ana, has_passcode: true, id: args.staff_id };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const ui = render(PasscodeDialog);
  const given = passcodes.ask(needed);
  expect((await ui.findByTestId('passcode-dialog')).dataset.step).toBe('first');
  await fireEvent.input(ui.getByTestId('passcode-new'), { target: { value: '4071' } });
  await fireEvent.input(ui.getByTestId('passcode-again'), { target: { value: '4017' } });
  await fireEvent.click(ui.getByTestId('passcode-choose'));
  await waitFor(() => expect(ui.getByTestId('passcode-error').textContent).toBe('The two passcodes are not the same. Type them both again.'));
  expect(calls.some((c) => c.cmd === 'set_passcode'), 'checked before anything is sent').toBe(false);
  await fireEvent.input(ui.getByTestId('passcode-new'), { target: { value: '4071' } });
  await fireEvent.input(ui.getByTestId('passcode-again'), { target: { value: '4071' } });
  await fireEvent.click(ui.getByTestId('passcode-choose'));
  expect(await given).toBe(true);
  expect(calls.find((c) => c.cmd === 'set_passcode')?.args).toEqual({ staff_id: 's1', passcode: '4071' });
  expect(calls.some((c) => c.cmd === 'sign_in'), 'already signed in by choosing it').toBe(false);
});

test('asked over a page’s dialog, Escape closes the passcode dialog only; the page’s stays, its shortcuts still aside', async () => {
  const { createRawSnippet } = await import('svelte');
  const Dialog = (await import('../../lib/components/Dialog.svelte')).default;
  info = deskInfo('s1', false);
  desk.info = info;
  shell(() => null);
  let pageClosed = 0;
  const page = render(Dialog, {
    props: {
      title: 'Erase this file',
      onclose: () => (pageClosed += 1),
      children: createRawSnippet(() => ({ render: () => '<p><input aria-label="Why" /></p>' })),
    },
  });
  const ui = render(PasscodeDialog);
  const given = passcodes.ask(needed);
  await ui.findByTestId('passcode-dialog');
  await fireEvent.keyDown(window, { key: 'Escape' });
  expect(await given).toBe(false);
  expect(pageClosed, 'the erase dialog underneath stays open').toBe(0);
  await waitFor(() => expect(ui.queryByTestId('passcode-dialog')).toBeNull());
  expect(desk.overlay, 'the page’s dialog still has the keys').toBe('dialog');
  await fireEvent.keyDown(window, { key: 'Escape' });
  expect(pageClosed, 'now Escape is the page dialog’s').toBe(1);
  page.unmount();
});
