//! The demo shop's saved replies: each in every language the demo speaks (the
//! demo's own language names them), so a customer written to in another
//! language gets their version.

/// The shop's name, as its saved replies say it.
pub(in crate::demo) const SHOP_NAME: &str = "Fietsen De Spaak";

/// (name, text) per reply, in `Language::ALL` order: en, nl, de, fr, es.
pub(in crate::demo) const SAVED: [[(&str, &str); 5]; 3] = [
    [
        ("Bike ready", "Hi {first_name}, your bike is ready to collect. We are open today {hours_today}.\n\nKind regards,\n{my_name}, {shop_name}"),
        ("Fiets klaar", "Hoi {first_name}, je fiets staat klaar om op te halen. We zijn vandaag open {hours_today}.\n\nGroeten,\n{my_name}, {shop_name}"),
        ("Rad fertig", "Hallo {first_name}, Ihr Rad ist abholbereit. Wir haben heute {hours_today} geöffnet.\n\nViele Grüße\n{my_name}, {shop_name}"),
        ("Vélo prêt", "Bonjour {first_name}, votre vélo est prêt. Nous sommes ouverts aujourd’hui {hours_today}.\n\nBien à vous,\n{my_name}, {shop_name}"),
        ("Bici lista", "Hola {first_name}, su bici ya está lista para recoger. Hoy abrimos {hours_today}.\n\nUn saludo,\n{my_name}, {shop_name}"),
    ],
    [
        ("Part ordered", "Hi {first_name}, we have ordered the part for your bike and expect it {promise_due}. We will let you know as soon as it is in (case {case_ref}).\n\n{my_name}"),
        ("Onderdeel besteld", "Hoi {first_name}, we hebben het onderdeel voor je fiets besteld en verwachten het {promise_due}. We laten het je weten zodra het binnen is (zaak {case_ref}).\n\n{my_name}"),
        ("Teil bestellt", "Hallo {first_name}, wir haben das Teil für Ihr Rad bestellt und erwarten es {promise_due}. Wir melden uns, sobald es da ist (Fall {case_ref}).\n\n{my_name}"),
        ("Pièce commandée", "Bonjour {first_name}, nous avons commandé la pièce pour votre vélo et l’attendons {promise_due}. Nous vous prévenons dès son arrivée (dossier {case_ref}).\n\n{my_name}"),
        ("Pieza pedida", "Hola {first_name}, hemos pedido la pieza para su bici y la esperamos {promise_due}. Le avisamos en cuanto llegue (caso {case_ref}).\n\n{my_name}"),
    ],
    [
        ("Warranty claim", "Hi {first_name}, to claim the warranty, bring the bike with its receipt, or mail us a photo of the receipt quoting case {case_ref}. We take it up with the maker and keep you posted.\n\n{my_name}, {shop_name}"),
        ("Garantieclaim", "Hoi {first_name}, voor de garantie breng je de fiets met de bon, of mail je ons een foto van de bon met zaak {case_ref}. Wij regelen het met de fabrikant en houden je op de hoogte.\n\n{my_name}, {shop_name}"),
        ("Garantiefall", "Hallo {first_name}, für die Garantie bringen Sie das Rad mit dem Kassenbon vorbei oder mailen uns ein Foto des Bons mit Fall {case_ref}. Wir klären es mit dem Hersteller und halten Sie auf dem Laufenden.\n\n{my_name}, {shop_name}"),
        ("Garantie", "Bonjour {first_name}, pour la garantie, apportez le vélo avec le ticket, ou envoyez-nous une photo du ticket en citant le dossier {case_ref}. Nous voyons cela avec le fabricant et vous tenons au courant.\n\n{my_name}, {shop_name}"),
        ("Garantía", "Hola {first_name}, para la garantía traiga la bici con el tique, o envíenos una foto del tique indicando el caso {case_ref}. Lo gestionamos con el fabricante y le mantenemos informado.\n\n{my_name}, {shop_name}"),
    ],
];
