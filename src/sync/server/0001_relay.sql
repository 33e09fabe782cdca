-- The shop's server: a relay of events between desks. It holds the history of
-- each shop as desks sent it, never current state.
--
-- Everything lives in the schema `casebook`, so the server's database may hold
-- other things too. Plain SQL that PostgreSQL-compatible databases also run,
-- except the one PL/pgSQL trigger function that guards the history.
--
-- Roles: the owner (who runs this file) owns every table and is never limited
-- by the policies below. Each desk logs in as its own role
-- (`casebook_desk_<desk id>`), which is granted, table by table, only what a
-- desk needs (see `grants` in owner.rs); the row-level policies then limit a
-- desk to its own shop, its own desk row, and events in its own name.

CREATE TABLE casebook.shops (
    id            text PRIMARY KEY,
    name          text NOT NULL,
    -- The position the next event of this shop gets. Read and moved only under
    -- `SELECT ... FOR UPDATE` in the transaction that inserts the events, so
    -- positions become visible in order and a reader never skips one.
    next_position bigint NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE casebook.desks (
    id              text PRIMARY KEY,
    shop_id         text NOT NULL REFERENCES casebook.shops (id),
    role_name       text NOT NULL UNIQUE,
    name            text NOT NULL,
    invited_at      timestamptz NOT NULL DEFAULT now(),
    joined_at       timestamptz,
    last_seen       timestamptz,
    -- The desk's clock minus the server's, measured at its last heartbeat.
    clock_offset_ms bigint,
    revoked_at      timestamptz
);

CREATE INDEX desks_shop ON casebook.desks (shop_id);

CREATE TABLE casebook.events (
    shop_id     text NOT NULL REFERENCES casebook.shops (id),
    position    bigint NOT NULL,
    id          text NOT NULL,
    desk_id     text NOT NULL,
    hlc         bigint NOT NULL,
    staff_id    text,
    at          bigint NOT NULL, -- Unix milliseconds
    customer_id text,
    case_id     text,
    kind        text NOT NULL,
    payload     text NOT NULL,
    PRIMARY KEY (shop_id, position),
    UNIQUE (shop_id, id)
);

-- The history is append-only, for every role, the owner included; and a
-- shop's next position only moves forward, so no position is handed out twice.
CREATE FUNCTION casebook.guard_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'shops' THEN
        IF NEW.next_position < OLD.next_position THEN
            RAISE EXCEPTION 'a shop''s event positions only move forward'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the shop''s history is append-only: events are never changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON casebook.events
    FOR EACH ROW EXECUTE FUNCTION casebook.guard_history();
CREATE TRIGGER events_never_truncated BEFORE TRUNCATE ON casebook.events
    FOR EACH STATEMENT EXECUTE FUNCTION casebook.guard_history();
CREATE TRIGGER positions_move_forward BEFORE UPDATE OF next_position ON casebook.shops
    FOR EACH ROW EXECUTE FUNCTION casebook.guard_history();

-- Who the connected desk is. A view reads its tables with its owner's rights,
-- so the policies below can look a desk up without a desk being able to read
-- any other desk's row through it; `current_user` is still the desk's role.
CREATE VIEW casebook.me AS
    SELECT id AS desk_id, shop_id, revoked_at IS NOT NULL AS revoked, joined_at
    FROM casebook.desks
    WHERE role_name = current_user;

ALTER TABLE casebook.shops ENABLE ROW LEVEL SECURITY;
ALTER TABLE casebook.desks ENABLE ROW LEVEL SECURITY;
ALTER TABLE casebook.events ENABLE ROW LEVEL SECURITY;

-- A revoked desk matches none of these: it sees and changes nothing.
CREATE POLICY own_shop ON casebook.shops FOR SELECT
    USING (id = (SELECT shop_id FROM casebook.me WHERE NOT revoked));
CREATE POLICY own_shop_position ON casebook.shops FOR UPDATE
    USING (id = (SELECT shop_id FROM casebook.me WHERE NOT revoked))
    WITH CHECK (id = (SELECT shop_id FROM casebook.me WHERE NOT revoked));

CREATE POLICY shop_desks ON casebook.desks FOR SELECT
    USING (shop_id = (SELECT shop_id FROM casebook.me WHERE NOT revoked));
CREATE POLICY own_desk ON casebook.desks FOR UPDATE
    USING (id = (SELECT desk_id FROM casebook.me WHERE NOT revoked))
    WITH CHECK (id = (SELECT desk_id FROM casebook.me WHERE NOT revoked));

CREATE POLICY shop_events ON casebook.events FOR SELECT
    USING (shop_id = (SELECT shop_id FROM casebook.me WHERE NOT revoked));
-- An event's position must have been handed out: below the shop's
-- next_position as the inserting transaction sees it. A desk moves that only
-- under the row lock it then holds to commit, so it cannot place an event
-- where a reader may already have passed.
CREATE POLICY own_events ON casebook.events FOR INSERT
    WITH CHECK (
        shop_id = (SELECT shop_id FROM casebook.me WHERE NOT revoked)
        AND desk_id = (SELECT desk_id FROM casebook.me WHERE NOT revoked)
        AND position < (
            SELECT next_position FROM casebook.shops
            WHERE id = (SELECT shop_id FROM casebook.me WHERE NOT revoked)
        )
    );
