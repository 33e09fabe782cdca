//! The demo shop: a small bike repair shop with staff, customers and a few months
//! of cases and conversations. The same seed and the same "now" always produce the
//! same shop, and the first-run "load the demo shop" uses this same generator.
//!
//! Everything is written through the normal write path, so the demo history obeys
//! every rule a real one does.

use chrono::Duration;

use crate::hours::Calendar;
use crate::model::*;
use crate::{clock, Ctx, Error, Result, Store};

#[derive(Clone, Debug)]
pub struct SeedOptions {
    pub seed: u64,
    pub customers: u32,
    /// At least this many events: returning customers bring more cases until the
    /// history is this long. `None` for each customer's own cases only.
    pub events: Option<u32>,
    /// The demo's "today": cases are spread over the months before it.
    pub now: Ts,
}

impl SeedOptions {
    pub fn demo(now: Ts) -> SeedOptions {
        SeedOptions { seed: 1, customers: 40, events: None, now }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub staff: u32,
    pub customers: u32,
    pub cases: u32,
    pub events: u32,
}

pub use crate::core::rng::Rng;

pub const STAFF: &[(&str, StaffRole)] = &[
    ("Ana Costa", StaffRole::Owner),
    ("Ben Okafor", StaffRole::Lead),
    ("Chloé Martin", StaffRole::Staff),
    ("Dev Patel", StaffRole::Staff),
];

const FIRST: &[&str] = &[
    "José", "Zoë", "Søren", "Aoife", "Mehmet", "Priya", "Lukas", "Fatima", "Tom", "Emma", "Noah", "Sanne",
    "Marco", "Yuki", "Olu", "Ingrid", "Rafael", "Mei", "Daan", "Léa", "Kwame", "Hanna", "Ivan", "Nadia",
    "Pieter", "Amira", "Jonas", "Elif", "Sam", "Grace", "Mateo", "Wen", "Femke", "Omar", "Lotte", "Ravi",
];

const LAST: &[&str] = &[
    "García",
    "Visser",
    "Nielsen",
    "Byrne",
    "Yılmaz",
    "Sharma",
    "Becker",
    "El Amrani",
    "de Vries",
    "Jansen",
    "Bakker",
    "de Jong",
    "Rossi",
    "Tanaka",
    "Adeyemi",
    "Lund",
    "Moreau",
    "Chen",
    "Smit",
    "Dubois",
    "Mensah",
    "Kowalski",
    "Novak",
    "Haddad",
    "Mulder",
    "O'Brien",
    "Schmidt",
    "Demir",
    "Walsh",
    "Okoro",
    "Ruiz",
    "Li",
];

const ORGANISATIONS: &[&str] = &[
    "Pedal Couriers",
    "Greenleaf Deliveries",
    "Harbour Bike Share",
    "St. Mary's School",
    "Riverside Hotel",
    "Canal Cargo Co-op",
];

const COLOURS: &[&str] = &["blue", "red", "black", "green", "white", "silver", "orange"];
const BIKES: &[&str] =
    &["tourer", "city bike", "e-bike", "road bike", "cargo bike", "mountain bike", "folding bike"];

/// One kind of job the shop sees, with how the conversation usually goes.
struct Script {
    subject: &'static str,
    /// (who, what). `{bike}` becomes e.g. "blue tourer".
    turns: &'static [(Turn, &'static str)],
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Turn {
    Customer,
    Reply,
    Note,
    CallIn,
    CallOut,
    Visit,
}

const SCRIPTS: &[Script] = &[
    Script {
        subject: "Brake squeal on the {bike}",
        turns: &[
            (Turn::Customer, "My front brake squeals every time I stop, worse in the rain. It started after the last service."),
            (Turn::Reply, "Thanks for bringing it in. We'll check the pads and clean the rotor; usually it's contamination."),
            (Turn::Note, "Pads glazed, oil on the rotor. Replaced pads, cleaned rotor, bedded in."),
            (Turn::Reply, "All done, the squeal is gone. You can pick it up any time before 18:00."),
            (Turn::Visit, "Collected. Showed them how to keep chain oil off the rotor."),
        ],
    },
    Script {
        subject: "Puncture on the rear wheel of the {bike}",
        turns: &[
            (Turn::Customer, "Flat rear tyre again, second time this month. I need the bike for work tomorrow."),
            (Turn::Note, "Thorn still in the tyre. Tube replaced, tyre is worn through to the casing."),
            (Turn::CallOut, "Called to suggest a new puncture-resistant tyre. They agreed, 34.95 fitted."),
            (Turn::Reply, "New tyre and tube fitted; ready for collection this afternoon."),
        ],
    },
    Script {
        subject: "E-bike battery not charging",
        turns: &[
            (Turn::CallIn, "The charger light goes green straight away but the battery stays at one bar."),
            (Turn::Reply, "Please bring the battery and the charger so we can test both. No need to bring the bike."),
            (Turn::Customer, "Dropped them off at the counter this morning, name on the bag."),
            (Turn::Note, "Charger output fine. Battery cell imbalance; manufacturer diagnostic needed."),
            (Turn::Reply, "We've sent the battery for the manufacturer's diagnostic. They quote five working days; we'll call as soon as we hear."),
        ],
    },
    Script {
        subject: "Gears slipping on the {bike}",
        turns: &[
            (Turn::Customer, "The chain jumps when I pedal hard in the smaller sprockets."),
            (Turn::Reply, "Sounds like a stretched chain or a worn cassette. Can you leave it with us for a day?"),
            (Turn::Customer, "Yes, I'll drop it in tomorrow before work."),
            (Turn::Note, "Chain at 0.75 wear, cassette fine. New chain, indexing adjusted."),
            (Turn::Reply, "Fixed: new chain and the gears adjusted. 29.50 in total."),
        ],
    },
    Script {
        subject: "Annual service for the {bike}",
        turns: &[
            (Turn::CallIn, "Would like to book the yearly service, any day next week is fine."),
            (Turn::Reply, "Booked for Tuesday. Drop it off before 10:00 and it'll be ready by 17:00."),
            (Turn::Visit, "Bike dropped off for service."),
            (Turn::Note, "Service done. Bottom bracket a little rough; mentioned on the job card."),
        ],
    },
    Script {
        subject: "Wheel truing after a kerb hit",
        turns: &[
            (Turn::Customer, "Hit a kerb and now the front wheel wobbles and rubs the brake."),
            (Turn::Reply, "We can true it while you wait if no spokes are broken. Come by any time."),
            (Turn::Visit, "Two spokes loose, none broken. Trued and tensioned, 15 minutes."),
        ],
    },
    Script {
        subject: "Warranty claim: crack near the bottom bracket",
        turns: &[
            (Turn::Customer, "I found a hairline crack near the bottom bracket. The frame is only 18 months old."),
            (Turn::Reply, "Please stop riding it. Bring it in with the receipt and we'll photograph it for the warranty claim."),
            (Turn::Note, "Photos and receipt sent to the distributor, claim reference pending."),
            (Turn::CallOut, "Told them the distributor needs up to two weeks to decide."),
            (Turn::Customer, "Any news on the claim? It's been ten days."),
        ],
    },
    Script {
        subject: "Quote for a new chain and cassette",
        turns: &[
            (Turn::Customer, "How much for a new chain and cassette on an 11-speed road bike?"),
            (Turn::Reply, "Between 85 and 120 fitted, depending on the cassette range. We have 11-32 in stock."),
            (Turn::Customer, "Great, the 11-32 please. Can I bring it Saturday?"),
            (Turn::Reply, "Saturday is fine, we open at 9:00."),
        ],
    },
    Script {
        subject: "Child seat fitting on the {bike}",
        turns: &[
            (Turn::Visit, "Wants a rear child seat fitted; the rack is rated for 25 kg, fine."),
            (Turn::Note, "Seat ordered from the wholesaler, due Thursday."),
            (Turn::CallOut, "Seat arrived; booked the fitting for Friday 11:00."),
        ],
    },
    Script {
        subject: "Order a replacement saddle",
        turns: &[
            (Turn::Customer, "Can you order the same saddle as last year? The cover has split."),
            (Turn::Reply, "That model is discontinued; the successor is 5 mm wider. Shall we order it?"),
        ],
    },
    Script {
        subject: "Bike not ready on the promised day",
        turns: &[
            (Turn::CallIn, "I was told my bike would be ready today and it isn't. I took the day off to collect it."),
            (Turn::Note, "Part delayed at the wholesaler; nobody called the customer. Our mistake."),
            (Turn::CallOut, "Apologised, offered a loan bike and free delivery once the part is in."),
            (Turn::Customer, "Thanks for sorting the loan bike. Please text me when mine is ready."),
        ],
    },
    Script {
        subject: "Lost receipt for last month's repair",
        turns: &[
            (Turn::Customer, "I need a copy of the receipt for my employer's cycle scheme."),
            (Turn::Reply, "Here is a copy of the invoice; the original is in our system if they need it confirmed."),
        ],
    },
];

const SEGMENTS: &[&str] = &["walk-in", "regular", "business", "club"];

/// (always do, never do, how to recover), in customers' words.
const EXPECTATIONS: &[(&str, &str, &str)] = &[
    ("Text me when the bike is ready", "Call me at work", "Tell me straight away and fix it first"),
    (
        "Give me a written quote before any work",
        "Fit parts without asking me first",
        "A discount on the next service",
    ),
    (
        "Keep the old parts so I can see them",
        "Keep the bike longer than promised",
        "A loan bike while you sort it",
    ),
    (
        "Explain what was wrong in plain words",
        "Leave a voicemail; send a text instead",
        "Call me yourself, not a colleague",
    ),
];

/// (what we promised, hours until it is due)
const PROMISES: &[(&str, i64)] = &[
    ("Call back with the quote", 24),
    ("Text when the part arrives", 72),
    ("Have the bike ready for collection", 30),
    ("Email the warranty decision", 120),
];

/// Loads the demo shop into an empty database. Refuses a database that already
/// holds a shop, so a demo can never mix into real history.
/// Loads the demo bike shop into an empty database (the first-run offer).
pub fn load(store: &mut Store) -> Result<crate::shop::DeskInfo> {
    seed(store, &SeedOptions::demo(clock::now()))?;
    store.desk_info()
}

pub fn seed(store: &mut Store, options: &SeedOptions) -> Result<SeedReport> {
    let info = store.desk_info()?;
    if info.staff > 0 || info.customers > 0 {
        return Err(Error::Conflict {
            message: format!(
                "This database already holds a shop ({} staff, {} customers). The demo shop can only be loaded into an empty database; use --db to choose a new file.",
                info.staff, info.customers
            ),
        });
    }
    if options.customers == 0 {
        return Err(Error::invalid("customers", "Ask for at least one customer."));
    }
    let mut rng = Rng::new(options.seed);
    let mut report = SeedReport::default();
    let start = options.now - Duration::days(120);

    let staff: Vec<Staff> = store.write(|w| {
        STAFF
            .iter()
            .map(|(name, role)| {
                w.add_staff(&Ctx::at(None, start), &NewStaff { name: (*name).to_owned(), role: *role })
            })
            .collect()
    })?;
    report.staff = staff.len() as u32;

    // How far back the history goes: the demo's few months, or up to ten years
    // for a shop generated to a number of events.
    let span_days = match options.events {
        Some(target) => i64::from((target / 100_000).clamp(1, 10)) * 365,
        None => 118,
    };

    // Customers in batches: one transaction per batch keeps seeding fast while
    // still exercising the real write path.
    let mut people: Vec<(Id, i64)> = Vec::with_capacity(options.customers as usize);
    while (people.len() as u32) < options.customers {
        let done = people.len() as u32;
        let batch = (options.customers - done).min(500);
        let made = store.write(|w| {
            w.defer_search_index();
            (0..batch)
                .map(|i| seed_customer(w, &mut rng, &staff, options, done + i, span_days))
                .collect::<Result<Vec<_>>>()
        })?;
        people.extend(made);
    }
    report.customers = people.len() as u32;

    // Then every case, planned first and written oldest first, so the history
    // arrives in the order it happened, as in a real shop. Each case has its own
    // random stream: the plan's order does not change what a case says.
    let mut plan: Vec<Planned> = Vec::new();
    for (i, (_, first_seen)) in people.iter().enumerate() {
        let cases = 1 + rng.below(3) as i64;
        let mut days_ago = *first_seen;
        for n in 0..cases {
            if n > 0 {
                days_ago = (days_ago - rng.range(3, 40)).max(0);
            }
            plan.push(Planned { customer: i, days_ago, seed: rng.next_u64() });
            if days_ago == 0 {
                break;
            }
        }
        // A counter is never quiet: some customers got in touch today or yesterday.
        if days_ago > 1 && rng.chance(25) {
            plan.push(Planned { customer: i, days_ago: rng.range(0, 1), seed: rng.next_u64() });
        }
    }
    // Returning customers, for a history as long as asked for: some become
    // regulars, most come back now and then; most of a long history is old.
    let events_per_case = 6.8;
    if let Some(target) = options.events {
        let expected = f64::from(report.customers) * 1.4 + plan.len() as f64 * events_per_case;
        let extra = ((f64::from(target) - expected) / events_per_case).max(0.0) as usize;
        for _ in 0..extra {
            let customer = rng.below(people.len() as u64) as usize;
            let first_seen = people[customer].1;
            let days_ago =
                if rng.chance(85) { rng.range(0, first_seen) } else { rng.range(0, first_seen.min(13)) };
            plan.push(Planned { customer, days_ago, seed: rng.next_u64() });
        }
    }
    let cal = store.sla_settings()?.calendar.clone();
    let mut steps = Vec::new();
    for (n, p) in plan.iter().enumerate() {
        steps.extend(plan_case(
            &mut Rng::new(p.seed),
            &staff,
            options.now,
            &cal,
            &people[p.customer].0,
            p.days_ago,
            n,
        ));
    }
    write_steps(store, steps, plan.len())?;
    report.cases = plan.len() as u32;
    report.events = store.desk_info()?.events;

    // Short of the target after all: top up with today's cases, still in order.
    if let Some(target) = options.events {
        while report.events < target {
            let batch = ((f64::from(target - report.events) / events_per_case).ceil() as u32).clamp(1, 2_000);
            let mut steps = Vec::new();
            for n in 0..batch as usize {
                let customer = &people[rng.below(people.len() as u64) as usize].0;
                steps.extend(plan_case(
                    &mut Rng::new(rng.next_u64()),
                    &staff,
                    options.now,
                    &cal,
                    customer,
                    0,
                    n,
                ));
            }
            write_steps(store, steps, batch as usize)?;
            report.cases += batch;
            report.events = store.desk_info()?.events;
        }
    }
    Ok(report)
}

/// One case to write: whose, how long ago, and the seed of its own random stream.
struct Planned {
    customer: usize,
    days_ago: i64,
    seed: u64,
}

/// A moment during the shop's opening hours on the day `days_ago` before now (or
/// the nearest earlier open day), never after `now`.
fn shop_time(rng: &mut Rng, cal: &Calendar, now: Ts, days_ago: i64) -> Ts {
    let now_ms = clock::to_ms(now);
    let mut date = cal.local_date(now_ms) - Duration::days(days_ago);
    for _ in 0..30 {
        let start = cal.start_of(date);
        let end = cal.start_of(date + Duration::days(1)).min(now_ms);
        let open = cal.between_ms(start, end);
        if open > 60_000 {
            let offset = rng.range(0, open / 60_000 - 1) * 60_000;
            if let Some(at) = cal.add_ms(start, offset) {
                return clock::from_ms(at);
            }
        }
        date -= Duration::days(1);
    }
    now - Duration::days(days_ago)
}

/// A customer, with a profile now and then; returns their id and how many days
/// ago they first came in.
fn seed_customer(
    w: &mut crate::Writer<'_>,
    rng: &mut Rng,
    staff: &[Staff],
    options: &SeedOptions,
    index: u32,
    span_days: i64,
) -> Result<(Id, i64)> {
    let first = *rng.pick(FIRST);
    let last = *rng.pick(LAST);
    // A big shop has many people of the same name, as real shops do; a middle
    // initial now and then tells some of them apart.
    let name = if index as usize >= FIRST.len() * 4 && rng.chance(50) {
        format!("{first} {}. {last}", (b'A' + rng.below(26) as u8) as char)
    } else {
        format!("{first} {last}")
    };
    let segment = *rng.pick(SEGMENTS);
    let organisation =
        if segment == "business" { (*rng.pick(ORGANISATIONS)).to_owned() } else { String::new() };
    let phone = match rng.below(3) {
        0 => format!("+31 6 {:04} {:04}", 1000 + index, rng.below(10_000)),
        1 => format!("06-{:04} {:04}", 1000 + index, rng.below(10_000)),
        _ => format!("020 555 {:04}", index % 10_000),
    };
    let email_user: String = crate::core::text::words(&format!("{first}.{last}"))
        .join(".")
        .chars()
        .filter(char::is_ascii)
        .collect();
    let email = format!("{email_user}{}@example.{}", index, rng.pick(&["com", "org", "net"]));
    let mut emails = Vec::new();
    if rng.chance(75) {
        emails.push(email);
    }
    let notes = match rng.below(6) {
        0 => "Prefers a text message over a call.".to_owned(),
        1 => "Rides to work every day; a loan bike makes all the difference.".to_owned(),
        _ => String::new(),
    };

    let first_seen = rng.range(1, span_days);
    let created_at = shop_time(rng, &w.settings()?.calendar, options.now, first_seen);
    let desk = staff[rng.below(staff.len() as u64) as usize].id.clone();
    let customer = w.create_customer(
        &Ctx::at(Some(desk), created_at),
        &NewCustomer { name, phones: vec![phone], emails, organisation, segment: segment.to_owned(), notes },
        true,
    )?;

    // About a third were asked the three questions at their first visit.
    if rng.chance(35) {
        let (always, never, recovery) = *rng.pick(EXPECTATIONS);
        let expectations = Expectations {
            preferred_channel: Some(*rng.pick(&[Channel::Phone, Channel::Email, Channel::Chat])),
            contact_hours: (*rng.pick(&["", "after 17:00 on weekdays", "mornings only", "any time"]))
                .to_owned(),
            turnaround: (*rng.pick(&["", "same day", "within two days"])).to_owned(),
            always_do: always.to_owned(),
            never_do: never.to_owned(),
            recovery: recovery.to_owned(),
            notes: String::new(),
        };
        w.set_expectations(&Ctx::at(Some(staff[0].id.clone()), created_at), &customer.id, &expectations)?;
    }

    Ok((customer.id, first_seen))
}

/// Something that happens to a planned case, at a moment. Steps of all cases are
/// written in time order, so the log arrives as it would have in the shop.
struct Step {
    at: Ts,
    case: usize,
    /// Order within the case, for steps at the same moment.
    order: u8,
    who: Id,
    what: Action,
}

enum Action {
    Open(Box<NewInteraction>),
    Entry(EntryKind, String, Option<CallDirection>),
    /// Pin the case's latest entry as a key fact.
    PinLatest,
    Promise {
        text: &'static str,
        due: Ts,
        owner: Id,
    },
    ClosePromise {
        kept: bool,
    },
    Status(CaseStatus),
    Escalate {
        to: Id,
        cause: &'static str,
        note: &'static str,
    },
    CloseEscalation(&'static str),
    Complain(&'static str),
    CloseComplaint {
        what_changed: &'static str,
        told: bool,
    },
    Score(u8, &'static str),
}

/// What customers said when asked how we did, by score.
const COMMENTS: &[&str] = &[
    "Nobody called me back.",
    "Took far longer than I was told.",
    "Fine in the end, but I had to chase it.",
    "Good job, quick and friendly.",
    "Brilliant, as always. Thank you!",
];

/// The steps of one case: opening, the conversation, now and then a promise or
/// a pinned fact, and how it ended.
fn plan_case(
    rng: &mut Rng,
    staff: &[Staff],
    now: Ts,
    cal: &Calendar,
    customer_id: &str,
    days_ago: i64,
    case: usize,
) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut step = |at: Ts, who: &Id, what: Action| {
        let order = steps.len() as u8;
        steps.push(Step { at, case, order, who: who.clone(), what });
    };
    let script = rng.pick(SCRIPTS);
    let bike = format!("{} {}", rng.pick(COLOURS), rng.pick(BIKES));
    let subject = script.subject.replace("{bike}", &bike);
    let channel = match script.turns[0].0 {
        Turn::CallIn => Channel::Phone,
        Turn::Visit => Channel::WalkIn,
        _ => *rng.pick(&[Channel::WalkIn, Channel::Email, Channel::Phone, Channel::Chat]),
    };
    let owner = rng.pick(staff).id.clone();
    let mut at = shop_time(rng, cal, now, days_ago);
    let recent = now - at < Duration::days(3);
    // Recent cases stop part-way through their conversation, as live ones do;
    // most often right after the customer spoke, which is what fills a queue.
    let customer_turns: Vec<usize> =
        script.turns.iter().enumerate().filter(|(_, t)| t.0 == Turn::Customer).map(|(i, _)| i + 1).collect();
    let turns = if recent && !customer_turns.is_empty() && rng.chance(60) {
        *rng.pick(&customer_turns)
    } else if recent {
        1 + rng.below(script.turns.len() as u64) as usize
    } else {
        script.turns.len()
    };
    let priority = match rng.below(10) {
        0 => Priority::High,
        1 => Priority::Low,
        _ => Priority::Normal,
    };
    let opener = rng.pick(staff).id.clone();
    let first_is_customer = script.turns[0].0 == Turn::Customer;
    step(
        at,
        &opener,
        Action::Open(Box::new(NewInteraction {
            customer: CustomerChoice::Existing { id: customer_id.to_owned() },
            subject,
            channel,
            priority,
            owner_id: Some(owner.clone()),
            message: first_is_customer.then(|| script.turns[0].1.to_owned()),
            expectations: None,
        })),
    );
    let skip = usize::from(first_is_customer);
    // Spread the conversation over the opening hours left before "now", so a
    // recent case reads like a live one; whatever would fall after "now" has not
    // happened yet.
    let business_left = cal.between_ms(clock::to_ms(at), clock::to_ms(now)) / 60_000;
    let room = (business_left / (turns as i64 + 1)).clamp(2, 8 * 60);
    let next = |rng: &mut Rng, at: Ts, lo: i64, hi: i64| {
        cal.add_minutes(clock::to_ms(at), rng.range(lo, hi)).map(clock::from_ms).filter(|t| *t < now)
    };
    let mut done = 1;
    for (n, (turn, text)) in script.turns.iter().take(turns).skip(skip).enumerate() {
        // Most first answers come quickly; the rest of the job takes its time.
        let (lo, hi) = if n == 0 && rng.chance(85) { (2, 50.min(room)) } else { (room / 2, room) };
        let Some(when) = next(rng, at, lo.min(hi), hi) else { break };
        at = when;
        done += 1;
        let (kind, direction) = match turn {
            Turn::Customer => (EntryKind::CustomerMessage, None),
            Turn::Reply => (EntryKind::Reply, None),
            Turn::Note => (EntryKind::Note, None),
            Turn::CallIn => (EntryKind::Call, Some(CallDirection::Inbound)),
            Turn::CallOut => (EntryKind::Call, Some(CallDirection::Outbound)),
            Turn::Visit => (EntryKind::Visit, None),
        };
        let who = if rng.chance(70) { owner.clone() } else { rng.pick(staff).id.clone() };
        step(at, &who, Action::Entry(kind, (*text).to_owned(), direction));
    }
    let turns = if skip == 1 { done } else { done - 1 }.max(1);
    let finished = turns == script.turns.len();
    let last_is_ours = !matches!(script.turns[turns - 1].0, Turn::Customer);
    let status = if !recent && finished {
        Some(if rng.chance(60) { CaseStatus::Closed } else { CaseStatus::Resolved })
    } else if last_is_ours && rng.chance(40) {
        Some(CaseStatus::Waiting)
    } else {
        None
    };
    // Now and then a promise: kept if its day has passed, once in a while broken.
    if rng.chance(30) {
        let (text, hours) = *rng.pick(PROMISES);
        let due = at + Duration::hours(hours);
        step(at, &owner, Action::Promise { text, due, owner: owner.clone() });
        if due < now - Duration::hours(2) {
            let kept = rng.chance(85);
            let closed = if kept {
                due - Duration::minutes(30)
            } else {
                (due + Duration::hours(3)).min(now - Duration::minutes(1))
            };
            step(closed, &owner, Action::ClosePromise { kept });
        }
    }
    // A note worth remembering on every case of theirs.
    if rng.chance(15) {
        let fact = format!(
            "Frame serial {}{}{}",
            *rng.pick(&["WTU", "GHK", "SNB"]),
            rng.range(10_000, 99_999),
            rng.pick(&["A", "C", "X"])
        );
        step(at, &owner, Action::Entry(EntryKind::Note, fact, None));
        step(at, &owner, Action::PinLatest);
    }
    // Trouble is taken to the owner or the shift lead, and learned from.
    let finish = status.and_then(|s| next(rng, at, 1, room.max(2)).map(|t| (s, t)));
    let done_ok = finish.is_some_and(|(s, _)| !s.is_active());
    let trouble = match script.subject {
        s if s.starts_with("Bike not ready") => Some((
            "communication",
            "Part delayed and nobody told the customer, who took a day off to collect.",
            Some("Bike not ready on the day we promised"),
            "A delayed part now means a call to the customer the same day.",
        )),
        s if s.starts_with("Warranty claim") => Some((
            "supplier",
            "The distributor has not answered the warranty claim in ten days.",
            None,
            "We chase warranty claims with the distributor after five working days.",
        )),
        _ => None,
    };
    if let Some((cause, note, complaint, changed)) = trouble.filter(|_| rng.chance(70)) {
        let lead = staff.iter().find(|s| s.role != StaffRole::Staff).unwrap_or(&staff[0]).id.clone();
        let lead = if rng.chance(50) { lead } else { staff[0].id.clone() };
        step(at, &owner, Action::Escalate { to: lead.clone(), cause, note });
        if let Some(summary) = complaint {
            step(at, &owner, Action::Complain(summary));
        }
        if let Some((_, closed)) = finish.filter(|_| done_ok) {
            step(closed, &lead, Action::CloseEscalation(changed));
            if complaint.is_some() {
                step(closed, &owner, Action::CloseComplaint { what_changed: changed, told: rng.chance(80) });
            }
        }
    }
    if let Some((status, at)) = finish {
        step(at, &owner, Action::Status(status));
        // About half of the customers are asked how we did when the case ends.
        if done_ok && rng.chance(50) {
            let score = match (trouble.is_some(), rng.below(100)) {
                (true, n) => 1 + (n / 34) as u8,
                (false, 0..=4) => 2,
                (false, 5..=14) => 3,
                (false, 15..=49) => 4,
                (false, _) => 5,
            };
            step(at, &owner, Action::Score(score, COMMENTS[usize::from(score) - 1]));
        }
    }
    steps
}

/// Writes planned steps in time order, many to a transaction.
fn write_steps(store: &mut Store, mut steps: Vec<Step>, cases: usize) -> Result<()> {
    steps.sort_by_key(|s| (s.at, s.case, s.order));
    let mut case_ids: Vec<Option<Id>> = vec![None; cases];
    let mut latest: Vec<Option<Id>> = vec![None; cases];
    let mut promises: Vec<Option<Id>> = vec![None; cases];
    let mut escalations: Vec<Option<Id>> = vec![None; cases];
    let mut complaints: Vec<Option<Id>> = vec![None; cases];
    let missing = || Error::Internal("a planned step came before its case was opened".into());
    for chunk in steps.chunks(5_000) {
        store.write(|w| {
            w.defer_search_index();
            for s in chunk {
                let ctx = Ctx::at(Some(s.who.clone()), s.at);
                let case_id = || case_ids[s.case].clone().ok_or_else(missing);
                match &s.what {
                    Action::Open(input) => case_ids[s.case] = Some(w.open_case(&ctx, input)?.id),
                    Action::Entry(kind, body, direction) => {
                        let entry = NewEntry {
                            case_id: case_id()?,
                            kind: *kind,
                            body: body.clone(),
                            direction: *direction,
                        };
                        latest[s.case] = Some(w.add_entry(&ctx, &entry)?.id);
                    }
                    Action::PinLatest => w.pin_fact(&ctx, latest[s.case].as_deref().ok_or_else(missing)?)?,
                    Action::Promise { text, due, owner } => {
                        let input = NewPromise {
                            case_id: case_id()?,
                            text: (*text).to_owned(),
                            due_at: *due,
                            owner_id: Some(owner.clone()),
                        };
                        promises[s.case] = Some(w.make_promise(&ctx, &input)?.id);
                    }
                    Action::ClosePromise { kept } => {
                        let recovery =
                            (!kept).then(|| "Apologised, gave a loan bike and waived the labour.".to_owned());
                        let promise_id = promises[s.case].clone().ok_or_else(missing)?;
                        w.close_promise(&ctx, &PromiseOutcome { promise_id, kept: *kept, recovery })?;
                    }
                    Action::Escalate { to, cause, note } => {
                        let input = NewEscalation {
                            case_id: case_id()?,
                            to_staff_id: to.clone(),
                            cause: (*cause).to_owned(),
                            note: (*note).to_owned(),
                        };
                        escalations[s.case] = Some(w.escalate(&ctx, &input)?.id);
                    }
                    Action::CloseEscalation(what_changed) => {
                        let escalation_id = escalations[s.case].clone().ok_or_else(missing)?;
                        w.close_escalation(
                            &ctx,
                            &EscalationClosing { escalation_id, what_changed: (*what_changed).to_owned() },
                        )?;
                    }
                    Action::Complain(summary) => {
                        let input = NewComplaint {
                            case_id: case_id()?,
                            event_id: None,
                            summary: (*summary).to_owned(),
                        };
                        complaints[s.case] = Some(w.flag_complaint(&ctx, &input)?.id);
                    }
                    Action::CloseComplaint { what_changed, told } => {
                        let complaint_id = complaints[s.case].clone().ok_or_else(missing)?;
                        let input = ComplaintClosing {
                            complaint_id,
                            what_changed: (*what_changed).to_owned(),
                            customer_told: *told,
                        };
                        w.close_complaint(&ctx, &input)?;
                    }
                    Action::Score(score, comment) => {
                        let input = NewSatisfaction {
                            case_id: case_id()?,
                            score: i64::from(*score),
                            comment: (*comment).to_owned(),
                        };
                        w.record_satisfaction(&ctx, &input)?;
                    }
                    Action::Status(status) => {
                        w.update_case(
                            &ctx,
                            &CaseUpdate {
                                case_id: case_id()?,
                                status: Some(*status),
                                ..CaseUpdate::default()
                            },
                        )?;
                    }
                }
            }
            Ok(())
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_stable_across_versions() {
        let mut rng = Rng::new(7);
        let first: Vec<u64> = (0..3).map(|_| rng.below(1000)).collect();
        let mut again = Rng::new(7);
        let second: Vec<u64> = (0..3).map(|_| again.below(1000)).collect();
        assert_eq!(first, second, "the same seed gives the same sequence");
    }
}
