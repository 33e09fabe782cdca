// Which changes in the shop can move a report's figures, so the Reports page
// runs a report again only for those (never for a pin or a note).

import type { ChangeSet, EventKind, ReportName } from '../../lib/api';
import { wrote } from '../../lib/state/changes';

/** The event kinds that can move each report's figures. */
export const REPORT_KINDS: Record<ReportName, readonly EventKind[]> = {
  // First response and resolution times, by segment and over time.
  fairness: ['case_opened', 'customer_message', 'reply', 'call', 'visit', 'status_changed', 'priority_changed', 'customer_updated', 'customer_edited'],
  attainment: ['case_opened', 'customer_message', 'reply', 'call', 'visit', 'status_changed', 'priority_changed'],
  promises: ['promise_made', 'promise_kept', 'promise_broken'],
  escalations: ['case_escalated', 'escalation_closed'],
  complaints: ['complaint_flagged', 'complaint_closed'],
  satisfaction: ['satisfaction_recorded'],
};

/**
 * Whether a change can move the figures of this report: never a pin, a note
 * or an expectation alone. New hours or targets change the times in opening
 * hours and the share within target.
 */
export function reportChanged(name: ReportName, set: ChangeSet): boolean {
  if (set.settings && (name === 'fairness' || name === 'attainment')) return true;
  return wrote(set, REPORT_KINDS[name]);
}
