import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { MailboxInfo, TimelineEntry } from '../../lib/api';
import Composer from './Composer.svelte';

afterEach(() => {
  cleanup();
  clearMocks();
});

const MAILBOX: MailboxInfo = {
  shop: { address: 'shop@shop.example', desk_id: 'd1', desk_name: 'Counter', connected_at: '2026-03-01T09:00:00Z' },
  this_desk: true,
  settings: null,
  waiting: 0,
  failed: 0,
  unfiled: [],
};

const written: TimelineEntry = {
  id: 'e1',
  at: new Date().toISOString(),
  desk_id: 'd1',
  staff_id: 's1',
  staff_name: 'Olga',
  customer_id: 'u1',
  case_id: 'k1',
  case_subject: 'Brake squeal',
  payload: { kind: 'note', body: 'x' },
};

test('a reply by mail goes to the addresses typed in To, or to the customer when it is left empty', async () => {
  const sent: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === 'mailbox_info') return MAILBOX;
    if (cmd === 'reply_by_mail') {
      sent.push((args as { input: unknown }).input);
      if (sent.length === 3) {
        throw { code: 'invalid_input', key: 'x', args: {}, message: "'nope' is not a valid email address.", field: 'to' };
      }
      return written;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByTestId, findByRole } = render(Composer, { caseId: 'k1', customerName: 'Ana Costa', byMail: true });
  const to = (await findByTestId('composer-to')) as HTMLInputElement;
  const body = getByTestId('composer-body') as HTMLTextAreaElement;

  await fireEvent.input(body, { target: { value: 'Thursday suits.' } });
  await fireEvent.click(getByTestId('composer-save'));
  await waitFor(() => expect(sent).toHaveLength(1));
  expect(sent[0], 'left empty: to the customer').toEqual({ case_id: 'k1', body: 'Thursday suits.', to: [] });

  await fireEvent.input(to, { target: { value: ' mechanic@garage.example, ana@example.com ' } });
  await fireEvent.input(body, { target: { value: 'Copied to the mechanic.' } });
  await fireEvent.click(getByTestId('composer-save'));
  await waitFor(() => expect(sent).toHaveLength(2));
  expect(sent[1], 'each typed address, as typed').toEqual({
    case_id: 'k1',
    body: 'Copied to the mechanic.',
    to: ['mechanic@garage.example', 'ana@example.com'],
  });
  await waitFor(() => expect(to.value, 'the field empties once the reply is written').toBe(''));

  await fireEvent.input(to, { target: { value: 'nope' } });
  await fireEvent.input(body, { target: { value: 'Hello' } });
  await fireEvent.click(getByTestId('composer-save'));
  expect((await findByRole('alert')).textContent, 'the backend says what is wrong').toContain("'nope' is not a valid email address");
  await waitFor(() => expect(document.activeElement, 'the cursor goes to the To field').toBe(to));
});

test('what is typed is kept on the desk, comes back after a restart, and goes once the entry is saved', async () => {
  const kept: { body: string; kind: string }[] = [];
  let saved = 0;
  mockIPC((cmd, args) => {
    if (cmd === 'case_draft') return { case_id: 'k1', kind: 'note', body: 'Chain worn; quote', to: '', saved_at: '2026-03-03T08:05:00Z' };
    if (cmd === 'keep_draft') {
      const d = (args as { draft: { body: string; kind: string } }).draft;
      kept.push({ body: d.body, kind: d.kind });
      return d.body ? new Date().toISOString() : null;
    }
    if (cmd === 'add_entry') {
      saved += 1;
      return written;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByTestId, queryByTestId } = render(Composer, { caseId: 'k1', customerName: 'Ana Costa' });
  const body = getByTestId('composer-body') as HTMLTextAreaElement;
  await findByTestId('draft-restored');
  expect(body.value, 'the words typed before the window closed are back').toBe('Chain worn; quote');
  expect((getByTestId('composer-body').closest('form')?.querySelector('input[value=note]') as HTMLInputElement).checked, 'as the kind of entry it was').toBe(true);

  await fireEvent.input(body, { target: { value: 'Chain worn; quote both.' } });
  await waitFor(() => expect(kept.at(-1), 'kept a moment after the last key').toEqual({ body: 'Chain worn; quote both.', kind: 'note' }), { timeout: 2000 });

  await fireEvent.input(body, { target: { value: 'Chain worn; quote both, and the cassette.' } });
  await fireEvent.click(getByTestId('composer-save'));
  await waitFor(() => expect(saved).toBe(1));
  const before = kept.length;
  await new Promise((r) => setTimeout(r, 600));
  expect(
    kept.slice(before).every((k) => k.body === ''),
    'nothing typed before saving is kept again after it (the library dropped the draft with the save)',
  ).toBe(true);
  expect(queryByTestId('draft-restored'), 'no draft shown once saved').toBeNull();
});

test('a restored draft can be thrown away', async () => {
  const kept: string[] = [];
  mockIPC((cmd, args) => {
    if (cmd === 'case_draft') return { case_id: 'k1', kind: 'reply', body: 'Old words', to: '', saved_at: '2026-03-03T08:05:00Z' };
    if (cmd === 'keep_draft') {
      kept.push((args as { draft: { body: string } }).draft.body);
      return null;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByTestId } = render(Composer, { caseId: 'k1', customerName: 'Ana Costa' });
  await fireEvent.click(await findByTestId('draft-discard'));
  expect((getByTestId('composer-body') as HTMLTextAreaElement).value).toBe('');
  await waitFor(() => expect(kept, 'the desk is told to drop it').toContain(''));
});
