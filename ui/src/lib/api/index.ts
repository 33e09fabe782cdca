// The one door to the backend. Every command the Rust side declares has exactly
// one typed wrapper, generated into the feature's file here (`make bindings`);
// components call them through `api` and never call `invoke` themselves. Types
// come from `types.ts`, generated from the Rust types (see tests/bindings.rs).

import { listen } from '@tauri-apps/api/event';
import type { ChangeSet, DeskStatus, MailStatus, Presence, SyncStatus } from './types';
import { commands } from './commands';

export type * from './types';
export { ApiFailure, asRequest, curedByPasscode, newRequestId, PAGE, setPasscodeHandler, toFailure, type PasscodeHandler } from './call';

/** Every command the shell declares, by its typed wrapper. */
export const api = commands;

export type Api = typeof api;

/** Called after every committed write with what changed. Returns an unsubscribe. */
export async function onChanged(handler: (change: ChangeSet) => void): Promise<() => void> {
  return listen<ChangeSet>('casebook://changed', (event) => handler(event.payload));
}

/** The overdue count and notification health, after every scheduler check. */
export async function onStatus(handler: (status: DeskStatus) => void): Promise<() => void> {
  return listen<DeskStatus>('casebook://status', (event) => handler(event.payload));
}

/** A desktop notification was clicked: open this case. */
export async function onOpenCase(handler: (caseId: string) => void): Promise<() => void> {
  return listen<string>('casebook://open-case', (event) => handler(event.payload));
}

/** How sync with the shop's other desks stands, whenever it changes. */
export async function onSync(handler: (status: SyncStatus) => void): Promise<() => void> {
  return listen<SyncStatus>('casebook://sync', (event) => handler(event.payload));
}

/** Who is on which case at the shop's other desks, whenever it changes. */
export async function onPresence(handler: (people: Presence[]) => void): Promise<() => void> {
  return listen<Presence[]>('casebook://presence', (event) => handler(event.payload));
}

/** How the shop's mailbox stands on this desk, whenever it changes. */
export async function onMail(handler: (status: MailStatus) => void): Promise<() => void> {
  return listen<MailStatus>('casebook://mail', (event) => handler(event.payload));
}
