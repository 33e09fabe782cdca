//! The demo shop in English: an Amsterdam bike shop whose staff and customers
//! come from everywhere, as a city shop's do.

use super::{Script, Trouble, TroubleKind, Turn, Words};
use crate::staff::StaffRole;

pub(super) const WORDS: Words = Words {
    staff: STAFF,
    first: FIRST,
    last: LAST,
    phone,
    organisations: ORGANISATIONS,
    segments: SEGMENTS,
    profile_notes: &[
        "Prefers a text message over a call.",
        "Rides to work every day; a loan bike makes all the difference.",
    ],
    contact_hours: &["", "after 17:00 on weekdays", "mornings only", "any time"],
    turnaround: &["", "same day", "within two days"],
    colours: COLOURS,
    bikes: BIKES,
    bike: |colour, bike| format!("{colour} {bike}"),
    scripts: SCRIPTS,
    expectations: EXPECTATIONS,
    promises: PROMISES,
    recovery: "Apologised, gave a loan bike and waived the labour.",
    frame_serial: |serial| format!("Frame serial {serial}"),
    late: Trouble {
        note: "Part delayed and nobody told the customer, who took a day off to collect.",
        complaint: Some("Bike not ready on the day we promised"),
        changed: "A delayed part now means a call to the customer the same day.",
    },
    warranty: Trouble {
        note: "The distributor has not answered the warranty claim in ten days.",
        complaint: None,
        changed: "We chase warranty claims with the distributor after five working days.",
    },
    comments: COMMENTS,
};

/// The shop is in Amsterdam: Dutch numbers, mobile and landline.
fn phone(kind: u64, index: u32, random: u64) -> String {
    match kind {
        0 => format!("+31 6 {:04} {random:04}", 1000 + index),
        1 => format!("06-{:04} {random:04}", 1000 + index),
        _ => format!("020 555 {:04}", index % 10_000),
    }
}

const STAFF: &[(&str, StaffRole)] = &[
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
        trouble: None,
    },
    Script {
        subject: "Puncture on the rear wheel of the {bike}",
        turns: &[
            (Turn::Customer, "Flat rear tyre again, second time this month. I need the bike for work tomorrow."),
            (Turn::Note, "Thorn still in the tyre. Tube replaced, tyre is worn through to the casing."),
            (Turn::CallOut, "Called to suggest a new puncture-resistant tyre. They agreed, 34.95 fitted."),
            (Turn::Reply, "New tyre and tube fitted; ready for collection this afternoon."),
        ],
        trouble: None,
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
        trouble: None,
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
        trouble: None,
    },
    Script {
        subject: "Annual service for the {bike}",
        turns: &[
            (Turn::CallIn, "Would like to book the yearly service, any day next week is fine."),
            (Turn::Reply, "Booked for Tuesday. Drop it off before 10:00 and it'll be ready by 17:00."),
            (Turn::Visit, "Bike dropped off for service."),
            (Turn::Note, "Service done. Bottom bracket a little rough; mentioned on the job card."),
        ],
        trouble: None,
    },
    Script {
        subject: "Wheel truing after a kerb hit",
        turns: &[
            (Turn::Customer, "Hit a kerb and now the front wheel wobbles and rubs the brake."),
            (Turn::Reply, "We can true it while you wait if no spokes are broken. Come by any time."),
            (Turn::Visit, "Two spokes loose, none broken. Trued and tensioned, 15 minutes."),
        ],
        trouble: None,
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
        trouble: Some(TroubleKind::Warranty),
    },
    Script {
        subject: "Quote for a new chain and cassette",
        turns: &[
            (Turn::Customer, "How much for a new chain and cassette on an 11-speed road bike?"),
            (Turn::Reply, "Between 85 and 120 fitted, depending on the cassette range. We have 11-32 in stock."),
            (Turn::Customer, "Great, the 11-32 please. Can I bring it Saturday?"),
            (Turn::Reply, "Saturday is fine, we open at 9:00."),
        ],
        trouble: None,
    },
    Script {
        subject: "Child seat fitting on the {bike}",
        turns: &[
            (Turn::Visit, "Wants a rear child seat fitted; the rack is rated for 25 kg, fine."),
            (Turn::Note, "Seat ordered from the wholesaler, due Thursday."),
            (Turn::CallOut, "Seat arrived; booked the fitting for Friday 11:00."),
        ],
        trouble: None,
    },
    Script {
        subject: "Order a replacement saddle",
        turns: &[
            (Turn::Customer, "Can you order the same saddle as last year? The cover has split."),
            (Turn::Reply, "That model is discontinued; the successor is 5 mm wider. Shall we order it?"),
        ],
        trouble: None,
    },
    Script {
        subject: "Bike not ready on the promised day",
        turns: &[
            (Turn::CallIn, "I was told my bike would be ready today and it isn't. I took the day off to collect it."),
            (Turn::Note, "Part delayed at the wholesaler; nobody called the customer. Our mistake."),
            (Turn::CallOut, "Apologised, offered a loan bike and free delivery once the part is in."),
            (Turn::Customer, "Thanks for sorting the loan bike. Please text me when mine is ready."),
        ],
        trouble: Some(TroubleKind::Late),
    },
    Script {
        subject: "Lost receipt for last month's repair",
        turns: &[
            (Turn::Customer, "I need a copy of the receipt for my employer's cycle scheme."),
            (Turn::Reply, "Here is a copy of the invoice; the original is in our system if they need it confirmed."),
        ],
        trouble: None,
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

/// What customers said when asked how we did, by score.
const COMMENTS: &[&str] = &[
    "Nobody called me back.",
    "Took far longer than I was told.",
    "Fine in the end, but I had to chase it.",
    "Good job, quick and friendly.",
    "Brilliant, as always. Thank you!",
];
