// Generated from src-tauri/src/commands/duplicates.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { DuplicatePair, MergeRecord } from './types';

export const duplicates = {
  /** Pairs of customers that look like one person, most likely first. */
  likelyDuplicates: (limit: number = 50) => call<Array<DuplicatePair>>('likely_duplicates', { limit }),
  /** The merges in effect on a customer's record, newest first. */
  customerMerges: (customer_id: string) => call<Array<MergeRecord>>('customer_merges', { customer_id }),
  /** Merges two records of one customer; answers the id of the record that stays. */
  mergeCustomers: (first: string, second: string) => call<string>('merge_customers', { first, second }),
  /** Takes a merge back; answers the id of the record it had folded in. */
  undoMerge: (merge_id: string) => call<string>('undo_merge', { merge_id }),
  /** Two look-alike records are different people: not suggested again. */
  dismissDuplicate: (first: string, second: string) => call<null>('dismiss_duplicate', { first, second }),
};
