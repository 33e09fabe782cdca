//! Durability under SIGKILL: a writer prints each event id only after its
//! commit returned; killed at random moments, over and over, no printed id may
//! be missing afterwards and the database must pass `integrity_check`.
//!
//! The writer is this test binary itself, running [`soak_writer`]: it lives with
//! the tests, not in the user's CLI.
//!
//! `CASEBOOK_CRASH_KILLS` sets the number of kills (default 200);
//! `CASEBOOK_CRASH_SEED` replays a run (the seed is printed).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use casebook::model::*;
use casebook::{Ctx, Error, Store};

/// Set for the child process that runs the writer: the database it writes to.
const SOAK_DB: &str = "CASEBOOK_SOAK_DB";

/// The writer the crash test kills: one note per commit, each id printed (and
/// flushed) only after its commit returned, so whatever was printed must
/// survive a kill at any moment. Does nothing unless started by the crash test.
#[test]
#[ignore = "run by the crash test as its child process"]
fn soak_writer() {
    use std::io::Write;
    let Some(path) = std::env::var_os(SOAK_DB) else { return };
    let mut store = Store::open(path).expect("the soak database opens");
    let ctx = Ctx::now(None);
    let case = store
        .write(|w| {
            w.open_case(
                &ctx,
                &NewInteraction {
                    customer: CustomerChoice::New {
                        customer: NewCustomer { name: "Soak Test".into(), ..Default::default() },
                        allow_duplicate: true,
                    },
                    subject: "Crash test".into(),
                    channel: Channel::Other,
                    priority: Priority::Normal,
                    owner_id: None,
                    message: None,
                    expectations: None,
                },
            )
        })
        .expect("the soak case opens");
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        let entry = store
            .write(|w| {
                let note = NewEntry {
                    case_id: case.id.clone(),
                    kind: EntryKind::Note,
                    body: format!("soak note {n}"),
                    direction: None,
                };
                w.add_entry(&Ctx::now(None), &note)
            })
            .expect("a soak note commits");
        writeln!(out, "{}", entry.id)
            .and_then(|_| out.flush())
            .map_err(|e| Error::io(casebook::msg!("cli-could-not-write-output"), e))
            .unwrap();
    }
}

/// Starts the writer: this test binary, running only [`soak_writer`].
fn writer(db: &std::path::Path) -> std::process::Child {
    Command::new(std::env::current_exe().expect("the test binary knows where it is"))
        .args(["--exact", "crash::soak_writer", "--ignored", "--nocapture", "--quiet", "--test-threads", "1"])
        .env(SOAK_DB, db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the writer starts")
}

/// Event ids are UUIDs; the test harness prints a few words of its own.
fn is_id(line: &str) -> bool {
    line.len() == 36 && line.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

/// xorshift64*: enough randomness for kill timings, reproducible from the seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

#[test]
fn no_acknowledged_event_is_lost_when_the_writer_is_killed() {
    let kills = env_u64("CASEBOOK_CRASH_KILLS").unwrap_or(200);
    let seed = env_u64("CASEBOOK_CRASH_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1
    });
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let started = Instant::now();
    let mut acknowledged: Vec<String> = Vec::new();
    let mut clean_exits = 0;
    // How long this machine takes from start to the first commit, so the kills
    // land both before it and mid-stream on a fast or a slow machine alike.
    let first_commit = {
        let mut child = writer(&db);
        let t = Instant::now();
        let mut line = String::new();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        while !is_id(line.trim_end()) {
            line.clear();
            assert!(out.read_line(&mut line).expect("the first id") > 0, "the writer printed an id");
        }
        let took = t.elapsed();
        let _ = child.kill();
        let _ = child.wait();
        assert!(line.ends_with('\n'), "the soak writer prints an id per commit");
        acknowledged.push(line.trim_end().to_owned());
        took.as_millis() as u64
    };

    for _ in 0..kills {
        let mut child = writer(&db);
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut ids = Vec::new();
            let mut lines = BufReader::new(stdout);
            let mut line = String::new();
            // A line without its newline was cut by the kill: not acknowledged.
            while lines.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
                if line.ends_with('\n') && is_id(line.trim_end()) {
                    ids.push(line.trim_end().to_owned());
                }
                line.clear();
            }
            ids
        });
        // Mostly mid-stream, a quarter of the time while it is still starting.
        let wait = match rng.below(4) {
            0 => rng.below(first_commit + 1),
            _ => first_commit + rng.below(80),
        };
        std::thread::sleep(Duration::from_millis(wait));
        if child.try_wait().expect("child status").is_some() {
            clean_exits += 1;
        }
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        acknowledged.extend(reader.join().expect("reader thread"));
    }

    let store = Store::open(&db).expect("the database opens after every kill");
    let check: Vec<String> = {
        let mut stmt = store.connection().prepare("PRAGMA integrity_check").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    let mut lost = Vec::new();
    {
        let mut stmt = store.connection().prepare("SELECT count(*) FROM events WHERE id = ?1").unwrap();
        for id in &acknowledged {
            let n: i64 = stmt.query_row([id], |r| r.get(0)).unwrap();
            if n != 1 {
                lost.push(id.clone());
            }
        }
    }
    let integrity_errors = if check == ["ok"] { 0 } else { check.len() };
    println!(
        "crash test: {kills} kills in {:.1?} (seed {seed}; first commit after {first_commit} ms), {} events acknowledged, {} lost, {integrity_errors} integrity errors",
        started.elapsed(),
        acknowledged.len(),
        lost.len()
    );
    assert_eq!(clean_exits, 0, "the soak writer runs until killed; an early exit means it failed to start");
    assert!(acknowledged.len() as u64 > kills, "the writer got to commit between kills (seed {seed})");
    assert_eq!(check, ["ok"], "integrity_check passes after {kills} kills (seed {seed})");
    assert!(lost.is_empty(), "every acknowledged event survived (seed {seed}); lost: {lost:?}");
}
