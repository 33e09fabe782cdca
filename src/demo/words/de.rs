//! Der Demoladen auf Deutsch: eine Fahrradwerkstatt in Berlin.

use super::{Script, Trouble, TroubleKind, Turn, Words};
use crate::staff::StaffRole;

pub(super) const WORDS: Words = Words {
    staff: &[
        ("Anna Becker", StaffRole::Owner),
        ("Jonas Wagner", StaffRole::Lead),
        ("Lea Hoffmann", StaffRole::Staff),
        ("Emre Yıldız", StaffRole::Staff),
    ],
    first: &[
        "Lukas", "Anna", "Leon", "Marie", "Felix", "Sophie", "Jonas", "Laura", "Paul", "Lena", "Maximilian",
        "Hannah", "Tim", "Julia", "Finn", "Katharina", "Jan", "Sarah", "Niklas", "Lisa", "Tobias", "Mia",
        "Stefan", "Sabine", "Moritz", "Jana", "Florian", "Emma", "Ahmet", "Elif", "Thomas", "Petra", "Kevin",
        "Nina", "Jürgen", "Ayşe",
    ],
    last: &[
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hofmann",
        "Hartmann",
        "Lange",
        "Werner",
        "Krause",
        "Lehmann",
        "Kaya",
        "Nowak",
        "Köhler",
        "Vogel",
    ],
    phone,
    organisations: &[
        "Kurierdienst Pedalkraft",
        "Grünblatt Lieferservice",
        "Hafen-Radverleih",
        "Grundschule am Park",
        "Hotel am Fluss",
        "Lastenrad-Genossenschaft Kanal",
    ],
    segments: &["Laufkundschaft", "Stammkunde", "Geschäftskunde", "Verein"],
    profile_notes: &[
        "Lieber eine SMS als ein Anruf.",
        "Fährt jeden Tag mit dem Rad zur Arbeit; ein Leihrad macht den Unterschied.",
    ],
    contact_hours: &["", "werktags nach 17:00", "nur vormittags", "jederzeit"],
    turnaround: &["", "am selben Tag", "innerhalb von zwei Tagen"],
    // After "am" (dative), so every colour ends in -en; every bike is neuter.
    colours: &["blauen", "roten", "schwarzen", "grünen", "weißen", "silbernen", "orangefarbenen"],
    bikes: &["Trekkingrad", "Stadtrad", "E-Bike", "Rennrad", "Lastenrad", "Mountainbike", "Klapprad"],
    bike: |colour, bike| format!("{colour} {bike}"),
    scripts: SCRIPTS,
    expectations: &[
        (
            "Eine SMS, wenn das Rad fertig ist",
            "Mich bei der Arbeit anrufen",
            "Sofort Bescheid sagen und es zuerst beheben",
        ),
        (
            "Vor jeder Arbeit ein schriftliches Angebot",
            "Teile einbauen, ohne vorher zu fragen",
            "Rabatt auf die nächste Inspektion",
        ),
        (
            "Die alten Teile aufheben, damit ich sie sehen kann",
            "Das Rad länger behalten als versprochen",
            "Ein Leihrad, bis es erledigt ist",
        ),
        (
            "In einfachen Worten erklären, was kaputt war",
            "Auf die Mailbox sprechen; lieber eine SMS schicken",
            "Selbst anrufen, nicht über Kollegen",
        ),
    ],
    promises: &[
        ("Mit dem Angebot zurückrufen", 24),
        ("SMS schicken, wenn das Teil da ist", 72),
        ("Rad abholbereit haben", 30),
        ("Garantieentscheidung per E-Mail schicken", 120),
    ],
    recovery: "Entschuldigt, ein Leihrad mitgegeben und den Arbeitslohn erlassen.",
    frame_serial: |serial| format!("Rahmennummer {serial}"),
    late: Trouble {
        note: "Teil verspätet und niemand hat es dem Kunden gesagt, der sich zum Abholen einen Tag freigenommen hatte.",
        complaint: Some("Rad nicht am versprochenen Tag fertig"),
        changed: "Verspätet sich ein Teil, rufen wir den Kunden jetzt noch am selben Tag an.",
    },
    warranty: Trouble {
        note: "Der Importeur hat seit zehn Tagen nicht auf den Garantieantrag geantwortet.",
        complaint: None,
        changed: "Wir haken Garantieanträge beim Importeur nach fünf Werktagen nach.",
    },
    comments: &[
        "Niemand hat mich zurückgerufen.",
        "Hat viel länger gedauert als gesagt.",
        "Am Ende gut, aber ich musste hinterhertelefonieren.",
        "Gute Arbeit, schnell und freundlich.",
        "Super, wie immer. Danke!",
    ],
};

/// Berliner Nummern: mobil und Festnetz.
fn phone(kind: u64, index: u32, random: u64) -> String {
    match kind {
        0 => format!("+49 151 {:04}{random:04}", 1000 + index),
        1 => format!("0171 {:04}{random:04}", 1000 + index),
        _ => format!("030 555 {:04}", index % 10_000),
    }
}

const SCRIPTS: &[Script] = &[
    Script {
        subject: "Quietschende Bremse am {bike}",
        turns: &[
            (Turn::Customer, "Meine Vorderbremse quietscht bei jedem Halt, bei Regen noch schlimmer. Das fing nach der letzten Inspektion an."),
            (Turn::Reply, "Danke, dass Sie es vorbeibringen. Wir prüfen die Beläge und reinigen die Scheibe; meistens ist sie verschmutzt."),
            (Turn::Note, "Beläge verglast, Öl auf der Scheibe. Beläge getauscht, Scheibe gereinigt, eingebremst."),
            (Turn::Reply, "Alles erledigt, das Quietschen ist weg. Sie können es heute bis 18:00 abholen."),
            (Turn::Visit, "Abgeholt. Gezeigt, wie man Kettenöl von der Bremsscheibe fernhält."),
        ],
        trouble: None,
    },
    Script {
        subject: "Platter Hinterreifen am {bike}",
        turns: &[
            (Turn::Customer, "Schon wieder ein Platten hinten, das zweite Mal in diesem Monat. Ich brauche das Rad morgen für die Arbeit."),
            (Turn::Note, "Dorn steckte noch im Reifen. Schlauch getauscht, Reifen bis auf die Karkasse abgefahren."),
            (Turn::CallOut, "Angerufen und einen neuen pannensicheren Reifen vorgeschlagen. Einverstanden, 34,95 € mit Montage."),
            (Turn::Reply, "Neuer Reifen und Schlauch sind drauf; heute Nachmittag abholbereit."),
        ],
        trouble: None,
    },
    Script {
        subject: "Akku vom E-Bike lädt nicht",
        turns: &[
            (Turn::CallIn, "Die Lampe am Ladegerät wird sofort grün, aber der Akku bleibt bei einem Balken."),
            (Turn::Reply, "Bitte bringen Sie Akku und Ladegerät vorbei, dann testen wir beides. Das Rad brauchen wir nicht."),
            (Turn::Customer, "Heute früh an der Theke abgegeben, mein Name steht auf der Tasche."),
            (Turn::Note, "Ladegerät liefert normal. Zellen im Akku unausgeglichen; Diagnose beim Hersteller nötig."),
            (Turn::Reply, "Der Akku ist zur Diagnose beim Hersteller. Dort rechnet man mit fünf Werktagen; wir rufen an, sobald wir etwas hören."),
        ],
        trouble: None,
    },
    Script {
        subject: "Schaltung springt am {bike}",
        turns: &[
            (Turn::Customer, "Die Kette springt, wenn ich auf den kleinen Ritzeln kräftig trete."),
            (Turn::Reply, "Klingt nach einer gelängten Kette oder einer verschlissenen Kassette. Können Sie es einen Tag bei uns lassen?"),
            (Turn::Customer, "Ja, ich bringe es morgen vor der Arbeit vorbei."),
            (Turn::Note, "Kette bei 0,75 verschlissen, Kassette in Ordnung. Neue Kette, Schaltung eingestellt."),
            (Turn::Reply, "Erledigt: neue Kette und die Schaltung eingestellt. Zusammen 29,50 €."),
        ],
        trouble: None,
    },
    Script {
        subject: "Jahresinspektion am {bike}",
        turns: &[
            (Turn::CallIn, "Ich möchte die jährliche Inspektion buchen, nächste Woche geht jeder Tag."),
            (Turn::Reply, "Eingetragen für Dienstag. Bringen Sie es vor 10:00, um 17:00 ist es fertig."),
            (Turn::Visit, "Rad zur Inspektion abgegeben."),
            (Turn::Note, "Inspektion erledigt. Tretlager läuft etwas rau; auf dem Auftragszettel vermerkt."),
        ],
        trouble: None,
    },
    Script {
        subject: "Laufrad zentrieren nach Bordsteinkontakt",
        turns: &[
            (Turn::Customer, "Bin gegen einen Bordstein gefahren, jetzt eiert das Vorderrad und schleift an der Bremse."),
            (Turn::Reply, "Wenn keine Speiche gebrochen ist, zentrieren wir es, während Sie warten. Kommen Sie einfach vorbei."),
            (Turn::Visit, "Zwei Speichen locker, keine gebrochen. Zentriert und nachgespannt, 15 Minuten."),
        ],
        trouble: None,
    },
    Script {
        subject: "Garantiefall: Riss am Tretlager",
        turns: &[
            (Turn::Customer, "Ich habe einen Haarriss am Tretlager entdeckt. Der Rahmen ist erst 18 Monate alt."),
            (Turn::Reply, "Bitte fahren Sie nicht mehr damit. Bringen Sie es mit dem Kaufbeleg vorbei, dann fotografieren wir es für den Garantieantrag."),
            (Turn::Note, "Fotos und Beleg an den Importeur geschickt, Vorgangsnummer steht noch aus."),
            (Turn::CallOut, "Mitgeteilt, dass der Importeur bis zu zwei Wochen für die Entscheidung braucht."),
            (Turn::Customer, "Gibt es schon etwas Neues zur Garantie? Es sind jetzt zehn Tage."),
        ],
        trouble: Some(TroubleKind::Warranty),
    },
    Script {
        subject: "Angebot für neue Kette und Kassette",
        turns: &[
            (Turn::Customer, "Was kosten eine neue Kette und Kassette an einem Rennrad mit 11 Gängen?"),
            (Turn::Reply, "Zwischen 85 und 120 € mit Montage, je nach Kassette. 11-32 haben wir auf Lager."),
            (Turn::Customer, "Super, dann bitte die 11-32. Kann ich es am Samstag bringen?"),
            (Turn::Reply, "Samstag passt, wir öffnen um 9:00."),
        ],
        trouble: None,
    },
    Script {
        subject: "Kindersitz montieren am {bike}",
        turns: &[
            (Turn::Visit, "Möchte hinten einen Kindersitz; der Gepäckträger ist für 25 kg zugelassen, passt."),
            (Turn::Note, "Sitz beim Großhändler bestellt, kommt am Donnerstag."),
            (Turn::CallOut, "Sitz ist da; Montage für Freitag 11:00 vereinbart."),
        ],
        trouble: None,
    },
    Script {
        subject: "Ersatzsattel bestellen",
        turns: &[
            (Turn::Customer, "Können Sie denselben Sattel wie letztes Jahr bestellen? Der Bezug ist gerissen."),
            (Turn::Reply, "Das Modell gibt es nicht mehr; der Nachfolger ist 5 mm breiter. Sollen wir den bestellen?"),
        ],
        trouble: None,
    },
    Script {
        subject: "Rad am versprochenen Tag nicht fertig",
        turns: &[
            (Turn::CallIn, "Mir wurde gesagt, mein Rad sei heute fertig, und das ist es nicht. Ich habe mir extra freigenommen, um es abzuholen."),
            (Turn::Note, "Teil beim Großhändler verspätet; niemand hat den Kunden angerufen. Unser Fehler."),
            (Turn::CallOut, "Entschuldigt, ein Leihrad angeboten und kostenlose Lieferung, sobald das Teil da ist."),
            (Turn::Customer, "Danke für das Leihrad. Schicken Sie mir bitte eine SMS, wenn meins fertig ist."),
        ],
        trouble: Some(TroubleKind::Late),
    },
    Script {
        subject: "Beleg für die Reparatur vom letzten Monat verloren",
        turns: &[
            (Turn::Customer, "Ich brauche eine Kopie des Belegs für das Dienstrad-Leasing meines Arbeitgebers."),
            (Turn::Reply, "Anbei eine Kopie der Rechnung; das Original ist bei uns im System, falls sie eine Bestätigung brauchen."),
        ],
        trouble: None,
    },
];
