//! What the desk app does as the person at the counter. Each function is one call
//! from a Tauri command (or a test): it finds who is acting, checks, and writes.
//!
//! Who is at the desk is a desk-local preference, not part of the shared history:
//! switching staff is a click, not an event.

use crate::calendar::{Calendar, Holiday};
use crate::csv_import::{self, CsvReport, CsvRequest};
use crate::model::*;
use crate::seed::{self, SeedOptions};
use crate::sla::{self, DuePreview, ResponseSettings};
use crate::{clock, Ctx, Error, Result, Store};

const CURRENT_STAFF: &str = "current_staff_id";

/// The person at the desk, ready to act.
pub fn acting(store: &Store) -> Result<Ctx> {
    match store.desk_info()?.current_staff_id {
        Some(id) => Ok(Ctx::now(Some(id))),
        None => Err(Error::Conflict {
            message: "Nobody is picked as being at the desk. Pick who you are from the staff list first."
                .into(),
        }),
    }
}

/// Switches who is at the desk (`None`: nobody, e.g. at closing time).
pub fn set_current_staff(store: &mut Store, staff_id: Option<&str>) -> Result<DeskInfo> {
    if let Some(id) = staff_id {
        let staff = store.staff_member(id)?;
        if !staff.active {
            return Err(Error::Conflict {
                message: format!("{} is no longer active on the staff list. Pick someone else.", staff.name),
            });
        }
    }
    store.set_preference(CURRENT_STAFF, staff_id)?;
    store.desk_info()
}

/// Adds a staff member. The very first one needs nobody to vouch for them, and is
/// then picked as being at the desk.
pub fn add_staff(store: &mut Store, input: &NewStaff) -> Result<Staff> {
    let first = store.desk_info()?.staff == 0;
    let ctx = if first { Ctx::now(None) } else { acting(store)? };
    let staff = store.write(|w| w.add_staff(&ctx, input))?;
    if first {
        store.set_preference(CURRENT_STAFF, Some(&staff.id))?;
    }
    Ok(staff)
}

pub fn set_staff_active(store: &mut Store, staff_id: &str, active: bool) -> Result<Staff> {
    let ctx = acting(store)?;
    if !active && ctx.staff_id.as_deref() == Some(staff_id) {
        return Err(Error::Conflict {
            message: "You cannot deactivate yourself while at the desk. Ask a colleague to do it.".into(),
        });
    }
    store.write(|w| w.set_staff_active(&ctx, staff_id, active))
}

/// Loads the demo bike shop into an empty database (the first-run offer).
pub fn load_demo(store: &mut Store) -> Result<DeskInfo> {
    seed::seed(store, &SeedOptions::demo(clock::now()))?;
    store.desk_info()
}

pub fn create_customer(store: &mut Store, input: &NewCustomer, allow_duplicate: bool) -> Result<Customer> {
    let ctx = acting(store)?;
    store.write(|w| w.create_customer(&ctx, input, allow_duplicate))
}

pub fn update_customer(store: &mut Store, customer_id: &str, patch: &CustomerPatch) -> Result<Customer> {
    let ctx = acting(store)?;
    store.write(|w| w.update_customer(&ctx, customer_id, patch))
}

pub fn open_case(store: &mut Store, input: &NewInteraction) -> Result<CaseSummary> {
    let ctx = acting(store)?;
    store.write(|w| w.open_case(&ctx, input))
}

pub fn add_entry(store: &mut Store, input: &NewEntry) -> Result<TimelineEntry> {
    let ctx = acting(store)?;
    store.write(|w| w.add_entry(&ctx, input))
}

pub fn update_case(store: &mut Store, input: &CaseUpdate) -> Result<CaseSummary> {
    let ctx = acting(store)?;
    store.write(|w| w.update_case(&ctx, input))
}

/// The shop's calendar, targets and this desk's warning lead time.
pub fn response_settings(store: &Store) -> Result<ResponseSettings> {
    store.response_settings()
}

/// Checks settings without saving them: the settings screen's preview of when a
/// case opened now would be due.
pub fn preview_due(settings: &ResponseSettings) -> Result<Vec<DuePreview>> {
    let calendar = Calendar::new(settings.calendar.clone())?;
    settings.targets.validate()?;
    sla::preview(&calendar, &settings.targets, clock::to_ms(clock::now()))
}

/// Saves opening hours, holidays and targets (a shift lead or the owner only) and
/// this desk's lead time. Everything is checked first: a bad value changes
/// nothing, and the old settings stay.
pub fn save_response_settings(store: &mut Store, settings: &ResponseSettings) -> Result<ResponseSettings> {
    let ctx = acting(store)?;
    let current = store.response_settings()?;
    let shop_changes = current.calendar != settings.calendar || current.targets != settings.targets;
    Calendar::new(settings.calendar.clone())?;
    settings.targets.validate()?;
    crate::store::check_lead_minutes(settings.lead_minutes)?;
    if shop_changes {
        store.write(|w| {
            w.set_calendar(&ctx, &settings.calendar)?;
            w.set_targets(&ctx, &settings.targets)?;
            Ok(())
        })?;
    }
    store.set_lead_minutes(settings.lead_minutes)?;
    store.response_settings()
}

/// Holidays read from an .ics file's text, for the settings screen to preview and
/// merge. Nothing is saved here.
pub fn holidays_from_ics(text: &str) -> Result<Vec<Holiday>> {
    crate::ics::holidays_from_ics(text)
}

/// The draft brief for handing this case on; the person confirms or edits it.
pub fn draft_brief(store: &Store, case_id: &str) -> Result<Brief> {
    store.draft_brief(case_id)
}

pub fn hand_off(store: &mut Store, input: &HandoffInput) -> Result<Handoff> {
    let ctx = acting(store)?;
    store.write(|w| w.hand_off(&ctx, input))
}

/// Cases handed to whoever is at the desk, not yet opened by them.
pub fn inbox(store: &Store) -> Result<Vec<Handoff>> {
    match store.desk_info()?.current_staff_id {
        Some(me) => store.inbox(&me),
        None => Ok(Vec::new()),
    }
}

/// The person at the desk opened a case handed to them.
pub fn acknowledge_handoffs(store: &mut Store, case_id: &str) -> Result<u32> {
    match store.desk_info()?.current_staff_id {
        Some(me) => store.mark_handoffs_seen(&me, case_id),
        None => Ok(0),
    }
}

pub fn make_promise(store: &mut Store, input: &NewPromise) -> Result<Promise> {
    let ctx = acting(store)?;
    store.write(|w| w.make_promise(&ctx, input))
}

pub fn close_promise(store: &mut Store, input: &PromiseOutcome) -> Result<Promise> {
    let ctx = acting(store)?;
    store.write(|w| w.close_promise(&ctx, input))
}

pub fn set_expectations(store: &mut Store, customer_id: &str, input: &Expectations) -> Result<Expectations> {
    let ctx = acting(store)?;
    store.write(|w| w.set_expectations(&ctx, customer_id, input))
}

pub fn pin_fact(store: &mut Store, event_id: &str, pinned: bool) -> Result<()> {
    let ctx = acting(store)?;
    store.write(|w| if pinned { w.pin_fact(&ctx, event_id) } else { w.unpin_fact(&ctx, event_id) })
}

pub fn flag_complaint(store: &mut Store, input: &NewComplaint) -> Result<Complaint> {
    let ctx = acting(store)?;
    store.write(|w| w.flag_complaint(&ctx, input))
}

/// Checks a CSV file and, with `commit`, imports it as the person at the desk.
pub fn import_csv(store: &mut Store, request: &CsvRequest, commit: bool) -> Result<CsvReport> {
    let ctx = acting(store)?;
    csv_import::run(store, &ctx, request, commit)
}

/// Takes a case to the owner or a shift lead, with a root cause and a note.
pub fn escalate(store: &mut Store, input: &NewEscalation) -> Result<Escalation> {
    let ctx = acting(store)?;
    store.write(|w| w.escalate(&ctx, input))
}

pub fn close_escalation(store: &mut Store, input: &EscalationClosing) -> Result<Escalation> {
    let ctx = acting(store)?;
    store.write(|w| w.close_escalation(&ctx, input))
}

pub fn close_complaint(store: &mut Store, input: &ComplaintClosing) -> Result<Complaint> {
    let ctx = acting(store)?;
    store.write(|w| w.close_complaint(&ctx, input))
}

pub fn record_satisfaction(store: &mut Store, input: &NewSatisfaction) -> Result<Satisfaction> {
    let ctx = acting(store)?;
    store.write(|w| w.record_satisfaction(&ctx, input))
}

pub fn log_outreach_call(store: &mut Store, input: &NewOutreachCall) -> Result<TimelineEntry> {
    let ctx = acting(store)?;
    store.write(|w| w.log_outreach_call(&ctx, input))
}

/// Saves the shop's list of root causes (a shift lead or the owner).
pub fn set_root_causes(store: &mut Store, causes: &[String]) -> Result<Vec<String>> {
    let ctx = acting(store)?;
    store.write(|w| w.set_root_causes(&ctx, causes))
}

/// Writes one table of a report as a CSV file in `dir` (made if needed) and
/// returns the file's path. An existing file of the same name is replaced: it
/// holds the same report, over the same days, run earlier.
pub fn save_report_csv(
    store: &Store,
    request: &crate::report::ReportRequest,
    table: &str,
    dir: &std::path::Path,
) -> Result<std::path::PathBuf> {
    let report = crate::report::run(store, request, clock::now())?;
    let Some(t) = report.table(table) else {
        return Err(Error::invalid("table", format!("The {} report has no table '{table}'.", report.name)));
    };
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("Could not create the reports folder {}", dir.display()), e))?;
    let path = dir.join(format!("{}-{}-{}-to-{}.csv", report.name, t.key, report.from, report.to));
    let partial = path.with_extension("csv.partial");
    std::fs::write(&partial, t.to_csv())
        .and_then(|()| std::fs::rename(&partial, &path))
        .map_err(|e| Error::io(format!("Could not save {}", path.display()), e))?;
    Ok(path)
}
