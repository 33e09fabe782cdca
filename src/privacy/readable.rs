//! The readable page of a customer's record: one HTML file, in the shop's
//! language, that opens in any browser and prints on paper. Everything the
//! customer or a colleague wrote is escaped; the page loads nothing.

use crate::core::words::{date_locale, Lang, Words};
use crate::core::{Msg, Ts};
use crate::msg;

use super::export::{RecordEntry, SubjectRecord, DATA_FILE};

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}\
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #e3e3e3}\
th{font-weight:600}dt{font-weight:600}dd{margin:0 0 .5rem 0}.words{white-space:pre-wrap}.hint{color:#555}";

/// Escapes text for HTML: the record holds whatever people typed.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What kind of thing an event was, in a word a customer understands.
fn kind_key(kind: &str) -> &'static str {
    match kind {
        "customer_created" => "privacy-kind-added",
        "customer_updated" | "customer_edited" | "expectations_changed" => "privacy-kind-details",
        "case_opened" => "privacy-kind-case-opened",
        "customer_message" => "privacy-kind-message",
        "mail_received" => "privacy-kind-mail-in",
        "reply" | "mail_reply" | "mail_sent_elsewhere" => "privacy-kind-reply",
        "mail_sent" | "mail_failed" | "mail_retried" | "mail_refused" => "privacy-kind-mail-out",
        "note" => "privacy-kind-note",
        "call" | "outreach_call" => "privacy-kind-call",
        "visit" => "privacy-kind-visit",
        "status_changed" | "assignment_changed" | "priority_changed" => "privacy-kind-case-changed",
        "handoff" => "privacy-kind-handoff",
        "promise_made" | "promise_kept" | "promise_broken" => "privacy-kind-promise",
        "fact_pinned" | "fact_unpinned" => "privacy-kind-fact",
        "complaint_flagged" | "complaint_closed" => "privacy-kind-complaint",
        "case_escalated" | "escalation_closed" => "privacy-kind-escalation",
        "satisfaction_recorded" => "privacy-kind-score",
        "files_attached" | "attachment_removed" | "attachment_erased" => "privacy-kind-files",
        "customers_merged" | "merge_undone" | "not_duplicates" => "privacy-kind-records",
        _ => "privacy-kind-other",
    }
}

fn channel_key(channel: &str) -> &'static str {
    match channel {
        "walk_in" => "privacy-channel-walk-in",
        "phone" => "privacy-channel-phone",
        "email" => "privacy-channel-email",
        "chat" => "privacy-channel-chat",
        _ => "privacy-channel-other",
    }
}

fn status_key(status: &str) -> &'static str {
    match status {
        "open" => "privacy-status-open",
        "waiting" => "privacy-status-waiting",
        "resolved" => "privacy-status-resolved",
        _ => "privacy-status-closed",
    }
}

fn promise_key(status: &str) -> &'static str {
    match status {
        "open" => "privacy-promise-open",
        "kept" => "privacy-promise-kept",
        _ => "privacy-promise-broken",
    }
}

struct Page<'a> {
    words: &'a Words,
    dates: chrono::Locale,
    tz: chrono_tz::Tz,
    out: String,
}

impl Page<'_> {
    fn t(&self, m: &Msg) -> String {
        esc(&self.words.text(m))
    }

    fn key(&self, key: &'static str) -> String {
        self.t(&Msg::new(key))
    }

    fn date(&self, at: Ts) -> String {
        esc(&at.with_timezone(&self.tz).format_localized("%-d %B %Y, %H:%M", self.dates).to_string())
    }

    fn heading(&mut self, key: &'static str) {
        let h = self.key(key);
        self.out.push_str(&format!("<h2>{h}</h2>\n"));
    }

    fn nothing(&mut self) {
        let n = self.key("privacy-export-none");
        self.out.push_str(&format!("<p class=\"hint\">{n}</p>\n"));
    }

    fn table(&mut self, columns: &[&'static str], rows: Vec<Vec<String>>) {
        if rows.is_empty() {
            return self.nothing();
        }
        self.out.push_str("<table><thead><tr>");
        for c in columns {
            let c = self.key(c);
            self.out.push_str(&format!("<th>{c}</th>"));
        }
        self.out.push_str("</tr></thead><tbody>\n");
        for row in rows {
            self.out.push_str("<tr>");
            for cell in row {
                self.out.push_str(&format!("<td>{cell}</td>"));
            }
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody></table>\n");
    }

    /// Label and value pairs, the empty ones left out.
    fn fields(&mut self, pairs: Vec<(&'static str, String)>) {
        let pairs: Vec<_> = pairs.into_iter().filter(|(_, v)| !v.trim().is_empty()).collect();
        if pairs.is_empty() {
            return self.nothing();
        }
        self.out.push_str("<dl>\n");
        for (label, value) in pairs {
            let label = self.key(label);
            self.out.push_str(&format!("<dt>{label}</dt><dd class=\"words\">{}</dd>\n", esc(&value)));
        }
        self.out.push_str("</dl>\n");
    }

    fn entry_row(&self, e: &RecordEntry) -> Vec<String> {
        let who = match &e.by {
            Some(name) => esc(name),
            None => self.key("privacy-export-by-nobody"),
        };
        vec![
            self.date(e.at),
            who,
            esc(e.case_subject.as_deref().unwrap_or("")),
            self.key(kind_key(&e.kind)),
            format!("<span class=\"words\">{}</span>", esc(e.words.as_deref().unwrap_or(""))),
        ]
    }
}

/// The whole page for a customer's record.
pub fn page(record: &SubjectRecord, lang: Lang, region: &str, tz: chrono_tz::Tz) -> String {
    let words = Words::of(lang);
    let mut p = Page { words, dates: date_locale(region, lang), tz, out: String::new() };
    let c = &record.customer;
    let title = p.t(&msg!("privacy-export-title", name = c.name.as_str()));
    p.out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{STYLE}</style></head><body>\n<h1>{title}</h1>\n",
        lang.code()
    ));
    let made = p.t(&msg!("privacy-export-made", date = p.date(record.exported_at), file = DATA_FILE));
    p.out.push_str(&format!("<p class=\"hint\">{made}</p>\n"));

    p.heading("privacy-export-details");
    p.fields(vec![
        ("privacy-field-name", c.name.clone()),
        ("privacy-field-phones", c.phones.join("\n")),
        ("privacy-field-emails", c.emails.join("\n")),
        ("privacy-field-organisation", c.organisation.clone()),
        ("privacy-field-segment", c.segment.clone()),
        (
            "privacy-field-language",
            Lang::parse(&c.language).map(|l| l.own_name().to_owned()).unwrap_or_default(),
        ),
        ("privacy-field-notes", c.notes.clone()),
        (
            "privacy-field-since",
            c.created_at.with_timezone(&tz).format_localized("%-d %B %Y", p.dates).to_string(),
        ),
        (
            "privacy-field-last-contact",
            c.last_contact_at
                .map(|at| at.with_timezone(&tz).format_localized("%-d %B %Y", p.dates).to_string())
                .unwrap_or_default(),
        ),
    ]);

    let x = &record.expectations;
    p.heading("privacy-export-expectations");
    p.fields(vec![
        (
            "privacy-expect-channel",
            x.preferred_channel
                .map(|ch| p.words.text(&Msg::new(channel_key(ch.as_str()))))
                .unwrap_or_default(),
        ),
        ("privacy-expect-hours", x.contact_hours.clone()),
        ("privacy-expect-turnaround", x.turnaround.clone()),
        ("privacy-expect-always", x.always_do.clone()),
        ("privacy-expect-never", x.never_do.clone()),
        ("privacy-expect-recovery", x.recovery.clone()),
        ("privacy-expect-notes", x.notes.clone()),
    ]);

    p.heading("privacy-export-facts");
    let facts = record
        .key_facts
        .iter()
        .map(|f| vec![p.date(f.pinned_at), format!("<span class=\"words\">{}</span>", esc(&f.text))])
        .collect();
    p.table(&["privacy-column-when", "privacy-column-what"], facts);

    p.heading("privacy-export-cases");
    let cases = record
        .cases
        .iter()
        .map(|k| {
            vec![
                esc(&k.subject),
                p.key(channel_key(k.channel.as_str())),
                p.date(k.opened_at),
                p.key(status_key(k.status.as_str())),
            ]
        })
        .collect();
    p.table(
        &["privacy-column-case", "privacy-column-channel", "privacy-column-opened", "privacy-column-status"],
        cases,
    );

    p.heading("privacy-export-promises");
    let promises = record
        .promises
        .iter()
        .map(|r| {
            vec![
                format!("<span class=\"words\">{}</span>", esc(&r.text)),
                p.date(r.due_at),
                p.key(promise_key(r.status.as_str())),
            ]
        })
        .collect();
    p.table(&["privacy-column-promise", "privacy-column-due", "privacy-column-outcome"], promises);

    p.heading("privacy-export-files");
    let files = record
        .files
        .iter()
        .map(|f| {
            vec![
                esc(&f.name),
                p.t(&msg!("privacy-file-size", kilobytes = f.size.div_ceil(1024) as f64)),
                p.date(f.added_at),
            ]
        })
        .collect();
    p.table(&["privacy-column-file", "privacy-column-size", "privacy-column-added"], files);

    p.heading("privacy-export-history");
    let rows = record.history.iter().map(|e| p.entry_row(e)).collect();
    p.table(
        &[
            "privacy-column-when",
            "privacy-column-who",
            "privacy-column-case",
            "privacy-column-kind",
            "privacy-column-words",
        ],
        rows,
    );
    p.out.push_str("</body></html>\n");
    p.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_people_typed_cannot_become_markup() {
        assert_eq!(
            esc("<script>a & 'b' \"c\"</script>"),
            "&lt;script&gt;a &amp; &#39;b&#39; &quot;c&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn every_kind_a_customer_has_gets_a_word() {
        for kind in [
            "case_opened",
            "customer_message",
            "mail_received",
            "reply",
            "promise_made",
            "satisfaction_recorded",
        ] {
            assert_ne!(
                kind_key(kind),
                "privacy-kind-other",
                "{kind} is part of a customer's story and has its own word"
            );
        }
    }
}
