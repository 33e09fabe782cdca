-- 0018: the words each search index holds, read through FTS5's vocabulary
-- tables (no storage of their own), so a search that finds nothing can offer
-- the nearest words the shop's history does hold ("Kowalsky": Kowalski).
CREATE VIRTUAL TABLE customer_terms USING fts5vocab(customer_names, row);
CREATE VIRTUAL TABLE case_terms USING fts5vocab(case_text, row);
CREATE VIRTUAL TABLE event_terms USING fts5vocab(event_text, row);
