import { afterEach, expect, test } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { api, ApiFailure, toFailure } from './index';

afterEach(() => clearMocks());

test('backend errors arrive as {code, message} and become ApiFailure', async () => {
  mockIPC(() => {
    throw { code: 'not_found', message: "Case 'x' was not found." };
  });
  const err = await api.getCase('x').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ApiFailure);
  expect((err as ApiFailure).code).toBe('not_found');
  expect((err as ApiFailure).message).toBe("Case 'x' was not found.");
});

test('a refusal by the shell itself (a plain string) is still a readable failure', () => {
  const f = toFailure('invalid args `input` for command `open_case`: missing field `subject`');
  expect(f.code).toBe('invalid_input');
  expect(f.message).toContain('missing field');
});

test('unknown codes and odd throws never leak through untyped', () => {
  expect(toFailure({ code: 'martian', message: 'hi' }).code).toBe('internal');
  expect(toFailure(new Error('boom')).message).toBe('boom');
  expect(toFailure(42).message).toMatch(/Something went wrong/);
});

test('commands are called by their Rust names with snake_case arguments', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return { entries: [], next_cursor: null };
  });
  await api.customerTimeline('c1', 'cursor-1', 25);
  expect(calls).toEqual([
    { cmd: 'customer_timeline', args: { customer_id: 'c1', cursor: 'cursor-1', limit: 25 } },
  ]);
});

test('the shop server’s refusals keep their codes: the page shows their message as is', () => {
  expect(toFailure({ code: 'unavailable', message: 'The shop’s server cannot be reached.' }).code).toBe('unavailable');
  const refused = toFailure({ code: 'server_refused', message: 'This join code was already used.' });
  expect(refused.code, 'a refusal is not mistaken for an internal error').toBe('server_refused');
  expect(refused.message).toBe('This join code was already used.');
});
