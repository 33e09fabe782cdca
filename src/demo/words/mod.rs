//! What the demo shop is made of, in each language it speaks: its staff,
//! customers' names, bikes, and the words of its conversations.
//!
//! Every language has the same tables with the same number of rows, and the
//! same scripts with the same turns in the same order, so a seed makes the same
//! shop in each language (the same people, cases, times and events), only in
//! other words. A unit test below holds every table to the English one's shape.
//!
//! To add a language: copy `en.rs` to the language's code, translate every
//! line (keeping each table's rows and each script's turns in order), add the
//! variant to `Language` (its code, `ALL` and `words`), and commit its
//! fingerprint with `UPDATE_SNAPSHOTS=1 cargo test --test library seed`.

use crate::staff::StaffRole;

mod de;
mod en;
mod es;
mod fr;
mod nl;
pub(super) mod replies;

/// The languages the demo shop speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    #[default]
    En,
    Nl,
    De,
    Fr,
    Es,
}

impl Language {
    pub const ALL: [Language; 5] = [Language::En, Language::Nl, Language::De, Language::Fr, Language::Es];

    /// The language's two-letter code: "en", "nl", "de", "fr", "es".
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Nl => "nl",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
        }
    }

    /// Reads a language tag or a POSIX locale: "nl", "NL", "nl-BE",
    /// "de_AT.UTF-8", "fr_CH@euro". `None` for a language the demo does not speak.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary: String =
            tag.trim().split(['-', '_', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The computer's language, as the rest of Casebook reads it (the
    /// operating system's locale), or English when the demo does not speak it.
    pub fn of_system() -> Language {
        Language::from_tag(crate::core::words::Lang::from_system().code()).unwrap_or_default()
    }

    pub(super) fn words(self) -> &'static Words {
        match self {
            Language::En => &en::WORDS,
            Language::Nl => &nl::WORDS,
            Language::De => &de::WORDS,
            Language::Fr => &fr::WORDS,
            Language::Es => &es::WORDS,
        }
    }
}

/// One language's demo shop.
pub(super) struct Words {
    pub staff: &'static [(&'static str, StaffRole)],
    pub first: &'static [&'static str],
    pub last: &'static [&'static str],
    /// (kind 0-2, the customer's number, a random 0-9999): a phone number as
    /// people in that country write it.
    pub phone: fn(u64, u32, u64) -> String,
    /// Business customers' organisations.
    pub organisations: &'static [&'static str],
    /// "walk-in", "regular", "business", "club": the third is business.
    pub segments: &'static [&'static str],
    /// Two notes on a customer's profile.
    pub profile_notes: &'static [&'static str],
    /// When to get in touch ("" for no preference).
    pub contact_hours: &'static [&'static str],
    /// How fast they expect the job done ("" for no preference).
    pub turnaround: &'static [&'static str],
    pub colours: &'static [&'static str],
    pub bikes: &'static [&'static str],
    /// A colour and a bike as one phrase, e.g. "blue tourer".
    pub bike: fn(&str, &str) -> String,
    pub scripts: &'static [Script],
    /// (always do, never do, how to recover), in customers' words.
    pub expectations: &'static [(&'static str, &'static str, &'static str)],
    /// (what we promised, hours until it is due)
    pub promises: &'static [(&'static str, i64)],
    /// How a broken promise was made good.
    pub recovery: &'static str,
    /// A key fact: the frame's serial number, e.g. "Frame serial WTU12345A".
    pub frame_serial: fn(&str) -> String,
    /// The bike that was not ready on the promised day.
    pub late: Trouble,
    /// The warranty claim nobody answered.
    pub warranty: Trouble,
    /// What customers said when asked how we did, by score 1 to 5.
    pub comments: &'static [&'static str],
}

/// One kind of job the shop sees, with how the conversation usually goes.
pub(super) struct Script {
    pub subject: &'static str,
    /// (who, what). `{bike}` in the subject becomes e.g. "blue tourer".
    pub turns: &'static [(Turn, &'static str)],
    /// The trouble this job can bring.
    pub trouble: Option<TroubleKind>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Turn {
    Customer,
    Reply,
    Note,
    CallIn,
    CallOut,
    Visit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TroubleKind {
    /// Not ready on the day promised: a communication failure, and a complaint.
    Late,
    /// A warranty claim the supplier sits on.
    Warranty,
}

/// The words of a case that went wrong: the escalation's note, the complaint
/// (if the customer complained) and what the shop changed afterwards.
#[derive(Clone, Copy)]
pub(super) struct Trouble {
    pub note: &'static str,
    pub complaint: Option<&'static str>,
    pub changed: &'static str,
}

impl Words {
    pub fn trouble(&self, kind: TroubleKind) -> &Trouble {
        match kind {
            TroubleKind::Late => &self.late,
            TroubleKind::Warranty => &self.warranty,
        }
    }
}

#[cfg(test)]
mod tests;
