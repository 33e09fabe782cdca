# Casebook's screens in English. Keys are prefixed by feature; each language
# has the same keys with the same variables (ui/src/lib/i18n/catalogue.test.ts).

## Shared words

common-duration-under-minute = under a minute
common-duration-minutes = { $minutes } min
common-duration-hours = { $hours } h
common-duration-hours-minutes = { $hours } h { $minutes } min
common-duration-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
common-ago = { $duration } ago
common-when-today = Today { $time }
common-when-yesterday = Yesterday { $time }
common-date-time = { $date } { $time }
common-at-today = { $time } today
common-at-tomorrow = tomorrow { $time }
common-day-today = today
common-day-tomorrow = tomorrow
common-save = Save
common-cancel = Cancel
common-nobody = Nobody
common-former-staff = Former staff member
common-colleague = A colleague

## Language and formats (Settings)

desk-locale-title = Language and formats
desk-locale-intro = Casebook speaks the shop's language and writes dates, times and numbers in its style. A desk can use another for the person working at it.
desk-locale-shop = The shop
desk-locale-shop-hint = Every desk, unless it chooses its own. Only the owner can change this.
desk-locale-desk = This desk
desk-locale-desk-hint = For whoever works at this computer; other desks keep the shop's choice.
desk-locale-language = Language
desk-locale-region = Dates and numbers
desk-locale-follow-system = Follow this computer ({ $name })
desk-locale-follow-shop = Follow the shop ({ $name })
desk-locale-example = For example: { $date }, { $time }, { $number }
desk-locale-saved = Language and formats saved.
desk-locale-owner-only = Only the owner can change the shop's language.
language-en = English
language-nl = Nederlands
language-de = Deutsch
language-fr = Français
language-es = Español

## The desk: staff, top bar, first run
desk-handed-you = { $from } handed you: { $subject }
desk-now-at-desk = { $name } is at the desk.
desk-staff-member = Staff member

## Opening hours, holidays and response targets
hours-title = Opening hours and response targets
hours-loading = Loading the settings…
hours-saved = Saved. Every open case has its due time recomputed.
hours-discard = Discard changes
hours-intro = Every customer gets the same targets, counted in opening hours only. { $canEdit ->
    [yes] Only a shift lead or the owner can change them.
   *[no] Only a shift lead or the owner can change them; you can change this desk’s warning time.
}
hours-preview-title = A case opened now would be due
hours-priority = Priority
hours-first-response-by = First response by
hours-resolved-by = Resolved by
hours-targets-title = Response targets
hours-targets-hint = In minutes of opening hours. The same for every customer; only a case's priority changes them.
hours-first-response = First response
hours-next-response = Answer to a new message
hours-resolution = Resolution
hours-target-first-label = { $priority }: first response, minutes
hours-target-next-label = { $priority }: answer, minutes
hours-target-resolution-label = { $priority }: resolution, minutes
hours-notify-title = Desktop notifications at this desk
hours-lead-label = Warn me this many minutes before a case is due
hours-notify-hint = A notification comes when a case is about to be due and when it is overdue, once each.
hours-opening-title = Opening hours
hours-time-zone = Time zone
hours-closed = Closed
hours-opens = { $day } opens
hours-closes = { $day } closes
hours-remove-interval = Remove { $day } { $start }–{ $end }
hours-add-interval = + Add hours (split shift)
hours-open-day = + Open this day
hours-holidays-title = Holidays
hours-holidays-none = No holidays. Add the days the shop is closed, or import them from an .ics calendar file.
hours-holiday-date = Date
hours-holiday-name = Name
hours-every-year = Every year
hours-every-year-lower = every year
hours-remove = Remove
hours-holiday-date-label = Holiday date
hours-holiday-name-label = Holiday name
hours-remove-holiday = Remove holiday { $date }
hours-add-holiday = + Add a holiday
hours-import-ics = Import from an .ics file…
hours-found-holidays = Found { $count ->
    [one] { $count } holiday
   *[other] { $count } holidays
}:
hours-and-more = …and { $count } more
hours-add-them = Add them
hours-holidays-added = { $count ->
    [one] { $count } holiday added. Save to keep it.
   *[other] { $count } holidays added. Save to keep them.
}
hours-json-copied = The calendar is on the clipboard as JSON.
hours-json-not-json = That text is not JSON, so nothing was loaded. Paste the whole calendar again, from {"{"} to {"}"}; a missing comma or quote is the usual cause.
hours-json-not-calendar = That JSON is not a calendar: it needs a "time_zone" and a "week". Nothing was loaded.
hours-json-loaded = Calendar loaded from JSON. Check the preview, then save.
hours-json-title = Copy or load the calendar as JSON
hours-json-hint = The same form as this command reads:
hours-json-copy = Copy the calendar as JSON
hours-json-paste = Paste a calendar…
hours-json-label = Calendar JSON
hours-json-use = Use this calendar

## Backups and data
data-header-not-found = Casebook could not find the row with the column headings. Look at the first rows of the file below and choose the row that holds them.
data-header-choose = Choose the row…
data-header-first = Choose the row with the column headings first.

## Stored values in words
case-channel-walk-in = Walk-in
case-channel-phone = Phone
case-channel-email = Email
case-channel-chat = Chat
case-channel-other = Other
case-status-open = Open
case-status-waiting = Waiting on customer
case-status-resolved = Resolved
case-status-closed = Closed
case-priority-low = Low
case-priority-normal = Normal
case-priority-high = High
case-priority-urgent = Urgent
desk-role-staff = Staff
desk-role-lead = Shift lead
desk-role-owner = Owner
case-entry-customer-message = Customer said
case-entry-reply = Reply
case-entry-note = Internal note
case-entry-call = Call
case-entry-visit = Visit
case-direction-inbound = They called us
case-direction-outbound = We called them
outreach-outcome-reached = Reached them
outreach-outcome-left-message = Left a message
outreach-outcome-no-answer = No answer
outreach-outcome-wrong-number = Wrong number
duplicates-reason-same-phone = Same phone number
duplicates-reason-same-email = Same email
duplicates-reason-same-name = Same name
case-score-1 = Very unhappy
case-score-2 = Unhappy
case-score-3 = OK
case-score-4 = Happy
case-score-5 = Very happy

## Timeline headings
case-event-customer-created = Customer added
case-event-customer-updated = Profile changed
case-event-case-opened = Case opened ({ $channel })
case-event-customer-message = Customer said ({ $channel })
case-event-reply = Reply ({ $channel })
case-event-note = Internal note
case-event-call-inbound = Call from customer
case-event-call-outbound = Call to customer
case-event-visit = Visit
case-event-status-changed = Status: { $from } → { $to }
case-event-assignment-changed = Owner changed
case-event-priority-changed = Priority: { $from } → { $to }
case-event-staff-added = { $name } joined the staff
case-event-staff-updated = Staff member changed
case-event-handoff = Handed over
case-event-promise-made = Promise: { $text }
case-event-promise-kept = Promise kept: { $text }
case-event-promise-broken = Promise broken: { $text }
case-event-expectations-changed = Expectations changed
case-event-fact-pinned = Pinned as a key fact
case-event-fact-unpinned = Unpinned
case-event-complaint-flagged = Complaint: { $summary }
case-event-calendar-changed = Opening hours changed
case-event-targets-changed = Response targets changed
case-event-complaint-closed = Complaint closed
case-event-case-escalated = Escalated: { $cause }
case-event-escalation-closed = Escalation closed: { $cause }
case-event-satisfaction-recorded = Customer's score: { $score } of 5 ({ $words })
case-event-outreach-call = Outreach call: { $outcome }
case-event-root-causes-changed = Root causes changed
case-event-customers-merged = Merged with the record of { $name }
case-event-merge-undone = Merge undone
case-event-not-duplicates = Marked as a different customer from a look-alike record
case-event-files-attached = { $count ->
    [one] File attached: { $name }
   *[other] { $count } files attached
}
case-event-attachment-removed = File removed: { $name }
case-event-attachment-erased = File erased: { $reason }
case-event-attachment-limit-changed = Largest file accepted: { $megabytes } MB
case-event-mailbox-connected = Mailbox { $address } connected on the desk '{ $desk }'
case-event-mailbox-disconnected = Mailbox { $address } disconnected
case-event-mail-bounced = Mail came back undelivered
case-event-mail-auto-reply = Automatic reply
case-event-mail-received = Mail from the customer
case-event-mail-sent-elsewhere = Mail sent from another program
case-event-mail-reply = Reply by mail
case-event-mail-sent-copy-found = Reply sent (its copy was found in the mailbox)
case-event-mail-sent = Reply sent
case-event-mail-failed-retrying = Sending the reply failed; trying again
case-event-mail-failed = Sending the reply failed
case-event-mail-retried = Reply to be tried again
case-event-mail-refused = Reply refused by the mail desk: not sent
desk-skip = Skip to content
desk-nav-label = Main
desk-nav-queue = Queue
desk-nav-new = New
desk-nav-new-more = {" "}interaction
desk-nav-search = Search
desk-nav-promises = Promises
desk-nav-outreach = Outreach
desk-handed = Handed
desk-handed-more = {" "}to you
desk-overdue = { $count } overdue
desk-title-overdue = Casebook — { $count } overdue
desk-notifications-off = {" "}Notifications off
desk-who-label = At the desk: { $name }. Switch staff
desk-who-nobody-label = Nobody at the desk. Pick who you are
desk-at-the-desk = At the desk
desk-pick-who = Pick who you are
desk-opening = Opening Casebook…
desk-menu-shop = Shop
desk-menu-reports = Reports
desk-menu-register = Complaints & escalations
desk-menu-duplicates = Possible duplicates
desk-menu-staff = Staff
desk-menu-settings = Hours & targets
desk-menu-sync = Desks & sync
desk-menu-mailbox = Mailbox
desk-menu-data = Backups & data

## The queue
queue-title = Queue
queue-count = { $count ->
    [one] { $count } open case
   *[other] { $count } open cases
}: overdue first, then due soonest. Times count opening hours only.
queue-new = New interaction
queue-loading = Loading the queue…
queue-empty = No open cases. Nobody is waiting.
queue-empty-press = Press
queue-empty-log = to log a walk-in, a call or a message.
queue-list-label = Open cases
queue-unassigned = Unassigned
queue-more = { $shown } of { $total } shown; scroll for more.
queue-countdown-waiting = waiting on customer
queue-countdown-none = no target running
queue-countdown-overdue-by = overdue { $duration }
queue-countdown-overdue = overdue
queue-countdown-due-in = due in { $duration }
case-target-first-response = First response
case-target-next-response = Answer
case-target-resolution = Resolution
case-target-promise = Promise
case-promise-resolved-by = We aim to have this resolved by { $when }.
case-promise-back-by = We will get back to you by { $when }.

## The case page
case-opened-at = opened { $when }
case-escalated-to = Escalated to { $name }
case-root-cause = root cause
case-score-label = Customer's score:
case-score-of-five = { $score } of 5
case-waited-past = { $name } has waited past the promised time ({ $time }). Answer them now.
case-tell = Tell { $name }:
case-countdown = { $target } { $countdown }, at { $time }
case-countdown-overdue = { $target } { $countdown }
case-counted-opening-hours = counted in opening hours
case-waiting-for = waiting { $duration }
case-paused = Waiting on { $name }: the clock is paused until they answer.
case-back-to-queue = Back to the queue
case-opening = Opening the case…
case-status = Status
case-priority = Priority
case-owner = Owner
case-hand-off = Hand off…
case-record-promise = Record a promise…
case-flag-complaint = Flag a complaint…
case-escalate = Escalate…
case-update-score = Update the score…
case-give-score = Customer's score…
case-history-which = Which history to show
case-history = History
case-history-customer = Everything with { $name }
case-history-case = This case only
case-history-customer-label = Everything with { $name }, newest first
case-history-case-label = This case, newest first
case-other-open = Other open cases
case-unpinned = Unpinned.
case-pinned = Pinned: it now shows on every case of this customer.
case-case-prefix = Case:{" "}
case-owner-is = owner { $name }
case-because = Because { $reason }.
case-empty-value = (empty)
case-handed-to = { $from } handed the case to { $to }.
case-hide-brief = Hide the brief
case-show-brief = Show the brief
case-promise-due = Due { $when } · { $name } keeps it
case-made-right-by = Made right by:
case-what-we-changed = What we changed:
case-what-changed = What changed:
case-customer-told = The customer was told.
case-customer-not-told = The customer has not been told yet.
case-files-shown-on-entry = shown on the entry they belong to
case-unpin-label = Unpin this key fact
case-pin-label = Pin as a key fact about the customer
case-pinned-mark = ★ Pinned
case-pin-mark = ☆ Pin as key fact
case-flag-as-complaint = Flag as complaint
case-placeholder-customer-message = What { $name } said, in their words
case-placeholder-reply = What we told { $name }
case-placeholder-note = For colleagues only: what you found, what you tried
case-placeholder-call = What was said on the call
case-placeholder-visit = What happened at the counter
case-mail-no-files = Files do not go out by mail from here yet. Send the reply without them, then add them to an internal note (the customer can be told they are on file).
case-mail-reply-added = Reply added: it goes out by mail from the shop’s address.
case-entry-added = { $kind ->
    [customer_message] Customer said
    [reply] Reply
    [note] Internal note
    [call] Call
   *[visit] Visit
} added{ $files ->
    [0] .
    [one] {" "}with 1 file.
   *[other] {" "}with { $files } files.
}
case-composer-label = Add to this case
case-composer-kinds = What are you adding?
case-call-direction = Call direction
case-note-hint = Internal notes are never shown to the customer.
case-by-mail-hint = Goes out by mail, threaded on the customer’s mail.
case-send-by-mail = Send reply by mail
case-add-entry = Add { $kind ->
    [customer_message] customer said
    [reply] reply
    [note] internal note
    [call] call
   *[visit] visit
}{ $files ->
    [0] {""}
    [one] {" "}with 1 file
   *[other] {" "}with { $files } files
}
case-history-loading = Loading the history…
case-history-empty = Nothing here yet.
case-history-older = Loading older entries as you scroll…
case-history-end = That is the whole history.

## Reports
reports-fairness-label = Fairness
reports-fairness-description = Whether some kinds of customer wait longer than others for an answer or a fix.
reports-attainment-label = Targets met
reports-attainment-description = How many cases got a first response and a resolution within target, over time.
reports-promises-label = Promises kept
reports-promises-description = Promises made to customers that were kept, broken, or are still open past due.
reports-escalations-label = Escalations
reports-escalations-description = Why cases were escalated, and what changed afterwards.
reports-complaints-label = Complaints
reports-complaints-description = Complaints opened and closed, and whether the customer was told what we changed.
reports-satisfaction-label = Satisfaction
reports-satisfaction-description = The scores customers gave, from 1 to 5, over time.
reports-series-first-response-median = First response (median)
reports-series-resolution-median = Resolution (median)
reports-series-first-response-met = First response within target
reports-series-resolution-met = Resolution within target
reports-series-kept = Kept
reports-series-broken = Broken
reports-series-open-overdue = Open and past due
reports-series-open = Still open
reports-series-closed = Closed
reports-series-opened = Opened
reports-series-average = Average score (1 to 5)
reports-week-of = Week of { $day }
reports-chart-head = { $type ->
    [line] Line chart
   *[bar] Bar chart
} of { $what }
reports-chart-empty = { $head }: no data in this range.
reports-chart-series-value = { $series } { $value }
reports-chart-row = { $label }: { $values }
reports-chart-rows = { $head }. { $rows }.
reports-chart-series-none = { $series }: no data
reports-chart-series-range = { $series }: highest { $high } ({ $highAt }), lowest { $low } ({ $lowAt })
reports-chart-summary = { $head }, { $count } periods from { $first } to { $last }. { $parts }.
reports-last-days = Last { $days } days
reports-this-year = This year
reports-range = { $from } to { $to }, { $period ->
    [week] by week
    [month] by month
   *[day] by day
}
reports-range-day = { $day }, { $period ->
    [week] by week
    [month] by month
   *[day] by day
}
reports-nothing-to-chart = Nothing to chart for these dates.
reports-title = Reports
reports-intro = Dates are the shop's days, both included. Any table can be saved as CSV for a spreadsheet.
reports-picker-label = Report
reports-from = From
reports-to = To
reports-quick-ranges = Quick ranges
reports-refreshing = Refreshing…
reports-refresh = Refresh
reports-findings-label = What the figures say
reports-look-into = Look into this:{" "}
reports-running = Running the report…
reports-saved-csv = Saved { $title } to { $path }
reports-nothing-for-dates = Nothing for these dates.
reports-saving = Saving…
reports-save-csv = Save as CSV
desk-demo-loaded = The demo bike shop is loaded. Pick who you are to look around.
desk-joined-arriving = Connected. The history arrives in a moment…
desk-welcome = Welcome, { $name }. Add your colleagues under { desk-menu-shop } › { desk-menu-staff }.
desk-first-title = Welcome to Casebook
desk-first-language-computer = Like this computer
desk-first-lead = One history per customer, so nobody has to tell their story twice. This desk has no shop yet.
desk-joined-title = This desk joined
desk-joined-hint = The desk opens as soon as the staff list is here; the rest keeps arriving while you work.
desk-demo-title = Look around a demo shop
desk-demo-text = A small bike repair shop with four staff, forty customers and a few months of cases. You can start your own shop later in a new data file.
desk-demo-load = Load the demo shop
desk-start-title = Start your shop
desk-start-name = Your name
desk-start-name-placeholder = e.g. Ana Costa
desk-start-hint = You will be the owner. Add colleagues afterwards under { desk-menu-shop } › { desk-menu-staff }.
desk-start = Start
desk-join-title = Join my shop’s other desks
desk-join-text = Your shop already uses Casebook on another PC: paste the join code made there, and this desk gets the shop’s whole history.
common-close = Close
desk-shortcut-new = Log a new walk-in, call or message
desk-shortcut-queue = Go to the queue
desk-shortcut-data = Backups, export and import
desk-shortcut-register = Complaints and escalations register
desk-shortcut-outreach = Outreach: customers we have not heard from
desk-shortcut-reports = Reports: fairness, targets, promises, complaints, scores
desk-shortcut-search = Search customers, cases and every conversation
desk-shortcut-switch = Switch who is at the desk
desk-shortcut-move = Move through the queue; Enter opens
desk-shortcut-case-entries = On a case: reply, customer said, internal note, log a call
desk-shortcut-case-handoff = On a case: hand it off with a brief, record a promise
desk-shortcut-case-escalate = On a case: escalate it, record the customer's score
desk-shortcut-save = Save what you are typing
desk-shortcut-escape = Close a window; otherwise put the messages away
desk-shortcut-help = Show these shortcuts
desk-picker-title = Who is at the desk?
desk-picker-hint = Everything you log is recorded under your name. Press a number to pick.
desk-picker-missing = Someone missing?
desk-picker-add = Add them under { desk-menu-shop } › { desk-menu-staff }
desk-staff-added = { $name } added to the staff list.
desk-staff-reactivated = { $name } is active again.
desk-staff-deactivated = { $name } can no longer be picked or own cases.
desk-staff-title = Staff
desk-staff-name = Name
desk-staff-role = Role
desk-staff-status = Status
desk-staff-actions = Actions
desk-staff-at-desk = at the desk
desk-staff-active = Active
desk-staff-inactive = Inactive
desk-staff-deactivate = Deactivate
desk-staff-reactivate = Reactivate
desk-staff-add-title = Add a staff member
desk-staff-add = Add
desk-shortcuts-title = Keyboard shortcuts
desk-notice-dismiss = Dismiss this message
desk-notice-dismiss-title = Dismiss (Esc)
desk-inbox-title = Handed to you
desk-inbox-empty = Nothing waiting. Cases colleagues hand to you appear here until you open them.
desk-inbox-from = from { $name }
desk-startup-already-open = Casebook is already open
desk-startup-newer = This shop was saved by a newer Casebook
desk-startup-failed = Casebook could not open its database
desk-startup-hint = Nothing was changed. Casebook keeps its data in your user data folder; to use another file, start it with one of these:

## Tell it once: expectations, promises, key facts, complaints, handoffs
tell-closed-holiday = { $day } is { $holiday }, a shop holiday.
tell-closed = The shop is closed { $which ->
    [today] today
    [tomorrow] tomorrow
   *[other] on { $day }
} at { $time }.
tell-promise-kept-at = kept { $when }
tell-promise-kept = kept
tell-promise-broken-at = broken { $when }
tell-promise-broken = broken
tell-promise-overdue = overdue: still open past its time
tell-promise-open = still open
tell-brief-then = What it says is as things stood then; the history below has what happened since.
tell-brief-now = now: { $words }
tell-expectations-saved = Expectations saved.
tell-promise-kept-notice = Promise kept.
tell-promise-broken-notice = Promise closed as broken, with how we made it right.
tell-expect-title = What they expect
tell-edit = Edit
tell-ask-them = Ask them
tell-q-always = What must we do to keep your business?
tell-q-never = What must we never do?
tell-q-recovery = If we get it wrong once, what do you expect from us?
tell-preferred-channel = Preferred channel
tell-no-preference = No preference
tell-best-time = Best time to reach them
tell-best-time-placeholder = e.g. after 17:00 on weekdays
tell-turnaround = Turnaround they expect
tell-turnaround-placeholder = e.g. same day
tell-notes = Notes
tell-not-asked = Not asked yet. Ask what keeps their business, what we must never do, and how to put a mistake right.
tell-never = Never
tell-always = Always
tell-if-wrong = If we get it wrong
tell-prefers = Prefers
tell-reach-them = Reach them
tell-expects = Expects
tell-open-promises = Open promises
tell-promise-due = due { $when }
tell-overdue-mark = OVERDUE
tell-no-owner = no owner
tell-make-right = What did we do to make it right?
tell-close-broken = Close as broken
tell-kept = Kept
tell-broken = Broken…
tell-key-facts = Key facts
tell-unpin-label = Unpin: { $text }
tell-unpin = Unpin
tell-complaints = Complaints on record
tell-complaint-open = open
tell-complaint-closed = closed
tell-handoff-pick = Pick who takes over the case.
tell-handoff-done = Handed to { $name }, with the brief.
tell-handoff-title = Hand off “{ $subject }”
tell-handoff-who = Who takes over?
tell-handoff-nobody = Nobody else is on the staff list. Add a colleague under { desk-menu-shop } › { desk-menu-staff } first.
tell-handoff-drafting = Drafting the brief from the history…
tell-handoff-next = What should { $name } do next?
tell-handoff-next-anyone = What should they do next?
tell-handoff-note-placeholder = In your own words: the next step, and anything the history does not say
tell-handoff-brief-hint = The brief below is drafted from the history. Change anything that is not right; each line is one point.
tell-handoff-submit = Hand to { $name }
tell-complaint-closed-notice = Complaint closed: { $name }.
tell-escalation-closed-notice = Escalation closed: { $subject }.
tell-close-complaint = Close complaint
tell-close-escalation = Close escalation
tell-escalated-to-word = to
tell-close-q-complaint = What did we change so it does not happen again?
tell-close-q-escalation = What changed so it does not happen again?
tell-close-placeholder = e.g. We now text the customer the day before pick-up
tell-close-lead-only = Only a shift lead or the owner can close an escalation.
tell-close-told = We told the customer what we changed
tell-complaint-recorded = Complaint recorded. It shows on every case of this customer and in every brief.
tell-complaint-title = Flag a complaint
tell-complaint-q = What is the complaint about, in a sentence?
tell-complaint-placeholder = e.g. Bike not ready on the promised day
tell-complaint-hint = A complaint is a gift: it shows what to fix. It stays on record until someone closes it with what changed.
tell-complaint-submit = Flag it
tell-promise-pick-day = Pick the day it is due.
tell-promise-type-time = Type the time it is due, for example 14:30.
tell-promise-not-time = “{ $typed }” is not a time. Type hours and minutes, for example 14:30.
tell-promise-recorded = Promise recorded: { $text }, due { $when }.
tell-promise-title = Record a promise to { $name }
tell-promise-what = What did we promise?
tell-promise-what-placeholder = e.g. Call back with the quote
tell-promise-date = Due date
tell-promise-time = Time
tell-promise-tomorrow = Tomorrow { $time }
tell-promise-owner = Who keeps it?
tell-promise-opens-again = It opens again { $when }.
tell-promise-use-next-open = Make it due { $when } instead
tell-promise-due-hint = Due { $when } ({ $zone }). Its owner is reminded before it falls due.
tell-promise-save = Record the promise
tell-rate-pick-days = Pick both days: the first and the last day to count.
tell-kept-notice = Kept: { $text }
tell-broken-notice = Closed as broken: { $text }
tell-promises-title = Promises
tell-rate-title = Kept rate
tell-rate-period = Promises due in
tell-rate-last-days = the last { $days } days
tell-rate-custom = these dates…
tell-rate-none = No promise due in this period has been closed yet.
tell-rate-kept = { $rate } kept
tell-rate-detail = { $kept } kept, { $broken } broken{ $overdue ->
    [0] {""}
   *[other] , { $overdue } still open past due
}
tell-promises-loading = Loading promises…
tell-promises-empty = No open promises.
tell-promises-empty-hint = When you tell a customer "I'll call you back by Friday", record it on their case so nobody forgets:
tell-no-owner-cap = No owner
tell-made-right-label = What we did to make it right
tell-show-more = Show more

## New interaction, customers and look-up
case-new-pick-first = Pick who it is first: type their name, phone or email and choose them, or choose “+ New customer”.
case-new-write-said = Write what the customer said: the files are attached to it.
case-new-logged = Case logged for { $name }{ $files ->
    [0] .
    [one] {" "}with 1 file.
   *[other] {" "}with { $files } files.
}
case-new-title = Log a walk-in, call or message
case-new-who = 1. Who is it?
case-new-what = 2. What is it about?
case-new-how = How did they reach us?
case-new-subject = Subject
case-new-subject-hint = a few words anyone will recognise, e.g. “Brake squeal on the blue tourer”
case-new-said = What did they say?
case-new-said-hint = in their words, so nobody has to ask again
case-new-submit = Log it
case-customer-opening = Opening the customer…
case-customer-new-case = New case for { $name }
case-customer-cases = Cases
case-customer-no-cases = No cases yet.
case-customer-record-score = Record their score…
case-profile-saved = Profile saved.
case-profile-label = Customer profile
case-profile-phone = Phone
case-profile-email = Email
case-profile-segment = Segment
case-profile-open-of = { $open } open of { $total }
case-profile-last-contact = Last contact
case-profile-never = never
case-profile-open-page = Open customer page
case-profile-edit = Edit profile
case-profile-phones = Phone numbers
case-profile-emails = Email addresses
case-profile-one-per-line = one per line
case-profile-organisation = Organisation
case-optional = optional
case-lookup-label = Name, phone or email
case-lookup-hint = start typing; ↑ ↓ to choose, Enter to pick
case-lookup-matches = Matching customers
case-lookup-open-cases = { $count ->
    [one] { $count } open case
   *[other] { $count } open cases
}
case-lookup-matched-on = matched on { $on ->
    [phone] phone
    [email] email
   *[other] { $on }
}
case-lookup-new = + New customer:
case-lookup-none = No customer yet?
case-lookup-create = Create a new customer
case-new-already = Already a customer?
case-new-belongs-to = This { $on ->
    [email] email address
   *[phone] phone number
} belongs to:
case-new-use = Use { $name }
case-new-different = No, this is a different person: create a new customer
case-new-ask-hint = (a new customer: three questions worth asking now)
case-new-back-to-search = Back to search
case-picked-no-contact = No phone or email on file
case-picked-last-contact = last contact { $when }
case-picked-change = Change
case-picked-has-open = { $name } already has { $count ->
    [one] { $count } open case
   *[other] { $count } open cases
}.
case-picked-about-one = Is this about one of them?
case-picked-add-instead = Add to this case instead

## Search
search-bad-from = The “From” day is not a whole date. Pick it again, or clear it.
search-bad-to = The “To” day is not a whole date. Pick it again, or clear it.
search-title = Search everything
search-label = Search customers, cases and every conversation
search-placeholder = Search names, phone numbers, cases and every conversation
search-hide-filters = Hide filters
search-filters = Filters
search-keys = ↑ ↓ to choose, Enter to open, Esc to close
search-any = Any
search-staff = Staff
search-anyone = Anyone
search-hint = Type part of a name, a phone number in any format, an email, or any words from a conversation.
search-nothing = Nothing matches. Try fewer or shorter words.
search-results = Results
search-customers = Customers
search-conversations = Conversations
search-newest-first = newest first

## Learn: escalations, scores, outreach, root causes
learn-escalated-notice = Escalated to { $name } (root cause: { $cause }).
learn-already-escalated = Already escalated
learn-already-escalated-to = This case is already escalated to { $name }
learn-escalated-once = A case is escalated once at a time. Add what happened since to the case, or follow the escalation up in the register; when it is closed, the case can be escalated again.
learn-open-register = Open complaints & escalations
learn-escalate-title = Escalate this case
learn-root-cause-q = Root cause: why did it come to this?
learn-escalate-to = Escalate to
learn-what-happened = What happened?
learn-escalate-placeholder = e.g. Third time the part was late; the customer is ready to go elsewhere.
learn-escalate-hint = Find the cause, not the culprit. Whoever closes the escalation records what changed so it does not happen again.
learn-escalate = Escalate
learn-score-pick = Pick their score: 1 (very unhappy) to 5 (very happy), or press 1 to 5.
learn-score-recorded = Score recorded: { $score } of 5.
learn-score-title-resolved = Case resolved: how did we do?
learn-score-title = How did we do?
learn-score-ask = Ask { $name }: “On a scale of 1 to 5, how happy are you with how we handled this?”
learn-score-theirs = Their score
learn-score-comment = What did they say? (optional)
learn-score-save = Record score
learn-not-now = Not now
learn-causes-saved = Root causes saved: { $causes }.
learn-causes-title = Root causes for escalations
learn-causes-hint = Every escalation names one of these. One per line; past escalations keep the cause they were given.
learn-causes-label = Root causes
learn-causes-save = Save root causes
outreach-call-choose = Choose how the call went.
outreach-call-logged = Call logged: { $name }, { $outcome ->
    [reached] reached them
    [left_message] left a message
    [no_answer] no answer
   *[wrong_number] wrong number
}.
outreach-call-title = Log a call to { $name }
outreach-no-phone = No phone number on file.
outreach-how = How did it go?
outreach-choose = Choose…
outreach-what-said = What was said
outreach-note-placeholder = e.g. Happy with the service; will come in for the spring check-up
outreach-note-hint = If you reached them, write a line about what was said, so whoever is next knows. Otherwise a note is optional.
outreach-log-call = Log call
outreach-days = { $days ->
    [one] { $shown } day
   *[other] { $shown } days
}
outreach-shown-of = Showing { $shown } of { $total }
outreach-days-invalid = Give the number of days as a whole number, 1 or more.
outreach-count-invalid = Give how many customers to call: a whole number, 1 or more.
outreach-seed-invalid = Give the seed as a whole number, for example today’s date as YYYYMMDD.
outreach-tried-outcome = Tried { $when }: { $outcome ->
    [reached] reached them
    [left_message] left a message
    [no_answer] no answer
   *[wrong_number] wrong number
}
outreach-tried = Tried { $when }
outreach-intro = Customers we have not heard from. Call a few each week: it is how you find out before they leave.
outreach-days-label = Not contacted for (days)
outreach-pick-title = Pick at random
outreach-how-many = How many
outreach-seed = Seed
outreach-pick = Pick
outreach-seed-hint = Same seed, same customers: today’s date is the seed, so everyone at the desk today gets the same list. Customers called in the period are left out.
outreach-call-list = Call list
outreach-back-to-everyone = Back to everyone
outreach-nobody = Nobody to call.
outreach-nobody-hint = Everyone has been contacted or tried in the last { $days }.
outreach-log-call-button = Log call…
outreach-not-heard = Not heard from
outreach-loading = Loading customers…
outreach-everyone = Everyone has been in touch.
outreach-everyone-hint = No customer has gone { $days } without contact.
outreach-last-contact = Last contact { $when }
outreach-since-contact = since contact
outreach-no-phone-short = No phone

## Complaints and escalations register
register-toggle-label = Show open or closed { $what ->
    [complaints] complaints
   *[escalations] escalations
}
register-open-count = Open ({ $count })
register-closed-count = Closed ({ $count })
register-title = Complaints and escalations
register-intro = Open ones oldest first. Closing one asks what changed, so it does not happen again.
register-loading-complaints = Loading complaints…
register-no-open-complaints = No open complaints.
register-no-open-complaints-hint = Flag one from a case when a customer tells you something went wrong.
register-no-closed-complaints = No closed complaints yet.
register-opened = Opened { $when }
register-open-for = open { $duration }
register-close = Close…
register-loading-escalations = Loading escalations…
register-no-open-escalations = No open escalations.
register-no-open-escalations-hint = Escalate a case when it needs a shift lead or the owner:
register-no-closed-escalations = No closed escalations yet.
register-closed-word = closed
register-customer-told-yes = Customer told: yes
register-customer-told-no = Customer told: no

## Attachments
attach-type-pdf = PDF
attach-type-jpeg = JPEG photo
attach-type-png = PNG image
attach-type-gif = GIF image
attach-type-webp = WebP image
attach-type-heic = HEIC photo
attach-type-tiff = TIFF image
attach-type-bmp = BMP image
attach-type-svg = SVG drawing
attach-type-text = Text
attach-type-csv = Spreadsheet (CSV)
attach-type-html = Web page (HTML)
attach-type-zip = ZIP archive
attach-type-word = Word document
attach-type-excel = Excel workbook
attach-type-odt = OpenDocument text
attach-type-ods = OpenDocument spreadsheet
attach-type-file = File
attach-unreadable = The file could not be read.
attach-pasted-image = Pasted image
attach-too-big = “{ $name }” is { $size } MB; the shop accepts files up to { $limit } MB. Make it smaller (a photo at a lower resolution, a PDF scanned in grey), or ask the owner to raise the limit.
attach-chip = { $name }, { $size }, { $state ->
    [failed] not attached
    [ready] ready
   *[reading] being read
}
attach-opening-outside = Opening “{ $name }” with this computer’s program…
attach-files = Attach files…
attach-files-label = Attach files: photos, PDFs or documents
attach-drop-hint = or drop them here, or paste a screenshot
attach-to-attach = Files to attach
attach-reading = Reading { $name }
attach-remove-named = Remove { $name }
attach-limit-range = Pick a limit from 1 to 500 MB.
attach-limit-saved = Files up to { $mb } MB are accepted now.
attach-title = Attachments
attach-limit-hint = Photos, receipts and documents attached to the history are kept beside its database, copied to the shop’s other desks, and included in backups and exports. A bigger limit means bigger backups.
attach-limit-lead-only = Only a shift lead or the owner can change the limit.
attach-limit-label = Largest file accepted
attach-limit-save = Save the limit
attach-more-for = More for { $name }
attach-photos = Photos
attach-other-files = Other files
attach-files-plain = Files
attach-erased-on = Erased on { $when }:
attach-missing-title = Its content has not reached this computer: it may still be on its way from another desk, or it was removed from the attachments folder here.
attach-missing = Not on this desk yet
attach-opens-outside = Opens with this computer’s program
attach-opens-outside-warning = Opens with this computer’s program, after a warning
attach-menu-label = { $name }: what to do
attach-open-outside = Open with this computer’s program
attach-open = Open
attach-remove-menu = Remove from the history view…
attach-erase-menu = Erase the file…
attach-none = No files yet. Attach a photo, a receipt or a quote to anything you log on a case.
attach-open-photo = Open photo { $name }
attach-on-case = On
attach-show-fewer = Show fewer
attach-show-all = Show all { $count } files
attach-erase-why-needed = Say why the file is erased: the history keeps the reason.
attach-erase-title = Erase this file?
attach-erase-intro = Erase for privacy the content of
attach-erase-final = This cannot be undone.
attach-erase-explain = The file is deleted from this desk, and from the shop’s server and its other desks as they catch up. Every other attachment with the same content is erased with it. The entry keeps saying a file was here, when it was erased, by whom and why.
attach-erase-why = Why is it erased?
attach-erase-kept = kept in the history
attach-erase-placeholder = e.g. The customer asked us to delete the photo of their ID
attach-erase-confirm = Erase for good
attach-remove-title = Remove this file from the history view?
attach-remove-explain = no longer shows on the case or among the customer’s files, at this desk and the shop’s others. The history records who removed it and when; the file itself is kept.
attach-remove-confirm = Remove it
attach-risky-title = Open this file outside Casebook?
attach-risky-warning = This file could run a program on this computer. Open it only if you trust who sent it.
attach-risky-cancel = Don’t open it
attach-risky-open = Open it anyway
attach-pdf-page-failed = Page { $page } could not be drawn ({ $reason }).
attach-pdf-password = This PDF is protected by a password. Open it with this computer’s program instead.
attach-pdf-failed = This PDF could not be shown here ({ $reason }). Open it with this computer’s program instead.
attach-pdf-opening = Opening the PDF…
attach-pdf-page = Page { $page } of { $pages }
attach-prev-page = Previous page
attach-next-page = Next page
attach-previous = Previous
attach-next = Next
attach-photo-failed = This photo could not be shown here. Its thumbnail may still be on the case; or open it with this computer’s program.
attach-prev-photo = Previous photo
attach-next-photo = Next photo
attach-photo-of = Photo { $index } of { $count }
common-loading = Loading…

## Duplicate customers
duplicates-merged-notice = Merged into { $name }. Undo it from their customer page if it was a mistake.
duplicates-stays = Added first: stays if merged
duplicates-added = Added
duplicates-intro = Two records that may be one customer: made at two desks while one was offline, by an import, or in a hurry. Merge them, or say they are different people.
duplicates-merged-into = Merged into { $name }.
duplicates-open-page = Open their page
duplicates-looking = Looking for look-alike records…
duplicates-none = No possible duplicates.
duplicates-none-hint = Records with the same phone number, email or name show here.
duplicates-merge = Merge…
duplicates-merge-sr = {" "}{ $first } and { $second }
duplicates-not-same = Not the same person
duplicates-merge-title = Merge these two records?
duplicates-merge-explain = { $first }, added { $added }, stays: it was added first. Everything of { $second } follows it: cases, promises, key facts, complaints, scores, phone numbers and emails.
duplicates-undo-hint = You can undo this from the customer’s page.
duplicates-merge-into = Merge into { $name }
duplicates-undone-notice = Merge undone: { $name } is a customer of their own again.
duplicates-merged-records = Merged records
duplicates-own-again = { $name } is a customer of their own again.
duplicates-merged-with = Merged with the record of { $name } on { $when }
duplicates-merged-with-by = Merged with the record of { $name } on { $when } by { $by }
duplicates-undo = Undo
duplicates-undo-sr = {" "}the merge with { $name }
duplicates-undo-title = Undo this merge?
duplicates-undo-explain = { $name } becomes a customer of their own again, with the cases and history that were theirs. { $survivor } keeps the rest.
duplicates-undo-confirm = Undo the merge

## The shop's mailbox
mail-state-not-connected = No mailbox is connected: mail to the shop is not read by Casebook yet.
mail-state-other-desk = Mail is handled by the desk '{ $desk }': it fetches new mail and sends the replies written on every desk.
mail-state-connecting = Connecting to the mail servers…
mail-state-connected-idle = Connected: new mail shows within seconds of arriving.
mail-state-connected-poll = Connected: Casebook looks for new mail every few minutes, and when you press Check now.
mail-state-offline = Offline: { $reason } Casebook tries again by itself; replies wait in the outbox meanwhile.
mail-reply-waiting = Waiting to be sent
mail-reply-sent = Sent
mail-reply-failed = Not sent: { $error }
mail-reply-refused = Not sent: the mail server refused it.
mail-reply-retrying = Waiting: the last try failed ({ $error }); it is tried again by itself.
mail-reply-typed = Typed into the reply by a person: { $addresses }
mail-reply-to-label = To
mail-reply-to-placeholder = the customer's address
mail-reply-to-hint = Leave it empty to answer the customer. An address you type that is not the customer's is kept on the reply as typed by you.
mail-refusal-not-shop-address = It was to go out as { $address }, which is not the shop's address.
mail-refusal-not-customers-case = Its case no longer exists, or is not this customer's.
mail-refusal-stranger-address = { $address } is not one of the customer's addresses, and nobody typed it into the reply.
mail-refusal-not-an-address = '{ $address }' is not an email address.
mail-refusal-no-recipient = The reply names nobody to send it to.
mail-no-sender = (no sender)
mail-retry-notice = The reply will be tried again.
mail-to = To { $who }
mail-to-lower = to { $who }
mail-from = From { $who }
mail-server-said = The server said: { $problem }
mail-hide-quoted = Hide the quoted mail
mail-show-quoted = Show the quoted mail
mail-try-again = Try again
mail-checking = Looking for new mail and sending what waits.
mail-disconnected = The shop’s mailbox is disconnected.
mail-opening = Opening…
mail-check-now = Check now
mail-handled-by = Fetched and sent by
mail-the-desk = the desk '{ $desk }'
mail-the-desk-this = the desk '{ $desk }' (this desk)
mail-servers = Servers
mail-last-checked = Last checked
mail-outbox = Outbox
mail-counts = { $waiting } waiting · { $failed } failed
mail-disconnect-q = Stop fetching and sending the shop’s mail? The mail already here stays.
mail-disconnect = Disconnect
mail-keep = Keep it
mail-disconnect-button = Disconnect the mailbox…
mail-outbox-title = Replies not sent yet
mail-outbox-empty = Nothing waits: every reply by mail went out.
mail-unfiled-title = Mail that belongs to no customer
mail-unfiled-hint = Bounces of nothing we sent, automatic replies from strangers, mail with no sender. Nothing here was answered.
mail-connected-session = Connected. { $reason }
mail-connected = Connected: this desk now fetches and sends the shop’s mail.
mail-connect-title = Connect the shop’s mailbox on this desk
mail-connect-hint = Mail to the shop’s address becomes the customers’ history here, and replies written on an email case go out from it. Only this desk fetches and sends; the other desks see everything through sync.
mail-address = The shop’s address
mail-password = Password
mail-password-hint = (most providers need an app password here)
mail-desk-name = This desk’s name
mail-desk-placeholder = Counter
mail-hide-servers = Hide the server settings
mail-server-settings = Server settings
mail-username = Sign-in name
mail-imap = Incoming (IMAP) server
mail-port = Port
mail-of-incoming = of the incoming server
mail-of-outgoing = of the outgoing server
mail-encryption = Encryption
mail-no-encryption = None (this computer only)
mail-smtp = Outgoing (SMTP) server
mail-ca = Certificate authority (PEM), if the shop made its own certificates
mail-test-label = What works
mail-works = Works:
mail-does-not-work = Does not work:
mail-test = Test
mail-connect = Connect
mail-of-incoming-mail = of incoming mail
mail-of-outgoing-mail = of outgoing mail

## Several desks: sync
sync-ind-connecting = Connecting…
sync-ind-in-sync = In sync
sync-ind-sending = Sending { $count }
sync-ind-receiving = Receiving { $count }…
sync-ind-offline = Offline since { $since }
sync-ind-offline-waiting = { $since } · { $count } waiting
sync-ind-problem = Sync problem
sync-changes = { $n ->
    [one] 1 change
   *[other] { $count } changes
}
sync-alone = This desk works on its own: it is not connected to a shop’s server.
sync-connecting = Connecting to the shop’s server…
sync-in-sync = In sync: this desk has everything the server has, and the server has all of this desk’s work.
sync-sending = Sending { $changes } to the server…
sync-receiving = Receiving the other desks’ work: { $changes } so far…
sync-offline = Offline since { $since }: the shop’s server cannot be reached. Work goes on here and is sent when the server is back.
sync-offline-waiting = Offline since { $since }: the shop’s server cannot be reached. Work goes on here and is sent when the server is back. { $n ->
    [one] { $changes } wait
   *[other] { $changes } wait
} to be sent.
sync-offset = { $duration } { $ahead ->
    [yes] ahead of
   *[no] behind
}
sync-clock-warning = This PC’s clock is { $offset } the server’s. Fix the date and time in the system settings; work goes on.
sync-desk-clock = Clock { $duration } { $ahead ->
    [yes] ahead
   *[no] behind
}
sync-never = Never
sync-just-now = Just now
sync-not-yet = Not yet
sync-open-page = Open Desks & sync.
sync-offline-word = Offline
sync-since = {" "}since { $since }
sync-waiting-word = {" "}waiting
sync-clock-word = Clock
sync-clock-wrong-more = {" "}is wrong
sync-join-paste-first = Paste the join code first.
sync-join-code = Join code
sync-join-hint = Make it on a desk of the shop: Shop → Desks & sync → Add a desk. A code works once.
sync-joining = Joining…
sync-join = Join
sync-joined-notice = This desk joined { $shop }. The shop’s history is arriving.
sync-alone-title = This desk works on its own
sync-alone-text = Connecting puts this desk’s history on your shop’s PostgreSQL server, and every desk that joins shares it: what one desk logs shows on the others within seconds. Each desk keeps working when the server or the network is down, and catches up when it is back.
sync-join-title = Join a shop with a code
sync-join-needs-empty = Only a new, empty desk can join a shop: on its first screen, choose “Join my shop’s other desks” and paste the code. This desk already has its own history, so connect it as the shop’s first desk above instead.
sync-join-for-new = For a new desk of a shop that is already connected.
sync-now = Sync now
sync-server = Server
sync-database = database
sync-this-desk = This desk
sync-last-synced = Last synced
data-backup-auto = Automatic
data-backup-manual = Manual
data-backup-before-restore = Before restore
data-field-ignore = Not used
data-field-name = Customer name
data-field-phone = Phone
data-field-email = Email
data-field-organisation = Organisation
data-field-segment = Segment
data-field-notes = Customer notes
data-field-subject = Case subject
data-field-channel = Channel
data-field-status = Status
data-field-priority = Priority
data-field-opened = Opened (date)
data-field-message = First message
data-count-row = { $n ->
    [one] { $shown } row
   *[other] { $shown } rows
}
data-count-customer = { $n ->
    [one] { $shown } customer
   *[other] { $shown } customers
}
data-count-case = { $n ->
    [one] { $shown } case
   *[other] { $shown } cases
}
data-count-event = { $n ->
    [one] { $shown } event
   *[other] { $shown } events
}
data-count-new-customer = { $n ->
    [one] { $shown } new customer
   *[other] { $shown } new customers
}
data-count-problem = { $n ->
    [one] { $shown } problem
   *[other] { $shown } problems
}
data-contents = { $customers }, { $cases }, { $events }
data-no-auto-backup = There is no automatic backup yet. Back up now to be safe.
data-backup-stale = The last automatic backup was { $age } ago. Back up now, and keep Casebook running during the day so it can make its daily backup.
data-import-added = Added { $added }; { $shown } { $there ->
    [one] was
   *[other] were
} already here.
data-import-settings = Opening hours and targets were taken from the export.
data-sep-commas = commas
data-sep-semicolons = semicolons
data-sep-tabs = tabs
data-sep-bars = vertical bars (|)
data-too-big = The file is { $mb } MB; Casebook imports up to 50 MB at a time. Split it into smaller files.
data-format-excel = an Excel workbook (.{ $ext })
data-format-ods = an OpenDocument spreadsheet (.ods)
data-format-csv = a text file (CSV)
data-reason-left-out = Left out by you.
data-reason-your-choice = Your choice (Casebook guessed { $guess }).
data-reason-heading = Recognised from its heading.
data-reason-values = Recognised from what it holds.
data-reason-no-case = Not used: it holds case details (a date, a status…), but this file has no case subject column, so it opens no cases.
data-reason-duplicate = Not used: another column already gives this. Pick a field to use it instead.
data-reason-unknown = Not used: Casebook does not know this heading. Pick a field to use it.
data-blank = (blank)
data-matches = Matches { $name }
data-adds = Adds { $what } to { $name }
data-csv-summary = Imported { $rows }: { $fresh }, { $matched } matched to existing customers, { $cases }.
data-csv-summary-updated = Imported { $rows }: { $fresh }, { $matched } matched to existing customers ({ $updated } got a new phone or email), { $cases }.
data-title = Backups and data
data-backups = Backups
data-backing-up = Backing up…
data-back-up-now = Back up now
data-check-backups = Check your backups.
data-backed-up = Backed up { $contents } ({ $size }).
data-restored = Restored the backup from { $when }: { $contents }. The history it replaced was kept first as the backup
data-restored-listed = , listed below, so you can go back to it.
data-loading-backups = Loading backups…
data-no-backups = No backups yet. Back up now to make the first one.
data-backups-caption = Backups, newest first
data-col-taken = Taken
data-col-kind = Kind
data-col-events = Events
data-col-size = Size
data-restore = Restore
data-restore-button = Restore…
data-restore-sr = {" "}the backup from { $when }
data-show-newest = Show only the newest
data-show-all-backups = Show all { $count } backups
data-restore-title = Restore this backup?
data-restore-explain = Casebook goes back to the backup from { $when } ({ $kind }), with { $contents }.
data-restore-nothing-lost = Everything recorded since then leaves the desk. Nothing is lost: the current history is kept as a backup first, and you can restore it from this page.
data-restoring = Restoring…
data-restore-confirm = Restore this backup
data-path-copied = The folder path is on the clipboard.
data-export-title = Export everything
data-exporting = Exporting…
data-export-hint = Writes the whole history in an open format, readable without Casebook: every event as JSON Lines, and customers and cases as CSV files for a spreadsheet. The export goes into a new folder beside your data.
data-exported-to = Exported { $contents } to:
data-copy-path = Copy path
data-import-title = Import a Casebook export
data-import-hint = Adds the history from another desk’s export (or an older export of this one). Events already here are skipped, so importing the same export twice changes nothing.
data-looking-exports = Looking for exports…
data-no-exports = No exports found beside your data. To import one from another desk, type the path of its folder below.
data-exports-caption = Exports found beside your data, newest first
data-col-export = Export
data-col-exported = Exported
data-col-contains = Contains
data-import = Import
data-import-button = Import…
data-import-folder = Or import from a folder
data-import-folder-placeholder = The full path of an export folder
data-import-dialog-title = Import this export?
data-import-explain = Import { $name }, exported { $when }, with { $contents }.
data-import-folder-explain = Import the export in the folder
data-import-skip-hint = Events already here are skipped, so nothing is doubled. Opening hours and targets are taken from the export only when this desk has none of its own yet.
data-importing = Importing…
data-columns-title = What is in each column?
data-columns-column = Column, with a few of its values
data-columns-use-as = Use as
data-columns-why = Why
data-column-n = Column { $n }
data-column-empty = empty in the first rows
data-column-use-label = Use column “{ $name }” as
data-preview-label = What the import would do
data-stat-rows = { $n ->
    [one] row
   *[other] rows
}
data-stat-new = new { $n ->
    [one] customer
   *[other] customers
}
data-stat-matched = matched to customers already here
data-stat-updated = { $n ->
    [one] customer gets
   *[other] customers get
} a new phone or email
data-stat-cases = { $n ->
    [one] case
   *[other] cases
}
data-problems-block = Nothing will be imported until { $n ->
    [one] this is
   *[other] these are
} fixed
data-problems-where = in the file or in the columns above ({ $problems }):
data-problem-row = Row { $line }: { $message }
data-problems-more = and { $count } more
data-sample-first = The first { $shown } of { $rows }, as they would be imported (rows numbered as the spreadsheet shows them)
data-sample-every = Every row, as they would be imported (rows numbered as the spreadsheet shows them)
data-col-row = Row
data-col-contact = Contact
data-col-customer = Customer
data-col-case = Case
data-new = new
data-csv-unreadable = “{ $name }” could not be read. Choose it again.
data-header-type-number = Type the number of the row that holds the column headings, as the spreadsheet shows it (1 is the first row).
data-csv-title = Import customers and cases from a spreadsheet
data-csv-hint = A CSV or text file in any encoding, or an Excel (.xlsx, .xls) or OpenDocument (.ods) workbook: one row per customer, or per case with its customer. Customers are matched by phone or email to the ones already here. You see what would happen before anything is written.
data-csv-choose-another = Choose another file…
data-csv-choose = Choose a spreadsheet…
data-csv-reading = Reading { $name }…
data-csv-read-summary = { $format }, { $rows } below the headings.
data-csv-read-summary-sep = { $format }, { $rows } below the headings, columns separated by { $sep }.
data-csv-how-read = How the file is read
data-csv-encoding = Encoding
data-csv-find-out = Find out from the file
data-csv-detected = detected
data-csv-odd-characters = If names show odd characters (Ã©, â€™, ?), choose the encoding the file was saved in.
data-csv-as-file-says = { $encoding }, as the file says.
data-csv-sheet = Sheet
data-csv-headings-on = Column headings are on
data-csv-which-row = Which row holds the column headings?
data-csv-read-again = Read again
data-csv-first-rows = The first rows of the file, as read
data-csv-headings-tag = headings
data-csv-checking = Checking…
data-csv-preview = Preview
data-csv-import = Import { $rows }
data-csv-preview-first = Preview first: the import is offered once the preview finds no problems.
data-csv-changed = The columns changed since the preview. Preview again to see what would be imported.
sync-revoked-notice = { $name } is revoked. Its work so far stays in the history.
sync-copy-failed = Could not copy. The code is selected: press Ctrl+C.
sync-desks = Desks
sync-desks-need-server = The list of desks needs the shop’s server.
sync-desks-loading = Asking the server for the desks…
sync-desks-caption = The shop’s desks
sync-col-desk = Desk
sync-col-joined = Joined
sync-col-last-seen = Last seen
sync-col-note = Note
sync-revoke = Revoke
sync-not-joined = Not yet: its code is unused
sync-now-word = Now
sync-revoked-at = Revoked { $when }
sync-add-desk = Add a desk
sync-code-for = Join code for { $name }
sync-code-once = Works once; keep it private.
sync-code-hint = Anyone with it can join your shop until it is used, and it holds the shop’s key: send it only to the new desk, and delete it once that desk has joined. On the new desk, choose “Join my shop’s other desks” on its first screen and paste it.
sync-copied = Copied
sync-copy = Copy
sync-done = Done
sync-copied-sr = Copied.
sync-new-desk-name = The new desk’s name
sync-new-desk-placeholder = e.g. Workshop
sync-making-code = Making a code…
sync-make-code = Make a join code
sync-revoke-title = Revoke ‘{ $name }’?
sync-revoke-explain = That PC can no longer send or receive. Its work so far stays.
sync-type-address = Type the server address first.
sync-add-user = Add the user name to the address: postgres://user@host:5432/database.
sync-connected-notice = This desk is connected to { $shop }. Add the other desks with a join code.
sync-connect-title = Connect the shop’s first desk
sync-connect-hint = Do this once, on the desk whose history the shop keeps. The other desks join it afterwards with a code.
sync-address = Server address
sync-address-hint = From whoever runs the shop’s PostgreSQL server. Paste it whole: the password moves to its own field.
sync-password-hint = Kept in this computer’s password store, never in Casebook’s data or backups.
sync-shop-name = The shop’s name
sync-shop-placeholder = e.g. Costa Cycles
sync-desk-placeholder = e.g. Counter
sync-hide-ca = Hide the certificate authority
sync-add-ca = Add a certificate authority (optional)
sync-ca-hint = Only when the server’s certificate was made by the shop itself. Paste it (it starts with -----BEGIN CERTIFICATE-----) or pick the .pem file.
sync-ca-label = Certificate authority (PEM)
sync-pick-pem = Pick a .pem file…
sync-read-from = Read from { $file }
sync-connect-progress = Setting up the server and sending this desk’s history ({ $count } changes). A large history can take a few minutes; keep Casebook open.
sync-elapsed = { $seconds } s so far.
case-event-shop-locale-set = The shop's language set to { $language }
case-event-shop-locale-cleared = The shop's language follows each computer again
case-side-label = The customer
tell-brief-title-by = Brief as written by { $from } at the handoff to { $to }
tell-brief-title = Brief as written at the handoff to { $to }
attach-removed-notice = “{ $name }” was removed from the history view.
attach-erased-notice = “{ $name }” was erased.
duplicates-different-notice = { $first } and { $second } are marked as different people and will not be suggested again.
data-encoding = { $family ->
    [unicode] Unicode ({ $name })
    [unicode-excel] Unicode ({ $name }, Excel’s “Unicode text”)
    [western] Western European ({ $name })
    [central] Central European ({ $name })
    [cyrillic] Cyrillic ({ $name })
    [mac] Older Mac ({ $name })
   *[japanese] Japanese ({ $name })
}
common-something-wrong = Something went wrong. Please try again.
case-contact-added = added:
case-contact-removed = removed:
data-import-set-aside =
    { $count ->
        [one] 1 event could not be applied here and was set aside
       *[other] { $count } events could not be applied here and were set aside
    } (see Desks & sync).
sync-code-until = Works once, until { $when }.
sync-revoke-button = Revoke…
sync-owner-title = The owner’s access
sync-owner-here = This desk holds the owner’s access: it adds and revokes desks. Forget it here when another desk takes it over.
sync-owner-not-here = To add or revoke desks here (the first desk too), sign in with the owner’s server address. It is kept in this computer’s password store.
sync-owner-url = Owner’s server address
sync-owner-sign-in = Sign in as the owner
sync-owner-signing-in = Checking…
sync-owner-sign-out = Forget the owner’s access here
sync-owner-signed-in = The owner’s access is kept on this desk.
sync-owner-signed-out = The owner’s access was forgotten on this desk.
sync-set-aside-title = Events set aside
sync-set-aside-unknown-kind =
    { $count ->
        [one] 1 event from { $desk } needs a newer Casebook: update this desk.
       *[other] { $count } events from { $desk } need a newer Casebook: update this desk.
    }
sync-set-aside-damaged =
    { $count ->
        [one] 1 event from { $desk } is damaged and was skipped.
       *[other] { $count } events from { $desk } are damaged and were skipped.
    }
sync-set-aside-refers-to-nothing =
    { $count ->
        [one] 1 event from { $desk } is about something this desk’s history does not hold, and was skipped.
       *[other] { $count } events from { $desk } are about something this desk’s history does not hold, and were skipped.
    }
sync-set-aside-hint = Everything else applied as usual. These stay in the history and apply by themselves once this desk can read them.
sync-unknown-desk = a desk no longer listed
case-list-added = Added:
case-list-removed = Removed:
sync-readmit-button = Let back in…
sync-readmit-code-for = Code to let { $name } in again
sync-readmit-hint = Paste it at { $name }: Desks & sync → This desk → Let this desk in again. Its history and unsent work stay.
sync-this-desk-title = This desk in the shop
sync-rejoin-title = Let this desk in again
sync-rejoin-hint = If this desk lost its password (its computer’s password store was emptied), the owner makes a code on their desk with “Let back in…”. Paste it here: this desk’s history and unsent work stay.
sync-move-title = The shop’s server moved
sync-move-hint = When the owner moved the shop to another server, type its new address here. It is checked before anything changes.
sync-move-host = New address
sync-move-port = Port
sync-move-button = Use this server
sync-moving = Checking…
sync-moved-notice = This desk now syncs with { $server }.
sync-leave-title = Leave the shop
sync-leave-hint = This desk stops syncing and keeps its history, working on its own.
sync-leave-button = Leave the shop…
sync-leave-dialog-title = Leave { $shop }?
sync-leave-explain = This desk will no longer send or receive the shop’s work. Everything it holds stays here. The owner can revoke it afterwards.
sync-leave-confirm = Leave
sync-leave-anyway = Leave anyway
sync-left-notice = This desk left { $shop } and works on its own.
sync-move-port-bad = The port is a number from 1 to 65535 (PostgreSQL’s is usually 5432).
desk-staff-rename = Rename…
desk-staff-merge = Same person as…
desk-staff-new-name = New name
desk-staff-same-as = { $name } is the same person as
desk-staff-merge-hint = This record of { $name } leaves the list and its open cases move over; the history keeps who wrote what.
desk-staff-save = Save
desk-staff-merge-confirm = Merge
desk-staff-renamed = Renamed: { $name }.
desk-staff-merged = One record for { $name } now.
case-event-staff-merged = { $name } merged into another record of the same person
sync-carried-line =
    { $count ->
        [one] 1 change
       *[other] { $count } changes
    } of { $desk }, imported here, { $count ->
        [one] is
       *[other] are
    } held for the shop’s server and sent at the next sync.
data-import-carried =
    { $count ->
        [one] 1 of them was
       *[other] { $count } of them were
    } written at other desks: this desk sends them to the shop’s server at its next sync.

## Passcodes, signing in and the lock screen

case-event-passcode-set = A passcode was set
case-event-passcode-cleared = A passcode was taken off
case-event-passcodes-edited = The passcode rule changed
case-event-recovery-code-set = A new recovery code was made
desk-sign-in = Sign in
desk-passcode-of = { $name }’s passcode
desk-passcode-empty = Type the passcode first.
desk-passcode-mismatch = The two passcodes are not the same. Type them both again.
desk-passcode-new = New passcode
desk-passcode-again = The same again
desk-passcode-current = Your passcode now
desk-passcode-choose = Use this passcode
desk-passcode-back = Back
desk-passcode-forgot = Forgot your passcode?
desk-passcode-first-intro = { $name } has no passcode yet. Choose one of at least { $min } digits that nobody would guess (not 1234 or 1111).
desk-passcode-first-needs-owner = An owner approves { $name }’s first passcode: pick the owner and let them type their passcode.
desk-passcode-title-own = Type your passcode
desk-passcode-title-first = Choose your passcode
desk-passcode-title-approve = Ask an owner
desk-passcode-title-recover = Forgot your passcode?
desk-approve-intro = An owner types their passcode so { $name } can do this once. It is recorded as the owner’s.
desk-approve-owner = Owner
desk-approve-code = The owner’s passcode
desk-approve-submit = Approve once
desk-approve-instead = Ask an owner instead
desk-recovery-intro = Type the shop’s recovery code (written down when passcodes were turned on) and choose a new passcode for { $name }.
desk-recovery-code = Recovery code
desk-recovery-empty = Type the recovery code first.
desk-recovery-submit = Reset my passcode
desk-recovery-shown-title = The shop’s recovery code
desk-recovery-shown-write = Write this down and keep it somewhere safe; Casebook keeps no copy.
desk-recovery-shown-why = With it, an owner who forgot their passcode chooses a new one. Keep it away from the desk. This is the only time it is shown.
desk-recovery-shown-done = I have written it down
desk-recovery-renew = New recovery code…
desk-recovery-renew-title = Make a new recovery code?
desk-recovery-renew-explain = The recovery code written down now stops working. The new one is shown once: have paper ready.
desk-recovery-renew-confirm = Make a new code
desk-lock-locked = locked
desk-lock-was-here = { $name } was here
desk-lock-sign-in-as = Sign in as { $name }
desk-lock-who = Who is at the desk?
desk-lock-pick = Pick your name to sign in.
desk-lock-someone-else = Someone else signs in
desk-lock-no-passcode-yet = No passcode yet
desk-lock-button = Lock
desk-lock-button-label = Lock the desk (Ctrl+Shift+L)
desk-lock-owner-tools = Locked: the owner’s tools ask for a passcode again.
desk-shortcut-lock = Lock the desk (when the shop uses passcodes)
desk-picker-back = Pick someone else
desk-staff-role-of = Role of { $name }
desk-staff-role-changed = Role of { $name }: { $role }.
desk-passcodes-title = Passcodes
desk-passcodes-ask = When Casebook asks for a passcode
desk-passcodes-ask-never = Never
desk-passcodes-ask-never-hint = Anyone picks who is at the desk.
desk-passcodes-ask-owner-tools = For the owner’s tools
desk-passcodes-ask-owner-tools-hint = Staff, passcodes, the shop’s language, desks, erasing files, import and restore ask for an owner’s passcode; hours, targets and the mailbox for a shift lead’s or an owner’s.
desk-passcodes-ask-always = Always
desk-passcodes-ask-always-hint = Everyone signs in with their own passcode, and an idle desk locks.
desk-passcodes-min = Shortest passcode
desk-passcodes-digits = { $count } digits
desk-passcodes-lock = Lock after this many idle minutes
desk-passcodes-lock-hint = 0: the desk never locks by itself.
desk-passcodes-lock-always-only = Only when Casebook asks always.
desk-passcodes-reports = Reports are for owners only
desk-passcodes-own-first = First choose your own passcode (at least { $min } digits), so you are never locked out.
desk-passcodes-saved = Passcode rule saved.
desk-passcodes-people = Who has a passcode
desk-passcodes-has = Passcode
desk-passcodes-has-yes = Set
desk-passcodes-has-no = None yet
desk-passcode-set-button = Set passcode…
desk-passcode-change-own-button = Change my passcode…
desk-passcode-choose-own-button = Choose my passcode…
desk-passcode-take-off = Take passcode off
desk-passcode-taken-off = { $name } has no passcode now and chooses one at their next sign-in.
desk-passcode-set-title = A passcode for { $name }
desk-passcode-change-own = Change my passcode
desk-passcode-own-hint = At least { $min } digits that nobody would guess (not 1234 or 1111).
desk-passcode-for-hint = A new passcode for { $name }, of at least { $min } digits. Tell them in person; they can change it afterwards.
desk-passcode-set-own = Your passcode is set.
desk-passcode-set-for = { $name }’s passcode is set.
desk-passcode-mine = My passcode
desk-passcode-mine-set = You have a passcode; only you know it.
desk-passcode-mine-none = You have no passcode yet.
desk-tries-title = Wrong passcodes at this desk
desk-tries-refresh = Refresh
desk-tries-none = No wrong passcodes at this desk.
desk-tries-count = Wrong tries
desk-tries-last = Last try
desk-tries-wait = Waiting until
desk-tries-no-wait = No wait
sync-set-aside-not-allowed =
    { $count ->
        [one] 1 change from { $desk } was made as { $people }, who had no right to it at that point: it has no effect.
       *[other] { $count } changes from { $desk } were made as { $people }, who had no right to them at that point: they have no effect.
    }
sync-set-aside-not-allowed-hint = They stay in the history, with no effect on any desk. If one was meant, the owner (or a shift lead, for hours and targets) does it again.
privacy-title = Privacy
privacy-export-hint = Everything the shop holds about { $name }, for them to read or take along, as the GDPR lets them ask: a page to print or send, and the same as a JSON file.
privacy-export-button = Export this customer
privacy-exporting = Exporting…
privacy-exported = Saved: { $cases } cases and { $entries } entries. Give them customer.html from this folder; customer.json holds the same for another program.
privacy-forget-button = Forget this customer…
privacy-forget-title = Forget { $name }?
privacy-forget-goes-title = What goes, on every desk
privacy-forget-goes = Their name, phone numbers, email addresses, organisation and notes; every message, reply, note and call in their cases; the words of promises, key facts, complaints and escalations; their attached files and kept mail. Search and the type-ahead find nothing of them.
privacy-forget-stays-title = What stays
privacy-forget-stays = That a customer, shown as a number, had these cases: when, on which channel, how long they took and whether targets were met, so the reports still add up. And this erasure: who, when, and the reason.
privacy-forget-final = This cannot be undone.
privacy-forget-explain = If they asked for a copy, export this customer first. Other desks forget at once when online, or at their next sync.
privacy-forget-why = Reason
privacy-forget-kept = (kept in the history: write nothing about the person)
privacy-forget-placeholder = e.g. asked at the counter on 3 December
privacy-forget-confirm = Forget this customer
privacy-forget-why-needed = Say why this customer is forgotten.
privacy-forgotten-notice = Forgotten: the customer is { $number } now.
privacy-forgotten-banner = Forgotten on { $date } by { $who }. Reason: { $reason }
privacy-forgotten-banner-nobody = Forgotten on { $date }. Reason: { $reason }
privacy-forgotten-hint = Nothing about the person is kept on any desk: their cases stay counted under this number. Nothing more can be added to this record.
case-event-customer-forgotten = Customer forgotten: { $reason }
privacy-retention-title = Keeping only what is needed
privacy-retention-hint = Customers you have not been in touch with for a long time can be forgotten by themselves, on every desk, as if an owner forgot each one. Their cases stay counted under a number.
privacy-retention-keep = Keep customers with no contact
privacy-retention-forever = until an owner forgets them
privacy-retention-years =
    for { $years ->
        [one] a year
       *[other] { $years } years
    }
privacy-retention-owner-only = Only an owner can change this.
privacy-retention-none-due = Nobody would be forgotten now.
privacy-retention-due =
    { $count ->
        [one] One customer would be forgotten now:
       *[other] { $count } customers would be forgotten now:
    }
privacy-retention-customer = Customer
privacy-retention-last-contact = Last contact
privacy-retention-cases = Cases
privacy-retention-more = …and { $count } more.
privacy-retention-turn-on =
    { $count ->
        [0] Turn on
       *[other] Turn on and forget them now
    }
privacy-retention-turn-off = Turn off
privacy-retention-saved = Saved: { $count } customers were forgotten now; others will be as they pass the limit.
privacy-retention-off = Customers are kept until an owner forgets them.
case-event-retention-set =
    Customers with no contact for { $years ->
        [one] a year
       *[other] { $years } years
    } are forgotten
case-event-retention-off = Customers are kept until an owner forgets them
sync-key-title = Customers’ words on the server
sync-key-explain = Names, addresses, messages and files leave this desk sealed with the shop’s key, which only the shop’s desks hold: the server, and whoever runs it, sees when and what kind of thing happened, never the words.
sync-seal-hint = A shop set up before this was the rule: seal what the server holds in clear, and get the key code that desks which joined before need. Shown again whenever you ask.
sync-seal-button = Seal and show the key code
sync-sealing = Sealing…
sync-sealed-notice = Customers’ words are sealed on the server ({ $count } events sealed now).
sync-key-code-label = Key code
sync-key-code-warn = It holds the shop’s key: paste it only on the shop’s desks that joined before (Desks & sync → Paste the shop’s key), and keep it nowhere.
sync-key-paste-title = Paste the shop’s key
sync-key-paste-first = Paste the key code from the owner’s desk first.
sync-key-take = Keep the key on this desk
sync-key-taken-notice = This desk has the shop’s key: it syncs again.
data-csv-left-out-intro = Some cells held invisible control characters a program left behind. They are left out; the rest of each cell is imported:
data-csv-left-out =
    Row { $line }, column “{ $column }”: { $count ->
        [one] one character
       *[other] { $count } characters
    }
queue-countdown-due-shop-days =
    due in { $days ->
        [one] 1 shop day
       *[other] { $days } shop days
    }
case-draft-restored = What you were writing here ({ $when }) is back.
case-draft-kept = Kept on this desk as you type, even if the window closes.
case-draft-discard = Discard draft
search-did-you-mean = Nothing matches. Did you mean:
common-choice-pending = Not saved yet: Enter saves it, Esc puts it back
desk-notice-more =
    { $count ->
        [one] One more message: show it
       *[other] { $count } more messages: show the next
    }
desk-notice-more-count = +{ $count }
common-staff-me = { $name } (me)
common-when-today-mid = today { $time }
common-when-yesterday-mid = yesterday { $time }
common-date-invalid = “{ $typed }” is not a date. Type it like { $example }.
common-date-keys = ↑ ↓ move a day
attach-size-reading = { $size } · reading…
case-entry-left-out =
    { $count ->
        [one] “{ $names }” was refused, so it is not attached. It stays below until you take it off with ×.
       *[other] { $count } refused files are not attached: { $names }. They stay below until you take them off with ×.
    }
case-show-more = Show more
case-show-less = Show less
reports-group-first-response = First response
reports-group-resolution = Resolution
reports-sub-median = Median
reports-sub-p90 = 90th percentile
reports-sub-met = Within target
reports-business-note = Times count the shop’s opening hours only (business minutes).
tell-brief-part =
    { $part ->
        [their_words] In their words
        [tried] What we have tried
        [promises] Open promises
        [expectations] What they expect
       *[complaints] Complaints on record
    }
tell-brief-promise-line = { $text } — due { $when }
tell-brief-promise-line-by = { $text } — due { $when }, { $owner } keeps it
attach-size-bytes =
    { $count ->
        [one] 1 byte
       *[other] { $count } bytes
    }
attach-size-kb = { $size } KB
attach-size-mb = { $size } MB
search-entries-label = Conversation entries
common-range-to = to
attach-photo-alt = Photo: { $name }
attach-limit-unit = MB
data-backups-auto-hint = Casebook backs up automatically every day while it runs and when it closes; backups are kept beside your data.
data-columns-used = { $used } of { $count } columns are used. Casebook guessed from each heading and, where the heading says nothing it knows, from the values. Change any of them; columns set to “{ data-field-ignore }” are left out.
outreach-sample-summary = { $count } picked among those not contacted for { $days } (seed { $seed }) · { $called } called
outreach-total =
    { $count ->
        [one] 1 customer, the longest silent first.
       *[other] { $count } customers, the longest silent first.
    }
outreach-cut-hint = { $shown }: raise the number of days, or pick at random.
register-by = by
tell-promise-to-word = to
tell-promises-summary = { $total } open, the soonest due first.
tell-promises-record-key = Record one from any case:
learn-causes-lead-only = Only a shift lead or the owner can change the list.
sync-url-local = A server at 127.0.0.1 or localhost only works for desks on this same computer. Other PCs need its network address (for example 192.168.1.20).
search-near-enter = (Enter searches for the first)
desk-whats-new-title = What’s new in Casebook { $version }
desk-whats-new-kept = Casebook was updated from { $previous } to { $version }. Your shop’s history, settings and attachments were kept and brought up to date.
desk-whats-new-kept-unknown = Casebook was updated to { $version }. Your shop’s history, settings and attachments were kept and brought up to date.
desk-whats-new-done = Got it
replies-placeholder-first-name = first name
replies-placeholder-case-ref = case reference
replies-placeholder-promise-due = promise due date
replies-placeholder-shop-name = shop name
replies-placeholder-hours-today = opening hours today
replies-placeholder-my-name = your name
desk-menu-replies = Saved replies
replies-intro = The answers the shop gives all day, in its own words and in each language it writes in. In an answer, press Ctrl+K (or / at the start of a line) to put one in, filled in from the case.
replies-search = Find a saved reply by name or words
replies-new = New saved reply
replies-new-title = New saved reply
replies-edit-title = Change “{ $name }”
replies-name = Name
replies-shop-mark = The shop’s reply: only an owner may change it
replies-language = Language
replies-has-text = has text
replies-text-in = The reply in { $language }
replies-placeholders = Put in:
replies-placeholders-hint = A placeholder in braces is filled in from the case when the reply is used. What cannot be filled is left in brackets, selected for you to type.
replies-save = Save reply
replies-saved-notice = Saved reply “{ $name }” saved.
replies-shop-name = The shop’s name in replies
replies-shop-name-save = Save name
replies-shop-name-hint = What {"{"}shop name{"}"} becomes in every saved reply, on every desk.
replies-shop-named-notice = The shop’s name for replies is saved.
replies-loading = Looking up saved replies…
replies-none = No saved replies yet.
replies-none-hint = Write the answers you give most, or save one from an answer you just wrote.
replies-count = { $count } of { $total } saved replies
replies-shop-pill = The shop’s
replies-uses =
    { $count ->
     [0] Not used yet
     [one] Used once
    *[other] Used { $count } times
    }
replies-edit = Change
replies-remove = Remove
replies-remove-title = Remove “{ $name }”?
replies-remove-explain = It leaves the list on every desk. Answers already sent with it stay as they were sent.
replies-removed-notice = Saved reply “{ $name }” removed.
replies-picker-title = Put in a saved reply
replies-picker-nothing = No saved reply holds those words.
replies-picker-none = The shop has no saved replies yet: add them under Shop → Saved replies.
replies-picker-keys = ↑ ↓ to choose, Enter to put it in, Escape to go back.
replies-collision-title = While you were writing
replies-collision-by = { $names } wrote on this case since you started. Read it before you send.
replies-collision-some =
    { $count ->
     [one] Something came in on this case since you started. Read it before you send.
    *[other] { $count } things came in on this case since you started. Read them before you send.
    }
replies-collision-edit = Edit my answer
replies-collision-send = Send anyway
replies-collision-discard = Discard mine
replies-gaps-left =
    { $count ->
     [one] One place in brackets is left for you to fill in.
    *[other] { $count } places in brackets are left for you to fill in.
    }
replies-composer-hint = Ctrl+K or / at the start of a line: saved replies
replies-insert = Saved replies
replies-save-from-answer = Save as a saved reply
case-profile-language = Writes in
case-profile-language-hint = picks the version of a saved reply
case-profile-language-shop = The shop’s language
case-event-saved-reply-added = Saved reply “{ $name }” added
case-event-saved-reply-edited = Saved reply changed
case-event-saved-reply-removed = Saved reply removed
case-event-saved-reply-used = Saved reply used
case-event-shop-named = The shop’s name in replies: { $name }
presence-viewing = { $name } at { $desk } has this case open
presence-writing = { $name } at { $desk } is writing a reply
presence-here-short = { $name } at { $desk }
presence-writing-short = { $name } at { $desk } is writing
desk-shortcut-saved-replies = In an answer: put in a saved reply (or / at the start of a line)
desk-whats-new-notes =
    Saved replies: the shop’s answers in every language, filled in from the case with Ctrl+K in an answer.
    See who else has a case open at another desk, and who is writing a reply; an answer waits if a colleague answered first.
    Casebook installs like any other app: packages for Debian, Ubuntu, Fedora and openSUSE, with the casebook command for the terminal.
    One command makes a Debian or Ubuntu machine the shop’s server: casebook server setup.
    Personal passcodes, and an owner’s approval for the owner’s tools.
case-event-case-renamed = Renamed the case
case-rename = Rename
case-rename-hint = Rename this case (F2)
case-rename-label = What this case is about
desk-shortcut-case-rename = On a case: rename it
