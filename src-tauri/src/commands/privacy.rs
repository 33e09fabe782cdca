//! Privacy: what the shop holds about a customer, given to them.

use casebook::data::exchange;
use casebook::privacy::CustomerExportReport;

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
}
