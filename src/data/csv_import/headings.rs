//! What each column holds, by its heading's meaning, in English, Dutch,
//! German, French and Spanish and as the shop systems, CRMs and help desks
//! shops use name them (Shopify, WooCommerce, Square, HubSpot, Zendesk,
//! Freshdesk); failing that, by what its cells hold. Nothing is guessed from a
//! word merely appearing in a heading: "Accepts Email Marketing" holds yes or
//! no, not addresses.

use super::table::Table;
use super::values::{looks_like_email, looks_like_phone};
use super::{CsvColumn, CsvField};
use crate::core::text;

/// Headings by meaning, compared without accents, case, spaces or punctuation.
const HEADINGS: &[(CsvField, &[&str])] = &[
    (
        CsvField::Name,
        &[
            // English, and the exports
            "name",
            "fullname",
            "customer",
            "customername",
            "contact",
            "contactname",
            "client",
            "clientname",
            "firstname",
            "lastname",
            "surname",
            "givenname",
            "familyname",
            "middlename",
            "requester",
            "requestername",
            "billingfirstname",
            "billinglastname",
            // Dutch
            "naam",
            "volledigenaam",
            "klant",
            "klantnaam",
            "voornaam",
            "achternaam",
            "tussenvoegsel",
            "contactpersoon",
            // German
            "vorname",
            "nachname",
            "kunde",
            "kundenname",
            "vollstandigername",
            "ansprechpartner",
            // French
            "nom",
            "prenom",
            "nomcomplet",
            "nomduclient",
            "nomdefamille",
            // Spanish
            "nombre",
            "apellido",
            "apellidos",
            "nombrecompleto",
            "nombredelcliente",
        ],
    ),
    (
        CsvField::Phone,
        &[
            "phone",
            "phonenumber",
            "telephone",
            "tel",
            "mobile",
            "mobilephone",
            "mobilephonenumber",
            "cell",
            "cellphone",
            "workphone",
            "homephone",
            "billingphone",
            "shippingphone",
            "defaultaddressphone",
            "sharedphonenumber",
            "whatsapp",
            "telefoon",
            "telefoonnummer",
            "mobiel",
            "mobielnummer",
            "mobieletelefoon",
            "gsm",
            "telefon",
            "telefonnummer",
            "handy",
            "mobil",
            "mobiltelefon",
            "mobilnummer",
            "telephoneportable",
            "portable",
            "numerodetelephone",
            "tel1",
            "telefono",
            "movil",
            "celular",
            "numerodetelefono",
        ],
    ),
    (
        CsvField::Email,
        &[
            "email",
            "emailaddress",
            "mail",
            "requesteremail",
            "billingemail",
            "contactemail",
            "customeremail",
            "emailadres",
            "mailadres",
            "emailadresse",
            "courriel",
            "adresseemail",
            "adresseelectronique",
            "adressemail",
            "correo",
            "correoelectronico",
            "direcciondecorreo",
            "direcciondecorreoelectronico",
        ],
    ),
    (
        CsvField::Organisation,
        &[
            "organisation",
            "organization",
            "company",
            "companyname",
            "business",
            "businessname",
            "defaultaddresscompany",
            "billingcompany",
            "account",
            "accountname",
            "employer",
            "bedrijf",
            "bedrijfsnaam",
            "organisatie",
            "firma",
            "firmenname",
            "unternehmen",
            "societe",
            "entreprise",
            "nomdelentreprise",
            "empresa",
            "organizacion",
            "compania",
        ],
    ),
    (
        CsvField::Segment,
        &[
            "segment",
            "customersegment",
            "customertype",
            "customergroup",
            "groups",
            "tier",
            "tags",
            "lifecyclestage",
            "klanttype",
            "klantgroep",
            "categorie",
            "kundengruppe",
            "kundentyp",
            "kategorie",
            "typedeclient",
            "segmento",
            "tipodecliente",
            "categoria",
        ],
    ),
    (
        CsvField::Notes,
        &[
            "notes",
            "note",
            "comments",
            "comment",
            "remarks",
            "customernotes",
            "memo",
            "about",
            "details",
            "opmerking",
            "opmerkingen",
            "notitie",
            "notities",
            "notiz",
            "notizen",
            "bemerkung",
            "bemerkungen",
            "anmerkung",
            "kommentar",
            "remarque",
            "remarques",
            "commentaire",
            "commentaires",
            "nota",
            "notas",
            "comentario",
            "comentarios",
            "observaciones",
        ],
    ),
    (
        CsvField::Subject,
        &[
            "subject",
            "summary",
            "ticket",
            "tickettitle",
            "ticketsubject",
            "topic",
            "issue",
            "casesubject",
            "onderwerp",
            "betreff",
            "thema",
            "objet",
            "sujet",
            "asunto",
            "tema",
        ],
    ),
    (
        CsvField::Message,
        &[
            "message",
            "description",
            "body",
            "problem",
            "firstmessage",
            "content",
            "question",
            "ticketdescription",
            "bericht",
            "omschrijving",
            "beschrijving",
            "nachricht",
            "beschreibung",
            "descripcion",
            "mensaje",
        ],
    ),
    (
        CsvField::Channel,
        &[
            "channel", "source", "via", "medium", "kanaal", "bron", "kanal", "quelle", "canal", "origen",
            "fuente",
        ],
    ),
    (
        CsvField::Status,
        &["status", "state", "ticketstatus", "casestatus", "statut", "etat", "estado", "zustand"],
    ),
    (
        CsvField::Priority,
        &[
            "priority",
            "urgency",
            "prioriteit",
            "urgentie",
            "prioritat",
            "dringlichkeit",
            "priorite",
            "urgence",
            "prioridad",
            "urgencia",
        ],
    ),
    (
        CsvField::Opened,
        &[
            "opened",
            "openedat",
            "created",
            "createdat",
            "createdon",
            "createdtime",
            "createdate",
            "date",
            "opendate",
            "datecreated",
            "createddate",
            "received",
            "submitted",
            "datum",
            "aangemaakt",
            "aangemaaktop",
            "geopend",
            "erstellt",
            "erstelltam",
            "eroffnet",
            "cree",
            "creele",
            "datedecreation",
            "ouvert",
            "fecha",
            "creado",
            "fechadecreacion",
            "abierto",
        ],
    ),
];

/// Fields that only mean something for a case: without a subject column the
/// file is a customer list, and these are not case details.
fn case_only(field: CsvField) -> bool {
    matches!(
        field,
        CsvField::Opened | CsvField::Channel | CsvField::Status | CsvField::Priority | CsvField::Message
    )
}

/// A heading compared by its words: no accents, case, spaces or punctuation,
/// and without what it adds in brackets ("Opmerking (maat, kleur)").
fn key(heading: &str) -> String {
    let bare = heading.split(['(', '[']).next().unwrap_or(heading);
    let words = if bare.trim().is_empty() { heading } else { bare };
    text::fold(words).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The field a heading names, by its meaning.
pub fn guess(heading: &str) -> CsvField {
    let key = key(heading);
    HEADINGS
        .iter()
        .find(|(_, keys)| keys.contains(&key.as_str()))
        .map(|(field, _)| *field)
        .unwrap_or(CsvField::Ignore)
}

/// What the cells of column `i` hold, if they say it plainly.
fn by_values(table: &Table, i: usize) -> Option<CsvField> {
    let values: Vec<&str> = table
        .rows
        .iter()
        .take(50)
        .filter_map(|r| r.cells.get(i).map(|c| c.trim()))
        .filter(|c| !c.is_empty())
        .collect();
    if values.len() < 2 {
        return None;
    }
    let share = |f: fn(&str) -> bool| values.iter().filter(|v| f(v)).count() * 10 >= values.len() * 9;
    if share(looks_like_email) {
        Some(CsvField::Email)
    } else if share(looks_like_phone) {
        Some(CsvField::Phone)
    } else {
        None
    }
}

/// Every column, with the field it is taken for and why.
pub fn columns(table: &Table) -> Vec<CsvColumn> {
    let guessed: Vec<CsvField> = table.headings.iter().map(|h| guess(h)).collect();
    let has_subject = guessed.contains(&CsvField::Subject);
    let mut seen: Vec<CsvField> = Vec::new();
    table
        .headings
        .iter()
        .enumerate()
        .map(|(i, heading)| {
            let (mut field, mut reason) = match guessed[i] {
                CsvField::Ignore => match by_values(table, i) {
                    Some(f) => (f, "values"),
                    None => (CsvField::Ignore, "unknown"),
                },
                f => (f, "heading"),
            };
            if !has_subject && case_only(field) {
                // A customer list: "details" are notes about the customer; a
                // date or a status is not a case's.
                (field, reason) = match field {
                    CsvField::Message => (CsvField::Notes, "heading"),
                    _ => (CsvField::Ignore, "no-case"),
                };
            }
            // Only one column can sensibly be the subject, the status and so on;
            // a second is left out rather than joined.
            let many = matches!(
                field,
                CsvField::Ignore | CsvField::Name | CsvField::Phone | CsvField::Email | CsvField::Notes
            );
            if !many && seen.contains(&field) {
                (field, reason) = (CsvField::Ignore, "duplicate");
            }
            seen.push(field);
            CsvColumn { heading: heading.clone(), field, reason: reason.into() }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_read_by_meaning_in_five_languages() {
        for (heading, field) in [
            ("Prénom", CsvField::Name),
            ("Apellidos", CsvField::Name),
            ("Achternaam", CsvField::Name),
            ("Courriel", CsvField::Email),
            ("Correo electrónico", CsvField::Email),
            ("E-Mail", CsvField::Email),
            ("Telefoon", CsvField::Phone),
            ("Opmerking (maat, kleur, model)", CsvField::Notes),
            ("Accepts Email Marketing", CsvField::Ignore),
            ("Default Address Phone", CsvField::Phone),
        ] {
            assert_eq!(guess(heading), field, "{heading}");
        }
    }
}
