import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import type { MailSettings, MailStatus, MailTest, MailboxInfo, OutboxItem, ServerGuess } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import MailboxPage from './MailboxPage.svelte';

const NOT_CONNECTED: MailboxInfo = { shop: null, this_desk: false, settings: null, waiting: 0, failed: 0, unfiled: [] };

const settings: MailSettings = {
  address: 'shop@costacycles.example',
  username: 'shop@costacycles.example',
  imap_host: 'mail.costacycles.example',
  imap_port: 993,
  imap_security: 'tls',
  smtp_host: 'mail.costacycles.example',
  smtp_port: 465,
  smtp_security: 'tls',
  desk_name: 'Counter',
  poll_secs: 180,
  unknown_wait_secs: 600,
};

const CONNECTED_HERE: MailboxInfo = {
  shop: { address: 'shop@costacycles.example', desk_id: 'd1', desk_name: 'Counter', connected_at: '2026-03-01T09:00:00Z' },
  this_desk: true,
  settings,
  waiting: 1,
  failed: 1,
  unfiled: [
    {
      event_id: 'e9',
      at: '2026-03-02T10:00:00Z',
      from: 'MAILER-DAEMON@elsewhere.example',
      subject: 'Undeliverable: your order',
      text: 'The address does not exist.',
      noise: 'bounce',
    },
  ],
};

const status = (s: Partial<MailStatus> & Pick<MailStatus, 'state'>) =>
  ({ address: 'shop@costacycles.example', last_checked_at: null, ...s }) as MailStatus;

const outbox: OutboxItem[] = [
  {
    reply_id: 'r1',
    case_id: 'c1',
    customer_id: 'p1',
    customer_name: 'Greta Lindqvist',
    to: ['greta@example.com'],
    subject: 'Re: Chain keeps falling off [case 3f2a9c01]',
    status: 'failed',
    error: 'The outgoing mail server mail.costacycles.example refused it: 552 Mailbox full',
    written_at: '2026-03-02T09:00:00Z',
    sent_at: null,
    tries: 1,
    next_try_at: null,
  },
  {
    reply_id: 'r2',
    case_id: 'c2',
    customer_id: 'p2',
    customer_name: 'Henrik Vos',
    to: ['henrik@example.com'],
    subject: 'Re: Pump [case 0b1c2d3e]',
    status: 'waiting',
    error: 'The outgoing mail server mail.costacycles.example cannot be reached (connection refused).',
    written_at: '2026-03-02T09:05:00Z',
    sent_at: null,
    tries: 2,
    next_try_at: '2026-03-02T09:10:00Z',
  },
];

/** The backend, and its events (the page listens for how the mailbox stands). */
function backend(answer: (cmd: string, args: Record<string, unknown>) => unknown) {
  mockIPC((cmd, args) => answer(cmd, (args ?? {}) as Record<string, unknown>), { shouldMockEvents: true });
}

beforeEach(() => {
  desk.now = Date.now();
  desk.notices = [];
});

afterEach(() => {
  // The page stops listening when it is destroyed: before the mocks go.
  cleanup();
  clearMocks();
  desk.notices = [];
  desk.route = { name: 'queue' };
});

test('not connected: the address fills in the servers, Test says step by step what works, Connect saves and shows the mailbox', async () => {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  let info = NOT_CONNECTED;
  const guess: ServerGuess = {
    imap_host: 'imap.costacycles.example',
    imap_port: 993,
    imap_security: 'tls',
    smtp_host: 'smtp.costacycles.example',
    smtp_port: 465,
    smtp_security: 'tls',
    provider: null,
    note: 'Guessed from the address: check the server names with whoever runs your mail.',
  };
  const tested: MailTest = {
    ok: false,
    steps: [
      { ok: true, words: 'Incoming mail: signed in to mail.costacycles.example:993 as shop@costacycles.example.' },
      { ok: false, words: 'Outgoing mail: The outgoing mail server mail.costacycles.example did not accept the sign-in.' },
    ],
    password: null,
  };
  backend((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'mailbox_info') return info;
    if (cmd === 'mail_status') return status({ state: 'not_connected', address: null });
    if (cmd === 'mail_outbox') return [];
    if (cmd === 'guess_mail_servers') return guess;
    if (cmd === 'test_mailbox') return tested;
    if (cmd === 'connect_mailbox') {
      info = CONNECTED_HERE;
      return { ok: true, steps: tested.steps.map((s) => ({ ...s, ok: true })), password: { kept: 'password_store' } };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByLabelText, getByTestId, getByText, queryByTestId } = render(MailboxPage);
  await findByTestId('mail-address');
  expect(queryByTestId('mailbox-summary'), 'no mailbox yet: nothing to sum up').toBeNull();

  const address = getByLabelText('The shop’s address') as HTMLInputElement;
  await fireEvent.input(address, { target: { value: 'shop@costacycles.example' } });
  await fireEvent.blur(address);
  expect((await findByTestId('mail-guess')).textContent, 'a domain nobody knows is said to be a guess').toContain('Guessed from the address');
  expect(calls.find((c) => c.cmd === 'guess_mail_servers')?.args).toEqual({ address: 'shop@costacycles.example' });
  const imapHost = getByLabelText('Incoming (IMAP) server') as HTMLInputElement;
  expect(imapHost.value, 'and the servers it guessed show, to be checked').toBe('imap.costacycles.example');
  expect((getByLabelText('Port of the incoming server') as HTMLInputElement).value, 'each port is labelled for its server').toBe('993');
  expect((getByLabelText('Encryption of outgoing mail') as HTMLSelectElement).value).toBe('tls');

  await fireEvent.input(imapHost, { target: { value: 'mail.costacycles.example' } });
  await fireEvent.input(getByLabelText('Outgoing (SMTP) server'), { target: { value: 'mail.costacycles.example' } });
  await fireEvent.input(getByLabelText(/^Password/), { target: { value: 'app-password' } });
  await fireEvent.input(getByLabelText('This desk’s name'), { target: { value: 'Counter' } });
  await fireEvent.click(getByText('Test'));
  const steps = await findByTestId('mail-test');
  const items = [...steps.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
  expect(items, 'each step in words, what works and what does not, also for a screen reader').toEqual([
    '✓ Works: Incoming mail: signed in to mail.costacycles.example:993 as shop@costacycles.example.',
    '✗ Does not work: Outgoing mail: The outgoing mail server mail.costacycles.example did not accept the sign-in.',
  ]);
  expect(calls.find((c) => c.cmd === 'test_mailbox')?.args, 'the test is given what was typed, the sign-in name being the address').toEqual({
    settings: {
      ...settings,
      ca_pem: undefined,
    },
    password: 'app-password',
  });
  expect(queryByTestId('mailbox-summary'), 'testing connects nothing').toBeNull();

  await fireEvent.click(getByTestId('mail-connect'));
  const summary = await findByTestId('mailbox-summary');
  expect(summary.textContent, 'connected: the page shows the mailbox').toContain('shop@costacycles.example');
  expect(summary.textContent).toContain("the desk 'Counter' (this desk)");
  expect(queryByTestId('mail-address'), 'and the form is gone').toBeNull();
  expect(desk.notices.map((n) => n.text), 'it says what connecting did').toContain('Connected: this desk now fetches and sends the shop’s mail.');
});

test('a failed test on Connect saves nothing and keeps what was typed', async () => {
  let connects = 0;
  backend((cmd) => {
    if (cmd === 'mailbox_info') return NOT_CONNECTED;
    if (cmd === 'mail_status') return status({ state: 'not_connected', address: null });
    if (cmd === 'mail_outbox') return [];
    if (cmd === 'guess_mail_servers') {
      return { imap_host: 'imap.gmail.com', imap_port: 993, imap_security: 'tls', smtp_host: 'smtp.gmail.com', smtp_port: 465, smtp_security: 'tls', provider: 'Gmail', note: 'Gmail needs an app password, not your usual one: make one at myaccount.google.com/apppasswords.' } satisfies ServerGuess;
    }
    if (cmd === 'connect_mailbox') {
      connects++;
      return { ok: false, steps: [{ ok: false, words: 'Incoming mail: The incoming mail server imap.gmail.com did not accept the sign-in for shop@gmail.com.' }], password: null } satisfies MailTest;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByLabelText, getByTestId, queryByTestId, queryByLabelText } = render(MailboxPage);
  const address = (await findByTestId('mail-address')) as HTMLInputElement;
  await fireEvent.input(address, { target: { value: 'shop@gmail.com' } });
  await fireEvent.blur(address);
  expect((await findByTestId('mail-guess')).textContent, 'a known provider is named, with what it needs').toBe(
    'Gmail: Gmail needs an app password, not your usual one: make one at myaccount.google.com/apppasswords.',
  );
  expect(queryByLabelText('Incoming (IMAP) server'), 'a known provider’s servers stay folded away').toBeNull();
  await fireEvent.input(getByLabelText(/^Password/), { target: { value: 'my usual password' } });
  await fireEvent.input(getByLabelText('This desk’s name'), { target: { value: 'Counter' } });
  await fireEvent.click(getByTestId('mail-connect'));
  const steps = await findByTestId('mail-test');
  expect(steps.textContent, 'why not, in words').toContain('did not accept the sign-in');
  expect(connects).toBe(1);
  expect(queryByTestId('mailbox-summary'), 'not connected').toBeNull();
  expect((getByLabelText(/^Password/) as HTMLInputElement).value, 'the password stays to be corrected').toBe('my usual password');
  expect(address.value).toBe('shop@gmail.com');
});

test('connected here: the state in words as it changes, Check now, the replies not sent with Try again, and mail that belongs to nobody', async () => {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  backend((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === 'mailbox_info') return CONNECTED_HERE;
      if (cmd === 'mail_status') return status({ state: 'connected', idle: true, last_checked_at: new Date(Date.now() - 60_000).toISOString() });
      if (cmd === 'mail_outbox') return outbox;
      if (cmd === 'check_mail_now' || cmd === 'retry_mail_reply') return null;
      throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByTestId, getAllByText, getByText, queryByTestId } = render(MailboxPage);
  const state = await findByTestId('mail-status');
  expect(state.textContent).toBe('Connected: new mail shows within seconds of arriving.');
  expect(state.getAttribute('role')).toBe('status');
  expect(getByTestId('mail-counts').textContent).toBe('1 waiting · 1 failed');
  expect(getByTestId('mailbox-summary').textContent, 'where the mail is fetched from').toContain('mail.costacycles.example:993');
  expect(queryByTestId('mail-address'), 'the mail desk is not offered the form again').toBeNull();

  await fireEvent.click(getByTestId('mail-check-now'));
  await waitFor(() => expect(calls.some((c) => c.cmd === 'check_mail_now'), 'Check now asks the mail desk to look').toBe(true));
  expect(desk.notices.map((n) => n.text)).toContain('Looking for new mail and sending what waits.');

  // The loop tells the page as it goes: the server went away.
  await emit('casebook://mail', status({ state: 'offline', since: new Date().toISOString(), reason: 'The incoming mail server mail.costacycles.example cannot be reached.' }));
  await waitFor(() => expect(getByTestId('mail-status').getAttribute('role'), 'offline is said as an alert').toBe('alert'));
  expect(getByTestId('mail-status').textContent).toBe(
    'Offline: The incoming mail server mail.costacycles.example cannot be reached. Casebook tries again by itself; replies wait in the outbox meanwhile.',
  );

  const rows = [...getByTestId('mail-outbox').querySelectorAll('li')].map((li) => li.textContent ?? '');
  expect(rows.length).toBe(2);
  expect(rows[0], 'a failed reply says why, in the server’s words').toContain('Not sent: The outgoing mail server mail.costacycles.example refused it: 552 Mailbox full');
  expect(rows[1], 'a waiting one says it is tried again by itself').toContain('it is tried again by itself');
  expect(getAllByText('Try again').length, 'only the failed one can be tried again by hand').toBe(1);
  await fireEvent.click(getByText('Try again'));
  await waitFor(() => expect(calls.find((c) => c.cmd === 'retry_mail_reply')?.args).toEqual({ reply_id: 'r1' }));

  await fireEvent.click(getByText('Re: Pump [case 0b1c2d3e]'));
  expect(desk.route, 'a reply opens its case').toEqual({ name: 'case', id: 'c2' });

  const unfiled = getByTestId('mail-unfiled');
  expect(unfiled.textContent, 'mail that belongs to nobody is listed, with its sender').toContain('MAILER-DAEMON@elsewhere.example');
  expect(unfiled.textContent).toContain('Undeliverable: your order');
});

test('on another desk: says which desk handles the mail, with no Check now and no form', async () => {
  backend((cmd) => {
    if (cmd === 'mailbox_info') return { ...CONNECTED_HERE, this_desk: false, settings: null, unfiled: [] };
    if (cmd === 'mail_status') return status({ state: 'other_desk', desk_name: 'Counter' });
    if (cmd === 'mail_outbox') return [];
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByTestId, queryByTestId } = render(MailboxPage);
  expect((await findByTestId('mail-status')).textContent).toBe(
    "Mail is handled by the desk 'Counter': it fetches new mail and sends the replies written on every desk.",
  );
  expect(getByTestId('mailbox-summary').textContent).not.toContain('(this desk)');
  expect(queryByTestId('mail-check-now'), 'only the mail desk checks').toBeNull();
  expect(queryByTestId('mail-address'), 'and the mailbox is not connected a second time').toBeNull();
  expect(queryByTestId('mail-unfiled')).toBeNull();
});

test('disconnecting asks first, then says so', async () => {
  let info = CONNECTED_HERE;
  let disconnected = 0;
  backend((cmd) => {
    if (cmd === 'mailbox_info') return info;
    if (cmd === 'mail_status') return info.shop ? status({ state: 'connected', idle: false }) : status({ state: 'not_connected', address: null });
    if (cmd === 'mail_outbox') return [];
    if (cmd === 'disconnect_mailbox') {
      disconnected++;
      info = NOT_CONNECTED;
      return null;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByTestId, getByText, queryByTestId } = render(MailboxPage);
  expect((await findByTestId('mail-status')).textContent, 'without IDLE it says how often it looks').toBe(
    'Connected: Casebook looks for new mail every few minutes, and when you press Check now.',
  );
  await fireEvent.click(getByTestId('mail-disconnect'));
  expect(disconnected, 'nothing happens before the owner confirms').toBe(0);
  expect(getByText(/The mail already here stays/)).toBeTruthy();
  await fireEvent.click(getByText('Keep it'));
  expect(queryByTestId('mail-disconnect-yes'), 'Keep it takes the question back').toBeNull();
  await fireEvent.click(getByTestId('mail-disconnect'));
  await fireEvent.click(getByTestId('mail-disconnect-yes'));
  await findByTestId('mail-address');
  expect(disconnected).toBe(1);
  expect(queryByTestId('mailbox-summary'), 'the mailbox is gone from the page').toBeNull();
  expect(desk.notices.map((n) => n.text)).toContain('The shop’s mailbox is disconnected.');
});
