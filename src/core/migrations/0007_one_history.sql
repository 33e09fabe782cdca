-- 0007: one history across desks.
--
-- Every event carries a hybrid logical clock value (`hlc`): the physical time
-- in milliseconds shifted left 16 bits, plus a counter. A desk gives each new
-- event a value above every event it holds, its own or received, so an answer
-- sorts after what it answers even on a PC whose clock is wrong. Every desk
-- applies the history in (hlc, desk_id, id) order: the one agreed order.
ALTER TABLE events ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;

-- Events written before this migration get the values a clock would have given
-- them, in the order this desk applied them: never below the time they were
-- written, always above the event before.
CREATE TEMP TABLE hlc_walk (seq INTEGER PRIMARY KEY, hlc INTEGER NOT NULL);
INSERT INTO hlc_walk (seq, hlc)
WITH RECURSIVE walk (seq, hlc) AS (
    SELECT seq, at * 65536 FROM events WHERE seq = (SELECT min(seq) FROM events)
    UNION ALL
    SELECT e.seq, max(e.at * 65536, walk.hlc + 1)
    FROM walk JOIN events e ON e.seq = (SELECT min(seq) FROM events WHERE seq > walk.seq)
)
SELECT seq, hlc FROM walk;

DROP TRIGGER events_are_append_only_update;
UPDATE events SET hlc = hlc_walk.hlc FROM hlc_walk WHERE hlc_walk.seq = events.seq;
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: record a new event instead');
END;
DROP TABLE hlc_walk;

-- Timelines read in the agreed order; re-deriving a customer reads their
-- events in it, and shop-wide events (customer_id NULL) likewise.
DROP INDEX events_by_customer;
DROP INDEX events_by_case;
CREATE INDEX events_in_order ON events (hlc, desk_id, id);
CREATE INDEX events_by_customer ON events (customer_id, hlc, desk_id, id);
CREATE INDEX events_by_case ON events (case_id, hlc, desk_id, id) WHERE case_id IS NOT NULL;

-- Merges and the "not the same person" answers link two customers.
CREATE INDEX events_linking_customers ON events (kind)
    WHERE kind IN ('customers_merged', 'merge_undone', 'not_duplicates');

-- Duplicates. A merged customer keeps its row (hidden, pointing at the
-- customer it now is part of); its cases, promises, complaints and scores move.
ALTER TABLE customers ADD COLUMN merged_into TEXT;

-- Every id a merged customer was known by, and the customer it now is.
-- Events written for the old id (on a desk that had not heard of the merge)
-- are applied to the customer it now is.
CREATE TABLE customer_aliases (
    alias    TEXT PRIMARY KEY,
    survivor TEXT NOT NULL
) STRICT;
CREATE INDEX customer_aliases_by_survivor ON customer_aliases (survivor);

-- The merges in effect, for the profile's "merged from" and its undo.
CREATE TABLE customer_merges (
    event_id TEXT PRIMARY KEY,
    survivor TEXT NOT NULL,
    other    TEXT NOT NULL,
    other_name TEXT NOT NULL,
    at       INTEGER NOT NULL,
    by_staff TEXT
) STRICT;
CREATE INDEX customer_merges_by_survivor ON customer_merges (survivor, at);

-- Pairs staff said are two different people: not suggested again.
CREATE TABLE duplicate_dismissals (
    first    TEXT NOT NULL,
    second   TEXT NOT NULL,
    at       INTEGER NOT NULL,
    by_staff TEXT,
    PRIMARY KEY (first, second)
) STRICT;
