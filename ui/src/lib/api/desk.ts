// Generated from src-tauri/src/commands/desk.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { DeskInfo, DeskStatus, LocaleChoice, LocaleSettings, NewStaff, PasscodeRule, RuleEdit, SignInTries, Staff, StaffRole, WhatsNew } from './types';

export const desk = {
  /** Where the data is, what it holds, and who is at the desk. */
  deskInfo: () => call<DeskInfo>('desk_info'),
  /** The app was updated since this desk last ran it (asked once at start). */
  whatsNew: () => call<WhatsNew | null>('whats_new'),
  /** The staff list, active people first. */
  listStaff: () => call<Array<Staff>>('list_staff'),
  /** Adds a colleague (the very first person needs nobody to vouch for them). */
  addStaff: (input: NewStaff) => call<Staff>('add_staff', { input }),
  /** Takes a colleague off the staff list, or back on. */
  setStaffActive: (staff_id: string, active: boolean) => call<Staff>('set_staff_active', { staff_id, active }),
  /** Makes a colleague staff, a shift lead or an owner (an owner's tool). */
  setStaffRole: (staff_id: string, role: StaffRole) => call<Staff>('set_staff_role', { staff_id, role }),
  /** Signs a person in at this desk with their passcode (checked off the window's thread; wrong tries make the field wait). */
  signIn: (staff_id: string, passcode: string) => call<DeskInfo>('sign_in', { staff_id, passcode }),
  /** Locks the desk: the person at it types their passcode again. */
  lockDesk: () => call<DeskInfo>('lock_desk'),
  /** The person at the desk is still there (keys or clicks): the idle lock counts from now. */
  keepSignedIn: () => call<null>('keep_signed_in'),
  /** An owner types their passcode so the person at the desk may use an owner's tool once; it is recorded as the owner's. */
  approveOnce: (owner_id: string, passcode: string) => call<null>('approve_once', { owner_id, passcode }),
  /** Sets a passcode: one's own, or anyone's by an owner (a forgotten one). */
  setPasscode: (staff_id: string, passcode: string) => call<Staff>('set_passcode', { staff_id, passcode }),
  /** Takes a colleague's passcode off (an owner): they choose one at their next sign-in. */
  clearPasscode: (staff_id: string) => call<Staff>('clear_passcode', { staff_id }),
  /** The shop's passcode rule. */
  passcodeRule: () => call<PasscodeRule>('passcode_rule'),
  /** Changes the shop's passcode rule (an owner). The first time passcodes are turned on, answers the recovery code, to be shown once. */
  editPasscodeRule: (edit: RuleEdit) => call<string | null>('edit_passcode_rule', { edit }),
  /** A new recovery code (the old one stops working), shown once. */
  renewRecoveryCode: () => call<string>('renew_recovery_code'),
  /** An owner who forgot their passcode chooses a new one with the shop's recovery code. */
  resetWithRecovery: (owner_id: string, code: string, passcode: string) => call<DeskInfo>('reset_with_recovery', { owner_id, code, passcode }),
  /** Wrong passcodes typed at this desk, the latest first. */
  signInTries: () => call<Array<SignInTries>>('sign_in_tries'),
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
