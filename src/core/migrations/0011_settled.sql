-- 0011: applying a received event never fails.
--
-- An event another desk wrote is applied where it sorts, whatever this desk
-- holds. What it cannot do (a kind this build does not know, a payload it
-- cannot read, a case it names that is not its customer's) it does not do:
-- the event stays in the log, in its place, and is noted here.

-- Events kept in the log but not applied, and why. Desk-local bookkeeping (a
-- newer desk applies what an older one sets aside): never in the canonical
-- dump, never sent. Re-deriving a part clears and re-notes its events.
CREATE TABLE set_aside (
    event_id TEXT PRIMARY KEY,
    reason   TEXT NOT NULL CHECK (reason IN ('unknown_kind', 'damaged', 'refers_to_nothing', 'not_allowed')),
    detail   TEXT NOT NULL DEFAULT '',
    -- The Casebook version that set it aside: another version tries again.
    noted_by TEXT NOT NULL DEFAULT '',
    -- 1 when this build could not even read it (so nothing beside it, its
    -- words for search included, was kept when it arrived).
    unread   INTEGER NOT NULL DEFAULT 0 CHECK (unread IN (0, 1))
) STRICT;

-- The ids events create (a case, a promise, an attachment), by the event and
-- the customer it is about. Two customers' events creating the same id (a
-- desk that copied one) link the two customers, so which event owns the id
-- is settled in the one order, alike on every desk.
CREATE TABLE created_ids (
    id          TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    customer_id TEXT,
    PRIMARY KEY (id, event_id)
) STRICT;

INSERT INTO created_ids (id, event_id, customer_id)
    SELECT case_id, id, customer_id FROM events WHERE kind = 'case_opened' AND case_id IS NOT NULL;
INSERT OR IGNORE INTO created_ids (id, event_id, customer_id)
    SELECT json_extract(payload, '$.promise_id'), id, customer_id FROM events
    WHERE kind = 'promise_made' AND json_extract(payload, '$.promise_id') IS NOT NULL;
INSERT OR IGNORE INTO created_ids (id, event_id, customer_id)
    SELECT json_extract(payload, '$.complaint_id'), id, customer_id FROM events
    WHERE kind = 'complaint_flagged' AND json_extract(payload, '$.complaint_id') IS NOT NULL;
INSERT OR IGNORE INTO created_ids (id, event_id, customer_id)
    SELECT json_extract(payload, '$.escalation_id'), id, customer_id FROM events
    WHERE kind = 'case_escalated' AND json_extract(payload, '$.escalation_id') IS NOT NULL;
INSERT OR IGNORE INTO created_ids (id, event_id, customer_id)
    SELECT json_extract(f.value, '$.id'), e.id, e.customer_id
    FROM events e, json_each(e.payload, '$.files') f
    WHERE e.kind = 'files_attached' AND json_extract(f.value, '$.id') IS NOT NULL;

-- Pairs of customers whose state is one part: linked by a merge, its undo, a
-- "different people" answer, or an id both created. Read by receiving (which
-- parts a late event puts behind) and by apply (may this event touch that
-- record). Derived from the log at insert; desk-local.
CREATE TABLE part_links (
    event_id    TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    other       TEXT NOT NULL,
    PRIMARY KEY (event_id, other)
) STRICT;
CREATE INDEX part_links_by_customer ON part_links (customer_id);
CREATE INDEX part_links_by_other ON part_links (other);

INSERT OR IGNORE INTO part_links (event_id, customer_id, other)
    SELECT id, customer_id, json_extract(payload, '$.other') FROM events
    WHERE kind IN ('customers_merged', 'merge_undone', 'not_duplicates')
      AND customer_id IS NOT NULL AND json_extract(payload, '$.other') IS NOT NULL;
INSERT OR IGNORE INTO part_links (event_id, customer_id, other)
    SELECT b.event_id, b.customer_id, a.customer_id
    FROM created_ids a JOIN created_ids b ON a.id = b.id AND a.event_id < b.event_id
    WHERE a.customer_id IS NOT NULL AND b.customer_id IS NOT NULL AND a.customer_id <> b.customer_id;

-- A case's owner and a promise's owner name a staff member without a foreign
-- key: a case event may arrive before the staff member's own event (an import
-- from a desk that never synced), and apply keeps what the event says rather
-- than refuse it. Screens show an owner this desk does not know as such.
-- (The twelve steps of SQLite's "other kinds of table schema changes"; the
-- migration runs with foreign keys off and checks them before it commits.)
CREATE TABLE cases_new (
    id            TEXT PRIMARY KEY,
    customer_id   TEXT NOT NULL REFERENCES customers (id),
    subject       TEXT NOT NULL,
    channel       TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('open', 'waiting', 'resolved', 'closed')),
    priority      TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    owner_id      TEXT,
    opened_at     INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    waiting_since INTEGER,
    -- Position in the queue (smaller = more urgent); NULL once the case leaves
    -- the queue. One integer keeps queue pages a single index range scan.
    queue_key     INTEGER,
    first_response_at INTEGER,
    resolved_at   INTEGER,
    pauses        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pauses)),
    due_at        INTEGER,
    due_target    TEXT CHECK (due_target IN ('first_response', 'next_response', 'resolution')),
    due_cycle     INTEGER,
    first_target  INTEGER,
    resolution_target INTEGER,
    first_response_ms INTEGER,
    first_missed_after INTEGER,
    resolution_ms INTEGER,
    resolution_missed_after INTEGER
) STRICT;
INSERT INTO cases_new (rowid, id, customer_id, subject, channel, status, priority, owner_id, opened_at,
        updated_at, waiting_since, queue_key, first_response_at, resolved_at, pauses, due_at, due_target,
        due_cycle, first_target, resolution_target, first_response_ms, first_missed_after, resolution_ms,
        resolution_missed_after)
    SELECT rowid, id, customer_id, subject, channel, status, priority, owner_id, opened_at,
        updated_at, waiting_since, queue_key, first_response_at, resolved_at, pauses, due_at, due_target,
        due_cycle, first_target, resolution_target, first_response_ms, first_missed_after, resolution_ms,
        resolution_missed_after
    FROM cases;
DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;
CREATE INDEX cases_by_customer ON cases (customer_id, opened_at);
CREATE INDEX cases_by_opened ON cases (
    opened_at, customer_id, first_target, first_response_ms, first_missed_after,
    resolution_target, resolution_ms, resolution_missed_after
);
CREATE INDEX cases_due ON cases (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX cases_queue ON cases (queue_key, id) WHERE queue_key IS NOT NULL;

CREATE TABLE promises_new (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    case_id     TEXT NOT NULL REFERENCES cases (id),
    text        TEXT NOT NULL,
    owner_id    TEXT,
    made_by     TEXT,
    made_at     INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'broken')),
    closed_at   INTEGER,
    closed_by   TEXT,
    recovery    TEXT
) STRICT;
INSERT INTO promises_new (rowid, id, customer_id, case_id, text, owner_id, made_by, made_at, due_at, status,
        closed_at, closed_by, recovery)
    SELECT rowid, id, customer_id, case_id, text, owner_id, made_by, made_at, due_at, status,
        closed_at, closed_by, recovery
    FROM promises;
DROP TABLE promises;
ALTER TABLE promises_new RENAME TO promises;
CREATE INDEX promises_by_customer ON promises (customer_id, status, due_at);
CREATE INDEX promises_closed_by_due ON promises (due_at, status) WHERE status <> 'open';
CREATE INDEX promises_open_by_due ON promises (due_at) WHERE status = 'open';

-- An event's place in the order is the one column that may move: an event
-- this desk wrote and never shared is given a new place when the shop's
-- server refuses its clock value as too far ahead (see `sync`). Everything
-- else about an event stays as written.
DROP TRIGGER events_are_append_only_update;
CREATE TRIGGER events_are_append_only_update
    BEFORE UPDATE OF seq, id, desk_id, staff_id, at, customer_id, case_id, kind, payload ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: record a new event instead');
END;
