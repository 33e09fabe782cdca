-- 0017: what a person was writing on a case and has not saved yet, kept as
-- they type, so closing the window, a restart or a crash loses nothing.
-- Desk-local: a draft belongs to this desk, never to the history. A
-- forgotten customer's drafts go with everything else about them.
CREATE TABLE drafts (
    case_id  TEXT PRIMARY KEY,
    kind     TEXT NOT NULL,
    body     TEXT NOT NULL,
    to_text  TEXT NOT NULL DEFAULT '',
    saved_at INTEGER NOT NULL
) STRICT;
