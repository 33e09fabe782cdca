//! Merging two staff records of one person, as far as cases go: the open
//! cases the duplicate owned move to the record that stays, each as its own
//! `assignment_changed` (so the queue's "mine" is right at once, and every
//! desk applies the same events).

use super::CaseUpdate;
use crate::core::{Ctx, Result, Writer};
use crate::staff::Staff;

impl Writer<'_> {
    /// `duplicate` is the same person as `keep`: the staff list keeps `keep`
    /// (see [`Writer::record_staff_merge`]), and the open cases `duplicate`
    /// owned are `keep`'s now. Promises and escalations keep the name they
    /// were made with.
    pub fn merge_staff(&mut self, ctx: &Ctx, duplicate: &str, keep: &str) -> Result<Staff> {
        let kept = self.record_staff_merge(ctx, duplicate, keep)?;
        let open: Vec<String> = {
            let mut stmt = self.tx().prepare_cached(
                "SELECT id FROM cases WHERE owner_id = ?1 AND status IN ('open', 'waiting') ORDER BY id",
            )?;
            let rows = stmt.query_map([duplicate], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for case_id in open {
            let update =
                CaseUpdate { case_id, status: None, priority: None, owner_id: Some(Some(kept.id.clone())) };
            self.update_case(ctx, &update)?;
        }
        Ok(kept)
    }
}
