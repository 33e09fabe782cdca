import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { CaseDetail, CaseSummary, TimelineEntry } from '../../lib/api';
import { publish } from '../../lib/state/changes';
import CasePage from './CasePage.svelte';

afterEach(() => clearMocks());

const now = new Date().toISOString();
const summary: CaseSummary = {
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
const detail: CaseDetail = {
  case: summary,
  customer: {
    id: 'u1',
    name: 'Ana Costa',
    phones: [],
    emails: [],
    organisation: '',
    segment: '',
    notes: '',
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
};

function entry(id: string, body: string, minutesAgo: number): TimelineEntry {
  return {
    id,
    at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    desk_id: 'd',
    staff_id: null,
    staff_name: 'Sam',
    customer_id: 'u1',
    case_id: 'k1',
    case_subject: 'Brake squeal',
    payload: { kind: 'reply', body, channel: 'walk_in' },
  };
}

test('a reply shows at once, and its own change event does not fetch the history again', async () => {
  const calls: string[] = [];
  let history = [entry('e1', 'First answer', 10)];
  mockIPC((cmd, args) => {
    calls.push(cmd);
    if (cmd === 'get_case') return detail;
    if (cmd === 'customer_timeline') return { entries: history, next_cursor: null };
    if (cmd === 'add_entry') {
      const { input } = args as { input: { body: string } };
      const written = entry('e2', input.body, 0);
      history = [written, ...history];
      return written;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const count = (cmd: string) => calls.filter((c) => c === cmd).length;
  const shown = () => [...document.querySelectorAll('[data-testid=timeline-entry]')].map((e) => e.textContent ?? '');

  const { findByTestId, getByTestId } = render(CasePage, { caseId: 'k1' });
  await findByTestId('timeline');
  expect(count('get_case'), 'opened once').toBe(1);
  expect(count('customer_timeline'), 'history read once').toBe(1);

  await fireEvent.input(getByTestId('composer-body'), { target: { value: 'The pads are on order' } });
  await fireEvent.click(getByTestId('composer-save'));
  await waitFor(() => expect(shown()[0], 'the reply is on top at once, from the write’s own answer').toContain('The pads are on order'));
  expect(count('customer_timeline'), 'without reading the history again').toBe(1);

  // The backend's change event for that reply.
  publish({ cases: ['k1'], customers: ['u1'], kinds: ['reply'], staff: false, settings: false, everything: false });
  await waitFor(() => expect(count('get_case'), 'the case is read again once (a reply moves its due time)').toBe(2));
  await new Promise((done) => setTimeout(done, 300));
  expect(count('customer_timeline'), 'the history is not: it already shows the reply').toBe(1);
  expect(count('get_case'), 'and the case only once').toBe(2);
  expect(shown().length, 'nothing doubled').toBe(2);

  // Three writes from another desk in a burst: one refetch of each, new entries merged on top.
  history = [entry('e4', 'Collected the bike', 0), entry('e3', 'Called her back', 1), ...history];
  for (let i = 0; i < 3; i++) {
    publish({ cases: ['k1'], customers: ['u1'], kinds: ['note'], staff: false, settings: false, everything: false });
  }
  await waitFor(() => expect(shown().length, 'the two new entries are merged in').toBe(4));
  await new Promise((done) => setTimeout(done, 300));
  expect(count('customer_timeline'), 'one history read for the burst').toBe(2);
  expect(count('get_case'), 'one case read for the burst').toBe(3);
  expect(shown()[0], 'newest on top').toContain('Collected the bike');
  expect(shown()[3], 'the oldest still at the bottom').toContain('First answer');

  // A change elsewhere in the shop does not concern this page.
  publish({ cases: ['k9'], customers: ['u9'], kinds: ['reply'], staff: false, settings: false, everything: false });
  await new Promise((done) => setTimeout(done, 300));
  expect(calls.length, 'nothing fetched for another customer: 3 case reads, 2 history reads, 1 write').toBe(6);
});
