import { afterEach, expect, test, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { publish } from '../../lib/state/changes';
import { answeredQueuePage, firstQueuePage, prefetchQueue } from './firstPage';

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

test('a write before the queue takes the page makes it fetch afresh', async () => {
  const seen = countQueueCalls();
  prefetchQueue();
  publish({ everything: true });
  expect((await firstQueuePage()).total, 'the demo shop loaded on the first-run screen shows in the queue').toBe(2);
  expect(seen.calls).toBe(2);
});

test('a change that is not about cases keeps the page asked for at start', async () => {
  const seen = countQueueCalls();
  prefetchQueue();
  publish({ staff: true });
  expect((await firstQueuePage()).total, 'a staff change does not move the queue').toBe(1);
  expect(seen.calls).toBe(1);
});

test('a page answered before the queue is drawn is handed over at once, once', async () => {
  const seen = countQueueCalls();
  prefetchQueue();
  expect(answeredQueuePage(), 'nothing to hand over before the answer comes').toBeNull();
  await firstQueuePage();
  prefetchQueue();
  await new Promise((r) => setTimeout(r, 0));
  const page = answeredQueuePage();
  expect(page?.total, 'the answered page is there for the first frame').toBe(2);
  expect(answeredQueuePage(), 'and only once').toBeNull();
  expect(seen.calls).toBe(2);
});
