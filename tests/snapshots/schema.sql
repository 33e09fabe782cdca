CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: record a new event instead');
END;

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

CREATE TABLE carried (
    event_id TEXT PRIMARY KEY,
    desk_id  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE VIRTUAL TABLE case_terms USING fts5vocab(case_text, row);

CREATE VIRTUAL TABLE case_text USING fts5 (
    subject,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TABLE "cases" (
    id            TEXT PRIMARY KEY,
    customer_id   TEXT NOT NULL REFERENCES customers (id),
    subject       TEXT NOT NULL,
    channel       TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('open', 'waiting', 'resolved', 'closed')),
    priority      TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    owner_id      TEXT,
    opened_at     INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    waiting_since INTEGER,
    -- Position in the queue (smaller = more urgent); NULL once the case leaves
    -- the queue. One integer keeps queue pages a single index range scan.
    queue_key     INTEGER,
    first_response_at INTEGER,
    resolved_at   INTEGER,
    pauses        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pauses)),
    due_at        INTEGER,
    due_target    TEXT CHECK (due_target IN ('first_response', 'next_response', 'resolution')),
    due_cycle     INTEGER,
    first_target  INTEGER,
    resolution_target INTEGER,
    first_response_ms INTEGER,
    first_missed_after INTEGER,
    resolution_ms INTEGER,
    resolution_missed_after INTEGER
) STRICT;

CREATE TABLE complaints (
    id            TEXT PRIMARY KEY,
    customer_id   TEXT NOT NULL REFERENCES customers (id),
    case_id       TEXT NOT NULL REFERENCES cases (id),
    event_id      TEXT,
    summary       TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    opened_at     INTEGER NOT NULL,
    opened_by     TEXT,
    closed_at     INTEGER,
    closed_by     TEXT,
    what_changed  TEXT,
    customer_told INTEGER CHECK (customer_told IN (0, 1))
) STRICT;

CREATE TABLE created_ids (
    id          TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    customer_id TEXT,
    PRIMARY KEY (id, event_id)
) STRICT;

CREATE TABLE customer_aliases (
    alias    TEXT PRIMARY KEY,
    survivor TEXT NOT NULL
) STRICT;

CREATE TABLE customer_contacts (
    customer_id TEXT NOT NULL REFERENCES customers (id),
    kind        TEXT NOT NULL CHECK (kind IN ('phone', 'email')),
    position    INTEGER NOT NULL,
    value       TEXT NOT NULL,
    norm        TEXT NOT NULL,
    tail        TEXT NOT NULL,
    PRIMARY KEY (customer_id, kind, position)
) STRICT;

CREATE TABLE customer_merges (
    event_id TEXT PRIMARY KEY,
    survivor TEXT NOT NULL,
    other    TEXT NOT NULL,
    other_name TEXT NOT NULL,
    at       INTEGER NOT NULL,
    by_staff TEXT
) STRICT;

CREATE VIRTUAL TABLE customer_names USING fts5 (
    name,
    organisation,
    contacts,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE VIRTUAL TABLE customer_terms USING fts5vocab(customer_names, row);

CREATE TABLE customers (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation    TEXT NOT NULL DEFAULT '',
    segment         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    last_contact_at INTEGER
, last_outreach_at INTEGER, last_outreach_outcome TEXT
    CHECK (last_outreach_outcome IN ('reached', 'left_message', 'no_answer', 'wrong_number')), merged_into TEXT, language TEXT NOT NULL DEFAULT '') STRICT;

CREATE TABLE drafts (
    case_id  TEXT PRIMARY KEY,
    kind     TEXT NOT NULL,
    body     TEXT NOT NULL,
    to_text  TEXT NOT NULL DEFAULT '',
    saved_at INTEGER NOT NULL
) STRICT;

CREATE TABLE due_alarms (
    case_id   TEXT NOT NULL,
    target    TEXT NOT NULL,
    cycle     INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
    raised_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, target, cycle, kind)
) STRICT;

CREATE TABLE duplicate_dismissals (
    first    TEXT NOT NULL,
    second   TEXT NOT NULL,
    at       INTEGER NOT NULL,
    by_staff TEXT,
    PRIMARY KEY (first, second)
) STRICT;

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

CREATE VIRTUAL TABLE event_terms USING fts5vocab(event_text, row);

CREATE VIRTUAL TABLE event_text USING fts5 (
    body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TABLE events (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    desk_id     TEXT NOT NULL,
    staff_id    TEXT,
    at          INTEGER NOT NULL,
    customer_id TEXT,
    case_id     TEXT,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL CHECK (json_valid(payload))
, hlc INTEGER NOT NULL DEFAULT 0) STRICT;

CREATE TABLE expectations (
    customer_id       TEXT PRIMARY KEY REFERENCES customers (id),
    preferred_channel TEXT CHECK (preferred_channel IN ('walk_in', 'phone', 'email', 'chat', 'other')),
    contact_hours     TEXT NOT NULL DEFAULT '',
    turnaround        TEXT NOT NULL DEFAULT '',
    always_do         TEXT NOT NULL DEFAULT '',
    never_do          TEXT NOT NULL DEFAULT '',
    recovery          TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    updated_at        INTEGER NOT NULL
) STRICT;

CREATE TABLE file_sync (
    hash  TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('sent', 'deleted'))
) STRICT;

CREATE TABLE forgetting (
    one INTEGER PRIMARY KEY CHECK (one = 1)
) STRICT;

CREATE TABLE forgotten (
    customer_id TEXT PRIMARY KEY,
    event_id    TEXT NOT NULL
) STRICT;

CREATE TABLE forgotten_files (
    hash TEXT PRIMARY KEY
) STRICT;

CREATE TABLE handoff_inbox (
    event_id    TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    from_staff  TEXT,
    to_staff    TEXT NOT NULL,
    at          INTEGER NOT NULL,
    seen_at     INTEGER,
    notified_at INTEGER
) STRICT;

CREATE TABLE mail_attempts (
    event_id   TEXT PRIMARY KEY,
    tries      INTEGER NOT NULL,
    started_at INTEGER,
    next_at    INTEGER NOT NULL,
    last_error TEXT
) STRICT;

CREATE TABLE mail_folders (
    address     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid    INTEGER NOT NULL,
    PRIMARY KEY (address, folder)
) STRICT;

CREATE TABLE mail_messages (
    event_id    TEXT PRIMARY KEY,
    message_id  TEXT NOT NULL,
    customer_id TEXT,
    case_id     TEXT,
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    at          INTEGER NOT NULL
) STRICT;

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

CREATE TABLE mail_raw (
    hash TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
) STRICT;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE part_links (
    event_id    TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    other       TEXT NOT NULL,
    PRIMARY KEY (event_id, other)
) STRICT;

CREATE TABLE pins (
    event_id    TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    pinned_by   TEXT,
    pinned_at   INTEGER NOT NULL
, text TEXT NOT NULL DEFAULT '') STRICT;

CREATE TABLE "promises" (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    case_id     TEXT NOT NULL REFERENCES cases (id),
    text        TEXT NOT NULL,
    owner_id    TEXT,
    made_by     TEXT,
    made_at     INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'broken')),
    closed_at   INTEGER,
    closed_by   TEXT,
    recovery    TEXT
) STRICT;

CREATE TABLE satisfaction (
    case_id     TEXT PRIMARY KEY REFERENCES cases (id),
    customer_id TEXT NOT NULL REFERENCES customers (id),
    score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment     TEXT NOT NULL DEFAULT '',
    at          INTEGER NOT NULL,
    by_staff    TEXT
) STRICT;

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

CREATE TABLE schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                checksum   TEXT NOT NULL,
                applied_at INTEGER NOT NULL
            ) STRICT;

CREATE TABLE set_aside (
    event_id TEXT PRIMARY KEY,
    reason   TEXT NOT NULL CHECK (reason IN ('unknown_kind', 'damaged', 'refers_to_nothing', 'not_allowed')),
    detail   TEXT NOT NULL DEFAULT '',
    -- The Casebook version that set it aside: another version tries again.
    noted_by TEXT NOT NULL DEFAULT '',
    -- 1 when this build could not even read it (so nothing beside it, its
    -- words for search included, was kept when it arrived).
    unread   INTEGER NOT NULL DEFAULT 0 CHECK (unread IN (0, 1))
) STRICT;

CREATE TABLE settings (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL CHECK (json_valid(value)),
    version INTEGER NOT NULL
) STRICT;

CREATE TABLE sign_in_tries (
    staff_id   TEXT PRIMARY KEY,
    failures   INTEGER NOT NULL,
    last_at    INTEGER NOT NULL,
    wait_until INTEGER NOT NULL
) STRICT;

CREATE TABLE staff (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('staff', 'lead', 'owner')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL
, merged_into TEXT, passcode TEXT) STRICT;

CREATE TABLE staff_roles (
    staff_id TEXT NOT NULL,
    hlc      INTEGER NOT NULL,
    desk_id  TEXT NOT NULL,
    event_id TEXT NOT NULL,
    role     TEXT NOT NULL,
    active   INTEGER NOT NULL,
    PRIMARY KEY (staff_id, hlc, desk_id, event_id)
) STRICT;

CREATE INDEX attachments_by_case ON attachments (case_id) WHERE case_id IS NOT NULL;

CREATE INDEX attachments_by_customer ON attachments (customer_id, added_at);

CREATE INDEX attachments_by_event ON attachments (event_id);

CREATE INDEX attachments_by_hash ON attachments (hash);

CREATE INDEX cases_by_customer ON cases (customer_id, opened_at);

CREATE INDEX cases_by_opened ON cases (
    opened_at, customer_id, first_target, first_response_ms, first_missed_after,
    resolution_target, resolution_ms, resolution_missed_after
);

CREATE INDEX cases_due ON cases (due_at) WHERE due_at IS NOT NULL;

CREATE INDEX cases_queue ON cases (queue_key, id) WHERE queue_key IS NOT NULL;

CREATE INDEX complaints_by_case ON complaints (case_id);

CREATE INDEX complaints_by_closed ON complaints (closed_at) WHERE closed_at IS NOT NULL;

CREATE INDEX complaints_by_customer ON complaints (customer_id, opened_at);

CREATE INDEX complaints_by_opened ON complaints (opened_at);

CREATE INDEX complaints_by_status ON complaints (status, opened_at);

CREATE INDEX customer_aliases_by_survivor ON customer_aliases (survivor);

CREATE INDEX customer_contacts_by_norm ON customer_contacts (kind, norm);

CREATE INDEX customer_contacts_by_tail ON customer_contacts (kind, tail);

CREATE INDEX customer_merges_by_survivor ON customer_merges (survivor, at);

CREATE INDEX customers_by_contact ON customers (coalesce(last_contact_at, created_at));

CREATE INDEX escalations_by_case ON escalations (case_id, opened_at);

CREATE INDEX escalations_by_customer ON escalations (customer_id);

CREATE INDEX escalations_by_opened ON escalations (opened_at);

CREATE INDEX escalations_by_status ON escalations (status, opened_at);

CREATE INDEX events_by_case ON events (case_id, hlc, desk_id, id) WHERE case_id IS NOT NULL;

CREATE INDEX events_by_customer ON events (customer_id, hlc, desk_id, id);

CREATE INDEX events_case_openings ON events (hlc, desk_id, id, case_id) WHERE kind = 'case_opened';

CREATE INDEX events_handoffs ON events (case_id, at) WHERE kind = 'handoff';

CREATE INDEX events_in_order ON events (hlc, desk_id, id);

CREATE INDEX events_linking_customers ON events (kind)
    WHERE kind IN ('customers_merged', 'merge_undone', 'not_duplicates');

CREATE INDEX events_targets ON events (hlc, desk_id, id) WHERE kind = 'targets_changed';

CREATE INDEX handoff_inbox_by_case ON handoff_inbox (case_id);

CREATE INDEX handoff_inbox_unnotified ON handoff_inbox (at) WHERE notified_at IS NULL;

CREATE INDEX handoff_inbox_unseen ON handoff_inbox (to_staff, at) WHERE seen_at IS NULL;

CREATE INDEX mail_messages_by_case ON mail_messages (case_id, at);

CREATE INDEX mail_messages_by_customer ON mail_messages (customer_id);

CREATE INDEX mail_messages_by_message_id ON mail_messages (message_id);

CREATE INDEX mail_outbox_by_customer ON mail_outbox (customer_id);

CREATE INDEX mail_outbox_by_message_id ON mail_outbox (message_id);

CREATE INDEX mail_outbox_waiting ON mail_outbox (written_at) WHERE status = 'waiting';

CREATE INDEX part_links_by_customer ON part_links (customer_id);

CREATE INDEX part_links_by_other ON part_links (other);

CREATE INDEX pins_by_customer ON pins (customer_id, pinned_at);

CREATE INDEX promises_by_case ON promises (case_id);

CREATE INDEX promises_by_customer ON promises (customer_id, status, due_at);

CREATE INDEX promises_closed_by_due ON promises (due_at, status) WHERE status <> 'open';

CREATE INDEX promises_open_by_due ON promises (due_at) WHERE status = 'open';

CREATE INDEX satisfaction_by_at ON satisfaction (at);

CREATE INDEX satisfaction_by_customer ON satisfaction (customer_id);

