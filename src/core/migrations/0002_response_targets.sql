-- 0002: response targets on business hours.
--
-- Each open case carries the due time of the target it must meet next, so the
-- queue (ordered by due time) and the alarm scheduler (the next due time) are
-- both index range scans. The clock state it is computed from lives on the case
-- too, so a calendar change recomputes every due time without replaying events.

-- When we first answered (reply, call or visit): first response is met.
ALTER TABLE cases ADD COLUMN first_response_at INTEGER;
-- When the case was last resolved or closed (NULL while open or waiting).
ALTER TABLE cases ADD COLUMN resolved_at INTEGER;
-- Periods the case was not open, as JSON [{"start": ms, "end": ms|null}]: the
-- resolution clock stands still during them.
ALTER TABLE cases ADD COLUMN pauses TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pauses));
-- The current target: when it is due, which one, and when its clock started.
ALTER TABLE cases ADD COLUMN due_at INTEGER;
ALTER TABLE cases ADD COLUMN due_target TEXT CHECK (due_target IN ('first_response', 'next_response', 'resolution'));
ALTER TABLE cases ADD COLUMN due_cycle INTEGER;

-- "What falls due next?" and "what is overdue?" read this index from one end.
CREATE INDEX cases_due ON cases (due_at) WHERE due_at IS NOT NULL;

-- Cases opened before this migration: their first response is in the log.
UPDATE cases SET first_response_at = (
    SELECT min(e.at) FROM events e WHERE e.case_id = cases.id AND e.kind IN ('reply', 'call', 'visit')
);
UPDATE cases SET resolved_at = updated_at WHERE status IN ('resolved', 'closed');

-- The shop's settings (the business calendar, the targets), as JSON. Every change
-- is also an event; `version` grows with each change so readers know to reload.
CREATE TABLE settings (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL CHECK (json_valid(value)),
    version INTEGER NOT NULL
) STRICT;

-- Alarms this desk has raised, so each is raised at most once per case, target
-- and cycle, across restarts. Desk-local, like the notifications themselves.
CREATE TABLE due_alarms (
    case_id   TEXT NOT NULL,
    target    TEXT NOT NULL,
    cycle     INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
    raised_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, target, cycle, kind)
) STRICT;
