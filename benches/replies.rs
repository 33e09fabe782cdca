//! Saved replies, printed beside their targets (never asserted):
//!
//!     cargo bench --bench replies
//!
//! - searching 1,000 saved replies as someone types (each prefix of a few
//!   words, the picker's 20 best): p95 under 5 ms;
//! - putting one into an answer, filled in from the case and the use counted.

use std::time::{Duration, Instant};

use casebook::model::*;
use casebook::{Ctx, Store};

const WORDS: &[&str] = &[
    "bike", "ready", "brake", "pads", "chain", "wheel", "warranty", "receipt", "ordered", "part", "tyre",
    "tube", "gears", "cable", "frame", "saddle", "light", "battery", "motor", "service", "invoice", "refund",
    "collect", "tomorrow", "monday", "opening", "hours", "closed", "holiday", "delivery",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("replies.db")).unwrap();
    let ana = store
        .add_staff_as(&Actor::AtDesk, &NewStaff { name: "Ana Costa".into(), role: StaffRole::Owner })
        .unwrap();
    let ctx = Ctx::staff(&ana.id);
    let mut rng = casebook::core::rng::Rng::new(7);
    let mut pick = |n: usize| -> Vec<&'static str> {
        (0..n).map(|_| WORDS[rng.below(WORDS.len() as u64) as usize]).collect()
    };
    let made = Instant::now();
    store
        .write(|w| {
            for i in 0..1_000 {
                let name = format!("{} {i}", pick(3).join(" "));
                let texts = ["en", "nl", "de", "fr", "es"]
                    .iter()
                    .map(|l| ReplyText {
                        language: (*l).into(),
                        body: format!(
                            "Hi {{first_name}}, {}. {{my_name}}, {{shop_name}}",
                            pick(40).join(" ")
                        ),
                    })
                    .collect();
                w.add_saved_reply(&ctx, &NewSavedReply { name, shop: i % 3 == 0, texts })?;
            }
            Ok(())
        })
        .unwrap();
    println!("1,000 saved replies, 5 languages each, written in {:.1} s", made.elapsed().as_secs_f64());

    // As someone types: every prefix of "brake pads ready", "warranty receipt", ...
    let typed = ["brake pads ready", "warranty receipt", "ordered part monday", "tyre tube", "opening hours"];
    let mut times = Vec::new();
    for _ in 0..20 {
        for phrase in typed {
            for end in 1..=phrase.len() {
                let q = &phrase[..end];
                let t = Instant::now();
                let found = store.saved_replies(q, 20).unwrap();
                times.push(t.elapsed());
                std::hint::black_box(found);
            }
        }
    }
    times.sort();
    println!(
        "search as you type ({} searches): p50 {}  p95 {}  max {}   (target: p95 under 5 ms)",
        times.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(*times.last().unwrap())
    );

    let customer = store
        .write(|w| {
            w.create_customer(&ctx, &NewCustomer { name: "Eva de Vries".into(), ..Default::default() }, false)
        })
        .unwrap();
    let case = store
        .write(|w| {
            w.open_case(
                &ctx,
                &NewInteraction {
                    customer: CustomerChoice::Existing { id: customer.id.clone() },
                    subject: "Service".into(),
                    channel: Channel::WalkIn,
                    priority: Priority::Normal,
                    owner_id: None,
                    message: None,
                    expectations: None,
                },
            )
        })
        .unwrap();
    let ids: Vec<String> =
        store.saved_replies("", 1_000).unwrap().replies.into_iter().map(|r| r.id).collect();
    let mut fills = Vec::new();
    for id in ids.iter().take(200) {
        let t = Instant::now();
        let input = UseSavedReply { reply_id: id.clone(), case_id: case.id.clone(), language: None };
        store.write(|w| w.use_saved_reply(&ctx, &input)).unwrap();
        fills.push(t.elapsed());
    }
    fills.sort();
    println!(
        "put into an answer, filled and counted ({} uses): p50 {}  p95 {}",
        fills.len(),
        ms(percentile(&fills, 0.5)),
        ms(percentile(&fills, 0.95))
    );
}
