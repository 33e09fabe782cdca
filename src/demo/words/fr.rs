//! La boutique de démonstration en français : un atelier vélo à Lyon.

use super::{Script, Trouble, TroubleKind, Turn, Words};
use crate::staff::StaffRole;

pub(super) const WORDS: Words = Words {
    staff: &[
        ("Camille Laurent", StaffRole::Owner),
        ("Julien Moreau", StaffRole::Lead),
        ("Inès Benali", StaffRole::Staff),
        ("Théo Girard", StaffRole::Staff),
    ],
    first: &[
        "Lucas", "Camille", "Hugo", "Léa", "Louis", "Manon", "Gabriel", "Chloé", "Arthur", "Inès", "Jules",
        "Sarah", "Nathan", "Emma", "Thomas", "Julie", "Antoine", "Clara", "Maxime", "Pauline", "Nicolas",
        "Mathilde", "Romain", "Élodie", "Karim", "Yasmine", "Pierre", "Sophie", "Mamadou", "Aïcha", "Baptiste",
        "Anaïs", "Théo", "Margaux", "Vincent", "Céline",
    ],
    last: &[
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefèvre",
        "Michel",
        "Garcia",
        "David",
        "Bertrand",
        "Roux",
        "Vincent",
        "Fournier",
        "Morel",
        "Girard",
        "André",
        "Mercier",
        "Dupont",
        "Lambert",
        "Bonnet",
        "François",
        "Benali",
        "Diallo",
        "Rousseau",
        "Faure",
    ],
    phone,
    organisations: &[
        "Coursiers à Pédales",
        "Livraisons Feuille Verte",
        "Vélos en libre-service du Port",
        "École Sainte-Marie",
        "Hôtel des Berges",
        "Coopérative Vélos Cargo du Canal",
    ],
    segments: &["de passage", "habitué", "professionnel", "club"],
    profile_notes: &[
        "Préfère un SMS à un appel.",
        "Va au travail à vélo tous les jours ; un vélo de prêt change tout.",
    ],
    contact_hours: &["", "en semaine après 17 h", "le matin seulement", "à toute heure"],
    turnaround: &["", "le jour même", "sous deux jours"],
    // The colour follows the bike, and every bike is masculine.
    colours: &["bleu", "rouge", "noir", "vert", "blanc", "argenté", "orange"],
    bikes: &[
        "vélo de randonnée",
        "vélo de ville",
        "vélo électrique",
        "vélo de route",
        "vélo cargo",
        "VTT",
        "vélo pliant",
    ],
    bike: |colour, bike| format!("{bike} {colour}"),
    scripts: SCRIPTS,
    expectations: &[
        (
            "M'envoyer un SMS quand le vélo est prêt",
            "M'appeler au travail",
            "Me prévenir tout de suite et régler ça en priorité",
        ),
        (
            "Un devis écrit avant toute intervention",
            "Poser des pièces sans me demander d'abord",
            "Une remise sur la prochaine révision",
        ),
        (
            "Garder les anciennes pièces pour que je les voie",
            "Garder le vélo plus longtemps que prévu",
            "Un vélo de prêt le temps de régler ça",
        ),
        (
            "Expliquer simplement ce qui n'allait pas",
            "Laisser un message vocal ; plutôt un SMS",
            "M'appeler vous-même, pas un collègue",
        ),
    ],
    promises: &[
        ("Rappeler avec le devis", 24),
        ("Envoyer un SMS à l'arrivée de la pièce", 72),
        ("Avoir le vélo prêt à récupérer", 30),
        ("Envoyer la décision de garantie par e-mail", 120),
    ],
    recovery: "Excuses présentées, vélo de prêt fourni et main-d'œuvre offerte.",
    frame_serial: |serial| format!("Numéro de cadre {serial}"),
    late: Trouble {
        note: "Pièce en retard et personne n'a prévenu le client, qui avait pris sa journée pour venir chercher son vélo.",
        complaint: Some("Vélo pas prêt le jour promis"),
        changed: "Quand une pièce est en retard, nous appelons désormais le client le jour même.",
    },
    warranty: Trouble {
        note: "Le distributeur n'a pas répondu à la demande de garantie depuis dix jours.",
        complaint: None,
        changed: "Nous relançons le distributeur au bout de cinq jours ouvrés pour chaque demande de garantie.",
    },
    comments: &[
        "Personne ne m'a rappelé.",
        "Beaucoup plus long que ce qu'on m'avait dit.",
        "Bien au final, mais j'ai dû relancer.",
        "Du bon travail, rapide et sympathique.",
        "Parfait, comme toujours. Merci !",
    ],
};

/// Des numéros lyonnais, par paires : portable et fixe.
fn phone(kind: u64, index: u32, random: u64) -> String {
    let n = 1000 + index;
    let pairs = format!("{:02} {:02} {:02} {:02}", n / 100, n % 100, random / 100, random % 100);
    match kind {
        0 => format!("+33 6 {pairs}"),
        1 => format!("06 {pairs}"),
        _ => format!("04 72 55 {:02} {:02}", index / 100 % 100, index % 100),
    }
}

const SCRIPTS: &[Script] = &[
    Script {
        subject: "Frein qui grince sur le {bike}",
        turns: &[
            (Turn::Customer, "Mon frein avant grince à chaque arrêt, encore plus sous la pluie. Ça a commencé après la dernière révision."),
            (Turn::Reply, "Merci de l'avoir apporté. Nous allons vérifier les plaquettes et nettoyer le disque ; en général, il est encrassé."),
            (Turn::Note, "Plaquettes glacées, huile sur le disque. Plaquettes remplacées, disque nettoyé, rodage fait."),
            (Turn::Reply, "C'est fait, le grincement a disparu. Vous pouvez le récupérer aujourd'hui avant 18 h."),
            (Turn::Visit, "Récupéré. Montré comment éviter l'huile de chaîne sur le disque."),
        ],
        trouble: None,
    },
    Script {
        subject: "Crevaison à l'arrière du {bike}",
        turns: &[
            (Turn::Customer, "Encore un pneu arrière à plat, la deuxième fois ce mois-ci. J'ai besoin du vélo demain pour aller travailler."),
            (Turn::Note, "Une épine encore dans le pneu. Chambre à air changée, pneu usé jusqu'à la carcasse."),
            (Turn::CallOut, "Appelé pour proposer un pneu anti-crevaison neuf. D'accord, 34,95 € posé."),
            (Turn::Reply, "Pneu et chambre à air neufs posés ; prêt à récupérer cet après-midi."),
        ],
        trouble: None,
    },
    Script {
        subject: "La batterie du vélo électrique ne charge pas",
        turns: &[
            (Turn::CallIn, "Le voyant du chargeur passe au vert tout de suite, mais la batterie reste à une barre."),
            (Turn::Reply, "Apportez-nous la batterie et le chargeur, nous testerons les deux. Inutile d'apporter le vélo."),
            (Turn::Customer, "Déposés au comptoir ce matin, mon nom est sur le sac."),
            (Turn::Note, "Chargeur conforme. Cellules de la batterie déséquilibrées ; diagnostic du fabricant nécessaire."),
            (Turn::Reply, "Nous avons envoyé la batterie au fabricant pour un diagnostic. Il annonce cinq jours ouvrés ; nous vous appelons dès que nous avons des nouvelles."),
        ],
        trouble: None,
    },
    Script {
        subject: "Les vitesses sautent sur le {bike}",
        turns: &[
            (Turn::Customer, "La chaîne saute quand je pédale fort sur les petits pignons."),
            (Turn::Reply, "On dirait une chaîne allongée ou une cassette usée. Pouvez-vous nous le laisser une journée ?"),
            (Turn::Customer, "Oui, je le dépose demain avant le travail."),
            (Turn::Note, "Chaîne usée à 0,75, cassette en bon état. Chaîne neuve, dérailleur réglé."),
            (Turn::Reply, "Réparé : chaîne neuve et vitesses réglées. 29,50 € au total."),
        ],
        trouble: None,
    },
    Script {
        subject: "Révision annuelle du {bike}",
        turns: &[
            (Turn::CallIn, "Je voudrais réserver la révision annuelle, n'importe quel jour la semaine prochaine."),
            (Turn::Reply, "C'est noté pour mardi. Déposez-le avant 10 h, il sera prêt à 17 h."),
            (Turn::Visit, "Vélo déposé pour la révision."),
            (Turn::Note, "Révision faite. Boîtier de pédalier un peu dur ; noté sur la fiche d'atelier."),
        ],
        trouble: None,
    },
    Script {
        subject: "Roue voilée après un choc contre un trottoir",
        turns: &[
            (Turn::Customer, "J'ai tapé un trottoir et maintenant la roue avant est voilée et frotte contre le frein."),
            (Turn::Reply, "Si aucun rayon n'est cassé, nous la dévoilons pendant que vous attendez. Passez quand vous voulez."),
            (Turn::Visit, "Deux rayons desserrés, aucun cassé. Roue dévoilée et retendue, 15 minutes."),
        ],
        trouble: None,
    },
    Script {
        subject: "Garantie : fissure près du boîtier de pédalier",
        turns: &[
            (Turn::Customer, "J'ai trouvé une fine fissure près du boîtier de pédalier. Le cadre n'a que 18 mois."),
            (Turn::Reply, "Ne roulez plus avec, s'il vous plaît. Apportez-le avec la facture et nous le prendrons en photo pour la demande de garantie."),
            (Turn::Note, "Photos et facture envoyées au distributeur, numéro de dossier en attente."),
            (Turn::CallOut, "Prévenu que le distributeur peut mettre jusqu'à deux semaines pour décider."),
            (Turn::Customer, "Des nouvelles de la garantie ? Ça fait dix jours."),
        ],
        trouble: Some(TroubleKind::Warranty),
    },
    Script {
        subject: "Devis pour une chaîne et une cassette neuves",
        turns: &[
            (Turn::Customer, "Combien pour une chaîne et une cassette neuves sur un vélo de route 11 vitesses ?"),
            (Turn::Reply, "Entre 85 et 120 € posées, selon la cassette. Nous avons la 11-32 en stock."),
            (Turn::Customer, "Parfait, la 11-32 alors. Je peux l'apporter samedi ?"),
            (Turn::Reply, "Samedi, c'est parfait, nous ouvrons à 9 h."),
        ],
        trouble: None,
    },
    Script {
        subject: "Pose d'un siège enfant sur le {bike}",
        turns: &[
            (Turn::Visit, "Veut un siège enfant à l'arrière ; le porte-bagages supporte 25 kg, ça va."),
            (Turn::Note, "Siège commandé chez le grossiste, livraison jeudi."),
            (Turn::CallOut, "Siège arrivé ; pose prévue vendredi à 11 h."),
        ],
        trouble: None,
    },
    Script {
        subject: "Commander une selle de remplacement",
        turns: &[
            (Turn::Customer, "Pouvez-vous commander la même selle que l'an dernier ? Le revêtement s'est déchiré."),
            (Turn::Reply, "Ce modèle n'est plus fabriqué ; le nouveau est 5 mm plus large. On le commande ?"),
        ],
        trouble: None,
    },
    Script {
        subject: "Vélo pas prêt le jour promis",
        turns: &[
            (Turn::CallIn, "On m'avait dit que mon vélo serait prêt aujourd'hui et il ne l'est pas. J'ai pris ma journée pour venir le chercher."),
            (Turn::Note, "Pièce en retard chez le grossiste ; personne n'a appelé le client. Notre erreur."),
            (Turn::CallOut, "Excuses présentées, vélo de prêt proposé et livraison offerte dès que la pièce arrive."),
            (Turn::Customer, "Merci pour le vélo de prêt. Envoyez-moi un SMS quand le mien sera prêt, s'il vous plaît."),
        ],
        trouble: Some(TroubleKind::Late),
    },
    Script {
        subject: "Facture perdue pour la réparation du mois dernier",
        turns: &[
            (Turn::Customer, "J'ai besoin d'une copie de la facture pour le forfait mobilités durables de mon employeur."),
            (Turn::Reply, "Voici une copie de la facture ; l'original est dans notre système s'ils veulent une confirmation."),
        ],
        trouble: None,
    },
];
