-- Attached files travel between a shop's desks through the server, kept once
-- per content (the SHA-256 a desk names them by). They are content, not
-- history: an erasure for privacy deletes one here too. A desk reads and adds
-- its own shop's files only; nobody changes one in place.
CREATE TABLE casebook.files (
    shop_id  text   NOT NULL REFERENCES casebook.shops (id),
    hash     text   NOT NULL CHECK (length(hash) = 64),
    size     bigint NOT NULL,
    content  bytea  NOT NULL,
    added_by text   NOT NULL,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shop_id, hash)
);

CREATE FUNCTION casebook.files_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a kept file is never changed: add the new content under its own name'
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER files_never_changed BEFORE UPDATE ON casebook.files
    FOR EACH ROW EXECUTE FUNCTION casebook.files_unchanged();

ALTER TABLE casebook.files ENABLE ROW LEVEL SECURITY;

CREATE POLICY shop_files ON casebook.files FOR SELECT
    USING (shop_id = (SELECT shop_id FROM casebook.me WHERE NOT revoked));
CREATE POLICY own_files ON casebook.files FOR INSERT
    WITH CHECK (
        shop_id = (SELECT shop_id FROM casebook.me WHERE NOT revoked)
        AND added_by = (SELECT desk_id FROM casebook.me WHERE NOT revoked)
    );
CREATE POLICY erased_files ON casebook.files FOR DELETE
    USING (shop_id = (SELECT shop_id FROM casebook.me WHERE NOT revoked));
