//! Processes and a real server: three `casebook` desks write and sync at once,
//! each printing a note's event id once the server has acknowledged it; desks
//! are killed (SIGKILL) at random, and so is PostgreSQL itself
//! (`pg_ctl stop -m immediate`, then started again). At the end every
//! acknowledged event is on every desk, and the desks' dumps are equal.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use casebook::Store;

use crate::pg::OwnServer;

const DESKS: usize = 3;
const ROUNDS: usize = 6;
const NOTES_PER_ROUND: u32 = 30;

fn casebook(db: &Path, args: &[&str]) -> String {
    casebook_fed(db, args, "")
}

/// Runs the command with `input` on its standard input (how a script gives
/// the owner's address, which is never taken on the command line).
fn casebook_fed(db: &Path, args: &[&str], input: &str) -> String {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_casebook"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CASEBOOK_OWNER_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the casebook command runs");
    child.stdin.take().expect("a stdin").write_all(input.as_bytes()).expect("the input is written");
    let out = child.wait_with_output().expect("the casebook command ends");
    assert!(out.status.success(), "casebook {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A soak process and the acknowledgements it printed.
struct Soak {
    child: Child,
    acks: mpsc::Receiver<String>,
}

fn soak(db: &Path) -> Soak {
    let mut child = Command::new(env!("CARGO_BIN_EXE_casebook"))
        .arg("--db")
        .arg(db)
        .args(["--as", "Ana", "sync", "soak", "--count", &NOTES_PER_ROUND.to_string(), "--pause-ms", "15"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("a soak process starts");
    let out = child.stdout.take().expect("its output is piped");
    let (tx, acks) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            if let Some(id) = line.strip_prefix("ack ") {
                let _ = tx.send(id.to_owned());
            }
        }
    });
    Soak { child, acks }
}

fn ids_on(db: &Path) -> BTreeSet<String> {
    let store = Store::open(db).unwrap();
    let mut stmt = store.connection().prepare("SELECT id FROM events").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

#[test]
fn desks_and_the_server_killed_at_random_lose_nothing_acknowledged() {
    // A server of its own: the other tests' server is never crashed under them.
    let server = OwnServer::start();
    let dir = tempfile::tempdir().unwrap();
    let desks: Vec<PathBuf> = (0..DESKS).map(|i| dir.path().join(format!("desk-{i}.db"))).collect();
    casebook(&desks[0], &["staff", "add", "Ana Owner", "--role", "owner"]);
    casebook_fed(
        &desks[0],
        &["--as", "Ana", "sync", "connect", "--shop", "Soak", "--desk", "One"],
        &format!("{}\n", server.url),
    );
    for (i, desk) in desks.iter().enumerate().skip(1) {
        let made: serde_json::Value = serde_json::from_str(&casebook(
            &desks[0],
            &["--as", "Ana", "--json", "sync", "invite", "--desk", &format!("Desk {i}")],
        ))
        .expect("the join code comes as JSON");
        let code = made["code"].as_str().expect("with the code").to_owned();
        assert!(made["expires_at"].is_string(), "and the date it stops working: {made}");
        casebook_fed(desk, &["sync", "join"], &code);
    }

    let mut rng = casebook::core::rng::Rng::new(0x5eed_5eed);
    let mut acked: HashMap<String, usize> = HashMap::new();
    let (mut kills, mut crashes) = (0, 0);
    let started = Instant::now();
    for _round in 0..ROUNDS {
        let mut running: Vec<Soak> = desks.iter().map(|d| soak(d)).collect();
        std::thread::sleep(Duration::from_millis(200 + rng.below(800)));
        if rng.below(2) == 0 {
            let victim = rng.below(DESKS as u64) as usize;
            let _ = running[victim].child.kill();
            kills += 1;
        } else {
            server.run("crash");
            crashes += 1;
            std::thread::sleep(Duration::from_millis(300 + rng.below(700)));
            server.run("restart");
        }
        for (i, mut s) in running.drain(..).enumerate() {
            let _ = s.child.wait();
            for id in s.acks.try_iter() {
                acked.insert(id, i);
            }
        }
    }
    // Everyone catches up.
    for _ in 0..2 {
        for desk in &desks {
            casebook(desk, &["sync", "once"]);
        }
    }
    let mut lost = 0;
    for desk in &desks {
        let held = ids_on(desk);
        lost += acked.keys().filter(|id| !held.contains(*id)).count();
    }
    let dumps: Vec<String> = desks.iter().map(|d| Store::open(d).unwrap().state_dump().unwrap()).collect();
    println!(
        "sync soak: {DESKS} desks, {ROUNDS} rounds, {kills} desks killed, {crashes} server crashes, \
         {} notes acknowledged, {lost} lost, {:.1} s",
        acked.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(acked.len() > ROUNDS, "the desks got work acknowledged between the crashes ({})", acked.len());
    assert_eq!(lost, 0, "every acknowledged note is on every desk");
    assert!(dumps.windows(2).all(|w| w[0] == w[1]), "and every desk holds the same current state");
}
