import { afterEach, beforeEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { DeskInfo, ServerDesk, SyncConfig, SyncStatus } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import SyncPage from './SyncPage.svelte';
import { ALONE, syncState } from './sync.svelte';

const info: DeskInfo = {
  desk_id: 'd1',
  db_path: '/data/casebook.db',
  schema_version: 8,
  staff: 4,
  customers: 40,
  cases: 90,
  events: 1234,
  first_run: false,
  current_staff_id: 's1',
  signed_in: false,
  passcodes: { ask: 'never', min_digits: 4, lock_minutes: 10, reports_owner_only: false },
  time_zone: 'Europe/Amsterdam',
};

const config: SyncConfig = {
  server: { host: 'db.shop.lan', port: 5432, dbname: 'casebook', tls: true },
  shop_id: 'shop1',
  shop_name: 'Costa Cycles',
  desk_id: 'd1',
  desk_name: 'Counter',
  role: 'casebook_desk_d1',
};

const MIN = 60_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const desks: ServerDesk[] = [
  { id: 'd1', name: 'Counter', invited_at: ago(60 * MIN), joined_at: ago(60 * MIN), last_seen: ago(10_000), clock_offset_ms: 0, revoked_at: null },
  { id: 'd2', name: 'Workshop', invited_at: ago(50 * MIN), joined_at: ago(49 * MIN), last_seen: ago(2 * MIN), clock_offset_ms: -(2 * 60 + 5) * MIN, revoked_at: null },
  { id: 'd3', name: 'Old laptop', invited_at: ago(40 * MIN), joined_at: ago(39 * MIN), last_seen: ago(30 * MIN), clock_offset_ms: null, revoked_at: ago(5 * MIN) },
];

beforeEach(() => {
  desk.now = Date.now();
  desk.info = { ...info };
  desk.notices = [];
});

afterEach(() => {
  clearMocks();
  syncState.set(ALONE);
  desk.info = null;
  desk.route = { name: 'queue' };
});

test('alone: it says what connecting does, moves a pasted password out of sight, and connects with it', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  let answer: (c: SyncConfig) => void = () => {};
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'sync_config') return null;
    if (cmd === 'start_shop') return new Promise<SyncConfig>((done) => (answer = done));
    if (cmd === 'shop_desks') return desks;
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, findAllByTestId, getByTestId, getByLabelText, queryByTestId } = render(SyncPage);
  await findByTestId('connect-form');
  expect(getByTestId('sync-page').textContent, 'two sentences say what connecting does').toContain('Connecting puts this desk’s history');
  expect(getByTestId('join-needs-empty').textContent, 'a desk with a history is told how a new desk joins').toContain('Only a new, empty desk');

  const url = getByLabelText('Server address') as HTMLInputElement;
  url.value = 'postgres://owner:p%40ss@127.0.0.1:5432/shop';
  await fireEvent.input(url);
  expect(url.value, 'the password leaves the address field').toBe('postgres://owner@127.0.0.1:5432/shop');
  const password = getByLabelText('Password') as HTMLInputElement;
  expect(password.type, 'and is in a password field, never shown').toBe('password');
  expect(password.value).toBe('p@ss');
  expect(getByTestId('sync-url-local').className, 'a loopback address gets the note as a warning').toContain('warn-box');
  expect(getByTestId('sync-url-local').textContent).toContain('only works for desks on this same computer');

  await fireEvent.input(getByLabelText('The shop’s name'), { target: { value: 'Costa Cycles' } });
  await fireEvent.input(getByLabelText('This desk’s name'), { target: { value: 'Counter' } });
  await fireEvent.click(getByTestId('sync-connect'));
  const progress = await findByTestId('connect-progress');
  expect(progress.textContent, 'what it is doing, and that it takes a while').toMatch(/sending this desk’s history \(1,234 changes\).*few minutes/s);
  expect((getByTestId('sync-connect') as HTMLButtonElement).disabled, 'one connect at a time').toBe(true);
  expect(calls.find((c) => c.cmd === 'start_shop')?.args, 'the password goes back in only to connect').toEqual({
    owner_url: 'postgres://owner:p%40ss@127.0.0.1:5432/shop',
    ca_pem: null,
    shop_name: 'Costa Cycles',
    desk_name: 'Counter',
  });

  answer(config);
  await findByTestId('sync-summary');
  expect(queryByTestId('connect-form'), 'connected: the form is gone').toBeNull();
  expect((await findAllByTestId('desk-row')).length, 'and the shop’s desks are listed').toBe(3);
});

test('a refused connection shows the backend’s words and keeps every field', async () => {
  mockIPC((cmd) => {
    if (cmd === 'sync_config') return null;
    if (cmd === 'start_shop') {
      throw { code: 'server_refused', message: 'The server refused the owner’s password. Check it and try again.' };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByLabelText, getByTestId } = render(SyncPage);
  await findByTestId('connect-form');
  await fireEvent.input(getByLabelText('Server address'), { target: { value: 'postgres://owner:wrong@db.shop.lan/shop' } });
  await fireEvent.input(getByLabelText('The shop’s name'), { target: { value: 'Costa Cycles' } });
  await fireEvent.input(getByLabelText('This desk’s name'), { target: { value: 'Counter' } });
  expect(getByTestId('sync-url-local').classList.contains('warn-box'), 'a network address: the note stays a hint').toBe(false);
  await fireEvent.click(getByTestId('sync-connect'));
  const error = await findByTestId('connect-error');
  expect(error.textContent, 'the message as the backend wrote it').toBe('The server refused the owner’s password. Check it and try again.');
  expect(error.getAttribute('role')).toBe('alert');
  expect((getByLabelText('Server address') as HTMLInputElement).value, 'nothing typed is lost').toBe('postgres://owner@db.shop.lan/shop');
  expect((getByLabelText('Password') as HTMLInputElement).value).toBe('wrong');
  expect((getByLabelText('The shop’s name') as HTMLInputElement).value).toBe('Costa Cycles');
  expect(getByTestId('sync-page').querySelector('[data-testid=connect-progress]'), 'no progress once it failed').toBeNull();
});

test('connected: the shop, its server, the status in words, and the desks with last seen, clocks and revoked ones', async () => {
  const calls: string[] = [];
  mockIPC((cmd) => {
    calls.push(cmd);
    if (cmd === 'sync_config') return config;
    if (cmd === 'shop_desks') return desks;
    if (cmd === 'sync_now') return null;
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const offline: SyncStatus = {
    ...ALONE,
    state: 'offline',
    since: new Date(new Date().setHours(10, 42, 0, 0)).toISOString(),
    waiting: 37,
    reason: 'connection refused',
    shop_name: 'Costa Cycles',
    server: 'db.shop.lan:5432',
    last_synced_at: new Date(desk.now - 5 * MIN).toISOString(),
    clock_offset_ms: (2 * 60 + 5) * MIN,
    clock_wrong: true,
  };
  syncState.set(offline);
  const { findAllByTestId, getByTestId } = render(SyncPage);
  const rows = await findAllByTestId('desk-row');
  const summary = getByTestId('sync-summary').textContent ?? '';
  expect(summary).toContain('Costa Cycles');
  expect(summary, 'the server').toContain('db.shop.lan:5432');
  expect(summary, 'this desk, by the server’s name for it').toContain('Counter');
  expect(getByTestId('sync-status').textContent, 'the status in words').toMatch(/^Offline since 10:42.*37 changes wait to be sent\.$/);
  expect(getByTestId('last-synced').textContent).toContain('5 min ago');
  expect(getByTestId('sync-clock').textContent).toBe(
    'This PC’s clock is 2 h 5 min ahead of the server’s. Fix the date and time in the system settings; work goes on.',
  );

  expect(rows.map((r) => r.querySelector('th')?.textContent?.trim()), 'every desk, this one marked').toEqual([
    'Counter This desk',
    'Workshop',
    'Old laptop',
  ]);
  expect(rows[1]?.textContent, 'last seen, as people say it').toContain('2 min ago');
  expect(rows[1]?.textContent, 'a clock more than five minutes off').toContain('Clock 2 h 5 min behind');
  expect(rows[2]?.textContent, 'a revoked desk says so').toContain('Revoked');
  expect(rows.map((r) => !!r.querySelector('[data-testid=revoke-desk]')), 'only other desks still in can be revoked').toEqual([false, true, false]);

  await fireEvent.click(getByTestId('sync-now'));
  await waitFor(() => expect(calls, 'Sync now asks the loop to sync at once').toContain('sync_now'));
});

test('a sync problem shows the backend’s message as a warning', async () => {
  mockIPC((cmd) => {
    if (cmd === 'sync_config') return config;
    if (cmd === 'shop_desks') throw { code: 'unavailable', message: 'The shop’s server at db.shop.lan:5432 cannot be reached.' };
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  syncState.set({ ...ALONE, state: 'problem', message: 'The owner revoked this desk. Ask for a new join code.' });
  const { findByTestId } = render(SyncPage);
  const status = await findByTestId('sync-status');
  expect(status.textContent).toBe('Sync problem. The owner revoked this desk. Ask for a new join code.');
  expect(status.getAttribute('role')).toBe('alert');
  expect((await findByTestId('desks-error')).textContent, 'the list needs the server, and says so').toContain('cannot be reached');
});

test('revoking asks first, with what it means, and Cancel takes focus', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  let list = desks;
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'sync_config') return config;
    if (cmd === 'shop_desks') return list;
    if (cmd === 'revoke_desk') {
      list = list.map((d) => (d.id === 'd2' ? { ...d, revoked_at: new Date().toISOString() } : d));
      return null;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findAllByTestId, findByRole, getByTestId, queryByRole } = render(SyncPage);
  await findAllByTestId('desk-row');
  await fireEvent.click(getByTestId('revoke-desk'));
  const dialog = await findByRole('dialog');
  expect(dialog.getAttribute('aria-label')).toBe('Revoke ‘Workshop’?');
  expect(dialog.textContent).toContain('That PC can no longer send or receive. Its work so far stays.');
  expect(document.activeElement, 'the safe choice has focus').toBe(getByTestId('revoke-cancel'));
  expect(calls.some((c) => c.cmd === 'revoke_desk'), 'nothing happens before confirming').toBe(false);
  await fireEvent.click(getByTestId('revoke-confirm'));
  await waitFor(() => expect(queryByRole('dialog')).toBeNull());
  expect(calls.find((c) => c.cmd === 'revoke_desk')?.args).toEqual({ desk_id: 'd2' });
  await waitFor(async () => expect((await findAllByTestId('desk-row'))[1]?.textContent).toContain('Revoked'));
});

test('adding a desk shows its join code once, read-only, to copy, with the warning', async () => {
  let copied = '';
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    configurable: true,
  });
  mockIPC((cmd, args) => {
    if (cmd === 'sync_config') return config;
    if (cmd === 'shop_desks') return desks;
    if (cmd === 'make_join_code') {
      if (!(args as { desk_name: string }).desk_name.trim()) {
        throw { code: 'invalid_input', field: 'desk_name', message: 'The new desk’s name is empty.' };
      }
      return { code: 'casebook1.abc.def', expires_at: '2026-12-13T18:00:00Z' };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByTestId, getByLabelText, queryByTestId, getByText } = render(SyncPage);
  const name = (await findByTestId('new-desk-name')) as HTMLInputElement;
  await fireEvent.input(name, { target: { value: 'Back office' } });
  await fireEvent.click(getByTestId('make-code'));
  const code = (await findByTestId('made-code')) as HTMLTextAreaElement;
  expect(code.value).toBe('casebook1.abc.def');
  expect(code.readOnly, 'it cannot be edited by mistake').toBe(true);
  expect(getByLabelText('Join code for Back office')).toBe(code);
  expect(getByTestId('join-code-made').textContent).toContain('Works once; keep it private.');
  expect(getByTestId('code-until').textContent, 'the date the server stops taking it is shown').toMatch(/^Works once, until .*2026/);
  await fireEvent.click(getByTestId('copy-code'));
  await waitFor(() => expect(copied).toBe('casebook1.abc.def'));
  expect(getByTestId('copy-code').textContent).toBe('Copied');
  await fireEvent.click(getByText('Done'));
  expect(queryByTestId('made-code'), 'shown once: gone when done').toBeNull();
});

test('every field on the page has a label', async () => {
  mockIPC((cmd) => {
    if (cmd === 'sync_config') return null;
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  desk.info = { ...info, events: 0 };
  const { findByTestId, getByTestId, container } = render(SyncPage);
  await findByTestId('connect-form');
  await findByTestId('join-form');
  const toggle = getByTestId('sync-ca-toggle');
  expect(toggle.getAttribute('aria-expanded'), 'the certificate authority is optional: folded away').toBe('false');
  await fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  const fields = [...container.querySelectorAll('input, textarea, select')];
  expect(fields.map((f) => f.id), 'the address, password, names, certificate (typed or picked) and join code').toEqual([
    'sync-url',
    'sync-password',
    'sync-shop',
    'sync-desk',
    'sync-ca',
    'sync-ca-file',
    'join-code',
  ]);
  for (const f of fields) {
    const label = container.querySelector(`label[for="${f.id}"]`);
    expect(label?.textContent?.trim(), `#${f.id} has a label`).toBeTruthy();
  }
});

test('a certificate authority can be picked from a .pem file and goes with the connection', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'sync_config') return null;
    if (cmd === 'start_shop') throw { code: 'unavailable', message: 'The shop’s server at db.shop.lan:5432 cannot be reached.' };
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByTestId, getByLabelText, findByText } = render(SyncPage);
  await findByTestId('connect-form');
  await fireEvent.click(getByTestId('sync-ca-toggle'));
  const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
  const file = new File([pem], 'shop-ca.pem');
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(pem) });
  const input = getByLabelText('Pick a .pem file…') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
  await findByText('Read from shop-ca.pem');
  expect((getByLabelText('Certificate authority (PEM)') as HTMLTextAreaElement).value, 'the file’s text, to check').toBe(pem);

  await fireEvent.input(getByLabelText('Server address'), { target: { value: 'postgres://owner:pw@db.shop.lan/shop' } });
  await fireEvent.input(getByLabelText('The shop’s name'), { target: { value: 'Costa Cycles' } });
  await fireEvent.input(getByLabelText('This desk’s name'), { target: { value: 'Counter' } });
  await fireEvent.click(getByTestId('sync-connect'));
  expect((await findByTestId('connect-error')).textContent, 'an unreachable server is said plainly').toContain('cannot be reached');
  expect((calls.find((c) => c.cmd === 'start_shop')?.args as { ca_pem: string }).ca_pem).toBe(pem);
});

test('events set aside are told per desk and reason, in words', async () => {
  mockIPC((cmd) => {
    if (cmd === 'sync_config') return config;
    if (cmd === 'shop_desks') return desks;
    if (cmd === 'set_aside') {
      return [
        { desk_id: 'd2', reason: 'unknown_kind', count: 4, kinds: ['feature_from_the_future'], authors: [] },
        { desk_id: 'd9', reason: 'damaged', count: 1, kinds: ['note_added'], authors: [] },
      ];
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findAllByTestId } = render(SyncPage);
  await findAllByTestId('desk-row');
  const lines = (await findAllByTestId('set-aside-line')).map((l) => l.textContent);
  expect(lines, 'the desk by its name, what to do, and a desk no longer listed said so').toEqual([
    '4 events from Workshop need a newer Casebook: update this desk.',
    '1 event from a desk no longer listed is damaged and was skipped.',
  ]);
});

test('changes a desk made as someone without the right say as whom, and that they have no effect', async () => {
  mockIPC((cmd) => {
    if (cmd === 'sync_config') return config;
    if (cmd === 'shop_desks') return desks;
    if (cmd === 'set_aside') {
      return [{ desk_id: 'd2', reason: 'not_allowed', count: 2, kinds: ['calendar_edited'], authors: ['Sam'] }];
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findAllByTestId, getByTestId } = render(SyncPage);
  await findAllByTestId('desk-row');
  const lines = (await findAllByTestId('set-aside-line')).map((l) => l.textContent);
  expect(lines, 'the desk, and as whom').toEqual([
    '2 changes from Workshop were made as Sam, who had no right to them at that point: they have no effect.',
  ]);
  const hint = getByTestId('set-aside').textContent ?? '';
  expect(hint, 'not the hint for a newer Casebook').not.toContain('once this desk can read them');
  expect(hint).toContain('the owner (or a shift lead, for hours and targets) does it again');
});

test('a desk without the owner’s access can sign in with it, and forget it again', async () => {
  let here = false;
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'sync_config') return config;
    if (cmd === 'shop_desks') return desks;
    if (cmd === 'set_aside') return [];
    if (cmd === 'owner_here') return here;
    if (cmd === 'owner_sign_in') return ((here = true), null);
    if (cmd === 'owner_sign_out') return ((here = false), null);
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getByTestId } = render(SyncPage);
  const url = (await findByTestId('owner-url')) as HTMLInputElement;
  expect(url.type, 'the address holds a password: never shown as typed').toBe('password');
  await fireEvent.input(url, { target: { value: 'postgres://owner:secret@db.shop.lan:5432/casebook' } });
  await fireEvent.click(getByTestId('owner-sign-in'));
  await findByTestId('owner-here');
  expect(calls.find((c) => c.cmd === 'owner_sign_in')?.args).toEqual({
    owner_url: 'postgres://owner:secret@db.shop.lan:5432/casebook',
  });
  await fireEvent.click(getByTestId('owner-sign-out'));
  await findByTestId('owner-sign-in-form');
  expect(calls.some((c) => c.cmd === 'owner_sign_out'), 'forgotten here on request').toBe(true);
});
