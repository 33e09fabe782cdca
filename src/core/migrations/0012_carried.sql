-- 0012: events of other desks this desk holds for the shop.
--
-- An export imported on a desk of a shop may hold events the shop's server
-- has never had (a colleague's desk that had not synced, a standalone desk,
-- an old PC). This desk offers them to the server until it has them, or
-- until their own desk has sent them (see `sync`). Desk-local bookkeeping:
-- never in the canonical dump, never sent as history.
CREATE TABLE carried (
    event_id TEXT PRIMARY KEY,
    desk_id  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
