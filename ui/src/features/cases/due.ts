// How a case's due time reads at a glance, and what to tell the customer.

import type { CaseSummary, DueInfo, Target } from '../../lib/api';
import { minutes, shopTime } from '../../lib/format';

export const TARGETS: Record<Target, string> = {
  first_response: 'First response',
  next_response: 'Answer',
  resolution: 'Resolution',
  promise: 'Promise',
};

export type Urgency = 'overdue' | 'soon' | 'later' | 'paused';

export function urgency(due: DueInfo | null, leadMinutes = 15): Urgency {
  if (!due) return 'paused';
  if (due.overdue) return 'overdue';
  return due.business_minutes <= leadMinutes ? 'soon' : 'later';
}

/** "overdue 1 h 20 min", "due in 12 min": counted in opening hours. */
export function countdown(c: CaseSummary): string {
  const due = c.due;
  if (!due) return c.status === 'waiting' ? 'waiting on customer' : 'no target running';
  if (due.overdue) return due.business_minutes > 0 ? `overdue ${minutes(due.business_minutes)}` : 'overdue';
  return `due in ${minutes(due.business_minutes)}`;
}

/** The sentence to say at the counter or write in a reply. */
export function promise(due: DueInfo, timeZone: string, now: number): string {
  const when = shopTime(due.at, timeZone, now);
  return due.target === 'resolution'
    ? `We aim to have this resolved by ${when}.`
    : `We will get back to you by ${when}.`;
}
