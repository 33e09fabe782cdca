// Generated from src-tauri/src/commands/desk.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { DeskInfo, DeskStatus, LocaleChoice, LocaleSettings, NewStaff, Staff } from './types';

export const desk = {
  /** Where the data is, what it holds, and who is at the desk. */
  deskInfo: () => call<DeskInfo>('desk_info'),
  /** The staff list, active people first. */
  listStaff: () => call<Array<Staff>>('list_staff'),
  /** Adds a colleague (the very first person needs nobody to vouch for them). */
  addStaff: (input: NewStaff) => call<Staff>('add_staff', { input }),
  /** Takes a colleague off the staff list, or back on. */
  setStaffActive: (staff_id: string, active: boolean) => call<Staff>('set_staff_active', { staff_id, active }),
  /** Gives a colleague another name. */
  renameStaff: (staff_id: string, name: string) => call<Staff>('rename_staff', { staff_id, name }),
  /** The same person added twice: `duplicate` leaves the list, its open cases go to `keep`. */
  mergeStaff: (duplicate: string, keep: string) => call<Staff>('merge_staff', { duplicate, keep }),
  /** Switches who is at the desk (null: nobody). */
  setCurrentStaff: (staff_id: string | null) => call<DeskInfo>('set_current_staff', { staff_id }),
  /** Loads the demo bike shop into an empty database, in a language ("en", "nl", "de", "fr", "es"; null: the computer's). */
  loadDemoShop: (language: string | null) => call<DeskInfo>('load_demo_shop', { language }),
  /** The overdue count and whether notifications work, as last checked. */
  deskStatus: () => call<DeskStatus>('desk_status'),
  /** The shop's language and style of dates and numbers, this desk's own, the computer's, and the one that applies here. */
  getLocale: () => call<LocaleSettings>('get_locale'),
  /** Sets (null: clears) the shop's language and style: the owner's choice, shared with every desk. The window hears `shop_locale_set`. */
  setShopLocale: (choice: LocaleChoice | null) => call<LocaleSettings>('set_shop_locale', { choice }),
  /** Sets (null: clears) this desk's own language and style, for the person at it: not shared. The window hears `desk_locale_set`. */
  setDeskLocale: (choice: LocaleChoice | null) => call<LocaleSettings>('set_desk_locale', { choice }),
};
