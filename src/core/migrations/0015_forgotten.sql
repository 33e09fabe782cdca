-- 0015: forgetting a customer (what the GDPR calls erasure).
--
-- `forgotten` lists every customer record a `customer_forgotten` event in the
-- log names (the customer and every record merged into them when the owner
-- asked). It is read from the log as each event is logged, like
-- `part_links`, so every desk holds the same list whatever order the events
-- came in; desk-local.
CREATE TABLE forgotten (
    customer_id TEXT PRIMARY KEY,
    event_id    TEXT NOT NULL
) STRICT;

-- Attached files of forgotten customers, removed from disk once the change
-- that forgot them is committed (`Store::sweep_forgotten`); desk-local.
CREATE TABLE forgotten_files (
    hash TEXT PRIMARY KEY
) STRICT;

-- The one change the log allows: a forgotten customer's events keep their
-- place, kind and envelope, and their payloads lose every word about the
-- person (`shop::forget`). Only while this table holds its one row, which the
-- desk writes and removes in the same transaction as the change.
CREATE TABLE forgetting (
    one INTEGER PRIMARY KEY CHECK (one = 1)
) STRICT;

DROP TRIGGER events_are_append_only_update;
CREATE TRIGGER events_are_append_only_update
    BEFORE UPDATE OF seq, id, desk_id, staff_id, at, customer_id, case_id, kind ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: record a new event instead');
END;
CREATE TRIGGER events_keep_their_payloads
    BEFORE UPDATE OF payload ON events
    WHEN NOT EXISTS (SELECT 1 FROM forgetting)
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: record a new event instead');
END;
