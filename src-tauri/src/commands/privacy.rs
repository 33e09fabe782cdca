//! Privacy: what the shop holds about a customer, given to them.

use casebook::data::exchange;
use casebook::model::Actor;
use casebook::privacy::CustomerExportReport;
use casebook::shop::forget::Forgotten;

use super::commands;

commands! {
    feature: "privacy";
    /// Writes everything the shop holds about a customer (a page to read or
    /// print, and JSON) into a new folder beside the shop's exports.
    app export_customer(customer_id: String) -> CustomerExportReport = |st| {
        let db = st.db()?;
        let dir = exchange::exports_dir(db.path());
        Ok(db.read(move |s| s.export_customer(&customer_id, &dir)).await?)
    };
    /// How a customer was forgotten (who, when, why), if they were.
    read customer_forgotten(customer_id: String) -> Option<Forgotten> = |s| s.forgotten(&customer_id);
    /// Forgets a customer on every desk (an owner, with a reason): their words
    /// leave the history, the screens and this desk's files; their cases stay counted.
    write forget_customer(customer_id: String, reason: String) -> Forgotten =
        |s| s.forget(&Actor::AtDesk, &customer_id, &reason);
}
