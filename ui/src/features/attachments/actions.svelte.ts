// What can be done with an attachment, from wherever it is shown (a timeline
// entry, the customer's Files): open it, take it off the history views, erase
// it. The dialogs and the menu live once, in `AttachmentDialogs.svelte` at the
// app's root: a timeline row may scroll away (and be unmounted) while its
// dialog is still open.

import { api, type Attachment } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import { viewable } from './files';
import { t } from '../../lib/i18n/i18n.svelte';

export interface Viewing {
  /** What the viewer steps through (the photos of one entry; a PDF alone). */
  list: Attachment[];
  index: number;
}

export interface MenuAt {
  attachment: Attachment;
  /** Where to show it: under the button that opened it. */
  left: number;
  top: number;
  /** Focus goes back here when the menu closes. */
  opener: HTMLElement | null;
}

class AttachmentActions {
  viewing = $state<Viewing | null>(null);
  /** A file that could run code, waiting for the person to say they trust it. */
  risky = $state<Attachment | null>(null);
  removing = $state<Attachment | null>(null);
  erasing = $state<Attachment | null>(null);
  menu = $state<MenuAt | null>(null);

  /**
   * Opens a file: a photo in the viewer (with the other photos of the same
   * entry, `siblings`, a step away), a PDF in the PDF viewer, anything else
   * with the computer's own program (after a warning when it could run code).
   */
  open(a: Attachment, siblings: readonly Attachment[] = [a]): void {
    if (a.erased_at || !a.present) return;
    if (a.kind === 'photo' && viewable(a)) {
      const list = siblings.filter((s) => s.kind === 'photo' && viewable(s));
      const index = Math.max(0, list.findIndex((s) => s.id === a.id));
      this.viewing = list.length > 0 ? { list, index } : { list: [a], index: 0 };
      return;
    }
    if (a.kind === 'pdf' && viewable(a)) {
      this.viewing = { list: [a], index: 0 };
      return;
    }
    void this.openOutside(a);
  }

  /** Hands the file to the computer's own program; a risky one only once `confirmed`. */
  async openOutside(a: Attachment, confirmed = false): Promise<void> {
    if (a.risky && !confirmed) {
      this.risky = a;
      return;
    }
    try {
      await api.openAttachment(a.id, a.risky && confirmed);
      desk.notify(t('attach-opening-outside', { name: a.name }));
    } catch (err) {
      desk.fail(err);
    }
  }

  /** Opens the menu of an attachment under its button; a second press closes it. */
  showMenu(a: Attachment, button: HTMLElement): void {
    if (this.menu?.attachment.id === a.id && this.menu.opener === button) {
      this.menu = null;
      return;
    }
    const box = button.getBoundingClientRect();
    this.menu = { attachment: a, left: box.left, top: box.bottom + 4, opener: button };
  }

  /** Whoever is at the desk may erase a file's content: the owner. */
  get canErase(): boolean {
    return desk.current?.role === 'owner';
  }
}

export const attachmentActions = new AttachmentActions();
