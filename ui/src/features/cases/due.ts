// How a case's due time reads at a glance, and what to tell the customer.

import type { CaseSummary, DueInfo, Target } from '../../lib/api';
import { minutes, shopTime } from '../../lib/format';
import { t } from '../../lib/i18n/i18n.svelte';

export const TARGETS: Record<Target, string> = {
  get first_response() {
    return t('case-target-first-response');
  },
  get next_response() {
    return t('case-target-next-response');
  },
  get resolution() {
    return t('case-target-resolution');
  },
  get promise() {
    return t('case-target-promise');
  },
};

/** From this many minutes of opening hours on, a countdown is in shop days. */
const DAY_MINUTES = 24 * 60;

export type Urgency = 'overdue' | 'soon' | 'later' | 'paused';

export function urgency(due: DueInfo | null, leadMinutes = 15): Urgency {
  if (!due) return 'paused';
  if (due.overdue) return 'overdue';
  return due.business_minutes <= leadMinutes ? 'soon' : 'later';
}

/** "overdue 1 h 20 min", "due in 12 min" (counted in opening hours), "due in 3 shop days". */
export function countdown(c: CaseSummary): string {
  const due = c.due;
  if (!due) return c.status === 'waiting' ? t('queue-countdown-waiting') : t('queue-countdown-none');
  if (due.overdue) {
    return due.business_minutes > 0 ? t('queue-countdown-overdue-by', { duration: minutes(due.business_minutes) }) : t('queue-countdown-overdue');
  }
  // A day or more of opening hours away: say how many shop days, since "1 day"
  // of opening hours on a Sunday can be Wednesday.
  if (due.business_minutes >= DAY_MINUTES && due.shop_days > 0) return t('queue-countdown-due-shop-days', { days: due.shop_days });
  return t('queue-countdown-due-in', { duration: minutes(due.business_minutes) });
}

/** The sentence to say at the counter or write in a reply. */
export function promise(due: DueInfo, timeZone: string, now: number): string {
  const when = shopTime(due.at, timeZone, now);
  return due.target === 'resolution' ? t('case-promise-resolved-by', { when }) : t('case-promise-back-by', { when });
}
