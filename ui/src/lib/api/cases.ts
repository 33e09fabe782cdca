// Generated from src-tauri/src/commands/cases.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call, PAGE } from './call';
import type { CaseDetail, CaseSummary, CaseUpdate, Customer, CustomerMatch, CustomerPatch, Draft, Expectations, NewCustomer, NewEntry, NewInteraction, QueuePage, TimelineEntry, TimelinePage } from './types';

export const cases = {
  /** Open cases, the most urgent first, a page at a time. */
  queue: (cursor: string | null, limit: number = PAGE) => call<QueuePage>('queue', { cursor, limit }),
  /** Customers matching what was typed: name, organisation, phone or email. */
  lookupCustomers: (query: string, limit: number = 8) => call<Array<CustomerMatch>>('lookup_customers', { query, limit }),
  /** Customers who already have one of these phone numbers or emails. */
  findDuplicates: (phones: Array<string>, emails: Array<string>) => call<Array<CustomerMatch>>('find_duplicates', { phones, emails }),
  getCustomer: (customer_id: string) => call<Customer>('get_customer', { customer_id }),
  /** Every case of a customer, newest first. */
  customerCases: (customer_id: string) => call<Array<CaseSummary>>('customer_cases', { customer_id }),
  /** Everything about a customer, across all their cases, newest first. */
  customerTimeline: (customer_id: string, cursor: string | null, limit: number = PAGE) => call<TimelinePage>('customer_timeline', { customer_id, cursor, limit }),
  /** The events of one case, newest first. */
  caseTimeline: (case_id: string, cursor: string | null, limit: number = PAGE) => call<TimelinePage>('case_timeline', { case_id, cursor, limit }),
  /** A case with everything whoever picks it up should see. */
  getCase: (case_id: string) => call<CaseDetail>('get_case', { case_id }),
  createCustomer: (input: NewCustomer, allow_duplicate: boolean) => call<Customer>('create_customer', { input, allow_duplicate }),
  updateCustomer: (customer_id: string, patch: CustomerPatch) => call<Customer>('update_customer', { customer_id, patch }),
  /** Logs a walk-in, a call or a message as a new case. */
  openCase: (input: NewInteraction) => call<CaseSummary>('open_case', { input }),
  /** Adds what the customer said, a reply, a note, a call or a visit; answers the new entry. */
  addEntry: (input: NewEntry) => call<TimelineEntry>('add_entry', { input }),
  /** What was being written on a case at this desk and not saved yet. */
  caseDraft: (case_id: string) => call<Draft | null>('case_draft', { case_id }),
  /** Keeps what is being written on a case as it is typed (with no words, drops it); answers when. */
  keepDraft: (draft: Draft) => call<string | null>('keep_draft', { draft }),
  /** Changes a case's status, priority or owner. */
  updateCase: (input: CaseUpdate) => call<CaseSummary>('update_case', { input }),
  /** Gives a case a new subject; answers the case as it now stands. */
  renameCase: (case_id: string, subject: string) => call<CaseSummary>('rename_case', { case_id, subject }),
  /** Replaces a customer's expectation profile. */
  setExpectations: (customer_id: string, input: Expectations) => call<Expectations>('set_expectations', { customer_id, input }),
};
