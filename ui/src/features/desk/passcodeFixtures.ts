// The desk and staff the passcode tests stand in for the shell with.

import type { DeskInfo, PasscodeAsk, Staff } from '../../lib/api';

export const ana: Staff = { id: 's1', name: 'Ana Costa', role: 'owner', active: true, has_passcode: true };
export const ben: Staff = { id: 's2', name: 'Ben Okafor', role: 'staff', active: true, has_passcode: true };
export const cy: Staff = { id: 's3', name: 'Cy Ruiz', role: 'staff', active: true, has_passcode: false };
/** An owner without a passcode (cannot approve) and one who left: neither is offered. */
export const dora: Staff = { id: 's4', name: 'Dora Lind', role: 'owner', active: true, has_passcode: false };
export const eli: Staff = { id: 's5', name: 'Eli Gray', role: 'owner', active: false, has_passcode: true };

export function deskInfo(current: string | null, signedIn: boolean, ask: PasscodeAsk = 'owner_tools', lockMinutes = 10): DeskInfo {
  return {
    desk_id: 'd1',
    db_path: '/data/casebook.db',
    schema_version: 12,
    staff: 5,
    customers: 40,
    cases: 90,
    events: 1234,
    first_run: false,
    current_staff_id: current,
    signed_in: signedIn,
    passcodes: { ask, min_digits: 4, lock_minutes: lockMinutes, reports_owner_only: false },
    time_zone: 'Europe/Amsterdam',
  };
}
