// Generated from src-tauri/src/commands/hours.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { DuePreview, Holiday, ResponseSettings, TimeCheck } from './types';

export const hours = {
  /** The shop's calendar, targets and this desk's warning lead time. */
  responseSettings: () => call<ResponseSettings>('response_settings'),
  /** Saves opening hours, holidays and targets (a shift lead or the owner) and the lead time. */
  saveResponseSettings: (settings: ResponseSettings) => call<ResponseSettings>('save_response_settings', { settings }),
  /** When a case opened now would be due under these settings (nothing is saved). */
  previewDue: (settings: ResponseSettings) => call<Array<DuePreview>>('preview_due', { settings }),
  /** Holidays read from an .ics file's text (nothing is saved). */
  holidaysFromIcs: (text: string) => call<Array<Holiday>>('holidays_from_ics', { text }),
  /** Whether the shop is open at a time picked (a promise's due time), and if not, why and when it next opens. */
  checkTime: (at: string) => call<TimeCheck>('check_time', { at }),
  /** Every IANA time zone name. */
  timeZones: () => call<Array<string>>('time_zones'),
};
