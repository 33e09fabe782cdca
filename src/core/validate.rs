//! Rules for what people type. Each check returns the cleaned value or an error
//! that tells the person exactly what to fix.

use super::words::ToArg;
use super::{Error, Msg, Result};

pub const NAME_MAX: usize = 120;
pub const SUBJECT_MAX: usize = 200;
pub const BODY_MAX: usize = 20_000;
pub const NOTES_MAX: usize = 5_000;
pub const SHORT_MAX: usize = 120;
pub const CONTACTS_MAX: usize = 5;

/// Phone numbers are compared on their last digits, so "0612 345 678" and
/// "+31 6 1234 5678" are the same number. Nine digits covers national numbers in
/// most countries without matching unrelated short numbers.
pub const PHONE_TAIL: usize = 9;

fn char_count(s: &str) -> usize {
    s.chars().count()
}

fn has_control(s: &str, allow_newlines: bool) -> bool {
    s.chars().any(|c| c.is_control() && !(allow_newlines && (c == '\n' || c == '\r' || c == '\t')))
}

/// A required one-line value such as a name or a subject.
pub fn required_line(raw: &str, field: &'static str, label: Msg, max: usize) -> Result<String> {
    let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.is_empty() {
        return Err(Error::invalid(
            field,
            msg!("error-core-empty-type-before-saving", label = label.to_arg()),
        ));
    }
    check_len(&value, field, label.clone(), max)?;
    if has_control(&value, false) {
        return Err(Error::invalid(
            field,
            msg!("error-core-contains-control-characters-retype-without", label = label.to_arg()),
        ));
    }
    Ok(value)
}

/// An optional one-line value: empty is fine.
pub fn optional_line(raw: &str, field: &'static str, label: Msg, max: usize) -> Result<String> {
    let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    check_len(&value, field, label.clone(), max)?;
    if has_control(&value, false) {
        return Err(Error::invalid(
            field,
            msg!("error-core-contains-control-characters-retype-without", label = label.to_arg()),
        ));
    }
    Ok(value)
}

/// A required multi-line text such as a message or a note.
pub fn required_text(raw: &str, field: &'static str, label: Msg, max: usize) -> Result<String> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(Error::invalid(
            field,
            msg!("error-core-empty-write-before-saving", label = label.to_arg()),
        ));
    }
    check_len(value, field, label.clone(), max)?;
    if has_control(value, true) {
        return Err(Error::invalid(
            field,
            msg!("error-core-contains-control-characters-retype-without", label = label.to_arg()),
        ));
    }
    Ok(value.to_owned())
}

/// An optional multi-line text such as profile notes.
pub fn optional_text(raw: &str, field: &'static str, label: Msg, max: usize) -> Result<String> {
    let value = raw.trim();
    check_len(value, field, label.clone(), max)?;
    if has_control(value, true) {
        return Err(Error::invalid(
            field,
            msg!("error-core-contains-control-characters-retype-without", label = label.to_arg()),
        ));
    }
    Ok(value.to_owned())
}

fn check_len(value: &str, field: &'static str, label: Msg, max: usize) -> Result<()> {
    let n = char_count(value);
    if n > max {
        return Err(Error::invalid(
            field,
            msg!("error-core-too-long-characters-limit-shorten", label = label.to_arg(), n, max),
        ));
    }
    Ok(())
}

/// A checked email: as typed (trimmed) and its comparison form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub display: String,
    pub norm: String,
}

/// A value quoted back in a message: one line, cut to a readable length (a
/// pasted page is not repeated in full).
pub fn shown(value: &str) -> String {
    const MAX: usize = 60;
    let one_line = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= MAX {
        return one_line;
    }
    let cut: String = one_line.chars().take(MAX).collect();
    format!("{}…", cut.trim_end())
}

pub fn email(raw: &str) -> Result<Email> {
    let value = raw.trim();
    let bad = |why: Msg| {
        Error::invalid(
            "emails",
            msg!("error-core-valid-email-address-check-example", value = shown(value), why),
        )
    };
    if value.is_empty() {
        return Err(bad(msg!("why-it-is-empty")));
    }
    if char_count(value) > 254 {
        return Err(bad(msg!("why-it-is-longer-than-254-characters")));
    }
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad(msg!("why-it-contains-a-space")));
    }
    let mut parts = value.split('@');
    let (local, domain) = match (parts.next(), parts.next(), parts.next()) {
        (Some(l), Some(d), None) => (l, d),
        (_, None, _) => return Err(bad(msg!("why-it-has-no"))),
        _ => return Err(bad(msg!("why-it-has-more-than-one"))),
    };
    if local.is_empty() {
        return Err(bad(msg!("why-nothing-before-the")));
    }
    if domain.is_empty() || !domain.contains('.') {
        return Err(bad(msg!("why-the-part-after-the-needs-a-dot-like-exam")));
    }
    if domain.starts_with('.') || domain.ends_with('.') || domain.contains("..") {
        return Err(bad(msg!("why-the-part-after-the-has-a-misplaced-dot")));
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Err(bad(msg!("why-the-part-before-the-has-a-misplaced-dot")));
    }
    Ok(Email { display: value.to_owned(), norm: value.to_lowercase() })
}

/// A checked phone number: as typed and its digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub display: String,
    pub digits: String,
}

impl Phone {
    /// The comparison key: the last [`PHONE_TAIL`] digits (or all of a shorter number).
    pub fn tail(&self) -> &str {
        phone_tail(&self.digits)
    }
}

pub fn phone_tail(digits: &str) -> &str {
    let start = digits.len().saturating_sub(PHONE_TAIL);
    &digits[start..]
}

pub fn phone(raw: &str) -> Result<Phone> {
    let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let bad = |why: Msg| {
        Error::invalid("phones", msg!("error-core-valid-phone-number-use-digits", value = shown(&value), why))
    };
    if value.is_empty() {
        return Err(bad(msg!("why-it-is-empty")));
    }
    for (i, c) in value.chars().enumerate() {
        match c {
            '0'..='9' | ' ' | '-' | '(' | ')' | '.' | '/' => {}
            '+' if i == 0 => {}
            '+' => return Err(bad(msg!("why-a-can-only-come-first"))),
            _ => return Err(bad(msg!("why-phone-contains", c = c.to_string()))),
        }
    }
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 6 {
        return Err(bad(msg!("why-it-has-fewer-than-6-digits")));
    }
    if digits.len() > 17 {
        return Err(bad(msg!("why-it-has-more-than-17-digits")));
    }
    Ok(Phone { display: value, digits })
}

/// Checks a list of contacts, dropping blank entries and exact repeats.
pub fn contact_list<T: PartialEq>(
    raw: &[String],
    field: &'static str,
    label: Msg,
    check: impl Fn(&str) -> Result<T>,
    key: impl Fn(&T) -> &str,
) -> Result<Vec<T>> {
    let mut out: Vec<T> = Vec::new();
    for item in raw.iter().filter(|s| !s.trim().is_empty()) {
        let checked = check(item)?;
        if !out.iter().any(|o| key(o) == key(&checked)) {
            out.push(checked);
        }
    }
    if out.len() > CONTACTS_MAX {
        return Err(Error::invalid(
            field,
            msg!(
                "error-core-customer-can-have-most-remove",
                contacts_max = CONTACTS_MAX,
                label = label.to_arg()
            ),
        ));
    }
    Ok(out)
}

pub fn phones(raw: &[String]) -> Result<Vec<Phone>> {
    contact_list(raw, "phones", msg!("label-phone-numbers"), phone, |p: &Phone| p.digits.as_str())
}

pub fn emails(raw: &[String]) -> Result<Vec<Email>> {
    contact_list(raw, "emails", msg!("label-email-addresses"), email, |e: &Email| e.norm.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_field_is_named_in_a_sentence_a_person_would_say() {
        let err =
            required_line(" ", "text", msg!("label-what-was-promised"), SUBJECT_MAX).unwrap_err().to_string();
        assert_eq!(
            err, "What was promised is empty. Type it in before saving.",
            "no 'Type a what was promised'"
        );
        let err = required_text("", "note", msg!("label-what-happened"), NOTES_MAX).unwrap_err().to_string();
        assert_eq!(err, "What happened is empty. Write it before saving.");
    }

    #[test]
    fn names_are_trimmed_and_inner_space_collapsed() {
        assert_eq!(
            required_line("  Ana   Silva ", "name", msg!("label-name"), NAME_MAX).unwrap(),
            "Ana Silva",
            "stray spaces from typing should not make a different name"
        );
    }

    #[test]
    fn blank_name_is_refused_with_a_message() {
        let err = required_line(" \t ", "name", msg!("label-name"), NAME_MAX).unwrap_err();
        assert_eq!(err.code(), super::super::ErrorCode::InvalidInput, "whitespace is not a name");
        assert!(err.to_string().contains("Name is empty"), "message says what is wrong: {err}");
    }

    #[test]
    fn overlong_text_is_refused_and_says_the_limit() {
        let long = "x".repeat(BODY_MAX + 1);
        let err = required_text(&long, "body", msg!("label-message"), BODY_MAX).unwrap_err();
        assert!(err.to_string().contains("20000"), "message names the limit: {err}");
    }

    #[test]
    fn emails_are_checked_and_compared_case_insensitively() {
        let e = email(" Ana.Silva@Example.com ").unwrap();
        assert_eq!(e.display, "Ana.Silva@Example.com", "display keeps what was typed");
        assert_eq!(e.norm, "ana.silva@example.com", "comparison ignores case");
        for bad in [
            "ana",
            "ana@",
            "@example.com",
            "ana@example",
            "a b@example.com",
            "a@@example.com",
            "a@example..com",
        ] {
            assert!(email(bad).is_err(), "'{bad}' must be refused as an email");
        }
    }

    #[test]
    fn phones_keep_their_format_and_compare_on_digits() {
        let p = phone("+31 6 1234 5678").unwrap();
        assert_eq!(p.digits, "31612345678");
        let local = phone("0612 345 678").unwrap();
        assert_eq!(p.tail(), local.tail(), "national and international forms of one number match");
        for bad in ["12345", "phone me", "06-12+34", ""] {
            assert!(phone(bad).is_err(), "'{bad}' must be refused as a phone number");
        }
    }

    #[test]
    fn repeated_contacts_collapse_and_blanks_are_dropped() {
        let list = emails(&["a@x.org".into(), " ".into(), "A@X.org".into()]).unwrap();
        assert_eq!(list.len(), 1, "the same address twice is stored once");
    }
}
