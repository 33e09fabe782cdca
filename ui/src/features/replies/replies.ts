// What the saved replies' screens share.

import { desk } from '../../lib/state/desk.svelte';

/** The kinds that change what the saved replies' screens show. */
export const REPLY_KINDS = ['saved_reply_*', 'shop_named'] as const;

/**
 * Whether the person at the desk may mark replies as the shop's and change
 * those: an owner, or anyone while the shop has no active owner (as the
 * library judges it).
 */
export function mayMark(): boolean {
  if (desk.current?.role === 'owner') return true;
  return !desk.activeStaff.some((s) => s.role === 'owner');
}
