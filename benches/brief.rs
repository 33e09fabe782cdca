//! Drafting a brief for a customer with 5,000 events, printed (not asserted).
//! Run with `cargo bench --bench brief`.

use std::time::{Duration, Instant};

use casebook::model::*;
use casebook::{clock, Ctx, Store};

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("brief.db")).unwrap();
    let ana = store
        .add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner })
        .unwrap();
    let start = clock::now() - chrono::Duration::days(400);
    let at = |n: i64| Ctx::at(Some(ana.id.clone()), start + chrono::Duration::minutes(n * 7));

    // One long-standing customer: ten cases, the busiest with 4,000 events.
    let (customer, cases) = store
        .write(|w| {
            let c = w.create_customer(
                &at(0),
                &NewCustomer { name: "Regular Rider".into(), ..Default::default() },
                false,
            )?;
            let mut cases = Vec::new();
            for i in 0..10 {
                let case = w.open_case(
                    &at(i),
                    &NewInteraction {
                        customer: CustomerChoice::Existing { id: c.id.clone() },
                        subject: format!("Case {i}"),
                        channel: Channel::Phone,
                        priority: Priority::Normal,
                        owner_id: Some(ana.id.clone()),
                        message: Some("It started making a noise again.".into()),
                        expectations: None,
                    },
                )?;
                cases.push(case.id);
            }
            Ok((c, cases))
        })
        .unwrap();
    let kinds = [EntryKind::CustomerMessage, EntryKind::Reply, EntryKind::Note, EntryKind::Call];
    let mut n = 20;
    store
        .write(|w| {
            while n < 5_000 {
                let case = if n % 5 == 0 { &cases[(n as usize / 5) % 9 + 1] } else { &cases[0] };
                let entry = NewEntry {
                    case_id: case.clone(),
                    kind: kinds[n as usize % 4],
                    body: format!("Entry {n}: checked the chain, the cassette and the derailleur hanger; adjusted the indexing."),
                    direction: None,
                };
                let e = w.add_entry(&at(n), &entry)?;
                if n % 250 == 0 {
                    w.pin_fact(&at(n), &e.id)?;
                }
                n += 1;
            }
            for i in 0..10 {
                let due = clock::now() + chrono::Duration::hours(i + 1);
                w.make_promise(&at(n), &NewPromise { case_id: cases[(i as usize) % 10].clone(), text: format!("Promise {i}"), due_at: due, owner_id: None })?;
            }
            w.set_expectations(
                &at(n),
                &customer.id,
                &Expectations { never_do: "Call me at work".into(), always_do: "Text first".into(), ..Default::default() },
            )?;
            for (i, case) in cases.iter().take(5).enumerate() {
                let complaint = NewComplaint { case_id: case.clone(), event_id: None, summary: format!("Complaint {i}") };
                w.flag_complaint(&at(n), &complaint)?;
            }
            Ok(())
        })
        .unwrap();
    let events =
        store.customer_timeline(&customer.id, None, 1).map(|_| store.desk_info().unwrap().events).unwrap();
    println!("(setup: one customer, {events} events in the database)");

    let mut samples: Vec<Duration> = Vec::new();
    for _ in 0..300 {
        let t = Instant::now();
        std::hint::black_box(store.draft_brief(&cases[0]).unwrap());
        samples.push(t.elapsed());
    }
    samples.sort_unstable();
    let q = |x: f64| samples[((samples.len() - 1) as f64 * x).round() as usize];
    println!(
        "{:<58} p50 {:>10.2?}  p95 {:>10.2?}  max {:>10.2?}  (n={}; target: p95 < 20 ms)",
        "draft a brief, customer with 5,000 events",
        q(0.5),
        q(0.95),
        samples.last().unwrap(),
        samples.len()
    );
}
