// Generated from src-tauri/src/commands/sync.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { CarriedCount, Here, JoinCodeMade, Presence, ServerAddress, ServerDesk, SetAside, ShopSealed, SyncConfig, SyncStatus } from './types';

export const sync = {
  /** How sync stands now (the top bar also hears every change as it happens). */
  syncStatus: () => call<SyncStatus>('sync_status'),
  /** Where the person at this desk is (the case open, and whether they are writing), for the other desks to show; told to the shop's server. */
  setPresence: (here: Here) => call<null>('set_presence', { here }),
  /** Who is on which case at the other desks (the window also hears every change). */
  presence: () => call<Array<Presence>>('presence'),
  /** This desk's shop and server, if it belongs to one. */
  syncConfig: () => call<SyncConfig | null>('sync_config'),
  /** Makes this desk the first of a shop on the owner's PostgreSQL server and uploads its history. */
  startShop: (owner_url: string, ca_pem: string | null, shop_name: string, desk_name: string) => call<SyncConfig>('start_shop', { owner_url, ca_pem, shop_name, desk_name }),
  /** A single-use join code for a new desk, and until when it works. */
  makeJoinCode: (desk_name: string) => call<JoinCodeMade>('make_join_code', { desk_name }),
  /** Whether the owner's access to the server is kept on this desk. */
  ownerHere: () => call<boolean>('owner_here'),
  /** Keeps the owner's access on this desk (checked against the server first). */
  ownerSignIn: (owner_url: string) => call<null>('owner_sign_in', { owner_url }),
  /** Forgets the owner's access on this desk. */
  ownerSignOut: () => call<null>('owner_sign_out'),
  /** Joins the shop a join code names (on a desk with no history) and starts downloading its history. */
  joinShop: (code: string) => call<SyncConfig>('join_shop', { code }),
  /** Seals customers' words on the shop's server (a shop set up before sealing) and gives the key code for desks that joined before. */
  sealShopWords: () => call<ShopSealed>('seal_shop_words'),
  /** Gives this desk the shop's key from the owner's key code, then syncs. */
  takeKeyCode: (code: string) => call<null>('take_key_code', { code }),
  /** Events this desk keeps without applying, by the desk that wrote them and why. */
  setAside: () => call<Array<SetAside>>('set_aside'),
  /** The shop's desks, as the server lists them. */
  shopDesks: () => call<Array<ServerDesk>>('shop_desks'),
  /** Withdraws a desk's access to the shop's server (a lost or stolen PC). */
  revokeDesk: (desk_id: string) => call<ServerDesk>('revoke_desk', { desk_id }),
  /** A join code that lets a desk of the shop in again after it lost its password, with its history. */
  readmitDesk: (desk_id: string) => call<JoinCodeMade>('readmit_desk', { desk_id }),
  /** The shop's server moved: this desk syncs with the new address (checked first). */
  moveServer: (server: ServerAddress) => call<SyncConfig>('move_server', { server }),
  /** This desk leaves its shop and keeps its history (refused while its work is unsent, unless `anyway`). */
  leaveShop: (anyway: boolean) => call<SyncConfig>('leave_shop', { anyway }),
  /** Other desks' events this desk holds for the shop's server, by desk. */
  carried: () => call<Array<CarriedCount>>('carried'),
  /** Syncs now rather than at the next moment it would anyway. */
  syncNow: () => call<null>('sync_now'),
};
