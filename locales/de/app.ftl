# Casebook: Bibliothek und Hülle, auf Deutsch. Siehe locales/en/app.ftl.

words-missing = Casebook hat für diese Meldung keine Worte.

## Fehler, die zu keinem einzelnen Bereich gehören

error-not-found = { $what ->
    [case] Fall
    [customer] Kunde
    [event] Ereignis
    [reply] Antwort
    [staff-member] Mitarbeiter
    [backup] Sicherung
    [promise] Zusage
    [complaint] Beschwerde
    [desk] Arbeitsplatz
    [file] Datei
    [attachment] Anhang
    [entry] Eintrag
    [escalation] Eskalation
   *[other] Eintrag
} '{ $id }' wurde nicht gefunden. Vielleicht wurde es falsch eingegeben, oder die Anzeige ist veraltet: gehen Sie zurück und öffnen Sie es erneut.
error-bad-event = Ereignis { $id } kann nicht angewendet werden: { $detail }
error-newer-schema = Diese Datenbank wurde von einer neueren Casebook-Version geschrieben (Schemaversion { $found }; diese Version versteht bis { $supported }). Installieren Sie das neuere Casebook, um sie zu öffnen. Es wurde nichts geändert.
error-not-casebook = { $path } ist keine Casebook-Datenbank. Wählen Sie eine Datei, die Casebook erstellt hat. Es wurde nichts geändert.
error-corrupt = Die Casebook-Datenbank ist beschädigt ({ $detail }). Schließen Sie Casebook und stellen Sie die neueste Sicherung wieder her.
error-already-open = Ein anderes Casebook hat { $path } bereits geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.
error-busy = Die Datenbank wird gerade von einem anderen Programm benutzt. Warten Sie kurz und versuchen Sie es erneut; passiert es immer wieder, schließen Sie andere Programme, die die Casebook-Datei benutzen.
error-disk-full = Der Datenträger ist voll, daher wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.
error-read-only = Der Datenordner von Casebook ist schreibgeschützt, daher wurde nichts gespeichert. Prüfen Sie die Rechte des Ordners oder starten Sie Casebook mit --db und einem Ordner, in den Sie schreiben dürfen.
error-io = { $context }: { $detail }
error-storage = Speicherfehler: { $detail }. Es wurde nichts gespeichert.
error-internal = In Casebook ist etwas schiefgegangen ({ $detail }). Es wurde nichts gespeichert. Bitte versuchen Sie es erneut; passiert es immer wieder, starten Sie Casebook neu.
error-not-one-of = '{ $value }' ist kein gültiger Wert für { $kind ->
    [CallDirection] die Anrufrichtung
    [EntryKind] die Art des Eintrags
    [CaseStatus] den Fallstatus
    [Priority] die Priorität
    [Target] das Ziel
    [Channel] den Kanal
    [MatchField] das Suchfeld
    [OutboxStatus] den Versandstatus
    [Noise] die Art automatischer Mail
    [SentHow] die Versandart
    [Security] die Verschlüsselung
    [StaffRole] die Rolle
    [AlarmKind] die Art der Erinnerung
    [ComplaintStatus] den Beschwerdestatus
    [EscalationStatus] den Eskalationsstatus
    [PromiseStatus] den Status einer Zusage
   *[other] dieses Feld
}. Verwenden Sie einen von: { $allowed }.
error-cases-page-position-valid-reload-list = Die Seitenposition ist ungültig. Laden Sie die Liste von oben neu.
error-cases-page-position-valid-reload-timeline = Die Seitenposition ist ungültig. Laden Sie den Verlauf neu.
error-hours-time-use-24-hour-hh = { $day }: '{ $text }' ist keine Uhrzeit. Verwenden Sie 24-Stunden-Format HH:MM, zum Beispiel 09:00 oder 17:30.
error-hours-date-use-yyyy-mm-dd = { $what }: '{ $text }' ist kein Datum. Verwenden Sie JJJJ-MM-TT, zum Beispiel 2026-12-25.
error-hours-time-zone-casebook-knows-use = '{ $time_zone }' ist keine Zeitzone, die Casebook kennt. Verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York.
error-hours-ends-before-starts-swap-times = { $day }: { $start }–{ $end } endet, bevor es beginnt. Tauschen Sie die Zeiten oder entfernen Sie den Zeitraum.
error-hours-overlaps-make-them-one-interval = { $day }: { $value }–{ $value2 } überschneidet sich mit { $value3 }–{ $value4 }. Machen Sie einen Zeitraum daraus oder verschieben Sie einen.
error-hours-calendar-has-no-open-hours = Der Kalender hat überhaupt keine Öffnungszeiten, also würde nie etwas fällig. Tragen Sie für mindestens einen Tag Öffnungszeiten ein.
error-hours-minutes-more-business-time-than = { $minute_ms } Minuten sind mehr Geschäftszeit, als Casebook vorausschaut ({ $value } Jahre der Öffnungszeiten dieses Kalenders). Geben Sie eine kürzere Dauer an.
error-hours-calendar-has-no-open-hours-2 = Der Kalender hat in den nächsten drei Jahren keine Öffnungszeiten: Jeder Tag ist geschlossen oder ein Feiertag.
error-hours-warn-between-1-minute-24 = Erinnern Sie zwischen 1 Minute und 24 Stunden vor einer Frist, nicht { $minutes } Minuten.
error-hours-priority-target-minutes-target-must = Priorität { $label ->
    [urgent] Dringend
    [high] Hoch
    [low] Niedrig
   *[normal] Normal
}: Das Ziel für { $what ->
    [first_response] die erste Antwort
    [next_response] die nächste Antwort
   *[resolution] die Lösung
} ist { $minutes } Minuten. Ein Ziel muss mindestens 1 Minute sein.
error-hours-priority-target-longer-than-year = Priorität { $label ->
    [urgent] Dringend
    [high] Hoch
    [low] Niedrig
   *[normal] Normal
}: Das Ziel für { $what ->
    [first_response] die erste Antwort
    [next_response] die nächste Antwort
   *[resolution] die Lösung
} ist länger als ein Jahr. Kürzen Sie es.
error-hours-these-settings-nothing-would-ever = Mit diesen Einstellungen würde nie etwas fällig: Tragen Sie Öffnungszeiten ein.
error-hours-ics-file-could-read-line = Die .ics-Datei konnte nicht gelesen werden: Zeile { $line }: { $why }. Es wurde nichts importiert; prüfen Sie die Datei oder exportieren Sie sie erneut aus Ihrem Kalender.
error-customers-already-has-use-instead-confirm = { $name } hat { $what ->
    [email] diese E-Mail-Adresse
   *[phone] diese Telefonnummer
} bereits. Verwenden Sie { $name } oder bestätigen Sie, dass es eine andere Person ist.
error-mail-incoming-mail-server-refused = Der Posteingangsserver { $host } hat das { $doing } abgelehnt: "{ $words }".
error-mail-connection-incoming-mail-server-broke = Die Verbindung zum Posteingangsserver { $host } brach beim { $doing } ab ({ $io }).
error-mail-incoming-mail-server-closed-connection = Der Posteingangsserver { $host } hat die Verbindung beim { $doing } geschlossen.
error-mail-incoming-mail-server-gave-answer = Der Posteingangsserver { $host } gab beim { $doing } eine Antwort, die Casebook nicht lesen konnte ({ $other }).
error-mail-incoming-mail-server-did-accept = Der Posteingangsserver { $host } hat die Anmeldung für { $username } nicht angenommen ("{ $words }"). Prüfen Sie das Passwort; viele Anbieter verlangen hier ein App-Passwort, nicht Ihr übliches.
error-mail-incoming-mail-server-did-answer = Der Posteingangsserver { $host } hat nicht rechtzeitig auf die Anmeldung geantwortet.
error-mail-incoming-mail-server-did-greet = Der Posteingangsserver { $host } hat nicht gegrüßt: Ist es ein IMAP-Server, am richtigen Port?
error-mail-reply-sent-already-sent-again = Diese Antwort wurde bereits gesendet; sie wird nicht noch einmal gesendet.
error-mail-certificate-authority-could-read = Die Zertifizierungsstelle konnte nicht gelesen werden ({ $detail }).
error-mail-nobody-send = Niemand, an den gesendet werden kann ({ $detail }).
error-mail-outgoing-mail-server-did-answer = Der Postausgangsserver { $host } hat nicht geantwortet.
error-mail-outgoing-mail-server-did-accept = Der Postausgangsserver { $host } hat die Anmeldung nicht angenommen ({ $text }). Prüfen Sie das Passwort; viele Anbieter verlangen hier ein App-Passwort.
error-mail-email-address = '{ $address }' ist keine E-Mail-Adresse.
error-mail-give-server-s-name-such = Geben Sie den Namen des Servers für { $what } an, etwa mail.example.com.
error-mail-give-both-servers-ports-imap = Geben Sie die Ports beider Server an (IMAP 993, SMTP 465 oder 587).
error-mail-computer-so-connection-must-encrypted = { $host } ist nicht dieser Computer, daher muss die Verbindung verschlüsselt sein (TLS oder STARTTLS).
error-mail-give-desk-name-such-as = Geben Sie diesem Arbeitsplatz einen Namen, etwa "Theke".
error-mail-certificate-authority-certificate-pem-form = Die Zertifizierungsstelle ist kein Zertifikat im PEM-Format (es beginnt mit -----BEGIN CERTIFICATE-----). Fügen Sie die ganze Datei ein, die Sie erhalten haben.
error-mail-certificate-authority-could-used = Die Zertifizierungsstelle konnte nicht verwendet werden ({ $detail }).
error-mail-server-name = '{ $host }' ist kein Servername.
error-mail-server-cannot-reached-check-server = Der Server für { $what } { $host }:{ $port } ist nicht erreichbar ({ $detail }). Prüfen Sie Name und Port des Servers und das Netzwerk dieses Computers.
error-mail-server-did-answer-within-seconds = Der Server für { $what } { $host }:{ $port } hat nicht innerhalb von { $value } Sekunden geantwortet.
error-mail-server-did-finish-encrypting-connection = Der Server für { $what } { $host } hat die Verschlüsselung der Verbindung nicht rechtzeitig abgeschlossen.
error-mail-server-s-certificate-does-match = Das Zertifikat des Servers für { $what } passt nicht zum Namen { $host } ({ $text }). Prüfen Sie den Servernamen: Verwenden Sie genau den Namen, den Ihr Anbieter nennt. Es wurde nichts gesendet.
error-mail-server-showed-certificate-computer-does = Der Server für { $what } { $host } zeigte ein Zertifikat, dem dieser Computer nicht vertraut ({ $text }). Hat das Geschäft ein eigenes Zertifikat erstellt, tragen Sie dessen Zertifizierungsstelle in den Einstellungen ein.
error-mail-server-could-reached-securely = Der Server für { $what } { $host } konnte nicht sicher erreicht werden ({ $text }).
error-mail-shop-s-mail-handled-desk = Die Mail des Geschäfts wird am Arbeitsplatz '{ $desk_name }' bearbeitet. Rufen Sie die Mail dort ab.
error-mail-shop-s-mail-handled-desk-2 = Die Mail des Geschäfts ({ $address }) wird am Arbeitsplatz '{ $desk_name }' bearbeitet. Trennen Sie sie zuerst dort (oder hier, wenn es diesen Arbeitsplatz nicht mehr gibt) und verbinden Sie sie dann an diesem Arbeitsplatz.
error-search-date-range-ends-before-starts = Der Zeitraum endet, bevor er beginnt. Wählen Sie ein Ende nach dem Beginn.
error-search-page-position-valid-search-again = Die Seitenposition ist ungültig. Suchen Sie erneut von oben.
error-staff-no-longer-active-so-cannot = { $name } ist nicht mehr aktiv und kann daher keinen Fall übernehmen. Wählen Sie jemand anderen.
error-staff-chosen-owner-staff-list-pick = Die gewählte zuständige Person steht nicht auf der Mitarbeiterliste. Wählen Sie jemand anderen.
error-staff-there-already-someone-called-staff = Auf der Mitarbeiterliste steht bereits jemand namens { $name }. Fügen Sie einen Nachnamen oder eine Initiale hinzu, um sie zu unterscheiden.
error-staff-no-longer-active-staff-list = { $name } ist auf der Mitarbeiterliste nicht mehr aktiv. Wählen Sie, wer am Arbeitsplatz ist.
error-staff-cannot-ask-shift-lead-owner = { $name } darf nicht { $what }: Fragen Sie die Schichtleitung oder den Inhaber.
error-staff-only-active-staff-member-add = { $name } ist die einzige aktive Person im Team; fügen Sie zuerst jemand anderen hinzu.
error-staff-nobody-active-staff-list-called = Niemand Aktives auf der Mitarbeiterliste heißt '{ $wanted }'. Sehen Sie in die Mitarbeiterliste.
error-staff-could-type-more-name = '{ $wanted }' könnte { $value } sein. Geben Sie mehr vom Namen ein.
error-staff-no-longer-active-staff-list-2 = { $name } ist auf der Mitarbeiterliste nicht mehr aktiv. Wählen Sie jemand anderen.
error-staff-you-cannot-deactivate-yourself-while = Sie können sich nicht selbst deaktivieren, während Sie am Arbeitsplatz sind. Bitten Sie eine Kollegin oder einen Kollegen darum.
error-data-could-list-exports = Die Exporte in { $dir } konnten nicht aufgelistet werden
error-data-could-write = { $path } konnte nicht geschrieben werden
error-data-could-read = events.jsonl konnte nicht gelesen werden
error-data-could-read-2 = { $path } konnte nicht gelesen werden
error-data-could-start-backup = Die Sicherung konnte nicht gestartet werden
error-data-could-read-backups-folder = Der Sicherungsordner { $dir } konnte nicht gelesen werden
error-data-name-backup-pick-one-from = '{ $file_name }' ist nicht der Name einer Sicherung. Wählen Sie eine aus der Liste.
error-data-file-mb-casebook-imports-up = Die Datei hat { $value } MB; Casebook importiert bis zu { $value2 } MB auf einmal. Teilen Sie sie in kleinere Dateien.
error-data-casebook-could-tell-which-row = Casebook konnte nicht erkennen, welche Zeile die Spaltenüberschriften enthält. Wählen Sie sie aus den ersten Zeilen.
error-data-file-has-columns-but-were-2 = Die Datei hat { $headings } Spalten, aber { $mapping } wurden zugeordnet. Lesen Sie die Datei erneut und wählen Sie für jede Spalte ein Feld.
error-data-mapping-does-fit-file-s = Die Zuordnung passt nicht zu den Spalten der Datei.
error-data-no-column-taken-customer-s = Keine Spalte ist für den Namen des Kunden gewählt. Wählen Sie die Spalte (oder die Spalten für Vor- und Nachname), die ihn enthält.
error-data-file-has-headings-but-no = Die Datei hat Überschriften, aber keine Zeilen. Nichts zu importieren.
error-data-file-has-no-rows-choose = Die Datei hat keine Zeilen. Wählen Sie eine Tabelle mit Überschriftenzeile und Daten.
error-data-row-blank-file-pick-row = Zeile { $n } ist leer oder nicht in der Datei. Wählen Sie die Zeile mit den Spaltenüberschriften.
error-tell-only-entry-about-customer-can = Nur ein Eintrag über einen Kunden kann als wichtige Tatsache angeheftet werden.
error-tell-handoff-needs-someone-handing-off = Eine Übergabe braucht jemanden, der übergibt: Wählen Sie zuerst, wer Sie sind.
error-tell-you-cannot-hand-case-yourself = Sie können einen Fall nicht an sich selbst übergeben. Wählen Sie eine Kollegin oder einen Kollegen.
error-tell-colleague-you-picked-staff-list = Die gewählte Person steht nicht auf der Mitarbeiterliste.
error-tell-no-longer-active-so-cannot = { $name } ist nicht mehr aktiv und kann daher keinen Fall übernehmen. Wählen Sie jemand anderen.
error-tell-case-reopen-before-handing = Dieser Fall ist { $status ->
    [resolved] gelöst
   *[closed] geschlossen
}. Öffnen Sie ihn wieder, bevor Sie ihn an { $name } übergeben.
error-tell-brief-has-lines-keep-under = Die Übergabe hat { $count } Zeilen; bleiben Sie unter { $brief_lines_max }.
error-tell-brief-empty-keep-drafted-lines = Die Übergabe ist leer. Behalten Sie die vorgeschlagenen Zeilen oder schreiben Sie, was die nächste Person wissen muss.
error-tell-promise-must-fall-due-future = Eine Zusage muss in der Zukunft fällig sein, und { $value } ist schon vorbei. Wählen Sie einen späteren Zeitpunkt.
error-tell-broken-promise-needs-recovery-note = Eine gebrochene Zusage braucht eine Notiz zur Wiedergutmachung: Schreiben Sie, was wir getan haben, um es gutzumachen.
error-tell-period-ends-before-starts-pick = Der Zeitraum endet, bevor er beginnt. Wählen Sie ein Ende nach dem Beginn.
error-tell-promise-already-closed-as-nothing = Diese Zusage wurde bereits als { $status ->
    [kept] eingehalten
    [broken] gebrochen
   *[open] offen
} abgeschlossen. Es wurde nichts geändert.
error-tell-entry-belongs-another-case-flag = Dieser Eintrag gehört zu einem anderen Fall. Markieren Sie ihn in seinem eigenen Fall.
error-tell-complaint-already-closed-nothing-changed = Diese Beschwerde wurde bereits abgeschlossen. Es wurde nichts geändert.
error-sync-join-code-complete-mistyped-copy = Dieser Beitrittscode ist unvollständig oder falsch eingegeben. Kopieren Sie ihn erneut vom ersten Arbeitsplatz.
error-sync-join-code-made-newer-casebook = Dieser Beitrittscode stammt von einem neueren Casebook. Aktualisieren Sie Casebook an diesem Arbeitsplatz und treten Sie dann erneut bei.
error-sync-certificate-authority-could-used-check = Die Zertifizierungsstelle konnte nicht verwendet werden ({ $detail }). Prüfen Sie, ob es das Zertifikat der Stelle ist und nicht der Schlüssel des Servers.
error-sync-server-address-has-no-host = Die Serveradresse hat keinen Hostnamen. Geben Sie den Namen oder die IP-Adresse des Servers ein.
error-sync-desk-id = '{ $desk_id }' ist keine Arbeitsplatz-ID.
error-sync-server-holds-different-event-id = Der Server hat ein anderes Ereignis mit der ID { $id }. Es wurde nichts gesendet; dieser Arbeitsplatz behält seine eigene Kopie. Sagen Sie es der Person, die den Server des Geschäfts betreut.
error-sync-casebook-could-set-up-tables = Casebook konnte seine Tabellen auf dem Server unter { $at } nicht anlegen (Schritt { $number }: { $value }). Es wurde nichts geändert. Sagen Sie es der Person, die den Server betreut.
error-sync-server-address-casebook-can-use = Das ist keine Serveradresse, die Casebook verwenden kann ({ $why }). Schreiben Sie sie als postgres://benutzer:passwort@host:5432/datenbank.
error-sync-give-new-desk-name-such = Geben Sie dem neuen Arbeitsplatz einen Namen, etwa "Theke 2".
error-sync-computer-has-no-password-store = Dieser Computer hat keinen Passwortspeicher, den Casebook verwenden kann ({ $detail }), daher konnte das Serverpasswort des Geschäfts nicht { $value } werden. Installieren und entsperren Sie unter Linux GNOME Keyring oder KWallet; melden Sie sich unter Windows und macOS normal an Ihrem Benutzerkonto an. Versuchen Sie es dann erneut.
error-sync-shop-s-server-cannot-reached = Der Server des Geschäfts ist nicht erreichbar.
error-sync-desk-already-connected-shop-s = Dieser Arbeitsplatz ist bereits mit dem Server seines Geschäfts verbunden. Es wurde nichts geändert.
error-sync-desk-already-has-own-history = Dieser Arbeitsplatz hat bereits einen eigenen Verlauf ({ $events } Ereignisse), daher kann er keinem Geschäft beitreten. Treten Sie von einem Arbeitsplatz ohne Verlauf bei (starten Sie Casebook mit einem neuen Datenordner), oder exportieren Sie diesen Verlauf und importieren Sie ihn am ersten Arbeitsplatz des Geschäfts. Der Beitrittscode wurde nicht verwendet.
error-sync-desk-cannot-revoke-itself-do = Ein Arbeitsplatz kann sich nicht selbst entziehen. Tun Sie es von einem anderen Arbeitsplatz aus.
error-attachments-does-name-stored-file = '{ $hash }' bezeichnet keine gespeicherte Datei.
error-attachments-file-s-content-does-match = Der Inhalt der Datei passt nicht zu ihrem Namen ({ $name }): Sie wurde unterwegs beschädigt.
error-attachments-could-erase = { $path } konnte nicht gelöscht werden
error-attachments-could-create = { $dir } konnte nicht angelegt werden
error-attachments-empty-0-bytes-nothing-attached = „{ $name }“ ist leer (0 Byte). Es wurde nichts angehängt.
error-attachments-mb-shop-accepts-files-up = „{ $name }“ hat { $value } MB; das Geschäft nimmt Dateien bis { $limit_mb } MB an. Verkleinern Sie sie (ein Foto in geringerer Auflösung, ein PDF in Graustufen gescannt) oder bitten Sie den Inhaber, die Grenze zu erhöhen.
error-attachments-files-attach-something-said-noted = Dateien gehören zu etwas, das in einem Fall gesagt, notiert, telefoniert oder besprochen wurde.
error-attachments-write-what-customer-said-attach = Schreiben Sie auf, was der Kunde gesagt hat, um Dateien daran anzuhängen.
error-attachments-kept-desk-any-more-attach = „{ $value }“ wird an diesem Arbeitsplatz nicht mehr aufbewahrt. Hängen Sie es erneut an.
error-attachments-pick-limit-from-1-mb = Wählen Sie eine Grenze von 1 bis { $max_limit_mb } MB.
error-attachments-attachments-kept-beside-database-file = Anhänge werden neben der Datenbankdatei aufbewahrt; diese Datenbank existiert nur im Arbeitsspeicher.
error-shop-event-has-no-clock-value = Ereignis { $id } hat keinen Uhrwert (hlc); es kann nicht eingeordnet werden
error-shop-event-must-say-kind = ein Ereignis muss seine Art nennen ({ $detail })
error-shop-valid-event = kein gültiges Ereignis der Art { $kind } ({ $detail })
error-shop-kind-event-casebook-knows-may = '{ $kind }' ist keine Ereignisart, die dieses Casebook kennt; es stammt vielleicht von einer neueren Version
error-learn-you-reached-customer-write-line = Sie haben den Kunden erreicht: Schreiben Sie eine Zeile darüber, was gesagt wurde, damit die nächste Person Bescheid weiß.
error-learn-pick-between-1-3650-days = Wählen Sie zwischen 1 und 3650 Tagen ohne Kontakt, nicht { $days }.
error-learn-ask-least-one-customer-call = Fragen Sie nach mindestens einem Kunden zum Anrufen.
error-learn-you-asked-customers-but-only = Sie haben { $count } Kunden angefragt, aber nur { $pool } der { $customers } Kunden des Geschäfts wurden seit { $days } Tagen nicht kontaktiert oder angerufen. Fragen Sie nach { $pool } oder weniger, oder verkürzen Sie den Zeitraum.
error-learn-score-outside-1-5 = eine Bewertung von { $score } liegt außerhalb von 1 bis 5
error-learn-list-twice-keep-one = '{ $cause }' steht zweimal in der Liste. Behalten Sie einen Eintrag.
error-learn-keep-least-one-root-cause = Behalten Sie mindestens eine Hauptursache: Jede Eskalation muss eine nennen.
error-learn-list-has-root-causes-keep = Die Liste hat { $out } Hauptursachen; beschränken Sie sie auf { $causes_max } oder weniger.
error-learn-pick-root-cause-escalation = Wählen Sie die Hauptursache dieser Eskalation: { $value }.
error-learn-one-shop-s-root-causes = '{ $cause }' ist keine der Hauptursachen des Geschäfts. Wählen Sie eine von: { $value }.
error-learn-person-you-picked-staff-list = Die gewählte Person steht nicht auf der Mitarbeiterliste.
error-learn-active-shift-lead-owner-escalate = { $name } ist keine aktive Schichtleitung und kein Inhaber. Eskalieren Sie an eine dieser Personen.
error-learn-case-already-escalated-close-escalation = Dieser Fall ist bereits an { $name } eskaliert. Schließen Sie zuerst diese Eskalation ab oder fügen Sie dem Fall eine Notiz hinzu.
error-learn-escalation-already-closed-nothing-changed = Diese Eskalation wurde bereits abgeschlossen. Es wurde nichts geändert.
error-learn-date-date-write-as-yyyy = Das Datum '{ $text }' ({ $label }) ist kein Datum. Schreiben Sie es als JJJJ-MM-TT, z. B. 2026-11-01.
error-learn-report-ends-but-starts-pick = Der Bericht endet am { $to }, beginnt aber am { $from }. Wählen Sie ein Enddatum am oder nach dem Beginn.
error-learn-report-covers-most-ten-years = Ein Bericht umfasst höchstens zehn Jahre. Wählen Sie einen kürzeren Zeitraum.
error-learn-report-has-no-table = Der Bericht { $name } hat keine Tabelle '{ $table }'.
error-learn-could-create-reports-folder = Der Berichtsordner { $dir } konnte nicht angelegt werden
error-learn-could-save = { $path } konnte nicht gespeichert werden
error-learn-score-1-very-unhappy-5 = Eine Bewertung ist 1 (sehr unzufrieden) bis 5 (sehr zufrieden), nicht { $score }.
error-duplicates-these-already-one-customer-nothing = Das ist bereits ein Kunde. Es wurde nichts geändert.
error-core-date-time-use-form-2026 = '{ $text }' ist kein Datum mit Uhrzeit ({ $detail }). Verwenden Sie die Form 2026-11-22T09:30:00+01:00.
error-core-empty-type-before-saving = { $label } ist leer. Geben Sie es vor dem Speichern ein.
error-core-contains-control-characters-retype-without = { $label } enthält Steuerzeichen. Geben Sie es ohne sie erneut ein.
error-core-empty-write-before-saving = { $label } ist leer. Schreiben Sie es vor dem Speichern auf.
error-core-too-long-characters-limit-shorten = { $label } ist zu lang ({ $n } Zeichen; die Grenze ist { $max }). Kürzen Sie es oder teilen Sie es auf zwei Einträge auf.
error-core-valid-email-address-check-example = '{ $value }' ist keine gültige E-Mail-Adresse ({ $why }). Prüfen Sie sie, zum Beispiel name@beispiel.de.
error-core-valid-phone-number-use-digits = '{ $value }' ist keine gültige Telefonnummer ({ $why }). Verwenden Sie Ziffern, Leerzeichen, + - ( ) oder ., zum Beispiel +49 30 1234 5678.
error-core-customer-can-have-most-remove = Ein Kunde kann höchstens { $contacts_max } { $label } haben; entfernen Sie einige.
error-core-event-must-name = ein Ereignis der Art { $kind } muss { $what } nennen
error-core-could-create-data-folder = Der Datenordner { $dir } konnte nicht angelegt werden
error-core-could-open-database = Die Datenbank unter { $path } konnte nicht geöffnet werden
error-core-desk-already-has-own-history = Dieser Arbeitsplatz hat bereits einen eigenen Verlauf ({ $events } Ereignisse), daher kann er keinem Geschäft beitreten. Treten Sie von einem Arbeitsplatz ohne Verlauf bei (starten Sie Casebook mit einem neuen Datenordner), oder exportieren Sie diesen Verlauf und importieren Sie ihn am ersten Arbeitsplatz des Geschäfts, bevor dieser sich verbindet.
error-core-every-event-needs-id-desk = jedes Ereignis braucht eine ID und den Arbeitsplatz, der es geschrieben hat
error-core-could-start-database-worker = Der Datenbank-Worker konnte nicht gestartet werden
error-core-could-create = { $lock_path } konnte nicht angelegt werden
error-core-could-lock = { $lock_path } konnte nicht gesperrt werden
error-cli-report-format-use-text-csv = '{ $other }' ist kein Berichtsformat. Verwenden Sie text, csv oder json.
error-cli-already-exists-choose-new-file = { $file } existiert bereits; wählen Sie einen neuen Dateinamen.
error-cli-column-field-use-name-phone = '{ $f }' ist kein Spaltenfeld. Verwenden Sie name, phone, email, organisation, segment, notes, subject, channel, status, priority, opened, message oder ignore.
error-cli-problem-s-nothing-imported-fix = { $problem_count } Problem(e) in { $file }; es wurde nichts importiert. Beheben Sie sie und versuchen Sie es erneut: { $value }{ $value2 }
error-cli-could-start-mail-machinery = Die Mailverarbeitung konnte nicht gestartet werden
error-cli-mailbox-could-connected-see-above = Das Postfach konnte nicht verbunden werden (siehe oben).
error-cli-could-start-sync-machinery = Die Synchronisierung konnte nicht gestartet werden
error-cli-shop-has-no-staff-yet = Das Geschäft hat noch kein Personal.
error-cli-notes-were-never-acknowledged-server = { $acked } Notizen wurden vom Server nie bestätigt
error-cli-future-things-already-happened = { $text } liegt in der Zukunft: --at ist für Dinge, die schon passiert sind.
error-cli-say-who-acting-as-name = Sagen Sie mit --as NAME, wer handelt (siehe `casebook staff list`).
error-cli-demo-speaks-en-nl-de = Die Demo spricht en, nl, de, fr und es.
error-cli-negative-give-number-minutes-from = { $minutes } ist negativ: Geben Sie eine Anzahl Minuten ab 0 an.
error-cli-calendar-has-no-open-hours = Der Kalender hat in den nächsten drei Jahren keine Öffnungszeiten.
error-mail-no-mailbox-connected-so-reply = Es ist kein Postfach verbunden, daher kann diese Antwort nicht per Mail hinausgehen. Verbinden Sie das Postfach des Geschäfts auf der Seite Postfach (Menü Geschäft) oder erfassen Sie die Antwort als Anruf oder Notiz.
error-mail-customer-has-no-email-address = Dieser Kunde hat keine E-Mail-Adresse für eine Antwort. Tragen Sie zuerst eine im Profil ein.
error-mail-no-mailbox-connected-connect-one = Es ist kein Postfach verbunden. Verbinden Sie eines mit `casebook mail connect` oder auf der Seite Postfach.
error-staff-person-desk-staff-list-pick = Die Person am Arbeitsplatz steht nicht auf der Mitarbeiterliste. Wählen Sie aus der Mitarbeiterliste, wer Sie sind.
error-staff-nobody-picked-as-being-desk = Niemand ist als Person am Arbeitsplatz gewählt. Wählen Sie zuerst aus der Mitarbeiterliste, wer Sie sind.
error-sync-desk-connected-shop-s-server = Dieser Arbeitsplatz ist noch nicht mit dem Server eines Geschäfts verbunden. Verbinden Sie ihn auf der Seite Arbeitsplätze & Synchronisierung.
error-sync-owner-s-server-address-password = Serveradresse und Passwort des Inhabers werden an dem Arbeitsplatz aufbewahrt, der das Geschäft eingerichtet hat. Tun Sie es dort, oder verbinden Sie sich erneut mit der Adresse des Inhabers.
error-shop-merge-effect-may-have-been = Diese Zusammenführung ist nicht wirksam (vielleicht wurde sie schon rückgängig gemacht, hier oder an einem anderen Arbeitsplatz). Es wurde nichts geändert.
error-cli-desk-connected-shop-s-server = Dieser Arbeitsplatz ist nicht mit dem Server eines Geschäfts verbunden. Verbinden Sie ihn mit `casebook sync connect` oder treten Sie mit `casebook sync join` bei.
error-sync-server-does-hold-desk-s = Dieser Server führt das Geschäft dieses Arbeitsplatzes nicht ({ $detail } unter { $at }). Prüfen Sie die Serveradresse in den Einstellungen des Geschäfts oder treten Sie mit einem neuen Beitrittscode vom ersten Arbeitsplatz erneut bei.
error-sync-shop-s-server-does-offer = Der Server des Geschäfts unter { $at } bietet keine verschlüsselte Verbindung, und Casebook erreicht einen Server auf einem anderen Computer nur verschlüsselt. Bitten Sie die Person, die den Server betreut, die Verschlüsselung einzuschalten (ssl = on).
error-sync-shop-s-server-gave-answer = Der Server des Geschäfts unter { $at } gab eine Antwort, die Casebook nicht versteht ({ $value }). Es wurde nichts geändert. Prüfen Sie, ob die Adresse ein PostgreSQL-Server ist, oder sagen Sie es der Person, die ihn betreut.
error-sync-server-does-let-user-log = Der Server unter { $at } lässt diesen Benutzer nicht anmelden. Verwenden Sie die Adresse des Serverinhabers oder fragen Sie die Person, die den Server betreut.
error-sync-server-does-accept-connections-from = Der Server unter { $at } nimmt keine Verbindungen von diesem Computer an ({ $message }). Bitten Sie die Person, die den Server betreut, diesen Computer zuzulassen, und versuchen Sie es dann erneut.
error-sync-server-has-no-such-database = Der Server unter { $at } hat keine solche Datenbank ({ $message }). Prüfen Sie den Datenbanknamen in der Serveradresse.
error-sync-shop-s-server-refused-nothing = Der Server des Geschäfts unter { $at } hat abgelehnt ({ $message }). Es wurde nichts geändert. Passiert es immer wieder, sagen Sie es der Person, die den Server betreut.
error-sync-shop-s-server-showed-certificate = Der Server des Geschäfts unter { $at } zeigte ein Zertifikat, das nicht passt ({ $value }). Casebook hat sich nicht verbunden, um die Daten des Geschäfts zu schützen. Wurde das Zertifikat des Servers geändert, tragen Sie seine Zertifizierungsstelle in den Einstellungen des Geschäfts ein; sonst sagen Sie es der Person, die den Server betreut.
error-sync-encrypted-connection-shop-s-server = Eine verschlüsselte Verbindung zum Server des Geschäfts unter { $at } konnte nicht aufgebaut werden ({ $other }). Casebook hat sich nicht verbunden. Sagen Sie es der Person, die den Server betreut.
error-mail-address-mail-server-accepts = '{ $text }' ist keine Adresse, die ein Mailserver annimmt ({ $detail }).
error-mail-outgoing-mail-server-did-accept-2 = Der Postausgangsserver { $host } hat die Anmeldung nicht angenommen ({ $text }). Prüfen Sie das Mailpasswort auf der Seite Postfach.
error-mail-outgoing-mail-server-refused = Der Postausgangsserver { $host } hat sie abgelehnt: { $text }
error-mail-outgoing-mail-server-said-try = Der Postausgangsserver { $host } bat, es später zu versuchen: { $text }
error-mail-outgoing-mail-server-could-reached = Der Postausgangsserver { $host } konnte nicht sicher erreicht werden ({ $text }). Prüfen Sie seinen Namen und sein Zertifikat.
error-mail-outgoing-mail-server-cannot-reached = Der Postausgangsserver { $host } ist nicht erreichbar ({ $text }).
error-mail-reply-has-nobody-go = Die Antwort hat keinen Empfänger ({ $detail }).
error-data-could-create-folder = Der Ordner { $parent } konnte nicht angelegt werden
error-data-could-create = { $partial } konnte nicht angelegt werden
error-data-could-finish = { $folder } konnte nicht abgeschlossen werden
error-data-could-write-2 = { $events_path } konnte nicht geschrieben werden
error-data-valid-json-casebook-export-folder = manifest.json ist kein gültiges JSON ({ $detail }). Ist das ein Exportordner von Casebook?
error-data-does-describe-casebook-export-choose = manifest.json beschreibt keinen Casebook-Export. Wählen Sie den Ordner, den Casebook exportiert hat.
error-data-export-written-newer-casebook-format = Dieser Export wurde von einem neueren Casebook geschrieben (Format { $version }; dieses liest bis { $format_version }). Installieren Sie das neuere Casebook, um ihn zu importieren. Es wurde nichts geändert.
error-data-damaged = manifest.json ist beschädigt ({ $detail }).
error-data-has-calendar-cannot-used = manifest.json hat einen Kalender, der nicht verwendet werden kann: { $detail }
error-data-has-targets-cannot-used = manifest.json hat Ziele, die nicht verwendet werden können: { $detail }
error-data-line-longer-than-bytes = die Zeile ist länger als { $max_line_bytes } Byte
error-data-line-utf-8-text = die Zeile ist kein UTF-8-Text
error-data-event = kein Ereignis ({ $detail })
error-data-event-needs-id-desk-wrote = ein Ereignis braucht eine ID und den Arbeitsplatz, der es geschrieben hat
error-data-has-problems-so-nothing-imported = events.jsonl hat Probleme, daher wurde nichts importiert: { $value }
error-data-missing-choose-folder-casebook-exported = { $path } fehlt. Wählen Sie einen Ordner, den Casebook exportiert hat (er enthält manifest.json und events.jsonl).
error-data-could-read-3 = { $manifest_path } konnte nicht gelesen werden
error-data-holds-events-but-export-recorded = events.jsonl enthält { $found } Ereignisse, aber der Export verzeichnete { $events }: Die Kopie ist unvollständig. Exportieren Sie erneut oder kopieren Sie den ganzen Ordner. Es wurde nichts importiert.
error-data-folder-holds-files-but-export = Der Ordner attachments enthält { $names } Dateien, aber der Export verzeichnete { $files }: Die Kopie ist unvollständig. Exportieren Sie erneut oder kopieren Sie den ganzen Ordner. Es wurde nichts importiert.
error-data-file-cannot-used-nothing-imported = Eine Datei in attachments kann nicht verwendet werden ({ $detail }). Es wurde nichts importiert.
error-data-line = events.jsonl Zeile { $line }: { $detail }
error-data-line-nothing-imported = events.jsonl Zeile { $line }: { $message }. Es wurde nichts importiert.
error-data-nothing-imported = events.jsonl: { $detail }. Es wurde nichts importiert.
error-data-lines-nothing-imported = events.jsonl Zeilen { $first_line } bis { $line }: { $detail }. Es wurde nichts importiert.
error-data-file-did-arrive-whole-choose = Die Datei ist nicht vollständig angekommen. Wählen Sie sie erneut.
error-data-file-empty-choose-spreadsheet-heading = Die Datei ist leer. Wählen Sie eine Tabelle mit Überschriftenzeile und Daten.
error-data-spreadsheet-choose-csv-xlsx-ods = { $value } ist { $what }, keine Tabelle. Wählen Sie eine .csv-, .xlsx- oder .ods-Datei.
error-data-compressed-file-but-workbook-casebook = { $value } ist eine komprimierte Datei, aber keine Arbeitsmappe, die Casebook lesen kann. Speichern Sie sie als .xlsx, .ods oder .csv und versuchen Sie es erneut.
error-data-workbook-has-no-sheet-sheets = Die Arbeitsmappe hat kein Blatt "{ $wanted }". Ihre Blätter sind: { $value }.
error-data-workbook-has-no-sheets = Die Arbeitsmappe hat keine Blätter.
error-data-sheet-could-read = Das Blatt "{ $sheet }" konnte nicht gelesen werden ({ $detail }).
error-data-sheet-has-rows-columns-more = Das Blatt "{ $sheet }" hat { $height } Zeilen und { $width } Spalten, mehr als Casebook auf einmal liest. Teilen Sie es auf.
error-data-encoding-casebook-knows-choose-one = '{ $label }' ist keine Kodierung, die Casebook kennt. Wählen Sie eine aus der Liste.
error-data-file-does-read-as-text = Die Datei lässt sich nicht als { $value }-Text lesen: Manche Zeichen würden als � erscheinen. Wählen Sie die Kodierung, in der die Datei gespeichert wurde.
error-data-file-text-spreadsheet-saved-holds = Diese Datei ist kein von einer Tabellenkalkulation gespeicherter Text: Sie enthält Binärdaten. Wählen Sie eine .csv-, .xlsx- oder .ods-Datei.
error-attachments-could-create-2 = { $folder } konnte nicht angelegt werden
error-attachments-could-write = { $temp } konnte nicht geschrieben werden
error-attachments-could-keep = { $path } konnte nicht aufbewahrt werden
error-attachments-could-flush = { $dir } konnte nicht auf die Platte geschrieben werden
error-data-could-read-backup = Die Sicherung { $path } konnte nicht gelesen werden
error-data-could-write-backup = Die Sicherung { $target } konnte nicht geschrieben werden
error-data-could-create-backups-folder = Der Sicherungsordner { $dir } konnte nicht angelegt werden
error-data-could-keep-backup = Die Sicherung { $target } konnte nicht aufbewahrt werden
error-sync-shop-s-server-cannot-reached-2 = Der Server des Geschäfts unter { $at } ist nicht erreichbar ({ $why }). Dieser Arbeitsplatz arbeitet weiter und sendet seine Arbeit, wenn der Server wieder da ist.
error-sync-server-cannot-reached-check-server = Der Server unter { $at } ist nicht erreichbar ({ $why }). Prüfen Sie die Serveradresse und ob der Server läuft, und versuchen Sie es dann erneut.
error-sync-shop-s-server-cannot-reached-3 = Der Server des Geschäfts unter { $at } ist nicht erreichbar ({ $why }). Prüfen Sie, ob dieser Computer im Netzwerk des Geschäfts ist und der Server läuft, und versuchen Sie den Beitrittscode dann erneut.
error-sync-shop-s-server-does-accept = Der Server des Geschäfts unter { $at } nimmt das Passwort dieses Arbeitsplatzes nicht an. Vielleicht wurde der Arbeitsplatz auf einem anderen Computer neu eingerichtet. Bitten Sie den ersten Arbeitsplatz um einen neuen Beitrittscode und treten Sie erneut bei.
error-sync-server-does-accept-user-name = Der Server unter { $at } nimmt diesen Benutzernamen und dieses Passwort nicht an. Prüfen Sie die Serveradresse des Inhabers (den Teil vor dem @) und versuchen Sie es dann erneut.
error-sync-join-code-already-used-withdrawn = Dieser Beitrittscode wurde bereits verwendet oder zurückgezogen: Der Server nimmt ihn nicht mehr an. Ein Beitrittscode funktioniert einmal. Bitten Sie den ersten Arbeitsplatz um einen neuen.
error-sync-user-owner-s-server-address = Der Benutzer in der Serveradresse des Inhabers darf das unter { $at } nicht tun ({ $message }). Er muss Rollen und Tabellen anlegen können: Verwenden Sie die Adresse des Serverinhabers.
error-sync-shop-s-server-refused-desk = Der Server des Geschäfts unter { $at } hat diesen Arbeitsplatz abgelehnt ({ $message }). Vielleicht wurde sein Zugang entzogen, oder er gehört nicht zu diesem Geschäft. Es wurde nichts geändert. Bitten Sie den ersten Arbeitsplatz um einen neuen Beitrittscode.
error-sync-signed-authority-computer-trusts = es ist nicht von einer Stelle signiert, der dieser Computer vertraut
error-sync-has-expired = es ist abgelaufen
error-sync-revoked = es wurde widerrufen
error-sync-nothing-answers-address-port = unter dieser Adresse und diesem Port antwortet nichts
error-sync-no-answer-time = keine Antwort rechtzeitig
error-sync-network-does-reach = das Netzwerk erreicht ihn nicht
error-hours-calendar-file-names-which-part = Die Kalenderdatei nennt '{ $name }', was nicht zu einem Kalender gehört (Tage werden monday bis sunday geschrieben, kleingeschrieben; siehe README). Es wurde nichts geändert.
error-hours-calendar-file-valid-see-readme = Die Kalenderdatei ist ungültig ({ $detail }). Die erwartete Form steht im README.
error-core-could-find-user-data-folder = Der Datenordner des Benutzers wurde nicht gefunden
error-mail-problem = { $message }
error-sync-join-code-already-used-join = Dieser Beitrittscode wurde bereits für einen Arbeitsplatz verwendet. Ein Beitrittscode funktioniert einmal: Bitten Sie den ersten Arbeitsplatz um einen neuen.
error-sync-shop-s-server-holds-event = Der Server des Geschäfts hat ein Ereignis, das dieses Casebook nicht lesen kann (Ereignis { $id }: { $detail }). Ein anderer Arbeitsplatz verwendet vielleicht ein neueres Casebook: Aktualisieren Sie Casebook an diesem Arbeitsplatz.
error-sync-server-does-hold-shop-check = Dieser Server führt das Geschäft { $shop_id } nicht ({ $at }). Prüfen Sie die Serveradresse oder richten Sie das Geschäft vom ersten Arbeitsplatz aus auf diesem Server ein.
error-sync-desk-already-belongs-another-shop = Dieser Arbeitsplatz gehört bereits zu einem anderen Geschäft auf dem Server unter { $at }. Es wurde nichts geändert.
error-sync-server-set-up-newer-casebook = Dieser Server wurde von einem neueren Casebook eingerichtet (Serverschema { $found }, dieser Arbeitsplatz kennt bis { $server_schema }). Aktualisieren Sie Casebook an diesem Arbeitsplatz.
error-demo-shop-not-empty = Diese Datenbank enthält bereits ein Geschäft ({ $staff } Mitarbeiter, { $customers } Kunden). Das Demo-Geschäft kann nur in eine leere Datenbank geladen werden; wählen Sie mit --db eine neue Datei.
error-demo-no-customers = Fragen Sie nach mindestens einem Kunden.

## Die Hülle (src-tauri/src)

shell-no-program-opened = Kein Programm auf diesem Computer hat { $path } geöffnet ({ $detail }). Öffnen Sie es stattdessen im Dateimanager.
shell-file-could-run-program = „{ $name }“ könnte ein Programm auf diesem Computer starten. Öffnen Sie es nur, wenn Sie ihm vertrauen.
shell-file-not-whole = Die Datei ist nicht vollständig angekommen ({ $detail }). Hängen Sie sie erneut an.
shell-request-not-understood = Die Anfrage wurde nicht verstanden ({ $detail }). Es wurde nichts geändert.
shell-command-panicked = In Casebook ist etwas schiefgegangen. Es wurde nichts gespeichert. Bitte versuchen Sie es erneut; passiert es immer wieder, starten Sie Casebook neu.
shell-request-not-json = Die Anfrage wurde nicht verstanden (sie war kein JSON). Es wurde nichts geändert.
shell-title = { $overdue ->
    [0] Casebook
   *[other] Casebook — { $overdue } überfällig
}
shell-tray-open = Casebook öffnen
shell-tray-quit = Casebook beenden
shell-notifications-broken = Desktop-Benachrichtigungen funktionieren nicht ({ $detail }). Überfällige Fälle stehen weiterhin in der Warteschlange und im Fenstertitel.
notify-open-case = Fall öffnen

## Was nur Schichtleitung oder Inhaber dürfen: ergänzt "… darf nicht { $what }"

lead-change-hours = Öffnungszeiten, Feiertage oder Antwortziele ändern
lead-connect-mailbox = das Postfach des Geschäfts verbinden
lead-disconnect-mailbox = das Postfach des Geschäfts trennen
lead-connect-server = diesen Arbeitsplatz mit dem Server des Geschäfts verbinden
lead-add-desk = dem Geschäft einen Arbeitsplatz hinzufügen
lead-revoke-desk = einem Arbeitsplatz den Zugang entziehen
lead-change-file-limit = die größte Datei ändern, die das Geschäft annimmt
lead-change-root-causes = die Liste der Hauptursachen ändern
lead-close-escalation = eine Eskalation abschließen

## Wie ein eingegebener Wert in Meldungen heißt

label-a-line-of-the-brief = Eine Zeile der Übergabe
label-a-root-cause = Eine Hauptursache
label-a-section-title = Eine Abschnittsüberschrift
label-customer-name = Der Name des Kunden
label-message = Die Nachricht
label-name = Der Name
label-notes = Die Notizen
label-organisation = Die Organisation
label-segment = Das Segment
label-subject = Der Betreff
label-the-customers-comment = Der Kommentar des Kunden
label-the-handover-note = Die Übergabenotiz
label-the-reason-for-erasing = Der Grund für das Löschen
label-the-reply = Die Antwort
label-what-happened = Was geschah
label-what-the-complaint-is-about = Worum es in der Beschwerde geht
label-what-was-promised = Was zugesagt wurde
label-what-was-said = Was gesagt wurde
label-what-we-changed = Was wir geändert haben
label-phone-numbers = Telefonnummern
label-email-addresses = E-Mail-Adressen

## Warum eine E-Mail-Adresse oder Telefonnummer keine ist

why-it-is-empty = sie ist leer
why-it-is-longer-than-254-characters = sie ist länger als 254 Zeichen
why-it-contains-a-space = sie enthält ein Leerzeichen
why-it-has-no = sie hat kein @
why-it-has-more-than-one = sie hat mehr als ein @
why-nothing-before-the = vor dem @ steht nichts
why-the-part-after-the-needs-a-dot-like-exam = der Teil nach dem @ braucht einen Punkt, wie beispiel.de
why-the-part-after-the-has-a-misplaced-dot = der Teil nach dem @ hat einen Punkt an der falschen Stelle
why-the-part-before-the-has-a-misplaced-dot = der Teil vor dem @ hat einen Punkt an der falschen Stelle
why-a-can-only-come-first = ein + darf nur am Anfang stehen
why-it-has-fewer-than-6-digits = sie hat weniger als 6 Ziffern
why-it-has-more-than-17-digits = sie hat mehr als 17 Ziffern
why-phone-contains = sie enthält '{ $c }'

## Die Kommandozeile

cli-could-not-write-output = Die Ausgabe konnte nicht geschrieben werden
cli-demo-loaded = Das Demo-Geschäft ist geladen: { $staff } Mitarbeiter, { $customers } Kunden, { $cases } Fälle, { $events } Ereignisse.

## Sprache und Format des Geschäfts

error-locale-unknown-language = '{ $language }' ist keine Sprache, die Casebook spricht. Wählen Sie eine von: en (English), nl (Nederlands), de (Deutsch), fr (Français), es (Español).
error-locale-bad-region = '{ $region }' ist kein Gebietsschema. Schreiben Sie es als Sprache und Land, etwa de-DE, de-CH, en-GB oder nl-NL.

## Desktop-Benachrichtigungen

notify-target = { $target ->
    [first_response] eine erste Antwort
    [next_response] eine Antwort
    [resolution] die Lösung des Falls
   *[promise] das Zugesagte
}
notify-owner = Zuständig: { $owner }.
notify-promise-keeper = { $owner } hält sie ein.
notify-case-of = { $subject } ({ $customer })
notify-closed-summary = { $count ->
    [one] 1 Fall wurde überfällig, während Casebook geschlossen war
   *[other] { $count } Fälle wurden überfällig, während Casebook geschlossen war
}
notify-closed-body = { $more ->
    [0] { $names }. Öffnen Sie die Warteschlange, um sie zu sehen.
   *[other] { $names } und { $more } weitere. Öffnen Sie die Warteschlange, um sie zu sehen.
}
notify-flood-summary = { $count } Fälle brauchen Aufmerksamkeit
notify-flood-body = { $soon ->
    [0] { $overdue } überfällig
   *[other] { $overdue ->
        [0] { $soon } bald fällig
       *[other] { $overdue } überfällig, { $soon } bald fällig
    }
}. Öffnen Sie die Warteschlange, um sie zu sehen.
notify-promise-overdue-summary = Zusage überfällig: { $promise }
notify-promise-overdue-body = { $customer } bis { $time } zugesagt ({ $subject }).
notify-promise-due-summary = Zusage fällig um { $time }: { $promise }
notify-promise-due-body = { $customer } zugesagt ({ $subject }).
notify-overdue-summary = Überfällig: { $subject }
notify-overdue-body = { $customer } wartet seit { $time } auf { $target ->
    [first_response] eine erste Antwort
    [next_response] eine Antwort
    [resolution] die Lösung des Falls
   *[promise] das Zugesagte
}.
notify-due-soon-summary = Fällig um { $time }: { $subject }
notify-due-soon-body = { $customer } erwartet bis { $time } { $target ->
    [first_response] eine erste Antwort
    [next_response] eine Antwort
    [resolution] die Lösung des Falls
   *[promise] das Zugesagte
}.
notify-a-colleague = Jemand aus dem Team
notify-handoff-to-you = { $from } hat Ihnen übergeben: { $subject }
notify-handoff = { $from } hat { $to } übergeben: { $subject }
notify-handoff-note = { $customer }. { $note }
notify-handoff-no-note = { $customer }. Die Übergabe steht oben im Fall.

## Die vorgeschlagene Übergabe (jede Zeile ist änderbar)

brief-their-words = In ihren Worten
brief-tried = Was wir versucht haben
brief-promises = Offene Zusagen
brief-expectations = Was sie erwarten
brief-complaints = Beschwerden
brief-first-message = „{ $text }“ ({ $when })
brief-pinned = Angeheftet: { $text }
brief-latest = Zuletzt: „{ $text }“ ({ $when })
brief-earlier = { $count ->
    [one] …und 1 früherer Eintrag im Verlauf.
   *[other] …und { $count } frühere Einträge im Verlauf.
}
brief-someone = Jemand
brief-tried-line = { $who } { $what ->
    [reply] antwortete
    [note] notierte
    [call_in] nahm einen Anruf an
    [call_out] rief an
   *[visit] sprach vor Ort
} ({ $when }): { $text }
brief-promise = { $text } — fällig { $when }{ $late ->
    [yes] { " — ÜBERFÄLLIG" }
   *[no] {""}
}
brief-promise-kept-by = { $text } — fällig { $when }, { $owner } hält sie ein{ $late ->
    [yes] { " — ÜBERFÄLLIG" }
   *[no] {""}
}
brief-expectation = { $label ->
    [never] Niemals
    [always] Immer
    [recovery] Wenn etwas schiefgeht
    [channel] Möchte kontaktiert werden
    [hours] Am besten erreichbar
    [turnaround] Erwartet eine Antwort innerhalb von
   *[notes] Notizen
}: { $text }
brief-channel = { $channel ->
    [walk_in] persönlich
    [phone] telefonisch
    [email] per E-Mail
    [chat] per Chat
   *[other] auf anderem Weg
}
brief-complaint-open = { $summary } (offen, seit { $when }, zu „{ $subject }“)
brief-complaint-closed = { $summary } (abgeschlossen)
brief-complaint-closed-changed = { $summary } (abgeschlossen; wir haben geändert: { $changed })

## Berichte: Titel, Spaltenüberschriften (auch in CSV), Ergebnisse

report-table-first-response-and-resolution-by-customer-segmen = Erste Antwort und Lösung nach Kundensegment
report-table-response-targets-met-by-when-the-case-was-opened = Antwortziele erreicht, nach Eröffnung des Falls
report-column-segment = Segment
report-column-cases = Fälle
report-column-first-response-median-business-min = Erste Antwort, Median (Geschäftsminuten)
report-column-first-response-90th-percentile-business-min = Erste Antwort, 90. Perzentil (Geschäftsminuten)
report-column-first-response-within-target-percent = Erste Antwort im Ziel (%)
report-column-resolution-median-business-min = Lösung, Median (Geschäftsminuten)
report-column-resolution-90th-percentile-business-min = Lösung, 90. Perzentil (Geschäftsminuten)
report-column-resolution-within-target-percent = Lösung im Ziel (%)
report-column-period-starting = Zeitraum ab
report-column-cases-opened = Eröffnete Fälle
report-title-fairness-how-long-each-kind-of-customer-waits = Fairness: wie lange jede Art von Kunde wartet
report-title-response-targets-met-over-time = Antwortziele im Zeitverlauf
report-table-promises-by-the-day-they-fell-due = Zusagen nach Fälligkeitstag
report-table-escalations-closed-what-changed = Abgeschlossene Eskalationen: was sich geändert hat
report-table-escalations-by-root-cause = Eskalationen nach Hauptursache
report-table-complaints-closed-what-we-changed = Abgeschlossene Beschwerden: was wir geändert haben
report-table-complaints-opened-and-closed = Beschwerden eröffnet und abgeschlossen
report-table-satisfaction-over-time = Zufriedenheit im Zeitverlauf
report-table-scores-given = Vergebene Bewertungen
report-column-kept = Eingehalten
report-column-broken = Gebrochen
report-column-open-and-past-due = Offen und überfällig
report-column-kept-percent = Eingehalten (%)
report-column-opened = Eröffnet
report-column-root-cause = Hauptursache
report-column-case = Fall
report-column-what-happened = Was geschah
report-column-what-changed = Was sich geändert hat
report-column-escalations = Eskalationen
report-column-still-open = Noch offen
report-column-closed = Abgeschlossen
report-column-customer = Kunde
report-column-complaint = Beschwerde
report-column-what-we-changed = Was wir geändert haben
report-column-customer-told = Kunde informiert
report-column-scores = Bewertungen
report-column-average-1-5 = Durchschnitt (1–5)
report-column-4-or-5-percent = 4 oder 5 (%)
report-column-score = Bewertung
report-column-times-given = Anzahl
report-title-promises-kept = Eingehaltene Zusagen
report-title-escalations-by-root-cause = Eskalationen nach Hauptursache
report-title-complaints-opened-and-closed = Beschwerden eröffnet und abgeschlossen
report-title-satisfaction = Zufriedenheit
report-customers-without-segment = Kunden ohne Segment
report-segment-customers = Kunden im Segment { $segment }
report-duration = { $hours ->
    [0] { $minutes } Min.
   *[other] { $minutes ->
        [0] { $hours } Std.
       *[other] { $hours } Std. { $minutes } Min.
    }
}
report-row-no-segment = (kein Segment)
report-row-all-customers = Alle Kunden
report-yes = ja
report-no = nein
report-fairness-waits-longer = { $segments } warten { $ratio }-mal so lange auf { $measure ->
    [first] eine erste Antwort
   *[resolution] eine Lösung
} wie { $quickest } (Median { $median } gegenüber { $quickest_median }).
report-fairness-fewer-within-target = Nur { $rate } % der { $segments } bekamen { $measure ->
    [first] eine erste Antwort
   *[resolution] eine Lösung
} im Ziel, gegenüber { $best_rate } % der { $best }.
report-fairness-all-alike = Kein Segment wartet merklich länger als ein anderes: Jeder Median liegt innerhalb des { $ratio }-fachen des schnellsten, und jeder Anteil im Ziel innerhalb von { $points } Punkten des besten.
report-fairness-too-few = Zu wenige Fälle, um Segmente zu vergleichen: Jedes braucht mindestens { $min } beantwortete Fälle im Zeitraum.
report-attainment-unknown = Für keinen in diesem Zeitraum eröffneten Fall ist das Ergebnis schon bekannt.
report-attainment = Von { $cases } eröffneten Fällen lagen { $first ->
    [none] keine
   *[other] { $first } %
} der ersten Antworten und { $resolution ->
    [none] keine
   *[other] { $resolution } %
} der Lösungen im Ziel.
report-promises-kept = { $kept } von { $closed } in diesem Zeitraum fälligen Zusagen wurden eingehalten ({ $rate } %).
report-promises-none = Keine in diesem Zeitraum fällige Zusage wurde bisher eingehalten oder gebrochen.
report-promises-overdue = { $count ->
    [one] 1 Zusage ist überfällig und noch offen: Halten Sie sie ein oder erfassen Sie, wie wir es gutgemacht haben.
   *[other] { $count } Zusagen sind überfällig und noch offen: Halten Sie sie ein oder erfassen Sie, wie wir es gutgemacht haben.
}
report-escalations-top = { $total ->
    [one] 1 Eskalation
   *[other] { $total } Eskalationen
}; die häufigste Hauptursache war { $cause } ({ $count } von { $total }).
report-escalations-none = In diesem Zeitraum wurde kein Fall eskaliert.
report-escalations-open = { $open ->
    [one] 1 ist noch offen: Schließen Sie sie mit dem ab, was sich geändert hat, damit es nicht wieder passiert.
   *[other] { $open } sind noch offen: Schließen Sie jede mit dem ab, was sich geändert hat, damit es nicht wieder passiert.
}
report-complaints = { $opened ->
    [one] 1 Beschwerde
   *[other] { $opened } Beschwerden
} eröffnet und { $closed } abgeschlossen in diesem Zeitraum.
report-complaints-told = Der Kunde erfuhr bei { $told } von { $closed } abgeschlossenen, was wir geändert haben.
report-complaints-open = { $open ->
    [one] 1 Beschwerde ist heute offen.
   *[other] { $open } Beschwerden sind heute offen.
}
report-satisfaction = Durchschnittliche Bewertung { $average } von { $count } Kunden; { $happy } % gaben 4 oder 5.
report-satisfaction-none = In diesem Zeitraum wurden keine Bewertungen erfasst.

## Was Casebook mit dem Posteingangsserver tat

imap-doing-starttls = Starten der Verschlüsselung (STARTTLS)
imap-doing-sign-in = Anmelden
imap-doing-open-folder = Öffnen des Ordners { $folder }
imap-doing-list-new = Auflisten neuer Nachrichten
imap-doing-fetch = Abrufen der Nachrichten
imap-doing-list-folders = Auflisten der Ordner
imap-doing-idle = Warten auf neue Mail
imap-doing-stop-idle = Beenden des Wartens
mail-server-incoming = Posteingang (IMAP)
mail-server-in = Posteingang (IMAP)
mail-server-out = Postausgang (SMTP)

cli-at-desk = { $name } ist am Arbeitsplatz.
cli-staff-added = { $name } hinzugefügt ({ $role ->
    [owner] Inhaber
    [lead] Schichtleitung
   *[staff] Mitarbeiter
}) als { $id }.
cli-no-customer-matches = Kein Kunde passt zu '{ $query }'.
cli-customer-added = Kunde { $name } hinzugefügt als { $id }.
cli-case-opened = Fall { $id } eröffnet für { $customer }: { $subject }
cli-queue-empty = Die Warteschlange ist leer: keine offenen Fälle.
cli-overdue = { $by } überfällig
cli-due-in = fällig in { $within }
cli-waiting-on-customer = wartet auf den Kunden

cli-backed-up = Gesichert und geprüft: { $path }
cli-no-backups = Noch keine Sicherungen in { $dir }.
cli-database-intact = Die Datenbank ist intakt.
cli-database-damaged = Die Datenbank ist beschädigt: { $detail }. Stellen Sie die letzte Sicherung wieder her.
cli-files-checked = { $count } angehängte Dateien geprüft.
cli-calendar-saved = Kalender gespeichert; die Frist jedes offenen Falls folgt ihm jetzt.
cli-holidays-imported = { $count } Feiertage importiert.
cli-reply-waits = Die Antwort wartet im Postausgang ({ $id }).
cli-reply-retried = Die Antwort wird erneut versucht.
cli-outbox-empty = Nichts wartet auf den Versand.
cli-no-mailbox = Es ist kein Postfach verbunden.
cli-mailbox-connected = Verbunden: Dieser Arbeitsplatz ruft die Mail des Geschäfts ab und sendet sie.
cli-mailbox-not-connected = Nicht verbunden.
cli-mail-checked = { $fetched } abgerufen: { $new } neu, { $already } schon vorhanden, { $copies } Kopien unserer Antworten. { $sent } gesendet, { $failed } fehlgeschlagen, { $refused } abgelehnt (nicht gesendet).
cli-mailbox-disconnected = Das Postfach des Geschäfts ist getrennt.
cli-sync-alone = Nicht verbunden: Dieser Arbeitsplatz arbeitet allein.
cli-sync-connecting = Verbinde mit dem Server des Geschäfts…
cli-sync-in-sync = Synchron.
cli-sync-sending = Sende { $waiting }…
cli-sync-receiving = Empfange: bisher { $received }…
cli-sync-offline = Offline seit { $since }, { $waiting } warten auf den Versand. { $reason }
cli-sync-problem = Problem: { $message }
cli-join-code = Beitrittscode für { $desk } (funktioniert einmal; halten Sie ihn geheim):
cli-joined = { $shop } als eigener Arbeitsplatz beigetreten; { $events } Ereignisse empfangen.
cli-synced = { $sent } gesendet, { $received } empfangen.
cli-desk-revoked = Arbeitsplatz { $id } erreicht den Server des Geschäfts nicht mehr.

## Das Postfach des Geschäfts testen, Schritt für Schritt

mail-test-no-password = Geben Sie das Passwort des Postfachs ein (bei den meisten Anbietern ein App-Passwort).
mail-test-imap-signed-in = Posteingang: angemeldet bei { $host }:{ $port } als { $user }.
mail-test-inbox = { $count ->
    [one] Der Posteingang enthält 1 Nachricht.
   *[other] Der Posteingang enthält { $count } Nachrichten.
}
mail-test-idle = Neue Mail erscheint innerhalb von Sekunden: Der Server meldet sie Casebook, sobald sie ankommt.
mail-test-polls = Der Server kann Casebook nicht melden, wann Mail ankommt, daher schaut es alle { $minutes } Minuten nach (und bei Jetzt abrufen).
mail-test-imap-failed = Posteingang: { $detail }
mail-test-smtp-signed-in = Postausgang: angemeldet bei { $host }:{ $port }, um Antworten zu senden.
mail-test-smtp-failed = Postausgang: { $detail }
error-shop-event-names-unknown-customer = es betrifft Kunde { $id }, den diese Geschichte nie angelegt hat
error-shop-event-names-unknown-case = es betrifft Fall { $id }, der in der Geschichte dieses Kunden nie eröffnet wurde
error-core-event-names-unknown-record = es nennt { $id } in { $table }, das nicht zu diesem Kunden gehört
error-tell-pinned-entry-unknown = es heftet Eintrag { $event_id } an, der nicht in der Geschichte dieses Kunden steht
error-attachments-entry-unknown = es hängt Dateien an Eintrag { $entry_id } an, der nicht in der Geschichte dieses Kunden steht
error-customers-event-without-name = ein neuer Kunde ohne Namen
error-sync-gate-clock-ahead = Die Uhr dieses Arbeitsplatzes geht gegenüber dem Server des Ladens vor, daher hat der Server die letzte Arbeit noch nicht angenommen. Der Arbeitsplatz gibt dieser Arbeit neue Uhrwerte und sendet sie selbst erneut; stellen Sie Datum und Uhrzeit dieses Computers richtig, um sicherzugehen.
error-sync-gate-rate = Dieser Arbeitsplatz hat mehr Ereignisse gesendet, als der Server des Ladens pro Minute annimmt. Er sendet den Rest selbst in etwa { $seconds } s; nichts geht verloren.
error-sync-gate-too-big = Der Server des Ladens hat Arbeit dieses Arbeitsplatzes als zu groß abgelehnt ({ $message }). Sie bleibt auf diesem Arbeitsplatz. Sagen Sie es der Person, die den Server des Ladens betreut.
error-sync-gate-malformed = Der Server des Ladens hat ein Ereignis dieses Arbeitsplatzes als fehlerhaft abgelehnt ({ $detail }). Es bleibt auf diesem Arbeitsplatz; sonst wurde nichts gesendet. Sagen Sie es der Person, die Casebook im Laden betreut.
error-sync-gate-other-desk = Der Server des Ladens hat Ereignisse im Namen eines anderen Arbeitsplatzes abgelehnt ({ $message }). Ein Arbeitsplatz sendet nur seine eigene Arbeit; es wurde nichts gesendet.
error-sync-gate-update-desk = Der Server des Ladens unter { $at } braucht ein neueres Casebook auf diesem Arbeitsplatz. Aktualisieren Sie Casebook hier; die Arbeit dieses Arbeitsplatzes wartet bis dahin sicher.
error-sync-gate-not-joined = Dieser Arbeitsplatz ist dem Laden noch nicht beigetreten: treten Sie zuerst mit seinem Code bei.
error-sync-gate-code-expired = Dieser Beitrittscode ist abgelaufen. Bitten Sie einen als Inhaber angemeldeten Arbeitsplatz um einen neuen.
error-sync-gate-file-refused = Der Server des Ladens hat eine angehängte Datei abgelehnt ({ $message }). Sie bleibt auf diesem Arbeitsplatz.
error-sync-gate-no-erasure = Der Server des Ladens behält eine Datei, bis der Verlauf des Ladens ihre Löschung enthält. Löschen Sie sie zuerst beim Fall.
error-sync-join-code-days = Ein Beitrittscode gilt 1 bis 90 Tage.
error-sync-server-set-up-older-casebook = Der Server des Ladens unter { $at } wurde von einem älteren Casebook eingerichtet. Er wird aktualisiert, sobald ein als Inhaber angemeldeter Platz Plätze und Abgleich öffnet (oder `casebook sync desks` ausführt); die Arbeit dieses Arbeitsplatzes wartet bis dahin sicher.
lead-owner-sign-in = den Inhaberzugang auf einem Arbeitsplatz behalten oder vergessen
error-sync-owner-other-server = Diese Adresse gehört zu einem anderen Server: der Server dieses Ladens ist { $at }. Geben Sie die Inhaberadresse auf diesem Server an.
cli-owner-url-prompt = Die Serveradresse des Inhabers (postgres://inhaber:PASSWORT@host:5432/datenbank), beim Tippen nicht sichtbar: 
cli-owner-url-missing = Es wurde keine Serveradresse des Inhabers angegeben. Tippen Sie sie auf Nachfrage, geben Sie sie über die Standardeingabe oder setzen Sie CASEBOOK_OWNER_URL; auf der Befehlszeile, wo andere sie lesen könnten, wird sie nie angenommen.
cli-owner-signed-in = Der Inhaberzugang liegt jetzt auf diesem Arbeitsplatz: er kann Arbeitsplätze einladen und ihnen den Zugang entziehen.
cli-owner-signed-out = Der Inhaberzugang wurde auf diesem Arbeitsplatz vergessen. Er gleicht weiter ab wie zuvor.
cli-join-code-until = Gilt einmal, bis { $until }.
cli-set-aside-unknown-kind =
    { $count ->
        [one] 1 Ereignis von { $desk } braucht ein neueres Casebook: Aktualisieren Sie diesen Arbeitsplatz.
       *[other] { $count } Ereignisse von { $desk } brauchen ein neueres Casebook: Aktualisieren Sie diesen Arbeitsplatz.
    }
cli-set-aside-damaged =
    { $count ->
        [one] 1 Ereignis von { $desk } ist beschädigt und wurde übersprungen.
       *[other] { $count } Ereignisse von { $desk } sind beschädigt und wurden übersprungen.
    }
cli-set-aside-refers-to-nothing =
    { $count ->
        [one] 1 Ereignis von { $desk } betrifft etwas, das der Verlauf dieses Arbeitsplatzes nicht enthält, und wurde übersprungen.
       *[other] { $count } Ereignisse von { $desk } betreffen etwas, das der Verlauf dieses Arbeitsplatzes nicht enthält, und wurden übersprungen.
    }
cli-set-aside-not-allowed =
    { $count ->
        [one] 1 Ereignis von { $desk } tat etwas, das dieser Arbeitsplatz nicht darf, und wurde übersprungen.
       *[other] { $count } Ereignisse von { $desk } taten etwas, das dieser Arbeitsplatz nicht darf, und wurden übersprungen.
    }

## src/mail/rules.rs and src/mail/reply.rs

mail-refused-not-shop-address = Sie sollte als { $address } versendet werden, und das ist nicht die Adresse des Geschäfts ({ $shop }).
mail-refused-not-customers-case = Der Fall existiert hier nicht mehr oder gehört nicht diesem Kunden.
mail-refused-stranger-address = { $address } ist keine Adresse des Kunden, und niemand hat sie in die Antwort eingetippt.
mail-refused-not-an-address = '{ $address }' ist keine E-Mail-Adresse.
mail-refused-no-recipient = Die Antwort nennt niemanden, an den sie gehen soll.
error-mail-reply-too-many-addresses = Eine Antwort geht an höchstens { $max } Adressen.
error-data-backup-of-another-shop = Diese Sicherung gehört zu einem anderen Geschäft ({ $theirs }), und dieser Arbeitsplatz gehört zu { $ours }: Wiederherstellen würde die Verläufe zweier Geschäfte mischen. Wählen Sie eine Sicherung von { $ours }, oder stellen Sie sie auf einem Arbeitsplatz ohne Geschäft wieder her.
cli-sync-status =
    Geschäft { $shop } auf { $server }, Arbeitsplatz { $desk }.
    { $waiting ->
        [0] Alles, was dieser Arbeitsplatz geschrieben hat, ist auf dem Server des Geschäfts.
        [one] 1 Änderung dieses Arbeitsplatzes wartet auf den Versand.
       *[other] { $waiting } Änderungen dieses Arbeitsplatzes warten auf den Versand.
    }
error-sync-readmit-revoked = Der Arbeitsplatz { $desk } wurde widerrufen und wird daher nicht mit seinem Verlauf wieder zugelassen (ein verlorener oder gestohlener PC bleibt draußen). Erstellen Sie stattdessen einen Beitrittscode für einen neuen Arbeitsplatz.
error-sync-desk-in-another-shop = Dieser Arbeitsplatz gehört zum Geschäft { $shop }; der Beitrittscode ist für { $theirs }. Verlassen Sie zuerst { $shop } (Plätze und Abgleich, oder `casebook sync leave`). Es wurde nichts geändert.
error-sync-no-desk-named = Das Geschäft hat keinen Arbeitsplatz namens „{ $desk }“. Seine Arbeitsplätze: { $names }.
error-sync-two-desks-named = Zwei Arbeitsplätze heißen „{ $desk }“: Nennen Sie den gemeinten mit seiner Kennung (`casebook sync desks` listet sie auf).
error-sync-leave-unsent =
    { $waiting ->
        [one] 1 Änderung dieses Arbeitsplatzes ist
       *[other] { $waiting } Änderungen dieses Arbeitsplatzes sind
    } noch nicht auf dem Server des Geschäfts: gleichen Sie zuerst ab, damit das Geschäft sie behält. Trotzdem verlassen (sie bleiben dann nur auf diesem Arbeitsplatz): `casebook sync leave --anyway`.
cli-readmit-code = Beitrittscode, um { $desk } wieder zuzulassen (dort mit `casebook sync join` eingeben; Verlauf und noch nicht Gesendetes bleiben; funktioniert einmal; halten Sie ihn geheim):
cli-sync-moved = Dieser Arbeitsplatz gleicht { $shop } jetzt mit dem Server auf { $server } ab.
cli-sync-left = Dieser Arbeitsplatz hat { $shop } verlassen und behält seinen Verlauf; er arbeitet jetzt für sich. Der Inhaber kann ihn in Plätze und Abgleich widerrufen (`casebook sync revoke`).
sync-password-missing = Das Passwort dieses Arbeitsplatzes für den Server des Geschäfts ist nicht im Passwortspeicher dieses Computers. Bitten Sie den Inhaber, diesen Arbeitsplatz wieder zuzulassen (Plätze und Abgleich, oder `casebook sync readmit` am Arbeitsplatz des Inhabers), und geben Sie den Code hier mit `casebook sync join` ein: Verlauf und noch nicht Gesendetes bleiben.
error-sync-desk-s-password-shop-s = Das Passwort dieses Arbeitsplatzes für den Server des Geschäfts ist nicht im Passwortspeicher dieses Computers. Bitten Sie den Inhaber, diesen Arbeitsplatz wieder zuzulassen (Plätze und Abgleich, oder `casebook sync readmit` am Arbeitsplatz des Inhabers), und geben Sie den Code hier mit `casebook sync join` ein: Verlauf und noch nicht Gesendetes bleiben.
error-cli-desk-s-password-shop-s = Das Passwort dieses Arbeitsplatzes für den Server des Geschäfts ist nicht im Passwortspeicher dieses Computers. Bitten Sie den Inhaber, diesen Arbeitsplatz wieder zuzulassen (Plätze und Abgleich, oder `casebook sync readmit` am Arbeitsplatz des Inhabers), und geben Sie den Code hier mit `casebook sync join` ein: Verlauf und noch nicht Gesendetes bleiben.
lead-change-staff = die Personalliste ändern
error-staff-merge-same = Wählen Sie zwei verschiedene Personen der Personalliste zum Zusammenführen ({ $name } ist bereits ein Eintrag).
cli-staff-renamed = Umbenannt: { $name }.
cli-staff-merged = Jetzt ein Eintrag für { $name }; der andere ist von der Liste, seine offenen Fälle sind übernommen.
cli-staff-active = { $name } steht auf der Personalliste.
cli-staff-inactive = { $name } ist nicht mehr auf der Personalliste; der Verlauf bleibt.
cli-case-updated = Fall „{ $subject }“ aktualisiert (jetzt { $status }).
cli-handed-off = An { $to } übergeben, mit der Übergabe.
cli-escalated = Eskaliert ({ $id }).
cli-complaint-flagged = Beschwerde markiert ({ $id }).
cli-score-recorded = Bewertung { $score } festgehalten.
cli-promise-made = Versprechen gegeben ({ $id }).
cli-fact-pinned = Als wichtige Tatsache angeheftet.
cli-fact-unpinned = Keine wichtige Tatsache mehr.
cli-files-attached =
    { $count ->
        [one] 1 Datei angehängt.
       *[other] { $count } Dateien angehängt.
    }
cli-promise-kept = Gehalten: { $text }
cli-promise-broken = Gebrochen, und wiedergutgemacht: { $text }
cli-complaint-closed = Beschwerde geschlossen.
cli-escalation-closed = Eskalation geschlossen.
cli-customer-updated = { $name } aktualisiert.
cli-customers-merged = Zusammengeführt ({ $id }); `customer undo-merge { $id }` nimmt es zurück.
cli-merge-undone = Zusammenführung zurückgenommen: { $id } ist wieder ein eigener Kunde.
cli-not-duplicates = Vermerkt: verschiedene Personen; sie werden nicht mehr vorgeschlagen.
cli-sync-carried =
    { $count ->
        [one] 1 Änderung
       *[other] { $count } Änderungen
    } von Arbeitsplatz { $desk }, hier importiert, { $count ->
        [one] wird
       *[other] werden
    } für den Server des Geschäfts aufbewahrt und beim nächsten Abgleich gesendet.
error-cli-targets-file = Die Zieldatei konnte nicht gelesen werden ({ $detail }). Gehen Sie von `casebook settings targets` aus, das sie in der hier gelesenen Form ausgibt.
cli-targets-saved = Antwortziele gespeichert; offene Fälle folgen ihnen.
cli-attachment-limit-saved = Angehängte Dateien dürfen jetzt bis zu { $megabytes } MB groß sein.
cli-shop-language-saved = Die Sprache des Geschäfts ist gespeichert; jeder Arbeitsplatz folgt ihr, sofern er keine eigene gewählt hat.
cli-expectations-saved = Die Erwartungen des Kunden sind gespeichert.
cli-attachment-removed = Die Datei ist vom Eintrag entfernt; der Verlauf sagt, dass sie da war.
cli-attachment-erased = Der Inhalt der Datei ist hier gelöscht, und auf dem Server und den anderen Arbeitsplätzen, sobald sie nachziehen.
cli-sync-last-synced = Zuletzt abgeglichen { $when }.
cli-sync-never-synced = Noch nicht abgeglichen.
cli-sync-last-problem = Der letzte Abgleich brach ab: { $problem }
error-sync-desk-s-access-shop-s = Der Zugang dieses Arbeitsplatzes zum Server des Geschäfts wurde vom Inhaber widerrufen. Er behält seinen eigenen Verlauf: Verlassen Sie das Geschäft (Plätze und Abgleich, oder `casebook sync leave`), um für sich zu arbeiten, und um seine Arbeit ins Geschäft zu bringen, exportieren Sie sie und importieren Sie den Export an einem Arbeitsplatz des Geschäfts.
error-rights-owner-only = { $name } darf nicht { $what }: Das darf nur der Inhaber. Fragen Sie den Inhaber, oder lassen Sie ihn dafür einmal seinen Code eingeben.
error-rights-passcode-needed = Um { $what }, gibt { $name } zuerst den eigenen Code ein.
error-rights-not-allowed-then =
    { $name } war zu diesem Zeitpunkt { $needed ->
        [owner] kein Inhaber
       *[lead] weder Schichtleitung noch Inhaber
    }, daher bleibt diese Änderung ({ $kind }) ohne Wirkung.
error-rights-not-allowed-nobody = Diese Änderung ({ $kind }) nennt eine Person, die nicht im Team steht ({ $id }), daher bleibt sie ohne Wirkung.
error-rights-sign-in = Der Arbeitsplatz ist gesperrt: { $name } meldet sich mit dem eigenen Code an.
error-rights-passcode-script = Dieses Geschäft verlangt einen Code: Geben Sie den Code von { $name } in CASEBOOK_PASSCODE an, oder starten Sie den Befehl in einem Terminal, um danach gefragt zu werden.
error-rights-approver-not-owner = { $name } ist kein aktiver Inhaber und kann das daher nicht freigeben.
error-rights-last-owner = { $name } ist der einzige Inhaber des Geschäfts. Machen Sie zuerst jemand anderen zum Inhaber.
error-passcode-hash-unreadable = Dieser Code wurde in einer Form gespeichert, die dieses Casebook nicht lesen kann.
error-passcode-digits-only = Ein Code besteht aus { $min } bis { $max } Ziffern, sonst nichts.
error-passcode-length = Die Codes dieses Geschäfts haben { $min } bis { $max } Ziffern.
error-passcode-guessable = Diesen Code probiert jeder zuerst (immer dieselbe Ziffer oder eine Folge wie 1234). Wählen Sie einen anderen.
error-passcode-wait = Zu oft ein falscher Code: Warten Sie { $seconds } s und versuchen Sie es erneut.
error-passcode-wrong-wait = Dieser Code stimmt nicht. Warten Sie { $seconds } s bis zum nächsten Versuch.
error-passcode-wrong =
    Dieser Code stimmt nicht (noch { $left ->
        [1] ein Versuch
       *[other] { $left } Versuche
    }, bevor das Feld wartet).
error-passcode-none-yet = { $name } hat noch keinen Code: jetzt einen wählen.
error-passcode-no-recovery = Dieses Geschäft hat keinen Wiederherstellungscode. Ein anderer Inhaber kann den Code auf der Seite Team zurücksetzen.
error-passcode-min-digits = { $value } Ziffern können nicht der kürzeste Code sein: Wählen Sie { $min } bis { $max }.
error-passcode-lock-minutes = Sperren Sie den Arbeitsplatz nach höchstens { $max } Minuten ohne Nutzung (0: nie).
error-passcode-own-first = { $name }, wählen Sie zuerst Ihren eigenen Code, damit Sie sich nicht aussperren.
lead-set-passcodes = Codes ändern oder festlegen, wann sie verlangt werden
lead-change-language = die Sprache des Geschäfts ändern
lead-erase-file = eine Datei löschen
lead-import = Daten ins Geschäft importieren
lead-restore = eine Sicherung wiederherstellen
lead-reports = die Berichte lesen
cli-passcode-prompt = Code: 
cli-recovery-code =
    Wiederherstellungscode: { $code }
    Schreiben Sie ihn auf und bewahren Sie ihn sicher auf, nicht am Arbeitsplatz: Er setzt den Code eines Inhabers zurück, und Casebook behält keine Kopie.
cli-passcode-rule = Code verlangt: { $ask }; mindestens { $min } Ziffern; sperrt nach { $minutes } Minuten ohne Nutzung (0: nie); Berichte nur für Inhaber: { $reports }
cli-staff-role = { $name } ist jetzt { $role }.
cli-passcode-set = Der Code von { $name } ist gesetzt; nach dem nächsten Abgleich gilt er an jedem Arbeitsplatz des Geschäfts.
cli-passcode-cleared = { $name } hat jetzt keinen Code und wählt bei der nächsten Anmeldung einen.
cli-recovery-prompt = Wiederherstellungscode: 
cli-no-wrong-tries = Keine falschen Codes an diesem Arbeitsplatz.
cli-wrong-tries = { $name }: { $count } falsch, zuletzt um { $at }
cli-passcode-prompt-failed = der Code konnte in diesem Terminal nicht abgefragt werden (geben Sie ihn stattdessen in der Umgebung an)
cli-new-passcode-prompt = Neuer Code: 
cli-new-passcode-again = Noch einmal: 
cli-passcodes-differ = Die beiden Codes unterscheiden sich; nichts wurde geändert. Versuchen Sie es erneut.
privacy-export-title = Was wir über { $name } gespeichert haben
privacy-export-made = Erstellt am { $date }. Das ist alles, was das Geschäft in Casebook über Sie speichert: Ihre Angaben, Ihre Anliegen und jede Nachricht, mit Datum und wer Sie bedient hat. Die Datei { $file } neben dieser Seite enthält dasselbe, für ein anderes Programm.
privacy-export-none = Nichts.
privacy-export-by-nobody = —
privacy-export-details = Ihre Angaben
privacy-field-name = Name
privacy-field-phones = Telefonnummern
privacy-field-emails = E-Mail-Adressen
privacy-field-organisation = Organisation
privacy-field-segment = Kundengruppe
privacy-field-notes = Notizen
privacy-field-since = Kunde seit
privacy-field-last-contact = Letzter Kontakt
privacy-export-expectations = Was Sie uns als Ihre Erwartungen genannt haben
privacy-expect-channel = Wie wir Sie erreichen
privacy-expect-hours = Wann wir Sie erreichen
privacy-expect-turnaround = Wie schnell
privacy-expect-always = Immer
privacy-expect-never = Nie
privacy-expect-recovery = Wenn etwas schiefgeht
privacy-expect-notes = Notizen
privacy-export-facts = Wichtige Fakten, die wir notiert haben
privacy-export-cases = Ihre Anliegen
privacy-export-promises = Unsere Zusagen
privacy-export-files = Dateien
privacy-export-history = Alles, was geschah, das Älteste zuerst
privacy-column-when = Wann
privacy-column-what = Was
privacy-column-who = Wer Sie bedient hat
privacy-column-case = Anliegen
privacy-column-channel = Wie Sie uns erreichten
privacy-column-opened = Eröffnet
privacy-column-status = Status
privacy-column-promise = Zusage
privacy-column-due = Fällig
privacy-column-outcome = Ergebnis
privacy-column-file = Datei
privacy-column-size = Größe
privacy-column-added = Hinzugefügt
privacy-column-kind = Art
privacy-column-words = Worte
privacy-file-size = { $kilobytes } KB
privacy-kind-added = Kunde angelegt
privacy-kind-details = Angaben geändert
privacy-kind-case-opened = Anliegen eröffnet
privacy-kind-message = Ihre Nachricht
privacy-kind-mail-in = Ihre E-Mail
privacy-kind-reply = Unsere Antwort
privacy-kind-mail-out = E-Mail an Sie versandt
privacy-kind-note = Notiz des Geschäfts
privacy-kind-call = Telefonat
privacy-kind-visit = Besuch
privacy-kind-case-changed = Anliegen aktualisiert
privacy-kind-handoff = An Kollegen übergeben
privacy-kind-promise = Zusage
privacy-kind-fact = Wichtiger Fakt
privacy-kind-complaint = Beschwerde
privacy-kind-escalation = Eskalation
privacy-kind-score = Ihre Bewertung
privacy-kind-files = Dateien
privacy-kind-records = Datensätze zusammengeführt oder getrennt gehalten
privacy-kind-other = Sonstiges
privacy-channel-walk-in = Im Geschäft
privacy-channel-phone = Telefonisch
privacy-channel-email = Per E-Mail
privacy-channel-chat = Per Nachricht
privacy-channel-other = Auf anderem Weg
privacy-status-open = Offen
privacy-status-waiting = Wartet auf Sie
privacy-status-resolved = Gelöst
privacy-status-closed = Geschlossen
privacy-promise-open = Offen
privacy-promise-kept = Eingehalten
privacy-promise-broken = Nicht eingehalten
error-privacy-could-write-json = Die Daten des Kunden konnten nicht als JSON geschrieben werden ({ $detail }). Es wurde nichts gespeichert; bitte melden Sie das.
cli-customer-exported = Geschrieben nach { $folder }: customer.html zum Lesen oder Drucken, customer.json für ein anderes Programm ({ $cases } Anliegen, { $entries } Einträge, { $files } Dateien).
lead-forget-customer = einen Kunden vergessen
error-privacy-customer-forgotten = Dieser Kunde wurde auf Wunsch vergessen: es kann nichts mehr hinzugefügt werden. Legen Sie jemand Neues als neuen Kunden an.
error-privacy-reason-needed = Geben Sie an, warum dieser Kunde vergessen wird (zum Beispiel „am 3. Dezember am Tresen gewünscht“). Der Grund bleibt in der Historie; schreiben Sie nichts über die Person hinein.
error-privacy-reason-too-long = Der Grund ist länger als { $max } Zeichen: ein, zwei Sätze genügen.
error-privacy-already-forgotten = Dieser Kunde wurde bereits vergessen (jetzt { $number }).
cli-customer-forgotten = Auf diesem Arbeitsplatz vergessen, und auf jedem anderen bei der nächsten Synchronisierung: der Kunde ist jetzt { $number }.
lead-retention = festlegen, wie lange Kunden aufbewahrt werden
error-privacy-retention-years = Bewahren Sie Kunden 1 bis { $max } Jahre ohne Kontakt auf, oder schalten Sie die Regel aus.
privacy-retention-reason = Kein Kontakt seit { $years ->
    [one] einem Jahr
   *[other] { $years } Jahren
} (die Regel des Geschäfts)
cli-retention-on = Kunden ohne Kontakt seit { $years } Jahren werden ab jetzt vergessen; { $forgotten } wurden jetzt vergessen.
cli-retention-off = Kunden bleiben gespeichert, bis ein Inhaber sie vergisst.
cli-retention-on-now = Kunden ohne Kontakt seit { $years } Jahren werden täglich vergessen.
cli-retention-due = Bei { $years } Jahren ohne Kontakt würden jetzt { $count } Kunden vergessen:
error-seal-key-missing = Das Geschäft verschlüsselt die Worte seiner Kunden auf seinem Server, und diesem Arbeitsplatz fehlt der Schlüssel des Geschäfts. Öffnen Sie am Arbeitsplatz des Inhabers „Plätze und Abgleich“ und wählen Sie „Verschlüsseln und Schlüsselcode zeigen“; fügen Sie diesen Code hier unter „Plätze und Abgleich“ ein. Nichts wurde gesendet oder verloren: die Arbeit dieses Arbeitsplatzes wartet hier.
error-seal-key-wrong = Der Schlüssel dieses Arbeitsplatzes ist nicht der, den der Server des Geschäfts kennt (der eines anderen Geschäfts, oder vertippt). Fügen Sie den Schlüsselcode vom Arbeitsplatz des Inhabers erneut ein. Nichts wurde gesendet.
error-seal-key-mistyped = Dieser Schlüsselcode ist unvollständig oder vertippt. Kopieren Sie ihn erneut vom Arbeitsplatz des Inhabers.
error-seal-key-other-shop = Dieser Schlüsselcode gehört zu einem anderen Geschäft, nicht zu { $shop }. Bitten Sie den Inhaber dieses Geschäfts um seinen Schlüsselcode.
error-seal-not-opened = Ein „{ $kind }“, dessen Worte mit einem Schlüssel verschlüsselt sind, den dieser Arbeitsplatz nicht hat (oder unterwegs verändert): aufbewahrt, nicht angewendet.
lead-seal-shop = die Worte der Kunden auf dem Server verschlüsseln
cli-join-code-prompt = Der Beitrittscode vom Arbeitsplatz des Inhabers, beim Tippen nicht sichtbar: 
cli-join-code-missing = Es wurde kein Beitrittscode angegeben. Tippen Sie ihn, wenn danach gefragt wird, geben Sie ihn über die Standardeingabe oder setzen Sie CASEBOOK_JOIN_CODE; er enthält den Schlüssel des Geschäfts und wird nie auf der Befehlszeile angenommen, wo andere ihn lesen könnten.
cli-key-code-prompt = Der Schlüsselcode vom Arbeitsplatz des Inhabers, beim Tippen nicht sichtbar: 
cli-key-code-missing = Es wurde kein Schlüsselcode angegeben. Tippen Sie ihn, wenn danach gefragt wird, geben Sie ihn über die Standardeingabe oder setzen Sie CASEBOOK_KEY_CODE; er wird nie auf der Befehlszeile angenommen.
cli-shop-sealed = Die Worte der Kunden sind auf dem Server des Geschäfts verschlüsselt ({ $events } lesbar gespeicherte Ereignisse wurden jetzt verschlüsselt). Arbeitsplätze, die früher beigetreten sind, brauchen diesen Schlüsselcode: führen Sie dort `casebook sync key` aus und fügen Sie ihn ein. Er enthält den Schlüssel des Geschäfts: geben Sie ihn nur den Arbeitsplätzen des Geschäfts und bewahren Sie ihn nirgends auf.
cli-key-taken = Dieser Arbeitsplatz hat jetzt den Schlüssel des Geschäfts; { $events } Ereignisse empfangen.
cli-csv-left-out =
    Zeile { $line }, Spalte „{ $column }“: { $count ->
            [one] ein unsichtbares Steuerzeichen wurde
           *[other] { $count } unsichtbare Steuerzeichen wurden
        } weggelassen
error-cases-draft-too-long = Dieser Entwurf ist länger als { $max } Zeichen, mehr als ein Eintrag fassen kann. Teilen Sie ihn auf zwei Einträge auf.
error-server-setup-step = Die Einrichtung des Servers des Geschäfts hat bei „{ $step }“ angehalten: { $detail }. Nach diesem Schritt wurde nichts geändert; beheben Sie die Ursache und führen Sie sie erneut aus.
error-server-setup-not-root = Die Einrichtung des Servers des Geschäfts ändert PostgreSQL und die Einstellungen des Systems: Führen Sie sie als root aus, zum Beispiel mit sudo.
error-server-setup-not-debian = Die Einrichtung des Servers des Geschäfts funktioniert unter Debian oder Ubuntu. Für ein anderes System oder ein gehostetes PostgreSQL folgen Sie dem README-Abschnitt „A hosted server“.
error-server-setup-old-postgres = Auf diesem Rechner läuft PostgreSQL { $version }; Casebook braucht 15 oder neuer. Aktualisieren Sie PostgreSQL (Debian 12 und Ubuntu 24.04 haben eine neuere Version) und führen Sie es erneut aus.
error-server-setup-bad-identifier = „{ $name }“ kann hier kein PostgreSQL-Name sein: Verwenden Sie Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben.
error-server-setup-bad-name = „{ $name }“ ist kein Hostname und keine IP-Adresse. Geben Sie den Namen oder die Adresse an, unter der die Arbeitsplätze diesen Rechner erreichen.
error-server-setup-bad-network = „{ $network }“ ist kein Netzwerk. Schreiben Sie es als Adresse mit Präfixlänge, zum Beispiel 192.168.1.0/24.
error-server-setup-no-name = Dieser Rechner hat keinen Namen und keine Adresse, die die Arbeitsplätze verwenden könnten. Geben Sie eine mit --name an (seine Adresse im Netzwerk des Geschäfts).
error-server-setup-no-network = Dieser Rechner ist in keinem Netzwerk, aus dem die Arbeitsplätze kommen könnten. Nennen Sie das Netzwerk des Geschäfts mit --allow, zum Beispiel --allow 192.168.1.0/24.
lead-mark-shop-reply = eine gespeicherte Antwort als die des Geschäfts kennzeichnen
lead-change-shop-reply = eine gespeicherte Antwort des Geschäfts ändern oder entfernen
lead-name-shop = den Namen des Geschäfts in gespeicherten Antworten ändern
error-replies-event-names-customer = ein { $kind } gehört dem Geschäft, nennt hier aber einen Kunden oder einen Fall
error-replies-event-without-name = eine gespeicherte Antwort ohne Namen
error-replies-unknown-reply = es nennt die gespeicherte Antwort { $id }, die es in diesem Verlauf nie gab
error-replies-needs-text = Eine gespeicherte Antwort braucht Text in mindestens einer Sprache. Geben Sie die Antwort ein, oder entfernen Sie sie.
error-replies-name-taken = Es gibt schon eine gespeicherte Antwort namens „{ $name }“. Wählen Sie einen anderen Namen, oder ändern Sie jene.
error-customers-language-unknown = Casebook schreibt nicht auf „{ $language }“. Wählen Sie en, nl, de, fr oder es, oder lassen Sie es leer für die Sprache des Geschäfts.
reply-placeholder-first-name = Vorname
reply-placeholder-case-ref = Fallnummer
reply-placeholder-promise-due = Termin der Zusage
reply-placeholder-shop-name = Name des Geschäfts
reply-placeholder-hours-today = Öffnungszeiten heute
reply-placeholder-my-name = dein Name
reply-closed-today = heute geschlossen
error-cli-reply-text-lang-equals = „{ $text }“ nennt keine Sprache. Schreiben Sie jeden Text als SPRACHE=TEXT, z. B. de="Hallo {"{"}first_name{"}"}".
cli-reply-uses =
    { $count ->
     [one] einmal verwendet
    *[other] { $count }-mal verwendet
    }
cli-reply-found = { $count } von { $total } gespeicherten Antworten
cli-reply-saved = Gespeicherte Antwort „{ $name }“ gesichert ({ $id }).
cli-reply-removed = Gespeicherte Antwort „{ $name }“ entfernt.
cli-reply-shop-named = Gespeicherte Antworten nennen das Geschäft jetzt „{ $name }“.
cli-sync-who-nobody = An den anderen Plätzen hat niemand einen Fall offen.
cli-sync-who-viewing = { $name } am Platz { $desk } hat Fall { $case } offen
cli-sync-who-writing = { $name } am Platz { $desk } schreibt eine Antwort in Fall { $case }
privacy-field-language = Wir schreiben Ihnen auf
label-the-customers-message = Die Nachricht des Kunden
label-the-note = Die Notiz
label-the-call-summary = Die Zusammenfassung des Anrufs
label-the-visit-summary = Die Zusammenfassung des Besuchs
label-contact-hours = Die beste Zeit für einen Kontakt
label-expected-turnaround = Die erwartete Bearbeitungszeit
label-always-do = Was wir immer tun müssen
label-never-do = Was wir nie tun dürfen
label-how-to-recover = Was sie erwarten, wenn uns ein Fehler passiert
label-the-shops-name = Der Name des Geschäfts
label-this-desks-name = Der Name dieses Platzes
label-the-new-desks-name = Der Name des neuen Platzes
label-what-we-did-to-make-it-right = Was wir getan haben, um es wiedergutzumachen
label-what-changed-so-it-does-not-happen-again = Was sich geändert hat, damit es nicht wieder passiert
csv-problem-too-wide = Diese Zeile hat { $values } Werte, die Überschriftenzeile aber { $columns } Spalten. Ein Wert, der das Trennzeichen enthält, braucht Anführungszeichen.
csv-problem-unknown =
    Spalte „{ $column }“: ‚{ $value }‘ ist { $what ->
        [channel] kein bekannter Kanal
        [status] kein bekannter Status
       *[priority] keine bekannte Priorität
    }. Verwenden Sie eines von: { $allowed }.
csv-problem-not-a-date = Spalte „{ $column }“: ‚{ $value }‘ ist kein Datum. Verwenden Sie die Form 2026-03-05, 05-03-2026 oder 2026-03-05 14:30.
csv-problem-in-future = Spalte „{ $column }“: ‚{ $value }‘ liegt in der Zukunft.
csv-problem-case-without-subject = Diese Zeile hat Angaben zu einem Fall, aber keinen Betreff. Ergänzen Sie einen Betreff oder leeren Sie die Spalten des Falls.
csv-problem-quote-never-closed = Ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen, sodass die Zeilen danach als ein Wert gelesen würden. Schließen Sie das Anführungszeichen oder entfernen Sie es.
csv-problem-not-text = Diese Zeile konnte nicht als Text gelesen werden. Prüfen Sie die Datei.
cli-csv-problem-row = Zeile { $line }: { $problem }
cli-csv-summary =
    { $rows } Zeilen { $done ->
        [yes] importiert
       *[no] geprüft (nichts geschrieben)
    }: { $new } neue Kunden, { $matched } bestehenden Kunden zugeordnet ({ $updated } mit neuer Telefonnummer oder E-Mail-Adresse), { $cases } Fälle.
cli-sync-connected =
    Dieser Platz ist jetzt der erste Platz von { $shop } auf { $server }. Sein Verlauf liegt auf dem Server.
    Fügen Sie einen Platz mit `casebook sync invite --desk NAME` hinzu.
cli-server-ready = Der Server des Geschäfts ist bereit: PostgreSQL { $version }, Port { $port }, Datenbank { $database }.
cli-server-unchanged = Nichts musste geändert werden: Es war schon so eingerichtet.
cli-server-changed = Geändert:
cli-server-who-connects =
    Plätze dürfen sich von { $allow } aus verbinden: verschlüsselt, mit Passwort, nur mit der Datenbank { $database }.
    Das Zertifikat gilt für: { $names }.
cli-server-first-desk =
    Öffnen Sie am ersten Platz des Geschäfts „Plätze und Abgleich“, wählen Sie, den ersten Platz des Geschäfts zu verbinden, und fügen Sie ein:
      Serveradresse: { $address }
      Zertifizierungsstelle: der Text am Ende (er steht auch in { $ca }; kopieren Sie diese Datei auf den Platz).
cli-server-password-once =
    Das Passwort des Inhabers oben wird nur dieses eine Mal gezeigt und nirgends auf diesem Rechner gespeichert.
    Bewahren Sie es in einem Passwortmanager auf; `casebook server setup --new-owner-password` wählt ein neues.
cli-server-password-placeholder = PASSWORT
cli-server-password-lost =
    { $placeholder } ist das Passwort des Inhabers, gezeigt, als es erstellt wurde. Ist es verloren,
    wählt `casebook server setup --new-owner-password` ein neues.
cli-server-from-terminal =
    Oder in einem Terminal am Platz, mit der dorthin kopierten Datei:
      casebook sync connect --ca ca.crt --shop "Ihr Geschäft" --desk "Theke"
    (es fragt nach der Serveradresse, ohne sie anzuzeigen).
server-changed-installed = PostgreSQL aus den Paketen des Systems installiert
server-changed-cluster = den Cluster von PostgreSQL { $version } angelegt
server-changed-started = PostgreSQL gestartet
server-changed-ca = die Zertifizierungsstelle des Geschäfts erstellt ({ $path })
server-changed-certificate = das Zertifikat des Servers für { $names } erstellt
server-changed-owner-created = die Inhaberrolle { $owner } angelegt
server-changed-owner-password = ein neues Passwort für { $owner } gewählt
server-changed-database = die Datenbank { $database } angelegt
server-changed-tls = TLS und das Lauschen im Netzwerk eingeschaltet
server-changed-allow = Plätze von { $allow } aus zugelassen
server-changed-firewall = Port { $port } in der Firewall für { $net } geöffnet
cli-case-renamed = Fall umbenannt: „{ $subject }“.
server-step-check-user = prüfen, wer dies ausführt
server-step-update-packages = die Paketlisten aktualisieren
server-step-install = PostgreSQL installieren
server-step-list-clusters = die Cluster von PostgreSQL auflisten
server-step-find-version = die Version von PostgreSQL finden
server-step-create-cluster = den Cluster von PostgreSQL anlegen
server-step-start = PostgreSQL starten
server-step-read-host-name = den Hostnamen lesen
server-step-read-addresses = die Adressen lesen
server-step-read-networks = die Netzwerke lesen
server-step-certificates = die Zertifikate erstellen
server-step-write = { $path } schreiben
server-step-protect = { $path } schützen
server-step-look-owner = den Eigentümer suchen
server-step-create-owner = den Eigentümer anlegen
server-step-look-database = die Datenbank suchen
server-step-create-database = die Datenbank anlegen
server-step-configure = PostgreSQL einrichten
server-step-restart = PostgreSQL neu starten
server-step-reload = PostgreSQL neu laden
server-step-read-firewall = die Firewall lesen
server-step-open-firewall = die Firewall öffnen
server-step-read-ca = die Zertifizierungsstelle lesen
