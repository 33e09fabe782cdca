//! Reports and outreach lists.

use casebook::learn::reports::{self, DateRange, Report, ReportName, ReportRequest};
use casebook::model::{OutreachCandidate, OutreachSampleRequest};
use casebook::msg;
use casebook::{clock, Error, Result, Store};

use crate::args::{Cli, OutreachCommand};
use crate::{emit, print, say};

pub fn report(
    cli: &Cli,
    store: &Store,
    name: &str,
    from: Option<&str>,
    to: Option<&str>,
    format: &str,
) -> Result<()> {
    let name: ReportName = name.parse()?;
    let tz = store.sla_settings()?.calendar.tz();
    let today = clock::now().with_timezone(&tz).date_naive();
    let to = match to {
        Some(t) => t.to_owned(),
        None => today.format("%Y-%m-%d").to_string(),
    };
    let from = match from {
        Some(f) => f.to_owned(),
        None => {
            let end = DateRange::parse(&to, &to)?.to;
            (end - chrono::Duration::days(29)).format("%Y-%m-%d").to_string()
        }
    };
    let report = reports::run_as(store, &crate::who(cli), &ReportRequest { name, from, to }, clock::now())?;
    match format {
        "json" => say(&serde_json::to_string_pretty(&report)?),
        "csv" => emit(&reports::to_csv(&report)),
        "text" => say(&report_text(&report)),
        other => return Err(Error::invalid("format", msg!("error-cli-report-format-use-text-csv", other))),
    }
    Ok(())
}

fn outreach_line(c: &OutreachCandidate) -> String {
    format!("{:<32} {:>5} days  {}", c.name, c.days_since_contact, c.phones.join(", "))
}

pub fn outreach(cli: &Cli, store: &Store, command: &OutreachCommand) -> Result<()> {
    match command {
        OutreachCommand::List { days } => {
            let list = store.outreach_list(*days, clock::now())?;
            print(cli, &list, |l| {
                let mut lines = vec![format!("{} customers not contacted for {} days:", l.total, l.days)];
                lines.extend(l.customers.iter().map(outreach_line));
                lines.join("\n")
            })
        }
        OutreachCommand::Sample { days, count, seed } => {
            let request = OutreachSampleRequest { days: *days, count: *count, seed: *seed };
            let picked = store.outreach_sample(&request, clock::now())?;
            print(cli, &picked, |p| p.iter().map(outreach_line).collect::<Vec<_>>().join("\n"))
        }
    }
}

fn report_text(report: &Report) -> String {
    let mut out = format!("{} ({} to {})\n", report.title, report.from, report.to);
    for f in &report.findings {
        out.push_str(&format!("- {f}\n"));
    }
    for table in &report.tables {
        let cells: Vec<Vec<String>> =
            std::iter::once(table.columns.iter().map(|c| c.label.clone()).collect())
                .chain(table.rows.iter().map(|r| {
                    r.iter()
                        .map(|c| match c {
                            reports::Cell::Number(n) => format!("{n}"),
                            reports::Cell::Text(t) => t.replace('\n', " "),
                            reports::Cell::Empty => "-".into(),
                        })
                        .collect()
                }))
                .collect();
        let widths: Vec<usize> = (0..table.columns.len())
            .map(|i| {
                cells.iter().map(|r| r.get(i).map_or(0, |c| c.chars().count().min(40))).max().unwrap_or(0)
            })
            .collect();
        out.push_str(&format!("\n{}\n", table.title));
        for row in &cells {
            let line: Vec<String> = row.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect();
            out.push_str(line.join("  ").trim_end());
            out.push('\n');
        }
    }
    out
}
