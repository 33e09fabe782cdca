-- 0007: who is on which case right now: presence, not history.
--
-- Each desk keeps one row saying which case its person has open and whether
-- they are writing an answer. The row lapses by itself a few seconds after
-- the desk stops renewing it (closed the case, went offline, crashed), so
-- nobody has to clean up after a dead desk. A change (not a renewal) is told
-- on the shop's channel with the payload 'presence'; desks that hear it read
-- the shop's rows again. Nothing here is a customer's word: a case id, a
-- staff member's name, a desk.

CREATE UNLOGGED TABLE casebook.presence (
    shop_id    text NOT NULL,
    desk_id    text NOT NULL,
    staff_name text NOT NULL,
    case_id    text NOT NULL,
    writing    boolean NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (shop_id, desk_id)
);

-- Says where this desk's person is (`p_case` NULL: on no case), for
-- `p_ttl_ms` (1 to 30 seconds) unless renewed.
CREATE FUNCTION casebook.set_presence(
    p_protocol integer, p_case text, p_staff text, p_writing boolean, p_ttl_ms integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
    ttl interval := make_interval(secs => least(greatest(coalesce(p_ttl_ms, 8000), 1000), 30000) / 1000.0);
    was casebook.presence;
BEGIN
    IF p_case IS NOT NULL AND (length(p_case) > 64 OR p_case !~ '^[0-9A-Za-z-]+$') THEN
        RAISE EXCEPTION 'a case id is letters, digits and dashes' USING ERRCODE = 'CB004', DETAIL = 'case';
    END IF;
    IF p_case IS NOT NULL AND (p_staff IS NULL OR length(p_staff) > 120) THEN
        RAISE EXCEPTION 'a staff name is at most 120 characters' USING ERRCODE = 'CB004', DETAIL = 'staff';
    END IF;
    SELECT * INTO was FROM casebook.presence
        WHERE shop_id = d.shop_id AND desk_id = d.id AND expires_at > now();
    IF p_case IS NULL THEN
        DELETE FROM casebook.presence WHERE shop_id = d.shop_id AND desk_id = d.id;
        IF was.desk_id IS NOT NULL THEN
            PERFORM pg_notify('casebook_' || left(regexp_replace(lower(d.shop_id), '[^a-z0-9]', '_', 'g'), 54),
                              'presence');
        END IF;
        RETURN;
    END IF;
    INSERT INTO casebook.presence (shop_id, desk_id, staff_name, case_id, writing, expires_at)
        VALUES (d.shop_id, d.id, p_staff, p_case, coalesce(p_writing, false), now() + ttl)
        ON CONFLICT (shop_id, desk_id) DO UPDATE SET staff_name = excluded.staff_name,
            case_id = excluded.case_id, writing = excluded.writing, expires_at = excluded.expires_at;
    -- A renewal of what stands tells nobody: only a change wakes the others.
    IF was.desk_id IS NULL OR was.case_id <> p_case OR was.writing <> coalesce(p_writing, false)
       OR was.staff_name <> p_staff THEN
        PERFORM pg_notify('casebook_' || left(regexp_replace(lower(d.shop_id), '[^a-z0-9]', '_', 'g'), 54),
                          'presence');
    END IF;
END
$$;

-- The other desks' people and the cases they have open, with how long each
-- row still holds (ms) so a desk knows when to look again.
CREATE FUNCTION casebook.presence(p_protocol integer)
RETURNS TABLE (desk_id text, desk_name text, staff_name text, case_id text, writing boolean, left_ms bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = casebook, pg_temp AS $$
DECLARE
    d casebook.desks := casebook.caller(p_protocol);
BEGIN
    DELETE FROM casebook.presence WHERE shop_id = d.shop_id AND expires_at <= now();
    RETURN QUERY SELECT p.desk_id, k.name, p.staff_name, p.case_id, p.writing,
        (extract(epoch FROM p.expires_at - now()) * 1000)::int8
        FROM casebook.presence p JOIN casebook.desks k ON k.id = p.desk_id
        WHERE p.shop_id = d.shop_id AND p.desk_id <> d.id AND k.revoked_at IS NULL
        ORDER BY k.name, p.desk_id;
END
$$;

REVOKE ALL ON FUNCTION casebook.set_presence(integer, text, text, boolean, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION casebook.presence(integer) FROM PUBLIC;
