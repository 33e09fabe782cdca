import { afterEach, expect, test } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { api, ApiFailure, setPasscodeHandler } from './index';

afterEach(() => {
  clearMocks();
  setPasscodeHandler(null);
});

const NEEDED = { code: 'passcode_needed', key: 'error-rights-passcode-needed', args: {}, message: 'To add staff, Ana types their passcode first.' };

/** A shell that refuses `refusals` times with `error`, then answers. */
function refusing(error: object, refusals: number, answer: unknown = { id: 's9', name: 'Cy' }) {
  const calls: string[] = [];
  mockIPC((cmd) => {
    calls.push(cmd);
    if (calls.length <= refusals) throw error;
    return answer;
  });
  return calls;
}

test('a call refused for want of a passcode asks once and, given, is made again', async () => {
  const calls = refusing(NEEDED, 1);
  const asked: ApiFailure[] = [];
  setPasscodeHandler(async (failure) => {
    asked.push(failure);
    return true;
  });
  const staff = await api.addStaff({ name: 'Cy', role: 'staff' });
  expect(staff, 'the second try’s answer is the call’s answer').toEqual({ id: 's9', name: 'Cy' });
  expect(calls, 'the same command, twice').toEqual(['add_staff', 'add_staff']);
  expect(asked.map((f) => f.code), 'the handler saw the refusal with its code').toEqual(['passcode_needed']);
});

test('given up at the passcode, the call is not made again and the refusal is what fails', async () => {
  const calls = refusing(NEEDED, 1);
  setPasscodeHandler(async () => false);
  const err = await api.addStaff({ name: 'Cy', role: 'staff' }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ApiFailure);
  expect((err as ApiFailure).code).toBe('passcode_needed');
  expect((err as ApiFailure).message, 'the library’s words, for the form').toBe(NEEDED.message);
  expect(calls, 'made once only').toEqual(['add_staff']);
});

test('never loops: refused again after the passcode, the second refusal is shown as it is', async () => {
  const calls = refusing(NEEDED, 5);
  let asked = 0;
  setPasscodeHandler(async () => {
    asked += 1;
    return true;
  });
  const err = await api.addStaff({ name: 'Cy', role: 'staff' }).catch((e: unknown) => e);
  expect((err as ApiFailure).code).toBe('passcode_needed');
  expect(asked, 'asked once').toBe(1);
  expect(calls, 'tried twice, no more').toEqual(['add_staff', 'add_staff']);
});

test('a handler that fails counts as giving up', async () => {
  const calls = refusing(NEEDED, 1);
  setPasscodeHandler(async () => {
    throw new Error('the dialog broke');
  });
  const err = await api.addStaff({ name: 'Cy', role: 'staff' }).catch((e: unknown) => e);
  expect((err as ApiFailure).code).toBe('passcode_needed');
  expect(calls).toEqual(['add_staff']);
});

test('an owner’s tool refused to someone else asks too (an owner may approve it once); other refusals do not', async () => {
  const ownerOnly = { code: 'not_allowed', key: 'error-rights-owner-only', args: {}, message: 'Ben cannot add staff: only an owner can.' };
  const calls = refusing(ownerOnly, 1);
  let asked = 0;
  setPasscodeHandler(async () => {
    asked += 1;
    return true;
  });
  await api.addStaff({ name: 'Cy', role: 'staff' });
  expect(calls, 'approved, made again').toEqual(['add_staff', 'add_staff']);

  const policy = { code: 'not_allowed', key: 'error-staff-cannot-ask-shift-lead-owner', args: {}, message: 'Ask a shift lead.' };
  const again = refusing(policy, 1);
  const err = await api.addStaff({ name: 'Cy', role: 'staff' }).catch((e: unknown) => e);
  expect((err as ApiFailure).key, 'no passcode cures a missing role').toBe('error-staff-cannot-ask-shift-lead-owner');
  expect(again).toEqual(['add_staff']);
  expect(asked, 'only the owner’s tool asked').toBe(1);
});

test('the passcode steps themselves never ask: their refusals are their form’s to show', async () => {
  let asked = 0;
  setPasscodeHandler(async () => {
    asked += 1;
    return true;
  });
  for (const step of [
    () => api.signIn('s1', '0000'),
    () => api.approveOnce('s1', '0000'),
    () => api.setPasscode('s1', '0000'),
    () => api.resetWithRecovery('s1', 'CODE', '0000'),
    () => api.lockDesk(),
    () => api.keepSignedIn(),
    () => api.setCurrentStaff('s2'),
  ]) {
    refusing(NEEDED, 1);
    const err = await step().catch((e: unknown) => e);
    expect((err as ApiFailure).code).toBe('passcode_needed');
  }
  expect(asked).toBe(0);
});

test('the new code is known: it is not mistaken for an internal error', async () => {
  refusing(NEEDED, 1);
  const err = await api.addStaff({ name: 'Cy', role: 'staff' }).catch((e: unknown) => e);
  expect((err as ApiFailure).code, 'no handler registered: the refusal as it is').toBe('passcode_needed');
});
