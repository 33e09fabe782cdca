-- 0006: one place per feature.
--
-- A pinned key fact keeps its own text (as its fact_pinned event says), so
-- showing a customer's key facts never needs to read and understand whatever
-- kind of event was pinned.
ALTER TABLE pins ADD COLUMN text TEXT NOT NULL DEFAULT '';

UPDATE pins SET text = f.text
FROM (
    SELECT json_extract(payload, '$.event_id') AS event_id, json_extract(payload, '$.text') AS text, max(seq)
    FROM events WHERE kind = 'fact_pinned' GROUP BY 1
) AS f
WHERE f.event_id = pins.event_id;
