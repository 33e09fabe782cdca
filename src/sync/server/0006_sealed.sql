-- 0006: the server never holds a customer's words in clear, and forgets its
-- copy of a forgotten customer's.
--
-- Desks seal every payload that holds words with the shop's key (see
-- `src/sync/seal.rs`): the server keeps the payload with its words taken out
-- (still a JSON object naming its kind) and, under "sealed", the whole
-- payload encrypted. The key never comes here; `shops.key_check` lets a desk
-- with another key be told so, and says nothing of the key.
--
-- The server notes the records each `customer_forgotten` names; the desks
-- that settle it then name the events about them they hold, and the sealed
-- part of each is dropped (`strip_forgotten`). What stays is what every desk
-- keeps of a forgotten customer: kinds, ids, times, channels, scores.
-- This is the one change the history allows (besides an owner sealing, once,
-- what was sent before the shop sealed its words).

ALTER TABLE casebook.shops ADD COLUMN key_check text;

CREATE TABLE casebook.forgotten (
    shop_id     text NOT NULL,
    customer_id text NOT NULL,
    PRIMARY KEY (shop_id, customer_id)
);

-- Customers forgotten before this server knew sealing.
INSERT INTO casebook.forgotten (shop_id, customer_id)
    SELECT DISTINCT e.shop_id, x
    FROM casebook.events e,
         jsonb_array_elements_text(CASE WHEN jsonb_typeof(e.payload::jsonb -> 'ids') = 'array'
                                        THEN e.payload::jsonb -> 'ids' ELSE '[]'::jsonb END) AS t(x)
    WHERE e.kind = 'customer_forgotten'
    ON CONFLICT DO NOTHING;


-- The history is append-only, but for three changes of a payload, its
-- envelope and kind untouched: dropping the sealed part (forgetting);
-- sealing a payload sent in clear before; and, for a forgotten customer's
-- event sent in clear before, keeping only what the desks keep of it.
CREATE OR REPLACE FUNCTION casebook.guard_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'shops' THEN
        IF NEW.next_position < OLD.next_position THEN
            RAISE EXCEPTION 'a shop''s event positions only move forward'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE'
        AND (NEW.shop_id, NEW.position, NEW.id, NEW.desk_id, NEW.hlc, NEW.staff_id, NEW.at,
             NEW.customer_id, NEW.case_id, NEW.kind)
            IS NOT DISTINCT FROM
            (OLD.shop_id, OLD.position, OLD.id, OLD.desk_id, OLD.hlc, OLD.staff_id, OLD.at,
             OLD.customer_id, OLD.case_id, OLD.kind)
        AND (
            NEW.payload::jsonb = OLD.payload::jsonb - 'sealed'
            OR (NOT (OLD.payload::jsonb ? 'sealed')
                AND NEW.payload::jsonb ->> 'kind' = OLD.payload::jsonb ->> 'kind'
                AND (NEW.payload::jsonb ? 'sealed'
                     OR EXISTS (SELECT 1 FROM casebook.forgotten f
                                WHERE f.shop_id = OLD.shop_id AND f.customer_id = OLD.customer_id)))
        )
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the shop''s history is append-only: events are never changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- An erasure names the records it forgets (and its own customer).
CREATE FUNCTION casebook.note_forgotten() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
BEGIN
    INSERT INTO casebook.forgotten (shop_id, customer_id)
        SELECT NEW.shop_id, x
        FROM jsonb_array_elements_text(
            CASE WHEN jsonb_typeof(NEW.payload::jsonb -> 'ids') = 'array'
                 THEN NEW.payload::jsonb -> 'ids' ELSE '[]'::jsonb END) AS t(x)
        UNION SELECT NEW.shop_id, NEW.customer_id WHERE NEW.customer_id IS NOT NULL
        ON CONFLICT DO NOTHING;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION casebook.note_forgotten() FROM PUBLIC;

CREATE TRIGGER events_note_forgotten BEFORE INSERT ON casebook.events
    FOR EACH ROW WHEN (NEW.kind = 'customer_forgotten')
    EXECUTE FUNCTION casebook.note_forgotten();

-- A desk that settled an erasure names the events about the forgotten
-- records it holds; each of those still sealed loses its words here. Only an
-- event about a record an erasure in the shop's history named: a desk can
-- take nothing else's words away. (Desks name them because they know them:
-- the server would need an index by customer, paid on every push, to find
-- them itself.)
CREATE FUNCTION casebook.strip_forgotten(p_protocol integer, p_ids text[]) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
    changed bigint;
BEGIN
    UPDATE casebook.events e SET payload = (e.payload::jsonb - 'sealed')::text
        WHERE e.shop_id = d.shop_id AND e.id = ANY (p_ids)
          AND e.kind <> 'customer_forgotten' AND e.payload LIKE '%"sealed"%'
          AND EXISTS (SELECT 1 FROM casebook.forgotten f
                      WHERE f.shop_id = e.shop_id AND f.customer_id = e.customer_id);
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END
$$;

-- The shop's key check, for a desk (NULL: this shop's words are not sealed).
CREATE FUNCTION casebook.key_check(p_protocol integer) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol, false);
BEGIN
    RETURN (SELECT key_check FROM casebook.shops WHERE id = d.shop_id);
END
$$;

-- A sealed file: its name is the SHA-256 of the content before sealing,
-- which the server cannot check; the desk that opens it does.
ALTER TABLE casebook.files ADD COLUMN sealed boolean NOT NULL DEFAULT false;

CREATE FUNCTION casebook.put_sealed_file(p_protocol integer, p_hash text, p_content bytea) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
    biggest bigint;
BEGIN
    SELECT max_file_bytes INTO biggest FROM casebook.shops WHERE id = d.shop_id;
    -- The seal adds 24 bytes.
    IF octet_length(p_content) > biggest + 64 THEN
        RAISE EXCEPTION 'the file is above the shop''s limit' USING ERRCODE = 'CB010',
            DETAIL = biggest::text;
    END IF;
    IF p_hash IS NULL OR p_hash !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'a file is named by its SHA-256' USING ERRCODE = 'CB010';
    END IF;
    INSERT INTO casebook.files (shop_id, hash, size, content, added_by, sealed)
        VALUES (d.shop_id, p_hash, octet_length(p_content), p_content, d.id, true)
        ON CONFLICT (shop_id, hash) DO NOTHING;
END
$$;

-- A file leaves the server when the history holds its erasure, or when
-- every customer it was attached for is forgotten (a sealed payload keeps
-- the hashes of its files in clear: the server names files by them anyway).
CREATE OR REPLACE FUNCTION casebook.erase_file(p_protocol integer, p_hash text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
    named jsonb := jsonb_build_array(jsonb_build_object('hash', p_hash));
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM casebook.events e
        WHERE e.shop_id = d.shop_id AND e.kind = 'attachment_erased'
          AND (e.payload::jsonb ->> 'hash') = p_hash
    ) AND NOT (
        EXISTS (
            SELECT 1 FROM casebook.events e
            JOIN casebook.forgotten f ON f.shop_id = e.shop_id AND f.customer_id = e.customer_id
            WHERE e.shop_id = d.shop_id AND e.kind = 'files_attached' AND e.payload::jsonb -> 'files' @> named
        )
        AND NOT EXISTS (
            SELECT 1 FROM casebook.events e
            WHERE e.shop_id = d.shop_id AND e.kind = 'files_attached' AND e.payload::jsonb -> 'files' @> named
              AND NOT EXISTS (SELECT 1 FROM casebook.forgotten f
                              WHERE f.shop_id = e.shop_id AND f.customer_id = e.customer_id)
        )
    ) THEN
        RAISE EXCEPTION 'no erasure in the shop''s history names this file' USING ERRCODE = 'CB011';
    END IF;
    DELETE FROM casebook.files WHERE shop_id = d.shop_id AND hash = p_hash;
END
$$;
