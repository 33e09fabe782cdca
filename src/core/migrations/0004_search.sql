-- 0004: search across the whole history.
--
-- Contentless FTS5 indexes: the text already lives in the events and cases, so
-- the index keeps only tokens (half the size). Prefix indexes for one, two and
-- three characters keep typing fast: "j", "jo", "jos" each read a ready-made
-- list instead of merging every token that starts with them. Accents are folded
-- ("jose" finds "José"). Each index's rowid is its row's rowid (events.seq).

CREATE VIRTUAL TABLE event_text USING fts5 (
    body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE VIRTUAL TABLE case_text USING fts5 (
    subject,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- The customer look-up index gains prefix indexes too (it is rebuilt below).
DROP TABLE customer_names;
CREATE VIRTUAL TABLE customer_names USING fts5 (
    name,
    organisation,
    contacts,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

INSERT INTO customer_names (rowid, name, organisation, contacts)
SELECT c.rowid, c.name, c.organisation,
       coalesce((SELECT group_concat(value, ' ') FROM customer_contacts t WHERE t.customer_id = c.id), '')
FROM customers c;

INSERT INTO case_text (rowid, subject) SELECT rowid, subject FROM cases;

-- The searchable text of each kind of event (the same rule as search_text() in
-- store/search.rs).
INSERT INTO event_text (rowid, body)
SELECT seq,
       CASE kind
           WHEN 'promise_broken' THEN json_extract(payload, '$.text') || ' ' || json_extract(payload, '$.recovery')
           WHEN 'promise_made' THEN json_extract(payload, '$.text')
           WHEN 'complaint_flagged' THEN json_extract(payload, '$.summary')
           WHEN 'handoff' THEN json_extract(payload, '$.brief.note')
           ELSE json_extract(payload, '$.body')
       END
FROM events
WHERE kind IN ('customer_message', 'reply', 'note', 'call', 'visit', 'promise_made', 'promise_broken',
               'complaint_flagged', 'handoff');
