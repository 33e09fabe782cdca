// The words the counter sees for each stored value.

import type {
  CallDirection,
  CaseStatus,
  Channel,
  DuplicateReason,
  EntryKind,
  EventPayload,
  OutreachOutcome,
  Priority,
  StaffRole,
} from './api';
import { t } from './i18n/i18n.svelte';

/**
 * A map from stored values to words, read in the effective language each time
 * (a getter per value), so `CHANNELS[c]` in a template follows a switch at once.
 */
function words<K extends string | number>(keys: Record<K, string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const [value, key] of Object.entries(keys) as [K, string][]) {
    Object.defineProperty(out, value, { get: () => t(key), enumerable: true });
  }
  return out;
}

export const CHANNELS: Record<Channel, string> = words<Channel>({
  walk_in: 'case-channel-walk-in',
  phone: 'case-channel-phone',
  email: 'case-channel-email',
  chat: 'case-channel-chat',
  other: 'case-channel-other',
});

export const STATUSES: Record<CaseStatus, string> = words<CaseStatus>({
  open: 'case-status-open',
  waiting: 'case-status-waiting',
  resolved: 'case-status-resolved',
  closed: 'case-status-closed',
});

export const PRIORITIES: Record<Priority, string> = words<Priority>({
  low: 'case-priority-low',
  normal: 'case-priority-normal',
  high: 'case-priority-high',
  urgent: 'case-priority-urgent',
});

export const ROLES: Record<StaffRole, string> = words<StaffRole>({
  staff: 'desk-role-staff',
  lead: 'desk-role-lead',
  owner: 'desk-role-owner',
});

export const ENTRY_KINDS: Record<EntryKind, string> = words<EntryKind>({
  customer_message: 'case-entry-customer-message',
  reply: 'case-entry-reply',
  note: 'case-entry-note',
  call: 'case-entry-call',
  visit: 'case-entry-visit',
});

export const DIRECTIONS: Record<CallDirection, string> = words<CallDirection>({
  inbound: 'case-direction-inbound',
  outbound: 'case-direction-outbound',
});

export const OUTCOMES: Record<OutreachOutcome, string> = words<OutreachOutcome>({
  reached: 'outreach-outcome-reached',
  left_message: 'outreach-outcome-left-message',
  no_answer: 'outreach-outcome-no-answer',
  wrong_number: 'outreach-outcome-wrong-number',
});

/** Why two customers look like one person. */
export const DUPLICATE_REASONS: Record<DuplicateReason, string> = words<DuplicateReason>({
  same_phone: 'duplicates-reason-same-phone',
  same_email: 'duplicates-reason-same-email',
  same_name: 'duplicates-reason-same-name',
});

/** What each score means, in the customer's words. */
export const SCORES: Record<number, string> = words<number>({
  1: 'case-score-1',
  2: 'case-score-2',
  3: 'case-score-3',
  4: 'case-score-4',
  5: 'case-score-5',
});

/** A short heading for a timeline entry. */
export function eventTitle(p: EventPayload): string {
  switch (p.kind) {
    case 'customer_created':
      return t('case-event-customer-created');
    case 'customer_updated':
    case 'customer_edited':
      return t('case-event-customer-updated');
    case 'case_opened':
      return t('case-event-case-opened', { channel: CHANNELS[p.channel] });
    case 'customer_message':
      return t('case-event-customer-message', { channel: CHANNELS[p.channel] });
    case 'reply':
      return t('case-event-reply', { channel: CHANNELS[p.channel] });
    case 'note':
      return t('case-event-note');
    case 'call':
      return p.direction === 'inbound' ? t('case-event-call-inbound') : t('case-event-call-outbound');
    case 'visit':
      return t('case-event-visit');
    case 'status_changed':
      return t('case-event-status-changed', { from: STATUSES[p.from], to: STATUSES[p.to] });
    case 'assignment_changed':
      return t('case-event-assignment-changed');
    case 'priority_changed':
      return t('case-event-priority-changed', { from: PRIORITIES[p.from], to: PRIORITIES[p.to] });
    case 'case_renamed':
      return t('case-event-case-renamed');
    case 'staff_added':
      return t('case-event-staff-added', { name: p.name });
    case 'staff_updated':
      return t('case-event-staff-updated');
    case 'staff_merged':
      return t('case-event-staff-merged', { name: p.name });
    case 'shop_locale_set':
      return p.language ? t('case-event-shop-locale-set', { language: t(`language-${p.language}`) }) : t('case-event-shop-locale-cleared');
    case 'passcode_set':
      return p.hash ? t('case-event-passcode-set') : t('case-event-passcode-cleared');
    case 'passcodes_edited':
      return t('case-event-passcodes-edited');
    case 'recovery_code_set':
      return t('case-event-recovery-code-set');
    case 'retention_set':
      return p.years ? t('case-event-retention-set', { years: p.years }) : t('case-event-retention-off');
    case 'saved_reply_added':
      return t('case-event-saved-reply-added', { name: p.name });
    case 'saved_reply_edited':
      return t('case-event-saved-reply-edited');
    case 'saved_reply_removed':
      return t('case-event-saved-reply-removed');
    case 'saved_reply_used':
      return t('case-event-saved-reply-used');
    case 'shop_named':
      return t('case-event-shop-named', { name: p.name });
    case 'handoff':
      return t('case-event-handoff');
    case 'promise_made':
      return t('case-event-promise-made', { text: p.text });
    case 'promise_kept':
      return t('case-event-promise-kept', { text: p.text });
    case 'promise_broken':
      return t('case-event-promise-broken', { text: p.text });
    case 'expectations_changed':
      return t('case-event-expectations-changed');
    case 'customer_forgotten':
      return t('case-event-customer-forgotten', { reason: p.reason });
    case 'fact_pinned':
      return t('case-event-fact-pinned');
    case 'fact_unpinned':
      return t('case-event-fact-unpinned');
    case 'complaint_flagged':
      return t('case-event-complaint-flagged', { summary: p.summary });
    case 'calendar_changed':
    case 'calendar_edited':
      return t('case-event-calendar-changed');
    case 'targets_changed':
      return t('case-event-targets-changed');
    case 'complaint_closed':
      return t('case-event-complaint-closed');
    case 'case_escalated':
      return t('case-event-case-escalated', { cause: p.cause });
    case 'escalation_closed':
      return t('case-event-escalation-closed', { cause: p.cause });
    case 'satisfaction_recorded':
      return t('case-event-satisfaction-recorded', { score: p.score, words: SCORES[p.score] ?? '' });
    case 'outreach_call':
      return t('case-event-outreach-call', { outcome: OUTCOMES[p.outcome] });
    case 'root_causes_changed':
    case 'root_causes_edited':
      return t('case-event-root-causes-changed');
    case 'customers_merged':
      return t('case-event-customers-merged', { name: p.other_name });
    case 'merge_undone':
      return t('case-event-merge-undone');
    case 'not_duplicates':
      return t('case-event-not-duplicates');
    case 'files_attached':
      return t('case-event-files-attached', { count: p.files.length, name: p.files[0]?.name ?? '' });
    case 'attachment_removed':
      return t('case-event-attachment-removed', { name: p.name });
    case 'attachment_erased':
      return t('case-event-attachment-erased', { reason: p.reason });
    case 'attachment_limit_changed':
      return t('case-event-attachment-limit-changed', { megabytes: p.megabytes });
    case 'mailbox_connected':
      return t('case-event-mailbox-connected', { address: p.address, desk: p.desk_name });
    case 'mailbox_disconnected':
      return t('case-event-mailbox-disconnected', { address: p.address });
    case 'mail_received':
      return p.mail.noise === 'bounce'
        ? t('case-event-mail-bounced')
        : p.mail.noise === 'auto_reply'
          ? t('case-event-mail-auto-reply')
          : t('case-event-mail-received');
    case 'mail_sent_elsewhere':
      return t('case-event-mail-sent-elsewhere');
    case 'mail_reply':
      return t('case-event-mail-reply');
    case 'mail_sent':
      return p.how === 'copy_found' ? t('case-event-mail-sent-copy-found') : t('case-event-mail-sent');
    case 'mail_failed':
      return p.retrying ? t('case-event-mail-failed-retrying') : t('case-event-mail-failed');
    case 'mail_retried':
      return t('case-event-mail-retried');
    case 'mail_refused':
      return t('case-event-mail-refused');
  }
}

/** The kind of entry, for styling: what the customer said stands out from what we did. */
export function eventTone(p: EventPayload): 'customer' | 'ours' | 'internal' | 'system' | 'alert' {
  switch (p.kind) {
    case 'customer_message':
      return 'customer';
    case 'mail_received':
      return p.mail.noise ? 'system' : 'customer';
    case 'mail_failed':
      return p.retrying ? 'system' : 'alert';
    case 'mail_refused':
      return 'alert';
    case 'mail_reply':
    case 'mail_sent_elsewhere':
    case 'reply':
    case 'call':
    case 'visit':
      return 'ours';
    case 'note':
      return 'internal';
    case 'handoff':
    case 'promise_made':
    case 'promise_kept':
      return 'ours';
    case 'complaint_closed':
    case 'escalation_closed':
    case 'satisfaction_recorded':
    case 'outreach_call':
      return 'ours';
    case 'promise_broken':
    case 'complaint_flagged':
    case 'case_escalated':
      return 'alert';
    default:
      return 'system';
  }
}

/** Entries with text worth pinning as a key fact about the customer. */
export function pinnable(p: EventPayload): boolean {
  return ['customer_message', 'reply', 'note', 'call', 'visit', 'case_opened', 'promise_made'].includes(p.kind);
}
