// The mailbox's states and outcomes in the words the page shows.

import type { MailRefusal, MailStatus, OutboxItem } from '../../lib/api';
import { t } from '../../lib/i18n/i18n.svelte';

/** One sentence for how the mailbox stands on this desk. */
export function mailSentence(s: MailStatus): string {
  switch (s.state) {
    case 'not_connected':
      return t('mail-state-not-connected');
    case 'other_desk':
      return t('mail-state-other-desk', { desk: s.desk_name });
    case 'connecting':
      return t('mail-state-connecting');
    case 'connected':
      return s.idle ? t('mail-state-connected-idle') : t('mail-state-connected-poll');
    case 'offline':
      return t('mail-state-offline', { reason: s.reason });
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
  if (!item) return t('mail-reply-waiting');
  switch (item.status) {
    case 'sent':
      return t('mail-reply-sent');
    case 'failed':
      return item.error ? t('mail-reply-failed', { error: item.error }) : t('mail-reply-refused');
    case 'waiting':
      return item.error ? t('mail-reply-retrying', { error: item.error }) : t('mail-reply-waiting');
  }
}

/** Why the mail desk would not send a reply, in the desk's words. */
export function refusalWords(why: MailRefusal, address: string | null): string {
  return t(`mail-refusal-${why.replaceAll('_', '-')}`, { address: address ?? '' });
}

/** "Ana Costa <ana@example.com>", or the address alone. */
export function person(p: { name: string; address: string } | null | undefined): string {
  if (!p) return t('mail-no-sender');
  return p.name ? `${p.name} <${p.address}>` : p.address;
}
