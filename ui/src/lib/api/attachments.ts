// Generated from src-tauri/src/commands/attachments.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { Attachment, CaseSummary, FileRef, NewEntry, NewInteraction, StagedFile, TimelineEntry } from './types';

export const attachments = {
  /** Keeps a file (its content as base64) so it can be attached; answers what it is. */
  stageFile: (name: string, data: string) => call<StagedFile>('stage_file', { name, data }),
  /** Adds an entry with files attached, in one step: both are saved, or neither. */
  addEntryWithFiles: (input: NewEntry, files: Array<StagedFile>) => call<TimelineEntry>('add_entry_with_files', { input, files }),
  /** Opens a case with files attached to what the customer said, in one step. */
  openCaseWithFiles: (input: NewInteraction, files: Array<StagedFile>) => call<CaseSummary>('open_case_with_files', { input, files }),
  /** Attaches kept files to an entry already in the history. */
  attachFiles: (entry_id: string, files: Array<StagedFile>) => call<Array<FileRef>>('attach_files', { entry_id, files }),
  /** The attachments of these entries (a timeline page). */
  entryAttachments: (entry_ids: Array<string>) => call<Array<Attachment>>('entry_attachments', { entry_ids }),
  /** Every file of a customer, newest first. */
  customerAttachments: (customer_id: string) => call<Array<Attachment>>('customer_attachments', { customer_id }),
  /** Takes an attachment off the history views (the record of it stays). */
  removeAttachment: (attachment_id: string) => call<null>('remove_attachment', { attachment_id }),
  /** Erases an attachment's content for privacy, with the reason (the owner only). */
  eraseAttachment: (attachment_id: string, reason: string) => call<null>('erase_attachment', { attachment_id, reason }),
  /** The largest file the shop accepts, in megabytes. */
  attachmentLimit: () => call<number>('attachment_limit'),
  /** Sets the largest file the shop accepts (a shift lead or the owner). */
  setAttachmentLimit: (megabytes: number) => call<null>('set_attachment_limit', { megabytes }),
  /** Opens a file with the computer's own program. A file that could run code is opened only when `confirmed` (the window asked first). */
  openAttachment: (attachment_id: string, confirmed: boolean) => call<null>('open_attachment', { attachment_id, confirmed }),
};
