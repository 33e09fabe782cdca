// How sync with the shop's other desks stands, for the whole window: the top
// bar, the first-run screen and the Desks & sync page read `syncState.status`.
// The backend sends every change (`casebook://sync`); the first status is
// asked for once at start.

import { api, onSync, type SyncStatus } from '../../lib/api';

export const ALONE: SyncStatus = {
  state: 'alone',
  shop_name: null,
  server: null,
  last_synced_at: null,
  clock_offset_ms: null,
  clock_wrong: false,
};

class SyncState {
  status = $state<SyncStatus>(ALONE);
  /** Set once the desk has heard from the sync loop at least once. */
  known = $state(false);
  /** Counts the statuses heard, so an answer older than an event is not applied over it. */
  private heard = 0;
  private started = false;

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await onSync((status) => this.set(status)).catch(() => undefined);
    const before = this.heard;
    try {
      const status = await api.syncStatus();
      if (this.heard === before) this.set(status);
    } catch {
      // An older shell without sync: the desk works alone, and the top bar says nothing.
    }
  }

  set(status: SyncStatus): void {
    this.heard++;
    this.status = status;
    this.known = true;
  }

  get alone(): boolean {
    return this.status.state === 'alone';
  }
}

export const syncState = new SyncState();
