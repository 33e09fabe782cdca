import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import OutreachPage from './OutreachPage.svelte';
import type { OutreachCandidate } from '../../lib/api';

afterEach(() => clearMocks());

function candidate(n: number, extra: Partial<OutreachCandidate> = {}): OutreachCandidate {
  return {
    customer_id: `u${n}`,
    name: `Customer ${n}`,
    organisation: n === 1 ? 'Acme' : '',
    segment: 'Retail',
    phones: [`0612 00 00 0${n}`],
    last_contact_at: new Date(Date.now() - 120 * 86_400_000).toISOString(),
    days_since_contact: 120,
    last_tried_at: null,
    last_outcome: null,
    ...extra,
  };
}

test('lists who we have not heard from, picks a call list and logs a call', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'outreach_list') {
      const { days } = args as { days: number };
      return { days, customers: [candidate(1), candidate(2, { last_tried_at: new Date().toISOString(), last_outcome: 'no_answer' })], total: 640 };
    }
    if (cmd === 'outreach_sample') {
      const { request } = args as { request: { count: number } };
      if (request.count > 2) throw { code: 'invalid', message: `You asked for ${request.count} customers, but only 2 qualify.` };
      return [candidate(2)];
    }
    if (cmd === 'log_outreach_call') {
      const { input } = args as { input: { outcome: string; note: string } };
      if (input.outcome === 'reached' && !input.note) throw { code: 'invalid', message: 'You reached the customer: write a line.' };
      return {};
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findAllByTestId, findByTestId, getByText, findByRole, getByLabelText } = render(OutreachPage);
  const rows = await findAllByTestId('outreach-row');
  expect(rows.length, 'one row per customer').toBe(2);
  expect(rows[0]?.textContent, 'days since contact').toContain('120 days');
  expect(rows[1]?.textContent, 'the last try shows').toContain('no answer');
  expect(getByText('Showing 2 of 640', { exact: false }), 'a cut list says so').toBeTruthy();
  expect(calls[0]?.args, 'the default is 90 days').toEqual({ days: 90 });

  const seed = getByLabelText('Seed') as HTMLInputElement;
  expect(seed.value, "today's date is the seed").toMatch(/^20\d{6}$/);

  await fireEvent.click(getByText('Pick'));
  expect((await findByRole('alert')).textContent, 'too many asked is explained inline').toContain('only 2');

  const count = getByLabelText('How many') as HTMLInputElement;
  await fireEvent.input(count, { target: { value: '1' } });
  await fireEvent.click(getByText('Pick'));
  const sample = await findByTestId('outreach-sample');
  expect(sample.textContent, 'the picked customer is listed').toContain('Customer 2');

  await fireEvent.click(await findByTestId('log-call'));
  const outcome = document.getElementById('call-outcome') as HTMLSelectElement;
  await fireEvent.change(outcome, { target: { value: 'reached' } });
  await fireEvent.click(getByText('Log call', { selector: 'button.primary', exact: false }));
  expect((await findByRole('alert')).textContent, 'a reached call needs a note').toContain('write a line');

  await fireEvent.input(document.getElementById('call-note')!, { target: { value: 'Happy, will visit in spring' } });
  await fireEvent.keyDown(document.getElementById('call-note')!, { key: 'Enter', ctrlKey: true });
  await waitFor(() => expect(document.getElementById('call-outcome'), 'the dialog closes').toBeNull());
  expect((await findByTestId('call-done')).textContent, 'the row is marked done').toContain('✓ Reached them');
  const logged = calls.filter((c) => c.cmd === 'log_outreach_call').at(-1)?.args as { input: unknown };
  expect(logged.input, 'the call is sent').toEqual({ customer_id: 'u2', outcome: 'reached', note: 'Happy, will visit in spring' });
});
