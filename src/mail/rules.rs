//! Which addresses are the customer's, for a reply by mail: their email
//! contacts as they stand now, and the From and Reply-To of the mail they
//! sent on the case. Any other address a reply goes to was typed by a person,
//! and the reply's event says so (`typed`).

use std::collections::HashSet;

use rusqlite::Connection;

use super::events::MailEvent;
use super::Noise;
use crate::core::{validate, Error, Result};
use crate::msg;

/// How addresses are compared: trimmed, in lower case.
pub(super) fn fold(address: &str) -> String {
    address.trim().to_lowercase()
}

/// An address a mail server takes: the rules for a customer's email address,
/// and one the sender's own parser reads.
pub(super) fn check_address(address: &str) -> Result<()> {
    validate::email(address).map_err(|e| Error::invalid("to", e.msg()))?;
    address.trim().parse::<lettre::Address>().map_err(|e| {
        Error::invalid(
            "to",
            msg!("error-mail-address-mail-server-accepts", text = address.trim(), detail = e.to_string()),
        )
    })?;
    Ok(())
}

/// The addresses a reply on this case may go to without a person typing
/// them (folded): the customer's email contacts as they stand now, and the
/// From and Reply-To of the mail received on the case (bounces aside: they
/// come from the mail system, not the customer).
pub(super) fn customer_addresses(
    conn: &Connection,
    customer_id: &str,
    case_id: &str,
) -> Result<HashSet<String>> {
    let mut out = HashSet::new();
    let mut stmt =
        conn.prepare_cached("SELECT norm FROM customer_contacts WHERE customer_id = ?1 AND kind = 'email'")?;
    for norm in stmt.query_map([customer_id], |r| r.get::<_, String>(0))? {
        out.insert(fold(&norm?));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT e.payload FROM mail_messages m JOIN events e ON e.id = m.event_id
         WHERE m.case_id = ?1 AND m.direction = 'in' AND e.kind = 'mail_received'",
    )?;
    for payload in stmt.query_map([case_id], |r| r.get::<_, String>(0))? {
        let Ok(MailEvent::MailReceived { mail }) = serde_json::from_str::<MailEvent>(&payload?) else {
            continue;
        };
        if mail.noise == Some(Noise::Bounce) {
            continue;
        }
        for a in [&mail.from, &mail.reply_to].into_iter().flatten() {
            out.insert(fold(&a.address));
        }
    }
    Ok(out)
}
