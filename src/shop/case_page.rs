//! The case page: a case with everything whoever picks it up should see, read
//! in one go from each feature's queries.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::cases::{case_summary, customer_cases, CaseSummary};
use crate::core::{clock, Result, Store};
use crate::customers::{customer, Customer};
use crate::learn::{case_escalations, case_satisfaction, Escalation, Satisfaction};
use crate::tell::{customer_context, customer_promises, latest_handoff, CustomerContext, Handoff, Promise};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CaseDetail {
    pub case: CaseSummary,
    pub customer: Customer,
    /// The customer's other open cases, so nobody opens a third about the same bike.
    pub other_open_cases: Vec<CaseSummary>,
    /// The latest handoff of this case, with its brief: shown at the top.
    pub latest_handoff: Option<Handoff>,
    pub context: CustomerContext,
    /// Every escalation of this case, newest first.
    pub escalations: Vec<Escalation>,
    /// The customer's latest score for this case.
    pub satisfaction: Option<Satisfaction>,
    /// Every promise made to the customer (the newest 50), open or closed: how
    /// the promises in a brief written earlier stand now.
    pub promises: Vec<Promise>,
    /// The customer was forgotten: nothing more is written on this case.
    pub forgotten: bool,
}

impl Store {
    pub fn case_detail(&self, id: &str) -> Result<CaseDetail> {
        let settings = self.sla_settings()?;
        let now = clock::to_ms(clock::now());
        let conn = self.connection();
        let case = case_summary(conn, id, &settings.calendar, now)?;
        let customer = customer(conn, &case.customer_id)?;
        let other_open_cases = customer_cases(conn, &case.customer_id, &settings.calendar, now)?
            .into_iter()
            .filter(|c| c.id != case.id && c.status.is_active())
            .collect();
        Ok(CaseDetail {
            latest_handoff: latest_handoff(conn, id)?,
            context: customer_context(conn, &case.customer_id, now)?,
            escalations: case_escalations(conn, id)?,
            satisfaction: case_satisfaction(conn, id)?,
            promises: customer_promises(conn, &case.customer_id, now, 50)?,
            forgotten: super::forget::is_forgotten(conn, &case.customer_id)?,
            case,
            customer,
            other_open_cases,
        })
    }
}
