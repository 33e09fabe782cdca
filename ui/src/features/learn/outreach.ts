// Outreach: calling customers we have not heard from. Pure helpers for the
// Outreach page and its call dialog.

import type { OutreachOutcome } from '../../lib/api';
import { OUTCOMES } from '../../lib/labels';
import { shopParts } from '../../lib/format';
import { t } from '../../lib/i18n/i18n.svelte';

/** The outcomes, in the order a caller thinks of them. */
export const OUTCOME_CHOICES: { value: OutreachOutcome; label: string }[] = (
  ['reached', 'left_message', 'no_answer', 'wrong_number'] as const
).map((value) => ({
  value,
  get label() {
    return OUTCOMES[value];
  },
}));

/** "Reached them", "Left a message", … */
export function outcomeLabel(outcome: OutreachOutcome): string {
  return OUTCOMES[outcome];
}

/** Only a call that reached the customer must say what was said. */
export function needsNote(outcome: OutreachOutcome): boolean {
  return outcome === 'reached';
}

/** A shop date "2026-03-07" as the seed 20260307, or null if it is not a date. */
export function seedOfDay(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return null;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return y * 10_000 + mo * 100 + d;
}

/** Today's seed in the shop's time zone: everyone at the desk today gets the same list. */
export function todaySeed(now: number, timeZone: string): number {
  return seedOfDay(shopParts(now, timeZone)[0]) ?? 1;
}

/** "today", "1 day", "12 days": how long since we last heard from them. */
export function daysWording(days: number): string {
  const n = Math.max(0, Math.floor(days));
  if (n === 0) return t('common-day-today');
  // The plain number, as the backend counts it ("1200 days").
  return t('outreach-days', { days: n, shown: String(n) });
}

/** A whole number of at least 1 from a typed field, or null. */
export function positiveWhole(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** "Showing 500 of 1234" when the list is cut short, else null. */
export function shownOf(shown: number, total: number): string | null {
  if (shown >= total) return null;
  return t('outreach-shown-of', { shown: String(shown), total: String(total) });
}
