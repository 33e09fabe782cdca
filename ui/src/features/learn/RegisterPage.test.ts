import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import RegisterPage from './RegisterPage.svelte';
import type { Complaint, Escalation } from '../../lib/api';

afterEach(() => clearMocks());

const day = 86_400_000;
const complaint: Complaint = {
  id: 'k1',
  customer_id: 'u1',
  customer_name: 'Ana <b>Costa</b>',
  case_id: 'c1',
  case_subject: 'Brakes squeal',
  event_id: null,
  summary: 'Bike not ready on the promised day',
  status: 'open',
  opened_at: new Date(Date.now() - 3 * day).toISOString(),
  opened_by_name: 'Sam',
  closed_at: null,
  what_changed: null,
  customer_told: null,
};
const escalation: Escalation = {
  id: 'e1',
  case_id: 'c2',
  case_subject: 'Wrong part',
  customer_id: 'u2',
  customer_name: 'Bo',
  to_id: 's2',
  to_name: 'Lee',
  cause: 'Parts',
  note: 'Ordered the wrong size twice',
  status: 'open',
  opened_at: new Date(Date.now() - day).toISOString(),
  opened_by_name: 'Sam',
  closed_at: null,
  closed_by_name: null,
  what_changed: null,
};

test('open complaints close with what changed; an empty answer shows the message inline', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  let closed = false;
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'list_complaints') {
      const status = (args as { status: string }).status;
      const open = closed ? [] : [complaint];
      const done = closed
        ? [{ ...complaint, status: 'closed', closed_at: new Date().toISOString(), what_changed: 'Text the day before', customer_told: true }]
        : [];
      return { complaints: status === 'open' ? open : done, open: open.length, closed: done.length };
    }
    if (cmd === 'list_escalations') return { escalations: [escalation], open: 1, closed: 4 };
    if (cmd === 'close_complaint') {
      const input = (args as { input: { what_changed: string } }).input;
      if (!input.what_changed.trim()) throw { code: 'invalid', message: 'What we changed is required.' };
      closed = true;
      return { ...complaint, status: 'closed' };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findAllByTestId, findByTestId, getByTestId, getByText, findByRole, container } = render(RegisterPage);
  const rows = await findAllByTestId('complaint-row');
  expect(rows.length, 'one row per open complaint').toBe(1);
  expect(rows[0]?.textContent, 'customer names are text, not markup').toContain('Ana <b>Costa</b>');
  expect(container.querySelector('b'), 'no markup from data').toBeNull();
  expect(getByTestId('register-escalations').textContent, 'the escalation count shows on its toggle').toContain('Closed (4)');
  expect(getByTestId('register-complaints').textContent, 'the complaint count shows').toContain('Open (1)');

  await fireEvent.click(getByTestId('close-complaint'));
  const what = container.ownerDocument.getElementById('close-what-changed') as HTMLTextAreaElement;
  expect(what, 'the dialog asks what changed').toBeTruthy();
  await fireEvent.keyDown(what, { key: 'Enter', ctrlKey: true });
  expect((await findByRole('alert')).textContent, 'the backend message shows inline').toContain('required');

  await fireEvent.input(what, { target: { value: 'Text the day before' } });
  await fireEvent.click(container.ownerDocument.getElementById('close-customer-told')!);
  await fireEvent.keyDown(what, { key: 'Enter', ctrlKey: true });
  await waitFor(() => expect(container.ownerDocument.getElementById('close-what-changed'), 'the dialog closes').toBeNull());
  const sent = calls.filter((c) => c.cmd === 'close_complaint').at(-1)?.args as { input: unknown };
  expect(sent.input, 'what changed and whether the customer was told are sent').toEqual({
    complaint_id: 'k1',
    what_changed: 'Text the day before',
    customer_told: true,
  });
  await waitFor(() => expect(getByTestId('register-complaints').textContent, 'the list reloads').toContain('Closed (1)'));

  await fireEvent.click(within(getByTestId('register-complaints')).getByText('Closed (1)', { exact: false }));
  const done = await findByTestId('complaint-row');
  expect(done.textContent, 'a closed row shows what changed').toContain('Text the day before');
  expect(done.textContent, 'and whether the customer was told').toContain('Customer told: yes');
});

test('closing an escalation someone may not close shows why in the dialog', async () => {
  mockIPC((cmd) => {
    if (cmd === 'list_complaints') return { complaints: [], open: 0, closed: 0 };
    if (cmd === 'list_escalations') return { escalations: [escalation], open: 1, closed: 0 };
    if (cmd === 'close_escalation') throw { code: 'not_allowed', message: 'Only a shift lead or the owner can close an escalation.' };
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByText, findByRole } = render(RegisterPage);
  const row = await findByTestId('escalation-row');
  expect(row.textContent, 'the cause and who it went to').toMatch(/Parts[\s\S]*to Lee/);
  await fireEvent.click(await findByTestId('close-escalation'));
  const what = document.getElementById('close-what-changed') as HTMLTextAreaElement;
  await fireEvent.input(what, { target: { value: 'Check sizes twice' } });
  await fireEvent.click(getByText('Close escalation', { selector: 'button.primary', exact: false }));
  expect((await findByRole('alert')).textContent, 'the refusal is shown inline').toContain('Only a shift lead');
  expect(document.getElementById('close-what-changed'), 'the dialog stays open').not.toBeNull();
});
