-- 0010: each case measured against its targets, kept ready for the reports.
--
-- The targets a case is held to are those in force when it was opened (the
-- last `targets_changed` before its `case_opened` in the agreed order), for its
-- priority, in business minutes. The measures are counted on the shop's
-- current calendar, and counted again for every case when the calendar
-- changes:
-- - first_response_ms: business time from opening to our first reply, call or
--   visit (NULL until then);
-- - first_missed_after: while unanswered, the instant after which the first
--   response target is missed (NULL once answered, or if never);
-- - resolution_ms: business time from opening until resolved or closed, not
--   counting the pauses (NULL while the case is not resolved or closed);
-- - resolution_missed_after: while unresolved, the instant after which the
--   resolution target is missed (NULL once resolved, and while a pause keeps
--   the clock still below the target).
ALTER TABLE cases ADD COLUMN first_target INTEGER;
ALTER TABLE cases ADD COLUMN resolution_target INTEGER;
ALTER TABLE cases ADD COLUMN first_response_ms INTEGER;
ALTER TABLE cases ADD COLUMN first_missed_after INTEGER;
ALTER TABLE cases ADD COLUMN resolution_ms INTEGER;
ALTER TABLE cases ADD COLUMN resolution_missed_after INTEGER;

-- The fairness and attainment reports read cases by when they were opened:
-- with every column they need in the index, a report over ten years is one
-- index range scan that never touches the wider case rows.
DROP INDEX cases_by_opened;
CREATE INDEX cases_by_opened ON cases (
    opened_at, customer_id, first_target, first_response_ms, first_missed_after,
    resolution_target, resolution_ms, resolution_missed_after
);

-- The targets in force at a moment of the agreed order, and the cases opened
-- between two targets changes: two short range scans.
CREATE INDEX events_targets ON events (hlc, desk_id, id) WHERE kind = 'targets_changed';
CREATE INDEX events_case_openings ON events (hlc, desk_id, id, case_id) WHERE kind = 'case_opened';

-- Cases already here are measured once, by the desk, when it next opens
-- (business time needs the calendar, which SQL does not have).
INSERT INTO meta (key, value) VALUES ('measure_cases', 'pending')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
