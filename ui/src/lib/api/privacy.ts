// Generated from src-tauri/src/commands/privacy.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { CustomerExportReport, Forgotten } from './types';

export const privacy = {
  /** Writes everything the shop holds about a customer (a page to read or print, and JSON) into a new folder beside the shop's exports. */
  exportCustomer: (customer_id: string) => call<CustomerExportReport>('export_customer', { customer_id }),
  /** How a customer was forgotten (who, when, why), if they were. */
  customerForgotten: (customer_id: string) => call<Forgotten | null>('customer_forgotten', { customer_id }),
  /** Forgets a customer on every desk (an owner, with a reason): their words leave the history, the screens and this desk's files; their cases stay counted. */
  forgetCustomer: (customer_id: string, reason: string) => call<Forgotten>('forget_customer', { customer_id, reason }),
};
