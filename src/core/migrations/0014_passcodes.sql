-- 0014: who is at the desk.
--
-- A staff member's passcode, as the slow salted hash `passcode_set` carries
-- (Argon2id, PHC string): never the passcode itself.
ALTER TABLE staff ADD COLUMN passcode TEXT;

-- Wrong passcodes typed at this desk, per staff member (desk-local, never
-- shared): five in a row make the field wait, twice as long each time; the
-- owner sees them on the Staff page. A right passcode clears the row.
CREATE TABLE sign_in_tries (
    staff_id   TEXT PRIMARY KEY,
    failures   INTEGER NOT NULL,
    last_at    INTEGER NOT NULL,
    wait_until INTEGER NOT NULL
) STRICT;

-- Each staff member's role and whether they were active, after each event
-- that changed them, at its place in the one order: what a received event's
-- author was allowed to do at its place is read here, whatever order the
-- parts of the state are applied in (derived from the staff events, like the
-- staff table).
CREATE TABLE staff_roles (
    staff_id TEXT NOT NULL,
    hlc      INTEGER NOT NULL,
    desk_id  TEXT NOT NULL,
    event_id TEXT NOT NULL,
    role     TEXT NOT NULL,
    active   INTEGER NOT NULL,
    PRIMARY KEY (staff_id, hlc, desk_id, event_id)
) STRICT;
