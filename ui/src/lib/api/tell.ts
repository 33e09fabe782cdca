// Generated from src-tauri/src/commands/tell.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call, PAGE } from './call';
import type { Brief, Complaint, ComplaintClosing, ComplaintStatus, ComplaintsPage, CustomerContext, Handoff, HandoffInput, KeptRate, NewComplaint, NewPromise, PromiseItem, PromiseOutcome, PromisesPage } from './types';

export const tell = {
  /** Expectations, key facts, open promises and complaints of a customer. */
  customerContext: (customer_id: string) => call<CustomerContext>('customer_context', { customer_id }),
  /** The brief drafted from the history for handing this case on. */
  draftBrief: (case_id: string) => call<Brief>('draft_brief', { case_id }),
  /** Hands a case to a colleague with a brief. */
  handOff: (input: HandoffInput) => call<Handoff>('hand_off', { input }),
  /** Cases handed to whoever is at the desk, not yet opened by them. */
  inbox: () => call<Array<Handoff>>('inbox'),
  /** The person at the desk opened a case handed to them. */
  acknowledgeHandoffs: (case_id: string) => call<number>('acknowledge_handoffs', { case_id }),
  makePromise: (input: NewPromise) => call<PromiseItem>('make_promise', { input }),
  /** Closes a promise as kept, or broken with what we did to make it right. */
  closePromise: (input: PromiseOutcome) => call<PromiseItem>('close_promise', { input }),
  /** Every open promise in the shop, soonest due first. */
  openPromises: (cursor: string | null, limit: number = PAGE) => call<PromisesPage>('open_promises', { cursor, limit }),
  /** Of the promises due in a period, how many were kept. */
  keptRate: (from: string, to: string) => call<KeptRate>('kept_rate', { from, to }),
  /** Pins an entry as a key fact about its customer, or unpins it. */
  pinFact: (event_id: string, pinned: boolean) => call<null>('pin_fact', { event_id, pinned }),
  /** Flags a case, or one entry of it, as a complaint. */
  flagComplaint: (input: NewComplaint) => call<Complaint>('flag_complaint', { input }),
  /** Closes a complaint with what we changed. */
  closeComplaint: (input: ComplaintClosing) => call<Complaint>('close_complaint', { input }),
  /** The complaints register, open or closed. */
  listComplaints: (status: ComplaintStatus) => call<ComplaintsPage>('list_complaints', { status }),
};
