//! Due-time alarms: what the desk raises before and when a case or a promise
//! falls due, each once per case, target and cycle (remembered across
//! restarts in the desk-local `due_alarms`), and the notification texts.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::core::{clock, text_enum, Id, Lang, Msg, Result, Store, Ts, Words};
use crate::hours::Target;
use crate::msg;
use crate::tell::Handoff;

text_enum!(
    AlarmKind {
        DueSoon => "due_soon",
        Overdue => "overdue",
    }
);

/// A notice the desk should raise: a case is about to be, or is, overdue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Alarm {
    pub kind: AlarmKind,
    pub case_id: Id,
    pub subject: String,
    pub customer_name: String,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub target: Target,
    pub due_at: Ts,
    /// For a promise: what was promised.
    pub promise: Option<String>,
}

impl Store {
    /// When the scheduler must next wake: the next due time of a case or an open
    /// promise, or the next moment one comes within `lead_minutes` of it,
    /// whichever is first.
    pub fn next_wake(&self, now: Ts, lead_minutes: u32) -> Result<Option<Ts>> {
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
    pub fn overdue_count(&self, now: Ts) -> Result<u32> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM cases WHERE due_at IS NOT NULL AND due_at <= ?1",
            [clock::to_ms(now)],
            |r| r.get(0),
        )?)
    }

    /// The alarms to raise now, each at most once per case, target and cycle
    /// (remembered across restarts). Marks them raised in the same transaction.
    pub fn take_alarms(&mut self, now: Ts, lead_minutes: u32) -> Result<Vec<Alarm>> {
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

/// A desktop notification, ready to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Notice {
    pub summary: String,
    pub body: String,
    /// The case a click opens; `None` for a summary of several.
    pub case_id: Option<Id>,
}

/// What a customer is waiting for, in words.
pub fn target_words(target: Target, lang: Lang) -> String {
    Words::of(lang).text(&msg!("notify-target", target))
}

/// More alarms than this at once become one summary instead of a flood.
const MAX_SEPARATE_NOTICES: usize = 3;

/// Turns alarms into notifications in `lang`. `started` is when the app
/// started, on its first check only: cases that went overdue before it (while
/// the app was closed) get one summary between them.
pub fn notices(alarms: &[Alarm], tz: chrono_tz::Tz, started: Option<Ts>, lang: Lang) -> Vec<Notice> {
    let words = Words::of(lang);
    let time = |t: Ts| t.with_timezone(&tz).format("%H:%M").to_string();
    // A sentence of its own after the main one, naming who looks after the case.
    let after = |sentence: Option<Msg>| sentence.map(|m| format!(" {}", words.text(&m))).unwrap_or_default();
    let owner = |a: &Alarm| after(a.owner_name.as_deref().map(|owner| msg!("notify-owner", owner)));
    let (while_closed, now): (Vec<&Alarm>, Vec<&Alarm>) =
        alarms.iter().partition(|a| a.kind == AlarmKind::Overdue && started.is_some_and(|s| a.due_at < s));
    let mut out = Vec::new();
    if !while_closed.is_empty() {
        let count = while_closed.len();
        let names: Vec<String> = while_closed
            .iter()
            .take(3)
            .map(|a| words.text(&msg!("notify-case-of", subject = a.subject, customer = a.customer_name)))
            .collect();
        out.push(Notice {
            summary: words.text(&msg!("notify-closed-summary", count)),
            body: words.text(&msg!(
                "notify-closed-body",
                names = names.join(", "),
                more = count.saturating_sub(3)
            )),
            case_id: (count == 1).then(|| while_closed[0].case_id.clone()),
        });
    }
    if now.len() > MAX_SEPARATE_NOTICES {
        let overdue = now.iter().filter(|a| a.kind == AlarmKind::Overdue).count();
        let soon = now.len() - overdue;
        out.push(Notice {
            summary: words.text(&msg!("notify-flood-summary", count = now.len())),
            body: words.text(&msg!("notify-flood-body", overdue, soon)),
            case_id: None,
        });
        return out;
    }
    for a in now {
        let (customer, subject, at) = (&a.customer_name, &a.subject, time(a.due_at));
        let (summary, body) = match (&a.promise, a.kind) {
            (Some(promise), AlarmKind::Overdue) => (
                msg!("notify-promise-overdue-summary", promise),
                msg!("notify-promise-overdue-body", customer, time = at, subject),
            ),
            (Some(promise), AlarmKind::DueSoon) => (
                msg!("notify-promise-due-summary", promise, time = at),
                msg!("notify-promise-due-body", customer, subject),
            ),
            (None, AlarmKind::Overdue) => (
                msg!("notify-overdue-summary", subject),
                msg!("notify-overdue-body", customer, target = a.target, time = at),
            ),
            (None, AlarmKind::DueSoon) => (
                msg!("notify-due-soon-summary", subject, time = at),
                msg!("notify-due-soon-body", customer, target = a.target, time = at),
            ),
        };
        let tail = match a.promise {
            Some(_) => after(a.owner_name.as_deref().map(|owner| msg!("notify-promise-keeper", owner))),
            None => owner(a),
        };
        out.push(Notice {
            summary: words.text(&summary),
            body: format!("{}{tail}", words.text(&body)),
            case_id: Some(a.case_id.clone()),
        });
    }
    out
}

/// "Ana handed you: Brake squeal on the blue tourer" for the person at the desk;
/// "Ana handed Ben: ..." when someone else is. In `lang`.
pub fn handoff_notices(handoffs: &[Handoff], at_desk: Option<&str>, lang: Lang) -> Vec<Notice> {
    let words = Words::of(lang);
    handoffs
        .iter()
        .map(|h| {
            let from = match h.from_name.as_deref() {
                Some(name) => name.to_owned(),
                None => words.text(&msg!("notify-a-colleague")),
            };
            let subject = &h.case_subject;
            let summary = if at_desk == Some(h.to_id.as_str()) {
                msg!("notify-handoff-to-you", from, subject)
            } else {
                msg!("notify-handoff", from, to = h.to_name, subject)
            };
            let customer = &h.customer_name;
            let body = match h.brief.note.lines().next().filter(|l| !l.trim().is_empty()) {
                Some(note) => msg!("notify-handoff-note", customer, note),
                None => msg!("notify-handoff-no-note", customer),
            };
            Notice {
                summary: words.text(&summary),
                body: words.text(&body),
                case_id: Some(h.case_id.clone()),
            }
        })
        .collect()
}

#[cfg(test)]
mod notice_tests {
    use super::*;

    fn alarm(kind: AlarmKind, subject: &str, due: &str) -> Alarm {
        Alarm {
            kind,
            case_id: format!("id-{subject}"),
            subject: subject.into(),
            customer_name: "Ana Silva".into(),
            owner_id: None,
            owner_name: Some("Ben Okafor".into()),
            target: Target::FirstResponse,
            due_at: crate::core::clock::parse(due).unwrap(),
            promise: None,
        }
    }

    #[test]
    fn one_overdue_case_says_who_waits_for_what_since_when() {
        let n = notices(
            &[alarm(AlarmKind::Overdue, "Brake squeal", "2026-03-06T09:30:00Z")],
            chrono_tz::Europe::Amsterdam,
            None,
            Lang::En,
        );
        assert_eq!(
            n,
            vec![Notice {
                summary: "Overdue: Brake squeal".into(),
                body: "Ana Silva has been waiting for a first response since 10:30. Owner: Ben Okafor."
                    .into(),
                case_id: Some("id-Brake squeal".into()),
            }],
            "times are in the shop's zone"
        );
    }

    #[test]
    fn cases_that_went_overdue_while_closed_get_one_summary() {
        let started = crate::core::clock::parse("2026-03-06T12:00:00Z").unwrap();
        let alarms = [
            alarm(AlarmKind::Overdue, "A", "2026-03-06T08:00:00Z"),
            alarm(AlarmKind::Overdue, "B", "2026-03-06T09:00:00Z"),
            alarm(AlarmKind::DueSoon, "C", "2026-03-06T12:10:00Z"),
        ];
        let n = notices(&alarms, chrono_tz::UTC, Some(started), Lang::En);
        assert_eq!(n.len(), 2, "one summary for the closed period, one for the case due soon");
        assert_eq!(n[0].summary, "2 cases went overdue while Casebook was closed");
        assert_eq!(n[1].summary, "Due at 12:10: C");
    }

    #[test]
    fn a_flood_becomes_one_notice() {
        let alarms: Vec<Alarm> =
            (0..5).map(|i| alarm(AlarmKind::Overdue, &format!("Case {i}"), "2026-03-06T08:00:00Z")).collect();
        let n = notices(&alarms, chrono_tz::UTC, None, Lang::En);
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].summary, "5 cases need attention");
        assert_eq!(n[0].body, "5 overdue. Open the queue to see them.");
    }

    #[test]
    fn notices_speak_the_desk_s_language() {
        let n = notices(
            &[alarm(AlarmKind::Overdue, "Remmen piepen", "2026-03-06T09:30:00Z")],
            chrono_tz::Europe::Amsterdam,
            None,
            Lang::Nl,
        );
        assert_eq!(n[0].summary, "Te laat: Remmen piepen", "the summary is Dutch; the subject as typed");
        assert!(n[0].body.starts_with("Ana Silva wacht sinds 10:30"), "the body is Dutch: {}", n[0].body);
        let many: Vec<Alarm> =
            (0..5).map(|i| alarm(AlarmKind::Overdue, &format!("Zaak {i}"), "2026-03-06T08:00:00Z")).collect();
        let n = notices(&many, chrono_tz::UTC, None, Lang::De);
        assert_eq!(n[0].summary, "5 Fälle brauchen Aufmerksamkeit");
    }
}
