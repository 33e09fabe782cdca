-- 0016: indexes for deriving a customer's part again.
--
-- Deriving a customer's part again deletes their cases and customer rows;
-- each deleted row is checked against the tables that refer to it, which
-- without these read every promise, complaint, file and handoff of the shop
-- once per case (seconds in a shop of a million events).
CREATE INDEX promises_by_case ON promises (case_id);
CREATE INDEX complaints_by_case ON complaints (case_id);
CREATE INDEX attachments_by_case ON attachments (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX handoff_inbox_by_case ON handoff_inbox (case_id);
CREATE INDEX escalations_by_customer ON escalations (customer_id);
CREATE INDEX satisfaction_by_customer ON satisfaction (customer_id);
