//! The demo's planned steps, and writing them through the normal actions in
//! the order they happened.

use crate::model::*;
use crate::{Ctx, Error, Result, Store};

/// Something that happens to a planned case, at a moment. Steps of all cases are
/// written in time order, so the log arrives as it would have in the shop.
pub(super) struct Step {
    pub at: Ts,
    pub case: usize,
    /// Order within the case, for steps at the same moment.
    pub order: u8,
    pub who: Id,
    pub what: Action,
}

pub(super) enum Action {
    Open(Box<NewInteraction>),
    Entry(EntryKind, String, Option<CallDirection>),
    /// Pin the case's latest entry as a key fact.
    PinLatest,
    Promise {
        text: &'static str,
        due: Ts,
        owner: Id,
    },
    ClosePromise {
        kept: bool,
        recovery: &'static str,
    },
    Status(CaseStatus),
    Escalate {
        to: Id,
        cause: &'static str,
        note: &'static str,
    },
    CloseEscalation(&'static str),
    Complain(&'static str),
    CloseComplaint {
        what_changed: &'static str,
        told: bool,
    },
    Score(u8, &'static str),
}

/// Writes planned steps in time order, many to a transaction.
pub(super) fn write_steps(store: &mut Store, mut steps: Vec<Step>, cases: usize) -> Result<()> {
    steps.sort_by_key(|s| (s.at, s.case, s.order));
    let mut case_ids: Vec<Option<Id>> = vec![None; cases];
    let mut latest: Vec<Option<Id>> = vec![None; cases];
    let mut promises: Vec<Option<Id>> = vec![None; cases];
    let mut escalations: Vec<Option<Id>> = vec![None; cases];
    let mut complaints: Vec<Option<Id>> = vec![None; cases];
    let missing = || Error::Internal("a planned step came before its case was opened".into());
    for chunk in steps.chunks(5_000) {
        store.write(|w| {
            w.defer_search_index();
            for s in chunk {
                let ctx = Ctx::at(Some(s.who.clone()), s.at);
                let case_id = || case_ids[s.case].clone().ok_or_else(missing);
                match &s.what {
                    Action::Open(input) => case_ids[s.case] = Some(w.open_case(&ctx, input)?.id),
                    Action::Entry(kind, body, direction) => {
                        let entry = NewEntry {
                            case_id: case_id()?,
                            kind: *kind,
                            body: body.clone(),
                            direction: *direction,
                        };
                        latest[s.case] = Some(w.add_entry(&ctx, &entry)?.id);
                    }
                    Action::PinLatest => w.pin_fact(&ctx, latest[s.case].as_deref().ok_or_else(missing)?)?,
                    Action::Promise { text, due, owner } => {
                        let input = NewPromise {
                            case_id: case_id()?,
                            text: (*text).to_owned(),
                            due_at: *due,
                            owner_id: Some(owner.clone()),
                        };
                        promises[s.case] = Some(w.make_promise(&ctx, &input)?.id);
                    }
                    Action::ClosePromise { kept, recovery } => {
                        let recovery = (!kept).then(|| (*recovery).to_owned());
                        let promise_id = promises[s.case].clone().ok_or_else(missing)?;
                        w.close_promise(&ctx, &PromiseOutcome { promise_id, kept: *kept, recovery })?;
                    }
                    Action::Escalate { to, cause, note } => {
                        let input = NewEscalation {
                            case_id: case_id()?,
                            to_staff_id: to.clone(),
                            cause: (*cause).to_owned(),
                            note: (*note).to_owned(),
                        };
                        escalations[s.case] = Some(w.escalate(&ctx, &input)?.id);
                    }
                    Action::CloseEscalation(what_changed) => {
                        let escalation_id = escalations[s.case].clone().ok_or_else(missing)?;
                        w.close_escalation(
                            &ctx,
                            &EscalationClosing { escalation_id, what_changed: (*what_changed).to_owned() },
                        )?;
                    }
                    Action::Complain(summary) => {
                        let input = NewComplaint {
                            case_id: case_id()?,
                            event_id: None,
                            summary: (*summary).to_owned(),
                        };
                        complaints[s.case] = Some(w.flag_complaint(&ctx, &input)?.id);
                    }
                    Action::CloseComplaint { what_changed, told } => {
                        let complaint_id = complaints[s.case].clone().ok_or_else(missing)?;
                        let input = ComplaintClosing {
                            complaint_id,
                            what_changed: (*what_changed).to_owned(),
                            customer_told: *told,
                        };
                        w.close_complaint(&ctx, &input)?;
                    }
                    Action::Score(score, comment) => {
                        let input = NewSatisfaction {
                            case_id: case_id()?,
                            score: i64::from(*score),
                            comment: (*comment).to_owned(),
                        };
                        w.record_satisfaction(&ctx, &input)?;
                    }
                    Action::Status(status) => {
                        w.update_case(
                            &ctx,
                            &CaseUpdate {
                                case_id: case_id()?,
                                status: Some(*status),
                                ..CaseUpdate::default()
                            },
                        )?;
                    }
                }
            }
            Ok(())
        })?;
    }
    Ok(())
}
