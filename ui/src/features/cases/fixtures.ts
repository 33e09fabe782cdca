// A case as the page shows it, for the tests of the case page and its parts.
import type { CaseDetail, CaseSummary } from '../../lib/api';

export const now = new Date().toISOString();
export const summary: CaseSummary = {
  id: 'k1',
  customer_id: 'u1',
  customer_name: 'Ana Costa',
  subject: 'Brake squeal',
  channel: 'walk_in',
  status: 'open',
  priority: 'normal',
  owner_id: null,
  owner_name: null,
  opened_at: now,
  updated_at: now,
  waiting_since: null,
  due: null,
};
export const detail: CaseDetail = {
  case: summary,
  customer: {
    id: 'u1',
    name: 'Ana Costa',
    phones: [],
    emails: [],
    organisation: '',
    segment: '',
    notes: '',
    language: '',
    created_at: now,
    updated_at: now,
    last_contact_at: null,
    open_cases: 1,
    total_cases: 1,
  },
  other_open_cases: [],
  latest_handoff: null,
  context: {
    expectations: { preferred_channel: null, contact_hours: '', turnaround: '', always_do: '', never_do: '', recovery: '', notes: '' },
    key_facts: [],
    open_promises: [],
    complaints: [],
  },
  escalations: [],
  satisfaction: null,
  promises: [],
  forgotten: false,
};

