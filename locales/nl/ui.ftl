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

## Stored values in words
case-channel-walk-in = Aan de balie
case-channel-phone = Telefoon
case-channel-email = E-mail
case-channel-chat = Chat
case-channel-other = Anders
case-status-open = Open
case-status-waiting = Wacht op klant
case-status-resolved = Opgelost
case-status-closed = Gesloten
case-priority-low = Laag
case-priority-normal = Normaal
case-priority-high = Hoog
case-priority-urgent = Spoed
desk-role-staff = Medewerker
desk-role-lead = Ploegleider
desk-role-owner = Eigenaar
case-entry-customer-message = Klant zei
case-entry-reply = Antwoord
case-entry-note = Interne notitie
case-entry-call = Gesprek
case-entry-visit = Bezoek
case-direction-inbound = Zij belden ons
case-direction-outbound = Wij belden hen
outreach-outcome-reached = Bereikt
outreach-outcome-left-message = Bericht ingesproken
outreach-outcome-no-answer = Geen gehoor
outreach-outcome-wrong-number = Verkeerd nummer
duplicates-reason-same-phone = Zelfde telefoonnummer
duplicates-reason-same-email = Zelfde e-mailadres
duplicates-reason-same-name = Zelfde naam
case-score-1 = Zeer ontevreden
case-score-2 = Ontevreden
case-score-3 = Gaat wel
case-score-4 = Tevreden
case-score-5 = Zeer tevreden

## Timeline headings
case-event-customer-created = Klant toegevoegd
case-event-customer-updated = Gegevens gewijzigd
case-event-case-opened = Zaak geopend ({ $channel })
case-event-customer-message = Klant zei ({ $channel })
case-event-reply = Antwoord ({ $channel })
case-event-note = Interne notitie
case-event-call-inbound = Klant belde
case-event-call-outbound = Klant gebeld
case-event-visit = Bezoek
case-event-status-changed = Status: { $from } → { $to }
case-event-assignment-changed = Andere behandelaar
case-event-priority-changed = Prioriteit: { $from } → { $to }
case-event-staff-added = { $name } is bij het team gekomen
case-event-staff-updated = Medewerker gewijzigd
case-event-handoff = Overgedragen
case-event-promise-made = Toezegging: { $text }
case-event-promise-kept = Toezegging nagekomen: { $text }
case-event-promise-broken = Toezegging niet nagekomen: { $text }
case-event-expectations-changed = Wensen gewijzigd
case-event-fact-pinned = Vastgezet als belangrijk gegeven
case-event-fact-unpinned = Losgemaakt
case-event-complaint-flagged = Klacht: { $summary }
case-event-calendar-changed = Openingstijden gewijzigd
case-event-targets-changed = Reactietijden gewijzigd
case-event-complaint-closed = Klacht afgehandeld
case-event-case-escalated = Geëscaleerd: { $cause }
case-event-escalation-closed = Escalatie afgesloten: { $cause }
case-event-satisfaction-recorded = Cijfer van de klant: { $score } van 5 ({ $words })
case-event-outreach-call = Nabelactie: { $outcome }
case-event-root-causes-changed = Oorzaken gewijzigd
case-event-customers-merged = Samengevoegd met de gegevens van { $name }
case-event-merge-undone = Samenvoegen ongedaan gemaakt
case-event-not-duplicates = Gemarkeerd als een andere klant dan een gelijkende
case-event-files-attached = { $count ->
    [one] Bestand bijgevoegd: { $name }
   *[other] { $count } bestanden bijgevoegd
}
case-event-attachment-removed = Bestand verwijderd: { $name }
case-event-attachment-erased = Bestand gewist: { $reason }
case-event-attachment-limit-changed = Grootste toegestane bestand: { $megabytes } MB
case-event-mailbox-connected = Mailbox { $address } gekoppeld op balie '{ $desk }'
case-event-mailbox-disconnected = Mailbox { $address } ontkoppeld
case-event-mail-bounced = Mail kwam onbezorgd terug
case-event-mail-auto-reply = Automatisch antwoord
case-event-mail-received = Mail van de klant
case-event-mail-sent-elsewhere = Mail verstuurd vanuit een ander programma
case-event-mail-reply = Antwoord per mail
case-event-mail-sent-copy-found = Antwoord verstuurd (de kopie staat in de mailbox)
case-event-mail-sent = Antwoord verstuurd
case-event-mail-failed-retrying = Versturen van het antwoord mislukt; we proberen het opnieuw
case-event-mail-failed = Versturen van het antwoord mislukt
case-event-mail-retried = Antwoord wordt opnieuw geprobeerd
case-event-mail-refused = Antwoord geweigerd door de mailbalie: niet verstuurd
desk-skip = Naar de inhoud
desk-nav-label = Hoofdmenu
desk-nav-queue = Wachtrij
desk-nav-new = Nieuw
desk-nav-new-more = {" "}contact
desk-nav-search = Zoeken
desk-nav-promises = Toezeggingen
desk-nav-outreach = Nabellen
desk-handed = Overgedragen
desk-handed-more = {" "}aan jou
desk-overdue = { $count } te laat
desk-title-overdue = Casebook — { $count } te laat
desk-notifications-off = {" "}Meldingen uit
desk-who-label = Aan de balie: { $name }. Wissel van medewerker
desk-who-nobody-label = Niemand aan de balie. Kies wie je bent
desk-at-the-desk = Aan de balie
desk-pick-who = Kies wie je bent
desk-opening = Casebook wordt geopend…
desk-menu-shop = Winkel
desk-menu-reports = Rapporten
desk-menu-register = Klachten en escalaties
desk-menu-duplicates = Mogelijke dubbele klanten
desk-menu-staff = Medewerkers
desk-menu-settings = Tijden en instellingen
desk-menu-sync = Balies en synchronisatie
desk-menu-mailbox = Mailbox
desk-menu-data = Back-ups en gegevens

## The queue
queue-title = Wachtrij
queue-count = { $count ->
    [one] { $count } open zaak
   *[other] { $count } open zaken
}: te laat eerst, dan wat het eerst klaar moet. Tijden tellen alleen openingsuren.
queue-new = Nieuw contact
queue-loading = Wachtrij laden…
queue-empty = Geen open zaken. Niemand wacht.
queue-empty-press = Druk op
queue-empty-log = om een bezoek, telefoontje of bericht vast te leggen.
queue-list-label = Open zaken
queue-unassigned = Niet toegewezen
queue-more = { $shown } van { $total } getoond; scroll voor meer.
queue-countdown-waiting = wacht op klant
queue-countdown-none = geen termijn actief
queue-countdown-overdue-by = { $duration } te laat
queue-countdown-overdue = te laat
queue-countdown-due-in = binnen { $duration }
case-target-first-response = Eerste reactie
case-target-next-response = Antwoord
case-target-resolution = Oplossing
case-target-promise = Toezegging
case-promise-resolved-by = We willen dit { $when } opgelost hebben.
case-promise-back-by = We laten uiterlijk { $when } van ons horen.

## The case page
case-opened-at = geopend { $when }
case-escalated-to = Geëscaleerd naar { $name }
case-root-cause = oorzaak
case-score-label = Cijfer van de klant:
case-score-of-five = { $score } van 5
case-waited-past = { $name } wacht al langer dan beloofd ({ $time }). Geef nu antwoord.
case-tell = Zeg tegen { $name }:
case-countdown = { $target } { $countdown }, om { $time }
case-countdown-overdue = { $target } { $countdown }
case-counted-opening-hours = geteld in openingsuren
case-waiting-for = wacht al { $duration }
case-paused = Wacht op { $name }: de klok staat stil tot er antwoord komt.
case-back-to-queue = Terug naar de wachtrij
case-opening = Zaak openen…
case-status = Status
case-priority = Prioriteit
case-owner = Behandelaar
case-hand-off = Overdragen…
case-record-promise = Toezegging noteren…
case-flag-complaint = Klacht melden…
case-escalate = Escaleren…
case-update-score = Cijfer wijzigen…
case-give-score = Cijfer van de klant…
case-history-which = Welke geschiedenis tonen
case-history = Geschiedenis
case-history-customer = Alles met { $name }
case-history-case = Alleen deze zaak
case-history-customer-label = Alles met { $name }, nieuwste eerst
case-history-case-label = Deze zaak, nieuwste eerst
case-other-open = Andere open zaken
case-unpinned = Losgemaakt.
case-pinned = Vastgezet: dit staat nu bij elke zaak van deze klant.
case-case-prefix = Zaak:{" "}
case-owner-is = behandelaar { $name }
case-because = Omdat: { $reason }.
case-empty-value = (leeg)
case-handed-to = { $from } heeft de zaak overgedragen aan { $to }.
case-hide-brief = Overdrachtsnotitie verbergen
case-show-brief = Overdrachtsnotitie tonen
case-promise-due = Uiterlijk { $when } · { $name } zorgt ervoor
case-made-right-by = Rechtgezet door:
case-what-we-changed = Wat we hebben veranderd:
case-what-changed = Wat er veranderd is:
case-customer-told = De klant is op de hoogte gebracht.
case-customer-not-told = De klant weet het nog niet.
case-files-shown-on-entry = te zien bij het bericht waar ze bij horen
case-unpin-label = Dit belangrijke gegeven losmaken
case-pin-label = Vastzetten als belangrijk gegeven over de klant
case-pinned-mark = ★ Vastgezet
case-pin-mark = ☆ Vastzetten
case-flag-as-complaint = Als klacht melden
case-placeholder-customer-message = Wat { $name } zei, in eigen woorden
case-placeholder-reply = Wat we { $name } hebben verteld
case-placeholder-note = Alleen voor collega’s: wat je vond, wat je hebt geprobeerd
case-placeholder-call = Wat er aan de telefoon is gezegd
case-placeholder-visit = Wat er aan de balie gebeurde
case-mail-no-files = Bestanden gaan hier nog niet mee per mail. Verstuur het antwoord zonder, en voeg ze daarna toe aan een interne notitie (de klant kan horen dat we ze hebben).
case-mail-reply-added = Antwoord toegevoegd: het gaat per mail vanaf het adres van de winkel.
case-entry-added = { $kind ->
    [customer_message] Wat de klant zei is
    [reply] Antwoord is
    [note] Interne notitie is
    [call] Gesprek is
   *[visit] Bezoek is
} toegevoegd{ $files ->
    [0] .
    [one] {" "}met 1 bestand.
   *[other] {" "}met { $files } bestanden.
}
case-composer-label = Toevoegen aan deze zaak
case-composer-kinds = Wat voeg je toe?
case-call-direction = Wie belde
case-note-hint = Interne notities ziet de klant nooit.
case-by-mail-hint = Gaat per mail, als antwoord op de mail van de klant.
case-send-by-mail = Antwoord mailen
case-add-entry = { $kind ->
    [customer_message] Klantbericht
    [reply] Antwoord
    [note] Interne notitie
    [call] Gesprek
   *[visit] Bezoek
} toevoegen{ $files ->
    [0] {""}
    [one] {" "}met 1 bestand
   *[other] {" "}met { $files } bestanden
}
case-history-loading = Geschiedenis laden…
case-history-empty = Hier staat nog niets.
case-history-older = Oudere berichten laden tijdens het scrollen…
case-history-end = Dat is de hele geschiedenis.

## Reports
reports-fairness-label = Eerlijkheid
reports-fairness-description = Of sommige soorten klanten langer wachten dan andere op een antwoord of een oplossing.
reports-attainment-label = Termijnen gehaald
reports-attainment-description = Hoeveel zaken op tijd een eerste reactie en een oplossing kregen, door de tijd heen.
reports-promises-label = Toezeggingen nagekomen
reports-promises-description = Toezeggingen aan klanten die zijn nagekomen, niet nagekomen, of nog openstaan na de termijn.
reports-escalations-label = Escalaties
reports-escalations-description = Waarom zaken zijn geëscaleerd, en wat er daarna veranderde.
reports-complaints-label = Klachten
reports-complaints-description = Klachten geopend en afgehandeld, en of de klant hoorde wat we hebben veranderd.
reports-satisfaction-label = Tevredenheid
reports-satisfaction-description = De cijfers die klanten gaven, van 1 tot 5, door de tijd heen.
reports-series-first-response-median = Eerste reactie (mediaan)
reports-series-resolution-median = Oplossing (mediaan)
reports-series-first-response-met = Eerste reactie op tijd
reports-series-resolution-met = Oplossing op tijd
reports-series-kept = Nagekomen
reports-series-broken = Niet nagekomen
reports-series-open-overdue = Open en te laat
reports-series-open = Nog open
reports-series-closed = Afgesloten
reports-series-opened = Geopend
reports-series-average = Gemiddeld cijfer (1 tot 5)
reports-week-of = Week van { $day }
reports-chart-head = { $type ->
    [line] Lijngrafiek
   *[bar] Staafdiagram
} van { $what }
reports-chart-empty = { $head }: geen gegevens in deze periode.
reports-chart-series-value = { $series } { $value }
reports-chart-row = { $label }: { $values }
reports-chart-rows = { $head }. { $rows }.
reports-chart-series-none = { $series }: geen gegevens
reports-chart-series-range = { $series }: hoogste { $high } ({ $highAt }), laagste { $low } ({ $lowAt })
reports-chart-summary = { $head }, { $count } perioden van { $first } tot { $last }. { $parts }.
reports-last-days = Laatste { $days } dagen
reports-this-year = Dit jaar
reports-range = { $from } tot { $to }, { $period ->
    [week] per week
    [month] per maand
   *[day] per dag
}
reports-range-day = { $day }, { $period ->
    [week] per week
    [month] per maand
   *[day] per dag
}
reports-nothing-to-chart = Niets om in een grafiek te zetten voor deze datums.
reports-title = Rapporten
reports-intro = Datums zijn de dagen van de winkel, beide inbegrepen. Elke tabel kan als CSV worden bewaard voor een spreadsheet.
reports-picker-label = Rapport
reports-from = Van
reports-to = Tot en met
reports-quick-ranges = Snelkeuze
reports-refreshing = Vernieuwen…
reports-refresh = Vernieuwen
reports-findings-label = Wat de cijfers zeggen
reports-look-into = Kijk hier naar:{" "}
reports-running = Rapport maken…
reports-saved-csv = { $title } bewaard in { $path }
reports-nothing-for-dates = Niets voor deze datums.
reports-saving = Bewaren…
reports-save-csv = Bewaren als CSV
desk-demo-loaded = De demo-fietsenwinkel is geladen. Kies wie je bent en kijk rond.
desk-joined-arriving = Verbonden. De geschiedenis komt zo binnen…
desk-welcome = Welkom, { $name }. Voeg je collega’s toe onder { desk-menu-shop } › { desk-menu-staff }.
desk-first-title = Welkom bij Casebook
desk-first-language-computer = Zoals deze computer
desk-first-lead = Eén geschiedenis per klant, zodat niemand zijn verhaal twee keer hoeft te vertellen. Deze balie heeft nog geen winkel.
desk-joined-title = Deze balie hoort nu bij
desk-joined-hint = De balie opent zodra de lijst met medewerkers er is; de rest komt binnen terwijl je werkt.
desk-demo-title = Rondkijken in een demowinkel
desk-demo-text = Een kleine fietsenmaker met vier medewerkers, veertig klanten en een paar maanden aan zaken. Je eigen winkel begin je later in een nieuw gegevensbestand.
desk-demo-load = Demowinkel laden
desk-start-title = Begin je eigen winkel
desk-start-name = Je naam
desk-start-name-placeholder = bijv. Ana Costa
desk-start-hint = Jij wordt de eigenaar. Voeg daarna collega’s toe onder { desk-menu-shop } › { desk-menu-staff }.
desk-start = Beginnen
desk-join-title = Aansluiten bij de andere balies van mijn winkel
desk-join-text = Je winkel gebruikt Casebook al op een andere pc: plak de koppelcode die daar is gemaakt, en deze balie krijgt de hele geschiedenis van de winkel.
common-close = Sluiten
desk-shortcut-new = Nieuw bezoek, telefoontje of bericht vastleggen
desk-shortcut-queue = Naar de wachtrij
desk-shortcut-data = Back-ups, exporteren en importeren
desk-shortcut-register = Overzicht van klachten en escalaties
desk-shortcut-outreach = Nabellen: klanten van wie we niets hoorden
desk-shortcut-reports = Rapporten: eerlijkheid, termijnen, toezeggingen, klachten, cijfers
desk-shortcut-search = Zoeken in klanten, zaken en elk gesprek
desk-shortcut-switch = Wisselen wie er aan de balie staat
desk-shortcut-move = Door de wachtrij bewegen; Enter opent
desk-shortcut-case-entries = Bij een zaak: antwoord, klant zei, interne notitie, gesprek vastleggen
desk-shortcut-case-handoff = Bij een zaak: overdragen met een notitie, toezegging noteren
desk-shortcut-case-escalate = Bij een zaak: escaleren, cijfer van de klant noteren
desk-shortcut-save = Opslaan wat je typt
desk-shortcut-escape = Venster sluiten; anders meldingen wegzetten
desk-shortcut-help = Deze sneltoetsen tonen
desk-picker-title = Wie staat er aan de balie?
desk-picker-hint = Alles wat je vastlegt, staat op jouw naam. Druk op een cijfer om te kiezen.
desk-picker-missing = Mist er iemand?
desk-picker-add = Voeg toe onder { desk-menu-shop } › { desk-menu-staff }
desk-staff-added = { $name } toegevoegd aan de medewerkers.
desk-staff-reactivated = { $name } is weer actief.
desk-staff-deactivated = { $name } kan niet meer gekozen worden of zaken behandelen.
desk-staff-title = Medewerkers
desk-staff-name = Naam
desk-staff-role = Rol
desk-staff-status = Status
desk-staff-actions = Acties
desk-staff-at-desk = aan de balie
desk-staff-active = Actief
desk-staff-inactive = Niet actief
desk-staff-deactivate = Uitschakelen
desk-staff-reactivate = Weer inschakelen
desk-staff-add-title = Medewerker toevoegen
desk-staff-add = Toevoegen
desk-shortcuts-title = Sneltoetsen
desk-notice-dismiss = Melding sluiten
desk-notice-dismiss-title = Sluiten (Esc)
desk-inbox-title = Aan jou overgedragen
desk-inbox-empty = Er wacht niets. Zaken die collega’s aan jou overdragen, staan hier tot je ze opent.
desk-inbox-from = van { $name }
desk-startup-already-open = Casebook is al geopend
desk-startup-newer = Deze winkel is opgeslagen door een nieuwere Casebook
desk-startup-failed = Casebook kon zijn database niet openen
desk-startup-hint = Er is niets veranderd. Casebook bewaart zijn gegevens in je gebruikersmap; start het voor een ander bestand met een van deze:

## Tell it once: expectations, promises, key facts, complaints, handoffs
tell-closed-holiday = { $day } is het { $holiday }, dan is de winkel dicht.
tell-closed = De winkel is { $which ->
    [today] vandaag
    [tomorrow] morgen
   *[other] op { $day }
} om { $time } gesloten.
tell-promise-kept-at = nagekomen { $when }
tell-promise-kept = nagekomen
tell-promise-broken-at = niet nagekomen { $when }
tell-promise-broken = niet nagekomen
tell-promise-overdue = te laat: staat nog open na de afgesproken tijd
tell-promise-open = staat nog open
tell-brief-then = Dit is hoe het toen stond; de geschiedenis hieronder laat zien wat er sindsdien gebeurde.
tell-brief-now = nu: { $words }
tell-expectations-saved = Wensen opgeslagen.
tell-promise-kept-notice = Toezegging nagekomen.
tell-promise-broken-notice = Toezegging afgesloten als niet nagekomen, met hoe we het hebben rechtgezet.
tell-expect-title = Wat ze verwachten
tell-edit = Wijzigen
tell-ask-them = Vraag het
tell-q-always = Wat moeten we doen om u als klant te houden?
tell-q-never = Wat moeten we nooit doen?
tell-q-recovery = Als we een keer iets fout doen, wat verwacht u dan van ons?
tell-preferred-channel = Voorkeur voor contact
tell-no-preference = Geen voorkeur
tell-best-time = Beste moment om ze te bereiken
tell-best-time-placeholder = bijv. doordeweeks na 17:00
tell-turnaround = Hoe snel ze iets verwachten
tell-turnaround-placeholder = bijv. dezelfde dag
tell-notes = Notities
tell-not-asked = Nog niet gevraagd. Vraag wat ze als klant houdt, wat we nooit moeten doen en hoe we een fout goedmaken.
tell-never = Nooit
tell-always = Altijd
tell-if-wrong = Als het misgaat
tell-prefers = Voorkeur
tell-reach-them = Bereikbaar
tell-expects = Verwacht
tell-open-promises = Open toezeggingen
tell-promise-due = uiterlijk { $when }
tell-overdue-mark = TE LAAT
tell-no-owner = niemand
tell-make-right = Wat hebben we gedaan om het goed te maken?
tell-close-broken = Afsluiten als niet nagekomen
tell-kept = Nagekomen
tell-broken = Niet nagekomen…
tell-key-facts = Belangrijke gegevens
tell-unpin-label = Losmaken: { $text }
tell-unpin = Losmaken
tell-complaints = Vastgelegde klachten
tell-complaint-open = open
tell-complaint-closed = afgehandeld
tell-handoff-pick = Kies wie de zaak overneemt.
tell-handoff-done = Overgedragen aan { $name }, met de notitie.
tell-handoff-title = “{ $subject }” overdragen
tell-handoff-who = Wie neemt het over?
tell-handoff-nobody = Er staat niemand anders op de lijst. Voeg eerst een collega toe onder { desk-menu-shop } › { desk-menu-staff }.
tell-handoff-drafting = Overdrachtsnotitie opstellen uit de geschiedenis…
tell-handoff-next = Wat moet { $name } nu doen?
tell-handoff-next-anyone = Wat moet er nu gebeuren?
tell-handoff-note-placeholder = In je eigen woorden: de volgende stap, en wat niet in de geschiedenis staat
tell-handoff-brief-hint = De notitie hieronder is opgesteld uit de geschiedenis. Pas aan wat niet klopt; elke regel is één punt.
tell-handoff-submit = Overdragen aan { $name }
tell-complaint-closed-notice = Klacht afgehandeld: { $name }.
tell-escalation-closed-notice = Escalatie afgesloten: { $subject }.
tell-close-complaint = Klacht afhandelen
tell-close-escalation = Escalatie afsluiten
tell-escalated-to-word = naar
tell-close-q-complaint = Wat hebben we veranderd zodat het niet meer gebeurt?
tell-close-q-escalation = Wat is er veranderd zodat het niet meer gebeurt?
tell-close-placeholder = bijv. We sturen de klant nu een sms de dag vóór het ophalen
tell-close-lead-only = Alleen een ploegleider of de eigenaar kan een escalatie afsluiten.
tell-close-told = We hebben de klant verteld wat we hebben veranderd
tell-complaint-recorded = Klacht vastgelegd. Die staat bij elke zaak van deze klant en in elke overdrachtsnotitie.
tell-complaint-title = Klacht melden
tell-complaint-q = Waar gaat de klacht over, in één zin?
tell-complaint-placeholder = bijv. Fiets niet klaar op de beloofde dag
tell-complaint-hint = Een klacht is een cadeau: hij laat zien wat beter moet. Hij blijft staan tot iemand hem afsluit met wat er veranderd is.
tell-complaint-submit = Melden
tell-promise-pick-day = Kies de dag waarop het klaar moet zijn.
tell-promise-type-time = Typ de tijd, bijvoorbeeld 14:30.
tell-promise-not-time = “{ $typed }” is geen tijd. Typ uren en minuten, bijvoorbeeld 14:30.
tell-promise-recorded = Toezegging genoteerd: { $text }, uiterlijk { $when }.
tell-promise-title = Toezegging aan { $name } noteren
tell-promise-what = Wat hebben we toegezegd?
tell-promise-what-placeholder = bijv. Terugbellen met de offerte
tell-promise-date = Datum
tell-promise-time = Tijd
tell-promise-tomorrow = Morgen { $time }
tell-promise-owner = Wie zorgt ervoor?
tell-promise-opens-again = Hij gaat weer open { $when }.
tell-promise-use-next-open = Maak het { $when }
tell-promise-due-hint = Uiterlijk { $when } ({ $zone }). Wie ervoor zorgt, krijgt vooraf een herinnering.
tell-promise-save = Toezegging noteren
tell-rate-pick-days = Kies beide dagen: de eerste en de laatste dag die meetellen.
tell-kept-notice = Nagekomen: { $text }
tell-broken-notice = Afgesloten als niet nagekomen: { $text }
tell-promises-title = Toezeggingen
tell-rate-title = Percentage nagekomen
tell-rate-period = Toezeggingen met termijn in
tell-rate-last-days = de laatste { $days } dagen
tell-rate-custom = deze datums…
tell-rate-none = Er is nog geen toezegging uit deze periode afgesloten.
tell-rate-kept = { $rate } nagekomen
tell-rate-detail = { $kept } nagekomen, { $broken } niet nagekomen{ $overdue ->
    [0] {""}
   *[other] , { $overdue } nog open na de termijn
}
tell-promises-loading = Toezeggingen laden…
tell-promises-empty = Geen open toezeggingen.
tell-promises-empty-hint = Zeg je tegen een klant "Ik bel je vrijdag terug", noteer het dan bij de zaak zodat niemand het vergeet:
tell-no-owner-cap = Niemand
tell-made-right-label = Wat we deden om het goed te maken
tell-show-more = Meer tonen

## New interaction, customers and look-up
case-new-pick-first = Kies eerst wie het is: typ naam, telefoon of e-mail en kies de klant, of kies “+ Nieuwe klant”.
case-new-write-said = Schrijf op wat de klant zei: de bestanden horen daarbij.
case-new-logged = Zaak vastgelegd voor { $name }{ $files ->
    [0] .
    [one] {" "}met 1 bestand.
   *[other] {" "}met { $files } bestanden.
}
case-new-title = Bezoek, telefoontje of bericht vastleggen
case-new-who = 1. Wie is het?
case-new-what = 2. Waar gaat het over?
case-new-how = Hoe namen ze contact op?
case-new-subject = Onderwerp
case-new-subject-hint = een paar woorden die iedereen herkent, bijv. “Piepende rem op de blauwe toerfiets”
case-new-said = Wat zeiden ze?
case-new-said-hint = in hun woorden, zodat niemand het opnieuw hoeft te vragen
case-new-submit = Vastleggen
case-customer-opening = Klant openen…
case-customer-new-case = Nieuwe zaak voor { $name }
case-customer-cases = Zaken
case-customer-no-cases = Nog geen zaken.
case-customer-record-score = Cijfer noteren…
case-profile-saved = Gegevens opgeslagen.
case-profile-label = Klantgegevens
case-profile-phone = Telefoon
case-profile-email = E-mail
case-profile-segment = Klantgroep
case-profile-open-of = { $open } open van { $total }
case-profile-last-contact = Laatste contact
case-profile-never = nooit
case-profile-open-page = Klantpagina openen
case-profile-edit = Gegevens wijzigen
case-profile-phones = Telefoonnummers
case-profile-emails = E-mailadressen
case-profile-one-per-line = één per regel
case-profile-organisation = Organisatie
case-optional = optioneel
case-lookup-label = Naam, telefoon of e-mail
case-lookup-hint = begin te typen; ↑ ↓ om te kiezen, Enter om te nemen
case-lookup-matches = Gevonden klanten
case-lookup-open-cases = { $count ->
    [one] { $count } open zaak
   *[other] { $count } open zaken
}
case-lookup-matched-on = gevonden op { $on ->
    [phone] telefoon
    [email] e-mail
   *[other] { $on }
}
case-lookup-new = + Nieuwe klant:
case-lookup-none = Nog geen klant?
case-lookup-create = Nieuwe klant aanmaken
case-new-already = Al klant?
case-new-belongs-to = Dit { $on ->
    [email] e-mailadres
   *[phone] telefoonnummer
} hoort bij:
case-new-use = { $name } gebruiken
case-new-different = Nee, dit is iemand anders: nieuwe klant aanmaken
case-new-ask-hint = (een nieuwe klant: drie vragen die het waard zijn om nu te stellen)
case-new-back-to-search = Terug naar zoeken
case-picked-no-contact = Geen telefoon of e-mail bekend
case-picked-last-contact = laatste contact { $when }
case-picked-change = Wijzigen
case-picked-has-open = { $name } heeft al { $count ->
    [one] { $count } open zaak
   *[other] { $count } open zaken
}.
case-picked-about-one = Gaat het over een daarvan?
case-picked-add-instead = Liever bij deze zaak voegen

## Search
search-bad-from = De dag bij “Van” is geen volledige datum. Kies hem opnieuw of maak het veld leeg.
search-bad-to = De dag bij “Tot en met” is geen volledige datum. Kies hem opnieuw of maak het veld leeg.
search-title = Alles doorzoeken
search-label = Zoeken in klanten, zaken en elk gesprek
search-placeholder = Zoek op naam, telefoonnummer, zaak en in elk gesprek
search-hide-filters = Filters verbergen
search-filters = Filters
search-keys = ↑ ↓ om te kiezen, Enter om te openen, Esc om te sluiten
search-any = Alle
search-staff = Medewerker
search-anyone = Iedereen
search-hint = Typ een deel van een naam, een telefoonnummer in elke vorm, een e-mailadres of woorden uit een gesprek.
search-nothing = Niets gevonden. Probeer minder of kortere woorden.
search-results = Resultaten
search-customers = Klanten
search-conversations = Gesprekken
search-newest-first = nieuwste eerst

## Learn: escalations, scores, outreach, root causes
learn-escalated-notice = Geëscaleerd naar { $name } (oorzaak: { $cause }).
learn-already-escalated = Al geëscaleerd
learn-already-escalated-to = Deze zaak is al geëscaleerd naar { $name }
learn-escalated-once = Een zaak wordt één keer tegelijk geëscaleerd. Zet wat er sindsdien gebeurde bij de zaak, of volg de escalatie op in het overzicht; als die is afgesloten, kan de zaak opnieuw worden geëscaleerd.
learn-open-register = Klachten en escalaties openen
learn-escalate-title = Deze zaak escaleren
learn-root-cause-q = Oorzaak: hoe is het zover gekomen?
learn-escalate-to = Escaleren naar
learn-what-happened = Wat is er gebeurd?
learn-escalate-placeholder = bijv. Derde keer dat het onderdeel te laat was; de klant wil ergens anders heen.
learn-escalate-hint = Zoek de oorzaak, niet de schuldige. Wie de escalatie afsluit, noteert wat er is veranderd zodat het niet meer gebeurt.
learn-escalate = Escaleren
learn-score-pick = Kies hun cijfer: 1 (zeer ontevreden) tot 5 (zeer tevreden), of druk op 1 tot 5.
learn-score-recorded = Cijfer genoteerd: { $score } van 5.
learn-score-title-resolved = Zaak opgelost: hoe deden we het?
learn-score-title = Hoe deden we het?
learn-score-ask = Vraag { $name }: “Hoe tevreden bent u, op een schaal van 1 tot 5, over hoe we dit hebben aangepakt?”
learn-score-theirs = Hun cijfer
learn-score-comment = Wat zeiden ze? (optioneel)
learn-score-save = Cijfer noteren
learn-not-now = Niet nu
learn-causes-saved = Oorzaken opgeslagen: { $causes }.
learn-causes-title = Oorzaken van escalaties
learn-causes-hint = Elke escalatie noemt er één. Eén per regel; eerdere escalaties houden de oorzaak die ze kregen.
learn-causes-label = Oorzaken
learn-causes-save = Oorzaken opslaan
outreach-call-choose = Kies hoe het gesprek ging.
outreach-call-logged = Gesprek genoteerd: { $name }, { $outcome ->
    [reached] bereikt
    [left_message] bericht ingesproken
    [no_answer] geen gehoor
   *[wrong_number] verkeerd nummer
}.
outreach-call-title = Gesprek met { $name } noteren
outreach-no-phone = Geen telefoonnummer bekend.
outreach-how = Hoe ging het?
outreach-choose = Kies…
outreach-what-said = Wat er gezegd is
outreach-note-placeholder = bijv. Tevreden over de service; komt in het voorjaar voor een onderhoudsbeurt
outreach-note-hint = Heb je ze gesproken, schrijf dan een regel over wat er gezegd is, zodat de volgende het weet. Anders is een notitie optioneel.
outreach-log-call = Gesprek noteren
outreach-days = { $days ->
    [one] { $shown } dag
   *[other] { $shown } dagen
}
outreach-shown-of = { $shown } van { $total } getoond
outreach-days-invalid = Geef het aantal dagen als heel getal, 1 of meer.
outreach-count-invalid = Geef aan hoeveel klanten je wilt bellen: een heel getal, 1 of meer.
outreach-seed-invalid = Geef het startgetal als heel getal, bijvoorbeeld de datum van vandaag als JJJJMMDD.
outreach-tried-outcome = Geprobeerd { $when }: { $outcome ->
    [reached] bereikt
    [left_message] bericht ingesproken
    [no_answer] geen gehoor
   *[wrong_number] verkeerd nummer
}
outreach-tried = Geprobeerd { $when }
outreach-intro = Klanten van wie we niets hoorden. Bel er elke week een paar: zo merk je het voordat ze weggaan.
outreach-days-label = Geen contact sinds (dagen)
outreach-pick-title = Willekeurig kiezen
outreach-how-many = Hoeveel
outreach-seed = Startgetal
outreach-pick = Kiezen
outreach-seed-hint = Zelfde startgetal, zelfde klanten: de datum van vandaag is het startgetal, dus iedereen aan de balie krijgt vandaag dezelfde lijst. Klanten die in de periode zijn gebeld, vallen weg.
outreach-call-list = Bellijst
outreach-back-to-everyone = Terug naar iedereen
outreach-nobody = Niemand om te bellen.
outreach-nobody-hint = Met iedereen is in de laatste { $days } contact geweest of geprobeerd.
outreach-log-call-button = Gesprek noteren…
outreach-not-heard = Niets van gehoord
outreach-loading = Klanten laden…
outreach-everyone = Iedereen heeft contact gehad.
outreach-everyone-hint = Geen klant is { $days } zonder contact geweest.
outreach-last-contact = Laatste contact { $when }
outreach-since-contact = sinds contact
outreach-no-phone-short = Geen telefoon

## Complaints and escalations register
register-toggle-label = Open of afgesloten { $what ->
    [complaints] klachten
   *[escalations] escalaties
} tonen
register-open-count = Open ({ $count })
register-closed-count = Afgesloten ({ $count })
register-title = Klachten en escalaties
register-intro = Open eerst, oudste bovenaan. Bij afsluiten vragen we wat er veranderd is, zodat het niet weer gebeurt.
register-loading-complaints = Klachten laden…
register-no-open-complaints = Geen open klachten.
register-no-open-complaints-hint = Meld er een vanuit een zaak als een klant vertelt dat er iets misging.
register-no-closed-complaints = Nog geen afgehandelde klachten.
register-opened = Geopend { $when }
register-open-for = { $duration } open
register-close = Afsluiten…
register-loading-escalations = Escalaties laden…
register-no-open-escalations = Geen open escalaties.
register-no-open-escalations-hint = Escaleer een zaak als er een ploegleider of de eigenaar bij moet:
register-no-closed-escalations = Nog geen afgesloten escalaties.
register-closed-word = afgesloten
register-customer-told-yes = Klant ingelicht: ja
register-customer-told-no = Klant ingelicht: nee

## Attachments
attach-type-pdf = PDF
attach-type-jpeg = JPEG-foto
attach-type-png = PNG-afbeelding
attach-type-gif = GIF-afbeelding
attach-type-webp = WebP-afbeelding
attach-type-heic = HEIC-foto
attach-type-tiff = TIFF-afbeelding
attach-type-bmp = BMP-afbeelding
attach-type-svg = SVG-tekening
attach-type-text = Tekst
attach-type-csv = Spreadsheet (CSV)
attach-type-html = Webpagina (HTML)
attach-type-zip = ZIP-archief
attach-type-word = Word-document
attach-type-excel = Excel-werkmap
attach-type-odt = OpenDocument-tekst
attach-type-ods = OpenDocument-rekenblad
attach-type-file = Bestand
attach-unreadable = Het bestand kon niet worden gelezen.
attach-pasted-image = Geplakte afbeelding
attach-too-big = “{ $name }” is { $size } MB; de winkel neemt bestanden tot { $limit } MB aan. Maak het kleiner (een foto met lagere resolutie, een pdf in grijstinten gescand), of vraag de eigenaar de grens te verhogen.
attach-chip = { $name }, { $size }, { $state ->
    [failed] niet bijgevoegd
    [ready] klaar
   *[reading] wordt gelezen
}
attach-opening-outside = “{ $name }” openen met het programma van deze computer…
attach-files = Bestanden bijvoegen…
attach-files-label = Bestanden bijvoegen: foto’s, pdf’s of documenten
attach-drop-hint = of sleep ze hierheen, of plak een schermafbeelding
attach-to-attach = Bij te voegen bestanden
attach-reading = { $name } lezen
attach-remove-named = { $name } verwijderen
attach-limit-range = Kies een grens van 1 tot 500 MB.
attach-limit-saved = Bestanden tot { $mb } MB worden nu aangenomen.
attach-title = Bijlagen
attach-limit-hint = Foto’s, bonnen en documenten bij de geschiedenis worden naast de database bewaard, naar de andere balies gekopieerd en meegenomen in back-ups en exports. Een hogere grens betekent grotere back-ups.
attach-limit-lead-only = Alleen een ploegleider of de eigenaar kan de grens wijzigen.
attach-limit-label = Grootste toegestane bestand
attach-limit-save = Grens opslaan
attach-more-for = Meer voor { $name }
attach-photos = Foto’s
attach-other-files = Andere bestanden
attach-files-plain = Bestanden
attach-erased-on = Gewist op { $when }:
attach-missing-title = De inhoud is nog niet op deze computer: hij kan nog onderweg zijn van een andere balie, of is hier uit de bijlagenmap verwijderd.
attach-missing = Nog niet op deze balie
attach-opens-outside = Opent met het programma van deze computer
attach-opens-outside-warning = Opent met het programma van deze computer, na een waarschuwing
attach-menu-label = { $name }: wat wil je doen
attach-open-outside = Openen met het programma van deze computer
attach-open = Openen
attach-remove-menu = Uit de geschiedenis halen…
attach-erase-menu = Bestand wissen…
attach-none = Nog geen bestanden. Voeg een foto, bon of offerte toe aan alles wat je bij een zaak vastlegt.
attach-open-photo = Foto { $name } openen
attach-on-case = Bij
attach-show-fewer = Minder tonen
attach-show-all = Alle { $count } bestanden tonen
attach-erase-why-needed = Zeg waarom het bestand wordt gewist: de geschiedenis bewaart de reden.
attach-erase-title = Dit bestand wissen?
attach-erase-intro = Voor de privacy de inhoud wissen van
attach-erase-final = Dit kan niet ongedaan worden gemaakt.
attach-erase-explain = Het bestand wordt van deze balie verwijderd, en van de server en de andere balies zodra die bijwerken. Elke andere bijlage met dezelfde inhoud wordt ook gewist. Het bericht blijft zeggen dat hier een bestand was, wanneer het is gewist, door wie en waarom.
attach-erase-why = Waarom wordt het gewist?
attach-erase-kept = blijft in de geschiedenis
attach-erase-placeholder = bijv. De klant vroeg de foto van zijn ID te verwijderen
attach-erase-confirm = Definitief wissen
attach-remove-title = Dit bestand uit de geschiedenis halen?
attach-remove-explain = staat dan niet meer bij de zaak of bij de bestanden van de klant, op deze en de andere balies. De geschiedenis legt vast wie het weghaalde en wanneer; het bestand zelf blijft bewaard.
attach-remove-confirm = Weghalen
attach-risky-title = Dit bestand buiten Casebook openen?
attach-risky-warning = Dit bestand kan een programma op deze computer starten. Open het alleen als je de afzender vertrouwt.
attach-risky-cancel = Niet openen
attach-risky-open = Toch openen
attach-pdf-page-failed = Pagina { $page } kon niet worden getoond ({ $reason }).
attach-pdf-password = Deze pdf is beveiligd met een wachtwoord. Open hem met het programma van deze computer.
attach-pdf-failed = Deze pdf kan hier niet worden getoond ({ $reason }). Open hem met het programma van deze computer.
attach-pdf-opening = Pdf openen…
attach-pdf-page = Pagina { $page } van { $pages }
attach-prev-page = Vorige pagina
attach-next-page = Volgende pagina
attach-previous = Vorige
attach-next = Volgende
attach-photo-failed = Deze foto kan hier niet worden getoond. De miniatuur staat misschien nog bij de zaak; of open hem met het programma van deze computer.
attach-prev-photo = Vorige foto
attach-next-photo = Volgende foto
attach-photo-of = Foto { $index } van { $count }
common-loading = Bezig met laden…

## Duplicate customers
duplicates-merged-notice = Samengevoegd met { $name }. Was het een vergissing, maak het dan ongedaan op de klantpagina.
duplicates-stays = Eerst toegevoegd: blijft bij samenvoegen
duplicates-added = Toegevoegd
duplicates-intro = Twee klanten die misschien één persoon zijn: aangemaakt op twee balies terwijl er één offline was, door een import of in de haast. Voeg ze samen, of geef aan dat het verschillende mensen zijn.
duplicates-merged-into = Samengevoegd met { $name }.
duplicates-open-page = Klantpagina openen
duplicates-looking = Zoeken naar gelijkende klanten…
duplicates-none = Geen mogelijke dubbele klanten.
duplicates-none-hint = Klanten met hetzelfde telefoonnummer, e-mailadres of dezelfde naam verschijnen hier.
duplicates-merge = Samenvoegen…
duplicates-merge-sr = {" "}{ $first } en { $second }
duplicates-not-same = Niet dezelfde persoon
duplicates-merge-title = Deze twee klanten samenvoegen?
duplicates-merge-explain = { $first }, toegevoegd { $added }, blijft: die was er het eerst. Alles van { $second } gaat mee: zaken, toezeggingen, belangrijke gegevens, klachten, cijfers, telefoonnummers en e-mailadressen.
duplicates-undo-hint = Je kunt dit ongedaan maken op de klantpagina.
duplicates-merge-into = Samenvoegen met { $name }
duplicates-undone-notice = Samenvoegen ongedaan: { $name } is weer een eigen klant.
duplicates-merged-records = Samengevoegde klanten
duplicates-own-again = { $name } is weer een eigen klant.
duplicates-merged-with = Samengevoegd met { $name } op { $when }
duplicates-merged-with-by = Samengevoegd met { $name } op { $when } door { $by }
duplicates-undo = Ongedaan maken
duplicates-undo-sr = {" "}het samenvoegen met { $name }
duplicates-undo-title = Samenvoegen ongedaan maken?
duplicates-undo-explain = { $name } wordt weer een eigen klant, met de zaken en geschiedenis die van hen waren. { $survivor } houdt de rest.
duplicates-undo-confirm = Samenvoegen ongedaan maken

## The shop's mailbox
mail-state-not-connected = Er is geen mailbox gekoppeld: Casebook leest de mail van de winkel nog niet.
mail-state-other-desk = De mail loopt via balie '{ $desk }': die haalt nieuwe mail op en verstuurt de antwoorden van alle balies.
mail-state-connecting = Verbinden met de mailservers…
mail-state-connected-idle = Verbonden: nieuwe mail verschijnt binnen enkele seconden.
mail-state-connected-poll = Verbonden: Casebook kijkt om de paar minuten naar nieuwe mail, en als je op Nu ophalen drukt.
mail-state-offline = Offline: { $reason } Casebook probeert het zelf opnieuw; antwoorden wachten intussen in de uitbak.
mail-reply-waiting = Wacht op verzending
mail-reply-sent = Verstuurd
mail-reply-failed = Niet verstuurd: { $error }
mail-reply-refused = Niet verstuurd: de mailserver weigerde het.
mail-reply-retrying = Wacht: de laatste poging mislukte ({ $error }); het wordt vanzelf opnieuw geprobeerd.
mail-reply-typed = Door iemand in het antwoord getypt: { $addresses }
mail-reply-to-label = Aan
mail-reply-to-placeholder = het adres van de klant
mail-reply-to-hint = Laat het leeg om de klant te antwoorden. Een adres dat u typt en dat niet van de klant is, blijft bij het antwoord staan als door u getypt.
mail-refusal-not-shop-address = Het zou verstuurd worden als { $address }, en dat is niet het adres van de winkel.
mail-refusal-not-customers-case = De zaak bestaat niet meer, of is niet van deze klant.
mail-refusal-stranger-address = { $address } is geen adres van de klant, en niemand heeft het in het antwoord getypt.
mail-refusal-not-an-address = '{ $address }' is geen e-mailadres.
mail-refusal-no-recipient = Het antwoord noemt niemand om het naartoe te sturen.
mail-no-sender = (geen afzender)
mail-retry-notice = Het antwoord wordt opnieuw geprobeerd.
mail-to = Aan { $who }
mail-to-lower = aan { $who }
mail-from = Van { $who }
mail-server-said = De server meldde: { $problem }
mail-hide-quoted = Geciteerde mail verbergen
mail-show-quoted = Geciteerde mail tonen
mail-try-again = Opnieuw proberen
mail-checking = Nieuwe mail ophalen en versturen wat klaarstaat.
mail-disconnected = De mailbox van de winkel is ontkoppeld.
mail-opening = Openen…
mail-check-now = Nu ophalen
mail-handled-by = Opgehaald en verstuurd door
mail-the-desk = balie '{ $desk }'
mail-the-desk-this = balie '{ $desk }' (deze balie)
mail-servers = Servers
mail-last-checked = Laatst opgehaald
mail-outbox = Uitbak
mail-counts = { $waiting } wachtend · { $failed } mislukt
mail-disconnect-q = Stoppen met ophalen en versturen van de mail van de winkel? De mail die er al is, blijft.
mail-disconnect = Ontkoppelen
mail-keep = Behouden
mail-disconnect-button = Mailbox ontkoppelen…
mail-outbox-title = Nog niet verstuurde antwoorden
mail-outbox-empty = Er wacht niets: elk antwoord per mail is verstuurd.
mail-unfiled-title = Mail die bij geen klant hoort
mail-unfiled-hint = Onbestelbare mail die niet van ons kwam, automatische antwoorden van onbekenden, mail zonder afzender. Hierop is niets beantwoord.
mail-connected-session = Verbonden. { $reason }
mail-connected = Verbonden: deze balie haalt en verstuurt nu de mail van de winkel.
mail-connect-title = Mailbox van de winkel koppelen op deze balie
mail-connect-hint = Mail aan het adres van de winkel wordt hier de geschiedenis van de klanten, en antwoorden op een e-mailzaak gaan vanaf dat adres. Alleen deze balie haalt op en verstuurt; de andere balies zien alles via synchronisatie.
mail-address = Adres van de winkel
mail-password = Wachtwoord
mail-password-hint = (bij de meeste providers is hier een app-wachtwoord nodig)
mail-desk-name = Naam van deze balie
mail-desk-placeholder = Balie
mail-hide-servers = Serverinstellingen verbergen
mail-server-settings = Serverinstellingen
mail-username = Gebruikersnaam
mail-imap = Inkomende server (IMAP)
mail-port = Poort
mail-of-incoming = van de inkomende server
mail-of-outgoing = van de uitgaande server
mail-encryption = Versleuteling
mail-no-encryption = Geen (alleen deze computer)
mail-smtp = Uitgaande server (SMTP)
mail-ca = Certificaatautoriteit (PEM), als de winkel eigen certificaten maakte
mail-test-label = Wat werkt
mail-works = Werkt:
mail-does-not-work = Werkt niet:
mail-test = Testen
mail-connect = Koppelen
mail-of-incoming-mail = van inkomende mail
mail-of-outgoing-mail = van uitgaande mail

## Several desks: sync
sync-ind-connecting = Verbinden…
sync-ind-in-sync = Bijgewerkt
sync-ind-sending = { $count } versturen
sync-ind-receiving = { $count } ontvangen…
sync-ind-offline = Offline sinds { $since }
sync-ind-offline-waiting = { $since } · { $count } wachtend
sync-ind-problem = Synchronisatieprobleem
sync-changes = { $n ->
    [one] 1 wijziging
   *[other] { $count } wijzigingen
}
sync-alone = Deze balie werkt op zichzelf: hij is niet verbonden met een server van de winkel.
sync-connecting = Verbinden met de server van de winkel…
sync-in-sync = Bijgewerkt: deze balie heeft alles wat de server heeft, en de server heeft al het werk van deze balie.
sync-sending = { $changes } naar de server versturen…
sync-receiving = Werk van de andere balies ontvangen: tot nu toe { $changes }…
sync-offline = Offline sinds { $since }: de server van de winkel is niet bereikbaar. Het werk gaat hier door en wordt verstuurd als de server terug is.
sync-offline-waiting = Offline sinds { $since }: de server van de winkel is niet bereikbaar. Het werk gaat hier door en wordt verstuurd als de server terug is. { $n ->
    [one] { $changes } wacht
   *[other] { $changes } wachten
} op verzending.
sync-offset = { $duration } { $ahead ->
    [yes] voor op
   *[no] achter op
}
sync-clock-warning = De klok van deze pc loopt { $offset } die van de server. Zet datum en tijd goed in de systeeminstellingen; het werk gaat door.
sync-desk-clock = Klok { $duration } { $ahead ->
    [yes] voor
   *[no] achter
}
sync-never = Nooit
sync-just-now = Zojuist
sync-not-yet = Nog niet
sync-open-page = Open Balies en synchronisatie.
sync-offline-word = Offline
sync-since = {" "}sinds { $since }
sync-waiting-word = {" "}wachtend
sync-clock-word = Klok
sync-clock-wrong-more = {" "}klopt niet
sync-join-paste-first = Plak eerst de koppelcode.
sync-join-code = Koppelcode
sync-join-hint = Maak hem op een balie van de winkel: Winkel → Balies en synchronisatie → Balie toevoegen. Een code werkt één keer.
sync-joining = Koppelen…
sync-join = Koppelen
sync-joined-notice = Deze balie hoort nu bij { $shop }. De geschiedenis van de winkel komt binnen.
sync-alone-title = Deze balie werkt op zichzelf
sync-alone-text = Koppelen zet de geschiedenis van deze balie op de PostgreSQL-server van je winkel, en elke balie die aansluit deelt die: wat de ene balie vastlegt, staat binnen enkele seconden op de andere. Elke balie blijft werken als de server of het netwerk uitvalt, en werkt bij zodra het terug is.
sync-join-title = Bij een winkel aansluiten met een code
sync-join-needs-empty = Alleen een nieuwe, lege balie kan bij een winkel aansluiten: kies op het eerste scherm “Aansluiten bij de andere balies van mijn winkel” en plak de code. Deze balie heeft al een eigen geschiedenis; koppel hem hierboven als eerste balie van de winkel.
sync-join-for-new = Voor een nieuwe balie van een winkel die al gekoppeld is.
sync-now = Nu synchroniseren
sync-server = Server
sync-database = database
sync-this-desk = Deze balie
sync-last-synced = Laatst gesynchroniseerd
data-backup-auto = Automatisch
data-backup-manual = Handmatig
data-backup-before-restore = Vóór terugzetten
data-field-ignore = Niet gebruikt
data-field-name = Naam klant
data-field-phone = Telefoon
data-field-email = E-mail
data-field-organisation = Organisatie
data-field-segment = Klantgroep
data-field-notes = Notities klant
data-field-subject = Onderwerp zaak
data-field-channel = Kanaal
data-field-status = Status
data-field-priority = Prioriteit
data-field-opened = Geopend (datum)
data-field-message = Eerste bericht
data-count-row = { $n ->
    [one] { $shown } rij
   *[other] { $shown } rijen
}
data-count-customer = { $n ->
    [one] { $shown } klant
   *[other] { $shown } klanten
}
data-count-case = { $n ->
    [one] { $shown } zaak
   *[other] { $shown } zaken
}
data-count-event = { $n ->
    [one] { $shown } gebeurtenis
   *[other] { $shown } gebeurtenissen
}
data-count-new-customer = { $n ->
    [one] { $shown } nieuwe klant
   *[other] { $shown } nieuwe klanten
}
data-count-problem = { $n ->
    [one] { $shown } probleem
   *[other] { $shown } problemen
}
data-contents = { $customers }, { $cases }, { $events }
data-no-auto-backup = Er is nog geen automatische back-up. Maak nu een back-up voor de zekerheid.
data-backup-stale = De laatste automatische back-up is { $age } geleden. Maak nu een back-up, en laat Casebook overdag aan staan zodat het de dagelijkse back-up kan maken.
data-import-added = { $added } toegevoegd; { $shown } { $there ->
    [one] was
   *[other] waren
} er al.
data-import-settings = Openingstijden en reactietijden zijn uit de export overgenomen.
data-sep-commas = komma’s
data-sep-semicolons = puntkomma’s
data-sep-tabs = tabs
data-sep-bars = verticale streepjes (|)
data-too-big = Het bestand is { $mb } MB; Casebook importeert tot 50 MB per keer. Splits het in kleinere bestanden.
data-format-excel = een Excel-werkmap (.{ $ext })
data-format-ods = een OpenDocument-rekenblad (.ods)
data-format-csv = een tekstbestand (CSV)
data-reason-left-out = Door jou weggelaten.
data-reason-your-choice = Jouw keuze (Casebook dacht: { $guess }).
data-reason-heading = Herkend aan de kop.
data-reason-values = Herkend aan de inhoud.
data-reason-no-case = Niet gebruikt: het bevat zaakgegevens (een datum, een status…), maar dit bestand heeft geen kolom met het onderwerp, dus er worden geen zaken geopend.
data-reason-duplicate = Niet gebruikt: een andere kolom geeft dit al. Kies een veld om deze te gebruiken.
data-reason-unknown = Niet gebruikt: Casebook kent deze kop niet. Kies een veld om hem te gebruiken.
data-blank = (leeg)
data-matches = Hoort bij { $name }
data-adds = Voegt { $what } toe aan { $name }
data-csv-summary = { $rows } geïmporteerd: { $fresh }, { $matched } gekoppeld aan bestaande klanten, { $cases }.
data-csv-summary-updated = { $rows } geïmporteerd: { $fresh }, { $matched } gekoppeld aan bestaande klanten ({ $updated } kreeg een nieuw telefoonnummer of e-mailadres), { $cases }.
data-title = Back-ups en gegevens
data-backups = Back-ups
data-backing-up = Back-up maken…
data-back-up-now = Nu back-up maken
data-check-backups = Controleer je back-ups.
data-backed-up = Back-up gemaakt van { $contents } ({ $size }).
data-restored = Back-up van { $when } teruggezet: { $contents }. De vervangen geschiedenis is eerst bewaard als back-up
data-restored-listed = , hieronder vermeld, zodat je ernaar terug kunt.
data-loading-backups = Back-ups laden…
data-no-backups = Nog geen back-ups. Maak nu de eerste.
data-backups-caption = Back-ups, nieuwste eerst
data-col-taken = Gemaakt
data-col-kind = Soort
data-col-events = Gebeurtenissen
data-col-size = Grootte
data-restore = Terugzetten
data-restore-button = Terugzetten…
data-restore-sr = {" "}de back-up van { $when }
data-show-newest = Alleen de nieuwste tonen
data-show-all-backups = Alle { $count } back-ups tonen
data-restore-title = Deze back-up terugzetten?
data-restore-explain = Casebook gaat terug naar de back-up van { $when } ({ $kind }), met { $contents }.
data-restore-nothing-lost = Alles wat sindsdien is vastgelegd, verdwijnt van de balie. Er gaat niets verloren: de huidige geschiedenis wordt eerst als back-up bewaard en je kunt die vanaf deze pagina terugzetten.
data-restoring = Terugzetten…
data-restore-confirm = Deze back-up terugzetten
data-path-copied = Het pad van de map staat op het klembord.
data-export-title = Alles exporteren
data-exporting = Exporteren…
data-export-hint = Schrijft de hele geschiedenis in een open formaat, leesbaar zonder Casebook: elke gebeurtenis als JSON Lines, en klanten en zaken als CSV-bestanden voor een spreadsheet. De export komt in een nieuwe map naast je gegevens.
data-exported-to = { $contents } geëxporteerd naar:
data-copy-path = Pad kopiëren
data-import-title = Een Casebook-export importeren
data-import-hint = Voegt de geschiedenis toe uit de export van een andere balie (of een oudere export van deze). Gebeurtenissen die er al zijn, worden overgeslagen, dus twee keer dezelfde export importeren verandert niets.
data-looking-exports = Exports zoeken…
data-no-exports = Geen exports gevonden naast je gegevens. Typ hieronder het pad van de map om er een van een andere balie te importeren.
data-exports-caption = Exports naast je gegevens, nieuwste eerst
data-col-export = Export
data-col-exported = Geëxporteerd
data-col-contains = Inhoud
data-import = Importeren
data-import-button = Importeren…
data-import-folder = Of importeer uit een map
data-import-folder-placeholder = Het volledige pad van een exportmap
data-import-dialog-title = Deze export importeren?
data-import-explain = { $name } importeren, geëxporteerd { $when }, met { $contents }.
data-import-folder-explain = De export importeren uit de map
data-import-skip-hint = Gebeurtenissen die er al zijn, worden overgeslagen, dus niets komt dubbel. Openingstijden en reactietijden worden alleen uit de export genomen als deze balie er zelf nog geen heeft.
data-importing = Importeren…
data-columns-title = Wat staat er in elke kolom?
data-columns-column = Kolom, met een paar waarden
data-columns-use-as = Gebruiken als
data-columns-why = Waarom
data-column-n = Kolom { $n }
data-column-empty = leeg in de eerste rijen
data-column-use-label = Kolom “{ $name }” gebruiken als
data-preview-label = Wat de import zou doen
data-stat-rows = { $n ->
    [one] rij
   *[other] rijen
}
data-stat-new = { $n ->
    [one] nieuwe klant
   *[other] nieuwe klanten
}
data-stat-matched = gekoppeld aan bestaande klanten
data-stat-updated = { $n ->
    [one] klant krijgt
   *[other] klanten krijgen
} een nieuw telefoonnummer of e-mailadres
data-stat-cases = { $n ->
    [one] zaak
   *[other] zaken
}
data-problems-block = Er wordt niets geïmporteerd tot { $n ->
    [one] dit is
   *[other] deze zijn
} opgelost
data-problems-where = in het bestand of in de kolommen hierboven ({ $problems }):
data-problem-row = Rij { $line }: { $message }
data-problems-more = en nog { $count }
data-sample-first = De eerste { $shown } van { $rows }, zoals ze geïmporteerd zouden worden (rijen genummerd zoals in de spreadsheet)
data-sample-every = Elke rij, zoals ze geïmporteerd zouden worden (rijen genummerd zoals in de spreadsheet)
data-col-row = Rij
data-col-contact = Contact
data-col-customer = Klant
data-col-case = Zaak
data-new = nieuw
data-csv-unreadable = “{ $name }” kon niet worden gelezen. Kies het opnieuw.
data-header-type-number = Typ het nummer van de rij met de kolomkoppen, zoals de spreadsheet het toont (1 is de eerste rij).
data-csv-title = Klanten en zaken importeren uit een spreadsheet
data-csv-hint = Een CSV- of tekstbestand in elke codering, of een Excel- (.xlsx, .xls) of OpenDocument-werkmap (.ods): één rij per klant, of per zaak met de klant. Klanten worden op telefoon of e-mail gekoppeld aan wie er al is. Je ziet wat er zou gebeuren voordat er iets wordt vastgelegd.
data-csv-choose-another = Ander bestand kiezen…
data-csv-choose = Spreadsheet kiezen…
data-csv-reading = { $name } lezen…
data-csv-read-summary = { $format }, { $rows } onder de kopjes.
data-csv-read-summary-sep = { $format }, { $rows } onder de kopjes, kolommen gescheiden door { $sep }.
data-csv-how-read = Hoe het bestand wordt gelezen
data-csv-encoding = Codering
data-csv-find-out = Uit het bestand halen
data-csv-detected = herkend
data-csv-odd-characters = Staan er vreemde tekens in namen (Ã©, â€™, ?), kies dan de codering waarin het bestand is opgeslagen.
data-csv-as-file-says = { $encoding }, zoals het bestand aangeeft.
data-csv-sheet = Blad
data-csv-headings-on = De kolomkoppen staan op
data-csv-which-row = Op welke rij staan de kolomkoppen?
data-csv-read-again = Opnieuw lezen
data-csv-first-rows = De eerste rijen van het bestand, zoals gelezen
data-csv-headings-tag = kopjes
data-csv-checking = Controleren…
data-csv-preview = Voorbeeld
data-csv-import = { $rows } importeren
data-csv-preview-first = Eerst een voorbeeld: importeren kan zodra het voorbeeld geen problemen vindt.
data-csv-changed = De kolommen zijn veranderd sinds het voorbeeld. Bekijk het voorbeeld opnieuw om te zien wat er geïmporteerd wordt.
sync-revoked-notice = { $name } is ingetrokken. Het werk tot nu toe blijft in de geschiedenis.
sync-copy-failed = Kopiëren lukte niet. De code is geselecteerd: druk op Ctrl+C.
sync-desks = Balies
sync-desks-need-server = Voor de lijst met balies is de server van de winkel nodig.
sync-desks-loading = Balies opvragen bij de server…
sync-desks-caption = De balies van de winkel
sync-col-desk = Balie
sync-col-joined = Aangesloten
sync-col-last-seen = Laatst gezien
sync-col-note = Opmerking
sync-revoke = Intrekken
sync-not-joined = Nog niet: de code is nog niet gebruikt
sync-now-word = Nu
sync-revoked-at = Ingetrokken { $when }
sync-add-desk = Balie toevoegen
sync-code-for = Koppelcode voor { $name }
sync-code-once = Werkt één keer; houd hem geheim.
sync-code-hint = Iedereen die hem heeft, kan bij je winkel aansluiten tot hij gebruikt is, en hij bevat de sleutel van de winkel: stuur hem alleen naar de nieuwe balie en wis hem zodra die aangesloten is. Kies op de nieuwe balie op het eerste scherm “Aansluiten bij de andere balies van mijn winkel” en plak hem.
sync-copied = Gekopieerd
sync-copy = Kopiëren
sync-done = Klaar
sync-copied-sr = Gekopieerd.
sync-new-desk-name = Naam van de nieuwe balie
sync-new-desk-placeholder = bijv. Werkplaats
sync-making-code = Code maken…
sync-make-code = Koppelcode maken
sync-revoke-title = ‘{ $name }’ intrekken?
sync-revoke-explain = Die pc kan dan niets meer versturen of ontvangen. Het werk tot nu toe blijft.
sync-type-address = Typ eerst het serveradres.
sync-add-user = Zet de gebruikersnaam in het adres: postgres://gebruiker@host:5432/database.
sync-connected-notice = Deze balie is gekoppeld aan { $shop }. Voeg de andere balies toe met een koppelcode.
sync-connect-title = De eerste balie van de winkel koppelen
sync-connect-hint = Doe dit één keer, op de balie waarvan de winkel de geschiedenis houdt. De andere balies sluiten daarna aan met een code.
sync-address = Serveradres
sync-address-hint = Van wie de PostgreSQL-server van de winkel beheert. Plak het in zijn geheel: het wachtwoord gaat naar een eigen veld.
sync-password-hint = Bewaard in de wachtwoordkluis van deze computer, nooit in de gegevens of back-ups van Casebook.
sync-shop-name = Naam van de winkel
sync-shop-placeholder = bijv. Fietsen Costa
sync-desk-placeholder = bijv. Balie
sync-hide-ca = Certificaatautoriteit verbergen
sync-add-ca = Certificaatautoriteit toevoegen (optioneel)
sync-ca-hint = Alleen als het certificaat van de server door de winkel zelf is gemaakt. Plak het (het begint met -----BEGIN CERTIFICATE-----) of kies het .pem-bestand.
sync-ca-label = Certificaatautoriteit (PEM)
sync-pick-pem = .pem-bestand kiezen…
sync-read-from = Gelezen uit { $file }
sync-connect-progress = De server inrichten en de geschiedenis van deze balie versturen ({ $count } wijzigingen). Een grote geschiedenis kan een paar minuten duren; laat Casebook open.
sync-elapsed = { $seconds } s tot nu toe.
case-event-shop-locale-set = Taal van de winkel ingesteld op { $language }
case-event-shop-locale-cleared = De taal van de winkel volgt weer elke computer
case-side-label = De klant
tell-brief-title-by = Overdrachtsnotitie zoals { $from } die schreef bij de overdracht aan { $to }
tell-brief-title = Overdrachtsnotitie zoals geschreven bij de overdracht aan { $to }
attach-removed-notice = “{ $name }” is uit de geschiedenis gehaald.
attach-erased-notice = “{ $name }” is gewist.
duplicates-different-notice = { $first } en { $second } zijn gemarkeerd als verschillende mensen en worden niet meer voorgesteld.
data-encoding = { $family ->
    [unicode] Unicode ({ $name })
    [unicode-excel] Unicode ({ $name }, “Unicode-tekst” van Excel)
    [western] West-Europees ({ $name })
    [central] Centraal-Europees ({ $name })
    [cyrillic] Cyrillisch ({ $name })
    [mac] Oudere Mac ({ $name })
   *[japanese] Japans ({ $name })
}
common-something-wrong = Er ging iets mis. Probeer het opnieuw.
case-contact-added = toegevoegd:
case-contact-removed = verwijderd:
data-import-set-aside =
    { $count ->
        [one] 1 gebeurtenis kon hier niet worden toegepast en is apart gezet
       *[other] { $count } gebeurtenissen konden hier niet worden toegepast en zijn apart gezet
    } (zie Balies en synchronisatie).
sync-code-until = Werkt één keer, tot { $when }.
sync-revoke-button = Intrekken…
sync-owner-title = Toegang van de eigenaar
sync-owner-here = Deze balie heeft de toegang van de eigenaar: ze voegt balies toe en trekt ze in. Vergeet hem hier wanneer een andere balie hem overneemt.
sync-owner-not-here = Om hier balies toe te voegen of in te trekken (ook de eerste), meldt u zich aan met het serveradres van de eigenaar. Het wordt bewaard in de wachtwoordopslag van deze computer.
sync-owner-url = Serveradres van de eigenaar
sync-owner-sign-in = Aanmelden als eigenaar
sync-owner-signing-in = Controleren…
sync-owner-sign-out = Toegang van de eigenaar hier vergeten
sync-owner-signed-in = De toegang van de eigenaar staat nu op deze balie.
sync-owner-signed-out = De toegang van de eigenaar werd op deze balie vergeten.
sync-set-aside-title = Opzijgezette gebeurtenissen
sync-set-aside-unknown-kind =
    { $count ->
        [one] 1 gebeurtenis van { $desk } vraagt een nieuwere Casebook: werk deze balie bij.
       *[other] { $count } gebeurtenissen van { $desk } vragen een nieuwere Casebook: werk deze balie bij.
    }
sync-set-aside-damaged =
    { $count ->
        [one] 1 gebeurtenis van { $desk } is beschadigd en werd overgeslagen.
       *[other] { $count } gebeurtenissen van { $desk } zijn beschadigd en werden overgeslagen.
    }
sync-set-aside-refers-to-nothing =
    { $count ->
        [one] 1 gebeurtenis van { $desk } gaat over iets wat de geschiedenis van deze balie niet bevat, en werd overgeslagen.
       *[other] { $count } gebeurtenissen van { $desk } gaan over iets wat de geschiedenis van deze balie niet bevat, en werden overgeslagen.
    }
sync-set-aside-hint = Al het andere werd gewoon verwerkt. Deze blijven in de geschiedenis en worden vanzelf verwerkt zodra deze balie ze kan lezen.
sync-unknown-desk = een balie die niet meer in de lijst staat
case-list-added = Toegevoegd:
case-list-removed = Verwijderd:
sync-readmit-button = Opnieuw toelaten…
sync-readmit-code-for = Code om { $name } opnieuw toe te laten
sync-readmit-hint = Plak hem op { $name }: Balies en synchronisatie → Deze balie → Deze balie opnieuw toelaten. De geschiedenis en wat nog niet verstuurd is blijven.
sync-this-desk-title = Deze balie in de winkel
sync-rejoin-title = Deze balie opnieuw toelaten
sync-rejoin-hint = Als deze balie haar wachtwoord kwijt is (de wachtwoordkluis van de computer is leeg), maakt de eigenaar op zijn balie een code met “Opnieuw toelaten…”. Plak die hier: de geschiedenis en wat nog niet verstuurd is blijven.
sync-move-title = De server van de winkel is verhuisd
sync-move-hint = Als de eigenaar de winkel naar een andere server heeft verhuisd, typ hier het nieuwe adres. Het wordt gecontroleerd voordat er iets verandert.
sync-move-host = Nieuw adres
sync-move-port = Poort
sync-move-button = Deze server gebruiken
sync-moving = Controleren…
sync-moved-notice = Deze balie synchroniseert nu met { $server }.
sync-leave-title = De winkel verlaten
sync-leave-hint = Deze balie stopt met synchroniseren en houdt haar geschiedenis; ze werkt dan op zichzelf.
sync-leave-button = Winkel verlaten…
sync-leave-dialog-title = { $shop } verlaten?
sync-leave-explain = Deze balie verstuurt en ontvangt het werk van de winkel niet meer. Alles wat ze heeft blijft hier. De eigenaar kan haar daarna intrekken.
sync-leave-confirm = Verlaten
sync-leave-anyway = Toch verlaten
sync-left-notice = Deze balie heeft { $shop } verlaten en werkt op zichzelf.
sync-move-port-bad = De poort is een getal van 1 tot 65535 (die van PostgreSQL is meestal 5432).
desk-staff-rename = Hernoemen…
desk-staff-merge = Zelfde persoon als…
desk-staff-new-name = Nieuwe naam
desk-staff-same-as = { $name } is dezelfde persoon als
desk-staff-merge-hint = Dit record van { $name } gaat van de lijst en de open zaken gaan mee; de geschiedenis houdt wie wat schreef.
desk-staff-save = Opslaan
desk-staff-merge-confirm = Samenvoegen
desk-staff-renamed = Hernoemd: { $name }.
desk-staff-merged = Nu één record voor { $name }.
case-event-staff-merged = { $name } samengevoegd met een ander record van dezelfde persoon
sync-carried-line =
    { $count ->
        [one] 1 wijziging
       *[other] { $count } wijzigingen
    } van { $desk }, hier geïmporteerd, { $count ->
        [one] wordt
       *[other] worden
    } bewaard voor de server van de winkel en bij de volgende synchronisatie verstuurd.
data-import-carried =
    { $count ->
        [one] 1 ervan is
       *[other] { $count } ervan zijn
    } op andere balies geschreven: deze balie stuurt ze bij de volgende synchronisatie naar de server van de winkel.

## Passcodes, signing in and the lock screen

case-event-passcode-set = Er is een toegangscode ingesteld
case-event-passcode-cleared = Er is een toegangscode weggehaald
case-event-passcodes-edited = De regel voor toegangscodes is gewijzigd
case-event-recovery-code-set = Er is een nieuwe herstelcode gemaakt
desk-sign-in = Aanmelden
desk-passcode-of = Toegangscode van { $name }
desk-passcode-empty = Typ eerst de toegangscode.
desk-passcode-mismatch = De twee toegangscodes zijn niet gelijk. Typ ze allebei opnieuw.
desk-passcode-new = Nieuwe toegangscode
desk-passcode-again = Nog een keer dezelfde
desk-passcode-current = Je huidige toegangscode
desk-passcode-choose = Deze toegangscode gebruiken
desk-passcode-back = Terug
desk-passcode-forgot = Toegangscode vergeten?
desk-passcode-first-intro = { $name } heeft nog geen toegangscode. Kies er een van minstens { $min } cijfers die niemand zou raden (niet 1234 of 1111).
desk-passcode-first-needs-owner = Een eigenaar keurt de eerste toegangscode van { $name } goed: kies de eigenaar en laat die zijn of haar toegangscode typen.
desk-passcode-title-own = Typ je toegangscode
desk-passcode-title-first = Kies je toegangscode
desk-passcode-title-approve = Vraag een eigenaar
desk-passcode-title-recover = Toegangscode vergeten?
desk-approve-intro = Een eigenaar typt zijn of haar toegangscode, zodat { $name } dit één keer kan doen. Het wordt vastgelegd als handeling van de eigenaar.
desk-approve-owner = Eigenaar
desk-approve-code = Toegangscode van de eigenaar
desk-approve-submit = Eén keer goedkeuren
desk-approve-instead = Liever een eigenaar vragen
desk-recovery-intro = Typ de herstelcode van de winkel (opgeschreven toen de toegangscodes aangingen) en kies een nieuwe toegangscode voor { $name }.
desk-recovery-code = Herstelcode
desk-recovery-empty = Typ eerst de herstelcode.
desk-recovery-submit = Mijn toegangscode herstellen
desk-recovery-shown-title = De herstelcode van de winkel
desk-recovery-shown-write = Schrijf dit op en bewaar het op een veilige plek; Casebook bewaart geen kopie.
desk-recovery-shown-why = Hiermee kiest een eigenaar die zijn of haar toegangscode vergat een nieuwe. Bewaar hem niet bij de balie. Dit is de enige keer dat hij getoond wordt.
desk-recovery-shown-done = Ik heb hem opgeschreven
desk-recovery-renew = Nieuwe herstelcode…
desk-recovery-renew-title = Een nieuwe herstelcode maken?
desk-recovery-renew-explain = De herstelcode die nu is opgeschreven werkt dan niet meer. De nieuwe wordt één keer getoond: houd papier klaar.
desk-recovery-renew-confirm = Nieuwe code maken
desk-lock-locked = vergrendeld
desk-lock-was-here = { $name } was hier
desk-lock-sign-in-as = Aanmelden als { $name }
desk-lock-who = Wie staat er aan de balie?
desk-lock-pick = Kies je naam om je aan te melden.
desk-lock-someone-else = Iemand anders meldt zich aan
desk-lock-no-passcode-yet = Nog geen toegangscode
desk-lock-button = Vergrendelen
desk-lock-button-label = De balie vergrendelen (Ctrl+Shift+L)
desk-lock-owner-tools = Vergrendeld: de hulpmiddelen van de eigenaar vragen weer om een toegangscode.
desk-shortcut-lock = De balie vergrendelen (als de winkel toegangscodes gebruikt)
desk-picker-back = Iemand anders kiezen
desk-staff-role-of = Rol van { $name }
desk-staff-role-changed = Rol van { $name }: { $role }.
desk-passcodes-title = Toegangscodes
desk-passcodes-ask = Wanneer Casebook om een toegangscode vraagt
desk-passcodes-ask-never = Nooit
desk-passcodes-ask-never-hint = Iedereen kiest wie er aan de balie staat.
desk-passcodes-ask-owner-tools = Voor de hulpmiddelen van de eigenaar
desk-passcodes-ask-owner-tools-hint = Medewerkers, toegangscodes, de taal van de winkel, balies, bestanden wissen, importeren en terugzetten vragen de toegangscode van een eigenaar; openingstijden, termijnen en de mailbox die van een ploegleider of eigenaar.
desk-passcodes-ask-always = Altijd
desk-passcodes-ask-always-hint = Iedereen meldt zich aan met een eigen toegangscode, en een balie die niet gebruikt wordt, vergrendelt.
desk-passcodes-min = Kortste toegangscode
desk-passcodes-digits = { $count } cijfers
desk-passcodes-lock = Vergrendelen na zoveel minuten niets doen
desk-passcodes-lock-hint = 0: de balie vergrendelt nooit vanzelf.
desk-passcodes-lock-always-only = Alleen als Casebook altijd vraagt.
desk-passcodes-reports = Rapporten alleen voor eigenaars
desk-passcodes-own-first = Kies eerst je eigen toegangscode (minstens { $min } cijfers), zodat je nooit buitengesloten raakt.
desk-passcodes-saved = Regel voor toegangscodes opgeslagen.
desk-passcodes-people = Wie heeft een toegangscode
desk-passcodes-has = Toegangscode
desk-passcodes-has-yes = Ingesteld
desk-passcodes-has-no = Nog geen
desk-passcode-set-button = Toegangscode instellen…
desk-passcode-change-own-button = Mijn toegangscode wijzigen…
desk-passcode-choose-own-button = Mijn toegangscode kiezen…
desk-passcode-take-off = Toegangscode weghalen
desk-passcode-taken-off = { $name } heeft nu geen toegangscode en kiest er een bij de volgende aanmelding.
desk-passcode-set-title = Een toegangscode voor { $name }
desk-passcode-change-own = Mijn toegangscode wijzigen
desk-passcode-own-hint = Minstens { $min } cijfers die niemand zou raden (niet 1234 of 1111).
desk-passcode-for-hint = Een nieuwe toegangscode voor { $name }, van minstens { $min } cijfers. Vertel het persoonlijk; daarna kan { $name } hem zelf wijzigen.
desk-passcode-set-own = Je toegangscode is ingesteld.
desk-passcode-set-for = De toegangscode van { $name } is ingesteld.
desk-passcode-mine = Mijn toegangscode
desk-passcode-mine-set = Je hebt een toegangscode; alleen jij kent hem.
desk-passcode-mine-none = Je hebt nog geen toegangscode.
desk-tries-title = Verkeerde toegangscodes aan deze balie
desk-tries-refresh = Vernieuwen
desk-tries-none = Geen verkeerde toegangscodes aan deze balie.
desk-tries-count = Verkeerde pogingen
desk-tries-last = Laatste poging
desk-tries-wait = Wachten tot
desk-tries-no-wait = Geen wachttijd
sync-set-aside-not-allowed =
    { $count ->
        [one] 1 wijziging van { $desk } is gedaan als { $people }, die daar op dat moment geen recht op had: ze heeft geen effect.
       *[other] { $count } wijzigingen van { $desk } zijn gedaan als { $people }, die daar op dat moment geen recht op had: ze hebben geen effect.
    }
sync-set-aside-not-allowed-hint = Ze blijven in de geschiedenis, zonder effect op welke balie ook. Was er een bedoeld, dan doet de eigenaar (of een ploegleider, voor openingstijden en doelen) het opnieuw.
privacy-title = Privacy
privacy-export-hint = Alles wat de winkel over { $name } bewaart, om te lezen of mee te nemen, zoals de AVG toestaat te vragen: een pagina om af te drukken of te sturen, en hetzelfde als JSON-bestand.
privacy-export-button = Deze klant exporteren
privacy-exporting = Bezig met exporteren…
privacy-exported = Opgeslagen: { $cases } zaken en { $entries } items. Geef de klant customer.html uit deze map; customer.json bevat hetzelfde voor een ander programma.
privacy-forget-button = Deze klant vergeten…
privacy-forget-title = { $name } vergeten?
privacy-forget-goes-title = Wat verdwijnt, op elke balie
privacy-forget-goes = Hun naam, telefoonnummers, e-mailadressen, organisatie en notities; elk bericht, antwoord, elke notitie en elk gesprek in hun zaken; de woorden van beloften, belangrijke feiten, klachten en escalaties; hun bijgevoegde bestanden en bewaarde e-mail. Zoeken en de suggesties vinden niets meer van hen.
privacy-forget-stays-title = Wat blijft
privacy-forget-stays = Dat een klant, getoond als een nummer, deze zaken had: wanneer, via welk kanaal, hoe lang ze duurden en of de normen gehaald werden, zodat de rapporten blijven kloppen. En dit wissen: wie, wanneer en waarom.
privacy-forget-final = Dit kan niet ongedaan worden gemaakt.
privacy-forget-explain = Als ze om een kopie vroegen, exporteer deze klant dan eerst. Andere balies vergeten meteen als ze online zijn, of bij hun volgende synchronisatie.
privacy-forget-why = Reden
privacy-forget-kept = (blijft in de geschiedenis: schrijf niets over de persoon)
privacy-forget-placeholder = bv. gevraagd aan de balie op 3 december
privacy-forget-confirm = Deze klant vergeten
privacy-forget-why-needed = Zeg waarom deze klant wordt vergeten.
privacy-forgotten-notice = Vergeten: de klant is nu { $number }.
privacy-forgotten-banner = Vergeten op { $date } door { $who }. Reden: { $reason }
privacy-forgotten-banner-nobody = Vergeten op { $date }. Reden: { $reason }
privacy-forgotten-hint = Niets over de persoon wordt op welke balie dan ook bewaard: hun zaken blijven meetellen onder dit nummer. Aan dit dossier kan niets meer worden toegevoegd.
case-event-customer-forgotten = Klant vergeten: { $reason }
privacy-retention-title = Alleen bewaren wat nodig is
privacy-retention-hint = Klanten met wie u lang geen contact had, kunnen vanzelf worden vergeten, op elke balie, alsof een eigenaar elk van hen vergat. Hun zaken blijven meetellen onder een nummer.
privacy-retention-keep = Klanten zonder contact bewaren
privacy-retention-forever = tot een eigenaar ze vergeet
privacy-retention-years =
    { $years ->
        [one] een jaar
       *[other] { $years } jaar
    }
privacy-retention-owner-only = Alleen een eigenaar kan dit wijzigen.
privacy-retention-none-due = Niemand zou nu worden vergeten.
privacy-retention-due =
    { $count ->
        [one] Eén klant zou nu worden vergeten:
       *[other] { $count } klanten zouden nu worden vergeten:
    }
privacy-retention-customer = Klant
privacy-retention-last-contact = Laatste contact
privacy-retention-cases = Zaken
privacy-retention-more = …en nog { $count }.
privacy-retention-turn-on =
    { $count ->
        [0] Aanzetten
       *[other] Aanzetten en hen nu vergeten
    }
privacy-retention-turn-off = Uitzetten
privacy-retention-saved = Opgeslagen: { $count } klanten zijn nu vergeten; anderen volgen zodra ze de grens passeren.
privacy-retention-off = Klanten blijven bewaard tot een eigenaar ze vergeet.
case-event-retention-set =
    Klanten zonder contact sinds { $years ->
        [one] een jaar
       *[other] { $years } jaar
    } worden vergeten
case-event-retention-off = Klanten blijven bewaard tot een eigenaar ze vergeet
sync-key-title = Woorden van klanten op de server
sync-key-explain = Namen, adressen, berichten en bestanden verlaten deze balie versleuteld met de sleutel van de winkel, die alleen de balies van de winkel hebben: de server, en wie hem beheert, ziet wanneer en wat voor iets er gebeurde, nooit de woorden.
sync-seal-hint = Een winkel die is opgezet voordat dit de regel was: versleutel wat de server leesbaar bewaart, en krijg de sleutelcode die eerder gekoppelde balies nodig hebben. Opnieuw getoond wanneer je erom vraagt.
sync-seal-button = Versleutelen en sleutelcode tonen
sync-sealing = Bezig met versleutelen…
sync-sealed-notice = De woorden van klanten zijn versleuteld op de server ({ $count } gebeurtenissen nu versleuteld).
sync-key-code-label = Sleutelcode
sync-key-code-warn = Hij bevat de sleutel van de winkel: plak hem alleen op eerder gekoppelde balies van de winkel (Balies en synchronisatie → Sleutel van de winkel plakken), en bewaar hem nergens.
sync-key-paste-title = Sleutel van de winkel plakken
sync-key-paste-first = Plak eerst de sleutelcode van de balie van de eigenaar.
sync-key-take = Sleutel op deze balie bewaren
sync-key-taken-notice = Deze balie heeft de sleutel van de winkel: hij synchroniseert weer.
data-csv-left-out-intro = Sommige cellen bevatten onzichtbare stuurtekens die een programma heeft achtergelaten. Die worden weggelaten; de rest van elke cel wordt geïmporteerd:
data-csv-left-out =
    Rij { $line }, kolom ‘{ $column }’: { $count ->
        [one] één teken
       *[other] { $count } tekens
    }
queue-countdown-due-shop-days =
    binnen { $days ->
        [one] 1 openingsdag
       *[other] { $days } openingsdagen
    }
case-draft-restored = Wat je hier aan het schrijven was ({ $when }) staat er weer.
case-draft-kept = Wordt op deze balie bewaard terwijl je typt, ook als het venster sluit.
case-draft-discard = Concept weggooien
search-did-you-mean = Niets gevonden. Bedoelde je:
common-choice-pending = Nog niet bewaard: Enter bewaart het, Esc zet het terug
desk-notice-more =
    { $count ->
        [one] Nog één melding: laat hem zien
       *[other] Nog { $count } meldingen: laat de volgende zien
    }
desk-notice-more-count = +{ $count }
common-staff-me = { $name } (ik)
common-when-today-mid = vandaag { $time }
common-when-yesterday-mid = gisteren { $time }
common-date-invalid = “{ $typed }” is geen datum. Typ hem zoals { $example }.
common-date-keys = ↑ ↓ een dag verder of terug
attach-size-reading = { $size } · wordt gelezen…
case-entry-left-out =
    { $count ->
        [one] “{ $names }” is geweigerd en dus niet bijgevoegd. Het blijft hieronder staan tot je het weghaalt met ×.
       *[other] { $count } geweigerde bestanden zijn niet bijgevoegd: { $names }. Ze blijven hieronder staan tot je ze weghaalt met ×.
    }
case-show-more = Meer tonen
case-show-less = Minder tonen
reports-group-first-response = Eerste reactie
reports-group-resolution = Oplossing
reports-sub-median = Mediaan
reports-sub-p90 = 90e percentiel
reports-sub-met = Binnen doel
reports-business-note = Tijden tellen alleen de openingstijden van de winkel (werkminuten).
tell-brief-part =
    { $part ->
        [their_words] In hun woorden
        [tried] Wat we al hebben geprobeerd
        [promises] Openstaande toezeggingen
        [expectations] Wat ze verwachten
       *[complaints] Klachten
    }
tell-brief-promise-line = { $text } — uiterlijk { $when }
tell-brief-promise-line-by = { $text } — uiterlijk { $when }, { $owner } komt het na
attach-size-bytes =
    { $count ->
        [one] 1 byte
       *[other] { $count } bytes
    }
attach-size-kb = { $size } KB
attach-size-mb = { $size } MB
search-entries-label = Gespreksberichten
common-range-to = tot
attach-photo-alt = Foto: { $name }
attach-limit-unit = MB
data-backups-auto-hint = Casebook maakt elke dag automatisch een back-up zolang het draait, en bij het afsluiten; back-ups staan naast je gegevens.
data-columns-used = { $used } van de { $count } kolommen worden gebruikt. Casebook heeft geraden aan de hand van elke kop en, waar de kop niets bekends zegt, aan de waarden. Pas ze gerust aan; kolommen op “{ data-field-ignore }” worden overgeslagen.
outreach-sample-summary = { $count } gekozen uit wie al { $days } geen contact had (seed { $seed }) · { $called } gebeld
outreach-total =
    { $count ->
        [one] 1 klant, wie het langst stil is eerst.
       *[other] { $count } klanten, wie het langst stil is eerst.
    }
outreach-cut-hint = { $shown }: verhoog het aantal dagen, of kies willekeurig.
register-by = door
tell-promise-to-word = aan
tell-promises-summary = { $total } open, eerst wat het eerst vervalt.
tell-promises-record-key = Leg er een vast vanuit een zaak:
learn-causes-lead-only = Alleen een ploegleider of de eigenaar kan de lijst wijzigen.
sync-url-local = Een server op 127.0.0.1 of localhost werkt alleen voor balies op deze zelfde computer. Andere pc’s hebben het netwerkadres nodig (bijvoorbeeld 192.168.1.20).
search-near-enter = (Enter zoekt naar de eerste)
desk-whats-new-title = Nieuw in Casebook { $version }
desk-whats-new-kept = Casebook is bijgewerkt van { $previous } naar { $version }. De geschiedenis, instellingen en bijlagen van je winkel zijn bewaard en bijgewerkt.
desk-whats-new-kept-unknown = Casebook is bijgewerkt naar { $version }. De geschiedenis, instellingen en bijlagen van je winkel zijn bewaard en bijgewerkt.
desk-whats-new-done = Begrepen
replies-placeholder-first-name = voornaam
replies-placeholder-case-ref = zaaknummer
replies-placeholder-promise-due = datum van de toezegging
replies-placeholder-shop-name = naam van de winkel
replies-placeholder-hours-today = openingstijden vandaag
replies-placeholder-my-name = jouw naam
desk-menu-replies = Opgeslagen antwoorden
replies-intro = De antwoorden die de winkel de hele dag geeft, in eigen woorden en in elke taal waarin hij schrijft. Druk in een antwoord op Ctrl+K (of / aan het begin van een regel) om er een in te voegen, ingevuld vanuit de zaak.
replies-search = Zoek een opgeslagen antwoord op naam of woorden
replies-new = Nieuw opgeslagen antwoord
replies-new-title = Nieuw opgeslagen antwoord
replies-edit-title = “{ $name }” wijzigen
replies-name = Naam
replies-shop-mark = Antwoord van de winkel: alleen een eigenaar mag het wijzigen
replies-language = Taal
replies-has-text = heeft tekst
replies-text-in = Het antwoord in het { $language }
replies-placeholders = Invoegen:
replies-placeholders-hint = Een plaatshouder tussen accolades wordt ingevuld vanuit de zaak als het antwoord wordt gebruikt. Wat niet kan worden ingevuld blijft tussen haken staan, geselecteerd zodat je het kunt typen.
replies-save = Antwoord bewaren
replies-saved-notice = Opgeslagen antwoord “{ $name }” bewaard.
replies-shop-name = Naam van de winkel in antwoorden
replies-shop-name-save = Naam bewaren
replies-shop-name-hint = Wat {"{"}naam van de winkel{"}"} wordt in elk opgeslagen antwoord, op elke balie.
replies-shop-named-notice = De naam van de winkel voor antwoorden is bewaard.
replies-loading = Opgeslagen antwoorden ophalen…
replies-none = Nog geen opgeslagen antwoorden.
replies-none-hint = Schrijf de antwoorden die je het vaakst geeft, of bewaar er een vanuit een antwoord dat je net schreef.
replies-count = { $count } van { $total } opgeslagen antwoorden
replies-shop-pill = Van de winkel
replies-uses =
    { $count ->
     [0] Nog niet gebruikt
     [one] Eén keer gebruikt
    *[other] { $count } keer gebruikt
    }
replies-edit = Wijzigen
replies-remove = Verwijderen
replies-remove-title = “{ $name }” verwijderen?
replies-remove-explain = Het verdwijnt van de lijst op elke balie. Antwoorden die er al mee zijn verstuurd blijven zoals ze zijn verstuurd.
replies-removed-notice = Opgeslagen antwoord “{ $name }” verwijderd.
replies-picker-title = Opgeslagen antwoord invoegen
replies-picker-nothing = Geen opgeslagen antwoord bevat die woorden.
replies-picker-none = De winkel heeft nog geen opgeslagen antwoorden: voeg ze toe onder Winkel → Opgeslagen antwoorden.
replies-picker-keys = ↑ ↓ om te kiezen, Enter om in te voegen, Escape om terug te gaan.
replies-collision-title = Terwijl je schreef
replies-collision-by = { $names } schreef op deze zaak sinds je begon. Lees het voor je verstuurt.
replies-collision-some =
    { $count ->
     [one] Er kwam iets binnen op deze zaak sinds je begon. Lees het voor je verstuurt.
    *[other] Er kwamen { $count } dingen binnen op deze zaak sinds je begon. Lees ze voor je verstuurt.
    }
replies-collision-edit = Mijn antwoord aanpassen
replies-collision-send = Toch versturen
replies-collision-discard = Het mijne weggooien
replies-gaps-left =
    { $count ->
     [one] Eén plek tussen haken moet je nog invullen.
    *[other] { $count } plekken tussen haken moet je nog invullen.
    }
replies-composer-hint = Ctrl+K of / aan het begin van een regel: opgeslagen antwoorden
replies-insert = Opgeslagen antwoorden
replies-save-from-answer = Bewaren als opgeslagen antwoord
case-profile-language = Schrijft in
case-profile-language-hint = kiest de versie van een opgeslagen antwoord
case-profile-language-shop = De taal van de winkel
case-event-saved-reply-added = Opgeslagen antwoord “{ $name }” toegevoegd
case-event-saved-reply-edited = Opgeslagen antwoord gewijzigd
case-event-saved-reply-removed = Opgeslagen antwoord verwijderd
case-event-saved-reply-used = Opgeslagen antwoord gebruikt
case-event-shop-named = Naam van de winkel in antwoorden: { $name }
presence-viewing = { $name } bij { $desk } heeft deze zaak open
presence-writing = { $name } bij { $desk } schrijft een antwoord
presence-here-short = { $name } bij { $desk }
presence-writing-short = { $name } bij { $desk } schrijft
desk-shortcut-saved-replies = In een antwoord: een opgeslagen antwoord invoegen (of / aan het begin van een regel)
desk-whats-new-notes =
    Opgeslagen antwoorden: de antwoorden van de winkel in elke taal, ingevuld vanuit de zaak met Ctrl+K in een antwoord.
    Zie wie een zaak open heeft aan een andere balie, en wie een antwoord schrijft; een antwoord wacht als een collega al antwoordde.
    Casebook installeer je zoals elke andere app: pakketten voor Debian, Ubuntu, Fedora en openSUSE, met de opdracht casebook voor de terminal.
    Eén opdracht maakt van een Debian- of Ubuntu-machine de server van de winkel: casebook server setup.
    Persoonlijke toegangscodes, en goedkeuring van een eigenaar voor de gereedschappen van de eigenaar.
case-event-case-renamed = Zaak hernoemd
case-rename = Hernoemen
case-rename-hint = Deze zaak hernoemen (F2)
case-rename-label = Waar deze zaak over gaat
desk-shortcut-case-rename = Bij een zaak: hernoemen
