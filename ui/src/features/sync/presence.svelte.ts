// Who else is on a case: the people at the shop's other desks and the case
// each has open (heard from the shop's server through the sync loop,
// `casebook://presence`), and where the person at this desk is, told back.
// Presence, not history: offline it is empty, and nothing of it is kept.

import { api, onPresence, type Presence } from '../../lib/api';

class PresenceState {
  people = $state<Presence[]>([]);
  private started = false;
  /** The case this desk's person has open, and whether they are writing on it. */
  private here: { caseId: string | null; writing: boolean } = { caseId: null, writing: false };

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await onPresence((people) => (this.people = people)).catch(() => undefined);
    try {
      this.people = await api.presence();
    } catch {
      // An older shell: nobody is shown.
    }
  }

  /** The others on this case, by name. */
  on(caseId: string): Presence[] {
    return this.people.filter((p) => p.case_id === caseId);
  }

  /** This desk's person opened a case. */
  opened(caseId: string): void {
    this.tell({ caseId, writing: false });
  }

  /** They started (or stopped) writing an answer on it. */
  writing(caseId: string, writing: boolean): void {
    if (this.here.caseId === caseId) this.tell({ caseId, writing });
  }

  /** They left the case. */
  left(caseId: string): void {
    if (this.here.caseId === caseId) this.tell({ caseId: null, writing: false });
  }

  private tell(here: { caseId: string | null; writing: boolean }): void {
    if (here.caseId === this.here.caseId && here.writing === this.here.writing) return;
    this.here = here;
    api.setPresence({ case_id: here.caseId, writing: here.writing }).catch(() => undefined);
  }
}

export const presence = new PresenceState();
