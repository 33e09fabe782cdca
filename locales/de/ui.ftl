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
common-former-staff = Ehemalige Mitarbeiterin oder ehemaliger Mitarbeiter
common-colleague = Eine Kollegin oder ein Kollege

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
