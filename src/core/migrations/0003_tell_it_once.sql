-- 0003: tell it once. Handoffs with a brief, the promise ledger, expectation
-- profiles, pinned key facts and complaints. Each is written by events; these
-- tables are the current state the screens and the scheduler read.

-- Every commitment made to a customer. `id` is the id of its promise_made event.
CREATE TABLE promises (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    case_id     TEXT NOT NULL REFERENCES cases (id),
    text        TEXT NOT NULL,
    owner_id    TEXT REFERENCES staff (id),
    made_by     TEXT,
    made_at     INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'broken')),
    closed_at   INTEGER,
    closed_by   TEXT,
    recovery    TEXT
) STRICT;

-- The shop's open promises by due time (the promises view and the scheduler),
-- a customer's promises, and closed promises by due time (the kept rate).
CREATE INDEX promises_open_by_due ON promises (due_at) WHERE status = 'open';
CREATE INDEX promises_by_customer ON promises (customer_id, status, due_at);
CREATE INDEX promises_closed_by_due ON promises (due_at, status) WHERE status <> 'open';

-- What a customer expects of us, in their words.
CREATE TABLE expectations (
    customer_id       TEXT PRIMARY KEY REFERENCES customers (id),
    preferred_channel TEXT CHECK (preferred_channel IN ('walk_in', 'phone', 'email', 'chat', 'other')),
    contact_hours     TEXT NOT NULL DEFAULT '',
    turnaround        TEXT NOT NULL DEFAULT '',
    always_do         TEXT NOT NULL DEFAULT '',
    never_do          TEXT NOT NULL DEFAULT '',
    recovery          TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    updated_at        INTEGER NOT NULL
) STRICT;

-- Events pinned as key facts about a customer; shown on every case of theirs.
CREATE TABLE pins (
    event_id    TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    pinned_by   TEXT,
    pinned_at   INTEGER NOT NULL
) STRICT;

CREATE INDEX pins_by_customer ON pins (customer_id, pinned_at);

-- Complaints: a case or one event of it, flagged. Closing one (what we changed,
-- whether we told the customer) is recorded here too.
CREATE TABLE complaints (
    id            TEXT PRIMARY KEY,
    customer_id   TEXT NOT NULL REFERENCES customers (id),
    case_id       TEXT NOT NULL REFERENCES cases (id),
    event_id      TEXT,
    summary       TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    opened_at     INTEGER NOT NULL,
    opened_by     TEXT,
    closed_at     INTEGER,
    closed_by     TEXT,
    what_changed  TEXT,
    customer_told INTEGER CHECK (customer_told IN (0, 1))
) STRICT;

CREATE INDEX complaints_by_customer ON complaints (customer_id, opened_at);
CREATE INDEX complaints_by_status ON complaints (status, opened_at);

-- Handoffs waiting to be seen by the person they were handed to, and whether
-- this desk has shown the desktop notification yet.
CREATE TABLE handoff_inbox (
    event_id    TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    from_staff  TEXT,
    to_staff    TEXT NOT NULL,
    at          INTEGER NOT NULL,
    seen_at     INTEGER,
    notified_at INTEGER
) STRICT;

CREATE INDEX handoff_inbox_unseen ON handoff_inbox (to_staff, at) WHERE seen_at IS NULL;
CREATE INDEX handoff_inbox_unnotified ON handoff_inbox (at) WHERE notified_at IS NULL;

-- The latest brief of a case is its latest handoff event.
CREATE INDEX events_handoffs ON events (case_id, at) WHERE kind = 'handoff';
