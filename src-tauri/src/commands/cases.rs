//! Customers, cases, the queue and timelines.

use casebook::model::*;

use super::commands;

commands! {
    feature: "cases";
    /// Open cases, the most urgent first, a page at a time.
    read queue(cursor: Option<String>, limit: u32 = "PAGE") -> QueuePage = |s| s.queue(cursor.as_deref(), limit);
    /// Customers matching what was typed: name, organisation, phone or email.
    read lookup_customers(query: String, limit: u32 = "8") -> Vec<CustomerMatch> =
        |s| s.lookup_customers(&query, limit);
    /// Customers who already have one of these phone numbers or emails.
    read find_duplicates(phones: Vec<String>, emails: Vec<String>) -> Vec<CustomerMatch> =
        |s| s.find_duplicates(&phones, &emails);
    read get_customer(customer_id: String) -> Customer = |s| s.customer(&customer_id);
    /// Every case of a customer, newest first.
    read customer_cases(customer_id: String) -> Vec<CaseSummary> = |s| s.customer_cases(&customer_id);
    /// Everything about a customer, across all their cases, newest first.
    read customer_timeline(customer_id: String, cursor: Option<String>, limit: u32 = "PAGE") -> TimelinePage =
        |s| s.customer_timeline(&customer_id, cursor.as_deref(), limit);
    /// The events of one case, newest first.
    read case_timeline(case_id: String, cursor: Option<String>, limit: u32 = "PAGE") -> TimelinePage =
        |s| s.case_timeline(&case_id, cursor.as_deref(), limit);
    /// A case with everything whoever picks it up should see.
    read get_case(case_id: String) -> CaseDetail = |s| s.case_detail(&case_id);
    act create_customer(input: NewCustomer, allow_duplicate: bool) -> Customer =
        |w, ctx| w.create_customer_apart(ctx, &input, allow_duplicate);
    act update_customer(customer_id: String, patch: CustomerPatch) -> Customer =
        |w, ctx| w.update_customer(ctx, &customer_id, &patch);
    /// Logs a walk-in, a call or a message as a new case.
    act open_case(input: NewInteraction) -> CaseSummary = |w, ctx| w.open_case(ctx, &input);
    /// Adds what the customer said, a reply, a note, a call or a visit; answers the new entry.
    act add_entry(input: NewEntry) -> TimelineEntry = |w, ctx| w.add_entry(ctx, &input);
    /// What was being written on a case at this desk and not saved yet.
    read case_draft(case_id: String) -> Option<Draft> = |s| s.draft(&case_id);
    /// Keeps what is being written on a case as it is typed (with no words, drops it); answers when.
    write keep_draft(draft: Draft) -> Option<Ts> = |s| s.keep_draft(&draft);
    /// Changes a case's status, priority or owner.
    act update_case(input: CaseUpdate) -> CaseSummary = |w, ctx| w.update_case(ctx, &input);
    /// Gives a case a new subject; answers the case as it now stands.
    act rename_case(case_id: String, subject: String) -> CaseSummary =
        |w, ctx| w.rename_case(ctx, &case_id, &subject);
    /// Replaces a customer's expectation profile.
    act set_expectations(customer_id: String, input: Expectations) -> Expectations =
        |w, ctx| w.set_expectations(ctx, &customer_id, &input);
}
