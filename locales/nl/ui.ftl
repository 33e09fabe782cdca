# Casebook's schermen in het Nederlands.

## Shared words

common-duration-under-minute = minder dan een minuut
common-duration-minutes = { $minutes } min
common-duration-hours = { $hours } u
common-duration-hours-minutes = { $hours } u { $minutes } min
common-duration-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
common-ago = { $duration } geleden
common-when-today = Vandaag { $time }
common-when-yesterday = Gisteren { $time }
common-date-time = { $date } { $time }
common-at-today = vandaag { $time }
common-at-tomorrow = morgen { $time }
common-day-today = vandaag
common-day-tomorrow = morgen
common-save = Opslaan
common-cancel = Annuleren
common-nobody = Niemand
common-former-staff = Oud-medewerker
common-colleague = Een collega

## Language and formats (Settings)

desk-locale-title = Taal en notatie
desk-locale-intro = Casebook spreekt de taal van de winkel en schrijft datums, tijden en getallen zoals daar gebruikelijk is. Een balie kan voor wie er werkt een andere kiezen.
desk-locale-shop = De winkel
desk-locale-shop-hint = Voor elke balie, tenzij die zelf kiest. Alleen de eigenaar kan dit wijzigen.
desk-locale-desk = Deze balie
desk-locale-desk-hint = Voor wie aan deze computer werkt; andere balies houden de keuze van de winkel.
desk-locale-language = Taal
desk-locale-region = Datums en getallen
desk-locale-follow-system = Zoals deze computer ({ $name })
desk-locale-follow-shop = Zoals de winkel ({ $name })
desk-locale-example = Bijvoorbeeld: { $date }, { $time }, { $number }
desk-locale-saved = Taal en notatie opgeslagen.
desk-locale-owner-only = Alleen de eigenaar kan de taal van de winkel wijzigen.
language-en = English
language-nl = Nederlands
language-de = Deutsch
language-fr = Français
language-es = Español

## The desk: staff, top bar, first run
desk-handed-you = { $from } heeft je overgedragen: { $subject }
desk-now-at-desk = { $name } staat nu aan de balie.
desk-staff-member = Medewerker

## Opening hours, holidays and response targets
hours-title = Openingstijden en reactietijden
hours-loading = Instellingen laden…
hours-saved = Opgeslagen. Elke open zaak heeft een nieuwe uiterste tijd.
hours-discard = Wijzigingen weggooien
hours-intro = Elke klant krijgt dezelfde reactietijden, alleen geteld binnen openingstijden. { $canEdit ->
    [yes] Alleen een ploegleider of de eigenaar kan ze wijzigen.
   *[no] Alleen een ploegleider of de eigenaar kan ze wijzigen; jij kunt de waarschuwingstijd van deze balie wijzigen.
}
hours-preview-title = Een zaak die nu binnenkomt, moet klaar zijn
hours-priority = Prioriteit
hours-first-response-by = Eerste reactie vóór
hours-resolved-by = Opgelost vóór
hours-targets-title = Reactietijden
hours-targets-hint = In minuten binnen openingstijden. Voor elke klant gelijk; alleen de prioriteit van een zaak verandert ze.
hours-first-response = Eerste reactie
hours-next-response = Antwoord op een nieuw bericht
hours-resolution = Oplossing
hours-target-first-label = { $priority }: eerste reactie, minuten
hours-target-next-label = { $priority }: antwoord, minuten
hours-target-resolution-label = { $priority }: oplossing, minuten
hours-notify-title = Meldingen op deze balie
hours-lead-label = Waarschuw me zoveel minuten voordat een zaak klaar moet zijn
hours-notify-hint = Je krijgt een melding als een zaak bijna te laat is en als hij te laat is, elk één keer.
hours-opening-title = Openingstijden
hours-time-zone = Tijdzone
hours-closed = Gesloten
hours-opens = { $day } open vanaf
hours-closes = { $day } dicht om
hours-remove-interval = { $day } { $start }–{ $end } verwijderen
hours-add-interval = + Uren toevoegen (gesplitste dienst)
hours-open-day = + Deze dag open
hours-holidays-title = Feestdagen
hours-holidays-none = Geen feestdagen. Voeg de dagen toe waarop de winkel dicht is, of haal ze uit een .ics-agendabestand.
hours-holiday-date = Datum
hours-holiday-name = Naam
hours-every-year = Elk jaar
hours-every-year-lower = elk jaar
hours-remove = Verwijderen
hours-holiday-date-label = Datum van de feestdag
hours-holiday-name-label = Naam van de feestdag
hours-remove-holiday = Feestdag { $date } verwijderen
hours-add-holiday = + Feestdag toevoegen
hours-import-ics = Uit een .ics-bestand halen…
hours-found-holidays = { $count ->
    [one] { $count } feestdag
   *[other] { $count } feestdagen
} gevonden:
hours-and-more = …en nog { $count }
hours-add-them = Toevoegen
hours-holidays-added = { $count ->
    [one] { $count } feestdag toegevoegd. Sla op om hem te bewaren.
   *[other] { $count } feestdagen toegevoegd. Sla op om ze te bewaren.
}
hours-json-copied = De agenda staat als JSON op het klembord.
hours-json-not-json = Die tekst is geen JSON, dus er is niets geladen. Plak de hele agenda opnieuw, van {"{"} tot {"}"}; meestal ontbreekt er een komma of aanhalingsteken.
hours-json-not-calendar = Die JSON is geen agenda: er moeten een "time_zone" en een "week" in staan. Er is niets geladen.
hours-json-loaded = Agenda uit JSON geladen. Controleer het voorbeeld en sla dan op.
hours-json-title = Agenda als JSON kopiëren of laden
hours-json-hint = Dezelfde vorm die deze opdracht leest:
hours-json-copy = Agenda als JSON kopiëren
hours-json-paste = Agenda plakken…
hours-json-label = Agenda in JSON
hours-json-use = Deze agenda gebruiken

## Backups and data
data-header-not-found = Casebook kon de rij met de kolomkoppen niet vinden. Bekijk hieronder de eerste rijen van het bestand en kies de rij waarin ze staan.
data-header-choose = Kies de rij…
data-header-first = Kies eerst de rij met de kolomkoppen.
