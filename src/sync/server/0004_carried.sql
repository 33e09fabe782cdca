-- 0004: a desk may bring the shop events that another desk wrote, when they
-- came to it in an export it imported (a colleague's, a standalone desk's,
-- the desk's own old PC's). Without this they would stay on that one desk:
-- the shop's history split for good.
--
-- The server takes such an event through the same checks as any other, from
-- the desk that brings it, whoever wrote it: a standalone desk, a revoked
-- one, a PC that is gone, or a desk of the shop that has not synced (or that
-- restored a backup and no longer has them). An event whose clock value is
-- ahead of the server's is left with the carrier for later ("kept"). When its
-- own desk later sends an event that was brought, the server's copy stands:
-- the desk's copy counts as already there (its clock value may differ, if the
-- desk gave its unsent work the server's time meanwhile; the desk takes the
-- server's value when it pulls). An event the server refuses (malformed, or a
-- different event under its id) is answered "refused" and never blocks the
-- rest.

-- Who brought an event that its own desk did not send (the events
-- themselves never change).
CREATE TABLE casebook.brought (
    shop_id  text NOT NULL,
    event_id text NOT NULL,
    desk_id  text NOT NULL,
    at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shop_id, event_id)
);

-- The entries of `p` at the positions `p_at`, in that order: a batch cut
-- down to the events that go on (one array per column).
CREATE FUNCTION casebook.picked(p anyarray, p_at integer[]) RETURNS anyarray
LANGUAGE sql IMMUTABLE SET search_path = casebook, pg_temp AS $$
    SELECT array_agg(p[k] ORDER BY o) FROM unnest(p_at) WITH ORDINALITY AS u(k, o)
$$;
REVOKE ALL ON FUNCTION casebook.picked FROM PUBLIC;

CREATE FUNCTION casebook.push_carried(
    p_protocol integer, p_ids text[], p_desks text[], p_hlcs bigint[], p_staff text[],
    p_ats bigint[], p_customers text[], p_cases text[], p_kinds text[], p_payloads text[])
RETURNS TABLE (event_id text, outcome text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
    s casebook.shops;
    n integer := coalesce(array_length(p_ids, 1), 0);
    limit_hlc bigint;
    take integer[];
    i integer;
    rate double precision;
    have double precision;
BEGIN
    IF n > 10000 THEN
        RAISE EXCEPTION 'a push holds at most 10000 events' USING ERRCODE = 'CB003', DETAIL = '10000';
    END IF;
    IF coalesce(array_length(p_desks, 1), 0) <> n OR coalesce(array_length(p_hlcs, 1), 0) <> n
        OR coalesce(array_length(p_staff, 1), 0) <> n OR coalesce(array_length(p_ats, 1), 0) <> n
        OR coalesce(array_length(p_customers, 1), 0) <> n OR coalesce(array_length(p_cases, 1), 0) <> n
        OR coalesce(array_length(p_kinds, 1), 0) <> n OR coalesce(array_length(p_payloads, 1), 0) <> n THEN
        RAISE EXCEPTION 'the columns of a push differ in length' USING ERRCODE = 'CB004', DETAIL = '';
    END IF;
    SELECT * INTO s FROM casebook.shops WHERE id = d.shop_id;
    limit_hlc := ((casebook.now_ms() + s.clock_ahead_ms) << 16) | 65535;

    -- Held already (whatever its content: a carried copy never corrects the
    -- server), or kept for later while its clock value is ahead.
    RETURN QUERY
        SELECT t.id, CASE WHEN e.id IS NOT NULL THEN 'already' ELSE 'kept' END
        FROM unnest(p_ids, p_hlcs) WITH ORDINALITY AS t(id, hlc, n)
        LEFT JOIN casebook.events e ON e.shop_id = d.shop_id AND e.id = t.id
        WHERE e.id IS NOT NULL OR t.hlc IS NULL OR t.hlc > limit_hlc
        ORDER BY t.n;
    SELECT array_agg(t.n ORDER BY t.n) INTO take
        FROM unnest(p_ids, p_hlcs) WITH ORDINALITY AS t(id, hlc, n)
        WHERE NOT EXISTS (SELECT 1 FROM casebook.events e WHERE e.shop_id = d.shop_id AND e.id = t.id)
          AND t.hlc IS NOT NULL AND t.hlc <= limit_hlc;
    IF take IS NULL THEN
        RETURN;
    END IF;

    -- Within the desk's rate, like its own events.
    rate := s.desk_events_per_minute;
    SELECT * INTO d FROM casebook.desks WHERE id = d.id FOR UPDATE;
    have := least(rate, coalesce(d.budget, rate)
        + extract(epoch FROM clock_timestamp() - coalesce(d.budget_at, clock_timestamp())) * rate / 60);
    IF have < least(array_length(take, 1), rate) THEN
        RAISE EXCEPTION 'this desk sent more events than the shop allows per minute'
            USING ERRCODE = 'CB002',
                  DETAIL = ceil((least(array_length(take, 1), rate) - have) * 60 / rate)::text;
    END IF;
    UPDATE casebook.desks SET budget = have - array_length(take, 1), budget_at = clock_timestamp(),
        last_seen = now() WHERE id = d.id;

    -- All at once through the server's checks; if one is refused, one by one,
    -- so the rest still go in.
    BEGIN
        PERFORM casebook.append(d.shop_id, NULL,
            casebook.picked(p_ids, take),
            casebook.picked(p_desks, take),
            casebook.picked(p_hlcs, take),
            casebook.picked(p_staff, take),
            casebook.picked(p_ats, take),
            casebook.picked(p_customers, take),
            casebook.picked(p_cases, take),
            casebook.picked(p_kinds, take),
            casebook.picked(p_payloads, take));
        INSERT INTO casebook.brought (shop_id, event_id, desk_id)
            SELECT d.shop_id, p_ids[k], d.id FROM unnest(take) AS u(k) ON CONFLICT DO NOTHING;
        RETURN QUERY SELECT p_ids[k], 'added'::text FROM unnest(take) WITH ORDINALITY AS u(k, o) ORDER BY o;
        RETURN;
    EXCEPTION WHEN SQLSTATE 'CB003' OR SQLSTATE 'CB004' OR SQLSTATE 'CB008' THEN
        NULL;
    END;
    FOREACH i IN ARRAY take LOOP
        BEGIN
            PERFORM casebook.append(d.shop_id, NULL, ARRAY[p_ids[i]], ARRAY[p_desks[i]], ARRAY[p_hlcs[i]],
                ARRAY[p_staff[i]], ARRAY[p_ats[i]], ARRAY[p_customers[i]], ARRAY[p_cases[i]],
                ARRAY[p_kinds[i]], ARRAY[p_payloads[i]]);
            INSERT INTO casebook.brought (shop_id, event_id, desk_id)
                VALUES (d.shop_id, p_ids[i], d.id) ON CONFLICT DO NOTHING;
            event_id := p_ids[i];
            outcome := 'added';
        EXCEPTION WHEN SQLSTATE 'CB003' OR SQLSTATE 'CB004' OR SQLSTATE 'CB008' THEN
            event_id := p_ids[i];
            outcome := 'refused';
        END;
        RETURN NEXT;
    END LOOP;
END
$$;

REVOKE ALL ON FUNCTION casebook.push_carried FROM PUBLIC;

-- A desk's own push: its events that another desk brought first are already
-- there (the server's copy stands); the rest go through `append` as before.
CREATE OR REPLACE FUNCTION casebook.push(
    p_protocol integer, p_ids text[], p_desks text[], p_hlcs bigint[], p_staff text[],
    p_ats bigint[], p_customers text[], p_cases text[], p_kinds text[], p_payloads text[])
RETURNS TABLE (added bigint, already bigint, last_position bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
    n integer := coalesce(array_length(p_ids, 1), 0);
    keep integer[];
    r record;
BEGIN
    IF n = 0 OR NOT EXISTS (
        SELECT 1 FROM casebook.brought b WHERE b.shop_id = d.shop_id AND b.event_id = ANY (p_ids)
    ) THEN
        RETURN QUERY SELECT * FROM casebook.append(d.shop_id, d.id, p_ids, p_desks, p_hlcs, p_staff,
            p_ats, p_customers, p_cases, p_kinds, p_payloads);
        RETURN;
    END IF;
    SELECT array_agg(t.n ORDER BY t.n) INTO keep
        FROM unnest(p_ids) WITH ORDINALITY AS t(id, n)
        WHERE NOT EXISTS (SELECT 1 FROM casebook.brought b WHERE b.shop_id = d.shop_id AND b.event_id = t.id);
    IF keep IS NULL THEN
        RETURN QUERY SELECT 0::int8, n::int8,
            (SELECT s.next_position - 1 FROM casebook.shops s WHERE s.id = d.shop_id);
        RETURN;
    END IF;
    SELECT * INTO r FROM casebook.append(d.shop_id, d.id,
        casebook.picked(p_ids, keep),
        casebook.picked(p_desks, keep),
        casebook.picked(p_hlcs, keep),
        casebook.picked(p_staff, keep),
        casebook.picked(p_ats, keep),
        casebook.picked(p_customers, keep),
        casebook.picked(p_cases, keep),
        casebook.picked(p_kinds, keep),
        casebook.picked(p_payloads, keep));
    RETURN QUERY SELECT r.added, r.already + (n - array_length(keep, 1)), r.last_position;
END
$$;
