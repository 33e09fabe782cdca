//! Reading an export's `events.jsonl`: one event per line, checked line by
//! line, never more than one line in memory.

use std::io::{BufRead, Read};

use super::exchange::{MAX_ERRORS, MAX_LINE_BYTES};
use crate::core::{Error, Msg, Result};
use crate::msg;
use crate::shop::LoggedEvent;

fn invalid(msg: Msg) -> Error {
    Error::invalid("import", msg)
}

/// Reads `events.jsonl` line by line, never holding more than one line.
pub(super) struct Lines<R> {
    reader: R,
    pub(super) line: u64,
    buf: Vec<u8>,
}

impl<R: BufRead> Lines<R> {
    pub(super) fn new(reader: R) -> Self {
        Lines { reader, line: 0, buf: Vec::new() }
    }

    /// The next event, with its line number. Blank lines are skipped.
    pub(super) fn next_event(&mut self) -> Option<(u64, Result<LoggedEvent>)> {
        loop {
            self.buf.clear();
            self.line += 1;
            let read = (&mut self.reader).take(MAX_LINE_BYTES as u64 + 1).read_until(b'\n', &mut self.buf);
            match read {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => return Some((self.line, Err(Error::io(msg!("error-data-could-read"), e)))),
            }
            if self.buf.len() > MAX_LINE_BYTES && !self.buf.ends_with(b"\n") {
                // Skip the rest of the over-long line so the count stays right.
                let mut rest = Vec::new();
                let _ = self.reader.read_until(b'\n', &mut rest);
                return Some((
                    self.line,
                    Err(invalid(msg!("error-data-line-longer-than-bytes", max_line_bytes = MAX_LINE_BYTES))),
                ));
            }
            let text = match std::str::from_utf8(&self.buf) {
                Ok(t) => t.trim(),
                Err(_) => return Some((self.line, Err(invalid(msg!("error-data-line-utf-8-text"))))),
            };
            if text.is_empty() {
                continue;
            }
            return Some((self.line, parse_event(text)));
        }
    }
}

/// One line of `events.jsonl`.
pub fn parse_event(line: &str) -> Result<LoggedEvent> {
    let ev: LoggedEvent =
        serde_json::from_str(line).map_err(|e| invalid(msg!("error-data-event", detail = e)))?;
    if ev.id.trim().is_empty() || ev.desk_id.trim().is_empty() {
        return Err(invalid(msg!("error-data-event-needs-id-desk-wrote")));
    }
    Ok(ev)
}

/// Checks every line of an events file without changing anything: how many
/// events it holds, or every problem found (up to [`MAX_ERRORS`]), by line.
pub fn check_events(reader: impl BufRead) -> Result<u64> {
    let mut lines = Lines::new(reader);
    let mut count = 0;
    let mut problems = Vec::new();
    while let Some((line, ev)) = lines.next_event() {
        match ev {
            Ok(_) => count += 1,
            Err(e) => {
                problems.push(format!("line {line}: {e}"));
                if problems.len() >= MAX_ERRORS {
                    problems.push("(stopped looking after this many)".into());
                    break;
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(count)
    } else {
        Err(invalid(msg!("error-data-has-problems-so-nothing-imported", value = problems.join("\n"))))
    }
}
