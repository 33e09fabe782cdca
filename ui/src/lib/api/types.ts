// Generated from the Rust types by tests/bindings.rs. Do not edit by hand:
// run `make bindings` after changing a type that crosses IPC.

export type ErrorCode = "invalid_input" | "not_found" | "duplicate_customer" | "conflict" | "not_allowed" | "passcode_needed" | "newer_database" | "not_a_casebook_database" | "corrupt_database" | "already_open" | "busy" | "disk_full" | "read_only" | "io" | "unavailable" | "server_refused" | "storage" | "internal";

export type MsgArg = number | string | MsgRef;

export type MsgRef = { key: string, args: { [key in string]: MsgArg }, };

export type ApiError = { code: ErrorCode, key: string, args: { [key in string]: MsgArg }, message: string, field?: string, };

export type Lang = "en" | "nl" | "de" | "fr" | "es";

export type LocaleChoice = { 
/**
 * One of Casebook's languages: "en", "nl", "de", "fr", "es".
 */
language: string, 
/**
 * A BCP-47 locale for dates and numbers: "nl-NL", "en-GB", "de-CH".
 */
region: string, };

export type LocaleSettings = { 
/**
 * The shop's choice, if the owner made one.
 */
shop: LocaleChoice | null, 
/**
 * This desk's own choice, if made.
 */
desk: LocaleChoice | null, 
/**
 * What the computer says.
 */
system: LocaleChoice, 
/**
 * What applies here: the desk's, else the shop's, else the computer's.
 */
effective: LocaleChoice, };

export type Channel = "walk_in" | "phone" | "email" | "chat" | "other";

export type CaseStatus = "open" | "waiting" | "resolved" | "closed";

export type Priority = "low" | "normal" | "high" | "urgent";

export type StaffRole = "staff" | "lead" | "owner";

export type PasscodeAsk = "never" | "owner_tools" | "always";

export type PasscodeRule = { ask: PasscodeAsk, 
/**
 * The fewest digits a passcode may have (4 to 8).
 */
min_digits: number, 
/**
 * With `always`, the desk locks after this many idle minutes (0: never).
 */
lock_minutes: number, 
/**
 * Whether the reports are an owner's tool too.
 */
reports_owner_only: boolean, };

export type RuleEdit = { ask?: PasscodeAsk, min_digits?: number, lock_minutes?: number, reports_owner_only?: boolean, };

export type SignInTries = { staff_id: string, name: string, 
/**
 * Wrong tries in a row.
 */
failures: bigint, 
/**
 * The last one (Unix ms).
 */
last_at: bigint, 
/**
 * Until when the field waits (Unix ms; in the past: no wait).
 */
wait_until: bigint, };

export type CallDirection = "inbound" | "outbound";

export type EntryKind = "customer_message" | "reply" | "note" | "call" | "visit";

export type MatchField = "name" | "phone" | "email" | "organisation";

export type Staff = { id: string, name: string, role: StaffRole, active: boolean, 
/**
 * The record this one was merged into (the same person added twice):
 * it is off the list, and the history still names it.
 */
merged_into?: string, 
/**
 * Whether they have a passcode (never the passcode or its hash).
 */
has_passcode: boolean, };

export type NewStaff = { name: string, role: StaffRole, };

export type Customer = { id: string, name: string, phones: Array<string>, emails: Array<string>, organisation: string, segment: string, notes: string, 
/**
 * The language they are written to in ("en", "nl", …); empty: the shop's.
 * It picks the version of a saved reply they get.
 */
language: string, created_at: string, updated_at: string, last_contact_at: string | null, open_cases: number, total_cases: number, };

export type NewCustomer = { name: string, phones: Array<string>, emails: Array<string>, organisation: string, segment: string, notes: string, };

export type CustomerPatch = { name?: string, phones?: Array<string>, emails?: Array<string>, organisation?: string, segment?: string, notes?: string, 
/**
 * "en", "nl", "de", "fr" or "es"; empty for the shop's language.
 */
language?: string, };

export type CustomerMatch = { id: string, name: string, organisation: string, phones: Array<string>, emails: Array<string>, open_cases: number, last_contact_at: string | null, matched_on: MatchField, };

export type CaseSummary = { id: string, customer_id: string, customer_name: string, subject: string, channel: Channel, status: CaseStatus, priority: Priority, owner_id: string | null, owner_name: string | null, opened_at: string, updated_at: string, 
/**
 * Since when the customer has been waiting for us; `None` when we have
 * answered their latest message.
 */
waiting_since: string | null, 
/**
 * The target this case must meet next; `None` when nothing is running
 * (waiting on the customer, resolved or closed).
 */
due: DueInfo | null, };

export type CaseDetail = { case: CaseSummary, customer: Customer, 
/**
 * The customer's other open cases, so nobody opens a third about the same bike.
 */
other_open_cases: Array<CaseSummary>, 
/**
 * The latest handoff of this case, with its brief: shown at the top.
 */
latest_handoff: Handoff | null, context: CustomerContext, 
/**
 * Every escalation of this case, newest first.
 */
escalations: Array<Escalation>, 
/**
 * The customer's latest score for this case.
 */
satisfaction: Satisfaction | null, 
/**
 * Every promise made to the customer (the newest 50), open or closed: how
 * the promises in a brief written earlier stand now.
 */
promises: Array<PromiseItem>, 
/**
 * The customer was forgotten: nothing more is written on this case.
 */
forgotten: boolean, };

export type QueuePage = { cases: Array<CaseSummary>, 
/**
 * Pass back to get the next page; `None` on the last page.
 */
next_cursor: string | null, total: number, };

export type FieldChange = { field: string, from: string, to: string, };

export type Contact = { display: string, key: string, };

export type TimelineEntry = { id: string, at: string, desk_id: string, staff_id: string | null, staff_name: string | null, customer_id: string | null, case_id: string | null, case_subject: string | null, payload: EventPayload, };

export type TimelinePage = { entries: Array<TimelineEntry>, next_cursor: string | null, };

export type CustomerChoice = { "type": "existing", id: string, } | { "type": "new", customer: NewCustomer, 
/**
 * Set only after the person has seen the matching customers and still
 * wants a separate record.
 */
allow_duplicate: boolean, };

export type NewInteraction = { customer: CustomerChoice, subject: string, channel: Channel, priority: Priority, owner_id: string | null, 
/**
 * What the customer told us, in their words. Optional: a case can start from
 * a note or an outgoing call.
 */
message: string | null, 
/**
 * For a new customer: their answers to the three questions (what keeps
 * their business, what we must never do, how to recover).
 */
expectations?: Expectations, };

export type NewEntry = { case_id: string, kind: EntryKind, body: string, 
/**
 * For calls only; defaults to inbound.
 */
direction?: CallDirection, };

export type CaseUpdate = { case_id: string, status?: CaseStatus, priority?: Priority, 
/**
 * `Some(None)` unassigns; leave out to keep the owner.
 */
owner_id?: string | null, };

export type Draft = { case_id: string, kind: EntryKind, body: string, 
/**
 * A reply by mail's addresses as typed (empty: the customer's).
 */
to: string, 
/**
 * When it was last kept (set by the desk; ignored when keeping).
 */
saved_at?: string, };

export type DeskInfo = { desk_id: string, db_path: string, schema_version: number, staff: number, customers: number, cases: number, events: number, 
/**
 * No staff yet: the app offers the demo shop or a first staff member.
 */
first_run: boolean, current_staff_id: string | null, 
/**
 * Whether the person at the desk proved it with their passcode and the
 * desk has not locked since.
 */
signed_in: boolean, 
/**
 * When the shop asks for a passcode.
 */
passcodes: PasscodeRule, 
/**
 * The shop's time zone: due times are shown in it, whatever the computer's.
 */
time_zone: string, };

export type ChangeSet = { customers: Array<string>, cases: Array<string>, 
/**
 * The event kinds written (`reply`, `promise_made`, …), each once: the
 * window's `EventKind` union (every event payload's kind).
 */
kinds: Array<EventKind>, staff: boolean, 
/**
 * Opening hours, targets or the root causes changed.
 */
settings: boolean, 
/**
 * Reload everything (a restore, an import, the demo shop).
 */
everything: boolean, 
/**
 * The window's own id for the request whose write this is
 * ([`Db::write_for`](super::Db::write_for)), so the window knows its own
 * writes without guessing; none for another desk's events, the mailbox
 * and anything else not asked for by the window.
 */
request: string | null, };

export type DeskStatus = { 
/**
 * Open cases past their due time.
 */
overdue: number, 
/**
 * Why desktop notifications could not be shown, if they could not.
 */
notifications_error: string | null, };

export type WhatsNew = { 
/**
 * The version running now.
 */
version: string, 
/**
 * The version this desk ran before; `None` for one from before desks
 * recorded their version.
 */
previous: string | null, };

export type OpenInterval = { start: string, end: string, };

export type WeekHours = { monday: Array<OpenInterval>, tuesday: Array<OpenInterval>, wednesday: Array<OpenInterval>, thursday: Array<OpenInterval>, friday: Array<OpenInterval>, saturday: Array<OpenInterval>, sunday: Array<OpenInterval>, };

export type Holiday = { 
/**
 * YYYY-MM-DD. For a yearly holiday the year is that of its first occurrence.
 */
date: string, name: string, yearly: boolean, };

export type CalendarSpec = { 
/**
 * An IANA time zone, e.g. "Europe/Amsterdam".
 */
time_zone: string, week: WeekHours, holidays: Array<Holiday>, };

export type DayHours = { day: string, hours: Array<OpenInterval>, };

export type Target = "first_response" | "next_response" | "resolution" | "promise";

export type Targets = { first_response: number, next_response: number, resolution: number, };

export type TargetPolicy = { urgent: Targets, high: Targets, normal: Targets, low: Targets, };

export type DueInfo = { target: Target, at: string, 
/**
 * True once the due time has passed (by the clock on the wall).
 */
overdue: boolean, 
/**
 * Business minutes until the due time, or since it when overdue.
 */
business_minutes: number, 
/**
 * Not yet due: the shop's open days from tomorrow up to the due day (0
 * when it is due today). "1 day" of business minutes on a Sunday can be
 * Wednesday; this says "3 shop days".
 */
shop_days: number, };

export type ResponseSettings = { calendar: CalendarSpec, targets: TargetPolicy, 
/**
 * Desk-local: how long before a due time this desk warns.
 */
lead_minutes: number, };

export type DuePreview = { priority: Priority, first_response_at: string, resolution_at: string, };

export type TimeCheck = { open: boolean, 
/**
 * The holiday that day, by name ("" when it has none).
 */
holiday: string | null, 
/**
 * When the shop next opens, if it is closed then.
 */
next_open: string | null, };

export type PromiseStatus = "open" | "kept" | "broken";

export type PromiseItem = { id: string, case_id: string, case_subject: string, customer_id: string, customer_name: string, text: string, owner_id: string | null, owner_name: string | null, made_by_name: string | null, made_at: string, due_at: string, status: PromiseStatus, closed_at: string | null, recovery: string | null, 
/**
 * Open and past its due time.
 */
overdue: boolean, };

export type NewPromise = { case_id: string, 
/**
 * What we promised, e.g. "Call back with the quote".
 */
text: string, due_at: string, 
/**
 * Who keeps it; defaults to the person recording it.
 */
owner_id: string | null, };

export type PromiseOutcome = { promise_id: string, kept: boolean, 
/**
 * Required when broken.
 */
recovery: string | null, };

export type PromisesPage = { promises: Array<PromiseItem>, next_cursor: string | null, total: number, };

export type KeptRate = { from: string, to: string, kept: number, broken: number, 
/**
 * Due in the period, still open and past due: broken unless kept soon.
 */
open_overdue: number, 
/**
 * kept / (kept + broken), `None` when nothing was closed.
 */
rate: number | null, };

export type Expectations = { preferred_channel: Channel | null, 
/**
 * When to reach them, e.g. "after 17:00 on weekdays".
 */
contact_hours: string, 
/**
 * The turnaround they expect, e.g. "same day".
 */
turnaround: string, 
/**
 * What we must do to keep their business.
 */
always_do: string, 
/**
 * What we must never do.
 */
never_do: string, 
/**
 * If we get it wrong once, what they expect from us.
 */
recovery: string, notes: string, };

export type KeyFact = { event_id: string, text: string, case_subject: string | null, pinned_by_name: string | null, pinned_at: string, };

export type ComplaintStatus = "open" | "closed";

export type Complaint = { id: string, customer_id: string, customer_name: string, case_id: string, case_subject: string, 
/**
 * The event flagged, if the complaint is about one entry.
 */
event_id: string | null, summary: string, status: ComplaintStatus, opened_at: string, opened_by_name: string | null, closed_at: string | null, what_changed: string | null, customer_told: boolean | null, };

export type NewComplaint = { case_id: string, 
/**
 * Flag one entry of the case, or leave out to flag the case as a whole.
 */
event_id?: string, 
/**
 * What the complaint is about, in a sentence.
 */
summary: string, };

export type CustomerContext = { expectations: Expectations, key_facts: Array<KeyFact>, open_promises: Array<PromiseItem>, complaints: Array<Complaint>, };

export type BriefPart = "their_words" | "tried" | "promises" | "expectations" | "complaints";

export type BriefSection = { part: BriefPart, title: string, lines: Array<string>, };

export type Brief = { sections: Array<BriefSection>, 
/**
 * In the words of the person handing off: what to do next.
 */
note: string, };

export type HandoffInput = { case_id: string, to_staff_id: string, brief: Brief, };

export type Handoff = { event_id: string, case_id: string, case_subject: string, customer_name: string, at: string, from_id: string | null, from_name: string | null, to_id: string, to_name: string, brief: Brief, seen: boolean, };

export type Segment = { text: string, hit: boolean, };

export type SearchQuery = { text: string, status?: CaseStatus, 
/**
 * Entries written by, and cases owned by, this staff member.
 */
staff_id?: string, from?: string, to?: string, 
/**
 * The next page of entries (customers and cases come with the first page).
 */
cursor?: string, };

export type CustomerHit = { id: string, name: Array<Segment>, detail: string, open_cases: number, };

export type CaseHit = { id: string, subject: Array<Segment>, customer_name: string, status: CaseStatus, opened_at: string, };

export type EntryHit = { event_id: string, kind: string, at: string, staff_name: string | null, customer_id: string, customer_name: string, case_id: string, case_subject: string, snippet: Array<Segment>, };

export type SearchResults = { customers: Array<CustomerHit>, cases: Array<CaseHit>, 
/**
 * Conversation entries, newest first.
 */
entries: Array<EntryHit>, next_cursor: string | null, 
/**
 * When nothing matched: searches for the nearest words the history holds
 * ("kowalski" for "Kowalsky"), the best first.
 */
other_searches?: Array<string>, };

export type BackupKind = "auto" | "manual" | "before-restore";

export type BackupInfo = { path: string, file_name: string, taken_at: string, kind: BackupKind, size_kb: number, schema_version: number, customers: number, cases: number, events: number, 
/**
 * Attached files it refers to (kept beside it, in `attachments/`).
 */
files: number, };

export type RestoreReport = { restored: BackupInfo, 
/**
 * Where the history that was replaced is kept.
 */
previous: BackupInfo, };

export type ExportReport = { folder: string, events: number, customers: number, cases: number, 
/**
 * Attached files carried along.
 */
files: number, 
/**
 * Files the history refers to that were not on this desk to export.
 */
files_missing: number, };

export type ImportReport = { 
/**
 * Events new to this database.
 */
added: number, 
/**
 * Events it already had (from an earlier import, or its own).
 */
already_there: number, 
/**
 * Whether the shop's calendar and targets were taken from the export (only
 * into an empty database: an existing shop keeps its own).
 */
settings_taken: boolean, 
/**
 * Events kept but not applied: a kind only a newer Casebook knows, a
 * payload that cannot be read, a case the history never opened. They
 * stay in the log, in their place (see Desks & sync).
 */
set_aside: number, 
/**
 * On a desk of a shop: events other desks wrote that this desk now
 * offers the shop's server at its next sync (the server takes those no
 * active desk of the shop can send itself; see Desks & sync).
 */
carried: number, };

export type ExportInfo = { folder: string, name: string, exported_at: string, desk_id: string, events: number, customers: number, cases: number, };

export type CustomerExportReport = { folder: string, 
/**
 * The page to read or print (`customer.html`).
 */
readable: string, 
/**
 * The same in JSON, for another program (`customer.json`).
 */
data: string, cases: number, entries: number, files: number, };

export type Forgotten = { customer_id: string, 
/**
 * The number the customer is shown by now ("#04821").
 */
number: string, at: string, by: string | null, reason: string, };

export type Retention = { 
/**
 * The rule in force (`None`: customers are kept until forgotten by hand).
 */
years: number | null, 
/**
 * The rule the list is for.
 */
asked: number | null, 
/**
 * The first of those it would forget now, longest without contact first.
 */
due: Array<DueCustomer>, due_total: number, };

export type DueCustomer = { id: string, name: string, 
/**
 * Their last contact with the shop (or when they were added, if none).
 */
last_contact_at: string, cases: number, };

export type CsvField = "ignore" | "name" | "phone" | "email" | "organisation" | "segment" | "notes" | "subject" | "channel" | "status" | "priority" | "opened" | "message";

export type CsvSource = { 
/**
 * The file's name, for messages; never used as a path.
 */
name: string, 
/**
 * The file's bytes, base64.
 */
data: string, 
/**
 * The text encoding to read it in (a label such as `windows-1252`);
 * leave out to detect it.
 */
encoding?: string, 
/**
 * The row that holds the column headings (1 is the first row); leave out
 * to find it.
 */
header_row?: number, 
/**
 * For a workbook: the sheet to read; leave out for the first.
 */
sheet?: string, };

export type CsvLine = { line: number, cells: Array<string>, };

export type CsvColumn = { heading: string, field: CsvField, 
/**
 * Why: "heading", "values" (recognised by what the column holds), or
 * "unknown" (not used unless a field is chosen).
 */
reason: string, };

export type CsvInspection = { 
/**
 * What the file is: `csv`, `xlsx`, `xls` or `ods`.
 */
format: string, 
/**
 * The encoding it was read in (`UTF-8`, `windows-1252`, …); empty for a workbook.
 */
encoding: string, 
/**
 * Whether the encoding was found by looking (not chosen, nor marked in the file).
 */
encoding_guessed: boolean, 
/**
 * The separator found: `,`, `;`, a tab or `|` (empty for a workbook).
 */
delimiter: string, 
/**
 * A workbook's sheets; the first is read unless another is chosen.
 */
sheets: Array<string>, sheet: string | null, 
/**
 * The row holding the headings (1 is the first row of the file).
 */
header_row: number, 
/**
 * Whether that row was found (or chosen); `false`: Casebook could not
 * tell, the first row stands in, and the person picks from `top`.
 */
header_found: boolean, 
/**
 * The first rows of the file, to pick the heading row from.
 */
top: Array<CsvLine>, columns: Array<CsvColumn>, 
/**
 * The field of each column (as `columns`), ready to send back.
 */
mapping: Array<CsvField>, 
/**
 * Data rows below the headings.
 */
rows: number, sample: Array<Array<string>>, 
/**
 * Control characters taken out of cells (the rows import without them).
 */
left_out?: Array<CsvLeftOut>, };

export type CsvRequest = { source: CsvSource, mapping: Array<CsvField>, };

export type CsvProblem = { line: number, message: string, };

export type CsvLeftOut = { 
/**
 * The row number the spreadsheet shows.
 */
line: number, 
/**
 * The column's heading (or its number, counting from 1, when it has none).
 */
column: string, count: number, };

export type CsvRowPreview = { line: number, name: string, contact: string, 
/**
 * The customer this row was matched to, by phone or email, if any.
 */
existing: string | null, 
/**
 * Contacts this row adds to the customer it matched.
 */
adds: Array<string>, 
/**
 * The case this row opens, if any.
 */
subject: string | null, };

export type CsvReport = { rows: number, new_customers: number, 
/**
 * Rows that belong to a customer already known (in the database, or
 * earlier in the file), matched by phone or email.
 */
matched_customers: number, 
/**
 * Known customers who get a phone number or email they did not have
 * (each recorded as an edit of their profile).
 */
updated_customers: number, cases: number, 
/**
 * Every problem found, up to [`MAX_PROBLEMS`]; `problem_count` has them all.
 */
problems: Array<CsvProblem>, problem_count: number, sample: Array<CsvRowPreview>, 
/**
 * Whether the rows were written. Never true when there are problems.
 */
imported: boolean, 
/**
 * Control characters taken out of cells (the rows import without them).
 */
left_out?: Array<CsvLeftOut>, };

export type ComplaintClosing = { complaint_id: string, 
/**
 * What we changed so it does not happen again.
 */
what_changed: string, 
/**
 * Whether we told the customer what we changed.
 */
customer_told: boolean, };

export type ComplaintsPage = { complaints: Array<Complaint>, open: number, closed: number, };

export type EscalationStatus = "open" | "closed";

export type Escalation = { id: string, case_id: string, case_subject: string, customer_id: string, customer_name: string, to_id: string, to_name: string, 
/**
 * The root cause, from the shop's list.
 */
cause: string, note: string, status: EscalationStatus, opened_at: string, opened_by_name: string | null, closed_at: string | null, closed_by_name: string | null, what_changed: string | null, };

export type NewEscalation = { case_id: string, 
/**
 * The owner or a shift lead.
 */
to_staff_id: string, 
/**
 * One of the shop's root causes.
 */
cause: string, 
/**
 * What happened, in a few sentences.
 */
note: string, };

export type EscalationClosing = { escalation_id: string, 
/**
 * What changed so it does not happen again.
 */
what_changed: string, };

export type EscalationsPage = { escalations: Array<Escalation>, open: number, closed: number, };

export type Satisfaction = { case_id: string, score: number, comment: string, at: string, by_name: string | null, };

export type NewSatisfaction = { case_id: string, 
/**
 * 1 (very unhappy) to 5 (very happy).
 */
score: number, comment: string, };

export type OutreachOutcome = "reached" | "left_message" | "no_answer" | "wrong_number";

export type OutreachCandidate = { customer_id: string, name: string, organisation: string, segment: string, phones: Array<string>, 
/**
 * Our last contact with them (or when they were added, if never).
 */
last_contact_at: string, days_since_contact: number, 
/**
 * The last outreach call that did not reach them, if any.
 */
last_tried_at: string | null, last_outcome: OutreachOutcome | null, };

export type OutreachList = { days: number, customers: Array<OutreachCandidate>, 
/**
 * How many customers match in all (the list may be cut short).
 */
total: number, };

export type OutreachSampleRequest = { 
/**
 * Not contacted for at least this many days (and not tried in that time).
 */
days: number, count: number, seed: number, };

export type NewOutreachCall = { customer_id: string, outcome: OutreachOutcome, 
/**
 * What was said, or why not.
 */
note: string, };

export type ReportName = "fairness" | "attainment" | "promises" | "escalations" | "complaints" | "satisfaction";

export type Period = "day" | "week" | "month";

export type ReportRequest = { name: ReportName, from: string, to: string, };

export type Cell = number | string | null;

export type ReportColumn = { key: string, label: string, };

export type ReportTable = { key: string, title: string, columns: Array<ReportColumn>, rows: Array<Array<Cell>>, };

export type Report = { name: ReportName, title: string, from: string, to: string, period: Period, 
/**
 * What the figures say, in sentences (e.g. which segment waits longer).
 */
findings: Array<string>, tables: Array<ReportTable>, };

export type DuplicateReason = "same_phone" | "same_email" | "same_name";

export type DuplicateSide = { id: string, name: string, organisation: string, phones: Array<string>, emails: Array<string>, total_cases: number, created_at: string, };

export type DuplicatePair = { first: DuplicateSide, second: DuplicateSide, reasons: Array<DuplicateReason>, };

export type MergeRecord = { 
/**
 * The merge's event id: what undoing it names.
 */
merge_id: string, other_id: string, other_name: string, at: string, by_name: string | null, };

export type FileKind = "photo" | "pdf" | "other";

export type FileRef = { 
/**
 * The attachment's own id (removing or erasing it names this).
 */
id: string, 
/**
 * The content's SHA-256: where the file is kept.
 */
hash: string, 
/**
 * The name it was attached under, shown as typed and never used as a path.
 */
name: string, mime: string, kind: FileKind, 
/**
 * Opening it could run code: the app warns first.
 */
risky: boolean, size: number, 
/**
 * A photo's size the right way up, if it could be read.
 */
width: number | null, height: number | null, };

export type StagedFile = { hash: string, name: string, mime: string, kind: FileKind, risky: boolean, size: number, width: number | null, height: number | null, };

export type Attachment = { id: string, 
/**
 * The entry it is attached to.
 */
event_id: string, customer_id: string, case_id: string | null, hash: string, name: string, mime: string, kind: FileKind, risky: boolean, size: number, width: number | null, height: number | null, added_at: string, added_by: string | null, 
/**
 * Erased for privacy: when, and why. Its content is gone.
 */
erased_at: string | null, erased_reason: string | null, 
/**
 * Its content is here and intact (a file deleted or damaged on disk, or
 * one still on its way from another desk, is `false`).
 */
present: boolean, };

export type ServerAddress = { host: string, port: number, 
/**
 * The PostgreSQL database that holds the shop.
 */
dbname: string, 
/**
 * Encrypt the connection even to this computer (127.0.0.1, ::1,
 * localhost). A server anywhere else is always reached encrypted, with
 * its certificate checked against the host name.
 */
tls: boolean, 
/**
 * A certificate authority (PEM) the server's certificate may be signed
 * by, trusted besides the computer's own list: for a shop that made its
 * own certificate.
 */
ca_pem?: string, };

export type SyncConfig = { server: ServerAddress, shop_id: string, shop_name: string, 
/**
 * This desk's id on the server: the id its events are written with.
 */
desk_id: string, 
/**
 * The PostgreSQL role this desk logs in as.
 */
role: string, 
/**
 * This desk's name in the shop ("Counter", "Workshop").
 */
desk_name: string, };

export type ServerDesk = { id: string, name: string, invited_at: string, 
/**
 * When it joined with its code (the first desk joins as it creates the shop).
 */
joined_at: string | null, 
/**
 * Its last sync or heartbeat.
 */
last_seen: string | null, 
/**
 * Its clock minus the server's at its last heartbeat, in milliseconds.
 */
clock_offset_ms: number | null, 
/**
 * When the owner withdrew its access.
 */
revoked_at: string | null, };

export type SyncState = { "state": "alone" } | { "state": "connecting" } | { "state": "in_sync" } | { "state": "sending", waiting: number, } | { "state": "receiving", received: number, } | { "state": "offline", since: string, waiting: number, reason: string, } | { "state": "problem", message: string, };

export type SyncStatus = { shop_name: string | null, 
/**
 * The server, as `host:port`.
 */
server: string | null, last_synced_at: string | null, 
/**
 * This desk's clock minus the server's, at the last heartbeat.
 */
clock_offset_ms: number | null, 
/**
 * The clock is further off than five minutes: the person should fix it.
 */
clock_wrong: boolean, } & ({ "state": "alone" } | { "state": "connecting" } | { "state": "in_sync" } | { "state": "sending", waiting: number, } | { "state": "receiving", received: number, } | { "state": "offline", since: string, waiting: number, reason: string, } | { "state": "problem", message: string, });

export type Pushed = { 
/**
 * Events the server did not have.
 */
added: number, 
/**
 * Events it already held, identical (a push repeated after a lost answer).
 */
already_there: number, };

export type SyncReport = { 
/**
 * This desk's events the server took (or already had).
 */
pushed: number, 
/**
 * Events from other desks applied here.
 */
pulled: number, 
/**
 * Customers whose events were applied again because some arrived late.
 */
customers_rederived: number, 
/**
 * The highest clock value received, for spotting a clock far ahead.
 */
highest_hlc: number, 
/**
 * This desk's events given new clock values because the server found
 * its clock too far ahead.
 */
restamped: number, 
/**
 * Other desks' events this desk brought the server (from an import).
 */
carried: number, 
/**
 * Other desks' events still held here for their own desk to send.
 */
carried_waiting: number, 
/**
 * Other desks' events the server refused for good.
 */
carried_refused: number, };

export type JoinCodeMade = { code: string, expires_at: string, };

export type ShopSealed = { sealed: number, 
/**
 * Holds the shop's key: show it, keep it nowhere.
 */
key_code: string, };

export type SetAsideReason = "unknown_kind" | "damaged" | "refers_to_nothing" | "not_allowed";

export type SetAside = { desk_id: string, reason: SetAsideReason, count: number, 
/**
 * The kinds among them (for "needs a newer Casebook": which features).
 */
kinds: Array<string>, 
/**
 * Whom they were written as (for "not allowed": as whom a desk tried).
 */
authors: Array<string>, };

export type CarriedCount = { desk_id: string, count: number, };

export type MailAddress = { address: string, 
/**
 * The display name ("Ana Costa"), empty if the mail gave none.
 */
name: string, };

export type MailAttachment = { name: string, content_type: string, size: number, };

export type Noise = "auto_reply" | "bounce";

export type SentHow = "accepted" | "copy_found";

export type Mail = { 
/**
 * The Message-ID, without angle brackets (made up from the message's
 * bytes for a message that has none: `sha256:...`).
 */
message_id: string, 
/**
 * `None` for a message with no sender at all.
 */
from: MailAddress | null, reply_to: MailAddress | null, to: Array<MailAddress>, cc: Array<MailAddress>, subject: string, 
/**
 * The Date header, if it had a readable one.
 */
date: string | null, 
/**
 * What was written, as text: the new part only.
 */
text: string, 
/**
 * The quoted history below it (or the whole quoted reply chain), shown
 * on demand.
 */
quoted: string, attachments: Array<MailAttachment>, 
/**
 * The SHA-256 of the message's bytes, as kept on the mail desk.
 */
raw_hash: string, raw_size: number, in_reply_to: string | null, references: Array<string>, 
/**
 * Outlook's conversation, from its Thread-Index header (the first 22
 * bytes, in hex): threads a reply that names no earlier message, when it
 * comes from the same customer.
 */
thread_index?: string, noise: Noise | null, 
/**
 * For a bounce: the Message-ID of the mail that bounced, if it says.
 */
bounce_of: string | null, 
/**
 * For a bounce: the receiving server's words.
 */
problem: string | null, 
/**
 * For a bounce of one of our replies: that reply's event.
 */
bounced: string | null, 
/**
 * Mail from before the mailbox was connected: history, so it starts no
 * clock and opens no case in the queue.
 */
history: boolean, };

export type OutgoingMail = { 
/**
 * Without angle brackets; derived from the event's id.
 */
message_id: string, 
/**
 * The shop's address, as the desk that wrote it had it. The mail desk
 * sends only if it is its own address, and always from its own.
 */
from: string, to: Array<string>, subject: string, body: string, in_reply_to: string | null, references: Array<string>, 
/**
 * The addresses of `to` a person typed into the reply; the others are
 * the customer's own. Only these may go to someone the customer's
 * history does not know. Left out when none were typed (and in replies
 * from before it was kept).
 */
typed?: Array<string>, };

export type MailRefusal = "not_shop_address" | "not_customers_case" | "stranger_address" | "not_an_address" | "no_recipient";

export type Security = "tls" | "starttls" | "plain";

export type MailSettings = { 
/**
 * The shop's address, which customers write to.
 */
address: string, 
/**
 * The sign-in name (usually the address).
 */
username: string, imap_host: string, imap_port: number, imap_security: Security, smtp_host: string, smtp_port: number, smtp_security: Security, 
/**
 * A certificate authority (PEM) the servers' certificates may be signed
 * by, trusted besides the computer's own list.
 */
ca_pem?: string, 
/**
 * This desk's name, as other desks are told ("Mail is handled by …").
 */
desk_name: string, 
/**
 * How often to look for new mail when the server cannot say at once (no IDLE).
 */
poll_secs: number, 
/**
 * How long a reply whose send was cut short waits for its copy to show
 * up in the mailbox before it is tried again.
 */
unknown_wait_secs: number, };

export type ServerGuess = { imap_host: string, imap_port: number, imap_security: Security, smtp_host: string, smtp_port: number, smtp_security: Security, 
/**
 * The provider's name, when it is one we know; `None` for a guess from
 * the domain alone.
 */
provider: string | null, 
/**
 * What the owner needs to know (an app password, where to make it).
 */
note: string, };

export type ShopMailbox = { address: string, desk_id: string, desk_name: string, connected_at: string, };

export type UnfiledMail = { event_id: string, at: string, 
/**
 * The sender's address and name, or empty.
 */
from: string, subject: string, text: string, noise: Noise | null, };

export type MailboxInfo = { shop: ShopMailbox | null, 
/**
 * This desk is the one that fetches and sends.
 */
this_desk: boolean, 
/**
 * This desk's server settings, if it is the mail desk.
 */
settings: MailSettings | null, waiting: number, failed: number, unfiled: Array<UnfiledMail>, };

export type OutboxStatus = "waiting" | "sent" | "failed";

export type OutboxItem = { reply_id: string, case_id: string, customer_id: string, customer_name: string, to: Array<string>, subject: string, status: OutboxStatus, 
/**
 * The mail server's words at the last failed try.
 */
error: string | null, written_at: string, sent_at: string | null, 
/**
 * This desk's tries (on the mail desk only).
 */
tries: number, 
/**
 * When this desk tries again (on the mail desk only).
 */
next_try_at: string | null, };

export type MailState = { "state": "not_connected" } | { "state": "other_desk", desk_name: string, } | { "state": "connecting" } | { "state": "connected", idle: boolean, } | { "state": "offline", since: string, reason: string, } | { "state": "problem", message: string, };

export type MailStatus = { address: string | null, last_checked_at: string | null, } & ({ "state": "not_connected" } | { "state": "other_desk", desk_name: string, } | { "state": "connecting" } | { "state": "connected", idle: boolean, } | { "state": "offline", since: string, reason: string, } | { "state": "problem", message: string, });

export type PasswordKept = { "kept": "password_store" } | { "kept": "this_session_only", reason: string, };

export type TestStep = { ok: boolean, words: string, };

export type MailTest = { ok: boolean, steps: Array<TestStep>, 
/**
 * Connected: where the password is kept.
 */
password: PasswordKept | null, };

export type MailReplyInput = { case_id: string, body: string, 
/**
 * Whom it goes to, as the person gave them; empty for the customer (the
 * sender of their latest mail on the case, else their first address).
 * Addresses that are not the customer's are kept as typed by a person.
 */
to?: Array<string>, };

export type ReplyText = { 
/**
 * "en", "nl", "de", "fr" or "es".
 */
language: string, 
/**
 * The words, with placeholders as `{first_name}`.
 */
body: string, };

export type ReplyUse = { staff_id: string, staff_name: string | null, uses: number, last_at: string, };

export type SavedReply = { id: string, name: string, 
/**
 * The shop's: only an owner changes or removes it.
 */
shop: boolean, 
/**
 * Its versions, by language code.
 */
texts: Array<ReplyText>, created_by_name: string | null, updated_at: string, 
/**
 * How often it was put into an answer, by anyone.
 */
uses: number, 
/**
 * Who used it, the most first.
 */
used_by: Array<ReplyUse>, };

export type NewSavedReply = { name: string, 
/**
 * The shop's (an owner's to mark).
 */
shop: boolean, texts: Array<ReplyText>, };

export type SavedReplyPatch = { reply_id: string, name?: string, shop?: boolean, texts: Array<ReplyText>, };

export type UseSavedReply = { reply_id: string, case_id: string, 
/**
 * The version to use; the customer's language when left out.
 */
language?: string, };

export type Gap = { 
/**
 * The placeholder's key (`first_name`).
 */
placeholder: string, start: number, end: number, };

export type FilledReply = { reply_id: string, name: string, 
/**
 * The version used.
 */
language: string, text: string, gaps: Array<Gap>, };

export type SavedReplies = { replies: Array<SavedReply>, 
/**
 * How many there are in all (not removed), found or not.
 */
total: number, shop_name: string | null, };

export type LogMark = number;

export type CaseNews = { mark: LogMark, entries: Array<TimelineEntry>, };

export type Here = { case_id: string | null, writing: boolean, };

export type Presence = { desk_id: string, desk_name: string, staff_name: string, case_id: string, 
/**
 * Writing an answer on it now.
 */
writing: boolean, };

export type StaffEvent = { "kind": "staff_added", staff_id: string, name: string, role: StaffRole, } | { "kind": "staff_updated", staff_id: string, changes: Array<FieldChange>, } | { "kind": "staff_merged", staff_id: string, into: string, name: string, } | { "kind": "shop_locale_set", language: string | null, region: string | null, } | { "kind": "passcode_set", staff_id: string, hash: string | null, } | { "kind": "passcodes_edited", ask?: PasscodeAsk, min_digits?: number, lock_minutes?: number, reports_owner_only?: boolean, } | { "kind": "recovery_code_set", hash: string, } | { "kind": "retention_set", years: number | null, };

export type HoursEvent = { "kind": "calendar_changed", calendar: CalendarSpec, } | { "kind": "calendar_edited", time_zone?: string, days: Array<DayHours>, holidays_added: Array<Holiday>, holidays_removed: Array<string>, } | { "kind": "targets_changed", targets: TargetPolicy, };

export type CustomerEvent = { "kind": "customer_created", name: string, phones: Array<Contact | string>, emails: Array<Contact | string>, organisation: string, segment: string, notes: string, } | { "kind": "customer_updated", changes: Array<FieldChange>, } | { "kind": "customer_edited", changes: Array<FieldChange>, phones_added: Array<Contact>, phones_removed: Array<Contact>, emails_added: Array<Contact>, emails_removed: Array<Contact>, } | { "kind": "expectations_changed", changes: Array<FieldChange>, } | { "kind": "customer_forgotten", ids: Array<string>, reason: string, };

export type CaseEvent = { "kind": "case_opened", subject: string, channel: Channel, priority: Priority, owner_id: string | null, } | { "kind": "customer_message", body: string, channel: Channel, } | { "kind": "reply", body: string, channel: Channel, } | { "kind": "note", body: string, } | { "kind": "call", body: string, direction: CallDirection, } | { "kind": "visit", body: string, } | { "kind": "status_changed", from: CaseStatus, to: CaseStatus, reason: string | null, } | { "kind": "assignment_changed", from: string | null, to: string | null, } | { "kind": "priority_changed", from: Priority, to: Priority, } | { "kind": "case_renamed", subject: string, };

export type TellEvent = { "kind": "handoff", from: string | null, to: string, brief: Brief, 
/**
 * The sender's open promises on this case, now the receiver's to keep.
 */
moved_promises: Array<string>, } | { "kind": "promise_made", promise_id: string, text: string, due_at: string, owner_id: string | null, } | { "kind": "promise_kept", promise_id: string, text: string, } | { "kind": "promise_broken", promise_id: string, text: string, recovery: string, } | { "kind": "fact_pinned", event_id: string, text: string, } | { "kind": "fact_unpinned", event_id: string, text: string, } | { "kind": "complaint_flagged", complaint_id: string, event_id: string | null, summary: string, } | { "kind": "complaint_closed", complaint_id: string, what_changed: string, customer_told: boolean, };

export type LearnEvent = { "kind": "case_escalated", escalation_id: string, to: string, cause: string, note: string, } | { "kind": "escalation_closed", escalation_id: string, cause: string, what_changed: string, } | { "kind": "satisfaction_recorded", score: number, comment: string, } | { "kind": "outreach_call", outcome: OutreachOutcome, body: string, } | { "kind": "root_causes_changed", causes: Array<string>, } | { "kind": "root_causes_edited", added: Array<string>, removed: Array<string>, };

export type AttachmentEvent = { "kind": "files_attached", entry_id: string, files: Array<FileRef>, } | { "kind": "attachment_removed", attachment_id: string, name: string, } | { "kind": "attachment_erased", attachment_id: string, hash: string, reason: string, } | { "kind": "attachment_limit_changed", megabytes: number, };

export type MailEvent = { "kind": "mailbox_connected", address: string, desk_id: string, desk_name: string, } | { "kind": "mailbox_disconnected", address: string, } | { "kind": "mail_received", mail: Mail, } | { "kind": "mail_sent_elsewhere", mail: Mail, } | { "kind": "mail_reply", reply: OutgoingMail, } | { "kind": "mail_sent", reply_id: string, how: SentHow, } | { "kind": "mail_failed", reply_id: string, error: string, retrying: boolean, } | { "kind": "mail_retried", reply_id: string, } | { "kind": "mail_refused", reply_id: string, why: MailRefusal, address: string | null, reason: string, };

export type ReplyEvent = { "kind": "saved_reply_added", reply_id: string, name: string, shop: boolean, texts: Array<ReplyText>, } | { "kind": "saved_reply_edited", reply_id: string, name: string | null, shop: boolean | null, texts: Array<ReplyText>, } | { "kind": "saved_reply_removed", reply_id: string, } | { "kind": "saved_reply_used", reply_id: string, language: string, } | { "kind": "shop_named", name: string, };

export type DuplicateEvent = { "kind": "customers_merged", other: string, other_name: string, } | { "kind": "merge_undone", merge_id: string, other: string, } | { "kind": "not_duplicates", other: string, };

export type EventPayload = StaffEvent | HoursEvent | CustomerEvent | CaseEvent | TellEvent | LearnEvent | AttachmentEvent | MailEvent | ReplyEvent | DuplicateEvent;

export type EventKind = EventPayload['kind'] | 'event_set_aside';
