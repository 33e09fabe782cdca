//! Writing checked rows: existing customers matched by phone or email, new
//! ones created, each case recorded with its status, all through the counter's
//! own actions.

use std::collections::HashMap;

use super::{CsvReport, CsvRow, CsvRowPreview, SAMPLE_ROWS};
use crate::core::validate;
use crate::core::{Ctx, Id, Result, Writer};

/// Every customer this import could match, by contact: those already in the
/// database (read once, up front) and those the file has added so far, so two
/// rows for the same person make one customer.
struct Known {
    names: Vec<String>,
    by_phone: HashMap<String, (Id, usize)>,
    by_email: HashMap<String, (Id, usize)>,
}

impl Known {
    fn load(w: &Writer<'_>) -> Result<Known> {
        let mut known = Known { names: Vec::new(), by_phone: HashMap::new(), by_email: HashMap::new() };
        for (id, name, kind, key) in w.all_contacts()? {
            let at = known.names.len();
            known.names.push(name);
            let map = if kind == "phone" { &mut known.by_phone } else { &mut known.by_email };
            map.entry(key).or_insert((id, at));
        }
        Ok(known)
    }

    fn find(&self, phones: &[validate::Phone], emails: &[validate::Email]) -> Option<(Id, String)> {
        phones
            .iter()
            .filter_map(|p| self.by_phone.get(p.tail()))
            .chain(emails.iter().filter_map(|e| self.by_email.get(&e.norm)))
            .next()
            .map(|(id, at)| (id.clone(), self.names[*at].clone()))
    }

    /// Whether every contact of a row is already known as this customer's.
    fn all_theirs(&self, id: &str, phones: &[validate::Phone], emails: &[validate::Email]) -> bool {
        phones.iter().all(|p| self.by_phone.get(p.tail()).is_some_and(|(c, _)| c == id))
            && emails.iter().all(|e| self.by_email.get(&e.norm).is_some_and(|(c, _)| c == id))
    }

    fn remember(&mut self, id: &str, name: &str, phones: &[validate::Phone], emails: &[validate::Email]) {
        let at = self.names.len();
        self.names.push(name.to_owned());
        for p in phones {
            self.by_phone.entry(p.tail().to_owned()).or_insert_with(|| (id.to_owned(), at));
        }
        for e in emails {
            self.by_email.entry(e.norm.clone()).or_insert_with(|| (id.to_owned(), at));
        }
    }
}

/// Writes checked rows with the same actions as the counter: every customer and
/// case is an event. A matched customer is reused; a phone number or email the
/// row has and they do not is added to their profile (an edit, recorded as
/// one), never lost.
pub fn write_rows(w: &mut Writer<'_>, ctx: &Ctx, rows: &[CsvRow]) -> Result<CsvReport> {
    w.check_actor(ctx)?;
    w.defer_search_index();
    let mut known = Known::load(w)?;
    let mut report = CsvReport {
        rows: rows.len() as u32,
        new_customers: 0,
        matched_customers: 0,
        updated_customers: 0,
        cases: 0,
        problems: Vec::new(),
        problem_count: 0,
        sample: Vec::new(),
        imported: false,
        left_out: Vec::new(),
    };
    // Oldest first: the history shows what happened in the order it happened,
    // however the spreadsheet was sorted (rows without a date keep their place
    // after those with one).
    let mut ordered: Vec<&CsvRow> = rows.iter().collect();
    ordered.sort_by_key(|r| {
        r.case.as_ref().and_then(|c| c.opened).map_or((1, 0), |t| (0, t.timestamp_millis()))
    });
    for row in ordered {
        let c = &row.customer;
        let (phones, emails) = (&row.phones, &row.emails);
        let existing = known.find(phones, emails);
        let at = row.case.as_ref().and_then(|c| c.opened).unwrap_or(ctx.at);
        let row_ctx = Ctx::at(ctx.staff_id.clone(), at);
        let mut adds = Vec::new();
        let customer_id = match &existing {
            Some((id, name)) => {
                report.matched_customers += 1;
                if !known.all_theirs(id, phones, emails) {
                    // What the row adds to a customer found: nothing is parsed again.
                    adds = w.add_checked_contacts(&row_ctx, id, &row.phones, &row.emails)?;
                }
                if !adds.is_empty() {
                    report.updated_customers += 1;
                    known.remember(id, name, phones, emails);
                }
                id.clone()
            }
            None => {
                report.new_customers += 1;
                let id = w.insert_customer(
                    &row_ctx,
                    c.name.clone(),
                    phones.clone(),
                    emails.clone(),
                    c.organisation.clone(),
                    c.segment.clone(),
                    c.notes.clone(),
                )?;
                known.remember(&id, &c.name, phones, emails);
                id
            }
        };
        if let Some(case) = &row.case {
            report.cases += 1;
            let mut state = w.insert_case(
                &row_ctx,
                &customer_id,
                case.subject.clone(),
                case.channel,
                case.priority,
                None,
                case.message.clone(),
            )?;
            w.set_status(&row_ctx, &mut state, case.status)?;
        }
        if report.sample.len() < SAMPLE_ROWS {
            report.sample.push(CsvRowPreview {
                line: row.line,
                name: c.name.clone(),
                contact: c.phones.iter().chain(c.emails.iter()).cloned().collect::<Vec<_>>().join(", "),
                existing: existing.map(|(_, name)| name),
                adds,
                subject: row.case.as_ref().map(|c| c.subject.clone()),
            });
        }
    }
    Ok(report)
}
