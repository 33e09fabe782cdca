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

export const CHANNELS: Record<Channel, string> = {
  walk_in: 'Walk-in',
  phone: 'Phone',
  email: 'Email',
  chat: 'Chat',
  other: 'Other',
};

export const STATUSES: Record<CaseStatus, string> = {
  open: 'Open',
  waiting: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const PRIORITIES: Record<Priority, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  urgent: 'Urgent',
};

export const ROLES: Record<StaffRole, string> = {
  staff: 'Staff',
  lead: 'Shift lead',
  owner: 'Owner',
};

export const ENTRY_KINDS: Record<EntryKind, string> = {
  customer_message: 'Customer said',
  reply: 'Reply',
  note: 'Internal note',
  call: 'Call',
  visit: 'Visit',
};

export const DIRECTIONS: Record<CallDirection, string> = {
  inbound: 'They called us',
  outbound: 'We called them',
};

export const OUTCOMES: Record<OutreachOutcome, string> = {
  reached: 'Reached them',
  left_message: 'Left a message',
  no_answer: 'No answer',
  wrong_number: 'Wrong number',
};

/** Why two customers look like one person. */
export const DUPLICATE_REASONS: Record<DuplicateReason, string> = {
  same_phone: 'Same phone number',
  same_email: 'Same email',
  same_name: 'Same name',
};

/** What each score means, in the customer's words. */
export const SCORES: Record<number, string> = {
  1: 'Very unhappy',
  2: 'Unhappy',
  3: 'OK',
  4: 'Happy',
  5: 'Very happy',
};

/** A short heading for a timeline entry. */
export function eventTitle(p: EventPayload): string {
  switch (p.kind) {
    case 'customer_created':
      return 'Customer added';
    case 'customer_updated':
      return 'Profile changed';
    case 'case_opened':
      return `Case opened (${CHANNELS[p.channel]})`;
    case 'customer_message':
      return `Customer said (${CHANNELS[p.channel]})`;
    case 'reply':
      return `Reply (${CHANNELS[p.channel]})`;
    case 'note':
      return 'Internal note';
    case 'call':
      return p.direction === 'inbound' ? 'Call from customer' : 'Call to customer';
    case 'visit':
      return 'Visit';
    case 'status_changed':
      return `Status: ${STATUSES[p.from]} → ${STATUSES[p.to]}`;
    case 'assignment_changed':
      return 'Owner changed';
    case 'priority_changed':
      return `Priority: ${PRIORITIES[p.from]} → ${PRIORITIES[p.to]}`;
    case 'staff_added':
      return `${p.name} joined the staff`;
    case 'staff_updated':
      return 'Staff member changed';
    case 'handoff':
      return 'Handed over';
    case 'promise_made':
      return `Promise: ${p.text}`;
    case 'promise_kept':
      return `Promise kept: ${p.text}`;
    case 'promise_broken':
      return `Promise broken: ${p.text}`;
    case 'expectations_changed':
      return 'Expectations changed';
    case 'fact_pinned':
      return 'Pinned as a key fact';
    case 'fact_unpinned':
      return 'Unpinned';
    case 'complaint_flagged':
      return `Complaint: ${p.summary}`;
    case 'calendar_changed':
      return 'Opening hours changed';
    case 'targets_changed':
      return 'Response targets changed';
    case 'complaint_closed':
      return 'Complaint closed';
    case 'case_escalated':
      return `Escalated: ${p.cause}`;
    case 'escalation_closed':
      return `Escalation closed: ${p.cause}`;
    case 'satisfaction_recorded':
      return `Customer's score: ${p.score} of 5 (${SCORES[p.score] ?? ''})`;
    case 'outreach_call':
      return `Outreach call: ${OUTCOMES[p.outcome]}`;
    case 'root_causes_changed':
      return 'Root causes changed';
    case 'customers_merged':
      return `Merged with the record of ${p.other_name}`;
    case 'merge_undone':
      return 'Merge undone';
    case 'not_duplicates':
      return 'Marked as a different customer from a look-alike record';
    case 'files_attached':
      return p.files.length === 1 ? `File attached: ${p.files[0]?.name ?? ''}` : `${p.files.length} files attached`;
    case 'attachment_removed':
      return `File removed: ${p.name}`;
    case 'attachment_erased':
      return `File erased: ${p.reason}`;
    case 'attachment_limit_changed':
      return `Largest file accepted: ${p.megabytes} MB`;
    case 'mailbox_connected':
      return `Mailbox ${p.address} connected on the desk '${p.desk_name}'`;
    case 'mailbox_disconnected':
      return `Mailbox ${p.address} disconnected`;
    case 'mail_received':
      return p.mail.noise === 'bounce' ? 'Mail came back undelivered' : p.mail.noise === 'auto_reply' ? 'Automatic reply' : 'Mail from the customer';
    case 'mail_sent_elsewhere':
      return 'Mail sent from another program';
    case 'mail_reply':
      return 'Reply by mail';
    case 'mail_sent':
      return p.how === 'copy_found' ? 'Reply sent (its copy was found in the mailbox)' : 'Reply sent';
    case 'mail_failed':
      return p.retrying ? 'Sending the reply failed; trying again' : 'Sending the reply failed';
    case 'mail_retried':
      return 'Reply to be tried again';
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
