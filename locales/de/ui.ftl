# Casebook auf Deutsch.

## Shared words

common-duration-under-minute = unter einer Minute
common-duration-minutes = { $minutes } Min.
common-duration-hours = { $hours } Std.
common-duration-hours-minutes = { $hours } Std. { $minutes } Min.
common-duration-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
common-ago = vor { $duration }
common-when-today = Heute { $time }
common-when-yesterday = Gestern { $time }
common-date-time = { $date } { $time }
common-at-today = heute { $time }
common-at-tomorrow = morgen { $time }
common-day-today = heute
common-day-tomorrow = morgen
common-save = Speichern
common-cancel = Abbrechen
common-nobody = Niemand
common-former-staff = Nicht mehr im Team
common-colleague = Jemand aus dem Team

## Language and formats (Settings)

desk-locale-title = Sprache und Formate
desk-locale-intro = Casebook spricht die Sprache des Geschäfts und schreibt Datum, Uhrzeit und Zahlen so, wie man es dort gewohnt ist. Ein Platz kann für die Person, die dort arbeitet, etwas anderes wählen.
desk-locale-shop = Das Geschäft
desk-locale-shop-hint = Für jeden Platz, wenn er nichts Eigenes wählt. Nur die Inhaberin oder der Inhaber kann das ändern.
desk-locale-desk = Dieser Platz
desk-locale-desk-hint = Für alle, die an diesem Computer arbeiten; andere Plätze behalten die Wahl des Geschäfts.
desk-locale-language = Sprache
desk-locale-region = Datum und Zahlen
desk-locale-follow-system = Wie dieser Computer ({ $name })
desk-locale-follow-shop = Wie das Geschäft ({ $name })
desk-locale-example = Zum Beispiel: { $date }, { $time }, { $number }
desk-locale-saved = Sprache und Formate gespeichert.
desk-locale-owner-only = Nur die Inhaberin oder der Inhaber kann die Sprache des Geschäfts ändern.
language-en = English
language-nl = Nederlands
language-de = Deutsch
language-fr = Français
language-es = Español

## The desk: staff, top bar, first run
desk-handed-you = { $from } hat dir übergeben: { $subject }
desk-now-at-desk = { $name } ist jetzt am Platz.
desk-staff-member = Mitarbeiter

## Opening hours, holidays and response targets
hours-title = Öffnungszeiten und Antwortzeiten
hours-loading = Einstellungen werden geladen…
hours-saved = Gespeichert. Jeder offene Fall hat seine Frist neu berechnet.
hours-discard = Änderungen verwerfen
hours-intro = Jeder Kunde bekommt dieselben Antwortzeiten, gezählt nur in den Öffnungszeiten. { $canEdit ->
    [yes] Nur die Schichtleitung oder die Inhaberin bzw. der Inhaber kann sie ändern.
   *[no] Nur die Schichtleitung oder die Inhaberin bzw. der Inhaber kann sie ändern; du kannst die Vorwarnzeit dieses Platzes ändern.
}
hours-preview-title = Ein jetzt eröffneter Fall wäre fällig
hours-priority = Priorität
hours-first-response-by = Erste Antwort bis
hours-resolved-by = Gelöst bis
hours-targets-title = Antwortzeiten
hours-targets-hint = In Minuten der Öffnungszeit. Für jeden Kunden gleich; nur die Priorität eines Falls ändert sie.
hours-first-response = Erste Antwort
hours-next-response = Antwort auf eine neue Nachricht
hours-resolution = Lösung
hours-target-first-label = { $priority }: erste Antwort, Minuten
hours-target-next-label = { $priority }: Antwort, Minuten
hours-target-resolution-label = { $priority }: Lösung, Minuten
hours-notify-title = Benachrichtigungen an diesem Platz
hours-lead-label = So viele Minuten vor der Frist eines Falls warnen
hours-notify-hint = Eine Benachrichtigung kommt, kurz bevor ein Fall fällig ist und wenn er überfällig ist, jeweils einmal.
hours-opening-title = Öffnungszeiten
hours-time-zone = Zeitzone
hours-closed = Geschlossen
hours-opens = { $day } öffnet
hours-closes = { $day } schließt
hours-remove-interval = { $day } { $start }–{ $end } entfernen
hours-add-interval = + Zeiten hinzufügen (geteilte Schicht)
hours-open-day = + An diesem Tag öffnen
hours-holidays-title = Feiertage
hours-holidays-none = Keine Feiertage. Trage die Tage ein, an denen das Geschäft geschlossen ist, oder importiere sie aus einer .ics-Kalenderdatei.
hours-holiday-date = Datum
hours-holiday-name = Name
hours-every-year = Jedes Jahr
hours-every-year-lower = jedes Jahr
hours-remove = Entfernen
hours-holiday-date-label = Datum des Feiertags
hours-holiday-name-label = Name des Feiertags
hours-remove-holiday = Feiertag { $date } entfernen
hours-add-holiday = + Feiertag hinzufügen
hours-import-ics = Aus einer .ics-Datei importieren…
hours-found-holidays = { $count ->
    [one] { $count } Feiertag
   *[other] { $count } Feiertage
} gefunden:
hours-and-more = …und { $count } weitere
hours-add-them = Hinzufügen
hours-holidays-added = { $count ->
    [one] { $count } Feiertag hinzugefügt. Speichern, um ihn zu behalten.
   *[other] { $count } Feiertage hinzugefügt. Speichern, um sie zu behalten.
}
hours-json-copied = Der Kalender ist als JSON in der Zwischenablage.
hours-json-not-json = Dieser Text ist kein JSON, daher wurde nichts geladen. Füge den ganzen Kalender erneut ein, von {"{"} bis {"}"}; meist fehlt ein Komma oder Anführungszeichen.
hours-json-not-calendar = Dieses JSON ist kein Kalender: es braucht "time_zone" und "week". Es wurde nichts geladen.
hours-json-loaded = Kalender aus JSON geladen. Vorschau prüfen, dann speichern.
hours-json-title = Kalender als JSON kopieren oder laden
hours-json-hint = Dieselbe Form, die dieser Befehl liest:
hours-json-copy = Kalender als JSON kopieren
hours-json-paste = Kalender einfügen…
hours-json-label = Kalender als JSON
hours-json-use = Diesen Kalender verwenden

## Backups and data
data-header-not-found = Casebook konnte die Zeile mit den Spaltenüberschriften nicht finden. Sieh dir unten die ersten Zeilen der Datei an und wähle die Zeile, in der sie stehen.
data-header-choose = Zeile wählen…
data-header-first = Wähle zuerst die Zeile mit den Spaltenüberschriften.

## Stored values in words
case-channel-walk-in = Im Laden
case-channel-phone = Telefon
case-channel-email = E-Mail
case-channel-chat = Chat
case-channel-other = Sonstiges
case-status-open = Offen
case-status-waiting = Wartet auf Kunden
case-status-resolved = Gelöst
case-status-closed = Geschlossen
case-priority-low = Niedrig
case-priority-normal = Normal
case-priority-high = Hoch
case-priority-urgent = Dringend
desk-role-staff = Mitarbeiter
desk-role-lead = Schichtleitung
desk-role-owner = Inhaber
case-entry-customer-message = Kunde sagte
case-entry-reply = Antwort
case-entry-note = Interne Notiz
case-entry-call = Anruf
case-entry-visit = Besuch
case-direction-inbound = Sie haben uns angerufen
case-direction-outbound = Wir haben angerufen
outreach-outcome-reached = Erreicht
outreach-outcome-left-message = Nachricht hinterlassen
outreach-outcome-no-answer = Niemand erreicht
outreach-outcome-wrong-number = Falsche Nummer
duplicates-reason-same-phone = Gleiche Telefonnummer
duplicates-reason-same-email = Gleiche E-Mail-Adresse
duplicates-reason-same-name = Gleicher Name
case-score-1 = Sehr unzufrieden
case-score-2 = Unzufrieden
case-score-3 = In Ordnung
case-score-4 = Zufrieden
case-score-5 = Sehr zufrieden

## Timeline headings
case-event-customer-created = Kunde angelegt
case-event-customer-updated = Profil geändert
case-event-case-opened = Fall eröffnet ({ $channel })
case-event-customer-message = Kunde sagte ({ $channel })
case-event-reply = Antwort ({ $channel })
case-event-note = Interne Notiz
case-event-call-inbound = Anruf vom Kunden
case-event-call-outbound = Anruf beim Kunden
case-event-visit = Besuch
case-event-status-changed = Status: { $from } → { $to }
case-event-assignment-changed = Zuständigkeit geändert
case-event-priority-changed = Priorität: { $from } → { $to }
case-event-staff-added = { $name } ist neu im Team
case-event-staff-updated = Mitarbeiter geändert
case-event-handoff = Übergeben
case-event-promise-made = Zusage: { $text }
case-event-promise-kept = Zusage eingehalten: { $text }
case-event-promise-broken = Zusage nicht eingehalten: { $text }
case-event-expectations-changed = Erwartungen geändert
case-event-fact-pinned = Als wichtige Info angeheftet
case-event-fact-unpinned = Nicht mehr angeheftet
case-event-complaint-flagged = Beschwerde: { $summary }
case-event-calendar-changed = Öffnungszeiten geändert
case-event-targets-changed = Antwortzeiten geändert
case-event-complaint-closed = Beschwerde abgeschlossen
case-event-case-escalated = Eskaliert: { $cause }
case-event-escalation-closed = Eskalation abgeschlossen: { $cause }
case-event-satisfaction-recorded = Bewertung des Kunden: { $score } von 5 ({ $words })
case-event-outreach-call = Rückruf-Aktion: { $outcome }
case-event-root-causes-changed = Ursachen geändert
case-event-customers-merged = Mit dem Eintrag von { $name } zusammengeführt
case-event-merge-undone = Zusammenführung rückgängig gemacht
case-event-not-duplicates = Als anderer Kunde als ein ähnlicher Eintrag markiert
case-event-files-attached = { $count ->
    [one] Datei angehängt: { $name }
   *[other] { $count } Dateien angehängt
}
case-event-attachment-removed = Datei entfernt: { $name }
case-event-attachment-erased = Datei gelöscht: { $reason }
case-event-attachment-limit-changed = Größte erlaubte Datei: { $megabytes } MB
case-event-mailbox-connected = Postfach { $address } am Platz „{ $desk }“ verbunden
case-event-mailbox-disconnected = Postfach { $address } getrennt
case-event-mail-bounced = Mail kam unzustellbar zurück
case-event-mail-auto-reply = Automatische Antwort
case-event-mail-received = Mail vom Kunden
case-event-mail-sent-elsewhere = Mail aus einem anderen Programm gesendet
case-event-mail-reply = Antwort per Mail
case-event-mail-sent-copy-found = Antwort gesendet (die Kopie liegt im Postfach)
case-event-mail-sent = Antwort gesendet
case-event-mail-failed-retrying = Senden der Antwort fehlgeschlagen; neuer Versuch folgt
case-event-mail-failed = Senden der Antwort fehlgeschlagen
case-event-mail-retried = Antwort wird erneut versucht
case-event-mail-refused = Antwort vom Mail-Arbeitsplatz abgelehnt: nicht gesendet
desk-skip = Zum Inhalt springen
desk-nav-label = Hauptmenü
desk-nav-queue = Fälle
desk-nav-new = Neu
desk-nav-new-more = {" "}anlegen
desk-nav-search = Suchen
desk-nav-promises = Zusagen
desk-nav-outreach = Nachfassen
desk-handed = Übergeben
desk-handed-more = {" "}an dich
desk-overdue = { $count } überfällig
desk-title-overdue = Casebook — { $count } überfällig
desk-notifications-off = {" "}Benachrichtigungen aus
desk-who-label = Am Platz: { $name }. Person wechseln
desk-who-nobody-label = Niemand am Platz. Wähle, wer du bist
desk-at-the-desk = Am Platz
desk-pick-who = Wer bist du?
desk-opening = Casebook wird geöffnet…
desk-menu-shop = Geschäft
desk-menu-reports = Berichte
desk-menu-register = Beschwerden und Eskalationen
desk-menu-duplicates = Mögliche Doppelte
desk-menu-staff = Team
desk-menu-settings = Zeiten und Einstellungen
desk-menu-sync = Plätze und Abgleich
desk-menu-mailbox = Postfach
desk-menu-data = Sicherungen und Daten

## The queue
queue-title = Fälle
queue-count = { $count ->
    [one] { $count } offener Fall
   *[other] { $count } offene Fälle
}: Überfälliges zuerst, dann nach Frist. Zeiten zählen nur Öffnungsstunden.
queue-new = Neu anlegen
queue-loading = Fälle werden geladen…
queue-empty = Keine offenen Fälle. Niemand wartet.
queue-empty-press = Drücke
queue-empty-log = für einen Besuch, einen Anruf oder eine Nachricht.
queue-list-label = Offene Fälle
queue-unassigned = Niemand zuständig
queue-more = { $shown } von { $total } angezeigt; scrollen für mehr.
queue-countdown-waiting = wartet auf Kunden
queue-countdown-none = keine Frist aktiv
queue-countdown-overdue-by = { $duration } überfällig
queue-countdown-overdue = überfällig
queue-countdown-due-in = fällig in { $duration }
case-target-first-response = Erste Antwort
case-target-next-response = Antwort
case-target-resolution = Lösung
case-target-promise = Zusage
case-promise-resolved-by = Wir möchten das bis { $when } gelöst haben.
case-promise-back-by = Wir melden uns bis { $when }.

## The case page
case-opened-at = eröffnet { $when }
case-escalated-to = Eskaliert an { $name }
case-root-cause = Ursache
case-score-label = Bewertung des Kunden:
case-score-of-five = { $score } von 5
case-waited-past = { $name } wartet schon länger als zugesagt ({ $time }). Jetzt antworten.
case-tell = Sag { $name }:
case-countdown = { $target } { $countdown }, um { $time }
case-countdown-overdue = { $target } { $countdown }
case-counted-opening-hours = in Öffnungszeit gezählt
case-waiting-for = wartet seit { $duration }
case-paused = Warten auf { $name }: die Uhr steht, bis eine Antwort kommt.
case-back-to-queue = Zurück zu den Fällen
case-opening = Fall wird geöffnet…
case-status = Status
case-priority = Priorität
case-owner = Zuständig
case-hand-off = Übergeben…
case-record-promise = Zusage notieren…
case-flag-complaint = Beschwerde erfassen…
case-escalate = Eskalieren…
case-update-score = Bewertung ändern…
case-give-score = Bewertung des Kunden…
case-history-which = Welcher Verlauf angezeigt wird
case-history = Verlauf
case-history-customer = Alles mit { $name }
case-history-case = Nur dieser Fall
case-history-customer-label = Alles mit { $name }, neueste zuerst
case-history-case-label = Dieser Fall, neueste zuerst
case-other-open = Weitere offene Fälle
case-unpinned = Nicht mehr angeheftet.
case-pinned = Angeheftet: erscheint jetzt bei jedem Fall dieses Kunden.
case-case-prefix = Fall:{" "}
case-owner-is = zuständig: { $name }
case-because = Weil: { $reason }.
case-empty-value = (leer)
case-handed-to = { $from } hat den Fall an { $to } übergeben.
case-hide-brief = Übergabe ausblenden
case-show-brief = Übergabe anzeigen
case-promise-due = Fällig { $when } · { $name } hält sie ein
case-made-right-by = Wiedergutgemacht durch:
case-what-we-changed = Was wir geändert haben:
case-what-changed = Was sich geändert hat:
case-customer-told = Der Kunde wurde informiert.
case-customer-not-told = Der Kunde wurde noch nicht informiert.
case-files-shown-on-entry = beim zugehörigen Eintrag zu sehen
case-unpin-label = Diese wichtige Info nicht mehr anheften
case-pin-label = Als wichtige Info zum Kunden anheften
case-pinned-mark = ★ Angeheftet
case-pin-mark = ☆ Anheften
case-flag-as-complaint = Als Beschwerde erfassen
case-placeholder-customer-message = Was { $name } gesagt hat, in eigenen Worten
case-placeholder-reply = Was wir { $name } gesagt haben
case-placeholder-note = Nur für Kollegen: was du gefunden, was du versucht hast
case-placeholder-call = Was am Telefon gesagt wurde
case-placeholder-visit = Was im Laden passiert ist
case-mail-no-files = Dateien gehen von hier noch nicht per Mail raus. Sende die Antwort ohne sie und hänge sie dann an eine interne Notiz (der Kunde kann erfahren, dass sie vorliegen).
case-mail-reply-added = Antwort hinzugefügt: sie geht per Mail von der Adresse des Geschäfts raus.
case-entry-added = { $kind ->
    [customer_message] Kundenaussage
    [reply] Antwort
    [note] Interne Notiz
    [call] Anruf
   *[visit] Besuch
} hinzugefügt{ $files ->
    [0] .
    [one] {" "}mit 1 Datei.
   *[other] {" "}mit { $files } Dateien.
}
case-composer-label = Zu diesem Fall hinzufügen
case-composer-kinds = Was fügst du hinzu?
case-call-direction = Anrufrichtung
case-note-hint = Interne Notizen sieht der Kunde nie.
case-by-mail-hint = Geht per Mail raus, als Antwort auf die Mail des Kunden.
case-send-by-mail = Antwort mailen
case-add-entry = { $kind ->
    [customer_message] Kundenaussage
    [reply] Antwort
    [note] Interne Notiz
    [call] Anruf
   *[visit] Besuch
} hinzufügen{ $files ->
    [0] {""}
    [one] {" "}mit 1 Datei
   *[other] {" "}mit { $files } Dateien
}
case-history-loading = Verlauf wird geladen…
case-history-empty = Hier ist noch nichts.
case-history-older = Ältere Einträge werden beim Scrollen geladen…
case-history-end = Das ist der ganze Verlauf.

## Reports
reports-fairness-label = Fairness
reports-fairness-description = Ob manche Kundengruppen länger auf eine Antwort oder eine Lösung warten als andere.
reports-attainment-label = Fristen eingehalten
reports-attainment-description = Wie viele Fälle rechtzeitig eine erste Antwort und eine Lösung bekamen, im Zeitverlauf.
reports-promises-label = Zusagen eingehalten
reports-promises-description = Zusagen an Kunden, die eingehalten, gebrochen oder nach Frist noch offen sind.
reports-escalations-label = Eskalationen
reports-escalations-description = Warum Fälle eskaliert wurden und was sich danach geändert hat.
reports-complaints-label = Beschwerden
reports-complaints-description = Eröffnete und abgeschlossene Beschwerden, und ob der Kunde erfahren hat, was wir geändert haben.
reports-satisfaction-label = Zufriedenheit
reports-satisfaction-description = Die Bewertungen der Kunden, von 1 bis 5, im Zeitverlauf.
reports-series-first-response-median = Erste Antwort (Median)
reports-series-resolution-median = Lösung (Median)
reports-series-first-response-met = Erste Antwort in der Frist
reports-series-resolution-met = Lösung in der Frist
reports-series-kept = Eingehalten
reports-series-broken = Gebrochen
reports-series-open-overdue = Offen und überfällig
reports-series-open = Noch offen
reports-series-closed = Abgeschlossen
reports-series-opened = Eröffnet
reports-series-average = Durchschnittliche Bewertung (1 bis 5)
reports-week-of = Woche ab { $day }
reports-chart-head = { $type ->
    [line] Liniendiagramm
   *[bar] Balkendiagramm
} für { $what }
reports-chart-empty = { $head }: keine Daten in diesem Zeitraum.
reports-chart-series-value = { $series } { $value }
reports-chart-row = { $label }: { $values }
reports-chart-rows = { $head }. { $rows }.
reports-chart-series-none = { $series }: keine Daten
reports-chart-series-range = { $series }: höchster Wert { $high } ({ $highAt }), niedrigster { $low } ({ $lowAt })
reports-chart-summary = { $head }, { $count } Zeiträume von { $first } bis { $last }. { $parts }.
reports-last-days = Letzte { $days } Tage
reports-this-year = Dieses Jahr
reports-range = { $from } bis { $to }, { $period ->
    [week] pro Woche
    [month] pro Monat
   *[day] pro Tag
}
reports-range-day = { $day }, { $period ->
    [week] pro Woche
    [month] pro Monat
   *[day] pro Tag
}
reports-nothing-to-chart = Für diese Tage gibt es nichts darzustellen.
reports-title = Berichte
reports-intro = Die Daten sind Tage des Geschäfts, beide einschließlich. Jede Tabelle lässt sich als CSV für eine Tabellenkalkulation speichern.
reports-picker-label = Bericht
reports-from = Von
reports-to = Bis
reports-quick-ranges = Schnellauswahl
reports-refreshing = Wird aktualisiert…
reports-refresh = Aktualisieren
reports-findings-label = Was die Zahlen sagen
reports-look-into = Bitte prüfen:{" "}
reports-running = Bericht wird erstellt…
reports-saved-csv = { $title } gespeichert unter { $path }
reports-nothing-for-dates = Nichts für diese Tage.
reports-saving = Wird gespeichert…
reports-save-csv = Als CSV speichern
desk-demo-loaded = Der Demo-Fahrradladen ist geladen. Wähle, wer du bist, und sieh dich um.
desk-joined-arriving = Verbunden. Der Verlauf kommt gleich…
desk-welcome = Willkommen, { $name }. Füge deine Kollegen unter { desk-menu-shop } › { desk-menu-staff } hinzu.
desk-first-title = Willkommen bei Casebook
desk-first-language-computer = Wie dieser Computer
desk-first-lead = Ein Verlauf pro Kunde, damit niemand seine Geschichte zweimal erzählen muss. Dieser Platz hat noch kein Geschäft.
desk-joined-title = Dieser Platz gehört jetzt zu
desk-joined-hint = Der Platz öffnet, sobald die Teamliste da ist; der Rest kommt, während du arbeitest.
desk-demo-title = Einen Demo-Laden ansehen
desk-demo-text = Eine kleine Fahrradwerkstatt mit vier Leuten im Team, vierzig Kunden und ein paar Monaten Fällen. Dein eigenes Geschäft beginnst du später in einer neuen Datendatei.
desk-demo-load = Demo-Laden laden
desk-start-title = Eigenes Geschäft starten
desk-start-name = Dein Name
desk-start-name-placeholder = z. B. Ana Costa
desk-start-hint = Du wirst Inhaber. Kollegen fügst du danach unter { desk-menu-shop } › { desk-menu-staff } hinzu.
desk-start = Starten
desk-join-title = Den anderen Plätzen meines Geschäfts beitreten
desk-join-text = Dein Geschäft nutzt Casebook schon auf einem anderen PC: füge den dort erstellten Beitrittscode ein, und dieser Platz bekommt den ganzen Verlauf des Geschäfts.
common-close = Schließen
desk-shortcut-new = Neuen Besuch, Anruf oder neue Nachricht erfassen
desk-shortcut-queue = Zu den Fällen
desk-shortcut-data = Sicherungen, Export und Import
desk-shortcut-register = Übersicht der Beschwerden und Eskalationen
desk-shortcut-outreach = Nachfassen: Kunden, von denen wir nichts gehört haben
desk-shortcut-reports = Berichte: Fairness, Fristen, Zusagen, Beschwerden, Bewertungen
desk-shortcut-search = Kunden, Fälle und jedes Gespräch durchsuchen
desk-shortcut-switch = Wechseln, wer am Platz ist
desk-shortcut-move = Durch die Fälle gehen; Enter öffnet
desk-shortcut-case-entries = In einem Fall: Antwort, Kunde sagte, interne Notiz, Anruf erfassen
desk-shortcut-case-handoff = In einem Fall: mit Übergabe abgeben, Zusage notieren
desk-shortcut-case-escalate = In einem Fall: eskalieren, Bewertung des Kunden notieren
desk-shortcut-save = Speichern, was du tippst
desk-shortcut-escape = Fenster schließen; sonst Meldungen ausblenden
desk-shortcut-help = Diese Tastenkürzel zeigen
desk-picker-title = Wer ist am Platz?
desk-picker-hint = Alles, was du erfasst, steht unter deinem Namen. Drücke eine Zahl zum Auswählen.
desk-picker-missing = Fehlt jemand?
desk-picker-add = Unter { desk-menu-shop } › { desk-menu-staff } hinzufügen
desk-staff-added = { $name } zum Team hinzugefügt.
desk-staff-reactivated = { $name } ist wieder aktiv.
desk-staff-deactivated = { $name } kann nicht mehr ausgewählt werden oder Fälle übernehmen.
desk-staff-title = Team
desk-staff-name = Name
desk-staff-role = Rolle
desk-staff-status = Status
desk-staff-actions = Aktionen
desk-staff-at-desk = am Platz
desk-staff-active = Aktiv
desk-staff-inactive = Inaktiv
desk-staff-deactivate = Deaktivieren
desk-staff-reactivate = Reaktivieren
desk-staff-add-title = Person zum Team hinzufügen
desk-staff-add = Hinzufügen
desk-shortcuts-title = Tastenkürzel
desk-notice-dismiss = Meldung schließen
desk-notice-dismiss-title = Schließen (Esc)
desk-inbox-title = An dich übergeben
desk-inbox-empty = Nichts wartet. Fälle, die Kollegen dir übergeben, stehen hier, bis du sie öffnest.
desk-inbox-from = von { $name }
desk-startup-already-open = Casebook ist schon geöffnet
desk-startup-newer = Dieses Geschäft wurde von einem neueren Casebook gespeichert
desk-startup-failed = Casebook konnte seine Datenbank nicht öffnen
desk-startup-hint = Es wurde nichts geändert. Casebook speichert seine Daten im Benutzerdatenordner; für eine andere Datei starte es mit einem davon:

## Tell it once: expectations, promises, key facts, complaints, handoffs
tell-closed-holiday = { $day } ist { $holiday }, da ist das Geschäft geschlossen.
tell-closed = Das Geschäft ist { $which ->
    [today] heute
    [tomorrow] morgen
   *[other] am { $day }
} um { $time } geschlossen.
tell-promise-kept-at = eingehalten { $when }
tell-promise-kept = eingehalten
tell-promise-broken-at = nicht eingehalten { $when }
tell-promise-broken = nicht eingehalten
tell-promise-overdue = überfällig: nach der Zeit noch offen
tell-promise-open = noch offen
tell-brief-then = Das ist der Stand von damals; der Verlauf unten zeigt, was seitdem passiert ist.
tell-brief-now = jetzt: { $words }
tell-expectations-saved = Erwartungen gespeichert.
tell-promise-kept-notice = Zusage eingehalten.
tell-promise-broken-notice = Zusage als nicht eingehalten abgeschlossen, mit unserer Wiedergutmachung.
tell-expect-title = Was sie erwarten
tell-edit = Bearbeiten
tell-ask-them = Nachfragen
tell-q-always = Was müssen wir tun, damit Sie Kunde bleiben?
tell-q-never = Was dürfen wir nie tun?
tell-q-recovery = Wenn uns einmal ein Fehler passiert, was erwarten Sie dann von uns?
tell-preferred-channel = Bevorzugter Weg
tell-no-preference = Keine Vorliebe
tell-best-time = Beste Zeit für einen Kontakt
tell-best-time-placeholder = z. B. werktags nach 17:00
tell-turnaround = Erwartete Bearbeitungszeit
tell-turnaround-placeholder = z. B. am selben Tag
tell-notes = Notizen
tell-not-asked = Noch nicht gefragt. Frag, was sie als Kunden hält, was wir nie tun dürfen und wie wir einen Fehler wiedergutmachen.
tell-never = Nie
tell-always = Immer
tell-if-wrong = Wenn etwas schiefgeht
tell-prefers = Bevorzugt
tell-reach-them = Erreichbar
tell-expects = Erwartet
tell-open-promises = Offene Zusagen
tell-promise-due = fällig { $when }
tell-overdue-mark = ÜBERFÄLLIG
tell-no-owner = niemand zuständig
tell-make-right = Was haben wir zur Wiedergutmachung getan?
tell-close-broken = Als nicht eingehalten abschließen
tell-kept = Eingehalten
tell-broken = Nicht eingehalten…
tell-key-facts = Wichtige Infos
tell-unpin-label = Nicht mehr anheften: { $text }
tell-unpin = Lösen
tell-complaints = Erfasste Beschwerden
tell-complaint-open = offen
tell-complaint-closed = abgeschlossen
tell-handoff-pick = Wähle, wer den Fall übernimmt.
tell-handoff-done = An { $name } übergeben, mit der Übergabe.
tell-handoff-title = „{ $subject }“ übergeben
tell-handoff-who = Wer übernimmt?
tell-handoff-nobody = Sonst ist niemand im Team. Füge zuerst unter { desk-menu-shop } › { desk-menu-staff } eine Kollegin oder einen Kollegen hinzu.
tell-handoff-drafting = Übergabe wird aus dem Verlauf erstellt…
tell-handoff-next = Was soll { $name } als Nächstes tun?
tell-handoff-next-anyone = Was ist als Nächstes zu tun?
tell-handoff-note-placeholder = In eigenen Worten: der nächste Schritt und alles, was nicht im Verlauf steht
tell-handoff-brief-hint = Die Übergabe unten ist aus dem Verlauf erstellt. Ändere, was nicht stimmt; jede Zeile ist ein Punkt.
tell-handoff-submit = An { $name } übergeben
tell-complaint-closed-notice = Beschwerde abgeschlossen: { $name }.
tell-escalation-closed-notice = Eskalation abgeschlossen: { $subject }.
tell-close-complaint = Beschwerde abschließen
tell-close-escalation = Eskalation abschließen
tell-escalated-to-word = an
tell-close-q-complaint = Was haben wir geändert, damit es nicht wieder passiert?
tell-close-q-escalation = Was hat sich geändert, damit es nicht wieder passiert?
tell-close-placeholder = z. B. Wir schicken dem Kunden jetzt am Vortag der Abholung eine SMS
tell-close-lead-only = Nur die Schichtleitung oder die Inhaberin bzw. der Inhaber kann eine Eskalation abschließen.
tell-close-told = Wir haben dem Kunden gesagt, was wir geändert haben
tell-complaint-recorded = Beschwerde erfasst. Sie erscheint bei jedem Fall dieses Kunden und in jeder Übergabe.
tell-complaint-title = Beschwerde erfassen
tell-complaint-q = Worum geht es bei der Beschwerde, in einem Satz?
tell-complaint-placeholder = z. B. Rad am zugesagten Tag nicht fertig
tell-complaint-hint = Eine Beschwerde ist ein Geschenk: sie zeigt, was zu verbessern ist. Sie bleibt erfasst, bis jemand sie mit der Änderung abschließt.
tell-complaint-submit = Erfassen
tell-promise-pick-day = Wähle den Tag, an dem sie fällig ist.
tell-promise-type-time = Gib die Uhrzeit ein, zum Beispiel 14:30.
tell-promise-not-time = „{ $typed }“ ist keine Uhrzeit. Gib Stunden und Minuten ein, zum Beispiel 14:30.
tell-promise-recorded = Zusage notiert: { $text }, fällig { $when }.
tell-promise-title = Zusage an { $name } notieren
tell-promise-what = Was haben wir zugesagt?
tell-promise-what-placeholder = z. B. Mit dem Angebot zurückrufen
tell-promise-date = Fällig am
tell-promise-time = Uhrzeit
tell-promise-tomorrow = Morgen { $time }
tell-promise-owner = Wer hält sie ein?
tell-promise-opens-again = Es öffnet wieder { $when }.
tell-promise-use-next-open = Stattdessen { $when } fällig machen
tell-promise-due-hint = Fällig { $when } ({ $zone }). Die zuständige Person wird vorher erinnert.
tell-promise-save = Zusage notieren
tell-rate-pick-days = Wähle beide Tage: den ersten und den letzten Tag, der zählt.
tell-kept-notice = Eingehalten: { $text }
tell-broken-notice = Als nicht eingehalten abgeschlossen: { $text }
tell-promises-title = Zusagen
tell-rate-title = Einhaltungsquote
tell-rate-period = Zusagen fällig in
tell-rate-last-days = den letzten { $days } Tagen
tell-rate-custom = diesen Tagen…
tell-rate-none = Noch keine in diesem Zeitraum fällige Zusage wurde abgeschlossen.
tell-rate-kept = { $rate } eingehalten
tell-rate-detail = { $kept } eingehalten, { $broken } nicht eingehalten{ $overdue ->
    [0] {""}
   *[other] , { $overdue } nach Frist noch offen
}
tell-promises-loading = Zusagen werden geladen…
tell-promises-empty = Keine offenen Zusagen.
tell-promises-empty-hint = Wenn du einem Kunden sagst „Ich rufe bis Freitag zurück“, notiere es am Fall, damit es niemand vergisst:
tell-no-owner-cap = Niemand zuständig
tell-made-right-label = Was wir zur Wiedergutmachung getan haben
tell-show-more = Mehr anzeigen

## New interaction, customers and look-up
case-new-pick-first = Wähle zuerst, wer es ist: Name, Telefon oder E-Mail eingeben und auswählen, oder „+ Neuer Kunde“ wählen.
case-new-write-said = Schreib auf, was der Kunde gesagt hat: die Dateien gehören dazu.
case-new-logged = Fall für { $name } erfasst{ $files ->
    [0] .
    [one] {" "}mit 1 Datei.
   *[other] {" "}mit { $files } Dateien.
}
case-new-title = Besuch, Anruf oder Nachricht erfassen
case-new-who = 1. Wer ist es?
case-new-what = 2. Worum geht es?
case-new-how = Wie haben sie uns erreicht?
case-new-subject = Betreff
case-new-subject-hint = ein paar Worte, die jeder erkennt, z. B. „Quietschende Bremse am blauen Tourenrad“
case-new-said = Was haben sie gesagt?
case-new-said-hint = in ihren Worten, damit niemand nochmal fragen muss
case-new-submit = Erfassen
case-customer-opening = Kunde wird geöffnet…
case-customer-new-case = Neuer Fall für { $name }
case-customer-cases = Fälle
case-customer-no-cases = Noch keine Fälle.
case-customer-record-score = Bewertung notieren…
case-profile-saved = Profil gespeichert.
case-profile-label = Kundenprofil
case-profile-phone = Telefon
case-profile-email = E-Mail
case-profile-segment = Kundengruppe
case-profile-open-of = { $open } offen von { $total }
case-profile-last-contact = Letzter Kontakt
case-profile-never = nie
case-profile-open-page = Kundenseite öffnen
case-profile-edit = Profil bearbeiten
case-profile-phones = Telefonnummern
case-profile-emails = E-Mail-Adressen
case-profile-one-per-line = eine pro Zeile
case-profile-organisation = Firma
case-optional = optional
case-lookup-label = Name, Telefon oder E-Mail
case-lookup-hint = einfach tippen; ↑ ↓ zum Auswählen, Enter zum Übernehmen
case-lookup-matches = Passende Kunden
case-lookup-open-cases = { $count ->
    [one] { $count } offener Fall
   *[other] { $count } offene Fälle
}
case-lookup-matched-on = gefunden über { $on ->
    [phone] Telefon
    [email] E-Mail
   *[other] { $on }
}
case-lookup-new = + Neuer Kunde:
case-lookup-none = Noch kein Kunde?
case-lookup-create = Neuen Kunden anlegen
case-new-already = Schon Kunde?
case-new-belongs-to = { $on ->
    [email] Diese E-Mail-Adresse
   *[phone] Diese Telefonnummer
} gehört zu:
case-new-use = { $name } übernehmen
case-new-different = Nein, das ist jemand anderes: neuen Kunden anlegen
case-new-ask-hint = (ein neuer Kunde: drei Fragen, die sich jetzt lohnen)
case-new-back-to-search = Zurück zur Suche
case-picked-no-contact = Kein Telefon und keine E-Mail hinterlegt
case-picked-last-contact = letzter Kontakt { $when }
case-picked-change = Ändern
case-picked-has-open = { $name } hat schon { $count ->
    [one] { $count } offenen Fall
   *[other] { $count } offene Fälle
}.
case-picked-about-one = Geht es um einen davon?
case-picked-add-instead = Stattdessen zu diesem Fall

## Search
search-bad-from = Der Tag bei „Von“ ist kein vollständiges Datum. Wähle ihn neu oder leere das Feld.
search-bad-to = Der Tag bei „Bis“ ist kein vollständiges Datum. Wähle ihn neu oder leere das Feld.
search-title = Alles durchsuchen
search-label = Kunden, Fälle und jedes Gespräch durchsuchen
search-placeholder = Namen, Telefonnummern, Fälle und jedes Gespräch durchsuchen
search-hide-filters = Filter ausblenden
search-filters = Filter
search-keys = ↑ ↓ zum Auswählen, Enter zum Öffnen, Esc zum Schließen
search-any = Alle
search-staff = Person
search-anyone = Alle
search-hint = Gib einen Teil eines Namens, eine Telefonnummer in beliebiger Form, eine E-Mail oder Wörter aus einem Gespräch ein.
search-nothing = Nichts gefunden. Versuch es mit weniger oder kürzeren Wörtern.
search-results = Ergebnisse
search-customers = Kunden
search-conversations = Gespräche
search-newest-first = neueste zuerst

## Learn: escalations, scores, outreach, root causes
learn-escalated-notice = An { $name } eskaliert (Ursache: { $cause }).
learn-already-escalated = Schon eskaliert
learn-already-escalated-to = Dieser Fall ist schon an { $name } eskaliert
learn-escalated-once = Ein Fall wird jeweils nur einmal eskaliert. Trag ein, was seitdem passiert ist, oder verfolge die Eskalation in der Übersicht; ist sie abgeschlossen, kann der Fall erneut eskaliert werden.
learn-open-register = Beschwerden und Eskalationen öffnen
learn-escalate-title = Diesen Fall eskalieren
learn-root-cause-q = Ursache: wie kam es dazu?
learn-escalate-to = Eskalieren an
learn-what-happened = Was ist passiert?
learn-escalate-placeholder = z. B. Das Teil kam zum dritten Mal zu spät; der Kunde will woanders hin.
learn-escalate-hint = Such die Ursache, nicht den Schuldigen. Wer die Eskalation abschließt, notiert, was sich geändert hat, damit es nicht wieder passiert.
learn-escalate = Eskalieren
learn-score-pick = Wähle die Bewertung: 1 (sehr unzufrieden) bis 5 (sehr zufrieden), oder drücke 1 bis 5.
learn-score-recorded = Bewertung notiert: { $score } von 5.
learn-score-title-resolved = Fall gelöst: wie haben wir es gemacht?
learn-score-title = Wie haben wir es gemacht?
learn-score-ask = Frag { $name }: „Wie zufrieden sind Sie auf einer Skala von 1 bis 5 damit, wie wir das erledigt haben?“
learn-score-theirs = Ihre Bewertung
learn-score-comment = Was haben sie gesagt? (optional)
learn-score-save = Bewertung notieren
learn-not-now = Nicht jetzt
learn-causes-saved = Ursachen gespeichert: { $causes }.
learn-causes-title = Ursachen für Eskalationen
learn-causes-hint = Jede Eskalation nennt eine davon. Eine pro Zeile; frühere Eskalationen behalten ihre Ursache.
learn-causes-label = Ursachen
learn-causes-save = Ursachen speichern
outreach-call-choose = Wähle, wie der Anruf lief.
outreach-call-logged = Anruf erfasst: { $name }, { $outcome ->
    [reached] erreicht
    [left_message] Nachricht hinterlassen
    [no_answer] niemand erreicht
   *[wrong_number] falsche Nummer
}.
outreach-call-title = Anruf bei { $name } erfassen
outreach-no-phone = Keine Telefonnummer hinterlegt.
outreach-how = Wie lief es?
outreach-choose = Auswählen…
outreach-what-said = Was gesagt wurde
outreach-note-placeholder = z. B. Zufrieden mit dem Service; kommt zur Frühjahrsinspektion vorbei
outreach-note-hint = Wenn du sie erreicht hast, schreib eine Zeile dazu, damit die nächste Person Bescheid weiß. Sonst ist eine Notiz optional.
outreach-log-call = Anruf erfassen
outreach-days = { $days ->
    [one] { $shown } Tag
   *[other] { $shown } Tagen
}
outreach-shown-of = { $shown } von { $total } angezeigt
outreach-days-invalid = Gib die Anzahl der Tage als ganze Zahl an, 1 oder mehr.
outreach-count-invalid = Gib an, wie viele Kunden angerufen werden sollen: eine ganze Zahl, 1 oder mehr.
outreach-seed-invalid = Gib den Startwert als ganze Zahl an, zum Beispiel das heutige Datum als JJJJMMTT.
outreach-tried-outcome = Versucht { $when }: { $outcome ->
    [reached] erreicht
    [left_message] Nachricht hinterlassen
    [no_answer] niemand erreicht
   *[wrong_number] falsche Nummer
}
outreach-tried = Versucht { $when }
outreach-intro = Kunden, von denen wir nichts gehört haben. Ruf jede Woche ein paar an: so merkst du es, bevor sie gehen.
outreach-days-label = Ohne Kontakt seit (Tagen)
outreach-pick-title = Zufällig auswählen
outreach-how-many = Wie viele
outreach-seed = Startwert
outreach-pick = Auswählen
outreach-seed-hint = Gleicher Startwert, gleiche Kunden: das heutige Datum ist der Startwert, also bekommen heute alle am Platz dieselbe Liste. Kunden, die im Zeitraum angerufen wurden, fallen weg.
outreach-call-list = Anrufliste
outreach-back-to-everyone = Zurück zu allen
outreach-nobody = Niemand anzurufen.
outreach-nobody-hint = Alle wurden in den letzten { $days } kontaktiert oder versucht.
outreach-log-call-button = Anruf erfassen…
outreach-not-heard = Nichts gehört
outreach-loading = Kunden werden geladen…
outreach-everyone = Alle waren in Kontakt.
outreach-everyone-hint = Kein Kunde war { $days } ohne Kontakt.
outreach-last-contact = Letzter Kontakt { $when }
outreach-since-contact = seit Kontakt
outreach-no-phone-short = Kein Telefon

## Complaints and escalations register
register-toggle-label = Offene oder abgeschlossene { $what ->
    [complaints] Beschwerden
   *[escalations] Eskalationen
} zeigen
register-open-count = Offen ({ $count })
register-closed-count = Abgeschlossen ({ $count })
register-title = Beschwerden und Eskalationen
register-intro = Offene zuerst, die ältesten oben. Beim Abschließen wird gefragt, was sich geändert hat, damit es nicht wieder passiert.
register-loading-complaints = Beschwerden werden geladen…
register-no-open-complaints = Keine offenen Beschwerden.
register-no-open-complaints-hint = Erfasse eine am Fall, wenn ein Kunde sagt, dass etwas schiefgelaufen ist.
register-no-closed-complaints = Noch keine abgeschlossenen Beschwerden.
register-opened = Eröffnet { $when }
register-open-for = seit { $duration } offen
register-close = Abschließen…
register-loading-escalations = Eskalationen werden geladen…
register-no-open-escalations = Keine offenen Eskalationen.
register-no-open-escalations-hint = Eskaliere einen Fall, wenn die Schichtleitung oder die Inhaberin bzw. der Inhaber gebraucht wird:
register-no-closed-escalations = Noch keine abgeschlossenen Eskalationen.
register-closed-word = abgeschlossen
register-customer-told-yes = Kunde informiert: ja
register-customer-told-no = Kunde informiert: nein

## Attachments
attach-type-pdf = PDF
attach-type-jpeg = JPEG-Foto
attach-type-png = PNG-Bild
attach-type-gif = GIF-Bild
attach-type-webp = WebP-Bild
attach-type-heic = HEIC-Foto
attach-type-tiff = TIFF-Bild
attach-type-bmp = BMP-Bild
attach-type-svg = SVG-Zeichnung
attach-type-text = Text
attach-type-csv = Tabelle (CSV)
attach-type-html = Webseite (HTML)
attach-type-zip = ZIP-Archiv
attach-type-word = Word-Dokument
attach-type-excel = Excel-Arbeitsmappe
attach-type-odt = OpenDocument-Text
attach-type-ods = OpenDocument-Tabelle
attach-type-file = Datei
attach-unreadable = Die Datei konnte nicht gelesen werden.
attach-pasted-image = Eingefügtes Bild
attach-too-big = „{ $name }“ hat { $size } MB; das Geschäft nimmt Dateien bis { $limit } MB an. Mach sie kleiner (ein Foto in geringerer Auflösung, ein PDF in Graustufen gescannt) oder bitte die Inhaberin bzw. den Inhaber, die Grenze zu erhöhen.
attach-chip = { $name }, { $size }, { $state ->
    [failed] nicht angehängt
    [ready] bereit
   *[reading] wird gelesen
}
attach-opening-outside = „{ $name }“ wird mit dem Programm dieses Computers geöffnet…
attach-files = Dateien anhängen…
attach-files-label = Dateien anhängen: Fotos, PDFs oder Dokumente
attach-drop-hint = oder hierher ziehen oder einen Screenshot einfügen
attach-to-attach = Anzuhängende Dateien
attach-reading = { $name } wird gelesen
attach-remove-named = { $name } entfernen
attach-limit-range = Wähle eine Grenze von 1 bis 500 MB.
attach-limit-saved = Dateien bis { $mb } MB werden jetzt angenommen.
attach-title = Anhänge
attach-limit-hint = Fotos, Belege und Dokumente im Verlauf werden neben der Datenbank gespeichert, an die anderen Plätze kopiert und in Sicherungen und Exporte aufgenommen. Eine höhere Grenze bedeutet größere Sicherungen.
attach-limit-lead-only = Nur die Schichtleitung oder die Inhaberin bzw. der Inhaber kann die Grenze ändern.
attach-limit-label = Größte erlaubte Datei
attach-limit-save = Grenze speichern
attach-more-for = Mehr zu { $name }
attach-photos = Fotos
attach-other-files = Weitere Dateien
attach-files-plain = Dateien
attach-erased-on = Gelöscht am { $when }:
attach-missing-title = Der Inhalt ist noch nicht auf diesem Computer: er kann noch von einem anderen Platz unterwegs sein oder wurde hier aus dem Anhangordner entfernt.
attach-missing = Noch nicht an diesem Platz
attach-opens-outside = Öffnet mit dem Programm dieses Computers
attach-opens-outside-warning = Öffnet nach einer Warnung mit dem Programm dieses Computers
attach-menu-label = { $name }: was tun
attach-open-outside = Mit dem Programm dieses Computers öffnen
attach-open = Öffnen
attach-remove-menu = Aus der Verlaufsansicht entfernen…
attach-erase-menu = Datei löschen…
attach-none = Noch keine Dateien. Hänge ein Foto, einen Beleg oder ein Angebot an alles, was du an einem Fall erfasst.
attach-open-photo = Foto { $name } öffnen
attach-on-case = Bei
attach-show-fewer = Weniger anzeigen
attach-show-all = Alle { $count } Dateien anzeigen
attach-erase-why-needed = Sag, warum die Datei gelöscht wird: der Verlauf behält den Grund.
attach-erase-title = Diese Datei löschen?
attach-erase-intro = Aus Datenschutzgründen den Inhalt löschen von
attach-erase-final = Das lässt sich nicht rückgängig machen.
attach-erase-explain = Die Datei wird an diesem Platz gelöscht und auf dem Server und den anderen Plätzen, sobald sie abgleichen. Jeder andere Anhang mit demselben Inhalt wird mitgelöscht. Der Eintrag zeigt weiter, dass hier eine Datei war, wann, von wem und warum sie gelöscht wurde.
attach-erase-why = Warum wird sie gelöscht?
attach-erase-kept = bleibt im Verlauf
attach-erase-placeholder = z. B. Der Kunde bat, das Foto seines Ausweises zu löschen
attach-erase-confirm = Endgültig löschen
attach-remove-title = Diese Datei aus der Verlaufsansicht entfernen?
attach-remove-explain = erscheint dann nicht mehr am Fall oder bei den Dateien des Kunden, an diesem und den anderen Plätzen. Der Verlauf hält fest, wer es wann entfernt hat; die Datei selbst bleibt erhalten.
attach-remove-confirm = Entfernen
attach-risky-title = Diese Datei außerhalb von Casebook öffnen?
attach-risky-warning = Diese Datei könnte auf diesem Computer ein Programm starten. Öffne sie nur, wenn du dem Absender vertraust.
attach-risky-cancel = Nicht öffnen
attach-risky-open = Trotzdem öffnen
attach-pdf-page-failed = Seite { $page } konnte nicht angezeigt werden ({ $reason }).
attach-pdf-password = Dieses PDF ist mit einem Passwort geschützt. Öffne es stattdessen mit dem Programm dieses Computers.
attach-pdf-failed = Dieses PDF kann hier nicht angezeigt werden ({ $reason }). Öffne es stattdessen mit dem Programm dieses Computers.
attach-pdf-opening = PDF wird geöffnet…
attach-pdf-page = Seite { $page } von { $pages }
attach-prev-page = Vorherige Seite
attach-next-page = Nächste Seite
attach-previous = Zurück
attach-next = Weiter
attach-photo-failed = Dieses Foto kann hier nicht angezeigt werden. Die Vorschau ist vielleicht noch am Fall; oder öffne es mit dem Programm dieses Computers.
attach-prev-photo = Vorheriges Foto
attach-next-photo = Nächstes Foto
attach-photo-of = Foto { $index } von { $count }
common-loading = Wird geladen…

## Duplicate customers
duplicates-merged-notice = Mit { $name } zusammengeführt. War es ein Fehler, mach es auf der Kundenseite rückgängig.
duplicates-stays = Zuerst angelegt: bleibt beim Zusammenführen
duplicates-added = Angelegt
duplicates-intro = Zwei Einträge, die ein Kunde sein könnten: an zwei Plätzen angelegt, während einer offline war, durch einen Import oder in Eile. Führe sie zusammen oder sag, dass es verschiedene Personen sind.
duplicates-merged-into = Mit { $name } zusammengeführt.
duplicates-open-page = Ihre Seite öffnen
duplicates-looking = Ähnliche Einträge werden gesucht…
duplicates-none = Keine möglichen Doppelten.
duplicates-none-hint = Einträge mit gleicher Telefonnummer, E-Mail oder gleichem Namen erscheinen hier.
duplicates-merge = Zusammenführen…
duplicates-merge-sr = {" "}{ $first } und { $second }
duplicates-not-same = Nicht dieselbe Person
duplicates-merge-title = Diese zwei Einträge zusammenführen?
duplicates-merge-explain = { $first }, angelegt { $added }, bleibt: der Eintrag war zuerst da. Alles von { $second } kommt dazu: Fälle, Zusagen, wichtige Infos, Beschwerden, Bewertungen, Telefonnummern und E-Mails.
duplicates-undo-hint = Du kannst das auf der Kundenseite rückgängig machen.
duplicates-merge-into = Mit { $name } zusammenführen
duplicates-undone-notice = Zusammenführung rückgängig: { $name } ist wieder ein eigener Kunde.
duplicates-merged-records = Zusammengeführte Einträge
duplicates-own-again = { $name } ist wieder ein eigener Kunde.
duplicates-merged-with = Mit dem Eintrag von { $name } zusammengeführt am { $when }
duplicates-merged-with-by = Mit dem Eintrag von { $name } zusammengeführt am { $when } von { $by }
duplicates-undo = Rückgängig
duplicates-undo-sr = {" "}die Zusammenführung mit { $name }
duplicates-undo-title = Zusammenführung rückgängig machen?
duplicates-undo-explain = { $name } wird wieder ein eigener Kunde, mit den Fällen und dem Verlauf, die dazugehörten. { $survivor } behält den Rest.
duplicates-undo-confirm = Zusammenführung rückgängig machen

## The shop's mailbox
mail-state-not-connected = Kein Postfach verbunden: Casebook liest die Mail des Geschäfts noch nicht.
mail-state-other-desk = Die Mail läuft über den Platz „{ $desk }“: er holt neue Mail ab und sendet die Antworten aller Plätze.
mail-state-connecting = Verbindung zu den Mailservern…
mail-state-connected-idle = Verbunden: neue Mail erscheint Sekunden nach dem Eintreffen.
mail-state-connected-poll = Verbunden: Casebook sieht alle paar Minuten nach neuer Mail, und wenn du Jetzt abrufen drückst.
mail-state-offline = Offline: { $reason } Casebook versucht es selbst erneut; Antworten warten so lange im Postausgang.
mail-reply-waiting = Wartet auf Versand
mail-reply-sent = Gesendet
mail-reply-failed = Nicht gesendet: { $error }
mail-reply-refused = Nicht gesendet: der Mailserver hat sie abgelehnt.
mail-reply-retrying = Wartet: der letzte Versuch schlug fehl ({ $error }); es wird automatisch erneut versucht.
mail-reply-typed = Von einer Person in die Antwort eingetippt: { $addresses }
mail-reply-to-label = An
mail-reply-to-placeholder = die Adresse des Kunden
mail-reply-to-hint = Leer lassen, um dem Kunden zu antworten. Eine eingetippte Adresse, die nicht die des Kunden ist, wird bei der Antwort als von Ihnen eingetippt vermerkt.
mail-refusal-not-shop-address = Sie sollte als { $address } versendet werden, und das ist nicht die Adresse des Geschäfts.
mail-refusal-not-customers-case = Der Fall existiert nicht mehr oder gehört nicht diesem Kunden.
mail-refusal-stranger-address = { $address } ist keine Adresse des Kunden, und niemand hat sie in die Antwort eingetippt.
mail-refusal-not-an-address = '{ $address }' ist keine E-Mail-Adresse.
mail-refusal-no-recipient = Die Antwort nennt niemanden, an den sie gehen soll.
mail-no-sender = (kein Absender)
mail-retry-notice = Die Antwort wird erneut versucht.
mail-to = An { $who }
mail-to-lower = an { $who }
mail-from = Von { $who }
mail-server-said = Der Server meldete: { $problem }
mail-hide-quoted = Zitierte Mail ausblenden
mail-show-quoted = Zitierte Mail anzeigen
mail-try-again = Erneut versuchen
mail-checking = Neue Mail wird abgerufen und Wartendes gesendet.
mail-disconnected = Das Postfach des Geschäfts ist getrennt.
mail-opening = Wird geöffnet…
mail-check-now = Jetzt abrufen
mail-handled-by = Abgerufen und gesendet von
mail-the-desk = Platz „{ $desk }“
mail-the-desk-this = Platz „{ $desk }“ (dieser Platz)
mail-servers = Server
mail-last-checked = Zuletzt abgerufen
mail-outbox = Postausgang
mail-counts = { $waiting } wartend · { $failed } fehlgeschlagen
mail-disconnect-q = Abrufen und Senden der Mail des Geschäfts beenden? Die Mail, die schon da ist, bleibt.
mail-disconnect = Trennen
mail-keep = Behalten
mail-disconnect-button = Postfach trennen…
mail-outbox-title = Noch nicht gesendete Antworten
mail-outbox-empty = Nichts wartet: jede Antwort per Mail ist raus.
mail-unfiled-title = Mail ohne zugehörigen Kunden
mail-unfiled-hint = Rückläufer zu nichts, was wir gesendet haben, automatische Antworten von Fremden, Mail ohne Absender. Hierauf wurde nichts beantwortet.
mail-connected-session = Verbunden. { $reason }
mail-connected = Verbunden: dieser Platz ruft jetzt die Mail des Geschäfts ab und sendet sie.
mail-connect-title = Postfach des Geschäfts an diesem Platz verbinden
mail-connect-hint = Mail an die Adresse des Geschäfts wird hier zum Verlauf der Kunden, und Antworten auf einen E-Mail-Fall gehen von dort raus. Nur dieser Platz ruft ab und sendet; die anderen Plätze sehen alles über den Abgleich.
mail-address = Adresse des Geschäfts
mail-password = Passwort
mail-password-hint = (die meisten Anbieter brauchen hier ein App-Passwort)
mail-desk-name = Name dieses Platzes
mail-desk-placeholder = Theke
mail-hide-servers = Servereinstellungen ausblenden
mail-server-settings = Servereinstellungen
mail-username = Anmeldename
mail-imap = Posteingangsserver (IMAP)
mail-port = Port
mail-of-incoming = des Eingangsservers
mail-of-outgoing = des Ausgangsservers
mail-encryption = Verschlüsselung
mail-no-encryption = Keine (nur dieser Computer)
mail-smtp = Postausgangsserver (SMTP)
mail-ca = Zertifizierungsstelle (PEM), falls das Geschäft eigene Zertifikate erstellt hat
mail-test-label = Was funktioniert
mail-works = Funktioniert:
mail-does-not-work = Funktioniert nicht:
mail-test = Testen
mail-connect = Verbinden
mail-of-incoming-mail = der eingehenden Mail
mail-of-outgoing-mail = der ausgehenden Mail

## Several desks: sync
sync-ind-connecting = Verbinde…
sync-ind-in-sync = Abgeglichen
sync-ind-sending = Sende { $count }
sync-ind-receiving = Empfange { $count }…
sync-ind-offline = Offline seit { $since }
sync-ind-offline-waiting = { $since } · { $count } wartend
sync-ind-problem = Abgleichproblem
sync-changes = { $n ->
    [one] 1 Änderung
   *[other] { $count } Änderungen
}
sync-alone = Dieser Platz arbeitet allein: er ist mit keinem Server eines Geschäfts verbunden.
sync-connecting = Verbindung zum Server des Geschäfts…
sync-in-sync = Abgeglichen: dieser Platz hat alles, was der Server hat, und der Server hat alle Arbeit dieses Platzes.
sync-sending = Sende { $changes } an den Server…
sync-receiving = Die Arbeit der anderen Plätze kommt an: bisher { $changes }…
sync-offline = Offline seit { $since }: der Server des Geschäfts ist nicht erreichbar. Die Arbeit geht hier weiter und wird gesendet, sobald er wieder da ist.
sync-offline-waiting = Offline seit { $since }: der Server des Geschäfts ist nicht erreichbar. Die Arbeit geht hier weiter und wird gesendet, sobald er wieder da ist. { $n ->
    [one] { $changes } wartet
   *[other] { $changes } warten
} auf den Versand.
sync-offset = { $duration } { $ahead ->
    [yes] vor
   *[no] hinter
}
sync-clock-warning = Die Uhr dieses PCs geht { $offset } der des Servers. Stell Datum und Uhrzeit in den Systemeinstellungen richtig; die Arbeit geht weiter.
sync-desk-clock = Uhr { $duration } { $ahead ->
    [yes] vor
   *[no] nach
}
sync-never = Nie
sync-just-now = Gerade eben
sync-not-yet = Noch nicht
sync-open-page = Öffne Plätze und Abgleich.
sync-offline-word = Offline
sync-since = {" "}seit { $since }
sync-waiting-word = {" "}wartend
sync-clock-word = Uhr
sync-clock-wrong-more = {" "}falsch
sync-join-paste-first = Füge zuerst den Beitrittscode ein.
sync-join-code = Beitrittscode
sync-join-hint = Erstelle ihn an einem Platz des Geschäfts: Geschäft → Plätze und Abgleich → Platz hinzufügen. Ein Code gilt einmal.
sync-joining = Trete bei…
sync-join = Beitreten
sync-joined-notice = Dieser Platz gehört jetzt zu { $shop }. Der Verlauf des Geschäfts kommt an.
sync-alone-title = Dieser Platz arbeitet allein
sync-alone-text = Beim Verbinden kommt der Verlauf dieses Platzes auf den PostgreSQL-Server deines Geschäfts, und jeder Platz, der beitritt, teilt ihn: was ein Platz erfasst, erscheint in Sekunden auf den anderen. Jeder Platz arbeitet weiter, wenn Server oder Netz ausfallen, und holt auf, sobald sie zurück sind.
sync-join-title = Mit einem Code einem Geschäft beitreten
sync-join-needs-empty = Nur ein neuer, leerer Platz kann einem Geschäft beitreten: wähle auf seinem ersten Bildschirm „Den anderen Plätzen meines Geschäfts beitreten“ und füge den Code ein. Dieser Platz hat schon einen eigenen Verlauf; verbinde ihn oben als ersten Platz des Geschäfts.
sync-join-for-new = Für einen neuen Platz eines schon verbundenen Geschäfts.
sync-now = Jetzt abgleichen
sync-server = Server
sync-database = Datenbank
sync-this-desk = Dieser Platz
sync-last-synced = Zuletzt abgeglichen
data-backup-auto = Automatisch
data-backup-manual = Manuell
data-backup-before-restore = Vor Wiederherstellung
data-field-ignore = Nicht verwendet
data-field-name = Kundenname
data-field-phone = Telefon
data-field-email = E-Mail
data-field-organisation = Firma
data-field-segment = Kundengruppe
data-field-notes = Kundennotizen
data-field-subject = Betreff des Falls
data-field-channel = Kanal
data-field-status = Status
data-field-priority = Priorität
data-field-opened = Eröffnet (Datum)
data-field-message = Erste Nachricht
data-count-row = { $n ->
    [one] { $shown } Zeile
   *[other] { $shown } Zeilen
}
data-count-customer = { $n ->
    [one] { $shown } Kunde
   *[other] { $shown } Kunden
}
data-count-case = { $n ->
    [one] { $shown } Fall
   *[other] { $shown } Fälle
}
data-count-event = { $n ->
    [one] { $shown } Ereignis
   *[other] { $shown } Ereignisse
}
data-count-new-customer = { $n ->
    [one] { $shown } neuer Kunde
   *[other] { $shown } neue Kunden
}
data-count-problem = { $n ->
    [one] { $shown } Problem
   *[other] { $shown } Probleme
}
data-contents = { $customers }, { $cases }, { $events }
data-no-auto-backup = Es gibt noch keine automatische Sicherung. Sichere jetzt, um sicherzugehen.
data-backup-stale = Die letzte automatische Sicherung ist { $age } her. Sichere jetzt und lass Casebook tagsüber laufen, damit es die tägliche Sicherung machen kann.
data-import-added = { $added } hinzugefügt; { $shown } { $there ->
    [one] war
   *[other] waren
} schon da.
data-import-settings = Öffnungszeiten und Antwortzeiten wurden aus dem Export übernommen.
data-sep-commas = Kommas
data-sep-semicolons = Semikolons
data-sep-tabs = Tabulatoren
data-sep-bars = senkrechte Striche (|)
data-too-big = Die Datei hat { $mb } MB; Casebook importiert bis zu 50 MB auf einmal. Teile sie in kleinere Dateien.
data-format-excel = eine Excel-Arbeitsmappe (.{ $ext })
data-format-ods = eine OpenDocument-Tabelle (.ods)
data-format-csv = eine Textdatei (CSV)
data-reason-left-out = Von dir weggelassen.
data-reason-your-choice = Deine Wahl (Casebook vermutete { $guess }).
data-reason-heading = An der Überschrift erkannt.
data-reason-values = Am Inhalt erkannt.
data-reason-no-case = Nicht verwendet: sie enthält Falldaten (ein Datum, einen Status…), aber diese Datei hat keine Spalte für den Betreff, also werden keine Fälle eröffnet.
data-reason-duplicate = Nicht verwendet: eine andere Spalte liefert das schon. Wähle ein Feld, um sie stattdessen zu verwenden.
data-reason-unknown = Nicht verwendet: Casebook kennt diese Überschrift nicht. Wähle ein Feld, um sie zu verwenden.
data-blank = (leer)
data-matches = Gehört zu { $name }
data-adds = Fügt { $what } zu { $name } hinzu
data-csv-summary = { $rows } importiert: { $fresh }, { $matched } bestehenden Kunden zugeordnet, { $cases }.
data-csv-summary-updated = { $rows } importiert: { $fresh }, { $matched } bestehenden Kunden zugeordnet ({ $updated } bekam eine neue Telefonnummer oder E-Mail), { $cases }.
data-title = Sicherungen und Daten
data-backups = Sicherungen
data-backing-up = Wird gesichert…
data-back-up-now = Jetzt sichern
data-check-backups = Prüfe deine Sicherungen.
data-backed-up = Gesichert: { $contents } ({ $size }).
data-restored = Sicherung vom { $when } wiederhergestellt: { $contents }. Der ersetzte Verlauf wurde vorher als Sicherung aufbewahrt:
data-restored-listed = , unten aufgeführt, damit du zurückkehren kannst.
data-loading-backups = Sicherungen werden geladen…
data-no-backups = Noch keine Sicherungen. Sichere jetzt, um die erste anzulegen.
data-backups-caption = Sicherungen, neueste zuerst
data-col-taken = Erstellt
data-col-kind = Art
data-col-events = Ereignisse
data-col-size = Größe
data-restore = Wiederherstellen
data-restore-button = Wiederherstellen…
data-restore-sr = {" "}die Sicherung vom { $when }
data-show-newest = Nur die neuesten zeigen
data-show-all-backups = Alle { $count } Sicherungen zeigen
data-restore-title = Diese Sicherung wiederherstellen?
data-restore-explain = Casebook kehrt zur Sicherung vom { $when } zurück ({ $kind }), mit { $contents }.
data-restore-nothing-lost = Alles, was seitdem erfasst wurde, verschwindet vom Platz. Nichts geht verloren: der jetzige Verlauf wird zuerst gesichert, und du kannst ihn auf dieser Seite wiederherstellen.
data-restoring = Wird wiederhergestellt…
data-restore-confirm = Diese Sicherung wiederherstellen
data-path-copied = Der Ordnerpfad ist in der Zwischenablage.
data-export-title = Alles exportieren
data-exporting = Wird exportiert…
data-export-hint = Schreibt den ganzen Verlauf in einem offenen Format, lesbar ohne Casebook: jedes Ereignis als JSON Lines, Kunden und Fälle als CSV-Dateien für eine Tabellenkalkulation. Der Export kommt in einen neuen Ordner neben deinen Daten.
data-exported-to = { $contents } exportiert nach:
data-copy-path = Pfad kopieren
data-import-title = Einen Casebook-Export importieren
data-import-hint = Fügt den Verlauf aus dem Export eines anderen Platzes hinzu (oder einem älteren Export dieses Platzes). Schon vorhandene Ereignisse werden übersprungen, zweimal importieren ändert also nichts.
data-looking-exports = Exporte werden gesucht…
data-no-exports = Keine Exporte neben deinen Daten gefunden. Um einen von einem anderen Platz zu importieren, gib unten den Pfad seines Ordners ein.
data-exports-caption = Exporte neben deinen Daten, neueste zuerst
data-col-export = Export
data-col-exported = Exportiert
data-col-contains = Inhalt
data-import = Importieren
data-import-button = Importieren…
data-import-folder = Oder aus einem Ordner importieren
data-import-folder-placeholder = Der vollständige Pfad eines Exportordners
data-import-dialog-title = Diesen Export importieren?
data-import-explain = { $name } importieren, exportiert { $when }, mit { $contents }.
data-import-folder-explain = Den Export aus dem Ordner importieren
data-import-skip-hint = Schon vorhandene Ereignisse werden übersprungen, nichts wird doppelt. Öffnungszeiten und Antwortzeiten werden nur übernommen, wenn dieser Platz noch keine eigenen hat.
data-importing = Wird importiert…
data-columns-title = Was steht in jeder Spalte?
data-columns-column = Spalte, mit einigen Werten
data-columns-use-as = Verwenden als
data-columns-why = Warum
data-column-n = Spalte { $n }
data-column-empty = leer in den ersten Zeilen
data-column-use-label = Spalte „{ $name }“ verwenden als
data-preview-label = Was der Import bewirken würde
data-stat-rows = { $n ->
    [one] Zeile
   *[other] Zeilen
}
data-stat-new = { $n ->
    [one] neuer Kunde
   *[other] neue Kunden
}
data-stat-matched = bestehenden Kunden zugeordnet
data-stat-updated = { $n ->
    [one] Kunde bekommt
   *[other] Kunden bekommen
} eine neue Telefonnummer oder E-Mail
data-stat-cases = { $n ->
    [one] Fall
   *[other] Fälle
}
data-problems-block = Es wird nichts importiert, bis { $n ->
    [one] das
   *[other] diese
} behoben { $n ->
    [one] ist
   *[other] sind
}
data-problems-where = in der Datei oder in den Spalten oben ({ $problems }):
data-problem-row = Zeile { $line }: { $message }
data-problems-more = und { $count } weitere
data-sample-first = Die ersten { $shown } von { $rows }, wie sie importiert würden (Zeilen nummeriert wie in der Tabelle)
data-sample-every = Jede Zeile, wie sie importiert würde (Zeilen nummeriert wie in der Tabelle)
data-col-row = Zeile
data-col-contact = Kontakt
data-col-customer = Kunde
data-col-case = Fall
data-new = neu
data-csv-unreadable = „{ $name }“ konnte nicht gelesen werden. Wähle die Datei erneut.
data-header-type-number = Gib die Nummer der Zeile mit den Spaltenüberschriften ein, wie die Tabelle sie zeigt (1 ist die erste Zeile).
data-csv-title = Kunden und Fälle aus einer Tabelle importieren
data-csv-hint = Eine CSV- oder Textdatei in beliebiger Kodierung oder eine Excel- (.xlsx, .xls) oder OpenDocument-Arbeitsmappe (.ods): eine Zeile pro Kunde oder pro Fall mit seinem Kunden. Kunden werden über Telefon oder E-Mail den vorhandenen zugeordnet. Du siehst, was passieren würde, bevor etwas gespeichert wird.
data-csv-choose-another = Andere Datei wählen…
data-csv-choose = Tabelle wählen…
data-csv-reading = { $name } wird gelesen…
data-csv-read-summary = { $format }, { $rows } unter den Überschriften.
data-csv-read-summary-sep = { $format }, { $rows } unter den Überschriften, Spalten getrennt durch { $sep }.
data-csv-how-read = Wie die Datei gelesen wird
data-csv-encoding = Kodierung
data-csv-find-out = Aus der Datei ermitteln
data-csv-detected = erkannt
data-csv-odd-characters = Zeigen Namen seltsame Zeichen (Ã©, â€™, ?), wähle die Kodierung, in der die Datei gespeichert wurde.
data-csv-as-file-says = { $encoding }, wie die Datei angibt.
data-csv-sheet = Blatt
data-csv-headings-on = Die Spaltenüberschriften stehen in
data-csv-which-row = In welcher Zeile stehen die Spaltenüberschriften?
data-csv-read-again = Neu lesen
data-csv-first-rows = Die ersten Zeilen der Datei, wie gelesen
data-csv-headings-tag = Überschriften
data-csv-checking = Wird geprüft…
data-csv-preview = Vorschau
data-csv-import = { $rows } importieren
data-csv-preview-first = Zuerst die Vorschau: importieren geht, sobald die Vorschau keine Probleme findet.
data-csv-changed = Die Spalten haben sich seit der Vorschau geändert. Öffne die Vorschau erneut, um zu sehen, was importiert würde.
sync-revoked-notice = { $name } ist gesperrt. Die bisherige Arbeit bleibt im Verlauf.
sync-copy-failed = Kopieren ging nicht. Der Code ist markiert: drücke Strg+C.
sync-desks = Plätze
sync-desks-need-server = Die Liste der Plätze braucht den Server des Geschäfts.
sync-desks-loading = Plätze werden beim Server abgefragt…
sync-desks-caption = Die Plätze des Geschäfts
sync-col-desk = Platz
sync-col-joined = Beigetreten
sync-col-last-seen = Zuletzt gesehen
sync-col-note = Hinweis
sync-revoke = Sperren
sync-not-joined = Noch nicht: der Code ist unbenutzt
sync-now-word = Jetzt
sync-revoked-at = Gesperrt { $when }
sync-add-desk = Platz hinzufügen
sync-code-for = Beitrittscode für { $name }
sync-code-once = Gilt einmal; halte ihn geheim.
sync-code-hint = Wer ihn hat, kann deinem Geschäft beitreten, bis er benutzt ist, und er enthält den Schlüssel des Geschäfts: gib ihn nur dem neuen Platz und lösche ihn, sobald dieser beigetreten ist. Wähle am neuen Platz auf dem ersten Bildschirm „Den anderen Plätzen meines Geschäfts beitreten“ und füge ihn ein.
sync-copied = Kopiert
sync-copy = Kopieren
sync-done = Fertig
sync-copied-sr = Kopiert.
sync-new-desk-name = Name des neuen Platzes
sync-new-desk-placeholder = z. B. Werkstatt
sync-making-code = Code wird erstellt…
sync-make-code = Beitrittscode erstellen
sync-revoke-title = „{ $name }“ sperren?
sync-revoke-explain = Dieser PC kann dann nichts mehr senden oder empfangen. Die bisherige Arbeit bleibt.
sync-type-address = Gib zuerst die Serveradresse ein.
sync-add-user = Füge den Benutzernamen zur Adresse hinzu: postgres://benutzer@host:5432/datenbank.
sync-connected-notice = Dieser Platz ist mit { $shop } verbunden. Füge die anderen Plätze mit einem Beitrittscode hinzu.
sync-connect-title = Den ersten Platz des Geschäfts verbinden
sync-connect-hint = Einmal erledigen, am Platz, dessen Verlauf das Geschäft behält. Die anderen Plätze treten danach mit einem Code bei.
sync-address = Serveradresse
sync-address-hint = Von der Person, die den PostgreSQL-Server des Geschäfts betreut. Füge sie ganz ein: das Passwort kommt in ein eigenes Feld.
sync-password-hint = Im Passwortspeicher dieses Computers aufbewahrt, nie in den Daten oder Sicherungen von Casebook.
sync-shop-name = Name des Geschäfts
sync-shop-placeholder = z. B. Costa Fahrräder
sync-desk-placeholder = z. B. Theke
sync-hide-ca = Zertifizierungsstelle ausblenden
sync-add-ca = Zertifizierungsstelle hinzufügen (optional)
sync-ca-hint = Nur wenn das Zertifikat des Servers vom Geschäft selbst erstellt wurde. Füge es ein (es beginnt mit -----BEGIN CERTIFICATE-----) oder wähle die .pem-Datei.
sync-ca-label = Zertifizierungsstelle (PEM)
sync-pick-pem = .pem-Datei wählen…
sync-read-from = Gelesen aus { $file }
sync-connect-progress = Der Server wird eingerichtet und der Verlauf dieses Platzes gesendet ({ $count } Änderungen). Ein großer Verlauf kann ein paar Minuten dauern; lass Casebook offen.
sync-elapsed = { $seconds } s bisher.
case-event-shop-locale-set = Sprache des Geschäfts auf { $language } gestellt
case-event-shop-locale-cleared = Die Sprache des Geschäfts folgt wieder jedem Computer
case-side-label = Der Kunde
tell-brief-title-by = Übergabe, wie { $from } sie bei der Übergabe an { $to } schrieb
tell-brief-title = Übergabe, wie bei der Übergabe an { $to } geschrieben
attach-removed-notice = „{ $name }“ wurde aus der Verlaufsansicht entfernt.
attach-erased-notice = „{ $name }“ wurde gelöscht.
duplicates-different-notice = { $first } und { $second } sind als verschiedene Personen markiert und werden nicht mehr vorgeschlagen.
data-encoding = { $family ->
    [unicode] Unicode ({ $name })
    [unicode-excel] Unicode ({ $name }, „Unicode-Text“ aus Excel)
    [western] Westeuropäisch ({ $name })
    [central] Mitteleuropäisch ({ $name })
    [cyrillic] Kyrillisch ({ $name })
    [mac] Älterer Mac ({ $name })
   *[japanese] Japanisch ({ $name })
}
common-something-wrong = Etwas ist schiefgegangen. Bitte versuch es noch einmal.
case-contact-added = hinzugefügt:
case-contact-removed = entfernt:
data-import-set-aside =
    { $count ->
        [one] 1 Ereignis konnte hier nicht angewendet werden und wurde beiseitegelegt
       *[other] { $count } Ereignisse konnten hier nicht angewendet werden und wurden beiseitegelegt
    } (siehe Plätze und Abgleich).
sync-code-until = Gilt einmal, bis { $when }.
sync-revoke-button = Sperren…
sync-owner-title = Inhaberzugang
sync-owner-here = Dieser Arbeitsplatz hat den Inhaberzugang: er fügt Arbeitsplätze hinzu und sperrt sie. Vergessen Sie ihn hier, wenn ein anderer Arbeitsplatz ihn übernimmt.
sync-owner-not-here = Um hier Arbeitsplätze hinzuzufügen oder zu sperren (auch den ersten), melden Sie sich mit der Serveradresse des Inhabers an. Sie wird im Passwortspeicher dieses Computers aufbewahrt.
sync-owner-url = Serveradresse des Inhabers
sync-owner-sign-in = Als Inhaber anmelden
sync-owner-signing-in = Wird geprüft…
sync-owner-sign-out = Inhaberzugang hier vergessen
sync-owner-signed-in = Der Inhaberzugang liegt jetzt auf diesem Arbeitsplatz.
sync-owner-signed-out = Der Inhaberzugang wurde auf diesem Arbeitsplatz vergessen.
sync-set-aside-title = Zurückgestellte Ereignisse
sync-set-aside-unknown-kind =
    { $count ->
        [one] 1 Ereignis von { $desk } braucht ein neueres Casebook: Aktualisieren Sie diesen Arbeitsplatz.
       *[other] { $count } Ereignisse von { $desk } brauchen ein neueres Casebook: Aktualisieren Sie diesen Arbeitsplatz.
    }
sync-set-aside-damaged =
    { $count ->
        [one] 1 Ereignis von { $desk } ist beschädigt und wurde übersprungen.
       *[other] { $count } Ereignisse von { $desk } sind beschädigt und wurden übersprungen.
    }
sync-set-aside-refers-to-nothing =
    { $count ->
        [one] 1 Ereignis von { $desk } betrifft etwas, das der Verlauf dieses Arbeitsplatzes nicht enthält, und wurde übersprungen.
       *[other] { $count } Ereignisse von { $desk } betreffen etwas, das der Verlauf dieses Arbeitsplatzes nicht enthält, und wurden übersprungen.
    }
sync-set-aside-hint = Alles andere wurde wie gewohnt übernommen. Diese bleiben im Verlauf und werden von selbst übernommen, sobald dieser Arbeitsplatz sie lesen kann.
sync-unknown-desk = einem nicht mehr aufgeführten Arbeitsplatz
case-list-added = Hinzugefügt:
case-list-removed = Entfernt:
sync-readmit-button = Wieder zulassen…
sync-readmit-code-for = Code, um { $name } wieder zuzulassen
sync-readmit-hint = Fügen Sie ihn an { $name } ein: Plätze und Abgleich → Dieser Arbeitsplatz → Diesen Arbeitsplatz wieder zulassen. Verlauf und noch nicht Gesendetes bleiben.
sync-this-desk-title = Dieser Arbeitsplatz im Geschäft
sync-rejoin-title = Diesen Arbeitsplatz wieder zulassen
sync-rejoin-hint = Hat dieser Arbeitsplatz sein Passwort verloren (der Passwortspeicher des Computers wurde geleert), erstellt der Inhaber an seinem Arbeitsplatz mit „Wieder zulassen…“ einen Code. Fügen Sie ihn hier ein: Verlauf und noch nicht Gesendetes bleiben.
sync-move-title = Der Server des Geschäfts ist umgezogen
sync-move-hint = Hat der Inhaber das Geschäft auf einen anderen Server umgezogen, geben Sie hier dessen neue Adresse ein. Sie wird geprüft, bevor sich etwas ändert.
sync-move-host = Neue Adresse
sync-move-port = Port
sync-move-button = Diesen Server verwenden
sync-moving = Wird geprüft…
sync-moved-notice = Dieser Arbeitsplatz gleicht jetzt mit { $server } ab.
sync-leave-title = Das Geschäft verlassen
sync-leave-hint = Dieser Arbeitsplatz hört auf abzugleichen und behält seinen Verlauf; er arbeitet dann für sich.
sync-leave-button = Geschäft verlassen…
sync-leave-dialog-title = { $shop } verlassen?
sync-leave-explain = Dieser Arbeitsplatz sendet und empfängt die Arbeit des Geschäfts nicht mehr. Alles, was er hat, bleibt hier. Der Inhaber kann ihn danach widerrufen.
sync-leave-confirm = Verlassen
sync-leave-anyway = Trotzdem verlassen
sync-left-notice = Dieser Arbeitsplatz hat { $shop } verlassen und arbeitet für sich.
sync-move-port-bad = Der Port ist eine Zahl von 1 bis 65535 (bei PostgreSQL meist 5432).
desk-staff-rename = Umbenennen…
desk-staff-merge = Gleiche Person wie…
desk-staff-new-name = Neuer Name
desk-staff-same-as = { $name } ist dieselbe Person wie
desk-staff-merge-hint = Dieser Eintrag von { $name } verlässt die Liste, seine offenen Fälle gehen mit; der Verlauf behält, wer was schrieb.
desk-staff-save = Speichern
desk-staff-merge-confirm = Zusammenführen
desk-staff-renamed = Umbenannt: { $name }.
desk-staff-merged = Jetzt ein Eintrag für { $name }.
case-event-staff-merged = { $name } mit einem anderen Eintrag derselben Person zusammengeführt
sync-carried-line =
    { $count ->
        [one] 1 Änderung
       *[other] { $count } Änderungen
    } von { $desk }, hier importiert, { $count ->
        [one] wird
       *[other] werden
    } für den Server des Geschäfts aufbewahrt und beim nächsten Abgleich gesendet.
data-import-carried =
    { $count ->
        [one] 1 davon wurde
       *[other] { $count } davon wurden
    } an anderen Arbeitsplätzen geschrieben: dieser Arbeitsplatz sendet sie beim nächsten Abgleich an den Server des Geschäfts.

## Passcodes, signing in and the lock screen

case-event-passcode-set = Ein Code wurde festgelegt
case-event-passcode-cleared = Ein Code wurde entfernt
case-event-passcodes-edited = Die Code-Regel wurde geändert
case-event-recovery-code-set = Ein neuer Wiederherstellungscode wurde erstellt
desk-sign-in = Anmelden
desk-passcode-of = PIN-Code von { $name }
desk-passcode-empty = Gib zuerst den Code ein.
desk-passcode-mismatch = Die beiden Codes sind nicht gleich. Gib beide noch einmal ein.
desk-passcode-new = Neuer Code
desk-passcode-again = Noch einmal derselbe
desk-passcode-current = Dein jetziger Code
desk-passcode-choose = Diesen Code verwenden
desk-passcode-back = Zurück
desk-passcode-forgot = Code vergessen?
desk-passcode-first-intro = { $name } hat noch keinen Code. Wähle einen mit mindestens { $min } Ziffern, den niemand errät (nicht 1234 oder 1111).
desk-passcode-first-needs-owner = Den ersten Code von { $name } bestätigt eine Inhaberin oder ein Inhaber: wähle die Person aus und lass sie ihren Code eingeben.
desk-passcode-title-own = Gib deinen Code ein
desk-passcode-title-first = Wähle deinen Code
desk-passcode-title-approve = Inhaber fragen
desk-passcode-title-recover = Code vergessen?
desk-approve-intro = Eine Inhaberin oder ein Inhaber gibt den eigenen Code ein, damit { $name } dies einmal tun kann. Es wird als Handlung des Inhabers erfasst.
desk-approve-owner = Inhaber
desk-approve-code = Code des Inhabers
desk-approve-submit = Einmal erlauben
desk-approve-instead = Lieber den Inhaber fragen
desk-recovery-intro = Gib den Wiederherstellungscode des Geschäfts ein (notiert, als die Codes eingeschaltet wurden) und wähle einen neuen Code für { $name }.
desk-recovery-code = Wiederherstellungscode
desk-recovery-empty = Gib zuerst den Wiederherstellungscode ein.
desk-recovery-submit = Meinen Code neu setzen
desk-recovery-shown-title = Der Wiederherstellungscode des Geschäfts
desk-recovery-shown-write = Schreib ihn auf und bewahre ihn sicher auf; Casebook behält keine Kopie.
desk-recovery-shown-why = Damit wählt ein Inhaber, der seinen Code vergessen hat, einen neuen. Bewahre ihn nicht am Arbeitsplatz auf. Er wird nur dieses eine Mal angezeigt.
desk-recovery-shown-done = Ich habe ihn aufgeschrieben
desk-recovery-renew = Neuer Wiederherstellungscode…
desk-recovery-renew-title = Neuen Wiederherstellungscode erstellen?
desk-recovery-renew-explain = Der jetzt notierte Wiederherstellungscode gilt dann nicht mehr. Der neue wird einmal angezeigt: halte Papier bereit.
desk-recovery-renew-confirm = Neuen Code erstellen
desk-lock-locked = gesperrt
desk-lock-was-here = { $name } war hier
desk-lock-sign-in-as = Als { $name } anmelden
desk-lock-who = Wer ist am Arbeitsplatz?
desk-lock-pick = Wähle deinen Namen, um dich anzumelden.
desk-lock-someone-else = Jemand anderes meldet sich an
desk-lock-no-passcode-yet = Noch kein Code
desk-lock-button = Sperren
desk-lock-button-label = Arbeitsplatz sperren (Strg+Umschalt+L)
desk-lock-owner-tools = Gesperrt: Die Werkzeuge des Inhabers fragen wieder nach einem Code.
desk-shortcut-lock = Arbeitsplatz sperren (wenn das Geschäft Codes verwendet)
desk-picker-back = Jemand anderen wählen
desk-staff-role-of = Rolle von { $name }
desk-staff-role-changed = Rolle von { $name }: { $role }.
desk-passcodes-title = PIN-Codes
desk-passcodes-ask = Wann Casebook nach einem Code fragt
desk-passcodes-ask-never = Nie
desk-passcodes-ask-never-hint = Jede und jeder wählt, wer am Arbeitsplatz ist.
desk-passcodes-ask-owner-tools = Für die Werkzeuge des Inhabers
desk-passcodes-ask-owner-tools-hint = Team, Codes, die Sprache des Geschäfts, Arbeitsplätze, Dateien löschen, Import und Wiederherstellen fragen nach dem Code eines Inhabers; Öffnungszeiten, Fristen und das Postfach nach dem der Schichtleitung oder eines Inhabers.
desk-passcodes-ask-always = Immer
desk-passcodes-ask-always-hint = Alle melden sich mit dem eigenen Code an, und ein unbenutzter Arbeitsplatz sperrt sich.
desk-passcodes-min = Kürzester Code
desk-passcodes-digits = { $count } Ziffern
desk-passcodes-lock = Sperren nach so vielen Minuten ohne Nutzung
desk-passcodes-lock-hint = 0: Der Arbeitsplatz sperrt sich nie von selbst.
desk-passcodes-lock-always-only = Nur wenn Casebook immer fragt.
desk-passcodes-reports = Berichte nur für Inhaber
desk-passcodes-own-first = Wähle zuerst deinen eigenen Code (mindestens { $min } Ziffern), damit du dich nie aussperrst.
desk-passcodes-saved = Code-Regel gespeichert.
desk-passcodes-people = Wer einen Code hat
desk-passcodes-has = Code
desk-passcodes-has-yes = Festgelegt
desk-passcodes-has-no = Noch keiner
desk-passcode-set-button = Code festlegen…
desk-passcode-change-own-button = Meinen Code ändern…
desk-passcode-choose-own-button = Meinen Code wählen…
desk-passcode-take-off = Code entfernen
desk-passcode-taken-off = { $name } hat jetzt keinen Code und wählt bei der nächsten Anmeldung einen.
desk-passcode-set-title = Ein Code für { $name }
desk-passcode-change-own = Meinen Code ändern
desk-passcode-own-hint = Mindestens { $min } Ziffern, die niemand errät (nicht 1234 oder 1111).
desk-passcode-for-hint = Ein neuer Code für { $name } mit mindestens { $min } Ziffern. Sag ihn persönlich weiter; danach kann { $name } ihn selbst ändern.
desk-passcode-set-own = Dein Code ist festgelegt.
desk-passcode-set-for = Der Code von { $name } ist festgelegt.
desk-passcode-mine = Mein Code
desk-passcode-mine-set = Du hast einen Code; nur du kennst ihn.
desk-passcode-mine-none = Du hast noch keinen Code.
desk-tries-title = Falsche Codes an diesem Arbeitsplatz
desk-tries-refresh = Aktualisieren
desk-tries-none = Keine falschen Codes an diesem Arbeitsplatz.
desk-tries-count = Falsche Versuche
desk-tries-last = Letzter Versuch
desk-tries-wait = Wartet bis
desk-tries-no-wait = Keine Wartezeit
sync-set-aside-not-allowed =
    { $count ->
        [one] 1 Änderung von { $desk } wurde als { $people } gemacht, ohne dass das zu diesem Zeitpunkt erlaubt war: Sie bleibt ohne Wirkung.
       *[other] { $count } Änderungen von { $desk } wurden als { $people } gemacht, ohne dass das zu diesem Zeitpunkt erlaubt war: Sie bleiben ohne Wirkung.
    }
sync-set-aside-not-allowed-hint = Sie bleiben in der Geschichte, ohne Wirkung an irgendeinem Arbeitsplatz. War eine davon gewollt, macht der Inhaber (oder die Schichtleitung, für Öffnungszeiten und Ziele) sie noch einmal.
privacy-title = Datenschutz
privacy-export-hint = Alles, was das Geschäft über { $name } speichert, zum Lesen oder Mitnehmen, wie es die DSGVO erlaubt: eine Seite zum Drucken oder Senden und dasselbe als JSON-Datei.
privacy-export-button = Diesen Kunden exportieren
privacy-exporting = Wird exportiert …
privacy-exported = Gespeichert: { $cases } Anliegen und { $entries } Einträge. Geben Sie dem Kunden customer.html aus diesem Ordner; customer.json enthält dasselbe für ein anderes Programm.
privacy-forget-button = Diesen Kunden vergessen …
privacy-forget-title = { $name } vergessen?
privacy-forget-goes-title = Was verschwindet, auf jedem Arbeitsplatz
privacy-forget-goes = Name, Telefonnummern, E-Mail-Adressen, Organisation und Notizen; jede Nachricht, Antwort, Notiz und jedes Telefonat in ihren Anliegen; die Worte von Zusagen, wichtigen Fakten, Beschwerden und Eskalationen; angehängte Dateien und gespeicherte E-Mails. Suche und Vorschläge finden nichts mehr von ihnen.
privacy-forget-stays-title = Was bleibt
privacy-forget-stays = Dass ein Kunde, als Nummer angezeigt, diese Anliegen hatte: wann, über welchen Kanal, wie lange sie dauerten und ob die Ziele erreicht wurden, damit die Berichte stimmen. Und diese Löschung: wer, wann und warum.
privacy-forget-final = Das lässt sich nicht rückgängig machen.
privacy-forget-explain = Wenn eine Kopie gewünscht wurde, exportieren Sie diesen Kunden zuerst. Andere Arbeitsplätze vergessen sofort, wenn sie online sind, sonst bei der nächsten Synchronisierung.
privacy-forget-why = Grund
privacy-forget-kept = (bleibt in der Historie: nichts über die Person schreiben)
privacy-forget-placeholder = z. B. am 3. Dezember am Tresen gewünscht
privacy-forget-confirm = Diesen Kunden vergessen
privacy-forget-why-needed = Geben Sie an, warum dieser Kunde vergessen wird.
privacy-forgotten-notice = Vergessen: der Kunde ist jetzt { $number }.
privacy-forgotten-banner = Vergessen am { $date } von { $who }. Grund: { $reason }
privacy-forgotten-banner-nobody = Vergessen am { $date }. Grund: { $reason }
privacy-forgotten-hint = Auf keinem Arbeitsplatz bleibt etwas über die Person: ihre Anliegen zählen unter dieser Nummer weiter. Diesem Datensatz kann nichts mehr hinzugefügt werden.
case-event-customer-forgotten = Kunde vergessen: { $reason }
privacy-retention-title = Nur aufbewahren, was nötig ist
privacy-retention-hint = Kunden, mit denen Sie lange keinen Kontakt hatten, können von selbst vergessen werden, auf jedem Arbeitsplatz, als hätte ein Inhaber jeden einzeln vergessen. Ihre Anliegen zählen unter einer Nummer weiter.
privacy-retention-keep = Kunden ohne Kontakt aufbewahren
privacy-retention-forever = bis ein Inhaber sie vergisst
privacy-retention-years =
    { $years ->
        [one] ein Jahr
       *[other] { $years } Jahre
    } lang
privacy-retention-owner-only = Nur ein Inhaber kann das ändern.
privacy-retention-none-due = Niemand würde jetzt vergessen.
privacy-retention-due =
    { $count ->
        [one] Ein Kunde würde jetzt vergessen:
       *[other] { $count } Kunden würden jetzt vergessen:
    }
privacy-retention-customer = Kunde
privacy-retention-last-contact = Letzter Kontakt
privacy-retention-cases = Anliegen
privacy-retention-more = … und { $count } weitere.
privacy-retention-turn-on =
    { $count ->
        [0] Einschalten
       *[other] Einschalten und sie jetzt vergessen
    }
privacy-retention-turn-off = Ausschalten
privacy-retention-saved = Gespeichert: { $count } Kunden wurden jetzt vergessen; weitere folgen, sobald sie die Grenze erreichen.
privacy-retention-off = Kunden bleiben gespeichert, bis ein Inhaber sie vergisst.
case-event-retention-set =
    Kunden ohne Kontakt seit { $years ->
        [one] einem Jahr
       *[other] { $years } Jahren
    } werden vergessen
case-event-retention-off = Kunden bleiben gespeichert, bis ein Inhaber sie vergisst
sync-key-title = Worte der Kunden auf dem Server
sync-key-explain = Namen, Adressen, Nachrichten und Dateien verlassen diesen Arbeitsplatz verschlüsselt mit dem Schlüssel des Geschäfts, den nur die Arbeitsplätze des Geschäfts haben: der Server, und wer ihn betreibt, sieht, wann und was für etwas geschah, nie die Worte.
sync-seal-hint = Ein Geschäft, das eingerichtet wurde, bevor dies die Regel war: verschlüssle, was der Server lesbar hält, und erhalte den Schlüsselcode, den früher beigetretene Plätze brauchen. Wird jederzeit erneut gezeigt.
sync-seal-button = Verschlüsseln und Schlüsselcode zeigen
sync-sealing = Wird verschlüsselt…
sync-sealed-notice = Die Worte der Kunden sind auf dem Server verschlüsselt ({ $count } Ereignisse jetzt verschlüsselt).
sync-key-code-label = Schlüsselcode
sync-key-code-warn = Er enthält den Schlüssel des Geschäfts: füge ihn nur an früher beigetretenen Plätzen des Geschäfts ein (Plätze und Abgleich → Schlüssel des Geschäfts einfügen) und bewahre ihn nirgends auf.
sync-key-paste-title = Schlüssel des Geschäfts einfügen
sync-key-paste-first = Füge zuerst den Schlüsselcode vom Platz des Inhabers ein.
sync-key-take = Schlüssel an diesem Arbeitsplatz behalten
sync-key-taken-notice = Dieser Arbeitsplatz hat den Schlüssel des Geschäfts: er gleicht wieder ab.
data-csv-left-out-intro = Einige Zellen enthielten unsichtbare Steuerzeichen, die ein Programm hinterlassen hat. Sie werden weggelassen; der Rest jeder Zelle wird importiert:
data-csv-left-out =
    Zeile { $line }, Spalte „{ $column }“: { $count ->
        [one] ein Zeichen
       *[other] { $count } Zeichen
    }
queue-countdown-due-shop-days =
    fällig in { $days ->
        [one] 1 Öffnungstag
       *[other] { $days } Öffnungstagen
    }
case-draft-restored = Was du hier geschrieben hast ({ $when }), ist wieder da.
case-draft-kept = Wird an diesem Platz gespeichert, während du tippst, auch wenn das Fenster schließt.
case-draft-discard = Entwurf verwerfen
search-did-you-mean = Nichts gefunden. Meintest du:
common-choice-pending = Noch nicht gespeichert: Enter speichert, Esc setzt es zurück
desk-notice-more =
    { $count ->
        [one] Noch eine Meldung: zeig sie
       *[other] Noch { $count } Meldungen: zeig die nächste
    }
desk-notice-more-count = +{ $count }
common-staff-me = { $name } (ich)
common-when-today-mid = heute { $time }
common-when-yesterday-mid = gestern { $time }
common-date-invalid = „{ $typed }“ ist kein Datum. Schreib es wie { $example }.
common-date-keys = ↑ ↓ einen Tag vor oder zurück
attach-size-reading = { $size } · wird gelesen…
case-entry-left-out =
    { $count ->
        [one] „{ $names }“ wurde abgelehnt und ist nicht angehängt. Es bleibt unten stehen, bis du es mit × entfernst.
       *[other] { $count } abgelehnte Dateien sind nicht angehängt: { $names }. Sie bleiben unten stehen, bis du sie mit × entfernst.
    }
case-show-more = Mehr zeigen
case-show-less = Weniger zeigen
reports-group-first-response = Erste Antwort
reports-group-resolution = Lösung
reports-sub-median = Median
reports-sub-p90 = 90. Perzentil
reports-sub-met = Im Ziel
reports-business-note = Zeiten zählen nur die Öffnungszeiten des Geschäfts (Geschäftsminuten).
tell-brief-part =
    { $part ->
        [their_words] In ihren Worten
        [tried] Was wir versucht haben
        [promises] Offene Zusagen
        [expectations] Was sie erwarten
       *[complaints] Beschwerden
    }
tell-brief-promise-line = { $text } — fällig { $when }
tell-brief-promise-line-by = { $text } — fällig { $when }, { $owner } hält sie ein
attach-size-bytes = { $count } Byte
attach-size-kb = { $size } KB
attach-size-mb = { $size } MB
search-entries-label = Gesprächseinträge
common-range-to = bis
attach-photo-alt = Foto: { $name }
attach-limit-unit = MB
data-backups-auto-hint = Casebook sichert automatisch jeden Tag, solange es läuft, und beim Beenden; die Sicherungen liegen neben deinen Daten.
data-columns-used = { $used } von { $count } Spalten werden verwendet. Casebook hat anhand jeder Überschrift geraten und, wo die Überschrift nichts Bekanntes sagt, anhand der Werte. Ändere sie nach Bedarf; Spalten auf „{ data-field-ignore }“ werden ausgelassen.
outreach-sample-summary = { $count } ausgewählt aus denen ohne Kontakt seit { $days } (Seed { $seed }) · { $called } angerufen
outreach-total =
    { $count ->
        [one] 1 Kunde, wer am längsten still ist, zuerst.
       *[other] { $count } Kunden, wer am längsten still ist, zuerst.
    }
outreach-cut-hint = { $shown }: erhöhe die Zahl der Tage, oder wähle zufällig.
register-by = von
tell-promise-to-word = an
tell-promises-summary = { $total } offen, das zuerst Fällige oben.
tell-promises-record-key = Halte eine in einem Fall fest:
learn-causes-lead-only = Nur eine Schichtleitung oder der Inhaber kann die Liste ändern.
sync-url-local = Ein Server unter 127.0.0.1 oder localhost funktioniert nur für Plätze auf diesem Computer. Andere PCs brauchen seine Netzwerkadresse (zum Beispiel 192.168.1.20).
search-near-enter = (Enter sucht nach dem ersten)
desk-whats-new-title = Neu in Casebook { $version }
desk-whats-new-kept = Casebook wurde von { $previous } auf { $version } aktualisiert. Verlauf, Einstellungen und Anhänge deines Geschäfts sind erhalten und auf den neuen Stand gebracht.
desk-whats-new-kept-unknown = Casebook wurde auf { $version } aktualisiert. Verlauf, Einstellungen und Anhänge deines Geschäfts sind erhalten und auf den neuen Stand gebracht.
desk-whats-new-done = Verstanden
replies-placeholder-first-name = Vorname
replies-placeholder-case-ref = Fallnummer
replies-placeholder-promise-due = Termin der Zusage
replies-placeholder-shop-name = Name des Geschäfts
replies-placeholder-hours-today = Öffnungszeiten heute
replies-placeholder-my-name = dein Name
desk-menu-replies = Gespeicherte Antworten
replies-intro = Die Antworten, die das Geschäft den ganzen Tag gibt, in eigenen Worten und in jeder Sprache, in der es schreibt. Drück in einer Antwort Strg+K (oder / am Zeilenanfang), um eine einzufügen, aus dem Fall ausgefüllt.
replies-search = Gespeicherte Antwort nach Name oder Worten suchen
replies-new = Neue gespeicherte Antwort
replies-new-title = Neue gespeicherte Antwort
replies-edit-title = „{ $name }“ ändern
replies-name = Name
replies-shop-mark = Antwort des Geschäfts: nur ein Inhaber darf sie ändern
replies-language = Sprache
replies-has-text = hat Text
replies-text-in = Die Antwort auf { $language }
replies-placeholders = Einfügen:
replies-placeholders-hint = Ein Platzhalter in geschweiften Klammern wird beim Verwenden aus dem Fall ausgefüllt. Was sich nicht ausfüllen lässt, bleibt in eckigen Klammern stehen, markiert zum Überschreiben.
replies-save = Antwort speichern
replies-saved-notice = Gespeicherte Antwort „{ $name }“ gesichert.
replies-shop-name = Name des Geschäfts in Antworten
replies-shop-name-save = Namen speichern
replies-shop-name-hint = Was {"{"}Name des Geschäfts{"}"} in jeder gespeicherten Antwort wird, an jedem Platz.
replies-shop-named-notice = Der Name des Geschäfts für Antworten ist gespeichert.
replies-loading = Gespeicherte Antworten werden geladen…
replies-none = Noch keine gespeicherten Antworten.
replies-none-hint = Schreib die Antworten, die du am häufigsten gibst, oder speichere eine aus einer Antwort, die du gerade geschrieben hast.
replies-count = { $count } von { $total } gespeicherten Antworten
replies-shop-pill = Vom Geschäft
replies-uses =
    { $count ->
     [0] Noch nicht verwendet
     [one] Einmal verwendet
    *[other] { $count }-mal verwendet
    }
replies-edit = Ändern
replies-remove = Entfernen
replies-remove-title = „{ $name }“ entfernen?
replies-remove-explain = Sie verschwindet an jedem Platz aus der Liste. Schon damit gesendete Antworten bleiben, wie sie gesendet wurden.
replies-removed-notice = Gespeicherte Antwort „{ $name }“ entfernt.
replies-picker-title = Gespeicherte Antwort einfügen
replies-picker-nothing = Keine gespeicherte Antwort enthält diese Worte.
replies-picker-none = Das Geschäft hat noch keine gespeicherten Antworten: leg sie unter Geschäft → Gespeicherte Antworten an.
replies-picker-keys = ↑ ↓ zum Wählen, Enter zum Einfügen, Escape zum Zurückgehen.
replies-collision-title = Während du geschrieben hast
replies-collision-by = { $names } hat seit deinem Beginn in diesem Fall geschrieben. Lies es, bevor du sendest.
replies-collision-some =
    { $count ->
     [one] Seit deinem Beginn ist in diesem Fall etwas eingegangen. Lies es, bevor du sendest.
    *[other] Seit deinem Beginn sind in diesem Fall { $count } Dinge eingegangen. Lies sie, bevor du sendest.
    }
replies-collision-edit = Meine Antwort bearbeiten
replies-collision-send = Trotzdem senden
replies-collision-discard = Meine verwerfen
replies-gaps-left =
    { $count ->
     [one] Eine Stelle in eckigen Klammern musst du noch ausfüllen.
    *[other] { $count } Stellen in eckigen Klammern musst du noch ausfüllen.
    }
replies-composer-hint = Strg+K oder / am Zeilenanfang: gespeicherte Antworten
replies-insert = Gespeicherte Antworten
replies-save-from-answer = Als gespeicherte Antwort sichern
case-profile-language = Schreibt auf
case-profile-language-hint = wählt die Fassung einer gespeicherten Antwort
case-profile-language-shop = Die Sprache des Geschäfts
case-event-saved-reply-added = Gespeicherte Antwort „{ $name }“ hinzugefügt
case-event-saved-reply-edited = Gespeicherte Antwort geändert
case-event-saved-reply-removed = Gespeicherte Antwort entfernt
case-event-saved-reply-used = Gespeicherte Antwort verwendet
case-event-shop-named = Name des Geschäfts in Antworten: { $name }
presence-viewing = { $name } am Platz { $desk } hat diesen Fall offen
presence-writing = { $name } am Platz { $desk } schreibt eine Antwort
presence-here-short = { $name } am Platz { $desk }
presence-writing-short = { $name } am Platz { $desk } schreibt
desk-shortcut-saved-replies = In einer Antwort: eine gespeicherte Antwort einfügen (oder / am Zeilenanfang)
desk-whats-new-notes =
    Gespeicherte Antworten: die Antworten des Geschäfts in jeder Sprache, mit Strg+K in einer Antwort aus dem Fall ausgefüllt.
    Sieh, wer an einem anderen Platz einen Fall offen hat und wer eine Antwort schreibt; eine Antwort wartet, wenn ein Kollege schon geantwortet hat.
    Casebook installierst du wie jede andere App: Pakete für Debian, Ubuntu, Fedora und openSUSE, mit dem Befehl casebook für das Terminal.
    Ein Befehl macht einen Debian- oder Ubuntu-Rechner zum Server des Geschäfts: casebook server setup.
    Persönliche Zugangscodes und die Freigabe durch einen Inhaber für die Werkzeuge des Inhabers.
case-event-case-renamed = Fall umbenannt
case-rename = Umbenennen
case-rename-hint = Diesen Fall umbenennen (F2)
case-rename-label = Worum es in diesem Fall geht
desk-shortcut-case-rename = In einem Fall: umbenennen
