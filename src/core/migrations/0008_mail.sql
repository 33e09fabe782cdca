-- 0008: the shop's mailbox (src/mail/).
--
-- From the history (every desk derives these from the mail events):

-- Every mail in the history, in and out, by its Message-ID: a new mail whose
-- In-Reply-To or References names one of these belongs to the same case, and
-- a message already here is never recorded again. customer_id is NULL for
-- mail that belongs to nobody yet (a bounce of nothing we sent, a message
-- without a sender): the Mailbox page lists it.
CREATE TABLE mail_messages (
    event_id    TEXT PRIMARY KEY,
    message_id  TEXT NOT NULL,
    customer_id TEXT,
    case_id     TEXT,
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    at          INTEGER NOT NULL
) STRICT;
CREATE INDEX mail_messages_by_message_id ON mail_messages (message_id);
CREATE INDEX mail_messages_by_customer ON mail_messages (customer_id);
CREATE INDEX mail_messages_by_case ON mail_messages (case_id, at);

-- Our replies by mail and how sending each stands, as every desk sees it:
-- waiting (not sent yet; error holds the server's words of the last failed
-- try), sent, or failed (the server refused for good, or the mail bounced).
CREATE TABLE mail_outbox (
    event_id    TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    case_id     TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('waiting', 'sent', 'failed')),
    error       TEXT,
    written_at  INTEGER NOT NULL,
    sent_at     INTEGER,
    updated_at  INTEGER NOT NULL
) STRICT;
-- The sender's work list is one range scan of the waiting replies.
CREATE INDEX mail_outbox_waiting ON mail_outbox (written_at) WHERE status = 'waiting';
CREATE INDEX mail_outbox_by_customer ON mail_outbox (customer_id);
CREATE INDEX mail_outbox_by_message_id ON mail_outbox (message_id);

-- This desk's own (not history, never in the canonical dump):

-- Each message exactly as the server gave it, by the SHA-256 of its bytes,
-- for export and forwarding. Only the desk that fetches mail holds them.
CREATE TABLE mail_raw (
    hash TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
) STRICT;

-- How far fetching got in each folder of each mailbox: a new UIDVALIDITY
-- (the server renumbered the folder) starts the folder again from the top;
-- messages already recorded are then recognised by their Message-ID.
CREATE TABLE mail_folders (
    address     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid    INTEGER NOT NULL,
    PRIMARY KEY (address, folder)
) STRICT;

-- This desk's tries at sending each reply. started_at is written (and
-- committed) before a send begins and cleared when its outcome is recorded:
-- one still set when the sender starts was cut short, its outcome unknown.
CREATE TABLE mail_attempts (
    event_id   TEXT PRIMARY KEY,
    tries      INTEGER NOT NULL,
    started_at INTEGER,
    next_at    INTEGER NOT NULL,
    last_error TEXT
) STRICT;
