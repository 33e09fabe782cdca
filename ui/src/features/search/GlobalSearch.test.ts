import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { SearchResults } from '../../lib/api';
import GlobalSearch from './GlobalSearch.svelte';

afterEach(() => {
  cleanup();
  clearMocks();
});

const EMPTY: SearchResults = { customers: [], cases: [], entries: [], next_cursor: null };

test('a typo that finds nothing offers the nearest words, and Enter searches for the first', async () => {
  const asked: string[] = [];
  mockIPC((cmd, args) => {
    if (cmd === 'search') {
      const text = (args as { query: { text: string } }).query.text;
      asked.push(text);
      if (text === 'Kowalsky') return { ...EMPTY, other_searches: ['kowalski'] };
      if (text === 'kowalski') {
        return { ...EMPTY, customers: [{ id: 'c1', name: [{ text: 'Anna ', hit: false }, { text: 'Kowalski', hit: true }], detail: '', open_cases: 1 }] };
      }
      return EMPTY;
    }
    return [];
  });
  const { getByTestId, findByTestId } = render(GlobalSearch);
  const box = getByTestId('search-box') as HTMLInputElement;
  await fireEvent.input(box, { target: { value: 'Kowalsky' } });
  const near = await findByTestId('search-near');
  expect(near.textContent, 'the nearest name the shop knows is offered').toContain('kowalski');
  await fireEvent.keyDown(box, { key: 'Enter' });
  await waitFor(() => expect(asked.at(-1), 'Enter searches for it').toBe('kowalski'));
  expect((await findByTestId('search-customer')).textContent).toContain('Anna Kowalski');
  expect(box.value, 'the box shows what was searched').toBe('kowalski');
});

test('nothing found and nothing near says so plainly', async () => {
  mockIPC((cmd) => (cmd === 'search' ? EMPTY : []));
  const { getByTestId, findByTestId, queryByTestId } = render(GlobalSearch);
  await fireEvent.input(getByTestId('search-box'), { target: { value: 'zqxv' } });
  await findByTestId('search-empty');
  expect(queryByTestId('search-near')).toBeNull();
});
