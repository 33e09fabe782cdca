//! The demo shop generator.

use casebook::demo::{seed, seed_in, Language, SeedOptions};
use casebook::{clock, ErrorCode, Store};

fn story(store: &Store) -> Vec<String> {
    let conn = store.connection();
    conn.prepare(
        "SELECT e.kind || '|' || e.at || '|' || coalesce(c.name, '') || '|' || coalesce(json_extract(e.payload, '$.body'), json_extract(e.payload, '$.subject'), '')
         FROM events e LEFT JOIN customers c ON c.id = e.customer_id ORDER BY e.seq",
    )
    .unwrap()
    .query_map([], |r| r.get(0))
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

#[test]
fn the_same_seed_and_day_give_the_same_shop() {
    let now = clock::parse("2026-11-20T15:00:00Z").unwrap();
    let options = SeedOptions { seed: 7, customers: 25, events: None, now };
    let mut a = Store::open_in_memory().unwrap();
    let mut b = Store::open_in_memory().unwrap();
    let report = seed(&mut a, &options).unwrap();
    seed(&mut b, &options).unwrap();
    assert_eq!(story(&a), story(&b), "a seed reproduces every name, time and word");
    assert_eq!(report.customers, 25);
    assert!(report.cases >= 25, "every customer has at least one case");
    assert!(report.events > report.cases * 2, "cases carry conversations, not just titles");

    let mut c = Store::open_in_memory().unwrap();
    seed(&mut c, &SeedOptions { seed: 8, ..options }).unwrap();
    assert_ne!(story(&a), story(&c), "another seed gives another shop");
}

#[test]
fn the_demo_has_a_live_queue_and_a_realistic_history() {
    let now = clock::parse("2026-11-20T15:00:00Z").unwrap();
    let mut store = Store::open_in_memory().unwrap();
    seed(&mut store, &SeedOptions::demo(now)).unwrap();
    let info = store.desk_info().unwrap();
    assert_eq!(info.staff, 4, "four staff members to switch between");
    assert_eq!(info.customers, 40);
    let queue = store.queue(None, 200).unwrap();
    assert!(queue.total >= 5, "there are open cases to look at (got {})", queue.total);
    assert!(
        queue.cases.iter().any(|c| c.waiting_since.is_some()),
        "some customers are waiting for an answer"
    );
    let newest =
        store.connection().query_row("SELECT max(at) FROM events", [], |r| r.get::<_, i64>(0)).unwrap();
    assert!(newest <= clock::to_ms(now), "nothing in the demo happens after its 'now'");
}

#[test]
fn the_demo_never_mixes_into_an_existing_shop() {
    let mut store = Store::open_in_memory().unwrap();
    seed(&mut store, &SeedOptions::demo(clock::now())).unwrap();
    let before = store.desk_info().unwrap();
    let err = seed(&mut store, &SeedOptions::demo(clock::now())).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict, "{err}");
    assert!(err.to_string().contains("empty database"), "the message says what to do: {err}");
    assert_eq!(store.desk_info().unwrap(), before, "nothing was added");
}

#[test]
fn a_benchmark_sized_shop_reaches_the_events_asked_for() {
    let now = clock::parse("2026-11-20T15:00:00Z").unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let report = seed(&mut store, &SeedOptions { seed: 7, customers: 50, events: Some(3_000), now }).unwrap();
    assert!(report.events >= 3_000, "at least the events asked for: {}", report.events);
    assert!(report.events < 3_400, "and not far beyond: {}", report.events);
    assert_eq!(store.desk_info().unwrap().customers, 50, "returning customers, not new ones");
}

/// Replaces every id (a UUID) by the order it first appears in, so a history
/// written again with new ids reads the same.
fn without_ids(text: &str) -> String {
    let mut seen: Vec<String> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    let is_uuid = |s: &[u8]| {
        s.len() == 36
            && s.iter().enumerate().all(|(k, b)| {
                if [8, 13, 18, 23].contains(&k) {
                    *b == b'-'
                } else {
                    b.is_ascii_hexdigit()
                }
            })
    };
    while i < bytes.len() {
        if i + 36 <= bytes.len() && is_uuid(&bytes[i..i + 36]) {
            let id = &text[i..i + 36];
            let n = match seen.iter().position(|s| s == id) {
                Some(n) => n,
                None => {
                    seen.push(id.to_owned());
                    seen.len() - 1
                }
            };
            out.push_str(&format!("#{n}"));
            i += 36;
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// The dump without the log's own table: its clock values come from the
/// computer's clock at seeding time (the log is fingerprinted on its own,
/// above, in its order).
fn without_clock_values(dump: &str) -> String {
    dump.split("\n== ").filter(|section| !section.starts_with("events\n")).collect::<Vec<_>>().join("\n== ")
}

/// FNV-1a, 64 bit: stable across platforms and Rust versions.
fn fnv(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The demo shop of seed 1 in a language, as a short text: its counts and
/// the fingerprints of its log and of its current state.
fn fingerprint(language: Language) -> String {
    let now = clock::parse("2026-11-20T15:00:00Z").unwrap();
    let mut store = Store::open_in_memory().unwrap();
    // The shop's own time zone, so the computer's does not change the shop.
    store
        .write(|w| {
            w.adopt_settings(
                &casebook::hours::CalendarSpec::default_for("Europe/Amsterdam"),
                &casebook::hours::TargetPolicy::default(),
            )
        })
        .unwrap();
    let report = seed_in(&mut store, &SeedOptions::demo(now), language).unwrap();
    let mut log = String::new();
    store
        .each_event(|e| {
            log.push_str(&format!(
                "{}|{}|{:?}|{:?}|{:?}|{}\n",
                e.kind, e.at, e.staff_id, e.customer_id, e.case_id, e.payload
            ));
            Ok(())
        })
        .unwrap();
    format!(
        "events {}\ncustomers {}\ncases {}\nlog {}\nstate {}\n",
        report.events,
        report.customers,
        report.cases,
        fnv(&without_ids(&log)),
        fnv(&without_ids(&without_clock_values(&store.state_dump().unwrap()))),
    )
}

/// `casebook seed --seed 1 --lang LANG` makes the same shop in every build: a
/// generator or wording change shows up here, and is committed on purpose
/// with `UPDATE_SNAPSHOTS=1 cargo test --test library seed`.
#[test]
fn the_demo_shop_is_the_same_in_every_build_in_every_language() {
    for language in Language::ALL {
        let fingerprint = fingerprint(language);
        let file = match language {
            Language::En => "demo-seed-1.txt".to_owned(),
            other => format!("demo-seed-1-{}.txt", other.code()),
        };
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(&file);
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(&path, &fingerprint).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            committed, fingerprint,
            "the {language:?} demo shop changed ({file}); if that was meant, run `UPDATE_SNAPSHOTS=1 cargo test --test library seed` and commit"
        );
    }
}

#[test]
fn ids_are_left_out_of_the_fingerprint_and_nothing_else() {
    let a = "019ad0f2-7c4e-7a3b-9b1c-1234567890ab said 019ad0f2-7c4e-7a3b-9b1c-1234567890ab to 019ad0f2-0000-7a3b-9b1c-1234567890ab: é";
    assert_eq!(without_ids(a), "#0 said #0 to #1: é", "each id is its first-seen order; other text is kept");
    assert_ne!(fnv("a"), fnv("b"), "different text, different fingerprint");
}
