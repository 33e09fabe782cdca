//! The store's side of response targets: the shop's settings (cached, reloaded
//! when they change), recomputing due times, and the alarms the scheduler raises.

use std::sync::Arc;

use rusqlite::{params, Connection, OptionalExtension};

use super::write::{queue_key, Ctx, Writer};
use super::Store;
use crate::calendar::{Calendar, CalendarSpec};
use crate::model::{CaseStatus, EventPayload};
use crate::sla::{self, Alarm, AlarmKind, CaseClock, Pause, ResponseSettings, Target, TargetPolicy};
use crate::{clock, Error, Result};

pub(super) const CALENDAR: &str = "calendar";
pub(super) const TARGETS: &str = "targets";
const LEAD_PREF: &str = "notify_lead_minutes";
pub const DEFAULT_LEAD_MINUTES: u32 = 15;

pub fn check_lead_minutes(minutes: u32) -> Result<()> {
    if !(1..=24 * 60).contains(&minutes) {
        return Err(Error::invalid(
            "lead_minutes",
            format!("Warn between 1 minute and 24 hours before a due time, not {minutes} minutes."),
        ));
    }
    Ok(())
}

/// The shop's business calendar and targets, checked and ready for arithmetic.
#[derive(Debug)]
pub struct SlaSettings {
    pub calendar: Calendar,
    pub targets: TargetPolicy,
    pub version: i64,
}

pub(crate) fn settings_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT coalesce(max(version), 0) FROM settings", [], |r| r.get(0))?)
}

pub(super) fn setting<T: serde::de::DeserializeOwned>(conn: &Connection, key: &str) -> Result<Option<T>> {
    let text: Option<String> =
        conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?;
    text.map(|t| serde_json::from_str(&t).map_err(Error::from)).transpose()
}

pub(super) fn put_setting<T: serde::Serialize>(conn: &Connection, key: &str, value: &T) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value, version)
         VALUES (?1, ?2, (SELECT coalesce(max(version), 0) + 1 FROM settings))
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version",
        params![key, serde_json::to_string(value)?],
    )?;
    Ok(())
}

pub(crate) fn load_settings(conn: &Connection) -> Result<SlaSettings> {
    let spec: CalendarSpec = setting(conn, CALENDAR)?.unwrap_or_else(CalendarSpec::always_open);
    let targets: TargetPolicy = setting(conn, TARGETS)?.unwrap_or_default();
    Ok(SlaSettings { calendar: Calendar::new(spec)?, targets, version: settings_version(conn)? })
}

/// On a new database (or one from before response targets): the default
/// calendar in this computer's time zone, the default targets, and due times for
/// any cases already there.
pub(crate) fn ensure_defaults(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let missing = setting::<serde_json::Value>(&tx, CALENDAR)?.is_none();
    if missing {
        put_setting(&tx, CALENDAR, &CalendarSpec::default_for(&crate::calendar::system_time_zone()))?;
        put_setting(&tx, TARGETS, &TargetPolicy::default())?;
        let settings = load_settings(&tx)?;
        recompute(&tx, &settings, None)?;
    }
    tx.commit()?;
    Ok(())
}

/// The clock columns of a case, as stored.
pub(crate) fn clock_from_row(
    opened_at: i64,
    status: CaseStatus,
    priority: crate::model::Priority,
    waiting_since: Option<i64>,
    first_response_at: Option<i64>,
    pauses: &str,
) -> Result<CaseClock> {
    Ok(CaseClock {
        opened_at,
        status,
        priority,
        waiting_since,
        first_response_at,
        pauses: serde_json::from_str::<Vec<Pause>>(pauses)?,
    })
}

/// Recomputes the due time of every open or waiting case (or one case).
/// Returns how many were updated.
pub(crate) fn recompute(conn: &Connection, settings: &SlaSettings, only: Option<&str>) -> Result<u32> {
    let mut read = conn.prepare(
        "SELECT id, opened_at, status, priority, waiting_since, first_response_at, pauses, updated_at
         FROM cases WHERE status IN ('open', 'waiting') AND (?1 IS NULL OR id = ?1)",
    )?;
    let mut write = conn.prepare(
        "UPDATE cases SET due_at = ?2, due_target = ?3, due_cycle = ?4, queue_key = ?5 WHERE id = ?1",
    )?;
    let mut rows = read.query(params![only])?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let status: CaseStatus = r.get(2)?;
        let pauses: String = r.get(6)?;
        let updated_at: i64 = r.get(7)?;
        let clock = clock_from_row(r.get(1)?, status, r.get(3)?, r.get(4)?, r.get(5)?, &pauses)?;
        let due = sla::due(&clock, &settings.calendar, &settings.targets);
        write.execute(params![
            id,
            due.map(|d| d.at),
            due.map(|d| d.target),
            due.map(|d| d.cycle),
            queue_key(status, due.map(|d| d.at), updated_at),
        ])?;
        n += 1;
    }
    Ok(n)
}

impl Writer<'_> {
    /// Opening hours and targets are the shop's policy: a shift lead or the owner
    /// sets them.
    fn check_lead(&self, ctx: &Ctx) -> Result<()> {
        self.check_actor(ctx)?;
        if let Some(id) = &ctx.staff_id {
            let staff = super::read::staff_member(self.tx(), id)?;
            if staff.role == crate::model::StaffRole::Staff {
                return Err(Error::NotAllowed {
                    message: format!(
                        "{} cannot change opening hours, holidays or response targets: ask a shift lead or the owner.",
                        staff.name
                    ),
                });
            }
        }
        Ok(())
    }

    /// Replaces the business calendar. Refused (and nothing changes) if it is not
    /// valid. Every open case's due time is recomputed in the same transaction.
    pub fn set_calendar(&mut self, ctx: &Ctx, spec: &CalendarSpec) -> Result<u32> {
        self.check_lead(ctx)?;
        let calendar = Calendar::new(spec.clone())?;
        if self.settings().calendar.spec() == spec {
            return Ok(0);
        }
        put_setting(self.tx(), CALENDAR, spec)?;
        self.append_event(ctx, None, None, &EventPayload::CalendarChanged { calendar: spec.clone() })?;
        let targets = self.settings().targets;
        self.replace_settings(SlaSettings { calendar, targets, version: settings_version(self.tx())? });
        self.recompute_due_times()
    }

    /// Replaces the response targets, refusing any of zero or negative minutes.
    pub fn set_targets(&mut self, ctx: &Ctx, targets: &TargetPolicy) -> Result<u32> {
        self.check_lead(ctx)?;
        targets.validate()?;
        if self.settings().targets == *targets {
            return Ok(0);
        }
        put_setting(self.tx(), TARGETS, targets)?;
        self.append_event(ctx, None, None, &EventPayload::TargetsChanged { targets: *targets })?;
        let calendar = self.settings().calendar.clone();
        self.replace_settings(SlaSettings {
            calendar,
            targets: *targets,
            version: settings_version(self.tx())?,
        });
        self.recompute_due_times()
    }

    /// Takes another shop's calendar and targets as this one's, without an event
    /// (like the defaults a new database starts with): used when an export is
    /// imported into an empty database.
    pub(crate) fn adopt_settings(&mut self, calendar: &CalendarSpec, targets: &TargetPolicy) -> Result<()> {
        Calendar::new(calendar.clone())?;
        targets.validate()?;
        put_setting(self.tx(), CALENDAR, calendar)?;
        put_setting(self.tx(), TARGETS, targets)?;
        let fresh = load_settings(self.tx())?;
        self.replace_settings(fresh);
        self.recompute_due_times()?;
        Ok(())
    }

    /// Recomputes every open case's due time with the current settings.
    pub fn recompute_due_times(&mut self) -> Result<u32> {
        let n = recompute(self.tx(), &self.settings(), None)?;
        self.note_everything_changed();
        Ok(n)
    }
}

impl Store {
    /// The shop's calendar and targets, reloaded only when they have changed
    /// (here, or in another program writing to the same file).
    pub fn sla_settings(&self) -> Result<Arc<SlaSettings>> {
        let version = settings_version(&self.conn)?;
        if let Some(cached) = self.sla.borrow().as_ref().filter(|s| s.version == version) {
            return Ok(cached.clone());
        }
        let fresh = Arc::new(load_settings(&self.conn)?);
        *self.sla.borrow_mut() = Some(fresh.clone());
        Ok(fresh)
    }

    pub fn lead_minutes(&self) -> Result<u32> {
        Ok(self.preference(LEAD_PREF)?.and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_LEAD_MINUTES))
    }

    pub fn set_lead_minutes(&mut self, minutes: u32) -> Result<()> {
        check_lead_minutes(minutes)?;
        self.set_preference(LEAD_PREF, Some(&minutes.to_string()))
    }

    pub fn response_settings(&self) -> Result<ResponseSettings> {
        let s = self.sla_settings()?;
        Ok(ResponseSettings {
            calendar: s.calendar.spec().clone(),
            targets: s.targets,
            lead_minutes: self.lead_minutes()?,
        })
    }

    /// When the scheduler must next wake: the next due time of a case or an open
    /// promise, or the next moment one comes within `lead_minutes` of it,
    /// whichever is first.
    pub fn next_wake(&self, now: crate::model::Ts, lead_minutes: u32) -> Result<Option<crate::model::Ts>> {
        let now = clock::to_ms(now);
        let lead = i64::from(lead_minutes) * 60_000;
        let first_after = |sql: &str, t: i64| -> Result<Option<i64>> {
            Ok(self.conn.query_row(sql, [t], |r| r.get(0)).optional()?)
        };
        let case = "SELECT due_at FROM cases WHERE due_at > ?1 ORDER BY due_at LIMIT 1";
        let promise =
            "SELECT due_at FROM promises WHERE status = 'open' AND due_at > ?1 ORDER BY due_at LIMIT 1";
        let mut wakes = Vec::new();
        for sql in [case, promise] {
            wakes.extend(first_after(sql, now)?);
            wakes.extend(first_after(sql, now + lead)?.map(|d| d - lead));
        }
        Ok(wakes.into_iter().min().map(clock::from_ms))
    }

    /// Open cases whose due time has passed.
    pub fn overdue_count(&self, now: crate::model::Ts) -> Result<u32> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM cases WHERE due_at IS NOT NULL AND due_at <= ?1",
            [clock::to_ms(now)],
            |r| r.get(0),
        )?)
    }

    /// The alarms to raise now, each at most once per case, target and cycle
    /// (remembered across restarts). Marks them raised in the same transaction.
    pub fn take_alarms(&mut self, now: crate::model::Ts, lead_minutes: u32) -> Result<Vec<Alarm>> {
        let now = clock::to_ms(now);
        let lead = i64::from(lead_minutes) * 60_000;
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut alarms = Vec::new();
        {
            let mut stmt = tx.prepare_cached(
                "SELECT k.id, k.subject, cu.name, k.owner_id, s.name, k.due_target, k.due_cycle, k.due_at,
                        CASE WHEN k.due_at <= ?1 THEN 'overdue' ELSE 'due_soon' END AS kind
                 FROM cases k
                 JOIN customers cu ON cu.id = k.customer_id
                 LEFT JOIN staff s ON s.id = k.owner_id
                 WHERE k.due_at IS NOT NULL AND k.due_at <= ?2
                   AND NOT EXISTS (
                     SELECT 1 FROM due_alarms a
                     WHERE a.case_id = k.id AND a.target = k.due_target AND a.cycle = k.due_cycle
                       AND a.kind = CASE WHEN k.due_at <= ?1 THEN 'overdue' ELSE 'due_soon' END)
                 ORDER BY k.due_at",
            )?;
            let mut mark = tx.prepare_cached(
                "INSERT OR IGNORE INTO due_alarms (case_id, target, cycle, kind, raised_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            let mut rows = stmt.query(params![now, now + lead])?;
            while let Some(r) = rows.next()? {
                let case_id: String = r.get(0)?;
                let target: Target = r.get(5)?;
                let cycle: i64 = r.get(6)?;
                let kind: AlarmKind = r.get(8)?;
                mark.execute(params![case_id, target, cycle, kind, now])?;
                alarms.push(Alarm {
                    kind,
                    case_id,
                    subject: r.get(1)?,
                    customer_name: r.get(2)?,
                    owner_id: r.get(3)?,
                    owner_name: r.get(4)?,
                    target,
                    due_at: clock::from_ms(r.get(7)?),
                    promise: None,
                });
            }
            // Promises: the same rules, keyed by the promise and its due time.
            let mut stmt = tx.prepare_cached(
                "SELECT p.id, p.case_id, k.subject, cu.name, p.owner_id, s.name, p.due_at, p.text,
                        CASE WHEN p.due_at <= ?1 THEN 'overdue' ELSE 'due_soon' END AS kind
                 FROM promises p
                 JOIN cases k ON k.id = p.case_id
                 JOIN customers cu ON cu.id = p.customer_id
                 LEFT JOIN staff s ON s.id = p.owner_id
                 WHERE p.status = 'open' AND p.due_at <= ?2
                   AND NOT EXISTS (
                     SELECT 1 FROM due_alarms a
                     WHERE a.case_id = p.id AND a.target = 'promise' AND a.cycle = p.due_at
                       AND a.kind = CASE WHEN p.due_at <= ?1 THEN 'overdue' ELSE 'due_soon' END)
                 ORDER BY p.due_at",
            )?;
            let mut rows = stmt.query(params![now, now + lead])?;
            while let Some(r) = rows.next()? {
                let promise_id: String = r.get(0)?;
                let due_at: i64 = r.get(6)?;
                let kind: AlarmKind = r.get(8)?;
                mark.execute(params![promise_id, Target::Promise, due_at, kind, now])?;
                alarms.push(Alarm {
                    kind,
                    case_id: r.get(1)?,
                    subject: r.get(2)?,
                    customer_name: r.get(3)?,
                    owner_id: r.get(4)?,
                    owner_name: r.get(5)?,
                    target: Target::Promise,
                    due_at: clock::from_ms(due_at),
                    promise: Some(r.get(7)?),
                });
            }
        }
        tx.commit()?;
        Ok(alarms)
    }
}
