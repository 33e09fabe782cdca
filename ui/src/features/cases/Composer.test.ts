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
