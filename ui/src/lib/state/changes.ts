// What changed in the shop, and who has to fetch again.
//
// The backend sends one `casebook://changed` event per committed write, with a
// ChangeSet: the customers and cases written to, the event kinds written, and
// whether staff, settings or everything changed. A page says which changes
// concern what it shows (a predicate over the ChangeSet) and how to fetch it
// again; `refetchOn` does the rest, the same way for every page:
//
// - a burst of events becomes one refetch (and a change arriving during a
//   refetch, one more after it: the running fetch may have read too early);
// - a change the page already applied from its own write's reply is skipped
//   (see `ownWrite` and the `applied` option): the write's request id comes
//   back on its change, so "own" is known, never guessed;
// - nothing is fetched while the window is hidden, once when it is shown again;
// - the subscription ends when the page is destroyed.

import { onDestroy } from 'svelte';
import { asRequest, newRequestId, type ChangeSet, type EventKind } from '../api';


/** Called with every change set; `own` when this window's writes explain it all. */
export type ChangeListener = (set: ChangeSet, own: boolean) => void;
export type ChangeSource = (listener: ChangeListener) => () => void;

/** A change set from a backend that may not send every field yet. */
export function normalise(raw: Partial<ChangeSet> | null | undefined): ChangeSet {
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    customers: list(raw?.customers),
    cases: list(raw?.cases),
    kinds: list(raw?.kinds) as EventKind[],
    staff: raw?.staff === true,
    settings: raw?.settings === true,
    everything: raw?.everything === true,
    request: typeof raw?.request === 'string' ? raw.request : null,
  };
}

/** Both change sets as one. */
export function merge(a: ChangeSet, b: ChangeSet): ChangeSet {
  const union = <T,>(x: T[], y: T[]) => [...new Set([...x, ...y])];
  return {
    customers: union(a.customers, b.customers),
    cases: union(a.cases, b.cases),
    kinds: union(a.kinds, b.kinds),
    staff: a.staff || b.staff,
    settings: a.settings || b.settings,
    everything: a.everything || b.everything,
    request: a.request ?? b.request,
  };
}

/** True when a change touches one of these cases or customers, or everything. */
export function touches(set: ChangeSet, ids: { cases?: readonly string[]; customers?: readonly string[] }): boolean {
  if (set.everything) return true;
  return (
    (ids.cases ?? []).some((id) => set.cases.includes(id)) ||
    (ids.customers ?? []).some((id) => set.customers.includes(id))
  );
}

/**
 * True when an event of one of these kinds was written, or everything
 * changed, or a backend that does not list the kinds wrote something (then
 * any kind may have been written). Kinds are the generated `EventKind`
 * union: a misspelt or removed kind does not compile.
 */
export function wrote(set: ChangeSet, kinds: readonly EventKind[]): boolean {
  if (set.everything) return true;
  if (set.kinds.length === 0) return set.cases.length > 0 || set.customers.length > 0;
  return set.kinds.some((k) => kinds.includes(k));
}

// ---------------------------------------------------------------------------
// Writes made from this window

/**
 * The writes this window has made whose change events have not arrived yet,
 * by the request id each call carried. A change set with one of them is
 * "own": a page that already applied the write's reply need not fetch it
 * again. Another desk's events, the mailbox's, and anything that changed
 * staff, settings or everything are never own.
 */
export class OwnWrites {
  private pending = new Map<string, number>();

  constructor(
    /** A write that changed nothing sends no change: its id is forgotten after this long. */
    private readonly ttl = 60_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** A new request id for a write about to be made. */
  start(): string {
    const id = newRequestId();
    this.pending.set(id, this.now() + this.ttl);
    return id;
  }

  /** The write failed: its id will not come back. */
  withdraw(id: string): void {
    this.pending.delete(id);
  }

  /** True when `set` is the change of one of this window's writes, which it then uses up. */
  claim(set: ChangeSet): boolean {
    const t = this.now();
    for (const [id, until] of this.pending) if (until <= t) this.pending.delete(id);
    if (!set.request || set.everything || set.staff || set.settings) return false;
    return this.pending.delete(set.request);
  }

  get size(): number {
    return this.pending.size;
  }
}

export const ownWrites = new OwnWrites();

/**
 * Runs a write made from this window, its calls named by a new request id
 * (its change event may arrive before its reply). The calls `work` makes at
 * once carry it; one made after an `await` inside `work` does not, and its
 * change is simply fetched again. On failure nothing is expected.
 */
export async function ownWrite<T>(work: () => Promise<T>, writes: OwnWrites = ownWrites): Promise<T> {
  const id = writes.start();
  try {
    return await asRequest(id, work);
  } catch (err) {
    writes.withdraw(id);
    throw err;
  }
}

// ---------------------------------------------------------------------------
// The hub: the desk publishes each change event here; watchers listen.

const listeners = new Set<ChangeListener>();

/** Hands one change event to every listener, marked own when this window's writes explain it. */
export function publish(raw: Partial<ChangeSet> | null | undefined, writes: OwnWrites = ownWrites): ChangeSet {
  const set = normalise(raw);
  const own = writes.claim(set);
  for (const listener of [...listeners]) listener(set, own);
  return set;
}

export function subscribe(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

// ---------------------------------------------------------------------------
// Watchers

export interface WatchOptions {
  /** Does this change concern what the page shows? */
  when: (set: ChangeSet) => boolean;
  /** Fetches again; gets every matching change of the burst merged into one. */
  refetch: (set: ChangeSet) => unknown;
  /** Kinds this page applies from its own writes' replies: such own changes are not fetched again. */
  applied?: readonly string[];
  /** Quiet time that ends a burst, in ms. */
  delay?: number;
  /** A burst longer than this still refetches this often, in ms. */
  maxWait?: number;
  source?: ChangeSource;
  /** Whether the page cannot be seen now (the window is hidden): then wait. */
  hidden?: () => boolean;
}

function windowHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

export class ChangeWatcher {
  private pending: ChangeSet | null = null;
  private firstAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private stopped = false;
  private onVisible: (() => void) | null = null;
  private readonly unsubscribe: () => void;
  /** How many times `refetch` was called: for tests and diagnostics. */
  runs = 0;

  constructor(private readonly options: WatchOptions) {
    this.unsubscribe = (options.source ?? subscribe)((set, own) => this.receive(set, own));
  }

  /** Whether a refetch is waiting to run. */
  get waiting(): boolean {
    return this.pending !== null;
  }

  receive(set: ChangeSet, own = false): void {
    if (this.stopped || !this.options.when(set)) return;
    const applied = this.options.applied;
    if (own && applied && set.kinds.length > 0 && set.kinds.every((k) => applied.includes(k))) return;
    if (!this.pending) this.firstAt = Date.now();
    this.pending = this.pending ? merge(this.pending, set) : set;
    this.schedule();
  }

  private schedule(): void {
    if (this.running || this.stopped) return;
    clearTimeout(this.timer);
    const delay = this.options.delay ?? 120;
    const overdue = Date.now() - this.firstAt >= (this.options.maxWait ?? 1_000);
    this.timer = setTimeout(() => void this.fire(), overdue ? 0 : delay);
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    if (this.stopped || !this.pending || this.running) return;
    if ((this.options.hidden ?? windowHidden)()) {
      this.waitUntilShown();
      return;
    }
    const set = this.pending;
    this.pending = null;
    this.running = true;
    this.runs++;
    try {
      await this.options.refetch(set);
    } catch {
      // Each page shows its own fetch errors; a failed refetch must not stop the next.
    } finally {
      this.running = false;
    }
    if (this.pending) this.schedule();
  }

  private waitUntilShown(): void {
    if (this.onVisible || typeof document === 'undefined') return;
    const onVisible = () => {
      if ((this.options.hidden ?? windowHidden)()) return;
      document.removeEventListener('visibilitychange', onVisible);
      this.onVisible = null;
      void this.fire();
    };
    this.onVisible = onVisible;
    document.addEventListener('visibilitychange', onVisible);
  }

  /** Runs the pending refetch now, if any. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    await this.fire();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.pending = null;
    this.unsubscribe();
    if (this.onVisible) document.removeEventListener('visibilitychange', this.onVisible);
    this.onVisible = null;
  }
}

/**
 * For a component: refetch when a change concerns it, coalesced, and stop
 * listening when it is destroyed. Call it while the component is created.
 */
export function refetchOn(
  when: WatchOptions['when'],
  refetch: WatchOptions['refetch'],
  options: Omit<WatchOptions, 'when' | 'refetch'> = {},
): ChangeWatcher {
  const watcher = new ChangeWatcher({ ...options, when, refetch });
  onDestroy(() => watcher.stop());
  return watcher;
}
