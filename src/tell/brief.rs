//! The brief: what the next person needs to know, drafted from the history by
//! fixed rules and confirmed (or edited) by the person handing off.

use crate::msg;
use rusqlite::{params, Connection, OptionalExtension};

use super::complaints::customer_complaints;
use super::pins::key_facts;
use super::promises::customer_open_promises;
use super::{Brief, BriefPart, BriefSection, ComplaintStatus};
use crate::cases::{CallDirection, CaseEvent};
use crate::core::validate::{self, BODY_MAX, SUBJECT_MAX};
use crate::core::words::date_locale;
use crate::core::{clock, Error, Lang, Msg, Result, Store, Words};
use crate::customers::expectations;

/// Limits for a brief: enough for any handover, bounded for pasted essays.
const BRIEF_LINE_MAX: usize = 2_000;
const BRIEF_LINES_MAX: usize = 200;
/// How many recent entries "what we have tried" lists.
const TRIED_LINES: usize = 12;
/// Long entries are shortened in a brief; the whole text stays on the timeline.
const QUOTE_CHARS: usize = 280;

fn shorten(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

/// The language a brief is drafted in, and the locale of its dates.
#[derive(Clone, Copy, Debug)]
pub struct BriefWords {
    pub lang: Lang,
    pub dates: chrono::Locale,
}

impl Default for BriefWords {
    fn default() -> Self {
        BriefWords { lang: Lang::En, dates: chrono::Locale::en_GB }
    }
}

/// Drafts the brief for handing a case on, by fixed rules from the history:
/// 1. their words: the customer's first message on this case, every pinned fact,
///    and their latest message if it differs from the first;
/// 2. what we have tried: the latest replies, notes, calls and visits on this
///    case, oldest first;
/// 3. every open promise to this customer, on any case, soonest first;
/// 4. their expectations, "never" included, word for word;
/// 5. every complaint on record, open ones first.
///
/// Sections with nothing to say are left out. Open promises and "never do"
/// items are never shortened or dropped.
pub fn draft_brief(
    conn: &Connection,
    case_id: &str,
    now: i64,
    tz: chrono_tz::Tz,
    style: BriefWords,
) -> Result<Brief> {
    let words = Words::of(style.lang);
    let say = |m: Msg| words.text(&m);
    let customer_id: String = conn
        .query_row("SELECT customer_id FROM cases WHERE id = ?1", [case_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("Case", case_id))?;
    let day = |ms: i64| {
        clock::from_ms(ms).with_timezone(&tz).format_localized("%a %-d %b %H:%M", style.dates).to_string()
    };
    let payload = |text: String| -> Result<CaseEvent> { Ok(serde_json::from_str(&text)?) };
    let body_of = |p: &CaseEvent| p.body().unwrap_or_default().to_owned();

    let customer_message = |order: &str| -> Result<Option<(String, i64, String)>> {
        let sql = format!(
            "SELECT id, at, payload FROM events WHERE case_id = ?1 AND kind = 'customer_message' ORDER BY at {order}, id {order} LIMIT 1"
        );
        Ok(conn
            .query_row(&sql, [case_id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?))
            })
            .optional()?)
    };
    let mut their_words = Vec::new();
    let first = customer_message("ASC")?;
    if let Some((_, at, p)) = &first {
        let text = shorten(&body_of(&payload(p.clone())?), QUOTE_CHARS);
        their_words.push(say(msg!("brief-first-message", text, when = day(*at))));
    }
    for fact in key_facts(conn, &customer_id)? {
        their_words.push(say(msg!("brief-pinned", text = shorten(&fact.text, QUOTE_CHARS))));
    }
    if let (Some((first_id, ..)), Some((last_id, at, p))) = (&first, customer_message("DESC")?) {
        if *first_id != last_id {
            let text = shorten(&body_of(&payload(p)?), QUOTE_CHARS);
            their_words.push(say(msg!("brief-latest", text, when = day(at))));
        }
    }

    let mut tried = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT e.at, e.payload, s.name FROM events e LEFT JOIN staff s ON s.id = e.staff_id
             WHERE e.case_id = ?1 AND e.kind IN ('reply', 'note', 'call', 'visit')
             ORDER BY e.at DESC, e.id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![case_id, TRIED_LINES as i64 + 1], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?))
        })?;
        let mut recent = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        let more = recent.len() > TRIED_LINES;
        recent.truncate(TRIED_LINES);
        recent.reverse();
        if more {
            let total: i64 = conn.query_row(
                "SELECT count(*) FROM events WHERE case_id = ?1 AND kind IN ('reply', 'note', 'call', 'visit')",
                [case_id],
                |r| r.get(0),
            )?;
            tried.push(say(msg!("brief-earlier", count = total as usize - TRIED_LINES)));
        }
        for (at, p, who) in recent {
            let p = payload(p)?;
            let what = match &p {
                CaseEvent::Reply { .. } => "reply",
                CaseEvent::Note { .. } => "note",
                CaseEvent::Call { direction: CallDirection::Inbound, .. } => "call_in",
                CaseEvent::Call { .. } => "call_out",
                _ => "visit",
            };
            let who = who.unwrap_or_else(|| say(msg!("brief-someone")));
            let text = shorten(&body_of(&p), QUOTE_CHARS);
            tried.push(say(msg!("brief-tried-line", who, what, when = day(at), text)));
        }
    }

    // A promise is the case owner's to keep unless it says otherwise; on a handoff
    // the owner's promises on this case go to whoever takes it over.
    let case_owner: Option<String> =
        conn.query_row("SELECT owner_id FROM cases WHERE id = ?1", [case_id], |r| r.get(0))?;
    let promises: Vec<String> = customer_open_promises(conn, &customer_id, now)?
        .into_iter()
        .map(|p| {
            let theirs = p.case_id == case_id && p.owner_id.is_some() && p.owner_id == case_owner;
            let (text, when) = (&p.text, day(clock::to_ms(p.due_at)));
            let late = if p.overdue { "yes" } else { "no" };
            say(match (theirs, p.owner_name) {
                (false, Some(owner)) => msg!("brief-promise-kept-by", text, when, owner, late),
                _ => msg!("brief-promise", text, when, late),
            })
        })
        .collect();

    let e = expectations(conn, &customer_id)?;
    let mut expect = Vec::new();
    let mut push = |label: &str, text: &str| {
        if !text.trim().is_empty() {
            expect.push(say(msg!("brief-expectation", label, text = text.trim())));
        }
    };
    push("never", &e.never_do);
    push("always", &e.always_do);
    push("recovery", &e.recovery);
    if let Some(channel) = e.preferred_channel {
        push("channel", &say(msg!("brief-channel", channel)));
    }
    push("hours", &e.contact_hours);
    push("turnaround", &e.turnaround);
    push("notes", &e.notes);

    let complaints: Vec<String> = customer_complaints(conn, &customer_id)?
        .into_iter()
        .map(|c| {
            let summary = &c.summary;
            say(match (c.status, &c.what_changed) {
                (ComplaintStatus::Open, _) => msg!(
                    "brief-complaint-open",
                    summary,
                    when = day(clock::to_ms(c.opened_at)),
                    subject = c.case_subject
                ),
                (ComplaintStatus::Closed, Some(changed)) => {
                    msg!("brief-complaint-closed-changed", summary, changed)
                }
                (ComplaintStatus::Closed, None) => msg!("brief-complaint-closed", summary),
            })
        })
        .collect();

    let sections = [
        (BriefPart::TheirWords, msg!("brief-their-words"), their_words),
        (BriefPart::Tried, msg!("brief-tried"), tried),
        (BriefPart::Promises, msg!("brief-promises"), promises),
        (BriefPart::Expectations, msg!("brief-expectations"), expect),
        (BriefPart::Complaints, msg!("brief-complaints"), complaints),
    ]
    .into_iter()
    .filter(|(_, _, lines)| !lines.is_empty())
    .map(|(part, title, lines)| BriefSection { part, title: say(title), lines })
    .collect();
    Ok(Brief { sections, note: String::new() })
}

pub(super) fn clean_brief(brief: &Brief) -> Result<Brief> {
    let mut sections = Vec::new();
    let mut count = 0;
    for s in &brief.sections {
        let mut lines = Vec::new();
        for line in &s.lines {
            let line =
                validate::optional_text(line, "brief", msg!("label-a-line-of-the-brief"), BRIEF_LINE_MAX)?;
            if !line.is_empty() {
                lines.push(line);
            }
        }
        count += lines.len();
        if !lines.is_empty() {
            let title =
                validate::required_line(&s.title, "brief", msg!("label-a-section-title"), SUBJECT_MAX)?;
            sections.push(BriefSection { part: s.part, title, lines });
        }
    }
    if count > BRIEF_LINES_MAX {
        return Err(Error::invalid(
            "brief",
            msg!("error-tell-brief-has-lines-keep-under", count, brief_lines_max = BRIEF_LINES_MAX),
        ));
    }
    let note = validate::optional_text(&brief.note, "brief", msg!("label-the-handover-note"), BODY_MAX)?;
    let cleaned = Brief { sections, note };
    if cleaned.is_empty() {
        return Err(Error::invalid("brief", msg!("error-tell-brief-empty-keep-drafted-lines")));
    }
    Ok(cleaned)
}

impl Store {
    /// Drafts the brief for handing this case on (see [`draft_brief`]), in the
    /// desk's language.
    pub fn draft_brief(&self, case_id: &str) -> Result<Brief> {
        let tz = self.sla_settings()?.calendar.tz();
        let locale = self.locale_settings()?.effective;
        let style = BriefWords { lang: locale.lang(), dates: date_locale(&locale.region, locale.lang()) };
        draft_brief(&self.conn, case_id, clock::to_ms(clock::now()), tz, style)
    }
}
