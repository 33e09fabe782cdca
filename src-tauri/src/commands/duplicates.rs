//! Duplicate customers: likely pairs, merging, undoing a merge, and telling
//! look-alikes apart.

use casebook::model::*;

use super::commands;

commands! {
    feature: "duplicates";
    /// Pairs of customers that look like one person, most likely first.
    read likely_duplicates(limit: u32 = "50") -> Vec<DuplicatePair> = |s| s.likely_duplicates(limit);
    /// The merges in effect on a customer's record, newest first.
    read customer_merges(customer_id: String) -> Vec<MergeRecord> = |s| s.customer_merges(&customer_id);
    /// Merges two records of one customer; answers the id of the record that stays.
    act merge_customers(first: String, second: String) -> String = |w, ctx| w.merge_customers(ctx, &first, &second);
    /// Takes a merge back; answers the id of the record it had folded in.
    act undo_merge(merge_id: String) -> String = |w, ctx| w.undo_merge(ctx, &merge_id);
    /// Two look-alike records are different people: not suggested again.
    act dismiss_duplicate(first: String, second: String) -> () =
        |w, ctx| w.dismiss_duplicate(ctx, &first, &second);
}
