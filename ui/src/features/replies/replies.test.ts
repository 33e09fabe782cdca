import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { CaseNews, FilledReply, SavedReply, TimelineEntry } from '../../lib/api';
import Composer from '../cases/Composer.svelte';
import { fromWords, toWords } from './placeholders';

afterEach(() => {
  cleanup();
  clearMocks();
});

test('placeholders read as words in the editor and are stored as keys', () => {
  const stored = 'Hi {first_name}, case {case_ref}. {not_ours} {my_name}';
  const shown = toWords(stored);
  expect(shown, 'each known placeholder is shown in words').toBe('Hi {first name}, case {case reference}. {not_ours} {your name}');
  expect(fromWords(shown), 'and stored back as its key, the rest as typed').toBe(stored);
  expect(fromWords('{ First  Name } and {first_name}'), 'spacing and case do not matter; keys are taken too').toBe('{first_name} and {first_name}');
});

const READY: SavedReply = {
  id: 'r1',
  name: 'Bike ready',
  shop: true,
  texts: [{ language: 'en', body: 'Hi {first_name}, ready. {shop_name}' }],
  created_by_name: 'Ana',
  updated_at: '2026-03-01T09:00:00Z',
  uses: 0,
  used_by: [],
};

const FILLED: FilledReply = {
  reply_id: 'r1',
  name: 'Bike ready',
  language: 'en',
  text: 'Hi Eva, ready. [shop name]',
  gaps: [{ placeholder: 'shop_name', start: 15, end: 26 }],
};

const BEN_REPLIED: TimelineEntry = {
  id: 'e9',
  at: new Date().toISOString(),
  desk_id: 'd2',
  staff_id: 's2',
  staff_name: 'Ben',
  customer_id: 'u1',
  case_id: 'k1',
  case_subject: 'Brakes',
  payload: { kind: 'reply', body: 'Ben answered already', channel: 'email' },
};

function mock(news: CaseNews, sent: unknown[], used: unknown[]) {
  mockIPC((cmd, args) => {
    if (cmd === 'log_mark') return 7;
    if (cmd === 'case_news') return news;
    if (cmd === 'saved_replies') return { replies: [READY], total: 1, shop_name: null };
    if (cmd === 'use_saved_reply') {
      used.push((args as { input: unknown }).input);
      return FILLED;
    }
    if (cmd === 'add_entry') {
      sent.push((args as { input: unknown }).input);
      return { ...BEN_REPLIED, id: 'e10', staff_name: 'Ana', payload: { kind: 'reply', body: 'x', channel: 'email' } };
    }
    if (cmd === 'case_draft' || cmd === 'keep_draft' || cmd === 'drop_draft') return null;
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
}

test('Ctrl+K finds a saved reply and Enter puts it in, the place left to fill selected', async () => {
  const sent: unknown[] = [];
  const used: unknown[] = [];
  mock({ mark: 7, entries: [] }, sent, used);
  const { getByTestId, findByTestId } = render(Composer, { caseId: 'k1', customerName: 'Eva' });
  const body = getByTestId('composer-body') as HTMLTextAreaElement;
  body.focus();
  await fireEvent.keyDown(body, { key: 'k', ctrlKey: true });
  const search = await findByTestId('reply-picker-search');
  await findByTestId('reply-option');
  await fireEvent.keyDown(search, { key: 'Enter' });
  await waitFor(() => expect(body.value, 'the filled reply is in the answer').toBe('Hi Eva, ready. [shop name]'));
  expect(used, 'filled for this case').toEqual([{ reply_id: 'r1', case_id: 'k1' }]);
  await waitFor(() => expect(body.value.slice(body.selectionStart, body.selectionEnd), 'the gap is selected to type over').toBe('[shop name]'));
  expect(getByTestId('composer-gaps').textContent, 'and the person is told').toMatch(/One place/);
});

test('a slash at the start of a line opens saved replies; elsewhere it is a slash', async () => {
  mock({ mark: 7, entries: [] }, [], []);
  const { getByTestId, queryByTestId, findByTestId } = render(Composer, { caseId: 'k1', customerName: 'Eva' });
  const body = getByTestId('composer-body') as HTMLTextAreaElement;
  await fireEvent.input(body, { target: { value: 'and/or' } });
  body.setSelectionRange(3, 3);
  await fireEvent.keyDown(body, { key: '/' });
  expect(queryByTestId('reply-picker'), 'mid-line, a slash is typed').toBeNull();
  await fireEvent.input(body, { target: { value: 'Hello\n' } });
  body.setSelectionRange(6, 6);
  await fireEvent.keyDown(body, { key: '/' });
  await findByTestId('reply-picker');
  await fireEvent.keyDown(getByTestId('reply-picker-search'), { key: 'Escape' });
  await waitFor(() => expect(queryByTestId('reply-picker'), 'Escape closes it').toBeNull());
  expect(body.value, 'closed with nothing put in: the slash was meant to be typed').toBe('Hello\n/');
});

test('an answer written while a colleague answered is stopped and shows what came in', async () => {
  const sent: unknown[] = [];
  mock({ mark: 9, entries: [BEN_REPLIED] }, sent, []);
  const { getByTestId, findByTestId, queryByTestId } = render(Composer, { caseId: 'k1', customerName: 'Eva' });
  const body = getByTestId('composer-body') as HTMLTextAreaElement;
  await fireEvent.input(body, { target: { value: 'Your brakes are done' } });
  await new Promise((r) => setTimeout(r, 20));
  await fireEvent.click(getByTestId('composer-save'));
  const shown = await findByTestId('collision');
  expect(shown.textContent, 'who wrote, and what').toContain('Ben answered already');
  expect(sent, 'nothing was sent').toHaveLength(0);

  await fireEvent.click(getByTestId('collision-edit'));
  await waitFor(() => expect(queryByTestId('collision')).toBeNull());
  expect(body.value, 'the answer is kept to edit').toBe('Your brakes are done');

  await fireEvent.click(getByTestId('composer-save'));
  await findByTestId('collision');
  await fireEvent.click(getByTestId('collision-send'));
  await waitFor(() => expect(sent, 'sent anyway, once').toHaveLength(1));
});
