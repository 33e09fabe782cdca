// The mailbox's states and outcomes in the words the page shows.

import type { MailStatus, OutboxItem } from '../../lib/api';

/** One sentence for how the mailbox stands on this desk. */
export function mailSentence(s: MailStatus): string {
  switch (s.state) {
    case 'not_connected':
      return 'No mailbox is connected: mail to the shop is not read by Casebook yet.';
    case 'other_desk':
      return `Mail is handled by the desk '${s.desk_name}': it fetches new mail and sends the replies written on every desk.`;
    case 'connecting':
      return 'Connecting to the mail servers…';
    case 'connected':
      return s.idle
        ? 'Connected: new mail shows within seconds of arriving.'
        : 'Connected: Casebook looks for new mail every few minutes, and when you press Check now.';
    case 'offline':
      return `Offline: ${s.reason} Casebook tries again by itself; replies wait in the outbox meanwhile.`;
    case 'problem':
      return s.message;
  }
}

export type MailTone = 'ok' | 'busy' | 'off' | 'problem';

export function mailTone(s: MailStatus): MailTone {
  switch (s.state) {
    case 'connected':
      return 'ok';
    case 'connecting':
      return 'busy';
    case 'offline':
    case 'problem':
      return 'problem';
    default:
      return 'off';
  }
}

/** How sending a reply stands, in words. */
export function replyState(item: OutboxItem | undefined): string {
  if (!item) return 'Waiting to be sent';
  switch (item.status) {
    case 'sent':
      return 'Sent';
    case 'failed':
      return `Not sent: ${item.error ?? 'the mail server refused it.'}`;
    case 'waiting':
      return item.error ? `Waiting: the last try failed (${item.error}); it is tried again by itself.` : 'Waiting to be sent';
  }
}

/** "Ana Costa <ana@example.com>", or the address alone. */
export function person(p: { name: string; address: string } | null | undefined): string {
  if (!p) return '(no sender)';
  return p.name ? `${p.name} <${p.address}>` : p.address;
}
