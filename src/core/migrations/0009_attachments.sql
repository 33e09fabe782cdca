-- 0009: attachments. The files are kept by content (SHA-256) in `attachments/`
-- beside the database; these rows say which entry names which file, and
-- whether it was removed from the views or its content erased.
CREATE TABLE attachments (
    id            TEXT PRIMARY KEY,
    event_id      TEXT NOT NULL,
    customer_id   TEXT NOT NULL REFERENCES customers (id),
    case_id       TEXT REFERENCES cases (id),
    hash          TEXT NOT NULL CHECK (length(hash) = 64),
    name          TEXT NOT NULL,
    mime          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('photo', 'pdf', 'other')),
    risky         INTEGER NOT NULL CHECK (risky IN (0, 1)),
    size          INTEGER NOT NULL,
    width         INTEGER,
    height        INTEGER,
    added_at      INTEGER NOT NULL,
    added_by      TEXT,
    removed_at    INTEGER,
    removed_by    TEXT,
    erased_at     INTEGER,
    erased_reason TEXT
) STRICT;

CREATE INDEX attachments_by_event ON attachments (event_id);
CREATE INDEX attachments_by_customer ON attachments (customer_id, added_at);
CREATE INDEX attachments_by_hash ON attachments (hash);

-- This desk's part in moving files through the shop's server (desk-local,
-- not history): a file is `sent` once the server holds it (sent from here or
-- fetched from there), `deleted` once its erasure reached the server.
CREATE TABLE file_sync (
    hash  TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('sent', 'deleted'))
) STRICT;
