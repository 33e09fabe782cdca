//! Adding and editing customers: the rules, then the event.

use crate::msg;
use rusqlite::params;

use super::contacts::{self, Contact, Kind};
use super::{customer, duplicates, Customer, CustomerEvent, CustomerPatch, MatchField, NewCustomer};
use crate::core::validate::{self, Email, Phone, NAME_MAX, NOTES_MAX, SHORT_MAX};
use crate::core::{ids, Ctx, Error, FieldChange, Id, Result, Writer};

impl Writer<'_> {
    /// Every customer contact as (customer id, customer name, kind, key): the
    /// phone tail or the folded email, the keys customers are matched on.
    pub fn all_contacts(&self) -> Result<Vec<(Id, String, String, String)>> {
        let mut stmt = self.tx().prepare(
            "SELECT c.customer_id, u.name, c.kind, CASE c.kind WHEN 'phone' THEN c.tail ELSE c.norm END
             FROM customer_contacts c JOIN customers u ON u.id = c.customer_id
             ORDER BY u.rowid, c.kind, c.position",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The first customer with one of these phone numbers or email addresses.
    pub fn find_customer(&self, phones: &[String], emails: &[String]) -> Result<Option<Customer>> {
        let found = duplicates(self.tx(), phones, emails)?;
        match found.into_iter().next() {
            Some(m) => Ok(Some(customer(self.tx(), &m.id)?)),
            None => Ok(None),
        }
    }

    pub fn create_customer(
        &mut self,
        ctx: &Ctx,
        input: &NewCustomer,
        allow_duplicate: bool,
    ) -> Result<Customer> {
        self.check_actor(ctx)?;
        let name = validate::required_line(&input.name, "name", msg!("label-customer-name"), NAME_MAX)?;
        let phones = validate::phones(&input.phones)?;
        let emails = validate::emails(&input.emails)?;
        let organisation = validate::optional_line(
            &input.organisation,
            "organisation",
            msg!("label-organisation"),
            SHORT_MAX,
        )?;
        let segment = validate::optional_line(&input.segment, "segment", msg!("label-segment"), SHORT_MAX)?;
        let notes = validate::optional_text(&input.notes, "notes", msg!("label-notes"), NOTES_MAX)?;

        if !allow_duplicate {
            let existing = super::queries::duplicates_of(self.tx(), &phones, &emails)?;
            if let Some(first) = existing.first() {
                let (what, field) = match first.matched_on {
                    MatchField::Email => ("email", "emails"),
                    _ => ("phone", "phones"),
                };
                return Err(Error::DuplicateCustomer {
                    field,
                    msg: msg!("error-customers-already-has-use-instead-confirm", name = first.name, what),
                });
            }
        }

        let id = self.insert_customer(ctx, name, phones, emails, organisation, segment, notes)?;
        customer(self.tx(), &id)
    }

    /// Records a customer whose fields have been checked.
    #[allow(clippy::too_many_arguments)]
    pub fn insert_customer(
        &mut self,
        ctx: &Ctx,
        name: String,
        phones: Vec<Phone>,
        emails: Vec<Email>,
        organisation: String,
        segment: String,
        notes: String,
    ) -> Result<Id> {
        let id = ids::new_id();
        let event = CustomerEvent::CustomerCreated {
            name,
            phones: phones.into_iter().map(Contact::from).collect(),
            emails: emails.into_iter().map(Contact::from).collect(),
            organisation,
            segment,
            notes,
        };
        self.append(ctx, Some(&id), None, &event)?;
        Ok(id)
    }

    /// Edits a customer's record. What the person changed is recorded, not
    /// the whole record: the single values that differ, and the phone numbers
    /// and addresses added and removed, so another desk's edit made meanwhile
    /// is kept too.
    pub fn update_customer(&mut self, ctx: &Ctx, id: &str, patch: &CustomerPatch) -> Result<Customer> {
        self.check_actor(ctx)?;
        let before = customer(self.tx(), id)?;
        let mut after = before.clone();

        if let Some(name) = &patch.name {
            after.name = validate::required_line(name, "name", msg!("label-customer-name"), NAME_MAX)?;
        }
        if let Some(org) = &patch.organisation {
            after.organisation =
                validate::optional_line(org, "organisation", msg!("label-organisation"), SHORT_MAX)?;
        }
        if let Some(segment) = &patch.segment {
            after.segment = validate::optional_line(segment, "segment", msg!("label-segment"), SHORT_MAX)?;
        }
        if let Some(notes) = &patch.notes {
            after.notes = validate::optional_text(notes, "notes", msg!("label-notes"), NOTES_MAX)?;
        }
        if let Some(language) = &patch.language {
            after.language = language_code(language)?;
        }
        let phones: Option<Vec<Contact>> = patch
            .phones
            .as_deref()
            .map(validate::phones)
            .transpose()?
            .map(|l| l.into_iter().map(Contact::from).collect());
        let emails: Option<Vec<Contact>> = patch
            .emails
            .as_deref()
            .map(validate::emails)
            .transpose()?
            .map(|l| l.into_iter().map(Contact::from).collect());

        let mut changes = Vec::new();
        let mut note = |field: &str, from: &str, to: &str| {
            if from != to {
                changes.push(FieldChange { field: field.into(), from: from.into(), to: to.into() });
            }
        };
        note("name", &before.name, &after.name);
        note("organisation", &before.organisation, &after.organisation);
        note("segment", &before.segment, &after.segment);
        note("notes", &before.notes, &after.notes);
        note("language", &before.language, &after.language);
        let id = id.to_owned();
        let diff = |kind: Kind, list: Option<Vec<Contact>>| -> Result<(Vec<Contact>, Vec<Contact>)> {
            Ok(match list {
                Some(list) => contacts::diff(kind, &contacts::held(self.tx(), &id, kind)?, &list),
                None => (Vec::new(), Vec::new()),
            })
        };
        let (phones_added, phones_removed) = diff(Kind::Phone, phones)?;
        let (emails_added, emails_removed) = diff(Kind::Email, emails)?;
        if changes.is_empty()
            && phones_added.is_empty()
            && phones_removed.is_empty()
            && emails_added.is_empty()
            && emails_removed.is_empty()
        {
            return Ok(before);
        }
        let event = CustomerEvent::CustomerEdited {
            changes,
            phones_added,
            phones_removed,
            emails_added,
            emails_removed,
        };
        self.append(ctx, Some(&id), None, &event)?;
        customer(self.tx(), &id)
    }

    /// Adds contacts already checked (a spreadsheet row's) to a customer:
    /// those they do not have yet, none of a kind whose list would pass five,
    /// as a person adding them would. Nothing is parsed again. Answers what
    /// was added, as shown.
    pub fn add_checked_contacts(
        &mut self,
        ctx: &Ctx,
        id: &str,
        phones: &[Phone],
        emails: &[Email],
    ) -> Result<Vec<String>> {
        self.check_actor(ctx)?;
        let phones_added = additions(
            self.tx(),
            id,
            Kind::Phone,
            &phones.iter().cloned().map(Contact::from).collect::<Vec<_>>(),
        )?;
        let emails_added = additions(
            self.tx(),
            id,
            Kind::Email,
            &emails.iter().cloned().map(Contact::from).collect::<Vec<_>>(),
        )?;
        let shown: Vec<String> =
            phones_added.iter().chain(&emails_added).map(|c| c.display.clone()).collect();
        if !shown.is_empty() {
            let event = CustomerEvent::CustomerEdited {
                changes: Vec::new(),
                phones_added,
                phones_removed: Vec::new(),
                emails_added,
                emails_removed: Vec::new(),
            };
            self.append(ctx, Some(id), None, &event)?;
        }
        Ok(shown)
    }

    /// We were in touch with the customer at `at` (a visit, a call, a reply).
    /// Only a later contact is written.
    pub fn touch_contact(&mut self, customer_id: &str, at: i64) -> Result<()> {
        self.tx()
            .prepare_cached(
                "UPDATE customers SET last_contact_at = ?2
                 WHERE id = ?1 AND (last_contact_at IS NULL OR last_contact_at < ?2)",
            )?
            .execute(params![customer_id, at])?;
        self.note_customer(customer_id);
        Ok(())
    }

    /// An outreach call that went `outcome` (stored as text) at `at`.
    pub fn note_outreach(&mut self, customer_id: &str, outcome: &str, at: i64) -> Result<()> {
        self.tx().execute(
            "UPDATE customers SET last_outreach_at = max(coalesce(last_outreach_at, 0), ?2),
                    last_outreach_outcome = ?3 WHERE id = ?1",
            params![customer_id, at, outcome],
        )?;
        Ok(())
    }
}

/// Of `new`, the contacts of this kind the customer does not have yet; none
/// when they would pass the limit a person typing is held to.
fn additions(conn: &rusqlite::Connection, id: &str, kind: Kind, new: &[Contact]) -> Result<Vec<Contact>> {
    let held = contacts::held(conn, id, kind)?;
    let (added, _) = contacts::diff(kind, &held, new);
    Ok(if held.len() + added.len() <= validate::CONTACTS_MAX { added } else { Vec::new() })
}

/// A customer's language as a person picked it: one Casebook speaks, or
/// empty for the shop's.
fn language_code(raw: &str) -> Result<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(String::new());
    }
    match crate::core::words::Lang::from_code(raw) {
        Some(lang) => Ok(lang.code().to_owned()),
        None => Err(Error::invalid("language", msg!("error-customers-language-unknown", language = raw))),
    }
}
