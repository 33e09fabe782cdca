import { afterEach, expect, test, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { firstQueuePage, prefetchQueue } from './firstPage';

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

function countQueueCalls(): { calls: number } {
  const seen = { calls: 0 };
  mockIPC((cmd) => {
    if (cmd === 'queue') {
      seen.calls += 1;
      return { cases: [], total: seen.calls, next_cursor: null };
    }
    return null;
  });
  return seen;
}

test('the page asked for at start is the one the queue first shows, and it is used once', async () => {
  const seen = countQueueCalls();
  prefetchQueue();
  prefetchQueue();
  expect(seen.calls, 'asking twice at start fetches the page once').toBe(1);
  expect((await firstQueuePage()).total, 'the queue takes the page already on its way').toBe(1);
  expect(seen.calls, 'taking the prefetched page asks for nothing more').toBe(1);
  expect((await firstQueuePage()).total, 'a second take fetches afresh, never an old page again').toBe(2);
});

test('a page asked for at start but taken much later is fetched again', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  const seen = countQueueCalls();
  prefetchQueue();
  vi.setSystemTime(Date.now() + 10_000);
  expect((await firstQueuePage()).total, 'work may have come in since: the queue shows a fresh page').toBe(2);
  expect(seen.calls).toBe(2);
});
