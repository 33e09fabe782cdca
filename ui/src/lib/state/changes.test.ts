import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { ChangeSet } from '../api';
import { call } from '../api/call';
import {
  ChangeWatcher,
  merge,
  normalise,
  OwnWrites,
  ownWrite,
  ownWrites,
  publish,
  subscribe,
  touches,
  wrote,
  type ChangeListener,
  type ChangeSource,
} from './changes';

function change(extra: Partial<ChangeSet> = {}): ChangeSet {
  return { customers: [], cases: [], kinds: [], staff: false, settings: false, everything: false, request: null, ...extra } as ChangeSet;
}

/** A change source the test drives by hand. */
function fakeSource() {
  const listeners = new Set<ChangeListener>();
  const source: ChangeSource = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    source,
    emit: (set: ChangeSet, own = false) => listeners.forEach((l) => l(set, own)),
    get count() {
      return listeners.size;
    },
  };
}

describe('ChangeWatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const aboutCase = (set: ChangeSet) => touches(set, { cases: ['k1'] });

  test('a burst of changes becomes one refetch, with everything in it merged', async () => {
    const hub = fakeSource();
    const refetch = vi.fn();
    const watcher = new ChangeWatcher({ when: aboutCase, refetch, source: hub.source, hidden: () => false });
    hub.emit(change({ cases: ['k1'], kinds: ['reply'] }));
    await vi.advanceTimersByTimeAsync(50);
    hub.emit(change({ cases: ['k1'], kinds: ['status_changed'] }));
    hub.emit(change({ cases: ['k1', 'k2'], kinds: ['note'] }));
    expect(refetch, 'nothing is fetched while the burst goes on').not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(refetch, 'three change events, one refetch').toHaveBeenCalledTimes(1);
    expect(refetch.mock.calls[0]?.[0].kinds, 'the refetch sees every kind of the burst').toEqual(['reply', 'status_changed', 'note']);
    expect(refetch.mock.calls[0]?.[0].cases, 'and every case, once each').toEqual(['k1', 'k2']);
    watcher.stop();
  });

  test('changes that do not concern the page never refetch', async () => {
    const hub = fakeSource();
    const refetch = vi.fn();
    new ChangeWatcher({ when: aboutCase, refetch, source: hub.source, hidden: () => false });
    hub.emit(change({ cases: ['k2'], customers: ['u2'], kinds: ['reply'] }));
    hub.emit(change({ staff: true, kinds: ['staff_added'] }));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(refetch, 'another case and the staff list are not this page').not.toHaveBeenCalled();
  });

  test('a steady stream still refetches now and then, not never', async () => {
    const hub = fakeSource();
    const refetch = vi.fn();
    new ChangeWatcher({ when: aboutCase, refetch, source: hub.source, hidden: () => false, delay: 100, maxWait: 400 });
    for (let i = 0; i < 10; i++) {
      hub.emit(change({ cases: ['k1'], kinds: ['note'] }));
      await vi.advanceTimersByTimeAsync(80);
    }
    expect(refetch.mock.calls.length, 'at least once during 800 ms of changes').toBeGreaterThanOrEqual(1);
    expect(refetch.mock.calls.length, 'but far fewer times than there were changes').toBeLessThanOrEqual(3);
  });

  test('a change during a refetch gives exactly one more refetch after it', async () => {
    const hub = fakeSource();
    let finish: () => void = () => {};
    const refetch = vi.fn(() => new Promise<void>((done) => (finish = done)));
    new ChangeWatcher({ when: aboutCase, refetch, source: hub.source, hidden: () => false });
    hub.emit(change({ cases: ['k1'], kinds: ['reply'] }));
    await vi.advanceTimersByTimeAsync(200);
    expect(refetch, 'the first refetch is running').toHaveBeenCalledTimes(1);
    hub.emit(change({ cases: ['k1'], kinds: ['note'] }));
    hub.emit(change({ cases: ['k1'], kinds: ['note'] }));
    await vi.advanceTimersByTimeAsync(500);
    expect(refetch, 'no second fetch while the first runs').toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(500);
    expect(refetch, 'one more for the changes that came meanwhile (it may have read too early)').toHaveBeenCalledTimes(2);
    finish();
    await vi.advanceTimersByTimeAsync(500);
    expect(refetch, 'and then no more').toHaveBeenCalledTimes(2);
  });

  test('a change this page applied from its own write is not fetched again; anything else is', async () => {
    const hub = fakeSource();
    const refetch = vi.fn();
    new ChangeWatcher({ when: aboutCase, refetch, source: hub.source, hidden: () => false, applied: ['reply', 'note'] });
    hub.emit(change({ cases: ['k1'], kinds: ['reply'] }), true);
    await vi.advanceTimersByTimeAsync(500);
    expect(refetch, 'our own reply, already on screen').not.toHaveBeenCalled();
    hub.emit(change({ cases: ['k1'], kinds: ['reply'] }), false);
    await vi.advanceTimersByTimeAsync(500);
    expect(refetch, "another desk's reply is fetched").toHaveBeenCalledTimes(1);
    hub.emit(change({ cases: ['k1'], kinds: ['customer_message', 'status_changed'] }), true);
    await vi.advanceTimersByTimeAsync(500);
    expect(refetch, 'an own write that also reopened the case brought more than we applied').toHaveBeenCalledTimes(2);
  });

  test('nothing is fetched while the window is hidden; once when it is shown again', async () => {
    const hub = fakeSource();
    const refetch = vi.fn();
    let hidden = true;
    new ChangeWatcher({ when: () => true, refetch, source: hub.source, hidden: () => hidden });
    hub.emit(change({ cases: ['k1'], kinds: ['reply'] }));
    hub.emit(change({ cases: ['k2'], kinds: ['reply'] }));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(refetch, 'hidden: wait').not.toHaveBeenCalled();
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(refetch, 'shown: one refetch for all that happened').toHaveBeenCalledTimes(1);
  });

  test('stopping unsubscribes and drops what was pending', async () => {
    const hub = fakeSource();
    const refetch = vi.fn();
    const watcher = new ChangeWatcher({ when: () => true, refetch, source: hub.source, hidden: () => false });
    expect(hub.count, 'listening').toBe(1);
    hub.emit(change({ everything: true }));
    watcher.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refetch, 'a destroyed page fetches nothing').not.toHaveBeenCalled();
    expect(hub.count, 'and no longer listens').toBe(0);
  });
});

describe('own writes', () => {
  test('the change a write of ours answers with its request id is own, once', () => {
    const writes = new OwnWrites();
    const id = writes.start();
    expect(writes.claim(change({ cases: ['k1'], kinds: ['reply', 'status_changed'], request: id })), 'our reply, whatever kinds it wrote').toBe(true);
    expect(writes.claim(change({ cases: ['k1'], kinds: ['reply'], request: id })), 'the id is used up').toBe(false);
  });

  test('another desk’s change of the same kind on the same case is never own', () => {
    const writes = new OwnWrites();
    const id = writes.start();
    expect(writes.claim(change({ cases: ['k1'], kinds: ['reply'] })), 'no request id: another desk, the mailbox').toBe(false);
    expect(writes.claim(change({ cases: ['k1'], kinds: ['reply'], request: 'zz-9' })), 'an id this window never gave').toBe(false);
    expect(writes.claim(change({ everything: true, kinds: ['reply'], request: id })), 'everything changed: fetch it all').toBe(false);
    expect(writes.size, 'our write is still waiting for its own change').toBe(1);
  });

  test('ids are forgotten after a while, and a failed write withdraws its own', async () => {
    let now = 0;
    const writes = new OwnWrites(1_000, () => now);
    const id = writes.start();
    now = 2_000;
    expect(writes.claim(change({ cases: ['k1'], kinds: ['note'], request: id })), 'forgotten').toBe(false);
    await expect(
      ownWrite(() => Promise.reject(new Error('refused')), writes),
      'the failure still reaches the caller',
    ).rejects.toThrow('refused');
    expect(writes.size, 'nothing left expected after a failed write').toBe(0);
  });

  test('the calls a write makes carry its id to the shell, and its change comes back own', async () => {
    const writes = new OwnWrites();
    const headers: (string | undefined)[] = [];
    mockIPC(() => null);
    type Invoke = (cmd: string, args: unknown, options?: { headers?: Record<string, string> }) => Promise<unknown>;
    const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: Invoke } }).__TAURI_INTERNALS__;
    const real = internals.invoke;
    internals.invoke = (cmd, args, options) => {
      headers.push(options?.headers?.['casebook-request']);
      return real(cmd, args, options);
    };
    try {
      await ownWrite(() => call('add_entry', {}), writes);
      await call('list_staff');
    } finally {
      clearMocks();
    }
    expect(headers[0], 'the write names its request').toMatch(/^[a-z0-9]+-\d+$/);
    expect(headers[1], 'a call outside a write names its own request too').toMatch(/^[a-z0-9]+-\d+$/);
    expect(headers[1], 'a different one').not.toBe(headers[0]);
    const seen: boolean[] = [];
    const unsubscribe = subscribe((_, own) => seen.push(own));
    publish({ cases: ['k1'], kinds: ['note'], request: headers[0] }, writes);
    publish({ cases: ['k1'], kinds: ['note'], request: headers[1] }, writes);
    publish({ cases: ['k1'], kinds: ['note'] }, writes);
    unsubscribe();
    expect(seen, 'ours; a call no page applied itself; another desk’s').toEqual([true, false, false]);
  });
});

describe('predicates', () => {
  test('touches: a case, a customer, or everything', () => {
    const set = change({ cases: ['k1'], customers: ['u1'] });
    expect(touches(set, { cases: ['k1'] }), 'the case').toBe(true);
    expect(touches(set, { customers: ['u1'] }), 'the customer').toBe(true);
    expect(touches(set, { cases: ['k9'], customers: ['u9'] }), 'neither').toBe(false);
    expect(touches(change({ everything: true }), { cases: ['k9'] }), 'everything touches all').toBe(true);
  });

  test('wrote: kinds, and an older backend that sends no kinds', () => {
    expect(wrote(change({ cases: ['k1'], kinds: ['promise_kept'] }), ['promise_made', 'promise_kept']), 'a listed kind').toBe(true);
    expect(wrote(change({ cases: ['k1'], kinds: ['fact_pinned'] }), ['promise_kept', 'handoff']), 'a pin is not a promise').toBe(false);
    expect(wrote(change({ cases: ['k1'] }), ['handoff']), 'unknown kinds: assume it may be').toBe(true);
    expect(wrote(change({}), ['handoff']), 'nothing written').toBe(false);
  });

  test('normalise fills what an older backend leaves out; merge unions', () => {
    const old = normalise({ customers: ['u1'], cases: ['k1'], staff: false, everything: false } as Partial<ChangeSet>);
    expect(old, 'missing kinds and settings become empty and false').toEqual(change({ customers: ['u1'], cases: ['k1'] }));
    const both = merge(change({ cases: ['k1'], kinds: ['reply'] }), change({ cases: ['k1', 'k2'], settings: true }));
    expect(both, 'ids once each, flags or-ed').toEqual(change({ cases: ['k1', 'k2'], kinds: ['reply'], settings: true }));
  });
});
