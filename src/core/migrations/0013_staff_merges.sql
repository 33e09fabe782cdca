-- 0013: the same colleague added at two desks is one person again.
--
-- A staff member merged into another (`staff_merged`) stays in the table, so
-- the history still names who wrote what, but is off the list: inactive, and
-- pointing at the record that stays.
ALTER TABLE staff ADD COLUMN merged_into TEXT;
