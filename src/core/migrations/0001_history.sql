-- 0001: the event log and the current-state tables derived from it.
--
-- Times are Unix milliseconds (UTC). Ids are UUIDv7 text, unique across desks.
-- Never edit this file once released: add a new migration instead.

-- Facts about this installation (the desk): its id, made on first run, and
-- desk-local preferences such as who is at the counter. Not part of the history.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- The history. Append-only: the triggers below refuse UPDATE and DELETE, so an
-- edit can only ever be a new event. `seq` is this desk's arrival order; `id` is
-- the global identity that lets several desks merge their logs later.
CREATE TABLE events (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    desk_id     TEXT NOT NULL,
    staff_id    TEXT,
    at          INTEGER NOT NULL,
    customer_id TEXT,
    case_id     TEXT,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL CHECK (json_valid(payload))
) STRICT;

-- A customer's unified timeline and a case's timeline are read newest first,
-- a page at a time; these make each page a short index range scan.
CREATE INDEX events_by_customer ON events (customer_id, at, seq) WHERE customer_id IS NOT NULL;
CREATE INDEX events_by_case ON events (case_id, at, seq) WHERE case_id IS NOT NULL;

CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: record a new event instead');
END;

CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: record a new event instead');
END;

CREATE TABLE staff (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('staff', 'lead', 'owner')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE customers (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation    TEXT NOT NULL DEFAULT '',
    segment         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    last_contact_at INTEGER
) STRICT;

-- Phones and emails, one row each, in the order the customer gave them.
-- `norm` is the comparison form (email lowercased, phone digits); `tail` is the
-- last digits of a phone, so national and international forms of a number meet.
CREATE TABLE customer_contacts (
    customer_id TEXT NOT NULL REFERENCES customers (id),
    kind        TEXT NOT NULL CHECK (kind IN ('phone', 'email')),
    position    INTEGER NOT NULL,
    value       TEXT NOT NULL,
    norm        TEXT NOT NULL,
    tail        TEXT NOT NULL,
    PRIMARY KEY (customer_id, kind, position)
) STRICT;

-- Duplicate checks and phone look-ups go straight to the matching contact.
CREATE INDEX customer_contacts_by_norm ON customer_contacts (kind, norm);
CREATE INDEX customer_contacts_by_tail ON customer_contacts (kind, tail);

-- Type-ahead over names and organisations, accents ignored ("jose" finds "José").
-- rowid is the customers rowid.
CREATE VIRTUAL TABLE customer_names USING fts5 (
    name,
    organisation,
    contacts,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE cases (
    id            TEXT PRIMARY KEY,
    customer_id   TEXT NOT NULL REFERENCES customers (id),
    subject       TEXT NOT NULL,
    channel       TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('open', 'waiting', 'resolved', 'closed')),
    priority      TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    owner_id      TEXT REFERENCES staff (id),
    opened_at     INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    waiting_since INTEGER,
    -- Position in the queue (smaller = more urgent); NULL once the case leaves
    -- the queue. One integer keeps queue pages a single index range scan.
    queue_key     INTEGER
) STRICT;

CREATE INDEX cases_queue ON cases (queue_key, id) WHERE queue_key IS NOT NULL;
CREATE INDEX cases_by_customer ON cases (customer_id, opened_at);
