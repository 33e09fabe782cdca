# Casebook: bibliotheek en schil, in het Nederlands. Zie locales/en/app.ftl.

words-missing = Casebook heeft geen woorden voor dit bericht.

## Fouten die niet bij één onderdeel horen

error-not-found = { $what ->
    [case] Zaak
    [customer] Klant
    [event] Gebeurtenis
    [reply] Antwoord
    [staff-member] Medewerker
    [backup] Back-up
    [promise] Toezegging
    [complaint] Klacht
    [desk] Balie
    [file] Bestand
    [attachment] Bijlage
    [entry] Regel
    [escalation] Escalatie
   *[other] Gegeven
} '{ $id }' is niet gevonden. Misschien is het verkeerd getypt, of is het scherm verouderd: ga terug en open het opnieuw.
error-bad-event = gebeurtenis { $id } kan niet worden verwerkt: { $detail }
error-newer-schema = Deze database is geschreven door een nieuwere versie van Casebook (schemaversie { $found }; deze versie kent tot en met { $supported }). Installeer de nieuwere Casebook om hem te openen. Er is niets gewijzigd.
error-not-casebook = { $path } is geen Casebook-database. Kies een bestand dat Casebook heeft gemaakt. Er is niets gewijzigd.
error-corrupt = De Casebook-database is beschadigd ({ $detail }). Sluit Casebook en zet de meest recente back-up terug.
error-already-open = Een andere Casebook heeft { $path } al open. Ga naar dat venster, of sluit het eerst.
error-busy = De database is bezig in een ander programma. Wacht even en probeer het opnieuw; blijft het gebeuren, sluit dan andere programma's die het Casebook-bestand gebruiken.
error-disk-full = De schijf is vol, dus er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.
error-read-only = De gegevensmap van Casebook is alleen-lezen, dus er is niets opgeslagen. Controleer de rechten van de map, of start Casebook met --db naar een map waarin je mag schrijven.
error-io = { $context }: { $detail }
error-storage = Opslagfout: { $detail }. Er is niets opgeslagen.
error-internal = Er ging iets mis binnen Casebook ({ $detail }). Er is niets opgeslagen. Probeer het opnieuw; blijft het gebeuren, start Casebook dan opnieuw.
error-not-one-of = '{ $value }' is geen geldige { $kind ->
    [CallDirection] gespreksrichting
    [EntryKind] soort regel
    [CaseStatus] zaakstatus
    [Priority] prioriteit
    [Target] norm
    [Channel] kanaal
    [MatchField] zoekveld
    [OutboxStatus] verzendstatus
    [Noise] soort automatische mail
    [SentHow] manier van verzenden
    [Security] beveiliging
    [StaffRole] rol
    [AlarmKind] soort melding
    [ComplaintStatus] klachtstatus
    [EscalationStatus] escalatiestatus
    [PromiseStatus] status van een toezegging
   *[other] waarde
}. Kies uit: { $allowed }.
error-cases-page-position-valid-reload-list = De paginapositie is niet geldig. Laad de lijst opnieuw vanaf het begin.
error-cases-page-position-valid-reload-timeline = De paginapositie is niet geldig. Laad de tijdlijn opnieuw.
error-hours-time-use-24-hour-hh = { $day }: '{ $text }' is geen tijd. Gebruik 24-uurs UU:MM, bijvoorbeeld 09:00 of 17:30.
error-hours-date-use-yyyy-mm-dd = { $what }: '{ $text }' is geen datum. Gebruik JJJJ-MM-DD, bijvoorbeeld 2026-12-25.
error-hours-time-zone-casebook-knows-use = '{ $time_zone }' is geen tijdzone die Casebook kent. Gebruik een IANA-naam zoals Europe/Amsterdam of America/New_York.
error-hours-ends-before-starts-swap-times = { $day }: { $start }–{ $end } eindigt voordat het begint. Draai de tijden om, of haal het blok weg.
error-hours-overlaps-make-them-one-interval = { $day }: { $value }–{ $value2 } overlapt met { $value3 }–{ $value4 }. Maak er één blok van, of verschuif er een.
error-hours-calendar-has-no-open-hours = De agenda heeft helemaal geen openingstijden, dus niets zou ooit verlopen. Voeg voor minstens één dag openingstijden toe.
error-hours-minutes-more-business-time-than = { $minute_ms } minuten is meer openingstijd dan Casebook vooruitkijkt ({ $value } jaar van de openingstijden in deze agenda). Geef een kortere duur.
error-hours-calendar-has-no-open-hours-2 = De agenda heeft de komende drie jaar geen openingstijden: elke dag is gesloten of een feestdag.
error-hours-warn-between-1-minute-24 = Waarschuw tussen 1 minuut en 24 uur voor een deadline, niet { $minutes } minuten.
error-hours-priority-target-minutes-target-must = Prioriteit { $label ->
    [urgent] urgent
    [high] hoog
    [low] laag
   *[normal] normaal
}: de norm voor { $what ->
    [first_response] de eerste reactie
    [next_response] het volgende antwoord
   *[resolution] de oplossing
} is { $minutes } minuten. Een norm is minstens 1 minuut.
error-hours-priority-target-longer-than-year = Prioriteit { $label ->
    [urgent] urgent
    [high] hoog
    [low] laag
   *[normal] normaal
}: de norm voor { $what ->
    [first_response] de eerste reactie
    [next_response] het volgende antwoord
   *[resolution] de oplossing
} is langer dan een jaar. Maak hem korter.
error-hours-these-settings-nothing-would-ever = Met deze instellingen zou nooit iets verlopen: voeg openingstijden toe.
error-hours-ics-file-could-read-line = Het .ics-bestand kon niet worden gelezen: regel { $line }: { $why }. Er is niets geïmporteerd; controleer het bestand, of exporteer het opnieuw uit je agenda.
error-customers-already-has-use-instead-confirm = { $name } heeft dit { $what ->
    [email] e-mailadres
   *[phone] telefoonnummer
} al. Gebruik { $name }, of bevestig dat dit iemand anders is.
error-mail-incoming-mail-server-refused = De server voor inkomende mail { $host } weigerde { $doing }: "{ $words }".
error-mail-connection-incoming-mail-server-broke = De verbinding met de server voor inkomende mail { $host } viel weg tijdens { $doing } ({ $io }).
error-mail-incoming-mail-server-closed-connection = De server voor inkomende mail { $host } sloot de verbinding tijdens { $doing }.
error-mail-incoming-mail-server-gave-answer = De server voor inkomende mail { $host } gaf een antwoord dat Casebook niet kon lezen tijdens { $doing } ({ $other }).
error-mail-incoming-mail-server-did-accept = De server voor inkomende mail { $host } accepteerde de aanmelding voor { $username } niet ("{ $words }"). Controleer het wachtwoord; veel providers vragen hier een app-wachtwoord, niet je gewone wachtwoord.
error-mail-incoming-mail-server-did-answer = De server voor inkomende mail { $host } reageerde niet op tijd op de aanmelding.
error-mail-incoming-mail-server-did-greet = De server voor inkomende mail { $host } groette niet: is het een IMAP-server, op de juiste poort?
error-mail-reply-sent-already-sent-again = Dit antwoord is al verstuurd; het wordt niet nog eens verstuurd.
error-mail-certificate-authority-could-read = De certificaatautoriteit kon niet worden gelezen ({ $detail }).
error-mail-nobody-send = Niemand om naar te versturen ({ $detail }).
error-mail-outgoing-mail-server-did-answer = De server voor uitgaande mail { $host } reageerde niet.
error-mail-outgoing-mail-server-did-accept = De server voor uitgaande mail { $host } accepteerde de aanmelding niet ({ $text }). Controleer het wachtwoord; veel providers vragen hier een app-wachtwoord.
error-mail-email-address = '{ $address }' is geen e-mailadres.
error-mail-give-server-s-name-such = Geef de naam van de server voor { $what }, zoals mail.example.com.
error-mail-give-both-servers-ports-imap = Geef de poorten van beide servers (IMAP 993, SMTP 465 of 587).
error-mail-computer-so-connection-must-encrypted = { $host } is niet deze computer, dus de verbinding moet versleuteld zijn (TLS of STARTTLS).
error-mail-give-desk-name-such-as = Geef deze balie een naam, zoals "Toonbank".
error-mail-certificate-authority-certificate-pem-form = De certificaatautoriteit is geen certificaat in PEM-vorm (dat begint met -----BEGIN CERTIFICATE-----). Plak het hele bestand dat je hebt gekregen.
error-mail-certificate-authority-could-used = De certificaatautoriteit kon niet worden gebruikt ({ $detail }).
error-mail-server-name = '{ $host }' is geen servernaam.
error-mail-server-cannot-reached-check-server = De server voor { $what } { $host }:{ $port } is niet bereikbaar ({ $detail }). Controleer de naam en poort van de server, en het netwerk van deze computer.
error-mail-server-did-answer-within-seconds = De server voor { $what } { $host }:{ $port } reageerde niet binnen { $value } seconden.
error-mail-server-did-finish-encrypting-connection = De server voor { $what } { $host } had de verbinding niet op tijd versleuteld.
error-mail-server-s-certificate-does-match = Het certificaat van de server voor { $what } past niet bij de naam { $host } ({ $text }). Controleer de naam van de server: gebruik precies de naam die je provider opgeeft. Er is niets verstuurd.
error-mail-server-showed-certificate-computer-does = De server voor { $what } { $host } liet een certificaat zien dat deze computer niet vertrouwt ({ $text }). Heeft de winkel een eigen certificaat gemaakt, voeg dan de certificaatautoriteit toe in de instellingen.
error-mail-server-could-reached-securely = De server voor { $what } { $host } kon niet veilig worden bereikt ({ $text }).
error-mail-shop-s-mail-handled-desk = De mail van de winkel wordt afgehandeld door de balie '{ $desk_name }'. Controleer de mail daar.
error-mail-shop-s-mail-handled-desk-2 = De mail van de winkel ({ $address }) wordt afgehandeld door de balie '{ $desk_name }'. Ontkoppel hem daar eerst (of hier, als die balie er niet meer is), en koppel hem dan op deze balie.
error-search-date-range-ends-before-starts = De periode eindigt voordat hij begint. Kies een einde na het begin.
error-search-page-position-valid-search-again = De paginapositie is niet geldig. Zoek opnieuw vanaf het begin.
error-staff-no-longer-active-so-cannot = { $name } is niet meer actief en kan dus geen zaak hebben. Kies iemand anders.
error-staff-chosen-owner-staff-list-pick = De gekozen eigenaar staat niet op de personeelslijst. Kies iemand anders.
error-staff-there-already-someone-called-staff = Er staat al iemand met de naam { $name } op de personeelslijst. Voeg een achternaam of voorletter toe om ze uit elkaar te houden.
error-staff-no-longer-active-staff-list = { $name } is niet meer actief op de personeelslijst. Kies wie er aan de balie staat.
error-staff-cannot-ask-shift-lead-owner = { $name } mag niet { $what }: vraag een ploegleider of de eigenaar.
error-staff-only-active-staff-member-add = { $name } is de enige actieve medewerker; voeg eerst iemand anders toe.
error-staff-nobody-active-staff-list-called = Niemand op de personeelslijst heet '{ $wanted }'. Bekijk de personeelslijst.
error-staff-could-type-more-name = '{ $wanted }' kan { $value } zijn. Typ meer van de naam.
error-staff-no-longer-active-staff-list-2 = { $name } is niet meer actief op de personeelslijst. Kies iemand anders.
error-staff-you-cannot-deactivate-yourself-while = Je kunt jezelf niet op non-actief zetten terwijl je aan de balie staat. Vraag een collega het te doen.
error-data-could-list-exports = Kon de exports in { $dir } niet opsommen
error-data-could-write = Kon { $path } niet schrijven
error-data-could-read = Kon events.jsonl niet lezen
error-data-could-read-2 = Kon { $path } niet lezen
error-data-could-start-backup = Kon de back-up niet starten
error-data-could-read-backups-folder = Kon de back-upmap { $dir } niet lezen
error-data-name-backup-pick-one-from = '{ $file_name }' is niet de naam van een back-up. Kies er een uit de lijst.
error-data-file-mb-casebook-imports-up = Het bestand is { $value } MB; Casebook importeert tot { $value2 } MB per keer. Splits het in kleinere bestanden.
error-data-casebook-could-tell-which-row = Casebook kon niet zien welke rij de kolomkoppen bevat. Kies die uit de eerste rijen.
error-data-file-has-columns-but-were-2 = Het bestand heeft { $headings } kolommen maar er zijn er { $mapping } gekoppeld. Lees het bestand opnieuw en kies voor elke kolom een veld.
error-data-mapping-does-fit-file-s = De koppeling past niet bij de kolommen van het bestand.
error-data-no-column-taken-customer-s = Geen kolom is gekozen voor de naam van de klant. Kies de kolom (of de kolommen voor voor- en achternaam) waarin die staat.
error-data-file-has-headings-but-no = Het bestand heeft koppen maar geen rijen. Er is niets te importeren.
error-data-file-has-no-rows-choose = Het bestand heeft geen rijen. Kies een spreadsheet met een kopregel en gegevens.
error-data-row-blank-file-pick-row = Rij { $n } is leeg of staat niet in het bestand. Kies de rij met de kolomkoppen.
error-tell-only-entry-about-customer-can = Alleen een regel over een klant kan als kernfeit worden vastgezet.
error-tell-handoff-needs-someone-handing-off = Een overdracht heeft iemand nodig die overdraagt: kies eerst wie je bent.
error-tell-you-cannot-hand-case-yourself = Je kunt een zaak niet aan jezelf overdragen. Kies een collega.
error-tell-colleague-you-picked-staff-list = De collega die je koos staat niet op de personeelslijst.
error-tell-no-longer-active-so-cannot = { $name } is niet meer actief en kan dus geen zaak overnemen. Kies iemand anders.
error-tell-case-reopen-before-handing = Deze zaak is { $status ->
    [resolved] opgelost
   *[closed] gesloten
}. Heropen hem voordat je hem aan { $name } overdraagt.
error-tell-brief-has-lines-keep-under = De overdracht heeft { $count } regels; houd het onder { $brief_lines_max }.
error-tell-brief-empty-keep-drafted-lines = De overdracht is leeg. Houd de voorgestelde regels of schrijf wat de volgende moet weten.
error-tell-promise-must-fall-due-future = Een toezegging moet in de toekomst vallen, en { $value } is al voorbij. Kies een later tijdstip.
error-tell-broken-promise-needs-recovery-note = Een gebroken toezegging heeft een herstelnotitie nodig: schrijf op wat we hebben gedaan om het goed te maken.
error-tell-period-ends-before-starts-pick = De periode eindigt voordat hij begint. Kies een einde na het begin.
error-tell-promise-already-closed-as-nothing = Deze toezegging was al afgesloten als { $status ->
    [kept] nagekomen
    [broken] gebroken
   *[open] open
}. Er is niets gewijzigd.
error-tell-entry-belongs-another-case-flag = Die regel hoort bij een andere zaak. Markeer hem vanuit zijn eigen zaak.
error-tell-complaint-already-closed-nothing-changed = Deze klacht was al afgesloten. Er is niets gewijzigd.
error-sync-join-code-complete-mistyped-copy = Deze koppelcode is niet volledig of verkeerd getypt. Kopieer hem opnieuw van de eerste balie.
error-sync-join-code-made-newer-casebook = Deze koppelcode is gemaakt door een nieuwere Casebook. Werk Casebook op deze balie bij en koppel dan opnieuw.
error-sync-certificate-authority-could-used-check = De certificaatautoriteit kon niet worden gebruikt ({ $detail }). Controleer dat het het certificaat van de autoriteit is, niet de sleutel van de server.
error-sync-server-address-has-no-host = Het serveradres heeft geen hostnaam. Vul de naam of het IP-adres van de server in.
error-sync-desk-id = '{ $desk_id }' is geen balie-id.
error-sync-server-holds-different-event-id = De server heeft een andere gebeurtenis met id { $id }. Er is niets verstuurd; deze balie houdt zijn eigen kopie. Meld het aan wie de server van de winkel beheert.
error-sync-casebook-could-set-up-tables = Casebook kon zijn tabellen niet aanmaken op de server op { $at } (stap { $number }: { $value }). Er is niets gewijzigd. Meld het aan wie de server beheert.
error-sync-server-address-casebook-can-use = Dit is geen serveradres dat Casebook kan gebruiken ({ $why }). Schrijf het als postgres://gebruiker:wachtwoord@host:5432/database.
error-sync-give-new-desk-name-such = Geef de nieuwe balie een naam, zoals "Toonbank 2".
error-sync-computer-has-no-password-store = Deze computer heeft geen wachtwoordkluis die Casebook kan gebruiken ({ $detail }), dus het serverwachtwoord van de winkel kon niet worden { $value }. Installeer en ontgrendel op Linux GNOME Keyring of KWallet; meld je op Windows en macOS gewoon aan op je gebruikersaccount. Probeer het dan opnieuw.
error-sync-shop-s-server-cannot-reached = De server van de winkel is niet bereikbaar.
error-sync-desk-already-connected-shop-s = Deze balie is al verbonden met de server van zijn winkel. Er is niets gewijzigd.
error-sync-desk-already-has-own-history = Deze balie heeft al een eigen geschiedenis ({ $events } gebeurtenissen), dus kan hij zich niet bij een winkel aansluiten. Sluit aan vanaf een balie zonder geschiedenis (start Casebook met een nieuwe gegevensmap), of exporteer deze geschiedenis en importeer hem op de eerste balie van de winkel. De koppelcode is niet gebruikt.
error-sync-desk-cannot-revoke-itself-do = Een balie kan zichzelf niet intrekken. Doe het vanaf een andere balie.
error-attachments-does-name-stored-file = '{ $hash }' is niet de naam van een opgeslagen bestand.
error-attachments-file-s-content-does-match = De inhoud van het bestand past niet bij zijn naam ({ $name }): het is onderweg beschadigd.
error-attachments-could-erase = Kon { $path } niet wissen
error-attachments-could-create = Kon { $dir } niet aanmaken
error-attachments-empty-0-bytes-nothing-attached = “{ $name }” is leeg (0 bytes). Er is niets bijgevoegd.
error-attachments-mb-shop-accepts-files-up = “{ $name }” is { $value } MB; de winkel accepteert bestanden tot { $limit_mb } MB. Maak het kleiner (een foto in een lagere resolutie, een pdf in grijstinten gescand), of vraag de eigenaar de grens te verhogen.
error-attachments-files-attach-something-said-noted = Bestanden horen bij iets wat is gezegd, genoteerd, gebeld of bezocht in een zaak.
error-attachments-write-what-customer-said-attach = Schrijf op wat de klant zei om er bestanden bij te voegen.
error-attachments-kept-desk-any-more-attach = “{ $value }” wordt niet meer op deze balie bewaard. Voeg het opnieuw toe.
error-attachments-pick-limit-from-1-mb = Kies een grens van 1 tot { $max_limit_mb } MB.
error-attachments-attachments-kept-beside-database-file = Bijlagen worden naast het databasebestand bewaard; deze database bestaat alleen in het geheugen.
error-shop-event-has-no-clock-value = gebeurtenis { $id } heeft geen klokwaarde (hlc); hij kan niet op volgorde worden gezet
error-shop-event-must-say-kind = een gebeurtenis moet zeggen welke soort hij is ({ $detail })
error-shop-valid-event = geen geldige gebeurtenis van soort { $kind } ({ $detail })
error-shop-kind-event-casebook-knows-may = '{ $kind }' is geen soort gebeurtenis die deze Casebook kent; hij komt misschien van een nieuwere versie
error-learn-you-reached-customer-write-line = Je hebt de klant gesproken: schrijf een regel over wat er is gezegd, zodat de volgende het weet.
error-learn-pick-between-1-3650-days = Kies tussen 1 en 3650 dagen zonder contact, niet { $days }.
error-learn-ask-least-one-customer-call = Vraag om minstens één klant om te bellen.
error-learn-you-asked-customers-but-only = Je vroeg om { $count } klanten, maar maar { $pool } van de { $customers } klanten van de winkel zijn in { $days } dagen niet gesproken of gebeld. Vraag om { $pool } of minder, of maak de periode korter.
error-learn-score-outside-1-5 = een score van { $score } valt buiten 1 tot 5
error-learn-list-twice-keep-one = '{ $cause }' staat twee keer in de lijst. Houd er één.
error-learn-keep-least-one-root-cause = Houd minstens één hoofdoorzaak: elke escalatie moet er een noemen.
error-learn-list-has-root-causes-keep = De lijst heeft { $out } hoofdoorzaken; houd het bij { $causes_max } of minder.
error-learn-pick-root-cause-escalation = Kies de hoofdoorzaak van deze escalatie: { $value }.
error-learn-one-shop-s-root-causes = '{ $cause }' is geen hoofdoorzaak van de winkel. Kies uit: { $value }.
error-learn-person-you-picked-staff-list = De persoon die je koos staat niet op de personeelslijst.
error-learn-active-shift-lead-owner-escalate = { $name } is geen actieve ploegleider of eigenaar. Escaleer naar een van hen.
error-learn-case-already-escalated-close-escalation = Deze zaak is al geëscaleerd naar { $name }. Sluit die escalatie eerst af, of voeg een notitie toe aan de zaak.
error-learn-escalation-already-closed-nothing-changed = Deze escalatie was al afgesloten. Er is niets gewijzigd.
error-learn-date-date-write-as-yyyy = De datum '{ $text }' ({ $label }) is geen datum. Schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-11-01.
error-learn-report-ends-but-starts-pick = Het rapport eindigt op { $to } maar begint op { $from }. Kies een einddatum op of na het begin.
error-learn-report-covers-most-ten-years = Een rapport beslaat hoogstens tien jaar. Kies een kortere periode.
error-learn-report-has-no-table = Het rapport { $name } heeft geen tabel '{ $table }'.
error-learn-could-create-reports-folder = Kon de rapportenmap { $dir } niet aanmaken
error-learn-could-save = Kon { $path } niet opslaan
error-learn-score-1-very-unhappy-5 = Een score is 1 (zeer ontevreden) tot 5 (zeer tevreden), niet { $score }.
error-duplicates-these-already-one-customer-nothing = Dit is al één klant. Er is niets gewijzigd.
error-core-date-time-use-form-2026 = '{ $text }' is geen datum en tijd ({ $detail }). Gebruik de vorm 2026-11-22T09:30:00+01:00.
error-core-empty-type-before-saving = { $label } is leeg. Vul het in voordat je opslaat.
error-core-contains-control-characters-retype-without = { $label } bevat stuurtekens. Typ het opnieuw zonder.
error-core-empty-write-before-saving = { $label } is leeg. Schrijf het op voordat je opslaat.
error-core-too-long-characters-limit-shorten = { $label } is te lang ({ $n } tekens; de grens is { $max }). Maak het korter, of splits het in twee regels.
error-core-valid-email-address-check-example = '{ $value }' is geen geldig e-mailadres ({ $why }). Controleer het, bijvoorbeeld naam@voorbeeld.nl.
error-core-valid-phone-number-use-digits = '{ $value }' is geen geldig telefoonnummer ({ $why }). Gebruik cijfers, spaties, + - ( ) of ., bijvoorbeeld +31 6 1234 5678.
error-core-customer-can-have-most-remove = Een klant kan hoogstens { $contacts_max } { $label } hebben; haal er een paar weg.
error-core-event-must-name = een gebeurtenis van soort { $kind } moet { $what } noemen
error-core-could-create-data-folder = Kon de gegevensmap { $dir } niet aanmaken
error-core-could-open-database = Kon de database op { $path } niet openen
error-core-desk-already-has-own-history = Deze balie heeft al een eigen geschiedenis ({ $events } gebeurtenissen), dus kan hij zich niet bij een winkel aansluiten. Sluit aan vanaf een balie zonder geschiedenis (start Casebook met een nieuwe gegevensmap), of exporteer deze geschiedenis en importeer hem op de eerste balie van de winkel voordat die verbindt.
error-core-every-event-needs-id-desk = elke gebeurtenis heeft een id nodig en de balie die hem schreef
error-core-could-start-database-worker = Kon de databasewerker niet starten
error-core-could-create = Kon { $lock_path } niet aanmaken
error-core-could-lock = Kon { $lock_path } niet vergrendelen
error-cli-report-format-use-text-csv = '{ $other }' is geen rapportvorm. Gebruik text, csv of json.
error-cli-already-exists-choose-new-file = { $file } bestaat al; kies een nieuwe bestandsnaam.
error-cli-column-field-use-name-phone = '{ $f }' is geen kolomveld. Gebruik name, phone, email, organisation, segment, notes, subject, channel, status, priority, opened, message of ignore.
error-cli-problem-s-nothing-imported-fix = { $problem_count } probleem/problemen in { $file }; er is niets geïmporteerd. Los ze op en probeer het opnieuw: { $value }{ $value2 }
error-cli-could-start-mail-machinery = Kon de mailverwerking niet starten
error-cli-mailbox-could-connected-see-above = De mailbox kon niet worden gekoppeld (zie hierboven).
error-cli-could-start-sync-machinery = Kon de synchronisatie niet starten
error-cli-shop-has-no-staff-yet = De winkel heeft nog geen personeel.
error-cli-notes-were-never-acknowledged-server = { $acked } notities zijn nooit door de server bevestigd
error-cli-future-things-already-happened = { $text } ligt in de toekomst: --at is voor dingen die al gebeurd zijn.
error-cli-say-who-acting-as-name = Zeg wie er handelt met --as NAAM (zie `casebook staff list`).
error-cli-demo-speaks-en-nl-de = De demo spreekt en, nl, de, fr en es.
error-cli-negative-give-number-minutes-from = { $minutes } is negatief: geef een aantal minuten vanaf 0.
error-cli-calendar-has-no-open-hours = De agenda heeft de komende drie jaar geen openingstijden.
error-mail-no-mailbox-connected-so-reply = Er is geen mailbox gekoppeld, dus dit antwoord kan niet per mail weg. Koppel de mailbox van de winkel op de pagina Mailbox (menu Winkel), of leg het antwoord vast als telefoontje of notitie.
error-mail-customer-has-no-email-address = Deze klant heeft geen e-mailadres om op te antwoorden. Voeg er eerst een toe aan het profiel.
error-mail-no-mailbox-connected-connect-one = Er is geen mailbox gekoppeld. Koppel er een met `casebook mail connect` of op de pagina Mailbox.
error-staff-person-desk-staff-list-pick = De persoon aan de balie staat niet op de personeelslijst. Kies wie je bent uit de personeelslijst.
error-staff-nobody-picked-as-being-desk = Er is niemand gekozen als persoon aan de balie. Kies eerst wie je bent uit de personeelslijst.
error-sync-desk-connected-shop-s-server = Deze balie is nog niet verbonden met de server van een winkel. Verbind hem op de pagina Balies & synchronisatie.
error-sync-owner-s-server-address-password = Het serveradres en wachtwoord van de eigenaar worden bewaard op de balie die de winkel heeft opgezet. Doe dit daar, of verbind opnieuw met het adres van de eigenaar.
error-shop-merge-effect-may-have-been = Die samenvoeging is niet van kracht (misschien is hij al ongedaan gemaakt, hier of op een andere balie). Er is niets gewijzigd.
error-cli-desk-connected-shop-s-server = Deze balie is niet verbonden met de server van een winkel. Verbind hem met `casebook sync connect`, of koppel met `casebook sync join`.
error-sync-server-does-hold-desk-s = Deze server heeft de winkel van deze balie niet ({ $detail } op { $at }). Controleer het serveradres in de winkelinstellingen, of koppel opnieuw met een nieuwe koppelcode van de eerste balie.
error-sync-shop-s-server-does-offer = De server van de winkel op { $at } biedt geen versleutelde verbinding, en Casebook bereikt een server op een andere computer alleen versleuteld. Vraag wie de server beheert om versleuteling aan te zetten (ssl = on).
error-sync-shop-s-server-gave-answer = De server van de winkel op { $at } gaf een antwoord dat Casebook niet begrijpt ({ $value }). Er is niets gewijzigd. Controleer dat het adres een PostgreSQL-server is, of meld het aan wie hem beheert.
error-sync-server-does-let-user-log = De server op { $at } laat deze gebruiker niet aanmelden. Gebruik het adres van de servereigenaar, of vraag het aan wie de server beheert.
error-sync-server-does-accept-connections-from = De server op { $at } accepteert geen verbindingen van deze computer ({ $message }). Vraag wie de server beheert om deze computer toe te laten, en probeer het dan opnieuw.
error-sync-server-has-no-such-database = De server op { $at } heeft zo'n database niet ({ $message }). Controleer de databasenaam in het serveradres.
error-sync-shop-s-server-refused-nothing = De server van de winkel op { $at } weigerde ({ $message }). Er is niets gewijzigd. Blijft het gebeuren, meld het dan aan wie de server beheert.
error-sync-shop-s-server-showed-certificate = De server van de winkel op { $at } liet een certificaat zien dat niet klopt ({ $value }). Casebook heeft geen verbinding gemaakt, om de gegevens van de winkel veilig te houden. Is het certificaat van de server vervangen, vul dan de certificaatautoriteit in bij de winkelinstellingen; meld het anders aan wie de server beheert.
error-sync-encrypted-connection-shop-s-server = Er kon geen versleutelde verbinding met de server van de winkel op { $at } worden gemaakt ({ $other }). Casebook heeft geen verbinding gemaakt. Meld het aan wie de server beheert.
error-mail-address-mail-server-accepts = '{ $text }' is geen adres dat een mailserver accepteert ({ $detail }).
error-mail-outgoing-mail-server-did-accept-2 = De server voor uitgaande mail { $host } accepteerde de aanmelding niet ({ $text }). Controleer het mailwachtwoord op de pagina Mailbox.
error-mail-outgoing-mail-server-refused = De server voor uitgaande mail { $host } weigerde het: { $text }
error-mail-outgoing-mail-server-said-try = De server voor uitgaande mail { $host } zei het later nog eens te proberen: { $text }
error-mail-outgoing-mail-server-could-reached = De server voor uitgaande mail { $host } kon niet veilig worden bereikt ({ $text }). Controleer de naam en het certificaat.
error-mail-outgoing-mail-server-cannot-reached = De server voor uitgaande mail { $host } is niet bereikbaar ({ $text }).
error-mail-reply-has-nobody-go = Het antwoord heeft niemand om naartoe te gaan ({ $detail }).
error-data-could-create-folder = Kon de map { $parent } niet aanmaken
error-data-could-create = Kon { $partial } niet aanmaken
error-data-could-finish = Kon { $folder } niet afronden
error-data-could-write-2 = Kon { $events_path } niet schrijven
error-data-valid-json-casebook-export-folder = manifest.json is geen geldige JSON ({ $detail }). Is dit een exportmap van Casebook?
error-data-does-describe-casebook-export-choose = manifest.json beschrijft geen export van Casebook. Kies de map die Casebook heeft geëxporteerd.
error-data-export-written-newer-casebook-format = Deze export is geschreven door een nieuwere Casebook (formaat { $version }; deze leest tot en met { $format_version }). Installeer de nieuwere Casebook om hem te importeren. Er is niets gewijzigd.
error-data-damaged = manifest.json is beschadigd ({ $detail }).
error-data-has-calendar-cannot-used = manifest.json heeft een agenda die niet bruikbaar is: { $detail }
error-data-has-targets-cannot-used = manifest.json heeft normen die niet bruikbaar zijn: { $detail }
error-data-line-longer-than-bytes = de regel is langer dan { $max_line_bytes } bytes
error-data-line-utf-8-text = de regel is geen UTF-8-tekst
error-data-event = geen gebeurtenis ({ $detail })
error-data-event-needs-id-desk-wrote = een gebeurtenis heeft een id nodig en de balie die hem schreef
error-data-has-problems-so-nothing-imported = events.jsonl heeft problemen, dus er is niets geïmporteerd: { $value }
error-data-missing-choose-folder-casebook-exported = { $path } ontbreekt. Kies een map die Casebook heeft geëxporteerd (met manifest.json en events.jsonl erin).
error-data-could-read-3 = Kon { $manifest_path } niet lezen
error-data-holds-events-but-export-recorded = events.jsonl bevat { $found } gebeurtenissen maar de export noteerde er { $events }: de kopie is onvolledig. Exporteer opnieuw, of kopieer de hele map. Er is niets geïmporteerd.
error-data-folder-holds-files-but-export = De map attachments bevat { $names } bestanden maar de export noteerde er { $files }: de kopie is onvolledig. Exporteer opnieuw, of kopieer de hele map. Er is niets geïmporteerd.
error-data-file-cannot-used-nothing-imported = Een bestand in attachments is niet bruikbaar ({ $detail }). Er is niets geïmporteerd.
error-data-line = events.jsonl regel { $line }: { $detail }
error-data-line-nothing-imported = events.jsonl regel { $line }: { $message }. Er is niets geïmporteerd.
error-data-nothing-imported = events.jsonl: { $detail }. Er is niets geïmporteerd.
error-data-lines-nothing-imported = events.jsonl regels { $first_line } tot { $line }: { $detail }. Er is niets geïmporteerd.
error-data-file-did-arrive-whole-choose = Het bestand is niet heel aangekomen. Kies het opnieuw.
error-data-file-empty-choose-spreadsheet-heading = Het bestand is leeg. Kies een spreadsheet met een kopregel en gegevens.
error-data-spreadsheet-choose-csv-xlsx-ods = { $value } is { $what }, geen spreadsheet. Kies een .csv-, .xlsx- of .ods-bestand.
error-data-compressed-file-but-workbook-casebook = { $value } is een gecomprimeerd bestand maar geen werkmap die Casebook kan lezen. Sla het op als .xlsx, .ods of .csv en probeer het opnieuw.
error-data-workbook-has-no-sheet-sheets = De werkmap heeft geen blad "{ $wanted }". De bladen zijn: { $value }.
error-data-workbook-has-no-sheets = De werkmap heeft geen bladen.
error-data-sheet-could-read = Het blad "{ $sheet }" kon niet worden gelezen ({ $detail }).
error-data-sheet-has-rows-columns-more = Het blad "{ $sheet }" heeft { $height } rijen en { $width } kolommen, meer dan Casebook in één keer leest. Splits het.
error-data-encoding-casebook-knows-choose-one = '{ $label }' is geen codering die Casebook kent. Kies er een uit de lijst.
error-data-file-does-read-as-text = Het bestand leest niet als { $value }-tekst: sommige tekens zouden als � verschijnen. Kies de codering waarin het bestand is opgeslagen.
error-data-file-text-spreadsheet-saved-holds = Dit bestand is geen tekst die een spreadsheet heeft opgeslagen: het bevat binaire gegevens. Kies een .csv-, .xlsx- of .ods-bestand.
error-attachments-could-create-2 = Kon { $folder } niet aanmaken
error-attachments-could-write = Kon { $temp } niet schrijven
error-attachments-could-keep = Kon { $path } niet bewaren
error-attachments-could-flush = Kon { $dir } niet wegschrijven
error-data-could-read-backup = Kon de back-up { $path } niet lezen
error-data-could-write-backup = Kon de back-up { $target } niet schrijven
error-data-could-create-backups-folder = Kon de back-upmap { $dir } niet aanmaken
error-data-could-keep-backup = Kon de back-up { $target } niet bewaren
error-sync-shop-s-server-cannot-reached-2 = De server van de winkel op { $at } is niet bereikbaar ({ $why }). Deze balie werkt door en stuurt zijn werk als de server terug is.
error-sync-server-cannot-reached-check-server = De server op { $at } is niet bereikbaar ({ $why }). Controleer het serveradres en of de server draait, en probeer het dan opnieuw.
error-sync-shop-s-server-cannot-reached-3 = De server van de winkel op { $at } is niet bereikbaar ({ $why }). Controleer dat deze computer op het netwerk van de winkel zit en de server draait, en probeer de koppelcode dan opnieuw.
error-sync-shop-s-server-does-accept = De server van de winkel op { $at } accepteert het wachtwoord van deze balie niet. De balie is misschien opnieuw ingericht op een andere computer. Vraag de eerste balie om een nieuwe koppelcode en koppel opnieuw.
error-sync-server-does-accept-user-name = De server op { $at } accepteert deze gebruikersnaam en dit wachtwoord niet. Controleer het serveradres van de eigenaar (het deel voor de @), en probeer het dan opnieuw.
error-sync-join-code-already-used-withdrawn = Deze koppelcode is al gebruikt, of ingetrokken: de server accepteert hem niet meer. Een koppelcode werkt één keer. Vraag de eerste balie om een nieuwe.
error-sync-user-owner-s-server-address = De gebruiker in het serveradres van de eigenaar mag dit niet doen op { $at } ({ $message }). Hij moet rollen en tabellen kunnen aanmaken: gebruik het adres van de servereigenaar.
error-sync-shop-s-server-refused-desk = De server van de winkel op { $at } weigerde deze balie ({ $message }). De toegang is misschien ingetrokken, of het is geen balie van deze winkel. Er is niets gewijzigd. Vraag de eerste balie om een nieuwe koppelcode.
error-sync-signed-authority-computer-trusts = het is niet ondertekend door een autoriteit die deze computer vertrouwt
error-sync-has-expired = het is verlopen
error-sync-revoked = het is ingetrokken
error-sync-nothing-answers-address-port = niets reageert op dat adres en die poort
error-sync-no-answer-time = geen antwoord op tijd
error-sync-network-does-reach = het netwerk bereikt hem niet
error-hours-calendar-file-names-which-part = Het agendabestand noemt '{ $name }', wat geen deel van een agenda is (dagen worden geschreven als monday tot sunday, in kleine letters; zie de README). Er is niets gewijzigd.
error-hours-calendar-file-valid-see-readme = Het agendabestand is niet geldig ({ $detail }). Zie de README voor de verwachte vorm.
error-core-could-find-user-data-folder = Kon de gegevensmap van de gebruiker niet vinden
error-mail-problem = { $message }
error-sync-join-code-already-used-join = Deze koppelcode is al gebruikt om een balie te koppelen. Een koppelcode werkt één keer: vraag de eerste balie om een nieuwe.
error-sync-shop-s-server-holds-event = De server van de winkel heeft een gebeurtenis die deze Casebook niet kan lezen (gebeurtenis { $id }: { $detail }). Een andere balie draait misschien een nieuwere Casebook: werk Casebook op deze balie bij.
error-sync-server-does-hold-shop-check = Deze server heeft de winkel { $shop_id } niet ({ $at }). Controleer het serveradres, of richt de winkel op deze server in vanaf zijn eerste balie.
error-sync-desk-already-belongs-another-shop = Deze balie hoort al bij een andere winkel op de server op { $at }. Er is niets gewijzigd.
error-sync-server-set-up-newer-casebook = Deze server is ingericht door een nieuwere Casebook (serverschema { $found }, deze balie kent tot en met { $server_schema }). Werk Casebook op deze balie bij.
error-demo-shop-not-empty = Deze database bevat al een winkel ({ $staff } medewerkers, { $customers } klanten). De demowinkel kan alleen in een lege database worden geladen; kies met --db een nieuw bestand.
error-demo-no-customers = Vraag om minstens één klant.

## De schil (src-tauri/src)

shell-no-program-opened = Geen programma op deze computer opende { $path } ({ $detail }). Open het vanuit de bestandsbeheerder.
shell-file-could-run-program = “{ $name }” kan een programma op deze computer starten. Open het alleen als je het vertrouwt.
shell-file-not-whole = Het bestand is niet heel aangekomen ({ $detail }). Voeg het opnieuw toe.
shell-request-not-understood = Het verzoek werd niet begrepen ({ $detail }). Er is niets gewijzigd.
shell-command-panicked = Er ging iets mis binnen Casebook. Er is niets opgeslagen. Probeer het opnieuw; blijft het gebeuren, start Casebook dan opnieuw.
shell-request-not-json = Het verzoek werd niet begrepen (het was geen JSON). Er is niets gewijzigd.
shell-title = { $overdue ->
    [0] Casebook
   *[other] Casebook — { $overdue } te laat
}
shell-tray-open = Casebook openen
shell-tray-quit = Casebook afsluiten
shell-notifications-broken = Bureaubladmeldingen werken niet ({ $detail }). Te late zaken staan nog steeds in de wachtrij en de venstertitel.
notify-open-case = Zaak openen

## Wat alleen een ploegleider of de eigenaar mag: vult "… mag niet { $what }" aan

lead-change-hours = openingstijden, feestdagen of responsnormen wijzigen
lead-connect-mailbox = de mailbox van de winkel koppelen
lead-disconnect-mailbox = de mailbox van de winkel ontkoppelen
lead-connect-server = deze balie met de server van de winkel verbinden
lead-add-desk = een balie aan de winkel toevoegen
lead-revoke-desk = een balie intrekken
lead-change-file-limit = het grootste bestand dat de winkel accepteert wijzigen
lead-change-root-causes = de lijst met hoofdoorzaken wijzigen
lead-close-escalation = een escalatie afsluiten

## Hoe een ingevuld veld in berichten heet

label-a-line-of-the-brief = Een regel van de overdracht
label-a-root-cause = Een hoofdoorzaak
label-a-section-title = Een kop
label-customer-name = Naam van de klant
label-message = Bericht
label-name = Naam
label-notes = Notities
label-organisation = Organisatie
label-segment = Segment
label-subject = Onderwerp
label-the-customers-comment = De opmerking van de klant
label-the-handover-note = De overdrachtsnotitie
label-the-reason-for-erasing = De reden voor het wissen
label-the-reply = Het antwoord
label-what-happened = Wat er gebeurde
label-what-the-complaint-is-about = Waar de klacht over gaat
label-what-was-promised = Wat er is toegezegd
label-what-was-said = Wat er is gezegd
label-what-we-changed = Wat we hebben veranderd
label-phone-numbers = telefoonnummers
label-email-addresses = e-mailadressen

## Waarom een e-mailadres of telefoonnummer er geen is

why-it-is-empty = het is leeg
why-it-is-longer-than-254-characters = het is langer dan 254 tekens
why-it-contains-a-space = het bevat een spatie
why-it-has-no = er staat geen @ in
why-it-has-more-than-one = er staat meer dan één @ in
why-nothing-before-the = er staat niets voor de @
why-the-part-after-the-needs-a-dot-like-exam = het deel na de @ heeft een punt nodig, zoals voorbeeld.nl
why-the-part-after-the-has-a-misplaced-dot = het deel na de @ heeft een punt op de verkeerde plek
why-the-part-before-the-has-a-misplaced-dot = het deel voor de @ heeft een punt op de verkeerde plek
why-a-can-only-come-first = een + mag alleen vooraan staan
why-it-has-fewer-than-6-digits = het heeft minder dan 6 cijfers
why-it-has-more-than-17-digits = het heeft meer dan 17 cijfers
why-phone-contains = het bevat '{ $c }'

## De opdrachtregel

cli-could-not-write-output = Kon de uitvoer niet schrijven
cli-demo-loaded = De demowinkel is geladen: { $staff } medewerkers, { $customers } klanten, { $cases } zaken, { $events } gebeurtenissen.

## Taal en notatie van de winkel

error-locale-unknown-language = '{ $language }' is geen taal die Casebook spreekt. Kies uit: en (English), nl (Nederlands), de (Deutsch), fr (Français), es (Español).
error-locale-bad-region = '{ $region }' is geen landinstelling. Schrijf het als taal en land, zoals nl-NL, en-GB, en-US of de-CH.

## Bureaubladmeldingen

notify-target = { $target ->
    [first_response] een eerste reactie
    [next_response] een antwoord
    [resolution] de oplossing van de zaak
   *[promise] wat we hebben toegezegd
}
notify-owner = Eigenaar: { $owner }.
notify-promise-keeper = { $owner } komt het na.
notify-case-of = { $subject } ({ $customer })
notify-closed-summary = { $count ->
    [one] 1 zaak is te laat geraakt terwijl Casebook dicht was
   *[other] { $count } zaken zijn te laat geraakt terwijl Casebook dicht was
}
notify-closed-body = { $more ->
    [0] { $names }. Open de wachtrij om ze te zien.
   *[other] { $names } en nog { $more }. Open de wachtrij om ze te zien.
}
notify-flood-summary = { $count } zaken vragen aandacht
notify-flood-body = { $soon ->
    [0] { $overdue } te laat
   *[other] { $overdue ->
        [0] { $soon } bijna aan de beurt
       *[other] { $overdue } te laat, { $soon } bijna aan de beurt
    }
}. Open de wachtrij om ze te zien.
notify-promise-overdue-summary = Toezegging te laat: { $promise }
notify-promise-overdue-body = Toegezegd aan { $customer } vóór { $time } ({ $subject }).
notify-promise-due-summary = Toezegging om { $time }: { $promise }
notify-promise-due-body = Toegezegd aan { $customer } ({ $subject }).
notify-overdue-summary = Te laat: { $subject }
notify-overdue-body = { $customer } wacht sinds { $time } op { $target ->
    [first_response] een eerste reactie
    [next_response] een antwoord
    [resolution] de oplossing van de zaak
   *[promise] wat we hebben toegezegd
}.
notify-due-soon-summary = Om { $time }: { $subject }
notify-due-soon-body = { $customer } verwacht vóór { $time } { $target ->
    [first_response] een eerste reactie
    [next_response] een antwoord
    [resolution] de oplossing van de zaak
   *[promise] wat we hebben toegezegd
}.
notify-a-colleague = Een collega
notify-handoff-to-you = { $from } droeg aan jou over: { $subject }
notify-handoff = { $from } droeg aan { $to } over: { $subject }
notify-handoff-note = { $customer }. { $note }
notify-handoff-no-note = { $customer }. De overdracht staat bovenaan de zaak.

## De voorgestelde overdracht (medewerkers kunnen elke regel aanpassen)

brief-their-words = In hun woorden
brief-tried = Wat we al hebben geprobeerd
brief-promises = Openstaande toezeggingen
brief-expectations = Wat ze verwachten
brief-complaints = Klachten
brief-first-message = “{ $text }” ({ $when })
brief-pinned = Vastgezet: { $text }
brief-latest = Laatst: “{ $text }” ({ $when })
brief-earlier = { $count ->
    [one] …en 1 eerdere regel op de tijdlijn.
   *[other] …en { $count } eerdere regels op de tijdlijn.
}
brief-someone = Iemand
brief-tried-line = { $who } { $what ->
    [reply] antwoordde
    [note] noteerde
    [call_in] nam een telefoontje aan
    [call_out] belde ze
   *[visit] sprak ze in de winkel
} ({ $when }): { $text }
brief-promise = { $text } — uiterlijk { $when }{ $late ->
    [yes] { " — TE LAAT" }
   *[no] {""}
}
brief-promise-kept-by = { $text } — uiterlijk { $when }, { $owner } komt het na{ $late ->
    [yes] { " — TE LAAT" }
   *[no] {""}
}
brief-expectation = { $label ->
    [never] Nooit
    [always] Altijd
    [recovery] Als het misgaat
    [channel] Wil bereikt worden
    [hours] Beste tijd om te bellen
    [turnaround] Verwacht een antwoord binnen
   *[notes] Notities
}: { $text }
brief-channel = { $channel ->
    [walk_in] in de winkel
    [phone] per telefoon
    [email] per e-mail
    [chat] via chat
   *[other] op een andere manier
}
brief-complaint-open = { $summary } (open, sinds { $when }, over “{ $subject }”)
brief-complaint-closed = { $summary } (afgesloten)
brief-complaint-closed-changed = { $summary } (afgesloten; we veranderden: { $changed })

## Rapporten: titels, kolomkoppen (ook in CSV), bevindingen

report-table-first-response-and-resolution-by-customer-segmen = Eerste reactie en oplossing per klantsegment
report-table-response-targets-met-by-when-the-case-was-opened = Responsnormen gehaald, naar openingsdatum van de zaak
report-column-segment = Segment
report-column-cases = Zaken
report-column-first-response-median-business-min = Eerste reactie, mediaan (openingsminuten)
report-column-first-response-90th-percentile-business-min = Eerste reactie, 90e percentiel (openingsminuten)
report-column-first-response-within-target-percent = Eerste reactie binnen norm (%)
report-column-resolution-median-business-min = Oplossing, mediaan (openingsminuten)
report-column-resolution-90th-percentile-business-min = Oplossing, 90e percentiel (openingsminuten)
report-column-resolution-within-target-percent = Oplossing binnen norm (%)
report-column-period-starting = Periode vanaf
report-column-cases-opened = Geopende zaken
report-title-fairness-how-long-each-kind-of-customer-waits = Eerlijkheid: hoe lang elke soort klant wacht
report-title-response-targets-met-over-time = Responsnormen gehaald in de tijd
report-table-promises-by-the-day-they-fell-due = Toezeggingen per vervaldag
report-table-escalations-closed-what-changed = Afgesloten escalaties: wat er veranderde
report-table-escalations-by-root-cause = Escalaties per hoofdoorzaak
report-table-complaints-closed-what-we-changed = Afgesloten klachten: wat we veranderden
report-table-complaints-opened-and-closed = Klachten geopend en afgesloten
report-table-satisfaction-over-time = Tevredenheid in de tijd
report-table-scores-given = Gegeven scores
report-column-kept = Nagekomen
report-column-broken = Gebroken
report-column-open-and-past-due = Open en verlopen
report-column-kept-percent = Nagekomen (%)
report-column-opened = Geopend
report-column-root-cause = Hoofdoorzaak
report-column-case = Zaak
report-column-what-happened = Wat er gebeurde
report-column-what-changed = Wat er veranderde
report-column-escalations = Escalaties
report-column-still-open = Nog open
report-column-closed = Afgesloten
report-column-customer = Klant
report-column-complaint = Klacht
report-column-what-we-changed = Wat we veranderden
report-column-customer-told = Klant ingelicht
report-column-scores = Scores
report-column-average-1-5 = Gemiddelde (1–5)
report-column-4-or-5-percent = 4 of 5 (%)
report-column-score = Score
report-column-times-given = Keer gegeven
report-title-promises-kept = Nagekomen toezeggingen
report-title-escalations-by-root-cause = Escalaties per hoofdoorzaak
report-title-complaints-opened-and-closed = Klachten geopend en afgesloten
report-title-satisfaction = Tevredenheid
report-customers-without-segment = klanten zonder segment
report-segment-customers = { $segment }-klanten
report-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } u
       *[other] { $hours } u { $minutes } min
    }
}
report-row-no-segment = (geen segment)
report-row-all-customers = Alle klanten
report-yes = ja
report-no = nee
report-fairness-waits-longer = { $segments } wachten { $ratio } keer zo lang op { $measure ->
    [first] een eerste reactie
   *[resolution] een oplossing
} als { $quickest } (mediaan { $median } tegen { $quickest_median }).
report-fairness-fewer-within-target = Maar { $rate }% van de { $segments } kreeg { $measure ->
    [first] een eerste reactie
   *[resolution] een oplossing
} binnen de norm, tegen { $best_rate }% van de { $best }.
report-fairness-all-alike = Geen segment wacht merkbaar langer dan een ander: elke mediaan ligt binnen { $ratio } keer de snelste, en elk aandeel binnen de norm binnen { $points } punten van het beste.
report-fairness-too-few = Te weinig zaken om segmenten te vergelijken: elk heeft minstens { $min } beantwoorde zaken in de periode nodig.
report-attainment-unknown = Van geen enkele zaak die in deze periode is geopend is de uitkomst al bekend.
report-attainment = Van { $cases } geopende zaken kreeg { $first ->
    [none] geen
   *[other] { $first }%
} een eerste reactie binnen de norm en { $resolution ->
    [none] geen
   *[other] { $resolution }%
} een oplossing binnen de norm.
report-promises-kept = { $kept } van de { $closed } toezeggingen die in deze periode afliepen zijn nagekomen ({ $rate }%).
report-promises-none = Geen toezegging die in deze periode afliep is al nagekomen of gebroken.
report-promises-overdue = { $count ->
    [one] 1 toezegging is verlopen en staat nog open: kom hem na of leg vast hoe we het goedmaakten.
   *[other] { $count } toezeggingen zijn verlopen en staan nog open: kom ze na of leg vast hoe we het goedmaakten.
}
report-escalations-top = { $total ->
    [one] 1 escalatie
   *[other] { $total } escalaties
}; de meest voorkomende hoofdoorzaak was { $cause } ({ $count } van { $total }).
report-escalations-none = Er is in deze periode geen zaak geëscaleerd.
report-escalations-open = { $open ->
    [one] 1 staat nog open: sluit hem af met wat er veranderde, zodat het niet nog eens gebeurt.
   *[other] { $open } staan nog open: sluit elk af met wat er veranderde, zodat het niet nog eens gebeurt.
}
report-complaints = { $opened ->
    [one] 1 klacht
   *[other] { $opened } klachten
} geopend en { $closed } afgesloten in deze periode.
report-complaints-told = De klant hoorde wat we veranderden bij { $told } van de { $closed } afgesloten.
report-complaints-open = { $open ->
    [one] 1 klacht staat vandaag open.
   *[other] { $open } klachten staan vandaag open.
}
report-satisfaction = Gemiddelde score { $average } van { $count } klanten; { $happy }% gaf een 4 of 5.
report-satisfaction-none = Er zijn in deze periode geen scores gegeven.

## Wat Casebook deed met de server voor inkomende mail

imap-doing-starttls = het starten van de versleuteling (STARTTLS)
imap-doing-sign-in = het aanmelden
imap-doing-open-folder = het openen van de map { $folder }
imap-doing-list-new = het opsommen van nieuwe berichten
imap-doing-fetch = het ophalen van berichten
imap-doing-list-folders = het opsommen van de mappen
imap-doing-idle = het wachten op nieuwe mail
imap-doing-stop-idle = het stoppen met wachten
mail-server-incoming = inkomende mail (IMAP)
mail-server-in = inkomende mail (IMAP)
mail-server-out = uitgaande mail (SMTP)

cli-at-desk = { $name } staat aan de balie.
cli-staff-added = { $name } toegevoegd ({ $role ->
    [owner] eigenaar
    [lead] ploegleider
   *[staff] medewerker
}) als { $id }.
cli-no-customer-matches = Geen klant past bij '{ $query }'.
cli-customer-added = Klant { $name } toegevoegd als { $id }.
cli-case-opened = Zaak { $id } geopend voor { $customer }: { $subject }
cli-queue-empty = De wachtrij is leeg: geen open zaken.
cli-overdue = { $by } te laat
cli-due-in = over { $within }
cli-waiting-on-customer = wacht op de klant

cli-backed-up = Back-up gemaakt en gecontroleerd: { $path }
cli-no-backups = Nog geen back-ups in { $dir }.
cli-database-intact = De database is in orde.
cli-database-damaged = De database is beschadigd: { $detail }. Zet de laatste back-up terug.
cli-files-checked = { $count } bijgevoegde bestanden gecontroleerd.
cli-calendar-saved = Agenda opgeslagen; de deadline van elke open zaak volgt hem nu.
cli-holidays-imported = { $count } feestdagen geïmporteerd.
cli-reply-waits = Het antwoord wacht in de uitbak ({ $id }).
cli-reply-retried = Het antwoord wordt opnieuw geprobeerd.
cli-outbox-empty = Er wacht niets om verstuurd te worden.
cli-no-mailbox = Er is geen mailbox gekoppeld.
cli-mailbox-connected = Gekoppeld: deze balie haalt en verstuurt de mail van de winkel.
cli-mailbox-not-connected = Niet gekoppeld.
cli-mail-checked = { $fetched } opgehaald: { $new } nieuw, { $already } al aanwezig, { $copies } kopieën van onze antwoorden. { $sent } verstuurd, { $failed } mislukt, { $refused } geweigerd (niet verstuurd).
cli-mailbox-disconnected = De mailbox van de winkel is ontkoppeld.
cli-sync-alone = Niet verbonden: deze balie werkt zelfstandig.
cli-sync-connecting = Verbinden met de server van de winkel…
cli-sync-in-sync = Bijgewerkt.
cli-sync-sending = { $waiting } versturen…
cli-sync-receiving = Ontvangen: tot nu toe { $received }…
cli-sync-offline = Offline sinds { $since }, { $waiting } wachten om verstuurd te worden. { $reason }
cli-sync-problem = Probleem: { $message }
cli-join-code = Koppelcode voor { $desk } (werkt één keer; houd hem geheim):
cli-joined = Gekoppeld aan { $shop } als eigen balie; { $events } gebeurtenissen ontvangen.
cli-synced = { $sent } verstuurd, { $received } ontvangen.
cli-desk-revoked = Balie { $id } kan de server van de winkel niet meer bereiken.

## De mailbox van de winkel testen, stap voor stap

mail-test-no-password = Vul het wachtwoord van de mailbox in (bij de meeste providers een app-wachtwoord).
mail-test-imap-signed-in = Inkomende mail: aangemeld bij { $host }:{ $port } als { $user }.
mail-test-inbox = { $count ->
    [one] De inbox bevat 1 bericht.
   *[other] De inbox bevat { $count } berichten.
}
mail-test-idle = Nieuwe mail verschijnt binnen seconden: de server meldt het Casebook zodra hij binnenkomt.
mail-test-polls = De server kan Casebook niet melden wanneer mail binnenkomt, dus kijkt het elke { $minutes } minuten (en bij Nu controleren).
mail-test-imap-failed = Inkomende mail: { $detail }
mail-test-smtp-signed-in = Uitgaande mail: aangemeld bij { $host }:{ $port } om antwoorden te versturen.
mail-test-smtp-failed = Uitgaande mail: { $detail }
error-shop-event-names-unknown-customer = het gaat over klant { $id }, die deze geschiedenis nooit heeft toegevoegd
error-shop-event-names-unknown-case = het gaat over zaak { $id }, die in de geschiedenis van deze klant nooit is geopend
error-core-event-names-unknown-record = het noemt { $id } in { $table }, dat niet van deze klant is
error-tell-pinned-entry-unknown = het zet item { $event_id } vast, dat niet in de geschiedenis van deze klant staat
error-attachments-entry-unknown = het voegt bestanden toe aan item { $entry_id }, dat niet in de geschiedenis van deze klant staat
error-customers-event-without-name = een nieuwe klant zonder naam
error-sync-gate-clock-ahead = De klok van deze balie loopt voor op de server van de winkel, dus de server nam het laatste werk nog niet aan. De balie geeft dat werk nieuwe klokwaarden en stuurt het zelf opnieuw; zet de datum en tijd van deze computer goed om zeker te zijn.
error-sync-gate-rate = Deze balie stuurde meer gebeurtenissen dan de server van de winkel per minuut aanneemt. Ze stuurt de rest zelf over ongeveer { $seconds } s; er gaat niets verloren.
error-sync-gate-too-big = De server van de winkel weigerde werk van deze balie omdat het te groot is ({ $message }). Het blijft op deze balie. Meld het aan wie de server van de winkel beheert.
error-sync-gate-malformed = De server van de winkel weigerde een gebeurtenis van deze balie als misvormd ({ $detail }). Ze blijft op deze balie; er werd niets anders verstuurd. Meld het aan wie Casebook in de winkel beheert.
error-sync-gate-other-desk = De server van de winkel weigerde gebeurtenissen op naam van een andere balie ({ $message }). Een balie stuurt alleen haar eigen werk; er werd niets verstuurd.
error-sync-gate-update-desk = De server van de winkel op { $at } vraagt een nieuwere Casebook op deze balie. Werk Casebook hier bij; het werk van deze balie wacht veilig tot dan.
error-sync-gate-not-joined = Deze balie is nog niet aan de winkel gekoppeld: koppel haar eerst met haar koppelcode.
error-sync-gate-code-expired = Deze koppelcode is verlopen. Vraag een nieuwe aan een balie die als eigenaar is aangemeld.
error-sync-gate-file-refused = De server van de winkel weigerde een bijgevoegd bestand ({ $message }). Het blijft op deze balie.
error-sync-gate-no-erasure = De server van de winkel bewaart een bestand tot de geschiedenis van de winkel de wissing ervan bevat. Wis het eerst bij de zaak.
error-sync-join-code-days = Een koppelcode werkt 1 tot 90 dagen.
error-sync-server-set-up-older-casebook = De server van de winkel op { $at } werd ingericht door een oudere Casebook. Hij wordt bijgewerkt zodra een balie die als eigenaar is aangemeld Balies en synchronisatie opent (of `casebook sync desks` uitvoert); het werk van deze balie wacht veilig tot dan.
lead-owner-sign-in = de toegang van de eigenaar op een balie bewaren of vergeten
error-sync-owner-other-server = Dat adres hoort bij een andere server: de server van deze winkel is { $at }. Geef het adres van de eigenaar op die server.
cli-owner-url-prompt = Het serveradres van de eigenaar (postgres://eigenaar:WACHTWOORD@host:5432/database), onzichtbaar terwijl u typt: 
cli-owner-url-missing = Er werd geen serveradres van de eigenaar gegeven. Typ het wanneer erom gevraagd wordt, geef het via standaardinvoer, of zet CASEBOOK_OWNER_URL; het wordt nooit op de opdrachtregel aangenomen, waar anderen het kunnen lezen.
cli-owner-signed-in = De toegang van de eigenaar staat nu op deze balie: ze kan balies uitnodigen en intrekken.
cli-owner-signed-out = De toegang van de eigenaar werd op deze balie vergeten. Ze synchroniseert verder zoals voorheen.
cli-join-code-until = Werkt één keer, tot { $until }.
cli-set-aside-unknown-kind =
    { $count ->
        [one] 1 gebeurtenis van { $desk } vraagt een nieuwere Casebook: werk deze balie bij.
       *[other] { $count } gebeurtenissen van { $desk } vragen een nieuwere Casebook: werk deze balie bij.
    }
cli-set-aside-damaged =
    { $count ->
        [one] 1 gebeurtenis van { $desk } is beschadigd en werd overgeslagen.
       *[other] { $count } gebeurtenissen van { $desk } zijn beschadigd en werden overgeslagen.
    }
cli-set-aside-refers-to-nothing =
    { $count ->
        [one] 1 gebeurtenis van { $desk } gaat over iets wat de geschiedenis van deze balie niet bevat, en werd overgeslagen.
       *[other] { $count } gebeurtenissen van { $desk } gaan over iets wat de geschiedenis van deze balie niet bevat, en werden overgeslagen.
    }
cli-set-aside-not-allowed =
    { $count ->
        [one] 1 gebeurtenis van { $desk } deed iets wat die balie niet mag, en werd overgeslagen.
       *[other] { $count } gebeurtenissen van { $desk } deden iets wat die balie niet mag, en werden overgeslagen.
    }

## src/mail/rules.rs and src/mail/reply.rs

mail-refused-not-shop-address = Het zou verstuurd worden als { $address }, en dat is niet het adres van de winkel ({ $shop }).
mail-refused-not-customers-case = De zaak bestaat hier niet meer, of is niet van deze klant.
mail-refused-stranger-address = { $address } is geen adres van de klant, en niemand heeft het in het antwoord getypt.
mail-refused-not-an-address = '{ $address }' is geen e-mailadres.
mail-refused-no-recipient = Het antwoord noemt niemand om het naartoe te sturen.
error-mail-reply-too-many-addresses = Een antwoord gaat naar hoogstens { $max } adressen.
error-data-backup-of-another-shop = Deze back-up hoort bij een andere winkel ({ $theirs }), en deze balie hoort bij { $ours }: terugzetten zou de geschiedenis van twee winkels mengen. Kies een back-up van { $ours }, of zet hem terug op een balie die bij geen winkel hoort.
cli-sync-status =
    Winkel { $shop } op { $server }, balie { $desk }.
    { $waiting ->
        [0] Alles wat deze balie schreef staat op de server van de winkel.
        [one] 1 wijziging van deze balie wacht om verstuurd te worden.
       *[other] { $waiting } wijzigingen van deze balie wachten om verstuurd te worden.
    }
error-sync-readmit-revoked = De balie { $desk } is ingetrokken en wordt dus niet met haar geschiedenis opnieuw toegelaten (een verloren of gestolen pc blijft buiten). Maak in plaats daarvan een koppelcode voor een nieuwe balie.
error-sync-desk-in-another-shop = Deze balie hoort bij de winkel { $shop }; de koppelcode is voor { $theirs }. Verlaat eerst { $shop } (Balies en synchronisatie, of `casebook sync leave`). Er is niets veranderd.
error-sync-no-desk-named = De winkel heeft geen balie met de naam “{ $desk }”. Zijn balies: { $names }.
error-sync-two-desks-named = Twee balies heten “{ $desk }”: noem de juiste bij haar id (`casebook sync desks` toont ze).
error-sync-leave-unsent =
    { $waiting ->
        [one] 1 wijziging van deze balie is
       *[other] { $waiting } wijzigingen van deze balie zijn
    } nog niet op de server van de winkel: synchroniseer eerst, zodat de winkel ze houdt. Toch vertrekken (ze blijven dan alleen op deze balie): `casebook sync leave --anyway`.
cli-readmit-code = Koppelcode om { $desk } opnieuw toe te laten (typ hem daar in met `casebook sync join`; de geschiedenis en wat nog niet verstuurd is blijven; werkt één keer; houd hem geheim):
cli-sync-moved = Deze balie synchroniseert { $shop } nu met de server op { $server }.
cli-sync-left = Deze balie heeft { $shop } verlaten en houdt haar geschiedenis; ze werkt nu op zichzelf. De eigenaar kan haar intrekken in Balies en synchronisatie (`casebook sync revoke`).
sync-password-missing = Het wachtwoord van deze balie voor de server van de winkel staat niet in de wachtwoordkluis van deze computer. Vraag de eigenaar deze balie opnieuw toe te laten (Balies en synchronisatie, of `casebook sync readmit` op de balie van de eigenaar) en typ de code hier in met `casebook sync join`: de geschiedenis en wat nog niet verstuurd is blijven.
error-sync-desk-s-password-shop-s = Het wachtwoord van deze balie voor de server van de winkel staat niet in de wachtwoordkluis van deze computer. Vraag de eigenaar deze balie opnieuw toe te laten (Balies en synchronisatie, of `casebook sync readmit` op de balie van de eigenaar) en typ de code hier in met `casebook sync join`: de geschiedenis en wat nog niet verstuurd is blijven.
error-cli-desk-s-password-shop-s = Het wachtwoord van deze balie voor de server van de winkel staat niet in de wachtwoordkluis van deze computer. Vraag de eigenaar deze balie opnieuw toe te laten (Balies en synchronisatie, of `casebook sync readmit` op de balie van de eigenaar) en typ de code hier in met `casebook sync join`: de geschiedenis en wat nog niet verstuurd is blijven.
lead-change-staff = de personeelslijst wijzigen
error-staff-merge-same = Kies twee verschillende mensen op de personeelslijst om samen te voegen ({ $name } is al één record).
cli-staff-renamed = Hernoemd: { $name }.
cli-staff-merged = Nu één record voor { $name }; het andere is van de lijst en de open zaken zijn overgezet.
cli-staff-active = { $name } staat op de personeelslijst.
cli-staff-inactive = { $name } staat niet meer op de personeelslijst; de geschiedenis blijft.
cli-case-updated = Zaak “{ $subject }” bijgewerkt (nu { $status }).
cli-handed-off = Overgedragen aan { $to }, met de overdracht.
cli-escalated = Geëscaleerd ({ $id }).
cli-complaint-flagged = Klacht gemarkeerd ({ $id }).
cli-score-recorded = Score { $score } vastgelegd.
cli-promise-made = Belofte gedaan ({ $id }).
cli-fact-pinned = Vastgezet als kernfeit.
cli-fact-unpinned = Geen kernfeit meer.
cli-files-attached =
    { $count ->
        [one] 1 bestand bijgevoegd.
       *[other] { $count } bestanden bijgevoegd.
    }
cli-promise-kept = Nagekomen: { $text }
cli-promise-broken = Gebroken, en rechtgezet: { $text }
cli-complaint-closed = Klacht gesloten.
cli-escalation-closed = Escalatie gesloten.
cli-customer-updated = { $name } bijgewerkt.
cli-customers-merged = Samengevoegd ({ $id }); `customer undo-merge { $id }` maakt het ongedaan.
cli-merge-undone = Samenvoeging ongedaan: { $id } is weer een eigen klant.
cli-not-duplicates = Genoteerd: verschillende mensen; ze worden niet meer voorgesteld.
cli-sync-carried =
    { $count ->
        [one] 1 wijziging
       *[other] { $count } wijzigingen
    } van balie { $desk }, hier geïmporteerd, { $count ->
        [one] wordt
       *[other] worden
    } bewaard voor de server van de winkel en bij de volgende synchronisatie verstuurd.
error-cli-targets-file = Het doelenbestand kon niet worden gelezen ({ $detail }). Begin bij `casebook settings targets`, dat ze afdrukt in de vorm die dit leest.
cli-targets-saved = Reactiedoelen opgeslagen; open zaken volgen ze.
cli-attachment-limit-saved = Bijlagen mogen nu tot { $megabytes } MB zijn.
cli-shop-language-saved = De taal van de winkel is opgeslagen; elke balie volgt die, tenzij ze een eigen keuze heeft.
cli-expectations-saved = De verwachtingen van de klant zijn opgeslagen.
cli-attachment-removed = Het bestand is van de notitie gehaald; de geschiedenis vermeldt dat het er was.
cli-attachment-erased = De inhoud van het bestand is hier gewist, en op de server en de andere balies zodra ze bijwerken.
cli-sync-last-synced = Laatst gesynchroniseerd { $when }.
cli-sync-never-synced = Nog niet gesynchroniseerd.
cli-sync-last-problem = De laatste synchronisatie stopte: { $problem }
error-sync-desk-s-access-shop-s = De toegang van deze balie tot de server van de winkel is door de eigenaar ingetrokken. Ze houdt haar eigen geschiedenis: verlaat de winkel (Balies en synchronisatie, of `casebook sync leave`) om op zichzelf te werken, en om haar werk in de winkel te brengen, exporteer het en importeer de export op een balie van de winkel.
error-rights-owner-only = { $name } mag niet { $what }: dat mag alleen een eigenaar. Vraag het de eigenaar, of laat die hiervoor eenmalig de eigen toegangscode typen.
error-rights-passcode-needed = Om { $what }, typt { $name } eerst de eigen toegangscode.
error-rights-not-allowed-then =
    { $name } was op dat moment geen { $needed ->
        [owner] eigenaar
       *[lead] ploegleider of eigenaar
    }, dus deze wijziging ({ $kind }) heeft geen effect.
error-rights-not-allowed-nobody = Deze wijziging ({ $kind }) noemt een maker die niet op de personeelslijst staat ({ $id }), dus ze heeft geen effect.
error-rights-sign-in = De balie is vergrendeld: { $name } meldt zich aan met de eigen toegangscode.
error-rights-passcode-script = Deze winkel vraagt een toegangscode: geef de code van { $name } in CASEBOOK_PASSCODE, of start de opdracht in een terminal om ernaar gevraagd te worden.
error-rights-approver-not-owner = { $name } is geen actieve eigenaar en kan dit dus niet goedkeuren.
error-rights-last-owner = { $name } is de enige eigenaar van de winkel. Maak eerst iemand anders eigenaar.
error-passcode-hash-unreadable = Deze toegangscode is opgeslagen in een vorm die deze Casebook niet kan lezen.
error-passcode-digits-only = Een toegangscode bestaat uit { $min } tot { $max } cijfers, niets anders.
error-passcode-length = Toegangscodes van deze winkel hebben { $min } tot { $max } cijfers.
error-passcode-guessable = Die code probeert iedereen als eerste (steeds hetzelfde cijfer, of een reeks als 1234). Kies een andere.
error-passcode-wait = Te vaak een verkeerde code: wacht { $seconds } s en probeer het opnieuw.
error-passcode-wrong-wait = Die code klopt niet. Wacht { $seconds } s voor de volgende poging.
error-passcode-wrong =
    Die code klopt niet (nog { $left ->
        [1] één poging
       *[other] { $left } pogingen
    } voordat het veld moet wachten).
error-passcode-none-yet = { $name } heeft nog geen toegangscode: kies er nu een.
error-passcode-no-recovery = Deze winkel heeft geen herstelcode. Een andere eigenaar kan de code herstellen op de pagina Personeel.
error-passcode-min-digits = { $value } cijfers kan niet de kortste code zijn: kies { $min } tot { $max }.
error-passcode-lock-minutes = Vergrendel de balie na hoogstens { $max } minuten zonder gebruik (0: nooit).
error-passcode-own-first = { $name }, kies eerst je eigen toegangscode, zodat je niet buitengesloten wordt.
lead-set-passcodes = toegangscodes wijzigen of wanneer ze gevraagd worden
lead-change-language = de taal van de winkel wijzigen
lead-erase-file = een bestand wissen
lead-import = gegevens in de winkel importeren
lead-restore = een back-up terugzetten
lead-reports = de rapporten lezen
cli-passcode-prompt = Toegangscode: 
cli-recovery-code =
    Herstelcode: { $code }
    Schrijf hem op en bewaar hem veilig, niet bij de balie: hiermee herstel je de code van een eigenaar, en Casebook bewaart geen kopie.
cli-passcode-rule = Code gevraagd: { $ask }; minstens { $min } cijfers; vergrendelt na { $minutes } minuten zonder gebruik (0: nooit); rapporten alleen voor eigenaars: { $reports }
cli-staff-role = { $name } is nu { $role }.
cli-passcode-set = De code van { $name } is ingesteld; na de volgende synchronisatie werkt hij op elke balie van de winkel.
cli-passcode-cleared = { $name } heeft nu geen code en kiest er een bij de volgende aanmelding.
cli-recovery-prompt = Herstelcode: 
cli-no-wrong-tries = Geen verkeerde codes op deze balie.
cli-wrong-tries = { $name }: { $count } verkeerd, de laatste om { $at }
cli-passcode-prompt-failed = de code kon niet gevraagd worden in deze terminal (geef hem dan in de omgeving)
cli-new-passcode-prompt = Nieuwe code: 
cli-new-passcode-again = Nogmaals: 
cli-passcodes-differ = De twee codes verschillen; er is niets gewijzigd. Probeer het opnieuw.
privacy-export-title = Wat wij over { $name } bewaren
privacy-export-made = Gemaakt op { $date }. Dit is alles wat de winkel in Casebook over u bewaart: uw gegevens, uw zaken en elk bericht, met data en wie u hielp. Het bestand { $file } naast deze pagina bevat hetzelfde, voor een ander programma.
privacy-export-none = Niets.
privacy-export-by-nobody = —
privacy-export-details = Uw gegevens
privacy-field-name = Naam
privacy-field-phones = Telefoonnummers
privacy-field-emails = E-mailadressen
privacy-field-organisation = Organisatie
privacy-field-segment = Klantgroep
privacy-field-notes = Notities
privacy-field-since = Klant sinds
privacy-field-last-contact = Laatste contact
privacy-export-expectations = Wat u ons vertelde dat u verwacht
privacy-expect-channel = Hoe we u bereiken
privacy-expect-hours = Wanneer we u bereiken
privacy-expect-turnaround = Hoe snel
privacy-expect-always = Altijd
privacy-expect-never = Nooit
privacy-expect-recovery = Als het misgaat
privacy-expect-notes = Notities
privacy-export-facts = Belangrijke feiten die we noteerden
privacy-export-cases = Uw zaken
privacy-export-promises = Beloften die we deden
privacy-export-files = Bestanden
privacy-export-history = Alles wat er gebeurde, oudste eerst
privacy-column-when = Wanneer
privacy-column-what = Wat
privacy-column-who = Wie u hielp
privacy-column-case = Zaak
privacy-column-channel = Hoe u ons bereikte
privacy-column-opened = Geopend
privacy-column-status = Status
privacy-column-promise = Belofte
privacy-column-due = Uiterlijk
privacy-column-outcome = Uitkomst
privacy-column-file = Bestand
privacy-column-size = Grootte
privacy-column-added = Toegevoegd
privacy-column-kind = Soort
privacy-column-words = Woorden
privacy-file-size = { $kilobytes } kB
privacy-kind-added = Klant toegevoegd
privacy-kind-details = Gegevens gewijzigd
privacy-kind-case-opened = Zaak geopend
privacy-kind-message = Uw bericht
privacy-kind-mail-in = Uw e-mail
privacy-kind-reply = Ons antwoord
privacy-kind-mail-out = E-mail aan u verstuurd
privacy-kind-note = Notitie van de winkel
privacy-kind-call = Telefoongesprek
privacy-kind-visit = Bezoek
privacy-kind-case-changed = Zaak bijgewerkt
privacy-kind-handoff = Overgedragen aan een collega
privacy-kind-promise = Belofte
privacy-kind-fact = Belangrijk feit
privacy-kind-complaint = Klacht
privacy-kind-escalation = Escalatie
privacy-kind-score = Uw beoordeling
privacy-kind-files = Bestanden
privacy-kind-records = Gegevens samengevoegd of apart gehouden
privacy-kind-other = Overig
privacy-channel-walk-in = In de winkel
privacy-channel-phone = Telefonisch
privacy-channel-email = Per e-mail
privacy-channel-chat = Via een bericht
privacy-channel-other = Op een andere manier
privacy-status-open = Open
privacy-status-waiting = Wacht op u
privacy-status-resolved = Opgelost
privacy-status-closed = Gesloten
privacy-promise-open = Open
privacy-promise-kept = Nagekomen
privacy-promise-broken = Niet nagekomen
error-privacy-could-write-json = De gegevens van de klant konden niet als JSON worden geschreven ({ $detail }). Er is niets opgeslagen; meld dit alstublieft.
cli-customer-exported = Geschreven naar { $folder }: customer.html om te lezen of af te drukken, customer.json voor een ander programma ({ $cases } zaken, { $entries } items, { $files } bestanden).
lead-forget-customer = een klant vergeten
error-privacy-customer-forgotten = Deze klant is op verzoek vergeten: er kan niets meer aan worden toegevoegd. Voeg iemand nieuw toe als nieuwe klant.
error-privacy-reason-needed = Zeg waarom deze klant wordt vergeten (bijvoorbeeld “gevraagd aan de balie op 3 december”). De reden blijft in de geschiedenis; schrijf er niets over de persoon in.
error-privacy-reason-too-long = De reden is langer dan { $max } tekens: een zin of twee is genoeg.
error-privacy-already-forgotten = Deze klant is al vergeten (nu { $number }).
cli-customer-forgotten = Vergeten op deze balie, en op elke andere balie bij de volgende synchronisatie: de klant is nu { $number }.
lead-retention = instellen hoe lang klanten bewaard blijven
error-privacy-retention-years = Bewaar klanten 1 tot { $max } jaar zonder contact, of zet de regel uit.
privacy-retention-reason = Geen contact sinds { $years ->
    [one] een jaar
   *[other] { $years } jaar
} (de regel van de winkel)
cli-retention-on = Klanten zonder contact sinds { $years } jaar worden vanaf nu vergeten; { $forgotten } zijn nu vergeten.
cli-retention-off = Klanten blijven bewaard tot een eigenaar ze vergeet.
cli-retention-on-now = Klanten zonder contact sinds { $years } jaar worden elke dag vergeten.
cli-retention-due = Bij { $years } jaar zonder contact zouden nu { $count } klanten worden vergeten:
error-seal-key-missing = De winkel versleutelt de woorden van klanten op zijn server, en deze balie heeft de sleutel van de winkel niet. Open op de balie van de eigenaar Balies en synchronisatie en kies „Versleutelen en sleutelcode tonen”; plak die code hier onder Balies en synchronisatie. Er is niets verstuurd of verloren: het werk van deze balie wacht hier.
error-seal-key-wrong = De sleutel van deze balie is niet die welke de server van de winkel kent (van een andere winkel, of verkeerd getypt). Plak de sleutelcode van de balie van de eigenaar opnieuw. Er is niets verstuurd.
error-seal-key-mistyped = Deze sleutelcode is niet volledig of verkeerd getypt. Kopieer hem opnieuw van de balie van de eigenaar.
error-seal-key-other-shop = Deze sleutelcode hoort bij een andere winkel, niet bij { $shop }. Vraag de eigenaar van deze winkel om de sleutelcode.
error-seal-not-opened = Een „{ $kind }” waarvan de woorden versleuteld zijn met een sleutel die deze balie niet heeft (of onderweg gewijzigd): bewaard, niet toegepast.
lead-seal-shop = de woorden van klanten op de server versleutelen
cli-join-code-prompt = De koppelcode van de balie van de eigenaar, onzichtbaar terwijl u typt: 
cli-join-code-missing = Er is geen koppelcode gegeven. Typ hem wanneer erom gevraagd wordt, geef hem via standaardinvoer of zet CASEBOOK_JOIN_CODE; hij bevat de sleutel van de winkel en wordt nooit op de opdrachtregel aangenomen, waar anderen hem kunnen lezen.
cli-key-code-prompt = De sleutelcode van de balie van de eigenaar, onzichtbaar terwijl u typt: 
cli-key-code-missing = Er is geen sleutelcode gegeven. Typ hem wanneer erom gevraagd wordt, geef hem via standaardinvoer of zet CASEBOOK_KEY_CODE; hij wordt nooit op de opdrachtregel aangenomen.
cli-shop-sealed = De woorden van klanten zijn versleuteld op de server van de winkel ({ $events } leesbaar bewaarde gebeurtenissen zijn nu versleuteld). Balies die eerder gekoppeld zijn, hebben deze sleutelcode nodig: voer daar `casebook sync key` uit en plak hem. Hij bevat de sleutel van de winkel: geef hem alleen aan de balies van de winkel en bewaar hem nergens.
cli-key-taken = Deze balie heeft nu de sleutel van de winkel; { $events } gebeurtenissen ontvangen.
cli-csv-left-out =
    rij { $line }, kolom ‘{ $column }’: { $count ->
            [one] een onzichtbaar stuurteken is
           *[other] { $count } onzichtbare stuurtekens zijn
        } weggelaten
error-cases-draft-too-long = Dit concept is langer dan { $max } tekens, het meeste dat een bericht kan bevatten. Verdeel het over twee berichten.
error-server-setup-step = Het inrichten van de server van de winkel is gestopt bij “{ $step }”: { $detail }. Na die stap is niets gewijzigd; verhelp de oorzaak en voer het opnieuw uit.
error-server-setup-not-root = Het inrichten van de server van de winkel wijzigt PostgreSQL en de instellingen van het systeem: voer het uit als root, bijvoorbeeld met sudo.
error-server-setup-not-debian = Het inrichten van de server van de winkel werkt op Debian of Ubuntu. Volg voor een ander systeem of een gehoste PostgreSQL het README-onderdeel “A hosted server”.
error-server-setup-old-postgres = Deze machine draait PostgreSQL { $version }; Casebook heeft 15 of nieuwer nodig. Werk PostgreSQL bij (Debian 12 en Ubuntu 24.04 hebben een nieuwere) en voer het opnieuw uit.
error-server-setup-bad-identifier = “{ $name }” kan hier geen PostgreSQL-naam zijn: gebruik kleine letters, cijfers en _, beginnend met een letter.
error-server-setup-bad-name = “{ $name }” is geen hostnaam of IP-adres. Geef de naam of het adres waarmee de balies deze machine bereiken.
error-server-setup-bad-network = “{ $network }” is geen netwerk. Schrijf het als een adres met de lengte van het voorvoegsel, bijvoorbeeld 192.168.1.0/24.
error-server-setup-no-name = Deze machine heeft geen naam of adres dat de balies kunnen gebruiken. Geef er een met --name (het adres op het netwerk van de winkel).
error-server-setup-no-network = Deze machine zit op geen netwerk waar de balies vandaan kunnen komen. Noem het netwerk van de winkel met --allow, bijvoorbeeld --allow 192.168.1.0/24.
lead-mark-shop-reply = een opgeslagen antwoord als dat van de winkel markeren
lead-change-shop-reply = een opgeslagen antwoord van de winkel wijzigen of verwijderen
lead-name-shop = de naam van de winkel in opgeslagen antwoorden wijzigen
error-replies-event-names-customer = een { $kind } hoort bij de winkel, maar deze noemt een klant of een zaak
error-replies-event-without-name = een opgeslagen antwoord zonder naam
error-replies-unknown-reply = het noemt opgeslagen antwoord { $id }, dat deze geschiedenis nooit had
error-replies-needs-text = Een opgeslagen antwoord heeft tekst nodig in minstens één taal. Typ het antwoord, of verwijder het.
error-replies-name-taken = Er is al een opgeslagen antwoord met de naam “{ $name }”. Kies een andere naam, of wijzig dat antwoord.
error-customers-language-unknown = Casebook schrijft niet in “{ $language }”. Kies en, nl, de, fr of es, of laat het leeg voor de taal van de winkel.
reply-placeholder-first-name = voornaam
reply-placeholder-case-ref = zaaknummer
reply-placeholder-promise-due = datum van de toezegging
reply-placeholder-shop-name = naam van de winkel
reply-placeholder-hours-today = openingstijden vandaag
reply-placeholder-my-name = jouw naam
reply-closed-today = vandaag gesloten
error-cli-reply-text-lang-equals = “{ $text }” noemt geen taal. Schrijf elke tekst als TAAL=TEKST, bijvoorbeeld nl="Hoi {"{"}first_name{"}"}".
cli-reply-uses =
    { $count ->
     [one] één keer gebruikt
    *[other] { $count } keer gebruikt
    }
cli-reply-found = { $count } van { $total } opgeslagen antwoorden
cli-reply-saved = Opgeslagen antwoord “{ $name }” bewaard ({ $id }).
cli-reply-removed = Opgeslagen antwoord “{ $name }” verwijderd.
cli-reply-shop-named = Opgeslagen antwoorden noemen de winkel nu “{ $name }”.
cli-sync-who-nobody = Niemand aan de andere balies heeft een zaak open.
cli-sync-who-viewing = { $name } bij { $desk } heeft zaak { $case } open
cli-sync-who-writing = { $name } bij { $desk } schrijft een antwoord op zaak { $case }
privacy-field-language = We schrijven u in
label-the-customers-message = Het bericht van de klant
label-the-note = De notitie
label-the-call-summary = De samenvatting van het gesprek
label-the-visit-summary = De samenvatting van het bezoek
label-contact-hours = Het beste moment om ze te bereiken
label-expected-turnaround = Hoe snel ze iets verwachten
label-always-do = Wat we altijd moeten doen
label-never-do = Wat we nooit mogen doen
label-how-to-recover = Wat ze verwachten als we iets fout doen
label-the-shops-name = De naam van de winkel
label-this-desks-name = De naam van deze balie
label-the-new-desks-name = De naam van de nieuwe balie
label-what-we-did-to-make-it-right = Wat we hebben gedaan om het goed te maken
label-what-changed-so-it-does-not-happen-again = Wat er is veranderd zodat het niet weer gebeurt
csv-problem-too-wide = Deze rij heeft { $values } waarden, maar de rij met koppen heeft { $columns } kolommen. Een waarde waar het scheidingsteken in staat, moet tussen aanhalingstekens.
csv-problem-unknown =
    Kolom “{ $column }”: ‘{ $value }’ is geen { $what ->
        [channel] bekend kanaal
        [status] bekende status
       *[priority] bekende prioriteit
    }. Gebruik een van: { $allowed }.
csv-problem-not-a-date = Kolom “{ $column }”: ‘{ $value }’ is geen datum. Schrijf het als 2026-03-05, 05-03-2026 of 2026-03-05 14:30.
csv-problem-in-future = Kolom “{ $column }”: ‘{ $value }’ ligt in de toekomst.
csv-problem-case-without-subject = Deze rij heeft gegevens van een zaak maar geen onderwerp. Vul een onderwerp in, of maak de kolommen van de zaak leeg.
csv-problem-quote-never-closed = Een aanhalingsteken dat in deze rij opent, wordt nergens gesloten, dus de rijen erna zouden als één waarde gelezen worden. Sluit het aanhalingsteken, of haal het weg.
csv-problem-not-text = Deze rij kon niet als tekst gelezen worden. Controleer het bestand.
cli-csv-problem-row = rij { $line }: { $problem }
cli-csv-summary =
    { $rows } rijen { $done ->
        [yes] geïmporteerd
       *[no] gecontroleerd (niets geschreven)
    }: { $new } nieuwe klanten, { $matched } bij bestaande klanten gevonden ({ $updated } met een nieuw telefoonnummer of e-mailadres), { $cases } zaken.
cli-sync-connected =
    Deze balie is nu de eerste balie van { $shop } op { $server }. Haar geschiedenis staat op de server.
    Voeg een balie toe met `casebook sync invite --desk NAAM`.
cli-server-ready = De server van de winkel is klaar: PostgreSQL { $version }, poort { $port }, database { $database }.
cli-server-unchanged = Er hoefde niets te veranderen: het was al zo ingericht.
cli-server-changed = Veranderd:
cli-server-who-connects =
    Balies mogen verbinden vanaf { $allow }: versleuteld, met een wachtwoord, alleen met de database { $database }.
    Het certificaat geldt voor: { $names }.
cli-server-first-desk =
    Open op de eerste balie van de winkel Balies en synchronisatie, kies de eerste balie van de winkel verbinden, en plak:
      Serveradres: { $address }
      Certificaatautoriteit: de tekst aan het eind (die staat ook in { $ca }; kopieer dat bestand naar de balie).
cli-server-password-once =
    Het wachtwoord van de eigenaar hierboven wordt alleen nu getoond en nergens op deze machine bewaard.
    Bewaar het in een wachtwoordbeheerder; `casebook server setup --new-owner-password` kiest een nieuw.
cli-server-password-placeholder = WACHTWOORD
cli-server-password-lost =
    { $placeholder } is het wachtwoord van de eigenaar, getoond toen het werd gemaakt. Is het kwijt,
    dan kiest `casebook server setup --new-owner-password` een nieuw.
cli-server-from-terminal =
    Of vanuit een terminal op de balie, met het bestand daarheen gekopieerd:
      casebook sync connect --ca ca.crt --shop "Jouw winkel" --desk "Toonbank"
    (het vraagt om het serveradres zonder het te tonen).
server-changed-installed = PostgreSQL geïnstalleerd uit de pakketten van het systeem
server-changed-cluster = het cluster van PostgreSQL { $version } aangemaakt
server-changed-started = PostgreSQL gestart
server-changed-ca = de certificaatautoriteit van de winkel gemaakt ({ $path })
server-changed-certificate = het certificaat van de server gemaakt voor { $names }
server-changed-owner-created = de eigenaarsrol { $owner } aangemaakt
server-changed-owner-password = een nieuw wachtwoord gekozen voor { $owner }
server-changed-database = de database { $database } aangemaakt
server-changed-tls = TLS en het luisteren op het netwerk aangezet
server-changed-allow = balies toegelaten vanaf { $allow }
server-changed-firewall = poort { $port } in de firewall geopend voor { $net }
cli-case-renamed = Zaak hernoemd: “{ $subject }”.
server-step-check-user = nagaan wie dit uitvoert
server-step-update-packages = de pakketlijsten bijwerken
server-step-install = PostgreSQL installeren
server-step-list-clusters = de clusters van PostgreSQL opsommen
server-step-find-version = de versie van PostgreSQL vinden
server-step-create-cluster = het cluster van PostgreSQL aanmaken
server-step-start = PostgreSQL starten
server-step-read-host-name = de hostnaam lezen
server-step-read-addresses = de adressen lezen
server-step-read-networks = de netwerken lezen
server-step-certificates = de certificaten maken
server-step-write = { $path } schrijven
server-step-protect = { $path } beveiligen
server-step-look-owner = de eigenaar zoeken
server-step-create-owner = de eigenaar aanmaken
server-step-look-database = de database zoeken
server-step-create-database = de database aanmaken
server-step-configure = PostgreSQL instellen
server-step-restart = PostgreSQL herstarten
server-step-reload = PostgreSQL opnieuw laden
server-step-read-firewall = de firewall lezen
server-step-open-firewall = de firewall openen
server-step-read-ca = de certificaatautoriteit lezen
