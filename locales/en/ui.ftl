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
