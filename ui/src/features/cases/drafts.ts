// Drafts: what is being written on a case is kept on this desk as it is
// typed (a moment after the last key, and at once when the composer goes or
// the window hides), so closing the window, a restart or a crash loses
// nothing. The library drops a case's draft in the same step as it saves
// the entry.

import { api, type Draft, type EntryKind } from '../../lib/api';

/** How long after the last key a draft is kept. */
export const KEEP_AFTER_MS = 400;

export interface Typed {
  kind: EntryKind;
  body: string;
  to: string;
}

export class DraftKeeper {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: Typed | null = null;
  private readonly flushNow = () => void this.flush();

  constructor(
    private readonly caseId: string,
    private readonly onkept: (at: string | null) => void = () => {},
    private readonly onfailed: (err: unknown) => void = () => {},
  ) {
    addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.flushNow);
  }

  /** The draft kept for this case, if any. */
  load(): Promise<Draft | null> {
    return api.caseDraft(this.caseId);
  }

  /** What is typed now: kept a moment after the last change. */
  typed(now: Typed): void {
    this.pending = now;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), KEEP_AFTER_MS);
  }

  /** Keeps what is waiting, now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const typed = this.pending;
    this.pending = null;
    if (!typed) return;
    try {
      this.onkept(await api.keepDraft({ case_id: this.caseId, ...typed }));
    } catch (err) {
      this.onfailed(err);
    }
  }

  /** Forgets what is waiting (the entry is being saved, or thrown away). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  /** The composer goes: what is waiting is kept, and the listeners go. */
  close(): void {
    void this.flush();
    removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.flushNow);
  }
}
