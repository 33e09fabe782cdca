// Generated from the Rust types by tests/bindings.rs. Do not edit by hand:
// run `make bindings` after changing a type that crosses IPC.

export type ErrorCode = "invalid_input" | "not_found" | "duplicate_customer" | "conflict" | "not_allowed" | "newer_database" | "not_a_casebook_database" | "corrupt_database" | "already_open" | "busy" | "disk_full" | "read_only" | "io" | "storage" | "internal";

export type ApiError = { code: ErrorCode, message: string, };

export type Channel = "walk_in" | "phone" | "email" | "chat" | "other";

export type CaseStatus = "open" | "waiting" | "resolved" | "closed";

export type Priority = "low" | "normal" | "high" | "urgent";

export type StaffRole = "staff" | "lead" | "owner";

export type CallDirection = "inbound" | "outbound";

export type EntryKind = "customer_message" | "reply" | "note" | "call" | "visit";

export type MatchField = "name" | "phone" | "email" | "organisation";

export type Staff = { id: string, name: string, role: StaffRole, active: boolean, };

export type NewStaff = { name: string, role: StaffRole, };

export type Customer = { id: string, name: string, phones: Array<string>, emails: Array<string>, organisation: string, segment: string, notes: string, created_at: string, updated_at: string, last_contact_at: string | null, open_cases: number, total_cases: number, };

export type NewCustomer = { name: string, phones: Array<string>, emails: Array<string>, organisation: string, segment: string, notes: string, };

export type CustomerPatch = { name?: string, phones?: Array<string>, emails?: Array<string>, organisation?: string, segment?: string, notes?: string, };

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
other_open_cases: Array<CaseSummary>, };

export type QueuePage = { cases: Array<CaseSummary>, 
/**
 * Pass back to get the next page; `None` on the last page.
 */
next_cursor: string | null, total: number, };

export type FieldChange = { field: string, from: string, to: string, };

export type EventPayload = { "kind": "customer_created", name: string, phones: Array<string>, emails: Array<string>, organisation: string, segment: string, notes: string, } | { "kind": "customer_updated", changes: Array<FieldChange>, } | { "kind": "case_opened", subject: string, channel: Channel, priority: Priority, owner_id: string | null, } | { "kind": "customer_message", body: string, channel: Channel, } | { "kind": "reply", body: string, channel: Channel, } | { "kind": "note", body: string, } | { "kind": "call", body: string, direction: CallDirection, } | { "kind": "visit", body: string, } | { "kind": "status_changed", from: CaseStatus, to: CaseStatus, reason: string | null, } | { "kind": "assignment_changed", from: string | null, to: string | null, } | { "kind": "priority_changed", from: Priority, to: Priority, } | { "kind": "staff_added", staff_id: string, name: string, role: StaffRole, } | { "kind": "staff_updated", staff_id: string, changes: Array<FieldChange>, } | { "kind": "calendar_changed", calendar: CalendarSpec, } | { "kind": "targets_changed", targets: TargetPolicy, };

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
message: string | null, };

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

export type DeskInfo = { desk_id: string, db_path: string, schema_version: number, staff: number, customers: number, cases: number, events: number, 
/**
 * No staff yet: the app offers the demo shop or a first staff member.
 */
first_run: boolean, current_staff_id: string | null, 
/**
 * The shop's time zone: due times are shown in it, whatever the computer's.
 */
time_zone: string, };

export type ChangeSet = { customers: Array<string>, cases: Array<string>, staff: boolean, everything: boolean, };

export type DeskStatus = { 
/**
 * Open cases past their due time.
 */
overdue: number, 
/**
 * Why desktop notifications could not be shown, if they could not.
 */
notifications_error: string | null, };

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

export type Target = "first_response" | "next_response" | "resolution";

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
business_minutes: number, };

export type ResponseSettings = { calendar: CalendarSpec, targets: TargetPolicy, 
/**
 * Desk-local: how long before a due time this desk warns.
 */
lead_minutes: number, };

export type DuePreview = { priority: Priority, first_response_at: string, resolution_at: string, };
