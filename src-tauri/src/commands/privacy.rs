//! Privacy: what the shop holds about a customer, given to them.

use casebook::data::exchange;
use casebook::model::Actor;
use casebook::privacy::{CustomerExportReport, Retention};
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
    app forget_customer(customer_id: String, reason: String) -> Forgotten = |st| {
        let db = st.db()?;
        let forgotten = db
            .write(move |s| s.act(&Actor::AtDesk, None, |w, ctx| w.forget_customer(ctx, &customer_id, &reason)))
            .await?;
        finish_forgetting(db.clone());
        Ok(forgotten)
    };
    /// The shop's rule for keeping customers with no contact, and who it (or
    /// the rule of `years` years) would forget now.
    read retention(years: Option<u32>) -> Retention = |s| s.retention(years);
    /// Sets the rule (an owner) or turns it off; those it forgets now are
    /// forgotten at once. Answers how many.
    app set_retention(years: Option<u32>) -> u32 = |st| {
        let db = st.db()?;
        let forgotten = db.write(move |s| s.act(&Actor::AtDesk, None, |w, ctx| w.set_retention(ctx, years))).await?;
        finish_forgetting(db.clone());
        Ok(forgotten)
    };
}

/// The last steps of forgetting, once the customer is gone from every screen:
/// this desk's files (search indexes, free pages, the WAL), then the backups
/// beside the data, on a thread beside the desk's work.
fn finish_forgetting(db: casebook::Db) {
    tauri::async_runtime::spawn(async move {
        if let Err(e) = db.write(|s| s.finish_forgetting()).await {
            tracing::warn!("this desk's files could not forget yet: {e}");
        }
        if let Err(e) = casebook::data::forgetting::forget_in_backups(&db).await {
            tracing::warn!("the backups could not forget yet: {e}");
        }
    });
}
