//! De demowinkel in het Nederlands: een fietsenmaker in Amsterdam.

use super::{Script, Trouble, TroubleKind, Turn, Words};
use crate::staff::StaffRole;

pub(super) const WORDS: Words = Words {
    staff: &[
        ("Anouk de Groot", StaffRole::Owner),
        ("Bram Willems", StaffRole::Lead),
        ("Fleur Hendriks", StaffRole::Staff),
        ("Youssef Amrani", StaffRole::Staff),
    ],
    first: &[
        "Daan", "Sanne", "Lotte", "Bram", "Femke", "Joost", "Sem", "Anouk", "Ruben", "Lieke", "Thijs", "Noor",
        "Jeroen", "Eva", "Mohamed", "Fatima", "Pieter", "Inge", "Kees", "Marieke", "Stijn", "Yara", "Bas",
        "Esther", "Tim", "Floor", "Wouter", "Iris", "Gijs", "Sophie", "Mehmet", "Julia", "Rik", "Naima",
        "Jasper", "Lisa",
    ],
    last: &[
        "de Vries",
        "Jansen",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "de Groot",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "van Leeuwen",
        "Dekker",
        "Brouwer",
        "de Wit",
        "Dijkstra",
        "Smits",
        "de Graaf",
        "van der Meer",
        "van den Berg",
        "Kok",
        "Jacobs",
        "de Haan",
        "Vermeulen",
        "van Dijk",
        "Schouten",
        "El Idrissi",
        "Yılmaz",
        "Postma",
        "Kuipers",
    ],
    phone,
    organisations: &[
        "Fietskoeriers Amsterdam",
        "Groenblad Bezorging",
        "Deelfiets Haven",
        "Basisschool De Regenboog",
        "Hotel aan de Amstel",
        "Bakfietscoöperatie Grachtengordel",
    ],
    segments: &["inloop", "vaste klant", "zakelijk", "vereniging"],
    profile_notes: &[
        "Liever een sms dan een telefoontje.",
        "Fietst elke dag naar het werk; een leenfiets maakt het verschil.",
    ],
    contact_hours: &["", "doordeweeks na 17:00", "alleen 's ochtends", "altijd"],
    turnaround: &["", "dezelfde dag", "binnen twee dagen"],
    colours: &["blauwe", "rode", "zwarte", "groene", "witte", "zilveren", "oranje"],
    bikes: &["toerfiets", "stadsfiets", "e-bike", "racefiets", "bakfiets", "mountainbike", "vouwfiets"],
    bike: |colour, bike| format!("{colour} {bike}"),
    scripts: SCRIPTS,
    expectations: &[
        ("Stuur een sms als de fiets klaar is", "Bel me op mijn werk", "Zeg het meteen en los het eerst op"),
        (
            "Eerst een schriftelijke offerte, dan pas beginnen",
            "Onderdelen vervangen zonder het eerst te vragen",
            "Korting op de volgende onderhoudsbeurt",
        ),
        (
            "Bewaar de oude onderdelen zodat ik ze kan zien",
            "De fiets langer houden dan afgesproken",
            "Een leenfiets zolang het duurt",
        ),
        (
            "Leg in gewone woorden uit wat er mis was",
            "Inspreken op de voicemail; stuur liever een sms",
            "Bel me zelf, niet via een collega",
        ),
    ],
    promises: &[
        ("Terugbellen met de offerte", 24),
        ("Sms'en als het onderdeel binnen is", 72),
        ("Fiets klaar hebben om op te halen", 30),
        ("Het garantiebesluit mailen", 120),
    ],
    recovery: "Excuses gemaakt, een leenfiets meegegeven en het arbeidsloon niet gerekend.",
    frame_serial: |serial| format!("Framenummer {serial}"),
    late: Trouble {
        note: "Onderdeel vertraagd en niemand heeft het de klant laten weten, die een dag vrij had genomen om de fiets op te halen.",
        complaint: Some("Fiets niet klaar op de dag die we beloofd hadden"),
        changed: "Is een onderdeel vertraagd, dan bellen we de klant nu dezelfde dag nog.",
    },
    warranty: Trouble {
        note: "De importeur heeft in tien dagen niet op de garantieclaim gereageerd.",
        complaint: None,
        changed: "We zitten de importeur na vijf werkdagen achter elke garantieclaim aan.",
    },
    comments: &[
        "Niemand heeft me teruggebeld.",
        "Het duurde veel langer dan mij was gezegd.",
        "Uiteindelijk goed, maar ik moest er zelf achteraan.",
        "Goed werk, snel en vriendelijk.",
        "Top, zoals altijd. Bedankt!",
    ],
};

/// Amsterdamse nummers: mobiel en vast.
fn phone(kind: u64, index: u32, random: u64) -> String {
    match kind {
        0 => format!("+31 6 {:04} {random:04}", 1000 + index),
        1 => format!("06-{:04} {random:04}", 1000 + index),
        _ => format!("020 555 {:04}", index % 10_000),
    }
}

const SCRIPTS: &[Script] = &[
    Script {
        subject: "Piepende rem op de {bike}",
        turns: &[
            (Turn::Customer, "Mijn voorrem piept elke keer als ik stop, en erger als het regent. Het begon na de laatste onderhoudsbeurt."),
            (Turn::Reply, "Bedankt dat u hem langsbrengt. We kijken naar de remblokken en maken de schijf schoon; meestal zit er vuil of olie op."),
            (Turn::Note, "Remblokken verglaasd, olie op de schijf. Blokken vervangen, schijf gereinigd, ingeremd."),
            (Turn::Reply, "Klaar, het piepen is weg. U kunt hem vandaag tot 18:00 ophalen."),
            (Turn::Visit, "Opgehaald. Laten zien hoe je kettingolie van de remschijf houdt."),
        ],
        trouble: None,
    },
    Script {
        subject: "Lekke achterband van de {bike}",
        turns: &[
            (Turn::Customer, "Alweer een lekke achterband, de tweede keer deze maand. Ik heb de fiets morgen nodig voor mijn werk."),
            (Turn::Note, "Doorn zat nog in de band. Binnenband vervangen, buitenband versleten tot op het karkas."),
            (Turn::CallOut, "Gebeld met het voorstel voor een nieuwe antilekband. Akkoord, € 34,95 inclusief montage."),
            (Turn::Reply, "Nieuwe buitenband en binnenband erop; vanmiddag klaar om op te halen."),
        ],
        trouble: None,
    },
    Script {
        subject: "Accu van de e-bike laadt niet op",
        turns: &[
            (Turn::CallIn, "Het lampje van de lader wordt meteen groen, maar de accu blijft op één streepje staan."),
            (Turn::Reply, "Wilt u de accu en de lader langsbrengen? Dan testen we ze allebei. De fiets hoeft niet mee."),
            (Turn::Customer, "Vanochtend bij de balie afgegeven, mijn naam staat op de tas."),
            (Turn::Note, "Lader geeft de juiste spanning. Cellen van de accu uit balans; diagnose door de fabrikant nodig."),
            (Turn::Reply, "We hebben de accu voor diagnose naar de fabrikant gestuurd. Zij rekenen op vijf werkdagen; we bellen zodra we iets horen."),
        ],
        trouble: None,
    },
    Script {
        subject: "Versnelling slaat over op de {bike}",
        turns: &[
            (Turn::Customer, "De ketting springt over als ik hard trap op de kleine tandwielen."),
            (Turn::Reply, "Dat klinkt als een uitgerekte ketting of een versleten cassette. Kunt u hem een dag bij ons laten?"),
            (Turn::Customer, "Ja, ik breng hem morgen voor mijn werk langs."),
            (Turn::Note, "Ketting 0,75 versleten, cassette nog goed. Nieuwe ketting, derailleur afgesteld."),
            (Turn::Reply, "Gemaakt: nieuwe ketting en de versnellingen afgesteld. Samen € 29,50."),
        ],
        trouble: None,
    },
    Script {
        subject: "Jaarlijkse onderhoudsbeurt voor de {bike}",
        turns: &[
            (Turn::CallIn, "Ik wil graag de jaarlijkse onderhoudsbeurt inplannen, volgende week kan elke dag."),
            (Turn::Reply, "Ingepland voor dinsdag. Breng hem voor 10:00, dan is hij om 17:00 klaar."),
            (Turn::Visit, "Fiets gebracht voor onderhoud."),
            (Turn::Note, "Onderhoud gedaan. Trapas loopt wat ruw; op de werkbon gezet."),
        ],
        trouble: None,
    },
    Script {
        subject: "Wiel richten na een klap tegen de stoeprand",
        turns: &[
            (Turn::Customer, "Tegen een stoeprand gereden en nu slingert het voorwiel en loopt het aan tegen de rem."),
            (Turn::Reply, "Als er geen spaken gebroken zijn, richten we het terwijl u wacht. Kom gerust langs."),
            (Turn::Visit, "Twee spaken los, geen gebroken. Gericht en op spanning gebracht, 15 minuten."),
        ],
        trouble: None,
    },
    Script {
        subject: "Garantieclaim: scheurtje bij de trapas",
        turns: &[
            (Turn::Customer, "Ik heb een haarscheurtje bij de trapas gevonden. Het frame is pas 18 maanden oud."),
            (Turn::Reply, "Fiets er alstublieft niet meer op. Breng hem langs met de bon, dan maken we foto's voor de garantieclaim."),
            (Turn::Note, "Foto's en bon naar de importeur gestuurd, claimnummer volgt nog."),
            (Turn::CallOut, "Laten weten dat de importeur tot twee weken nodig heeft voor een besluit."),
            (Turn::Customer, "Is er al nieuws over de claim? Het is nu tien dagen geleden."),
        ],
        trouble: Some(TroubleKind::Warranty),
    },
    Script {
        subject: "Offerte voor een nieuwe ketting en cassette",
        turns: &[
            (Turn::Customer, "Wat kost een nieuwe ketting en cassette op een racefiets met 11 versnellingen?"),
            (Turn::Reply, "Tussen € 85 en € 120 inclusief montage, afhankelijk van de cassette. We hebben 11-32 op voorraad."),
            (Turn::Customer, "Prima, graag de 11-32. Kan ik hem zaterdag brengen?"),
            (Turn::Reply, "Zaterdag is goed, we gaan om 9:00 open."),
        ],
        trouble: None,
    },
    Script {
        subject: "Kinderzitje monteren op de {bike}",
        turns: &[
            (Turn::Visit, "Wil een kinderzitje achterop; de drager mag 25 kg dragen, dat kan."),
            (Turn::Note, "Zitje besteld bij de groothandel, komt donderdag binnen."),
            (Turn::CallOut, "Zitje is binnen; montage ingepland voor vrijdag 11:00."),
        ],
        trouble: None,
    },
    Script {
        subject: "Nieuw zadel bestellen",
        turns: &[
            (Turn::Customer, "Kunt u hetzelfde zadel bestellen als vorig jaar? De bekleding is gescheurd."),
            (Turn::Reply, "Dat model wordt niet meer gemaakt; de opvolger is 5 mm breder. Zullen we die bestellen?"),
        ],
        trouble: None,
    },
    Script {
        subject: "Fiets niet klaar op de beloofde dag",
        turns: &[
            (Turn::CallIn, "Mij was gezegd dat mijn fiets vandaag klaar zou zijn, en dat is hij niet. Ik heb er een dag vrij voor genomen."),
            (Turn::Note, "Onderdeel vertraagd bij de groothandel; niemand heeft de klant gebeld. Onze fout."),
            (Turn::CallOut, "Excuses aangeboden, een leenfiets gegeven en gratis bezorging zodra het onderdeel er is."),
            (Turn::Customer, "Bedankt voor de leenfiets. Wilt u me een berichtje sturen als de mijne klaar is?"),
        ],
        trouble: Some(TroubleKind::Late),
    },
    Script {
        subject: "Bon kwijt van de reparatie van vorige maand",
        turns: &[
            (Turn::Customer, "Ik heb een kopie van de bon nodig voor de fietsregeling van mijn werkgever."),
            (Turn::Reply, "Hierbij een kopie van de factuur; het origineel staat in ons systeem als ze het willen laten bevestigen."),
        ],
        trouble: None,
    },
];
