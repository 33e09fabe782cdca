// Generated from src-tauri/src/commands/replies.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { CaseNews, FilledReply, LogMark, NewSavedReply, SavedReplies, SavedReply, SavedReplyPatch, UseSavedReply } from './types';

export const replies = {
  /** Saved replies whose name or words hold what was typed, the best first. */
  savedReplies: (query: string, limit: number = 20) => call<SavedReplies>('saved_replies', { query, limit }),
  /** Saves a reply for everyone at the shop (marking it the shop's is an owner's). */
  addSavedReply: (input: NewSavedReply) => call<SavedReply>('add_saved_reply', { input }),
  /** Changes a saved reply: what changed is recorded. */
  editSavedReply: (input: SavedReplyPatch) => call<SavedReply>('edit_saved_reply', { input }),
  removeSavedReply: (reply_id: string) => call<null>('remove_saved_reply', { reply_id }),
  /** A saved reply filled in for a case, to put into the answer; the use is counted. */
  useSavedReply: (input: UseSavedReply) => call<FilledReply>('use_saved_reply', { input }),
  /** The shop's name as saved replies say it (an owner's). */
  nameShop: (name: string) => call<null>('name_shop', { name }),
  /** A place in this desk's log: what the person had seen when they started writing. */
  logMark: () => call<LogMark>('log_mark'),
  /** What came in on a case since the mark from anyone else. */
  caseNews: (case_id: string, mark: LogMark) => call<CaseNews>('case_news', { case_id, mark }),
};
