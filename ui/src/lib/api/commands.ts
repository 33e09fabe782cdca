// Generated from the shell's command declarations by src-tauri/tests/ipc.rs.
// Do not edit by hand: run `make bindings` after declaring a command.

import { attachments } from './attachments';
import { cases } from './cases';
import { data } from './data';
import { desk } from './desk';
import { duplicates } from './duplicates';
import { hours } from './hours';
import { learn } from './learn';
import { mail } from './mail';
import { privacy } from './privacy';
import { replies } from './replies';
import { search } from './search';
import { sync } from './sync';
import { tell } from './tell';

/** Every command's typed wrapper, from every feature. */
export const commands = {
  ...attachments,
  ...cases,
  ...data,
  ...desk,
  ...duplicates,
  ...hours,
  ...learn,
  ...mail,
  ...privacy,
  ...replies,
  ...search,
  ...sync,
  ...tell,
};
