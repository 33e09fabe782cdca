import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { CaseSummary } from '../../lib/api';
import { publish } from '../../lib/state/changes';
import CasePage from './CasePage.svelte';
import { detail, summary } from './fixtures';

afterEach(() => clearMocks());

type Invoke = (cmd: string, args: unknown, options?: { headers?: Record<string, string> }) => Promise<unknown>;

/** The case page over a backend that renames as the library does (an empty subject refused, naming its field). */
function page() {
  const calls: string[] = [];
  const renames: { case_id: string; subject: string }[] = [];
  const requests: Record<string, string | undefined> = {};
  let current: CaseSummary = { ...summary };
  mockIPC((cmd, args) => {
    calls.push(cmd);
    if (cmd === 'get_case') return { ...detail, case: current };
    if (cmd === 'customer_timeline') return { entries: [], next_cursor: null };
    if (cmd === 'entry_attachments') return [];
    if (cmd === 'rename_case') {
      const input = args as { case_id: string; subject: string };
      renames.push(input);
      if (!input.subject.trim()) throw { code: 'invalid_input', message: 'Subject is empty. Type it in before saving.', field: 'subject' };
      current = { ...current, subject: input.subject.trim() };
      return current;
    }
    if (cmd === 'set_presence') return null;
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: Invoke } }).__TAURI_INTERNALS__;
  const real = internals.invoke;
  internals.invoke = (cmd, args, options) => {
    requests[cmd] = options?.headers?.['casebook-request'];
    return real(cmd, args, options);
  };
  return { calls, renames, requests, view: render(CasePage, { caseId: 'k1' }) };
}

test('F2 renames the case in place: Enter saves, the page shows it at once, and its own change fetches nothing', async () => {
  const { calls, renames, requests, view } = page();
  const { findByTestId, getByTestId, queryByTestId } = view;
  expect((await findByTestId('case-subject')).textContent).toBe('Brake squeal');

  await fireEvent.keyDown(window, { key: 'F2' });
  const field = (await findByTestId('case-subject-input')) as HTMLInputElement;
  expect(document.activeElement, 'the field takes the focus').toBe(field);
  expect(field.value, 'with the subject it has, to mend').toBe('Brake squeal');

  await fireEvent.input(field, { target: { value: 'Brake squeal, front wheel' } });
  await fireEvent.submit(getByTestId('case-rename-form'));
  await waitFor(() => expect(getByTestId('case-subject').textContent, 'the new subject shows at once').toBe('Brake squeal, front wheel'));
  expect(renames, 'one rename, of this case').toEqual([{ case_id: 'k1', subject: 'Brake squeal, front wheel' }]);
  expect(queryByTestId('case-subject-input'), 'the field is gone').toBeNull();
  await waitFor(() => expect(document.activeElement, 'focus is back on the Rename button').toBe(getByTestId('case-rename')));

  const reads = calls.filter((c) => c === 'get_case').length;
  publish({ cases: ['k1'], customers: ['u1'], kinds: ['case_renamed'], staff: false, settings: false, everything: false, request: requests.rename_case });
  await new Promise((done) => setTimeout(done, 300));
  expect(calls.filter((c) => c === 'get_case').length, 'the write’s own change is already on the page').toBe(reads);
});

test('Escape leaves the subject as it was; an empty one is refused on the field and nothing changes', async () => {
  const { renames, view } = page();
  const { findByTestId, getByTestId, queryByTestId } = view;
  await fireEvent.click(await findByTestId('case-rename'));
  const field = (await findByTestId('case-subject-input')) as HTMLInputElement;
  await fireEvent.input(field, { target: { value: 'Something else' } });
  await fireEvent.keyDown(field, { key: 'Escape' });
  expect(queryByTestId('case-subject-input'), 'Escape closes the field').toBeNull();
  expect(getByTestId('case-subject').textContent, 'and keeps the subject').toBe('Brake squeal');
  expect(renames, 'nothing was sent').toEqual([]);

  await fireEvent.click(getByTestId('case-rename'));
  const again = (await findByTestId('case-subject-input')) as HTMLInputElement;
  await fireEvent.input(again, { target: { value: '   ' } });
  await fireEvent.submit(getByTestId('case-rename-form'));
  expect((await findByTestId('case-rename-error')).textContent, 'the library’s words, in the form').toContain('Subject is empty');
  await waitFor(() => expect(document.activeElement, 'focus on the field the message is about').toBe(again));
  expect(again.getAttribute('aria-invalid'), 'marked for a screen reader').toBe('true');
});

test('a forgotten customer’s case cannot be renamed: no button, and F2 does nothing', async () => {
  mockIPC((cmd) => {
    if (cmd === 'get_case') return { ...detail, forgotten: true };
    if (cmd === 'customer_timeline') return { entries: [], next_cursor: null };
    if (cmd === 'entry_attachments') return [];
    if (cmd === 'set_presence') return null;
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, queryByTestId } = render(CasePage, { caseId: 'k1' });
  await findByTestId('case-subject');
  expect(queryByTestId('case-rename'), 'no Rename button').toBeNull();
  await fireEvent.keyDown(window, { key: 'F2' });
  expect(queryByTestId('case-subject-input'), 'F2 opens nothing').toBeNull();
});
