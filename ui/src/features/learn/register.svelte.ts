// One list of the complaints and escalations register: open or closed, with the
// counts of both. The register page shows two of these side by side.

import { desk } from '../../lib/state/desk.svelte';

export type Status = 'open' | 'closed';

export interface RegisterPage<T> {
  items: T[];
  open: number;
  closed: number;
}

export class RegisterList<T extends { id: string }> {
  status = $state<Status>('open');
  items = $state<T[]>([]);
  counts = $state({ open: 0, closed: 0 });
  loading = $state(true);
  error = $state('');
  // A quick toggle must not let an older answer overwrite a newer one.
  private asked = 0;
  private readonly fetch: (status: Status) => Promise<RegisterPage<T>>;

  constructor(fetch: (status: Status) => Promise<RegisterPage<T>>) {
    this.fetch = fetch;
  }

  async load(): Promise<void> {
    const ask = ++this.asked;
    try {
      const page = await this.fetch(this.status);
      if (ask !== this.asked) return;
      this.items = page.items;
      this.counts = { open: page.open, closed: page.closed };
      this.error = '';
    } catch (err) {
      if (ask === this.asked) this.error = desk.inline(err).message;
    } finally {
      if (ask === this.asked) this.loading = false;
    }
  }

  /** An item closed from here: it leaves the open list at once, and the counts follow. */
  closed(item: T): void {
    if (this.status !== 'open' || !this.items.some((x) => x.id === item.id)) return;
    this.items = this.items.filter((x) => x.id !== item.id);
    this.counts = { open: Math.max(0, this.counts.open - 1), closed: this.counts.closed + 1 };
  }

  show(status: Status): void {
    if (status === this.status) return;
    this.status = status;
    this.loading = true;
    void this.load();
  }
}
