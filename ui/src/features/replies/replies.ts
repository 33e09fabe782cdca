// What the saved replies' screens share.

import type { EventKind, SavedReply } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import { i18n } from '../../lib/i18n/i18n.svelte';
import { toWords } from './placeholders';

/** The kinds that change what the saved replies' screens show. */
export const REPLY_KINDS: readonly EventKind[] = ['saved_reply_added', 'saved_reply_edited', 'saved_reply_removed', 'saved_reply_used', 'shop_named'];

/**
 * Whether the person at the desk may mark replies as the shop's and change
 * those: an owner, or anyone while the shop has no active owner (as the
 * library judges it).
 */
export function mayMark(): boolean {
  if (desk.current?.role === 'owner') return true;
  return !desk.activeStaff.some((s) => s.role === 'owner');
}

/** A reply as the desk reads it: its version in the desk's language, else its first, placeholders in words. */
export function shownText(r: SavedReply): string {
  const text = r.texts.find((x) => x.language === i18n.language) ?? r.texts[0];
  return text ? toWords(text.body) : '';
}
