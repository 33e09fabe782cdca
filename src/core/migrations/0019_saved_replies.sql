-- 0019: saved replies, the shop's answers in its own words, each with a
-- version per language; how often each is used and by whom; the shop's name
-- as replies say it (in `settings`); and each customer's language, which
-- picks the version of a saved reply they get ('' is the shop's language).
CREATE TABLE saved_replies (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    -- The shop's reply: only an owner changes or removes it.
    shop       INTEGER NOT NULL DEFAULT 0 CHECK (shop IN (0, 1)),
    created_by TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    removed_at INTEGER,
    -- How often it was used, by anyone (the sum of saved_reply_uses).
    uses       INTEGER NOT NULL DEFAULT 0,
    -- For search: the name folded (lowercase, no accents), and the name
    -- and every text folded.
    name_key   TEXT NOT NULL DEFAULT '',
    words      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE saved_reply_texts (
    reply_id TEXT NOT NULL REFERENCES saved_replies (id),
    language TEXT NOT NULL,
    body     TEXT NOT NULL,
    PRIMARY KEY (reply_id, language)
) STRICT, WITHOUT ROWID;

CREATE TABLE saved_reply_uses (
    reply_id TEXT NOT NULL REFERENCES saved_replies (id),
    staff_id TEXT NOT NULL,
    uses     INTEGER NOT NULL,
    last_at  INTEGER NOT NULL,
    PRIMARY KEY (reply_id, staff_id)
) STRICT, WITHOUT ROWID;

ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT '';
