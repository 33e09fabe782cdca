// Generated from src-tauri/src/commands/privacy.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { CustomerExportReport } from './types';

export const privacy = {
  /** Writes everything the shop holds about a customer (a page to read or print, and JSON) into a new folder beside the shop's exports. */
  exportCustomer: (customer_id: string) => call<CustomerExportReport>('export_customer', { customer_id }),
};
