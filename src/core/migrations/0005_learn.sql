-- 0005: learn from every case. Escalations with a root cause, satisfaction
-- scores, outreach calls, and the indexes the reports read by date. Complaints
-- (migration 3) already carry their closing.

-- Cases taken to the owner or a shift lead. `id` is the id of its
-- case_escalated event; closing records what changed so it does not happen again.
CREATE TABLE escalations (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customers (id),
    case_id      TEXT NOT NULL REFERENCES cases (id),
    to_staff     TEXT NOT NULL,
    cause        TEXT NOT NULL CHECK (length(trim(cause)) > 0),
    note         TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    opened_at    INTEGER NOT NULL,
    opened_by    TEXT,
    closed_at    INTEGER,
    closed_by    TEXT,
    what_changed TEXT
) STRICT;

CREATE INDEX escalations_by_status ON escalations (status, opened_at);
CREATE INDEX escalations_by_case ON escalations (case_id, opened_at);
CREATE INDEX escalations_by_opened ON escalations (opened_at);

-- The customer's latest score for each case (every score stays in the log).
CREATE TABLE satisfaction (
    case_id     TEXT PRIMARY KEY REFERENCES cases (id),
    customer_id TEXT NOT NULL REFERENCES customers (id),
    score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment     TEXT NOT NULL DEFAULT '',
    at          INTEGER NOT NULL,
    by_staff    TEXT
) STRICT;

CREATE INDEX satisfaction_by_at ON satisfaction (at);

-- The last outreach call that did not reach the customer (a call that reached
-- them is contact, and moves last_contact_at instead).
ALTER TABLE customers ADD COLUMN last_outreach_at INTEGER;
ALTER TABLE customers ADD COLUMN last_outreach_outcome TEXT
    CHECK (last_outreach_outcome IN ('reached', 'left_message', 'no_answer', 'wrong_number'));

-- "Not contacted for N days" reads customers oldest contact first.
CREATE INDEX customers_by_contact ON customers (coalesce(last_contact_at, created_at));

-- Reports read cases by the day they were opened, complaints by the day they
-- were closed, and promises by the day they fell due (already indexed).
CREATE INDEX cases_by_opened ON cases (opened_at);
CREATE INDEX complaints_by_closed ON complaints (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX complaints_by_opened ON complaints (opened_at);
