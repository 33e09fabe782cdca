// Generated from src-tauri/src/commands/privacy.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { CustomerExportReport, Forgotten, Retention } from './types';

export const privacy = {
  /** Writes everything the shop holds about a customer (a page to read or print, and JSON) into a new folder beside the shop's exports. */
  exportCustomer: (customer_id: string) => call<CustomerExportReport>('export_customer', { customer_id }),
  /** How a customer was forgotten (who, when, why), if they were. */
  customerForgotten: (customer_id: string) => call<Forgotten | null>('customer_forgotten', { customer_id }),
  /** Forgets a customer on every desk (an owner, with a reason): their words leave the history, the screens and this desk's files; their cases stay counted. */
  forgetCustomer: (customer_id: string, reason: string) => call<Forgotten>('forget_customer', { customer_id, reason }),
  /** The shop's rule for keeping customers with no contact, and who it (or the rule of `years` years) would forget now. */
  retention: (years: number | null) => call<Retention>('retention', { years }),
  /** Sets the rule (an owner) or turns it off; those it forgets now are forgotten at once. Answers how many. */
  setRetention: (years: number | null) => call<number>('set_retention', { years }),
};
