// The files of the entries on screen, asked for once per timeline page (one
// call for the page's entries) and kept: going back to a case shows its
// photos without asking again. A change that attaches, removes or erases a
// file makes the entries of that customer or case be asked about again.

import { api, PAGE, type Attachment, type ChangeSet, type TimelineEntry } from '../../lib/api';
import { subscribe, touches, wrote } from '../../lib/state/changes';
import { attachableIds, FILE_KINDS } from './files';

/** The most ids the backend reads in one call. */
const BATCH = 4 * PAGE;

interface Owner {
  customer: string | null;
  case: string | null;
}

export class EntryFiles {
  /** Each entry asked about: its files (none is an empty list). */
  byEntry = $state<Record<string, Attachment[]>>({});

  private owners = new Map<string, Owner>();
  private inFlight = new Map<string, Promise<void>>();
  /** Bumped for an entry each time what is known of it is forgotten: an answer asked for before is dropped. */
  private version = new Map<string, number>();

  constructor(private readonly fetch: (ids: string[]) => Promise<Attachment[]> = (ids) => api.entryAttachments(ids)) {}

  /** The files of one entry, once known. */
  of(entryId: string): Attachment[] {
    return this.byEntry[entryId] ?? [];
  }

  /** Asks for the files of the entries not known yet (one call per page of them). */
  async load(entries: readonly TimelineEntry[]): Promise<void> {
    for (const e of entries) this.owners.set(e.id, { customer: e.customer_id, case: e.case_id });
    const wanted = attachableIds(entries).filter((id) => !(id in this.byEntry) && !this.inFlight.has(id));
    const waits = entries.flatMap((e) => {
      const p = this.inFlight.get(e.id);
      return p ? [p] : [];
    });
    for (let at = 0; at < wanted.length; at += BATCH) waits.push(this.ask(wanted.slice(at, at + BATCH)));
    await Promise.all(waits);
  }

  private ask(ids: string[]): Promise<void> {
    const asked = new Map(ids.map((id) => [id, this.version.get(id) ?? 0]));
    const work = this.fetch(ids)
      .then((list) => {
        const found: Record<string, Attachment[]> = {};
        for (const id of ids) if ((this.version.get(id) ?? 0) === asked.get(id)) found[id] = [];
        for (const a of list) found[a.event_id]?.push(a);
        Object.assign(this.byEntry, found);
      })
      .finally(() => {
        for (const id of ids) if (this.inFlight.get(id) === work) this.inFlight.delete(id);
      });
    for (const id of ids) this.inFlight.set(id, work);
    return work;
  }

  /** Forgets what a change may have made stale: the entries of the customers and cases it touched. */
  forget(set: ChangeSet): boolean {
    if (!set.everything && !wrote(set, FILE_KINDS)) return false;
    const stale = set.everything
      ? [...new Set([...this.owners.keys(), ...Object.keys(this.byEntry)])]
      : [...this.owners]
          .filter(([, o]) => touches(set, { customers: o.customer ? [o.customer] : [], cases: o.case ? [o.case] : [] }))
          .map(([id]) => id);
    if (stale.length === 0) return false;
    const next = { ...this.byEntry };
    for (const id of stale) {
      delete next[id];
      this.inFlight.delete(id);
      this.version.set(id, (this.version.get(id) ?? 0) + 1);
    }
    this.byEntry = next;
    return true;
  }
}

export const entryFiles = new EntryFiles();
subscribe((set) => entryFiles.forget(set));
