//! Promises, key facts, complaints and handoffs.

use casebook::model::*;

use super::commands;

commands! {
    feature: "tell";
    /// Expectations, key facts, open promises and complaints of a customer.
    read customer_context(customer_id: String) -> CustomerContext = |s| s.customer_context(&customer_id);
    /// The brief drafted from the history for handing this case on.
    read draft_brief(case_id: String) -> Brief = |s| s.draft_brief(&case_id);
    /// Hands a case to a colleague with a brief.
    act hand_off(input: HandoffInput) -> Handoff = |w, ctx| w.hand_off(ctx, &input);
    /// Cases handed to whoever is at the desk, not yet opened by them.
    read inbox() -> Vec<Handoff> = |s| s.inbox_at_desk();
    /// The person at the desk opened a case handed to them.
    write acknowledge_handoffs(case_id: String) -> u32 = |s| s.acknowledge_handoffs(&case_id);
    act make_promise(input: NewPromise) -> Promise = |w, ctx| w.make_promise(ctx, &input);
    /// Closes a promise as kept, or broken with what we did to make it right.
    act close_promise(input: PromiseOutcome) -> Promise = |w, ctx| w.close_promise(ctx, &input);
    /// Every open promise in the shop, soonest due first.
    read open_promises(cursor: Option<String>, limit: u32 = "PAGE") -> PromisesPage =
        |s| s.open_promises(cursor.as_deref(), limit);
    /// Of the promises due in a period, how many were kept.
    read kept_rate(from: Ts, to: Ts) -> KeptRate = |s| s.kept_rate(from, to);
    /// Pins an entry as a key fact about its customer, or unpins it.
    act pin_fact(event_id: String, pinned: bool) -> () =
        |w, ctx| if pinned { w.pin_fact(ctx, &event_id) } else { w.unpin_fact(ctx, &event_id) };
    /// Flags a case, or one entry of it, as a complaint.
    act flag_complaint(input: NewComplaint) -> Complaint = |w, ctx| w.flag_complaint(ctx, &input);
    /// Closes a complaint with what we changed.
    act close_complaint(input: ComplaintClosing) -> Complaint = |w, ctx| w.close_complaint(ctx, &input);
    /// The complaints register, open or closed.
    read list_complaints(status: ComplaintStatus) -> ComplaintsPage = |s| s.complaints(status, 200);
}
