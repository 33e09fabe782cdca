-- The server decides what enters a shop's history, and where.
--
-- From here on a desk's role holds no right on any table: it reads and writes
-- only through the functions below, which run with the owner's rights
-- (SECURITY DEFINER), look the desk up by the role it logged in as, check
-- everything it sends, and hand out positions themselves. A desk can no
-- longer lock a table or a shop's row, move a shop's positions, write in
-- another desk's name, or delete a kept file.
--
-- Each refusal has its own SQLSTATE in the class 'CB' so a desk can say why
-- in its person's language; the message says it in English for anyone else:
--   CB001  a clock value further ahead of the server's clock than the shop allows
--          (DETAIL: the server's clock in Unix ms and the first such event's id,
--          so the desk can re-stamp from that event on; events the server
--          holds already are never refused for their clock)
--   CB002  more events than the desk's rate allows (DETAIL: seconds to wait)
--   CB003  an event or a batch above the size limits (DETAIL: the limit)
--   CB004  an event whose envelope is malformed (DETAIL: its id, what is wrong)
--   CB005  an event in another desk's name
--   CB006  a desk too old for this server (DETAIL: the oldest protocol it takes)
--   CB007  this role is no desk of a shop here, or its access was withdrawn
--   CB008  an event the server holds differently under the same id
--   CB009  a join code past its date, or already used
--   CB010  a file whose content does not match its name, or too big
--   CB011  a file deleted with no erasure in the history naming it
--
-- Rule across versions: a desk says which protocol it speaks on every call.
-- A later migration may add functions and limits, and accepts every protocol
-- from `shops.min_desk_protocol` on; it raises that only when older desks
-- could do harm, and they are then told to update (CB006). Event kinds are
-- not checked here beyond their shape: a kind only newer desks know travels
-- like any other, and an older desk sets it aside until it is updated.

-- What a shop allows each desk; the owner may change these in SQL.
ALTER TABLE casebook.shops
    -- Events one desk may add per minute (a bucket of that size, refilled
    -- evenly): enough for an import of a year's history in a few minutes,
    -- far too few to bury the shop.
    ADD COLUMN desk_events_per_minute integer NOT NULL DEFAULT 120000
        CHECK (desk_events_per_minute > 0),
    -- The largest event (a long mail is some hundred kilobytes).
    ADD COLUMN max_event_bytes integer NOT NULL DEFAULT 1048576 CHECK (max_event_bytes > 0),
    -- The largest push, all its events together.
    ADD COLUMN max_push_bytes integer NOT NULL DEFAULT 33554432 CHECK (max_push_bytes > 0),
    -- How far ahead of the server's clock an event's clock value may be.
    -- Desks that keep their clocks by the network are within seconds of it;
    -- ten minutes leaves room for a PC clock nobody set, and bounds how far
    -- one desk can pull the shop's order ahead of the real time.
    ADD COLUMN clock_ahead_ms bigint NOT NULL DEFAULT 600000 CHECK (clock_ahead_ms >= 0),
    -- The largest attached file the server keeps.
    ADD COLUMN max_file_bytes bigint NOT NULL DEFAULT 104857600 CHECK (max_file_bytes > 0),
    ADD COLUMN min_desk_protocol integer NOT NULL DEFAULT 2;

ALTER TABLE casebook.desks
    -- Until when its join code works (NULL: no limit, for desks invited before).
    ADD COLUMN join_until timestamptz,
    -- The rate bucket: events it may still add, as of `budget_at`.
    ADD COLUMN budget double precision,
    ADD COLUMN budget_at timestamptz,
    -- The protocol it spoke at its last call.
    ADD COLUMN protocol integer;

-- Erasures are looked up by the files they name.
CREATE INDEX events_erasures ON casebook.events (shop_id) WHERE kind = 'attachment_erased';

-- The desk calling, by the role it logged in as (`session_user`: a function
-- running with the owner's rights sees the owner as `current_user`).
-- Until it has joined, a desk may only say hello and join: an unused join
-- code reads nothing.
CREATE FUNCTION casebook.caller(p_protocol integer, p_joined boolean DEFAULT true)
RETURNS casebook.desks
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks;
    oldest integer;
BEGIN
    SELECT * INTO d FROM casebook.desks WHERE role_name = session_user;
    IF NOT FOUND OR d.revoked_at IS NOT NULL THEN
        RAISE EXCEPTION 'this desk''s access to the shop was withdrawn, or it is no desk of a shop here'
            USING ERRCODE = 'CB007', DETAIL = 'revoked';
    END IF;
    IF p_joined AND d.joined_at IS NULL THEN
        RAISE EXCEPTION 'this desk has not joined the shop yet: join with its code first'
            USING ERRCODE = 'CB007', DETAIL = 'not joined';
    END IF;
    SELECT min_desk_protocol INTO oldest FROM casebook.shops WHERE id = d.shop_id;
    IF p_protocol IS NULL OR p_protocol < oldest THEN
        RAISE EXCEPTION 'this desk''s Casebook is too old for the shop''s server: update it'
            USING ERRCODE = 'CB006', DETAIL = oldest::text;
    END IF;
    RETURN d;
END
$$;

-- Who the calling desk is, and whether it has joined.
CREATE FUNCTION casebook.hello(p_protocol integer)
RETURNS TABLE (desk_id text, shop_id text, shop_name text, joined boolean, server_ms bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol, false);
BEGIN
    RETURN QUERY SELECT d.id, d.shop_id, s.name, d.joined_at IS NOT NULL,
        (extract(epoch FROM clock_timestamp()) * 1000)::int8
        FROM casebook.shops s WHERE s.id = d.shop_id;
END
$$;

-- Joining with a code: once, before its date. The desk sends the verifier of
-- a password only it knows (never the password), which replaces the code's.
CREATE FUNCTION casebook.join_shop(p_protocol integer, p_verifier text)
RETURNS TABLE (desk_id text, shop_id text, shop_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol, false);
BEGIN
    -- Two desks joining with one code at once: the second waits on the row.
    SELECT * INTO d FROM casebook.desks WHERE id = d.id FOR UPDATE;
    IF d.joined_at IS NOT NULL THEN
        RAISE EXCEPTION 'this join code was already used' USING ERRCODE = 'CB009', DETAIL = 'used';
    END IF;
    IF d.join_until IS NOT NULL AND d.join_until < now() THEN
        RAISE EXCEPTION 'this join code is past its date' USING ERRCODE = 'CB009', DETAIL = 'expired';
    END IF;
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'the new password is not a SCRAM verifier' USING ERRCODE = 'CB004';
    END IF;
    UPDATE casebook.desks SET joined_at = now(), last_seen = now(), protocol = p_protocol WHERE id = d.id;
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', d.role_name, p_verifier, 'infinity');
    RETURN QUERY SELECT d.id, d.shop_id, s.name FROM casebook.shops s WHERE s.id = d.shop_id;
END
$$;

-- The desk is here; `p_offset_ms` is its clock minus the server's.
CREATE FUNCTION casebook.heartbeat(p_protocol integer, p_offset_ms bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
BEGIN
    UPDATE casebook.desks SET last_seen = now(), clock_offset_ms = p_offset_ms, protocol = p_protocol
        WHERE id = d.id;
END
$$;

CREATE FUNCTION casebook.now_ms() RETURNS bigint
LANGUAGE sql STABLE SET search_path = casebook, pg_temp AS $$
    SELECT (extract(epoch FROM clock_timestamp()) * 1000)::int8
$$;

-- The shop's desks.
CREATE FUNCTION casebook.shop_desks(p_protocol integer)
RETURNS TABLE (id text, name text, invited_at bigint, joined_at bigint, last_seen bigint,
               clock_offset_ms bigint, revoked_at bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
BEGIN
    RETURN QUERY SELECT k.id, k.name,
        (extract(epoch FROM k.invited_at) * 1000)::int8,
        (extract(epoch FROM k.joined_at) * 1000)::int8,
        (extract(epoch FROM k.last_seen) * 1000)::int8,
        k.clock_offset_ms,
        (extract(epoch FROM k.revoked_at) * 1000)::int8
        FROM casebook.desks k WHERE k.shop_id = d.shop_id ORDER BY k.invited_at, k.id;
END
$$;

-- The shop's events after a position, in the server's order.
CREATE FUNCTION casebook.pull(p_protocol integer, p_after bigint, p_limit integer)
RETURNS TABLE (pos bigint, id text, desk_id text, hlc bigint, staff_id text, at bigint,
               customer_id text, case_id text, payload text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
BEGIN
    RETURN QUERY SELECT e.position, e.id, e.desk_id, e.hlc, e.staff_id, e.at, e.customer_id,
                        e.case_id, e.payload
        FROM casebook.events e
        WHERE e.shop_id = d.shop_id AND e.position > p_after
        ORDER BY e.position LIMIT greatest(least(p_limit, 10000), 0);
END
$$;

-- Ends the sessions of this shop's desks that sit in an open transaction, or
-- keep one open for long: an honest desk's every call is one short
-- statement, so such a session may be holding the shop's row and stopping
-- everyone's push. Called only when a push could not get that row.
CREATE FUNCTION casebook.end_idle_holders(p_shop text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    ended integer := 0;
    pid integer;
BEGIN
    FOR pid IN
        SELECT a.pid FROM pg_stat_activity a
        JOIN casebook.desks k ON k.role_name = a.usename
        WHERE k.shop_id = p_shop AND a.pid <> pg_backend_pid()
          AND ((a.state LIKE 'idle in transaction%'
                AND a.state_change < clock_timestamp() - interval '1 second')
               OR a.xact_start < clock_timestamp() - interval '30 seconds')
    LOOP
        IF pg_terminate_backend(pid) THEN
            ended := ended + 1;
        END IF;
    END LOOP;
    RETURN ended;
END
$$;

-- The shapes of an id (a UUID as desks write them) and of a kind, without
-- regular expressions (a push checks six columns of thousands of rows).
CREATE FUNCTION casebook.is_id(v text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT translate(v, '123456789abcdef', '000000000000000') = '00000000-0000-0000-0000-000000000000'
$$;

CREATE FUNCTION casebook.is_kind(v text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT length(v) BETWEEN 1 AND 63 AND ascii(v) BETWEEN 97 AND 122
       AND translate(v, 'abcdefghijklmnopqrstuvwxyz0123456789_', '') = ''
$$;

-- The one way events enter a shop's history, for desks (`push`) and for the
-- owner's first upload: checks every envelope, refuses the whole batch if
-- one is wrong, gives each new event the next position under the shop's row
-- lock (so commit order is position order and a reader never skips one), and
-- counts events it holds already, identical, as delivered.
CREATE FUNCTION casebook.append(
    p_shop text, p_desk text, p_ids text[], p_desks text[], p_hlcs bigint[], p_staff text[],
    p_ats bigint[], p_customers text[], p_cases text[], p_kinds text[], p_payloads text[])
RETURNS TABLE (added bigint, already bigint, last_position bigint)
LANGUAGE plpgsql SET search_path = casebook, pg_temp SET lock_timeout = '3s' AS $$
DECLARE
    s casebook.shops;
    n integer := coalesce(array_length(p_ids, 1), 0);
    bad record;
    bad_id text;
    total bigint;
    distinct_ids integer;
    held integer;
    ids_ok boolean;
    limit_hlc bigint;
    server_ms bigint := casebook.now_ms();
    tries integer := 0;
    fresh integer;
    first_pos bigint;
BEGIN
    IF n = 0 THEN
        RETURN QUERY SELECT 0::int8, 0::int8, 0::int8;
        RETURN;
    END IF;
    IF n > 10000 THEN
        RAISE EXCEPTION 'a push holds at most 10000 events' USING ERRCODE = 'CB003', DETAIL = '10000';
    END IF;
    IF coalesce(array_length(p_desks, 1), 0) <> n OR coalesce(array_length(p_hlcs, 1), 0) <> n
        OR coalesce(array_length(p_staff, 1), 0) <> n OR coalesce(array_length(p_ats, 1), 0) <> n
        OR coalesce(array_length(p_customers, 1), 0) <> n OR coalesce(array_length(p_cases, 1), 0) <> n
        OR coalesce(array_length(p_kinds, 1), 0) <> n OR coalesce(array_length(p_payloads, 1), 0) <> n THEN
        RAISE EXCEPTION 'the columns of a push differ in length' USING ERRCODE = 'CB004', DETAIL = '';
    END IF;
    SELECT * INTO s FROM casebook.shops WHERE id = p_shop;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no shop % on this server', p_shop USING ERRCODE = 'CB007';
    END IF;

    -- Sizes first: nothing big is parsed.
    SELECT sum(octet_length(t.p)) INTO total FROM unnest(p_payloads) AS t(p);
    IF total > s.max_push_bytes THEN
        RAISE EXCEPTION 'a push of % bytes is above the shop''s limit', total
            USING ERRCODE = 'CB003', DETAIL = s.max_push_bytes::text;
    END IF;
    SELECT t.id INTO bad FROM unnest(p_ids, p_payloads) WITH ORDINALITY AS t(id, p, n)
        WHERE octet_length(t.p) > s.max_event_bytes ORDER BY t.n LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'event % is above the shop''s limit for one event', bad.id
            USING ERRCODE = 'CB003', DETAIL = s.max_event_bytes::text;
    END IF;

    -- The envelope: ids, names, clock values, kinds. Ids are checked fast
    -- by PostgreSQL's own UUID reader first; only when that fails is each
    -- looked at closely, to say which.
    BEGIN
        PERFORM 1 FROM unnest(p_ids, p_desks, p_staff, p_customers, p_cases)
            AS t(id, desk, staff, customer, case_id)
            WHERE t.id::uuid::text <> t.id OR t.desk::uuid::text <> t.desk
               OR t.staff::uuid::text <> t.staff OR t.customer::uuid::text <> t.customer
               OR t.case_id::uuid::text <> t.case_id
            LIMIT 1;
        ids_ok := NOT FOUND;
    EXCEPTION WHEN invalid_text_representation THEN
        ids_ok := false;
    END;
    limit_hlc := ((server_ms + s.clock_ahead_ms) << 16) | 65535;
    SELECT t.id, CASE
            WHEN t.id IS NULL OR (NOT ids_ok AND NOT casebook.is_id(t.id)) THEN 'its id is not an id'
            WHEN p_desk IS NOT NULL AND t.desk IS DISTINCT FROM p_desk THEN 'another desk''s name'
            WHEN t.desk IS NULL OR (NOT ids_ok AND NOT casebook.is_id(t.desk)) THEN 'its desk is not an id'
            WHEN t.staff IS NOT NULL AND (NOT ids_ok AND NOT casebook.is_id(t.staff)) THEN 'its staff member is not an id'
            WHEN t.customer IS NOT NULL AND (NOT ids_ok AND NOT casebook.is_id(t.customer)) THEN 'its customer is not an id'
            WHEN t.case_id IS NOT NULL AND (NOT ids_ok AND NOT casebook.is_id(t.case_id)) THEN 'its case is not an id'
            WHEN t.kind IS NULL OR NOT casebook.is_kind(t.kind) THEN 'its kind is not a kind'
            WHEN t.hlc IS NULL OR t.hlc <= 0 THEN 'its clock value is not a clock value'
            WHEN t.at IS NULL OR t.at < 0 OR t.at > 253402300799999 THEN 'its time is not a time'
            WHEN t.hlc > limit_hlc
                 AND NOT EXISTS (SELECT 1 FROM casebook.events e WHERE e.shop_id = p_shop AND e.id = t.id)
                THEN 'ahead'
            WHEN t.p IS NULL THEN 'it has no payload'
        END AS why
        INTO bad
        FROM unnest(p_ids, p_desks, p_hlcs, p_staff, p_ats, p_customers, p_cases, p_kinds, p_payloads)
             WITH ORDINALITY AS t(id, desk, hlc, staff, at, customer, case_id, kind, p, n)
        WHERE t.id IS NULL OR (NOT ids_ok AND NOT casebook.is_id(t.id))
           OR (p_desk IS NOT NULL AND t.desk IS DISTINCT FROM p_desk)
           OR t.desk IS NULL OR (NOT ids_ok AND NOT casebook.is_id(t.desk))
           OR (t.staff IS NOT NULL AND (NOT ids_ok AND NOT casebook.is_id(t.staff)))
           OR (t.customer IS NOT NULL AND (NOT ids_ok AND NOT casebook.is_id(t.customer)))
           OR (t.case_id IS NOT NULL AND (NOT ids_ok AND NOT casebook.is_id(t.case_id)))
           OR t.kind IS NULL OR NOT casebook.is_kind(t.kind)
           OR t.hlc IS NULL OR t.hlc <= 0
           OR (t.hlc > limit_hlc
               AND NOT EXISTS (SELECT 1 FROM casebook.events e WHERE e.shop_id = p_shop AND e.id = t.id))
           OR t.at IS NULL OR t.at < 0 OR t.at > 253402300799999
           OR t.p IS NULL
        ORDER BY t.n
        LIMIT 1;
    IF FOUND THEN
        IF bad.why = 'ahead' THEN
            RAISE EXCEPTION 'event % has a clock value more than % ms ahead of the server''s clock',
                bad.id, s.clock_ahead_ms USING ERRCODE = 'CB001', DETAIL = server_ms::text || ' ' || bad.id;
        ELSIF bad.why = 'another desk''s name' THEN
            RAISE EXCEPTION 'event % is in another desk''s name', bad.id USING ERRCODE = 'CB005';
        END IF;
        RAISE EXCEPTION 'event % is malformed: %', bad.id, bad.why
            USING ERRCODE = 'CB004', DETAIL = bad.id || ': ' || bad.why;
    END IF;

    -- The payload: a JSON object that names the event's kind. Desks write
    -- the kind first, which is checked without taking the JSON apart; the
    -- JSON is only validated (`json`, not `jsonb`: nothing is converted).
    BEGIN
        SELECT t.id INTO bad_id
            FROM unnest(p_ids, p_kinds, p_payloads) WITH ORDINALITY AS t(id, kind, p, n)
            WHERE t.p::json IS NULL
               OR NOT (starts_with(t.p, '{"kind":"' || t.kind || '"')
                       OR (json_typeof(t.p::json) = 'object'
                           AND (t.p::json ->> 'kind') IS NOT DISTINCT FROM t.kind))
            ORDER BY t.n
            LIMIT 1;
    EXCEPTION WHEN invalid_text_representation OR untranslatable_character THEN
        -- Unreadable JSON somewhere: find which, one by one.
        FOR i IN 1 .. n LOOP
            BEGIN
                PERFORM p_payloads[i]::jsonb;
            EXCEPTION WHEN invalid_text_representation OR untranslatable_character THEN
                bad_id := p_ids[i];
                EXIT;
            END;
        END LOOP;
    END;
    IF bad_id IS NOT NULL THEN
        RAISE EXCEPTION 'event %''s payload is not a JSON object naming its kind', bad_id
            USING ERRCODE = 'CB004', DETAIL = bad_id || ': its payload is not a JSON object naming its kind';
    END IF;

    -- The shop's row lock, held to commit. A desk that holds it while it
    -- idles in a transaction is ended, and the lock tried again.
    LOOP
        BEGIN
            SELECT * INTO s FROM casebook.shops WHERE id = p_shop FOR UPDATE;
            EXIT;
        EXCEPTION WHEN lock_not_available THEN
            tries := tries + 1;
            IF tries > 3 THEN
                RAISE EXCEPTION 'the shop''s server is busy: try again in a moment'
                    USING ERRCODE = 'lock_not_available';
            END IF;
            PERFORM casebook.end_idle_holders(p_shop);
        END;
    END LOOP;

    -- Events held already must be held identical; one id twice in a batch
    -- only as identical copies. (Both are rare: a push whose acknowledgement
    -- was lost is sent again. The common case skips the comparisons.)
    SELECT count(DISTINCT t.id) INTO distinct_ids FROM unnest(p_ids) AS t(id);
    SELECT count(DISTINCT t.id) INTO held FROM unnest(p_ids) AS t(id)
        JOIN casebook.events e ON e.shop_id = p_shop AND e.id = t.id;
    IF held > 0 THEN
        SELECT t.id INTO bad
            FROM unnest(p_ids, p_desks, p_hlcs, p_staff, p_ats, p_customers, p_cases, p_kinds, p_payloads)
                 AS t(id, desk, hlc, staff, at, customer, case_id, kind, p)
            JOIN casebook.events e ON e.shop_id = p_shop AND e.id = t.id
            WHERE e.desk_id <> t.desk OR e.hlc <> t.hlc OR e.staff_id IS DISTINCT FROM t.staff
               OR e.at <> t.at OR e.customer_id IS DISTINCT FROM t.customer
               OR e.case_id IS DISTINCT FROM t.case_id OR e.kind <> t.kind
               OR (e.payload <> t.p AND e.payload::jsonb <> t.p::jsonb)
            LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'the shop''s server holds a different event under the id %', bad.id
                USING ERRCODE = 'CB008', DETAIL = bad.id;
        END IF;
    END IF;
    IF distinct_ids < n THEN
        SELECT t.id INTO bad
            FROM unnest(p_ids, p_desks, p_hlcs, p_staff, p_ats, p_customers, p_cases, p_kinds, p_payloads)
                 AS t(id, desk, hlc, staff, at, customer, case_id, kind, p)
            GROUP BY t.id
            HAVING count(DISTINCT (t.desk, t.hlc, t.staff, t.at, t.customer, t.case_id, t.kind, t.p)) > 1
            LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'one push holds two different events under the id %', bad.id
                USING ERRCODE = 'CB008', DETAIL = bad.id;
        END IF;
    END IF;
    fresh := distinct_ids - held;
    IF fresh = 0 THEN
        RETURN QUERY SELECT 0::int8, n::int8, s.next_position - 1;
        RETURN;
    END IF;

    -- A desk's rate: a bucket of a minute's worth, refilled evenly.
    IF p_desk IS NOT NULL THEN
        DECLARE
            rate double precision := s.desk_events_per_minute;
            k casebook.desks;
            have double precision;
        BEGIN
            SELECT * INTO k FROM casebook.desks WHERE id = p_desk FOR UPDATE;
            have := least(rate, coalesce(k.budget, rate)
                + extract(epoch FROM clock_timestamp() - coalesce(k.budget_at, clock_timestamp())) * rate / 60);
            IF have < least(fresh, rate) THEN
                RAISE EXCEPTION 'this desk sent more events than the shop allows per minute'
                    USING ERRCODE = 'CB002', DETAIL = ceil((least(fresh, rate) - have) * 60 / rate)::text;
            END IF;
            UPDATE casebook.desks SET budget = have - fresh, budget_at = clock_timestamp(),
                last_seen = now() WHERE id = p_desk;
        END;
    END IF;

    -- New events in the batch's order, the first copy of an id only.
    first_pos := s.next_position;
    IF fresh = n THEN
        INSERT INTO casebook.events
            (shop_id, position, id, desk_id, hlc, staff_id, at, customer_id, case_id, kind, payload)
            SELECT p_shop, first_pos + t.n - 1, t.id, t.desk, t.hlc, t.staff, t.at, t.customer,
                   t.case_id, t.kind, t.p
            FROM unnest(p_ids, p_desks, p_hlcs, p_staff, p_ats, p_customers, p_cases, p_kinds,
                        p_payloads) WITH ORDINALITY
                 AS t(id, desk, hlc, staff, at, customer, case_id, kind, p, n)
            ORDER BY t.n;
    ELSE
        INSERT INTO casebook.events
            (shop_id, position, id, desk_id, hlc, staff_id, at, customer_id, case_id, kind, payload)
            SELECT p_shop, first_pos + row_number() OVER (ORDER BY u.n) - 1, u.id, u.desk, u.hlc,
                   u.staff, u.at, u.customer, u.case_id, u.kind, u.p
            FROM (
                SELECT DISTINCT ON (t.id) t.*
                FROM unnest(p_ids, p_desks, p_hlcs, p_staff, p_ats, p_customers, p_cases, p_kinds,
                            p_payloads) WITH ORDINALITY
                     AS t(id, desk, hlc, staff, at, customer, case_id, kind, p, n)
                WHERE NOT EXISTS (SELECT 1 FROM casebook.events e WHERE e.shop_id = p_shop AND e.id = t.id)
                ORDER BY t.id, t.n
            ) u
            ORDER BY u.n;
    END IF;
    UPDATE casebook.shops SET next_position = first_pos + fresh WHERE id = p_shop;
    PERFORM pg_notify('casebook_' || left(regexp_replace(lower(p_shop), '[^a-z0-9]', '_', 'g'), 54),
                      (first_pos + fresh - 1)::text);
    RETURN QUERY SELECT fresh::int8, (n - fresh)::int8, first_pos + fresh - 1;
END
$$;

CREATE FUNCTION casebook.push(
    p_protocol integer, p_ids text[], p_desks text[], p_hlcs bigint[], p_staff text[],
    p_ats bigint[], p_customers text[], p_cases text[], p_kinds text[], p_payloads text[])
RETURNS TABLE (added bigint, already bigint, last_position bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
BEGIN
    RETURN QUERY SELECT * FROM casebook.append(d.shop_id, d.id, p_ids, p_desks, p_hlcs, p_staff,
        p_ats, p_customers, p_cases, p_kinds, p_payloads);
END
$$;

-- Attached files: kept once per content, named by its SHA-256.
CREATE FUNCTION casebook.files_missing(p_protocol integer, p_hashes text[]) RETURNS SETOF text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
BEGIN
    RETURN QUERY SELECT h FROM unnest(p_hashes) AS h
        WHERE NOT EXISTS (SELECT 1 FROM casebook.files f WHERE f.shop_id = d.shop_id AND f.hash = h);
END
$$;

CREATE FUNCTION casebook.put_file(p_protocol integer, p_hash text, p_content bytea) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
    biggest bigint;
BEGIN
    SELECT max_file_bytes INTO biggest FROM casebook.shops WHERE id = d.shop_id;
    IF octet_length(p_content) > biggest THEN
        RAISE EXCEPTION 'the file is above the shop''s limit' USING ERRCODE = 'CB010',
            DETAIL = biggest::text;
    END IF;
    IF p_hash IS NULL OR encode(sha256(p_content), 'hex') <> p_hash THEN
        RAISE EXCEPTION 'the file''s content does not match its name' USING ERRCODE = 'CB010';
    END IF;
    INSERT INTO casebook.files (shop_id, hash, size, content, added_by)
        VALUES (d.shop_id, p_hash, octet_length(p_content), p_content, d.id)
        ON CONFLICT (shop_id, hash) DO NOTHING;
END
$$;

CREATE FUNCTION casebook.get_file(p_protocol integer, p_hash text) RETURNS bytea
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
BEGIN
    RETURN (SELECT content FROM casebook.files WHERE shop_id = d.shop_id AND hash = p_hash);
END
$$;

-- A file's content leaves the server only when the history holds an
-- erasure naming it.
CREATE FUNCTION casebook.erase_file(p_protocol integer, p_hash text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM casebook.events e
        WHERE e.shop_id = d.shop_id AND e.kind = 'attachment_erased'
          AND (e.payload::jsonb ->> 'hash') = p_hash
    ) THEN
        RAISE EXCEPTION 'no erasure in the shop''s history names this file' USING ERRCODE = 'CB011';
    END IF;
    DELETE FROM casebook.files WHERE shop_id = d.shop_id AND hash = p_hash;
END
$$;

-- Desks hold no rights on tables any more: only on these functions.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA casebook FROM PUBLIC;
DROP POLICY own_shop_position ON casebook.shops;
DROP POLICY own_desk ON casebook.desks;
DROP POLICY own_events ON casebook.events;
DROP POLICY own_files ON casebook.files;
DROP POLICY erased_files ON casebook.files;
