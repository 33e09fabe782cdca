-- 0005: a desk's rate bucket starts full.
--
-- A desk that never pushed has no `budget` (read as a full minute's worth)
-- and no `budget_at`, for which the check read `clock_timestamp()` twice;
-- the second reading could come a microsecond later than the first, giving
-- a refill below zero and a bucket just short of full: a first push of
-- exactly a minute's worth was told to wait a second. A desk's bucket now
-- always has a time, so the refill is never below zero.
UPDATE casebook.desks SET budget_at = now() WHERE budget_at IS NULL;
ALTER TABLE casebook.desks ALTER COLUMN budget_at SET DEFAULT now();
