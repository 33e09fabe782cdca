# Casebook's library and shell, in English. Keys are kebab-case, prefixed by
# feature. Every key must be in every language (tests/library/catalogues.rs).

## When a message has no words at all (never expected: the check above)

words-missing = Casebook has no words for this message.

## Errors that do not depend on a feature

error-not-found = { $what ->
    [case] Case
    [customer] Customer
    [event] Event
    [reply] Reply
    [staff-member] Staff member
    [backup] Backup
    [promise] Promise
    [complaint] Complaint
    [desk] Desk
    [file] File
    [attachment] Attachment
    [entry] Entry
    [escalation] Escalation
   *[other] Record
} '{ $id }' was not found. It may have been mistyped, or the screen is out of date: go back and open it again.
error-bad-event = event { $id } cannot be applied: { $detail }
error-newer-schema = This database was written by a newer version of Casebook (schema version { $found }; this version understands up to { $supported }). Install the newer Casebook to open it. Nothing was changed.
error-not-casebook = { $path } is not a Casebook database. Choose a file that Casebook created. Nothing was changed.
error-corrupt = The Casebook database is damaged ({ $detail }). Close Casebook and restore the most recent backup.
error-already-open = Another copy of Casebook already has { $path } open. Switch to that window instead, or close it first.
error-busy = The database is busy in another program. Wait a moment and try again; if it keeps happening, close other programs using the Casebook file.
error-disk-full = The disk is full, so nothing was saved. Free some space and try again.
error-read-only = The Casebook data folder is read-only, so nothing was saved. Check the folder's permissions, or start Casebook with --db pointing to a folder you can write to.
error-io = { $context }: { $detail }
error-storage = Storage error: { $detail }. Nothing was saved.
error-internal = Something went wrong inside Casebook ({ $detail }). Nothing was saved. Please try again; if it keeps happening, restart Casebook.
error-not-one-of = '{ $value }' is not a valid { $kind ->
    [CallDirection] call direction
    [EntryKind] entry kind
    [CaseStatus] case status
    [Priority] priority
    [Target] target
    [Channel] channel
    [MatchField] match field
    [OutboxStatus] outbox status
    [Noise] noise
    [SentHow] sent how
    [Security] security
    [StaffRole] staff role
    [AlarmKind] alarm kind
    [ComplaintStatus] complaint status
    [EscalationStatus] escalation status
    [PromiseStatus] promise status
   *[other] value
}. Use one of: { $allowed }.

## src/cases/queries.rs

error-cases-page-position-valid-reload-list = The page position is not valid. Reload the list from the top.

## src/cases/timeline.rs

error-cases-page-position-valid-reload-timeline = The page position is not valid. Reload the timeline.

## src/hours/calendar.rs

error-hours-time-use-24-hour-hh = { $day }: '{ $text }' is not a time. Use 24-hour HH:MM, for example 09:00 or 17:30.
error-hours-date-use-yyyy-mm-dd = { $what }: '{ $text }' is not a date. Use YYYY-MM-DD, for example 2026-12-25.
error-hours-time-zone-casebook-knows-use = '{ $time_zone }' is not a time zone Casebook knows. Use an IANA name such as Europe/Amsterdam or America/New_York.
error-hours-ends-before-starts-swap-times = { $day }: { $start }–{ $end } ends before it starts. Swap the times, or remove the interval.
error-hours-overlaps-make-them-one-interval = { $day }: { $value }–{ $value2 } overlaps { $value3 }–{ $value4 }. Make them one interval, or move one.
error-hours-calendar-has-no-open-hours = The calendar has no open hours at all, so nothing could ever be due. Add opening hours for at least one day.
error-hours-minutes-more-business-time-than = { $minute_ms } minutes is more business time than Casebook looks ahead for ({ $value } years of this calendar's opening hours). Give a shorter duration.
error-hours-calendar-has-no-open-hours-2 = The calendar has no open hours in the next three years: every day is closed or a holiday.

## src/hours/mod.rs

error-hours-warn-between-1-minute-24 = Warn between 1 minute and 24 hours before a due time, not { $minutes } minutes.

## src/hours/targets.rs

error-hours-priority-target-minutes-target-must = { $label ->
    [urgent] Urgent
    [high] High
    [low] Low
   *[normal] Normal
} priority: the { $what ->
    [first_response] first response
    [next_response] next response
   *[resolution] resolution
} target is { $minutes } minutes. A target must be at least 1 minute.
error-hours-priority-target-longer-than-year = { $label ->
    [urgent] Urgent
    [high] High
    [low] Low
   *[normal] Normal
} priority: the { $what ->
    [first_response] first response
    [next_response] next response
   *[resolution] resolution
} target is longer than a year. Shorten it.
error-hours-these-settings-nothing-would-ever = With these settings nothing would ever be due: add opening hours.

## src/hours/ics.rs

error-hours-ics-file-could-read-line = The .ics file could not be read: line { $line }: { $why }. Nothing was imported; check the file, or export it again from your calendar.

## src/customers/actions.rs

error-customers-already-has-use-instead-confirm = { $name } already has this { $what ->
    [email] email address
   *[phone] phone number
}. Use { $name } instead, or confirm that this is a different person.

## src/customers/events.rs


## src/customers/expectations.rs


## src/mail/imap.rs

error-mail-incoming-mail-server-refused = The incoming mail server { $host } refused to { $doing }: "{ $words }".
error-mail-connection-incoming-mail-server-broke = The connection to the incoming mail server { $host } broke while trying to { $doing } ({ $io }).
error-mail-incoming-mail-server-closed-connection = The incoming mail server { $host } closed the connection while trying to { $doing }.
error-mail-incoming-mail-server-gave-answer = The incoming mail server { $host } gave an answer Casebook could not read while trying to { $doing } ({ $other }).
error-mail-incoming-mail-server-did-accept = The incoming mail server { $host } did not accept the sign-in for { $username } ("{ $words }"). Check the password; many providers need an app password here, not your usual one.
error-mail-incoming-mail-server-did-answer = The incoming mail server { $host } did not answer the sign-in in time.
error-mail-incoming-mail-server-did-greet = The incoming mail server { $host } did not greet: is it an IMAP server, on the right port?

## src/mail/outbox.rs

error-mail-reply-sent-already-sent-again = This reply was sent already; it is not sent again.

## src/mail/smtp.rs

error-mail-certificate-authority-could-read = The certificate authority could not be read ({ $detail }).
error-mail-nobody-send = Nobody to send to ({ $detail }).
error-mail-outgoing-mail-server-did-answer = The outgoing mail server { $host } did not answer.
error-mail-outgoing-mail-server-did-accept = The outgoing mail server { $host } did not accept the sign-in ({ $text }). Check the password; many providers need an app password here.

## src/mail/config.rs

error-mail-email-address = '{ $address }' is not an email address.
error-mail-give-server-s-name-such = Give the { $what } server's name, such as mail.example.com.
error-mail-give-both-servers-ports-imap = Give both servers' ports (IMAP 993, SMTP 465 or 587).
error-mail-computer-so-connection-must-encrypted = { $host } is not this computer, so the connection must be encrypted (TLS or STARTTLS).
error-mail-give-desk-name-such-as = Give this desk a name, such as "Counter".

## src/mail/tls.rs

error-mail-certificate-authority-certificate-pem-form = The certificate authority is not a certificate in PEM form (it starts with -----BEGIN CERTIFICATE-----). Paste the whole file you were given.
error-mail-certificate-authority-could-used = The certificate authority could not be used ({ $detail }).
error-mail-server-name = '{ $host }' is not a server name.
error-mail-server-cannot-reached-check-server = The { $what } server { $host }:{ $port } cannot be reached ({ $detail }). Check the server's name and port, and this computer's network.
error-mail-server-did-answer-within-seconds = The { $what } server { $host }:{ $port } did not answer within { $value } seconds.
error-mail-server-did-finish-encrypting-connection = The { $what } server { $host } did not finish encrypting the connection in time.
error-mail-server-s-certificate-does-match = The { $what } server's certificate does not match the name { $host } ({ $text }). Check the server's name: use the exact name your provider gives. Nothing was sent.
error-mail-server-showed-certificate-computer-does = The { $what } server { $host } showed a certificate this computer does not trust ({ $text }). If the shop made its own certificate, add its certificate authority in the settings.
error-mail-server-could-reached-securely = The { $what } server { $host } could not be reached securely ({ $text }).

## src/mail/service.rs

error-mail-shop-s-mail-handled-desk = The shop's mail is handled by the desk '{ $desk_name }'. Check mail there.

## src/mail/setup.rs

error-mail-shop-s-mail-handled-desk-2 = The shop's mail ({ $address }) is handled by the desk '{ $desk_name }'. Disconnect it there first (or here, if that desk is gone), then connect it on this desk.

## src/search/mod.rs

error-search-date-range-ends-before-starts = The date range ends before it starts. Pick an end after the start.
error-search-page-position-valid-search-again = The page position is not valid. Search again from the top.

## src/staff/events.rs


## src/staff/mod.rs

error-staff-no-longer-active-so-cannot = { $name } is no longer active, so cannot own a case. Pick someone else.
error-staff-chosen-owner-staff-list-pick = The chosen owner is not on the staff list. Pick someone else.
error-staff-there-already-someone-called-staff = There is already someone called { $name } on the staff list. Add a surname or initial to tell them apart.
error-staff-no-longer-active-staff-list = { $name } is no longer active on the staff list. Pick who is at the desk.
error-staff-cannot-ask-shift-lead-owner = { $name } cannot { $what }: ask a shift lead or the owner.
error-staff-only-active-staff-member-add = { $name } is the only active staff member; add someone else first.

## src/staff/desk.rs

error-staff-nobody-active-staff-list-called = Nobody active on the staff list is called '{ $wanted }'. See the staff list.
error-staff-could-type-more-name = '{ $wanted }' could be { $value }. Type more of the name.
error-staff-no-longer-active-staff-list-2 = { $name } is no longer active on the staff list. Pick someone else.
error-staff-you-cannot-deactivate-yourself-while = You cannot deactivate yourself while at the desk. Ask a colleague to do it.

## src/data/exchange.rs

error-data-could-list-exports = Could not list the exports in { $dir }
error-data-could-write = Could not write { $path }
error-data-could-read = Could not read events.jsonl
error-data-could-read-2 = Could not read { $path }

## src/data/backup.rs

error-data-could-start-backup = Could not start the backup
error-data-could-read-backups-folder = Could not read the backups folder { $dir }
error-data-name-backup-pick-one-from = '{ $file_name }' is not the name of a backup. Pick one from the list.

## src/data/csv_import/read.rs

error-data-file-mb-casebook-imports-up = The file is { $value } MB; Casebook imports up to { $value2 } MB at a time. Split it into smaller files.

## src/data/csv_import/mod.rs

error-data-casebook-could-tell-which-row = Casebook could not tell which row holds the column headings. Pick it from the first rows shown.
error-data-file-has-columns-but-were-2 = The file has { $headings } columns but { $mapping } were mapped. Read the file again and choose a field for each column.
error-data-mapping-does-fit-file-s = The mapping does not fit the file's columns.

## src/data/csv_import/rows.rs

error-data-no-column-taken-customer-s = No column is taken for the customer's name. Choose the column (or the first and last name columns) that holds it.
error-data-file-has-headings-but-no = The file has headings but no rows. Nothing to import.

## src/data/csv_import/table.rs

error-data-file-has-no-rows-choose = The file has no rows. Choose a spreadsheet with a heading row and data.
error-data-row-blank-file-pick-row = Row { $n } is blank or not in the file. Pick the row that holds the column headings.

## src/tell/pins.rs

error-tell-only-entry-about-customer-can = Only an entry about a customer can be pinned as a key fact.

## src/tell/handoffs.rs

error-tell-handoff-needs-someone-handing-off = A handoff needs someone handing off: pick who you are first.
error-tell-you-cannot-hand-case-yourself = You cannot hand a case to yourself. Pick a colleague.
error-tell-colleague-you-picked-staff-list = The colleague you picked is not on the staff list.
error-tell-no-longer-active-so-cannot = { $name } is no longer active, so cannot take over a case. Pick someone else.
error-tell-case-reopen-before-handing = This case is { $status ->
    [resolved] resolved
   *[closed] closed
}. Reopen it before handing it to { $name }.

## src/tell/brief.rs

error-tell-brief-has-lines-keep-under = The brief has { $count } lines; keep it under { $brief_lines_max }.
error-tell-brief-empty-keep-drafted-lines = The brief is empty. Keep the drafted lines or write what the next person needs to know.

## src/tell/promises.rs

error-tell-promise-must-fall-due-future = A promise must fall due in the future, and { $value } has passed. Pick a later time.
error-tell-broken-promise-needs-recovery-note = A broken promise needs a recovery note: write what we did to make it right.
error-tell-period-ends-before-starts-pick = The period ends before it starts. Pick an end after the start.
error-tell-promise-already-closed-as-nothing = This promise was already closed as { $status ->
    [kept] kept
    [broken] broken
   *[open] open
}. Nothing was changed.

## src/tell/complaints.rs

error-tell-entry-belongs-another-case-flag = That entry belongs to another case. Flag it from its own case.
error-tell-complaint-already-closed-nothing-changed = This complaint was already closed. Nothing was changed.

## src/sync/join.rs

error-sync-join-code-complete-mistyped-copy = This join code is not complete or was mistyped. Copy it again from the first desk.
error-sync-join-code-made-newer-casebook = This join code was made by a newer Casebook. Update Casebook on this desk, then join again.

## src/sync/pg/connect.rs

error-sync-certificate-authority-could-used-check = The certificate authority could not be used ({ $detail }). Check that it is the authority's certificate, not the server's key.
error-sync-server-address-has-no-host = The server address has no host name. Enter the server's name or IP address.

## src/sync/pg/desks.rs

error-sync-desk-id = '{ $desk_id }' is not a desk id.

## src/sync/pg/events.rs

error-sync-server-holds-different-event-id = The server holds a different event with the id { $id }. Nothing was sent; this desk keeps its own copy. Tell whoever looks after the shop's server.

## src/sync/pg/schema.rs

error-sync-casebook-could-set-up-tables = Casebook could not set up its tables on the server at { $at } (step { $number }: { $value }). Nothing was changed. Tell whoever looks after the server.

## src/sync/pg/owner.rs

error-sync-server-address-casebook-can-use = This is not a server address Casebook can use ({ $why }). Write it as postgres://user:password@host:5432/database.
error-sync-give-new-desk-name-such = Give the new desk a name, such as "Counter 2".

## src/sync/secrets.rs

error-sync-computer-has-no-password-store = This computer has no password store Casebook can use ({ $detail }), so the shop's server password could not be { $value }. On Linux, install and unlock GNOME Keyring or KWallet; on Windows and macOS, sign in to your user account normally. Then try again.

## src/sync/memory.rs

error-sync-shop-s-server-cannot-reached = The shop's server cannot be reached.

## src/sync/setup.rs

error-sync-desk-already-connected-shop-s = This desk is already connected to its shop's server. Nothing was changed.
error-sync-desk-already-has-own-history = This desk already has its own history ({ $events } events), so it cannot join a shop. Join from a desk with no history (start Casebook with a new data folder), or export this history and import it on the shop's first desk. The join code was not used.
error-sync-desk-cannot-revoke-itself-do = A desk cannot revoke itself. Do it from another desk.

## src/attachments/files.rs

error-attachments-does-name-stored-file = '{ $hash }' does not name a stored file.
error-attachments-file-s-content-does-match = The file's content does not match its name ({ $name }): it was damaged on the way.
error-attachments-could-erase = Could not erase { $path }

## src/attachments/mod.rs

error-attachments-could-create = Could not create { $dir }
error-attachments-empty-0-bytes-nothing-attached = “{ $name }” is empty (0 bytes). Nothing was attached.
error-attachments-mb-shop-accepts-files-up = “{ $name }” is { $value } MB; the shop accepts files up to { $limit_mb } MB. Make it smaller (a photo at a lower resolution, a PDF scanned in grey), or ask the owner to raise the limit.
error-attachments-files-attach-something-said-noted = Files attach to something said, noted, called or visited on a case.
error-attachments-write-what-customer-said-attach = Write what the customer said to attach files to it.
error-attachments-kept-desk-any-more-attach = “{ $value }” is not kept on this desk any more. Attach it again.
error-attachments-pick-limit-from-1-mb = Pick a limit from 1 to { $max_limit_mb } MB.
error-attachments-attachments-kept-beside-database-file = Attachments are kept beside the database file; this database lives in memory only.

## src/shop/receive.rs

error-shop-event-has-no-clock-value = event { $id } has no clock value (hlc); it cannot be placed in order

## src/shop/mod.rs

error-shop-event-must-say-kind = an event must say its kind ({ $detail })
error-shop-valid-event = not a valid { $kind } event ({ $detail })
error-shop-kind-event-casebook-knows-may = '{ $kind }' is not a kind of event this Casebook knows; it may come from a newer version

## src/learn/outreach.rs

error-learn-you-reached-customer-write-line = You reached the customer: write a line about what was said, so whoever is next knows.
error-learn-pick-between-1-3650-days = Pick between 1 and 3650 days without contact, not { $days }.
error-learn-ask-least-one-customer-call = Ask for at least one customer to call.
error-learn-you-asked-customers-but-only = You asked for { $count } customers, but only { $pool } of the shop's { $customers } have not been contacted or called in { $days } days. Ask for { $pool } or fewer, or shorten the period.

## src/learn/events.rs

error-learn-score-outside-1-5 = a score of { $score } is outside 1 to 5

## src/learn/escalations.rs

error-learn-list-twice-keep-one = '{ $cause }' is in the list twice. Keep one.
error-learn-keep-least-one-root-cause = Keep at least one root cause: every escalation must name one.
error-learn-list-has-root-causes-keep = The list has { $out } root causes; keep it to { $causes_max } or fewer.
error-learn-pick-root-cause-escalation = Pick the root cause of this escalation: { $value }.
error-learn-one-shop-s-root-causes = '{ $cause }' is not one of the shop's root causes. Pick one of: { $value }.
error-learn-person-you-picked-staff-list = The person you picked is not on the staff list.
error-learn-active-shift-lead-owner-escalate = { $name } is not an active shift lead or owner. Escalate to one of them.
error-learn-case-already-escalated-close-escalation = This case is already escalated to { $name }. Close that escalation first, or add a note to the case.
error-learn-escalation-already-closed-nothing-changed = This escalation was already closed. Nothing was changed.

## src/learn/reports/period.rs

error-learn-date-date-write-as-yyyy = The { $label } date '{ $text }' is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-01.
error-learn-report-ends-but-starts-pick = The report ends on { $to } but starts on { $from }. Pick an end date on or after the start.
error-learn-report-covers-most-ten-years = A report covers at most ten years. Pick a shorter range.

## src/learn/reports/mod.rs

error-learn-report-has-no-table = The { $name } report has no table '{ $table }'.
error-learn-could-create-reports-folder = Could not create the reports folder { $dir }
error-learn-could-save = Could not save { $path }

## src/learn/scores.rs

error-learn-score-1-very-unhappy-5 = A score is 1 (very unhappy) to 5 (very happy), not { $score }.

## src/duplicates/mod.rs

error-duplicates-these-already-one-customer-nothing = These are already one customer. Nothing was changed.

## src/core/clock.rs

error-core-date-time-use-form-2026 = '{ $text }' is not a date and time ({ $detail }). Use the form 2026-11-22T09:30:00+01:00.

## src/core/validate.rs

error-core-empty-type-before-saving = { $label } is empty. Type it in before saving.
error-core-contains-control-characters-retype-without = { $label } contains control characters. Retype it without them.
error-core-empty-write-before-saving = { $label } is empty. Write it before saving.
error-core-too-long-characters-limit-shorten = { $label } is too long ({ $n } characters; the limit is { $max }). Shorten it, or split it into two entries.
error-core-valid-email-address-check-example = '{ $value }' is not a valid email address ({ $why }). Check it, for example name@example.com.
error-core-valid-phone-number-use-digits = '{ $value }' is not a valid phone number ({ $why }). Use digits, spaces, + - ( ) or ., for example +31 6 1234 5678.
error-core-customer-can-have-most-remove = A customer can have at most { $contacts_max } { $label }; remove some.

## src/core/event.rs

error-core-event-must-name = a { $kind } event must name its { $what }

## src/core/store.rs

error-core-could-create-data-folder = Could not create the data folder { $dir }
error-core-could-open-database = Could not open the database at { $path }
error-core-desk-already-has-own-history = This desk already has its own history ({ $events } events), so it cannot join a shop. Join from a desk with no history (start Casebook with a new data folder), or export this history and import it on the shop's first desk before it connects.

## src/core/writer.rs

error-core-every-event-needs-id-desk = every event needs an id and the desk that wrote it

## src/core/db.rs

error-core-could-start-database-worker = Could not start the database worker
error-core-could-create = Could not create { $lock_path }
error-core-could-lock = Could not lock { $lock_path }

## src/bin/casebook/learn.rs

error-cli-report-format-use-text-csv = '{ $other }' is not a report format. Use text, csv or json.

## src/bin/casebook/data.rs

error-cli-already-exists-choose-new-file = { $file } already exists; choose a new file name.
error-cli-column-field-use-name-phone = '{ $f }' is not a column field. Use name, phone, email, organisation, segment, notes, subject, channel, status, priority, opened, message or ignore.
error-cli-problem-s-nothing-imported-fix = { $problem_count } problem(s) in { $file }; nothing was imported. Fix them and try again: { $value }{ $value2 }

## src/bin/casebook/mail.rs

error-cli-could-start-mail-machinery = Could not start the mail machinery
error-cli-mailbox-could-connected-see-above = The mailbox could not be connected (see above).

## src/bin/casebook/sync.rs

error-cli-could-start-sync-machinery = Could not start the sync machinery
error-cli-shop-has-no-staff-yet = The shop has no staff yet.
error-cli-notes-were-never-acknowledged-server = { $acked } notes were never acknowledged by the server

## src/bin/casebook/main.rs

error-cli-future-things-already-happened = { $text } is in the future: --at is for things that already happened.
error-cli-say-who-acting-as-name = Say who is acting with --as NAME (see `casebook staff list`).
error-cli-demo-speaks-en-nl-de = The demo speaks en, nl, de, fr and es.

## src/bin/casebook/hours.rs

error-cli-negative-give-number-minutes-from = { $minutes } is negative: give a number of minutes from 0 up.
error-cli-calendar-has-no-open-hours = The calendar has no open hours in the next three years.

## src/mail/reply.rs

error-mail-no-mailbox-connected-so-reply = No mailbox is connected, so this reply cannot go out by mail. Connect the shop's mailbox on the Mailbox page (Shop menu), or log the reply as a call or a note.
error-mail-customer-has-no-email-address = This customer has no email address to reply to. Add one on their profile first.

## src/mail/service.rs

error-mail-no-mailbox-connected-connect-one = No mailbox is connected. Connect one with `casebook mail connect` or on the Mailbox page.

## src/staff/mod.rs

error-staff-person-desk-staff-list-pick = The person at the desk is not on the staff list. Pick who you are from the staff list.

## src/staff/desk.rs

error-staff-nobody-picked-as-being-desk = Nobody is picked as being at the desk. Pick who you are from the staff list first.

## src/sync/setup.rs

error-sync-desk-connected-shop-s-server = This desk is not connected to a shop's server yet. Connect it on the Desks & sync page.
error-sync-owner-s-server-address-password = The owner's server address and password are kept on the desk that set the shop up. Do this there, or connect again with the owner's address.

## src/shop/merges.rs

error-shop-merge-effect-may-have-been = That merge is not in effect (it may have been undone already, here or at another desk). Nothing was changed.

## src/bin/casebook/sync.rs

error-cli-desk-connected-shop-s-server = This desk is not connected to a shop's server. Connect it with `casebook sync connect`, or join with `casebook sync join`.

## src/sync/pg/errors.rs

error-sync-server-does-hold-desk-s = This server does not hold this desk's shop ({ $detail } at { $at }). Check the server address in the shop settings, or join again with a new join code from the first desk.
error-sync-shop-s-server-does-offer = The shop's server at { $at } does not offer an encrypted connection, and Casebook reaches a server on another computer only encrypted. Ask whoever looks after the server to turn encryption on (ssl = on).
error-sync-shop-s-server-gave-answer = The shop's server at { $at } gave an answer Casebook does not understand ({ $value }). Nothing was changed. Check that the address is a PostgreSQL server, or tell whoever looks after it.
error-sync-server-does-let-user-log = The server at { $at } does not let this user log in. Use the server owner's address, or ask whoever looks after the server.
error-sync-server-does-accept-connections-from = The server at { $at } does not accept connections from this computer ({ $message }). Ask whoever looks after the server to allow this computer, then try again.
error-sync-server-has-no-such-database = The server at { $at } has no such database ({ $message }). Check the database name in the server address.
error-sync-shop-s-server-refused-nothing = The shop's server at { $at } refused ({ $message }). Nothing was changed. If it keeps happening, tell whoever looks after the server.
error-sync-shop-s-server-showed-certificate = The shop's server at { $at } showed a certificate that does not match ({ $value }). Casebook did not connect, to keep the shop's data safe. If the server's certificate was changed, enter its certificate authority in the shop settings; otherwise tell whoever looks after the server.
error-sync-encrypted-connection-shop-s-server = An encrypted connection to the shop's server at { $at } could not be set up ({ $other }). Casebook did not connect. Tell whoever looks after the server.

## src/mail/smtp.rs

error-mail-address-mail-server-accepts = '{ $text }' is not an address a mail server accepts ({ $detail }).
error-mail-outgoing-mail-server-did-accept-2 = The outgoing mail server { $host } did not accept the sign-in ({ $text }). Check the mail password on the Mailbox page.
error-mail-outgoing-mail-server-refused = The outgoing mail server { $host } refused it: { $text }
error-mail-outgoing-mail-server-said-try = The outgoing mail server { $host } said to try later: { $text }
error-mail-outgoing-mail-server-could-reached = The outgoing mail server { $host } could not be reached securely ({ $text }). Check its name and certificate.
error-mail-outgoing-mail-server-cannot-reached = The outgoing mail server { $host } cannot be reached ({ $text }).
error-mail-reply-has-nobody-go = The reply has nobody to go to ({ $detail }).

## src/data/exchange.rs

error-data-could-create-folder = Could not create the folder { $parent }
error-data-could-create = Could not create { $partial }
error-data-could-finish = Could not finish { $folder }
error-data-could-write-2 = Could not write { $events_path }
error-data-valid-json-casebook-export-folder = manifest.json is not valid JSON ({ $detail }). Is this a Casebook export folder?
error-data-does-describe-casebook-export-choose = manifest.json does not describe a Casebook export. Choose the folder Casebook exported.
error-data-export-written-newer-casebook-format = This export was written by a newer Casebook (format { $version }; this one reads up to { $format_version }). Install the newer Casebook to import it. Nothing was changed.
error-data-damaged = manifest.json is damaged ({ $detail }).
error-data-has-calendar-cannot-used = manifest.json has a calendar that cannot be used: { $detail }
error-data-has-targets-cannot-used = manifest.json has targets that cannot be used: { $detail }
error-data-line-longer-than-bytes = the line is longer than { $max_line_bytes } bytes
error-data-line-utf-8-text = the line is not UTF-8 text
error-data-event = not an event ({ $detail })
error-data-event-needs-id-desk-wrote = an event needs an id and the desk that wrote it
error-data-has-problems-so-nothing-imported = events.jsonl has problems, so nothing was imported: { $value }
error-data-missing-choose-folder-casebook-exported = { $path } is missing. Choose a folder Casebook exported (it holds manifest.json and events.jsonl).
error-data-could-read-3 = Could not read { $manifest_path }
error-data-holds-events-but-export-recorded = events.jsonl holds { $found } events but the export recorded { $events }: the copy is incomplete. Export again, or copy the whole folder. Nothing was imported.
error-data-folder-holds-files-but-export = The attachments folder holds { $names } files but the export recorded { $files }: the copy is incomplete. Export again, or copy the whole folder. Nothing was imported.
error-data-file-cannot-used-nothing-imported = A file in attachments cannot be used ({ $detail }). Nothing was imported.
error-data-line = events.jsonl line { $line }: { $detail }
error-data-line-nothing-imported = events.jsonl line { $line }: { $message }. Nothing was imported.
error-data-nothing-imported = events.jsonl: { $detail }. Nothing was imported.
error-data-lines-nothing-imported = events.jsonl lines { $first_line } to { $line }: { $detail }. Nothing was imported.

## src/data/csv_import/decode.rs

error-data-file-did-arrive-whole-choose = The file did not arrive whole. Choose it again.
error-data-file-empty-choose-spreadsheet-heading = The file is empty. Choose a spreadsheet with a heading row and data.
error-data-spreadsheet-choose-csv-xlsx-ods = { $value } is { $what }, not a spreadsheet. Choose a .csv, .xlsx or .ods file.
error-data-compressed-file-but-workbook-casebook = { $value } is a compressed file but not a workbook Casebook can read. Save it as .xlsx, .ods or .csv and try again.
error-data-workbook-has-no-sheet-sheets = The workbook has no sheet "{ $wanted }". Its sheets are: { $value }.
error-data-workbook-has-no-sheets = The workbook has no sheets.
error-data-sheet-could-read = The sheet "{ $sheet }" could not be read ({ $detail }).
error-data-sheet-has-rows-columns-more = The sheet "{ $sheet }" has { $height } rows and { $width } columns, more than Casebook reads at once. Split it.
error-data-encoding-casebook-knows-choose-one = '{ $label }' is not an encoding Casebook knows. Choose one from the list.
error-data-file-does-read-as-text = The file does not read as { $value } text: some characters would come out as �. Choose the encoding the file was saved in.
error-data-file-text-spreadsheet-saved-holds = This file is not text a spreadsheet saved: it holds binary data. Choose a .csv, .xlsx or .ods file.

## src/attachments/files.rs

error-attachments-could-create-2 = Could not create { $folder }
error-attachments-could-write = Could not write { $temp }
error-attachments-could-keep = Could not keep { $path }
error-attachments-could-flush = Could not flush { $dir }

## src/data/backup.rs

error-data-could-read-backup = Could not read the backup { $path }
error-data-could-write-backup = Could not write the backup { $target }
error-data-could-create-backups-folder = Could not create the backups folder { $dir }
error-data-could-keep-backup = Could not keep the backup { $target }

## src/sync/pg/errors.rs

error-sync-shop-s-server-cannot-reached-2 = The shop's server at { $at } cannot be reached ({ $why }). This desk keeps working and will send its work when the server is back.
error-sync-server-cannot-reached-check-server = The server at { $at } cannot be reached ({ $why }). Check the server address and that the server is running, then try again.
error-sync-shop-s-server-cannot-reached-3 = The shop's server at { $at } cannot be reached ({ $why }). Check that this computer is on the shop's network and the server is running, then try the join code again.
error-sync-shop-s-server-does-accept = The shop's server at { $at } does not accept this desk's password. The desk may have been set up again on another computer. Ask the first desk for a new join code and join again.
error-sync-server-does-accept-user-name = The server at { $at } does not accept this user name and password. Check the owner's server address (the part before @), then try again.
error-sync-join-code-already-used-withdrawn = This join code was already used, or it was withdrawn: the server no longer accepts it. A join code works once. Ask the first desk for a new one.
error-sync-user-owner-s-server-address = The user in the owner's server address may not do this at { $at } ({ $message }). It must be able to create roles and tables: use the server owner's address.
error-sync-shop-s-server-refused-desk = The shop's server at { $at } refused this desk ({ $message }). Its access may have been withdrawn, or it is not a desk of this shop. Nothing was changed. Ask the first desk for a new join code.
error-sync-signed-authority-computer-trusts = it is not signed by an authority this computer trusts
error-sync-has-expired = it has expired
error-sync-revoked = it was revoked
error-sync-nothing-answers-address-port = nothing answers at that address and port
error-sync-no-answer-time = no answer in time
error-sync-network-does-reach = the network does not reach it

## src/hours/calendar.rs

error-hours-calendar-file-names-which-part = The calendar file names '{ $name }', which is not part of a calendar (days are written monday to sunday, in small letters; see the README). Nothing was changed.
error-hours-calendar-file-valid-see-readme = The calendar file is not valid ({ $detail }). See the README for the expected form.

## src/core/paths.rs

error-core-could-find-user-data-folder = Could not find the user data folder

## src/mail/service.rs

error-mail-problem = { $message }

## src/sync/join.rs

error-sync-join-code-already-used-join = This join code was already used to join a desk. A join code works once: ask the first desk for a new one.

## src/sync/pg/events.rs

error-sync-shop-s-server-holds-event = The shop's server holds an event this Casebook cannot read (event { $id }: { $detail }). Another desk may run a newer Casebook: update Casebook on this desk.

## src/sync/pg/owner.rs

error-sync-server-does-hold-shop-check = This server does not hold the shop { $shop_id } ({ $at }). Check the server address, or set the shop up on this server from its first desk.
error-sync-desk-already-belongs-another-shop = This desk already belongs to another shop on the server at { $at }. Nothing was changed.

## src/sync/pg/schema.rs

error-sync-server-set-up-newer-casebook = This server was set up by a newer Casebook (server schema { $found }, this desk knows up to { $server_schema }). Update Casebook on this desk.

## src/demo/mod.rs

error-demo-shop-not-empty = This database already holds a shop ({ $staff } staff, { $customers } customers). The demo shop can only be loaded into an empty database; use --db to choose a new file.
error-demo-no-customers = Ask for at least one customer.

## The desktop shell (src-tauri/src)

shell-no-program-opened = No program on this computer opened { $path } ({ $detail }). Open it from the file manager instead.
shell-file-could-run-program = “{ $name }” could run a program on this computer. Open it only if you trust it.
shell-file-not-whole = The file did not arrive whole ({ $detail }). Attach it again.
shell-request-not-understood = The request was not understood ({ $detail }). Nothing was changed.
shell-command-panicked = Something went wrong inside Casebook. Nothing was saved. Please try again; if it keeps happening, restart Casebook.
shell-request-not-json = The request was not understood (it was not JSON). Nothing was changed.
shell-title = { $overdue ->
    [0] Casebook
   *[other] Casebook — { $overdue } overdue
}
shell-tray-open = Open Casebook
shell-tray-quit = Quit Casebook
shell-notifications-broken = Desktop notifications are not working ({ $detail }). Overdue cases still show in the queue and the window title.
notify-open-case = Open the case

## What only a shift lead or the owner may do: completes "… cannot { $what }"

lead-change-hours = change opening hours, holidays or response targets
lead-connect-mailbox = connect the shop's mailbox
lead-disconnect-mailbox = disconnect the shop's mailbox
lead-connect-server = connect this desk to the shop's server
lead-add-desk = add a desk to the shop
lead-revoke-desk = revoke a desk
lead-change-file-limit = change the largest file the shop accepts
lead-change-root-causes = change the list of root causes
lead-close-escalation = close an escalation

## What a typed value is called in messages (core/validate.rs)

label-a-line-of-the-brief = A line of the brief
label-a-root-cause = A root cause
label-a-section-title = A section title
label-customer-name = Customer name
label-message = Message
label-name = Name
label-notes = Notes
label-organisation = Organisation
label-segment = Segment
label-subject = Subject
label-the-customers-comment = The customer's comment
label-the-handover-note = The handover note
label-the-reason-for-erasing = The reason for erasing
label-the-reply = The reply
label-what-happened = What happened
label-what-the-complaint-is-about = What the complaint is about
label-what-was-promised = What was promised
label-what-was-said = What was said
label-what-we-changed = What we changed
label-phone-numbers = phone numbers
label-email-addresses = email addresses

## Why a typed email address or phone number is not one

why-it-is-empty = it is empty
why-it-is-longer-than-254-characters = it is longer than 254 characters
why-it-contains-a-space = it contains a space
why-it-has-no = it has no @
why-it-has-more-than-one = it has more than one @
why-nothing-before-the = nothing before the @
why-the-part-after-the-needs-a-dot-like-exam = the part after the @ needs a dot, like example.com
why-the-part-after-the-has-a-misplaced-dot = the part after the @ has a misplaced dot
why-the-part-before-the-has-a-misplaced-dot = the part before the @ has a misplaced dot
why-a-can-only-come-first = a + can only come first
why-it-has-fewer-than-6-digits = it has fewer than 6 digits
why-it-has-more-than-17-digits = it has more than 17 digits
why-phone-contains = it contains '{ $c }'

## The command line (src/bin/casebook)

cli-could-not-write-output = Could not write the output

## The shop's language and style (staff/locale.rs)

error-locale-unknown-language = '{ $language }' is not a language Casebook speaks. Pick one of: en (English), nl (Nederlands), de (Deutsch), fr (Français), es (Español).
error-locale-bad-region = '{ $region }' is not a locale. Write it as a language and country, such as nl-NL, en-GB, en-US or de-CH.

## Desktop notifications (shop/alarms.rs)

notify-target = { $target ->
    [first_response] a first response
    [next_response] an answer
    [resolution] the case to be resolved
   *[promise] what we promised
}
notify-owner = Owner: { $owner }.
notify-promise-keeper = { $owner } keeps it.
notify-case-of = { $subject } ({ $customer })
notify-closed-summary = { $count ->
    [one] 1 case went overdue while Casebook was closed
   *[other] { $count } cases went overdue while Casebook was closed
}
notify-closed-body = { $more ->
    [0] { $names }. Open the queue to see them.
   *[other] { $names } and { $more } more. Open the queue to see them.
}
notify-flood-summary = { $count } cases need attention
notify-flood-body = { $soon ->
    [0] { $overdue } overdue
   *[other] { $overdue ->
        [0] { $soon } due soon
       *[other] { $overdue } overdue, { $soon } due soon
    }
}. Open the queue to see them.
notify-promise-overdue-summary = Promise overdue: { $promise }
notify-promise-overdue-body = Promised to { $customer } by { $time } ({ $subject }).
notify-promise-due-summary = Promise due at { $time }: { $promise }
notify-promise-due-body = Promised to { $customer } ({ $subject }).
notify-overdue-summary = Overdue: { $subject }
notify-overdue-body = { $customer } has been waiting for { $target ->
    [first_response] a first response
    [next_response] an answer
    [resolution] the case to be resolved
   *[promise] what we promised
} since { $time }.
notify-due-soon-summary = Due at { $time }: { $subject }
notify-due-soon-body = { $customer } expects { $target ->
    [first_response] a first response
    [next_response] an answer
    [resolution] the case to be resolved
   *[promise] what we promised
} by { $time }.
notify-a-colleague = A colleague
notify-handoff-to-you = { $from } handed you: { $subject }
notify-handoff = { $from } handed { $to }: { $subject }
notify-handoff-note = { $customer }. { $note }
notify-handoff-no-note = { $customer }. The brief is at the top of the case.

## The drafted handoff brief (tell/brief.rs). Staff may edit every line.

brief-their-words = In their words
brief-tried = What we have tried
brief-promises = Open promises
brief-expectations = What they expect
brief-complaints = Complaints on record
brief-first-message = “{ $text }” ({ $when })
brief-pinned = Pinned: { $text }
brief-latest = Latest: “{ $text }” ({ $when })
brief-earlier = { $count ->
    [one] …and 1 earlier entry on the timeline.
   *[other] …and { $count } earlier entries on the timeline.
}
brief-someone = Someone
brief-tried-line = { $who } { $what ->
    [reply] replied
    [note] noted
    [call_in] took a call
    [call_out] called them
   *[visit] saw them
} ({ $when }): { $text }
brief-promise = { $text } — due { $when }{ $late ->
    [yes] { " — OVERDUE" }
   *[no] {""}
}
brief-promise-kept-by = { $text } — due { $when }, { $owner } keeps it{ $late ->
    [yes] { " — OVERDUE" }
   *[no] {""}
}
brief-expectation = { $label ->
    [never] Never
    [always] Always
    [recovery] If we get it wrong
    [channel] Prefers to be contacted
    [hours] Best time to reach them
    [turnaround] Expects an answer within
   *[notes] Notes
}: { $text }
brief-channel = { $channel ->
    [walk_in] in person
    [phone] by phone
    [email] by email
    [chat] by chat
   *[other] another way
}
brief-complaint-open = { $summary } (open, since { $when }, on “{ $subject }”)
brief-complaint-closed = { $summary } (closed)
brief-complaint-closed-changed = { $summary } (closed; we changed: { $changed })

## Reports (learn/reports): titles, table headings (also the CSV column names), findings
report-table-first-response-and-resolution-by-customer-segmen = First response and resolution by customer segment
report-table-response-targets-met-by-when-the-case-was-opened = Response targets met, by when the case was opened
report-column-segment = Segment
report-column-cases = Cases
report-column-first-response-median-business-min = First response, median (business min)
report-column-first-response-90th-percentile-business-min = First response, 90th percentile (business min)
report-column-first-response-within-target-percent = First response within target (%)
report-column-resolution-median-business-min = Resolution, median (business min)
report-column-resolution-90th-percentile-business-min = Resolution, 90th percentile (business min)
report-column-resolution-within-target-percent = Resolution within target (%)
report-column-period-starting = Period starting
report-column-cases-opened = Cases opened
report-title-fairness-how-long-each-kind-of-customer-waits = Fairness: how long each kind of customer waits
report-title-response-targets-met-over-time = Response targets met over time
report-table-promises-by-the-day-they-fell-due = Promises by the day they fell due
report-table-escalations-closed-what-changed = Escalations closed: what changed
report-table-escalations-by-root-cause = Escalations by root cause
report-table-complaints-closed-what-we-changed = Complaints closed: what we changed
report-table-complaints-opened-and-closed = Complaints opened and closed
report-table-satisfaction-over-time = Satisfaction over time
report-table-scores-given = Scores given
report-column-kept = Kept
report-column-broken = Broken
report-column-open-and-past-due = Open and past due
report-column-kept-percent = Kept (%)
report-column-opened = Opened
report-column-root-cause = Root cause
report-column-case = Case
report-column-what-happened = What happened
report-column-what-changed = What changed
report-column-escalations = Escalations
report-column-still-open = Still open
report-column-closed = Closed
report-column-customer = Customer
report-column-complaint = Complaint
report-column-what-we-changed = What we changed
report-column-customer-told = Customer told
report-column-scores = Scores
report-column-average-1-5 = Average (1–5)
report-column-4-or-5-percent = 4 or 5 (%)
report-column-score = Score
report-column-times-given = Times given
report-title-promises-kept = Promises kept
report-title-escalations-by-root-cause = Escalations by root cause
report-title-complaints-opened-and-closed = Complaints opened and closed
report-title-satisfaction = Satisfaction
report-customers-without-segment = customers without a segment
report-segment-customers = { $segment } customers
report-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
report-row-no-segment = (no segment)
report-row-all-customers = All customers
report-yes = yes
report-no = no
report-fairness-waits-longer = { $segments } wait { $ratio } times longer for { $measure ->
    [first] a first response
   *[resolution] a resolution
} than { $quickest } (median { $median } against { $quickest_median }).
report-fairness-fewer-within-target = Only { $rate }% of { $segments } got { $measure ->
    [first] a first response
   *[resolution] a resolution
} within target, against { $best_rate }% of { $best }.
report-fairness-all-alike = No segment waits noticeably longer than another: every median is within { $ratio } times the quickest, and every share within target within { $points } points of the best.
report-fairness-too-few = Too few cases to compare segments: each needs at least { $min } answered cases in the range.
report-attainment-unknown = No case opened in this range has a known outcome yet.
report-attainment = Of { $cases } cases opened, { $first ->
    [none] none
   *[other] { $first }%
} of first responses and { $resolution ->
    [none] none
   *[other] { $resolution }%
} of resolutions were within target.
report-promises-kept = { $kept } of { $closed } promises due in this range were kept ({ $rate }%).
report-promises-none = No promise due in this range has been kept or broken yet.
report-promises-overdue = { $count ->
    [one] 1 promise is past due and still open: keep it or record how we made it right.
   *[other] { $count } promises are past due and still open: keep them or record how we made it right.
}
report-escalations-top = { $total ->
    [one] 1 escalation
   *[other] { $total } escalations
}; the most common root cause was { $cause } ({ $count } of { $total }).
report-escalations-none = No case was escalated in this range.
report-escalations-open = { $open ->
    [one] 1 is still open: close it with what changed so it does not happen again.
   *[other] { $open } are still open: close each with what changed so it does not happen again.
}
report-complaints = { $opened ->
    [one] 1 complaint
   *[other] { $opened } complaints
} opened and { $closed } closed in this range.
report-complaints-told = The customer was told what we changed for { $told } of the { $closed } closed.
report-complaints-open = { $open ->
    [one] 1 complaint is open today.
   *[other] { $open } complaints are open today.
}
report-satisfaction = Average score { $average } from { $count } customers; { $happy }% gave 4 or 5.
report-satisfaction-none = No scores were recorded in this range.
cli-demo-loaded = Loaded the demo shop: { $staff } staff, { $customers } customers, { $cases } cases, { $events } events.

## What Casebook was doing with the incoming mail server

imap-doing-starttls = start encryption (STARTTLS)
imap-doing-sign-in = sign in
imap-doing-open-folder = open the folder { $folder }
imap-doing-list-new = list new messages
imap-doing-fetch = fetch messages
imap-doing-list-folders = list folders
imap-doing-idle = wait for new mail
imap-doing-stop-idle = stop waiting
mail-server-incoming = incoming mail (IMAP)
mail-server-in = incoming (IMAP)
mail-server-out = outgoing (SMTP)

cli-at-desk = { $name } is at the desk.
cli-staff-added = Added { $name } ({ $role ->
    [owner] owner
    [lead] shift lead
   *[staff] staff
}) as { $id }.
cli-no-customer-matches = No customer matches '{ $query }'.
cli-customer-added = Added customer { $name } as { $id }.
cli-case-opened = Opened case { $id } for { $customer }: { $subject }
cli-queue-empty = The queue is empty: no open cases.
cli-overdue = overdue { $by }
cli-due-in = due in { $within }
cli-waiting-on-customer = waiting on the customer

cli-backed-up = Backed up and checked: { $path }
cli-no-backups = No backups yet in { $dir }.
cli-database-intact = The database is intact.
cli-database-damaged = The database is damaged: { $detail }. Restore the latest backup.
cli-files-checked = { $count } attached files checked.
cli-calendar-saved = Calendar saved; every open case's due time now follows it.
cli-holidays-imported = Imported { $count } holidays.
cli-reply-waits = The reply waits in the outbox ({ $id }).
cli-reply-retried = The reply will be tried again.
cli-outbox-empty = Nothing waits to be sent.
cli-no-mailbox = No mailbox is connected.
cli-mailbox-connected = Connected: this desk fetches and sends the shop's mail.
cli-mailbox-not-connected = Not connected.
cli-mail-checked = Fetched { $fetched }: { $new } new, { $already } already here, { $copies } copies of our replies. Sent { $sent }, { $failed } failed, { $refused } refused (not sent).
cli-mailbox-disconnected = The shop's mailbox is disconnected.
cli-sync-alone = Not connected: this desk works on its own.
cli-sync-connecting = Connecting to the shop's server…
cli-sync-in-sync = In sync.
cli-sync-sending = Sending { $waiting }…
cli-sync-receiving = Receiving: { $received } so far…
cli-sync-offline = Offline since { $since }, { $waiting } waiting to be sent. { $reason }
cli-sync-problem = Problem: { $message }
cli-join-code = Join code for { $desk } (works once; keep it private):
cli-joined = Joined { $shop } as a desk of its own, and received { $events } events.
cli-synced = Sent { $sent }, received { $received }.
cli-desk-revoked = Desk { $id } can no longer reach the shop's server.

## Testing the shop's mailbox, step by step

mail-test-no-password = Enter the mailbox's password (an app password, for most providers).
mail-test-imap-signed-in = Incoming mail: signed in to { $host }:{ $port } as { $user }.
mail-test-inbox = { $count ->
    [one] The inbox holds 1 message.
   *[other] The inbox holds { $count } messages.
}
mail-test-idle = New mail shows within seconds: the server tells Casebook as it arrives.
mail-test-polls = The server cannot tell Casebook when mail arrives, so it looks every { $minutes } minutes (and on Check now).
mail-test-imap-failed = Incoming mail: { $detail }
mail-test-smtp-signed-in = Outgoing mail: signed in to { $host }:{ $port } to send replies.
mail-test-smtp-failed = Outgoing mail: { $detail }
error-shop-event-names-unknown-customer = it is about customer { $id }, whom this history never added
error-shop-event-names-unknown-case = it is about case { $id }, which this customer's history never opened
error-core-event-names-unknown-record = it names { $id } in { $table }, which is not this customer's
error-tell-pinned-entry-unknown = it pins entry { $event_id }, which is not in this customer's history
error-attachments-entry-unknown = it attaches files to entry { $entry_id }, which is not in this customer's history
error-customers-event-without-name = a new customer without a name
error-sync-gate-clock-ahead = This desk's clock is ahead of the shop's server, so the server did not take its latest work yet. The desk gives that work new clock values and sends it again by itself; set this computer's date and time to be sure.
error-sync-gate-rate = This desk sent more events than the shop's server takes per minute. It sends the rest in about { $seconds } s by itself; nothing is lost.
error-sync-gate-too-big = The shop's server refused work from this desk as too big ({ $message }). It stays on this desk. Tell whoever looks after the shop's server.
error-sync-gate-malformed = The shop's server refused an event from this desk as malformed ({ $detail }). It stays on this desk; nothing else was sent. Tell whoever looks after Casebook at the shop.
error-sync-gate-other-desk = The shop's server refused events written in another desk's name ({ $message }). A desk sends only its own work; nothing was sent.
error-sync-gate-update-desk = The shop's server at { $at } needs a newer Casebook on this desk. Update Casebook here; this desk's work waits safely until then.
error-sync-gate-not-joined = This desk has not joined the shop yet: join with its code first.
error-sync-gate-code-expired = This join code is past its date. Ask a desk signed in as the owner for a new one.
error-sync-gate-file-refused = The shop's server refused an attached file ({ $message }). It stays on this desk.
error-sync-gate-no-erasure = The shop's server keeps a file until the shop's history holds its erasure. Erase it on its case first.
error-sync-join-code-days = A join code works for 1 to 90 days.
error-sync-server-set-up-older-casebook = The shop's server at { $at } was set up by an older Casebook. It is brought up to date when a desk signed in as the owner opens Desks & sync (or runs `casebook sync desks`); this desk's work waits safely until then.
lead-owner-sign-in = keep or forget the owner's access on a desk
error-sync-owner-other-server = That address is of another server: this shop's server is { $at }. Give the owner's address on that server.
cli-owner-url-prompt = The owner's server address (postgres://owner:PASSWORD@host:5432/database), not shown as you type: 
cli-owner-url-missing = No owner's server address was given. Type it when asked, pipe it on standard input, or set CASEBOOK_OWNER_URL; it is never taken on the command line, where others could read it.
cli-owner-signed-in = The owner's access is kept on this desk now: it can invite and revoke desks.
cli-owner-signed-out = The owner's access was forgotten on this desk. It syncs on as before.
cli-join-code-until = Works once, until { $until }.
cli-set-aside-unknown-kind =
    { $count ->
        [one] 1 event from { $desk } needs a newer Casebook: update this desk.
       *[other] { $count } events from { $desk } need a newer Casebook: update this desk.
    }
cli-set-aside-damaged =
    { $count ->
        [one] 1 event from { $desk } is damaged and was skipped.
       *[other] { $count } events from { $desk } are damaged and were skipped.
    }
cli-set-aside-refers-to-nothing =
    { $count ->
        [one] 1 event from { $desk } is about something this desk’s history does not hold, and was skipped.
       *[other] { $count } events from { $desk } are about something this desk’s history does not hold, and were skipped.
    }
cli-set-aside-not-allowed =
    { $count ->
        [one] 1 event from { $desk } did something its desk may not do, and was skipped.
       *[other] { $count } events from { $desk } did something their desk may not do, and were skipped.
    }

## src/mail/rules.rs and src/mail/reply.rs

mail-refused-not-shop-address = It was to go out as { $address }, which is not the shop's address ({ $shop }).
mail-refused-not-customers-case = Its case no longer exists here, or is not this customer's.
mail-refused-stranger-address = { $address } is not one of the customer's addresses, and nobody typed it into the reply.
mail-refused-not-an-address = '{ $address }' is not an email address.
mail-refused-no-recipient = The reply names nobody to send it to.
error-mail-reply-too-many-addresses = A reply goes to at most { $max } addresses.
error-data-backup-of-another-shop = This backup belongs to another shop ({ $theirs }), and this desk is a desk of { $ours }: restoring it would mix two shops' histories. Choose a backup of { $ours }, or restore it on a desk that is in no shop.
cli-sync-status =
    Shop { $shop } on { $server }, desk { $desk }.
    { $waiting ->
        [0] Everything this desk wrote is on the shop's server.
        [one] 1 of this desk's changes waits to be sent.
       *[other] { $waiting } of this desk's changes wait to be sent.
    }
error-sync-readmit-revoked = The desk { $desk } was revoked, so it is not let back in with its history (a lost or stolen PC stays out). Make a join code for a new desk instead.
error-sync-desk-in-another-shop = This desk belongs to the shop { $shop }; the join code is for { $theirs }. Leave { $shop } first (Desks & sync, or `casebook sync leave`). Nothing was changed.
error-sync-no-desk-named = The shop has no desk called “{ $desk }”. Its desks: { $names }.
error-sync-two-desks-named = Two desks are called “{ $desk }”: name the one you mean by its id (`casebook sync desks` lists them).
error-sync-leave-unsent =
    { $waiting ->
        [one] 1 change of this desk has
       *[other] { $waiting } changes of this desk have
    } not reached the shop's server yet: sync first, so the shop keeps them. To leave anyway (they then stay on this desk alone), use `casebook sync leave --anyway`.
cli-readmit-code = Join code to let { $desk } in again (type it there with `casebook sync join`; its history and unsent work stay; works once; keep it private):
cli-sync-moved = This desk now syncs { $shop } with the server at { $server }.
cli-sync-left = This desk left { $shop } and keeps its history; it works on its own now. The owner can revoke it in Desks & sync (`casebook sync revoke`).
sync-password-missing = This desk's password for the shop's server is not in this computer's password store. Ask the owner to re-admit this desk (Desks & sync, or `casebook sync readmit` on the owner's desk) and type the code here with `casebook sync join`: its history and unsent work stay.
error-sync-desk-s-password-shop-s = This desk's password for the shop's server is not in this computer's password store. Ask the owner to re-admit this desk (Desks & sync, or `casebook sync readmit` on the owner's desk) and type the code here with `casebook sync join`: its history and unsent work stay.
error-cli-desk-s-password-shop-s = This desk's password for the shop's server is not in this computer's password store. Ask the owner to re-admit this desk (Desks & sync, or `casebook sync readmit` on the owner's desk) and type the code here with `casebook sync join`: its history and unsent work stay.
lead-change-staff = change the staff list
error-staff-merge-same = Pick two different people on the staff list to merge ({ $name } is already one record).
cli-staff-renamed = Renamed: { $name }.
cli-staff-merged = One record for { $name } now; the other left the list and its open cases moved over.
cli-staff-active = { $name } is on the staff list.
cli-staff-inactive = { $name } is off the staff list; their history stays.
cli-case-updated = Case “{ $subject }” updated (now { $status }).
cli-handed-off = Handed to { $to }, with the brief.
cli-escalated = Escalated ({ $id }).
cli-complaint-flagged = Complaint flagged ({ $id }).
cli-score-recorded = Score { $score } recorded.
cli-promise-made = Promise made ({ $id }).
cli-fact-pinned = Pinned as a key fact.
cli-fact-unpinned = No longer a key fact.
cli-files-attached =
    { $count ->
        [one] 1 file attached.
       *[other] { $count } files attached.
    }
cli-promise-kept = Kept: { $text }
cli-promise-broken = Broken, and made right: { $text }
cli-complaint-closed = Complaint closed.
cli-escalation-closed = Escalation closed.
cli-customer-updated = { $name } updated.
cli-customers-merged = Merged ({ $id }); `customer undo-merge { $id }` takes it back.
cli-merge-undone = Merge undone: { $id } is a customer of its own again.
cli-not-duplicates = Noted: different people; they are no longer suggested.
cli-sync-carried =
    { $count ->
        [one] 1 change
       *[other] { $count } changes
    } of desk { $desk }, imported here, { $count ->
        [one] is
       *[other] are
    } held for the shop's server and sent at the next sync.
error-cli-targets-file = The targets file could not be read ({ $detail }). Start from `casebook settings targets`, which prints them in the form this reads.
cli-targets-saved = Response targets saved; open cases follow them.
cli-attachment-limit-saved = Attached files may now be up to { $megabytes } MB.
cli-shop-language-saved = The shop's language is saved; every desk follows it unless it chose its own.
cli-expectations-saved = The customer's expectations are saved.
cli-attachment-removed = The file is off its entry; the history says it was there.
cli-attachment-erased = The file's content is erased here, and on the shop's server and other desks as they catch up.
cli-sync-last-synced = Last synced { $when }.
cli-sync-never-synced = Not synced yet.
cli-sync-last-problem = The last sync stopped: { $problem }
error-sync-desk-s-access-shop-s = This desk's access to the shop's server was withdrawn by the shop's owner. It keeps its own history: leave the shop (Desks & sync, or `casebook sync leave`) to work on its own, and to bring its work into the shop, export it and import the export on a desk of the shop.
error-rights-owner-only = { $name } cannot { $what }: only an owner can. Ask the owner, or let them type their passcode for this once.
error-rights-passcode-needed = To { $what }, { $name } types their passcode first.
error-rights-not-allowed-then =
    { $name } was not { $needed ->
        [owner] an owner
       *[lead] a shift lead or an owner
    } at that point, so this change ({ $kind }) has no effect.
error-rights-not-allowed-nobody = This change ({ $kind }) names an author who is not on the staff list ({ $id }), so it has no effect.
error-rights-sign-in = The desk is locked: { $name } signs in with their passcode.
error-rights-passcode-script = This shop asks for a passcode: give { $name }'s passcode in CASEBOOK_PASSCODE, or run the command in a terminal to be asked.
error-rights-approver-not-owner = { $name } is not an active owner, so they cannot approve this.
error-rights-last-owner = { $name } is the shop's only owner. Make someone else an owner first.
error-passcode-hash-unreadable = This passcode was stored in a form this Casebook cannot read.
error-passcode-digits-only = A passcode is { $min } to { $max } digits, nothing else.
error-passcode-length = This shop's passcodes have { $min } to { $max } digits.
error-passcode-guessable = That passcode is the first anyone would try (one digit again and again, or a run like 1234). Choose another.
error-passcode-wait = Too many wrong passcodes: wait { $seconds } s and try again.
error-passcode-wrong-wait = That passcode is not right. Wait { $seconds } s before the next try.
error-passcode-wrong =
    That passcode is not right ({ $left ->
        [1] one more try
       *[other] { $left } more tries
    } before the field waits).
error-passcode-none-yet = { $name } has no passcode yet: they choose one now.
error-passcode-no-recovery = This shop has no recovery code. Another owner can reset the passcode on the Staff page.
error-passcode-min-digits = { $value } digits cannot be the shortest passcode: pick { $min } to { $max }.
error-passcode-lock-minutes = Lock the desk after at most { $max } idle minutes (0: never).
error-passcode-own-first = { $name }, choose your own passcode first, so you are not locked out.
lead-set-passcodes = change passcodes or when they are asked
lead-change-language = change the shop's language
lead-erase-file = erase a file
lead-import = import data into the shop
lead-restore = restore a backup
lead-reports = read the reports
cli-passcode-prompt = Passcode: 
cli-recovery-code =
    Recovery code: { $code }
    Write it down and keep it somewhere safe, away from the desk: it resets an owner's passcode, and Casebook keeps no copy.
cli-passcode-rule = Passcode asked: { $ask }; at least { $min } digits; locks after { $minutes } idle minutes (0: never); reports for owners only: { $reports }
cli-staff-role = { $name } is { $role } now.
cli-passcode-set = { $name }'s passcode is set; it works at every desk of the shop after the next sync.
cli-passcode-cleared = { $name } has no passcode now and chooses one at their next sign-in.
cli-recovery-prompt = Recovery code: 
cli-no-wrong-tries = No wrong passcodes at this desk.
cli-wrong-tries = { $name }: { $count } wrong, the last at { $at }
cli-passcode-prompt-failed = the passcode could not be asked on this terminal (give it in the environment instead)
cli-new-passcode-prompt = New passcode: 
cli-new-passcode-again = The same again: 
cli-passcodes-differ = The two passcodes differ; nothing was changed. Try again.
privacy-export-title = What we hold about { $name }
privacy-export-made = Made on { $date }. This is everything the shop keeps about you in Casebook: your details, your cases and every message, with dates and who served you. The file { $file } beside this page holds the same, for another program.
privacy-export-none = Nothing.
privacy-export-by-nobody = —
privacy-export-details = Your details
privacy-field-name = Name
privacy-field-phones = Phone numbers
privacy-field-emails = Email addresses
privacy-field-organisation = Organisation
privacy-field-segment = Customer group
privacy-field-notes = Notes
privacy-field-since = Customer since
privacy-field-last-contact = Last contact
privacy-export-expectations = What you told us you expect
privacy-expect-channel = How to reach you
privacy-expect-hours = When to reach you
privacy-expect-turnaround = How quickly
privacy-expect-always = Always
privacy-expect-never = Never
privacy-expect-recovery = If we get it wrong
privacy-expect-notes = Notes
privacy-export-facts = Key facts we noted
privacy-export-cases = Your cases
privacy-export-promises = Promises we made
privacy-export-files = Files
privacy-export-history = Everything that happened, oldest first
privacy-column-when = When
privacy-column-what = What
privacy-column-who = Who served you
privacy-column-case = Case
privacy-column-channel = How you reached us
privacy-column-opened = Opened
privacy-column-status = Status
privacy-column-promise = Promise
privacy-column-due = Due
privacy-column-outcome = Outcome
privacy-column-file = File
privacy-column-size = Size
privacy-column-added = Added
privacy-column-kind = Kind
privacy-column-words = Words
privacy-file-size = { $kilobytes } KB
privacy-kind-added = Customer added
privacy-kind-details = Details changed
privacy-kind-case-opened = Case opened
privacy-kind-message = Your message
privacy-kind-mail-in = Your mail
privacy-kind-reply = Our reply
privacy-kind-mail-out = Mail sent to you
privacy-kind-note = Note by the shop
privacy-kind-call = Phone call
privacy-kind-visit = Visit
privacy-kind-case-changed = Case updated
privacy-kind-handoff = Handed to a colleague
privacy-kind-promise = Promise
privacy-kind-fact = Key fact
privacy-kind-complaint = Complaint
privacy-kind-escalation = Escalation
privacy-kind-score = Your score
privacy-kind-files = Files
privacy-kind-records = Records joined or kept apart
privacy-kind-other = Other
privacy-channel-walk-in = In the shop
privacy-channel-phone = By phone
privacy-channel-email = By email
privacy-channel-chat = By message
privacy-channel-other = Another way
privacy-status-open = Open
privacy-status-waiting = Waiting for you
privacy-status-resolved = Resolved
privacy-status-closed = Closed
privacy-promise-open = Open
privacy-promise-kept = Kept
privacy-promise-broken = Not kept
error-privacy-could-write-json = The customer’s record could not be written as JSON ({ $detail }). Nothing was saved; please report this.
cli-customer-exported = Written to { $folder }: customer.html to read or print, customer.json for another program ({ $cases } cases, { $entries } entries, { $files } files).
lead-forget-customer = forget a customer
error-privacy-customer-forgotten = This customer was forgotten at the shop’s request: nothing more can be added to their record. For someone new, add them as a new customer.
error-privacy-reason-needed = Say why this customer is forgotten (for example “asked at the counter on 3 December”). The reason stays in the history; write nothing about the person in it.
error-privacy-reason-too-long = The reason is longer than { $max } characters: a sentence or two is enough.
error-privacy-already-forgotten = This customer was already forgotten (now { $number }).
cli-customer-forgotten = Forgotten on this desk, and on every other desk at its next sync: the customer is { $number } now.
lead-retention = set how long customers are kept
error-privacy-retention-years = Keep customers for 1 to { $max } years with no contact, or turn the rule off.
privacy-retention-reason = No contact for { $years ->
    [one] a year
   *[other] { $years } years
} (the shop’s rule)
cli-retention-on = Customers with no contact for { $years } years are forgotten from now on; { $forgotten } were forgotten now.
cli-retention-off = Customers are kept until an owner forgets them.
cli-retention-on-now = Customers with no contact for { $years } years are forgotten, each day.
cli-retention-due = With no contact for { $years } years, { $count } customers would be forgotten now:
error-seal-key-missing = The shop seals its customers’ words on its server, and this desk does not have the shop’s key. On the owner’s desk, open Desks & sync and choose “Seal and show the key code”; paste that code under Desks & sync here. Nothing was sent or lost: this desk’s work waits here.
error-seal-key-wrong = This desk’s key is not the one the shop’s server knows (another shop’s, or mistyped). Paste the key code from the owner’s desk again. Nothing was sent.
error-seal-key-mistyped = This key code is not complete or was mistyped. Copy it again from the owner’s desk.
error-seal-key-other-shop = This key code is for another shop, not { $shop }. Ask this shop’s owner for its key code.
error-seal-not-opened = A “{ $kind }” whose words are sealed with a key this desk does not hold (or that were changed on the way): kept, and not applied.
lead-seal-shop = seal customers’ words on the server
cli-join-code-prompt = The join code from the owner’s desk, not shown as you type: 
cli-join-code-missing = No join code was given. Type it when asked, pipe it on standard input, or set CASEBOOK_JOIN_CODE; it holds the shop’s key and is never taken on the command line, where others could read it.
cli-key-code-prompt = The key code from the owner’s desk, not shown as you type: 
cli-key-code-missing = No key code was given. Type it when asked, pipe it on standard input, or set CASEBOOK_KEY_CODE; it is never taken on the command line.
cli-shop-sealed = Customers’ words are sealed on the shop’s server ({ $events } events held in clear were sealed now). Desks that joined before need this key code: run `casebook sync key` there and paste it. It holds the shop’s key: give it only to the shop’s desks, and keep it nowhere.
cli-key-taken = This desk has the shop’s key now; { $events } events received.
cli-csv-left-out =
    row { $line }, column “{ $column }”: { $count ->
            [one] an invisible control character was
           *[other] { $count } invisible control characters were
        } left out
error-cases-draft-too-long = This draft is longer than { $max } characters, the most an entry can hold. Split it into two entries.
error-server-setup-step = Setting up the shop’s server stopped at “{ $step }”: { $detail }. Nothing after that step was changed; put the cause right and run it again.
error-server-setup-not-root = Setting up the shop’s server changes the system’s PostgreSQL and its settings: run it as root, for example with sudo.
error-server-setup-not-debian = Setting up the shop’s server works on Debian or Ubuntu. For another system or a hosted PostgreSQL, follow the README section “A hosted server”.
error-server-setup-old-postgres = This machine runs PostgreSQL { $version }; Casebook needs 15 or newer. Upgrade PostgreSQL (Debian 12 and Ubuntu 24.04 have a newer one) and run it again.
error-server-setup-bad-identifier = “{ $name }” cannot be a PostgreSQL name here: use lower-case letters, digits and _, starting with a letter.
error-server-setup-bad-name = “{ $name }” is not a host name or an IP address. Give the name or address the desks will use to reach this machine.
error-server-setup-bad-network = “{ $network }” is not a network. Write it as an address with its prefix length, for example 192.168.1.0/24.
error-server-setup-no-name = This machine has no name or address the desks could use. Give one with --name (its address on the shop’s network).
error-server-setup-no-network = This machine is on no network the desks could come from. Name the shop’s network with --allow, for example --allow 192.168.1.0/24.
lead-mark-shop-reply = mark a saved reply as the shop’s
lead-change-shop-reply = change or remove one of the shop’s saved replies
lead-name-shop = change the shop’s name in saved replies
error-replies-event-names-customer = a { $kind } belongs to the shop, yet this one names a customer or a case
error-replies-event-without-name = a saved reply without a name
error-replies-unknown-reply = it names the saved reply { $id }, which this history never had
error-replies-needs-text = A saved reply needs its words in at least one language. Type the reply, or remove it instead.
error-replies-name-taken = There is already a saved reply called “{ $name }”. Choose another name, or change that one.
error-customers-language-unknown = Casebook does not write in “{ $language }”. Pick en, nl, de, fr or es, or leave it empty for the shop’s language.
reply-placeholder-first-name = first name
reply-placeholder-case-ref = case reference
reply-placeholder-promise-due = promise due date
reply-placeholder-shop-name = shop name
reply-placeholder-hours-today = opening hours today
reply-placeholder-my-name = your name
reply-closed-today = closed today
error-cli-reply-text-lang-equals = “{ $text }” names no language. Write each text as LANG=TEXT, e.g. nl="Hoi {"{"}first_name{"}"}".
cli-reply-uses =
    { $count ->
     [one] used once
    *[other] used { $count } times
    }
cli-reply-found = { $count } of { $total } saved replies
cli-reply-saved = Saved reply “{ $name }” saved ({ $id }).
cli-reply-removed = Saved reply “{ $name }” removed.
cli-reply-shop-named = Saved replies now call the shop “{ $name }”.
cli-sync-who-nobody = Nobody at the other desks has a case open.
cli-sync-who-viewing = { $name } at { $desk } has case { $case } open
cli-sync-who-writing = { $name } at { $desk } is writing a reply on case { $case }
privacy-field-language = We write to you in
label-the-customers-message = The customer’s message
label-the-note = The note
label-the-call-summary = The call summary
label-the-visit-summary = The visit summary
label-contact-hours = The best time to reach them
label-expected-turnaround = The turnaround they expect
label-always-do = What we must always do
label-never-do = What we must never do
label-how-to-recover = What they expect if we get it wrong
label-the-shops-name = The shop’s name
label-this-desks-name = This desk’s name
label-the-new-desks-name = The new desk’s name
label-what-we-did-to-make-it-right = What we did to make it right
label-what-changed-so-it-does-not-happen-again = What changed so it does not happen again
csv-problem-too-wide = It has { $values } values but the heading row has { $columns } columns. A value with the separator in it needs quotes.
csv-problem-unknown =
    Column “{ $column }”: ‘{ $value }’ is not a { $what ->
        [channel] channel
        [status] status
       *[priority] priority
    }. Use one of: { $allowed }.
csv-problem-not-a-date = Column “{ $column }”: ‘{ $value }’ is not a date. Use the form 2026-03-05, 05-03-2026 or 2026-03-05 14:30.
csv-problem-in-future = Column “{ $column }”: ‘{ $value }’ is in the future.
csv-problem-case-without-subject = This row has case details but no subject. Add a subject, or clear the case columns.
csv-problem-quote-never-closed = A quote opened in this row is never closed, so the rows after it would be read as one value. Close the quote, or remove it.
csv-problem-not-text = This row could not be read as text. Check the file.
cli-csv-problem-row = row { $line }: { $problem }
cli-csv-summary =
    { $done ->
        [yes] Imported
       *[no] Checked (nothing written)
    } { $rows } rows: { $new } new customers, { $matched } matched existing customers ({ $updated } given a new phone or email), { $cases } cases.
cli-sync-connected =
    This desk is now the first desk of { $shop } on { $server }. Its history is on the server.
    Add a desk with `casebook sync invite --desk NAME`.
cli-server-ready = The shop’s server is ready: PostgreSQL { $version }, port { $port }, database { $database }.
cli-server-unchanged = Nothing needed changing: it was already set up this way.
cli-server-changed = Changed:
cli-server-who-connects =
    Desks may connect from { $allow }: encrypted, with a password, to the database { $database } only.
    The certificate covers: { $names }.
cli-server-first-desk =
    On the shop’s first desk, open Desks & sync, choose to connect the shop’s first desk, and paste:
      Server address: { $address }
      Certificate authority: the text at the end (it is also in { $ca }; copy that file to the desk).
cli-server-password-once =
    The owner’s password above is shown this once and kept nowhere on this machine.
    Keep it in a password manager; `casebook server setup --new-owner-password` chooses a new one.
cli-server-password-placeholder = PASSWORD
cli-server-password-lost =
    { $placeholder } is the owner’s password, shown when it was made. If it is lost,
    `casebook server setup --new-owner-password` chooses a new one.
cli-server-from-terminal =
    From a terminal on the desk instead, with the file copied there:
      casebook sync connect --ca ca.crt --shop "Your shop" --desk "Counter"
    (it asks for the server address without showing it).
server-changed-installed = installed PostgreSQL from the system’s packages
server-changed-cluster = created PostgreSQL { $version }’s cluster
server-changed-started = started PostgreSQL
server-changed-ca = made the shop’s certificate authority ({ $path })
server-changed-certificate = made the server’s certificate for { $names }
server-changed-owner-created = created the owner role { $owner }
server-changed-owner-password = chose a new password for { $owner }
server-changed-database = created the database { $database }
server-changed-tls = turned on TLS and the network listener
server-changed-allow = let desks in from { $allow }
server-changed-firewall = opened port { $port } in the firewall for { $net }
cli-case-renamed = Case renamed: “{ $subject }”.
server-step-check-user = check who is running this
server-step-update-packages = update the package lists
server-step-install = install PostgreSQL
server-step-list-clusters = list PostgreSQL’s clusters
server-step-find-version = find PostgreSQL’s version
server-step-create-cluster = create PostgreSQL’s cluster
server-step-start = start PostgreSQL
server-step-read-host-name = read the host name
server-step-read-addresses = read the addresses
server-step-read-networks = read the networks
server-step-certificates = make the certificates
server-step-write = write { $path }
server-step-protect = protect { $path }
server-step-look-owner = look for the owner
server-step-create-owner = create the owner
server-step-look-database = look for the database
server-step-create-database = create the database
server-step-configure = configure PostgreSQL
server-step-restart = restart PostgreSQL
server-step-reload = reload PostgreSQL
server-step-read-firewall = read the firewall
server-step-open-firewall = open the firewall
server-step-read-ca = read the certificate authority
