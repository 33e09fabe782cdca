//! A real desktop notification, observed on the session bus.
//!
//! Needs a D-Bus session and a notification daemon, so it is ignored by a plain
//! `cargo test`; `make test` runs it under `xvfb-run dbus-run-session` with dunst
//! (`make notify-test`).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use casebook::hours::CalendarSpec;
use casebook::model::*;
use casebook::{clock, Ctx, Db, Store};
use casebook_desk::scheduler::{self, DesktopNotifier};

/// Everything `dbus-monitor` prints about Notify calls, as it arrives.
fn watch_notify_calls() -> (std::process::Child, Arc<Mutex<String>>) {
    let mut monitor = Command::new("dbus-monitor")
        .args(["--session", "interface='org.freedesktop.Notifications',member='Notify'"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-monitor runs (package dbus-bin); run this test under dbus-run-session");
    let log = Arc::new(Mutex::new(String::new()));
    let sink = log.clone();
    let out = monitor.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            sink.lock().unwrap().push_str(&line);
            sink.lock().unwrap().push('\n');
        }
    });
    (monitor, log)
}

fn count(log: &Mutex<String>, needle: &str) -> usize {
    log.lock().unwrap().matches(needle).count()
}

/// A shop open around the clock that warns a minute ahead, with `staff` as its
/// owner and one normal-priority case for a new customer: a first response is
/// due within 60 minutes, and the case was opened 59 min 57 s ago, so it falls
/// due 3 s from now. Returns the case's id.
fn case_falling_due(s: &mut Store, staff: &str, subject: &str, message: &str) -> casebook::Result<String> {
    let ana =
        s.write(|w| w.add_staff(&Ctx::now(None), &NewStaff { name: staff.into(), role: StaffRole::Owner }))?;
    let ctx = Ctx::staff(&ana.id);
    s.write(|w| w.set_calendar(&ctx, &CalendarSpec::always_open()))?;
    s.set_lead_minutes(1)?;
    let opened = clock::from_ms(clock::to_ms(clock::now()) - (60 * 60 - 3) * 1000);
    let case = s.write(|w| {
        w.open_case(
            &Ctx::at(Some(ana.id.clone()), opened),
            &NewInteraction {
                customer: CustomerChoice::New {
                    customer: NewCustomer { name: "Femke Mulder".into(), ..NewCustomer::default() },
                    allow_duplicate: false,
                },
                subject: subject.into(),
                channel: Channel::WalkIn,
                priority: Priority::Normal,
                owner_id: Some(ana.id.clone()),
                message: Some(message.into()),
                expectations: None,
            },
        )
    })?;
    Ok(case.id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a session bus and a notification daemon: run `make notify-test`"]
async fn overdue_and_handoff_notifications_reach_the_bus_once_each() {
    let (mut monitor, log) = watch_notify_calls();
    tokio::time::sleep(Duration::from_millis(300)).await;

    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(dir.path().join("notify.db")).unwrap();
    // The case falls due 3 s into the test.
    let case_id = db
        .write(|s| {
            case_falling_due(s, "Ana Costa", "Brake squeal on the blue tourer", "It squeals when I stop")
        })
        .await
        .unwrap();

    let statuses = Arc::new(Mutex::new(Vec::<DeskStatus>::new()));
    let seen = statuses.clone();
    let wake = Arc::new(tokio::sync::Notify::new());
    let task = tokio::spawn(scheduler::run(
        db.clone(),
        Arc::new(DesktopNotifier::new(|_| {})),
        wake.clone(),
        move |s| seen.lock().unwrap().push(s),
    ));

    // The scheduler sleeps until the due time and wakes by itself.
    tokio::time::sleep(Duration::from_secs(5)).await;
    // Anything that changes wakes it again; the alarm must not repeat. This
    // change is Ana handing the case to Ben, who is now at the desk.
    let handed = case_id.clone();
    db.write(move |s| {
        let ana = s.list_staff()?.remove(0);
        s.set_current_staff(Some(&ana.id))?;
        let ben =
            s.add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ben Okafor".into(), role: StaffRole::Staff })?;
        s.set_current_staff(Some(&ben.id))?;
        let mut brief = s.draft_brief(&handed)?;
        brief.note = "Pads are on order; call her when they arrive.".into();
        s.write(|w| {
            w.hand_off(&Ctx::staff(&ana.id), &HandoffInput { case_id: handed, to_staff_id: ben.id, brief })
        })
    })
    .await
    .unwrap();
    wake.notify_one();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    task.abort();
    let _ = monitor.kill();

    let summary = "string \"Overdue: Brake squeal on the blue tourer\"";
    assert_eq!(
        count(&log, summary),
        1,
        "exactly one overdue Notify call is seen on the bus, even after the scheduler woke again:\n{}",
        log.lock().unwrap()
    );
    assert_eq!(
        count(&log, "string \"Femke Mulder has been waiting for a first response since"),
        1,
        "its body says who is waiting, for what, since when"
    );
    assert_eq!(
        count(&log, "string \"Ana Costa handed you: Brake squeal on the blue tourer\""),
        1,
        "the receiver, at the desk, is told once that the case was handed to them"
    );
    assert_eq!(
        count(&log, "string \"Femke Mulder. Pads are on order; call her when they arrive.\""),
        1,
        "with the first line of the handover note"
    );
    assert_eq!(
        count(&log, "string \"Casebook\""),
        count(&log, "member=Notify"),
        "every notification is Casebook's"
    );
    let last = statuses.lock().unwrap().last().cloned().expect("the scheduler published its status");
    assert_eq!(last.overdue, 1, "the title and tray show one overdue case");
    assert_eq!(last.notifications_error, None, "the daemon accepted every notification");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a session bus and a notification daemon: run `make notify-test`"]
async fn a_desk_set_to_dutch_gets_its_notifications_in_dutch() {
    let (mut monitor, log) = watch_notify_calls();
    tokio::time::sleep(Duration::from_millis(300)).await;

    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(dir.path().join("notify-nl.db")).unwrap();
    // The same shop as above, with this desk speaking Dutch: the case falls due
    // 3 s into the test.
    db.write(|s| {
        s.set_desk_locale(Some(&LocaleChoice { language: "nl".into(), region: "nl-NL".into() }))?;
        case_falling_due(s, "Anouk de Vries", "Remmen piepen", "Ze piepen als ik stop")
    })
    .await
    .unwrap();

    let wake = Arc::new(tokio::sync::Notify::new());
    let task = tokio::spawn(scheduler::run(db.clone(), Arc::new(DesktopNotifier::new(|_| {})), wake, |_| {}));
    tokio::time::sleep(Duration::from_secs(5)).await;
    task.abort();
    let _ = monitor.kill();

    assert_eq!(
        count(&log, "string \"Te laat: Remmen piepen\""),
        1,
        "the summary is in Dutch, the subject as it was typed:\n{}",
        log.lock().unwrap()
    );
    assert_eq!(
        count(&log, "string \"Femke Mulder wacht sinds"),
        1,
        "the body says in Dutch who is waiting, and since when"
    );
    // The warning a minute before and the overdue notice each offer to open the case.
    assert!(count(&log, "string \"Zaak openen\"") >= 1, "the click action is labelled in Dutch too");
    assert_eq!(count(&log, "string \"Overdue: Remmen piepen\""), 0, "no English on a Dutch desk");
}
