//! Escalations, scores, outreach and the reports.

use casebook::learn::reports::{self, Report, ReportRequest};
use casebook::model::*;

use super::commands;

commands! {
    feature: "learn";
    /// Takes a case to the owner or a shift lead, with a root cause.
    act escalate(input: NewEscalation) -> Escalation = |w, ctx| w.escalate(ctx, &input);
    /// Closes an escalation with what changed (a shift lead or the owner).
    act close_escalation(input: EscalationClosing) -> Escalation = |w, ctx| w.close_escalation(ctx, &input);
    /// Records the customer's score for a case.
    act record_satisfaction(input: NewSatisfaction) -> Satisfaction = |w, ctx| w.record_satisfaction(ctx, &input);
    /// Logs an outreach call; answers the new timeline entry.
    act log_outreach_call(input: NewOutreachCall) -> TimelineEntry = |w, ctx| w.log_outreach_call(ctx, &input);
    /// Replaces the shop's root causes (a shift lead or the owner).
    act set_root_causes(causes: Vec<String>) -> Vec<String> = |w, ctx| w.set_root_causes(ctx, &causes);
    read root_causes() -> Vec<String> = |s| s.root_causes();
    /// The escalations register, open or closed.
    read list_escalations(status: EscalationStatus) -> EscalationsPage = |s| s.escalations(status, 200);
    /// Customers not contacted for this many days, the longest first.
    read outreach_list(days: u32) -> OutreachList = |s| s.outreach_list(days, casebook::clock::now());
    /// Customers picked at random for a call session; the same seed picks the same people.
    read outreach_sample(request: OutreachSampleRequest) -> Vec<OutreachCandidate> =
        |s| s.outreach_sample(&request, casebook::clock::now());
    read run_report(request: ReportRequest) -> Report = |s| reports::run_as(s, &Actor::AtDesk, &request, casebook::clock::now());
    /// Saves one table of a report as CSV beside the data; answers the file's path.
    app save_report_csv(request: ReportRequest, table: String) -> String = |st| {
        let db = st.db()?;
        let dir = reports::reports_dir(db.path());
        let path = db
            .read(move |s| {
                s.check_right_as(&Actor::AtDesk, Right::Reports, casebook::msg!("lead-reports"))?;
                reports::save_csv(s, &request, &table, &dir)
            })
            .await?;
        Ok(path.display().to_string())
    };
}
