// Generated from src-tauri/src/commands/learn.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { Escalation, EscalationClosing, EscalationStatus, EscalationsPage, NewEscalation, NewOutreachCall, NewSatisfaction, OutreachCandidate, OutreachList, OutreachSampleRequest, Report, ReportRequest, Satisfaction, TimelineEntry } from './types';

export const learn = {
  /** Takes a case to the owner or a shift lead, with a root cause. */
  escalate: (input: NewEscalation) => call<Escalation>('escalate', { input }),
  /** Closes an escalation with what changed (a shift lead or the owner). */
  closeEscalation: (input: EscalationClosing) => call<Escalation>('close_escalation', { input }),
  /** Records the customer's score for a case. */
  recordSatisfaction: (input: NewSatisfaction) => call<Satisfaction>('record_satisfaction', { input }),
  /** Logs an outreach call; answers the new timeline entry. */
  logOutreachCall: (input: NewOutreachCall) => call<TimelineEntry>('log_outreach_call', { input }),
  /** Replaces the shop's root causes (a shift lead or the owner). */
  setRootCauses: (causes: Array<string>) => call<Array<string>>('set_root_causes', { causes }),
  rootCauses: () => call<Array<string>>('root_causes'),
  /** The escalations register, open or closed. */
  listEscalations: (status: EscalationStatus) => call<EscalationsPage>('list_escalations', { status }),
  /** Customers not contacted for this many days, the longest first. */
  outreachList: (days: number) => call<OutreachList>('outreach_list', { days }),
  /** Customers picked at random for a call session; the same seed picks the same people. */
  outreachSample: (request: OutreachSampleRequest) => call<Array<OutreachCandidate>>('outreach_sample', { request }),
  runReport: (request: ReportRequest) => call<Report>('run_report', { request }),
  /** Saves one table of a report as CSV beside the data; answers the file's path. */
  saveReportCsv: (request: ReportRequest, table: string) => call<string>('save_report_csv', { request, table }),
};
