// Generated from src-tauri/src/commands/mail.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { MailReplyInput, MailSettings, MailStatus, MailTest, MailboxInfo, OutboxItem, ServerGuess, TimelineEntry } from './types';

export const mail = {
  /** How the shop's mailbox stands on this desk (the page also hears every change). */
  mailStatus: () => call<MailStatus>('mail_status'),
  /** Which desk handles the shop's mail, this desk's settings, the outbox and mail that belongs to nobody. */
  mailboxInfo: () => call<MailboxInfo>('mailbox_info'),
  /** The servers of a well-known provider, guessed from the address. */
  guessMailServers: (address: string) => call<ServerGuess>('guess_mail_servers', { address }),
  /** Signs in to both servers and says in words what works and what does not. */
  testMailbox: (settings: MailSettings, password: string) => call<MailTest>('test_mailbox', { settings, password }),
  /** Connects the shop's mailbox on this desk (after testing it): this desk fetches and sends its mail. */
  connectMailbox: (settings: MailSettings, password: string) => call<MailTest>('connect_mailbox', { settings, password }),
  /** Stops fetching and sending the shop's mail; this desk forgets its settings and password. */
  disconnectMailbox: () => call<null>('disconnect_mailbox'),
  /** Looks for new mail and sends waiting replies now. */
  checkMailNow: () => call<null>('check_mail_now'),
  /** Writes a reply by mail on an email case; it waits in the outbox until the mail desk sends it. */
  replyByMail: (input: MailReplyInput) => call<TimelineEntry>('reply_by_mail', { input }),
  /** How sending these replies stands. */
  mailReplyStates: (reply_ids: Array<string>) => call<Array<OutboxItem>>('mail_reply_states', { reply_ids }),
  /** Replies by mail not sent yet, newest first. */
  mailOutbox: () => call<Array<OutboxItem>>('mail_outbox'),
  /** Tries a reply that failed again. */
  retryMailReply: (reply_id: string) => call<null>('retry_mail_reply', { reply_id }),
};
