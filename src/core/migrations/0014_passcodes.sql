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
