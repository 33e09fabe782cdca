import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { CaseDetail, CaseSummary, TimelineEntry } from '../../lib/api';
import { detail, now, summary } from './fixtures';
import { publish } from '../../lib/state/changes';
import CasePage from './CasePage.svelte';

afterEach(() => clearMocks());

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
    if (cmd === 'entry_attachments') return [];
    if (cmd === 'log_mark') return 5;
    if (cmd === 'case_news') return { mark: 5, entries: [] };
    if (cmd === 'add_entry') {
      const { input } = args as { input: { body: string } };
      const written = entry('e2', input.body, 0);
      history = [written, ...history];
      return written;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  // The request id each call carried, as the shell reads it.
  const requests: Record<string, string | undefined> = {};
  type Invoke = (cmd: string, args: unknown, options?: { headers?: Record<string, string> }) => Promise<unknown>;
  const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: Invoke } }).__TAURI_INTERNALS__;
  const real = internals.invoke;
  internals.invoke = (cmd, args, options) => {
    requests[cmd] = options?.headers?.['casebook-request'];
    return real(cmd, args, options);
  };
  const count = (cmd: string) => calls.filter((c) => c === cmd).length;
  const shown = () => [...document.querySelectorAll('[data-testid=timeline-entry]')].map((e) => e.textContent ?? '');

  const { findByTestId, getByTestId } = render(CasePage, { caseId: 'k1' });
  await findByTestId('timeline');
  expect(count('get_case'), 'opened once').toBe(1);
  expect(count('customer_timeline'), 'history read once').toBe(1);
  expect(count('entry_attachments'), 'and its files, in one call for the page').toBe(1);

  await fireEvent.input(getByTestId('composer-body'), { target: { value: 'The pads are on order' } });
  await fireEvent.click(getByTestId('composer-save'));
  await waitFor(() => expect(shown()[0], 'the reply is on top at once, from the write’s own answer').toContain('The pads are on order'));
  expect(count('customer_timeline'), 'without reading the history again').toBe(1);
  expect(count('case_news'), 'what came in while writing was asked once, before sending').toBe(1);

  // The backend's change event for that reply, with the id its request carried.
  expect(requests.add_entry, 'the write named its request').toBeTruthy();
  publish({ cases: ['k1'], customers: ['u1'], kinds: ['reply'], staff: false, settings: false, everything: false, request: requests.add_entry });
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
  expect(count('entry_attachments'), 'files asked for the first page, the reply, and the two new entries: once each').toBe(3);
  expect(shown()[0], 'newest on top').toContain('Collected the bike');
  expect(shown()[3], 'the oldest still at the bottom').toContain('First answer');

  // A change elsewhere in the shop does not concern this page.
  publish({ cases: ['k9'], customers: ['u9'], kinds: ['reply'], staff: false, settings: false, everything: false });
  await new Promise((done) => setTimeout(done, 300));
  const reads = calls.filter((c) => !['case_draft', 'keep_draft', 'log_mark', 'case_news', 'set_presence'].includes(c));
  expect(reads.length, 'nothing fetched for another customer: 3 case reads, 2 history reads, 3 file reads, 1 write (the draft kept as it was typed, the writing mark and presence told, aside)').toBe(9);
});

test('pressing E on a case already escalated says so at once, with the way to the register', async () => {
  const calls: string[] = [];
  const escalated: CaseDetail = {
    ...detail,
    escalations: [
      {
        id: 'x1',
        case_id: 'k1',
        case_subject: 'Brake squeal',
        customer_id: 'u1',
        customer_name: 'Ana Costa',
        to_id: 's2',
        to_name: 'Ben Okafor',
        cause: 'workload',
        note: 'Third visit',
        status: 'open',
        opened_at: now,
        opened_by_name: 'Ana Costa',
        closed_at: null,
        closed_by_name: null,
        what_changed: null,
      },
    ],
  };
  mockIPC((cmd) => {
    calls.push(cmd);
    if (cmd === 'get_case') return escalated;
    if (cmd === 'customer_timeline') return { entries: [], next_cursor: null };
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, queryByText } = render(CasePage, { caseId: 'k1' });
  await findByTestId('case-escalation');
  await fireEvent.keyDown(window, { key: 'e' });
  const said = await findByTestId('already-escalated');
  expect(said.textContent, 'it names whom it is escalated to').toContain('This case is already escalated to Ben Okafor');
  expect(document.getElementById('escalation-note'), 'no form to fill in only to be refused').toBeNull();
  expect(queryByText('Open complaints & escalations'), 'the way to the register').not.toBeNull();
  expect(calls, 'nothing asked of the backend for a form never shown').not.toContain('root_causes');
});

test('a brief says it is as written then, and how each of its promises stands now', async () => {
  const kept = {
    id: 'p1',
    case_id: 'k1',
    case_subject: 'Brake squeal',
    customer_id: 'u1',
    customer_name: 'Ana Costa',
    text: 'Call back with the quote',
    owner_id: null,
    owner_name: null,
    made_by_name: 'Ana Costa',
    made_at: '2026-11-02T10:00:00Z',
    due_at: '2026-11-04T10:00:00Z',
    status: 'kept' as const,
    closed_at: '2026-11-04T09:00:00Z',
    recovery: null,
    overdue: false,
  };
  const handedOver: CaseDetail = {
    ...detail,
    promises: [kept],
    latest_handoff: {
      event_id: 'h1',
      case_id: 'k1',
      case_subject: 'Brake squeal',
      customer_name: 'Ana Costa',
      at: '2026-11-03T13:05:00Z',
      from_id: 's1',
      from_name: 'Ana Costa',
      to_id: 's2',
      to_name: 'Ben Okafor',
      seen: true,
      brief: {
        note: 'Pads are on order.',
        sections: [{ part: 'promises', title: 'Open promises', lines: ['Call back with the quote — due Wed 4 Nov 11:00', 'Something we never recorded'] }],
      },
    },
  };
  mockIPC((cmd) => {
    if (cmd === 'get_case') return handedOver;
    if (cmd === 'customer_timeline') return { entries: [], next_cursor: null };
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, getAllByTestId } = render(CasePage, { caseId: 'k1' });
  const brief = await findByTestId('latest-brief');
  expect(brief.textContent, 'labelled as written at the handoff, with its date').toMatch(
    /Brief as written by Ana Costa at the handoff to Ben Okafor, \w{3} \d{1,2} \w{3} (2026 )?\d{2}:\d{2}/,
  );
  const states = getAllByTestId('brief-promise-now');
  expect(states.length, 'only the line that is a promise on record gets a state').toBe(1);
  expect(states[0]?.textContent, 'the promise the brief calls open is kept now').toMatch(/^now: kept/);
});

test('a handoff on screen leaves the inbox when its receiver takes the desk', async () => {
  const { desk } = await import('../../lib/state/desk.svelte');
  const calls: { cmd: string; args: unknown }[] = [];
  const handed: CaseDetail = {
    ...detail,
    latest_handoff: {
      event_id: 'h1',
      case_id: 'k1',
      case_subject: 'Brake squeal',
      customer_name: 'Ana Costa',
      at: now,
      from_id: 's1',
      from_name: 'Ana Costa',
      to_id: 's2',
      to_name: 'Ben Okafor',
      seen: false,
      brief: { note: '', sections: [] },
    },
  };
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'get_case') return handed;
    if (cmd === 'customer_timeline') return { entries: [], next_cursor: null };
    if (cmd === 'acknowledge_handoffs') return 1;
    if (cmd === 'inbox') return [];
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  desk.staff = [
    { id: 's1', name: 'Ana Costa', role: 'owner', active: true, has_passcode: false },
    { id: 's2', name: 'Ben Okafor', role: 'staff', active: true, has_passcode: false },
  ];
  desk.info = { ...(desk.info ?? {}), current_staff_id: 's1' } as typeof desk.info;
  const { findByTestId } = render(CasePage, { caseId: 'k1' });
  await findByTestId('latest-brief');
  await new Promise((done) => setTimeout(done, 50));
  expect(calls.some((c) => c.cmd === 'acknowledge_handoffs'), 'Ana reading it does not mark it read for Ben').toBe(false);

  // Ben picks himself at the desk with the case on screen.
  desk.info = { ...desk.info, current_staff_id: 's2' } as typeof desk.info;
  await waitFor(() => expect(calls.filter((c) => c.cmd === 'acknowledge_handoffs').length, 'marked read for Ben').toBe(1));
  expect(calls.find((c) => c.cmd === 'acknowledge_handoffs')?.args).toEqual({ case_id: 'k1' });
  await waitFor(() => expect(calls.some((c) => c.cmd === 'inbox'), 'and his inbox is read again').toBe(true));
  desk.info = null;
  desk.staff = [];
});

test('the case page switches to Dutch at once; what staff typed stays as typed', async () => {
  const { i18n } = await import('../../lib/i18n/i18n.svelte');
  mockIPC((cmd) => {
    if (cmd === 'get_case') return detail;
    if (cmd === 'customer_timeline' || cmd === 'case_timeline') return { entries: [entry('e1', 'First answer', 10)], next_cursor: null };
    if (cmd === 'entry_attachments') return [];
    return null;
  });
  const { findByTestId, getByLabelText, getByTestId } = render(CasePage, { caseId: 'k1' });
  await findByTestId('case-subject');
  expect(getByTestId('open-handoff').textContent).toContain('Hand off…');
  try {
    await i18n.use({ language: 'nl', region: 'nl-NL' });
    await waitFor(() => expect(getByTestId('open-handoff').textContent).toContain('Overdragen…'));
    expect(getByLabelText('Prioriteit')).toBeTruthy();
    expect(getByLabelText('Behandelaar')).toBeTruthy();
    expect(getByTestId('case-subject').textContent, 'the subject as typed').toBe('Brake squeal');
    expect((await findByTestId('timeline-entry')).textContent).toContain('Antwoord (Aan de balie)');
  } finally {
    i18n.set({ language: 'en', region: 'en-GB' });
  }
});

test('a forgotten customer’s case offers nothing to write: no composer, no actions, no keys', async () => {
  mockIPC((cmd) => {
    if (cmd === 'get_case') return { ...detail, forgotten: true };
    if (cmd === 'customer_timeline') return { entries: [], next_cursor: null };
    if (cmd === 'entry_attachments') return [];
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, queryByTestId } = render(CasePage, { caseId: 'k1' });
  expect((await findByTestId('case-forgotten')).textContent, 'the page says why').toContain('Nothing more can be added');
  expect(queryByTestId('composer-body'), 'no composer').toBeNull();
  expect(queryByTestId('open-promise'), 'no promise to record').toBeNull();
  await fireEvent.keyDown(window, { key: 'p' });
  expect(document.querySelector('[role=dialog]'), 'P opens nothing').toBeNull();
});

test('stepping through the Status list with ↓ saves nothing; Enter saves the status chosen, Esc puts it back', async () => {
  const writes: { status?: string; priority?: string }[] = [];
  let current: CaseSummary = { ...summary };
  mockIPC((cmd, args) => {
    if (cmd === 'get_case') return { ...detail, case: current };
    if (cmd === 'customer_timeline') return { entries: [], next_cursor: null };
    if (cmd === 'entry_attachments') return [];
    if (cmd === 'update_case') {
      const { input } = args as { input: { status?: CaseSummary['status']; priority?: CaseSummary['priority'] } };
      writes.push(input);
      current = { ...current, ...(input.status ? { status: input.status } : {}), ...(input.priority ? { priority: input.priority } : {}) };
      return current;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByLabelText, queryByRole } = render(CasePage, { caseId: 'k1' });
  const status = (await findByLabelText('Status')) as HTMLSelectElement;
  status.focus();
  // A closed native list moves its choice on each ↓ and says so with a change event.
  const step = async (key: string, value: string) => {
    await fireEvent.keyDown(status, { key });
    status.value = value;
    await fireEvent.change(status);
  };
  await step('ArrowDown', 'waiting');
  await step('ArrowDown', 'resolved');
  await step('ArrowDown', 'closed');
  await new Promise((r) => setTimeout(r, 20));
  expect(writes, 'arrow keys never write a status').toEqual([]);
  expect(queryByRole('dialog'), '"How did we do?" is not asked for a status nobody chose').toBeNull();
  expect(status.value, 'the list shows the option stepped to').toBe('closed');
  expect(document.querySelector('[data-testid=choice-pending]')?.textContent, 'and says it is not saved yet').toContain('Enter');

  await fireEvent.keyDown(status, { key: 'Escape' });
  await waitFor(() => expect(status.value, 'Esc puts the saved status back').toBe('open'));
  expect(writes, 'still nothing written').toEqual([]);

  await step('ArrowDown', 'waiting');
  await fireEvent.keyDown(status, { key: 'Enter' });
  await waitFor(() => expect(writes, 'Enter saves the one status chosen').toEqual([{ case_id: 'k1', status: 'waiting' }]));
  await waitFor(() => expect(document.querySelector('[data-testid=choice-pending]'), 'nothing waits to be saved').toBeNull());
  expect(queryByRole('dialog'), 'waiting on the customer asks no score').toBeNull();

  // A pick from the opened list (a click) is a choice: saved at once.
  const priority = document.getElementById('case-priority') as HTMLSelectElement;
  await fireEvent.pointerDown(priority);
  priority.value = 'high';
  await fireEvent.change(priority);
  await waitFor(() => expect(writes.at(-1), 'a clicked choice is saved at once').toEqual({ case_id: 'k1', priority: 'high' }));

  // Stepped to, then left with Tab: what the list shows when the person leaves it is their choice.
  status.focus();
  await step('ArrowDown', 'resolved');
  expect(writes.length, 'not while stepping').toBe(2);
  await fireEvent.blur(status);
  await waitFor(() => expect(writes.at(-1), 'leaving the list saves what it shows').toEqual({ case_id: 'k1', status: 'resolved' }));
  await waitFor(() => expect(queryByRole('dialog'), 'and resolving asks how we did').not.toBeNull());
});

test('the person a handoff is for sees its brief first when they take the desk, scrolled to and focused', async () => {
  const { desk } = await import('../../lib/state/desk.svelte');
  const handed: CaseDetail = {
    ...detail,
    latest_handoff: {
      event_id: 'h1',
      case_id: 'k1',
      case_subject: 'Brake squeal',
      customer_name: 'Ana Costa',
      at: now,
      from_id: 's1',
      from_name: 'Ana Costa',
      to_id: 's2',
      to_name: 'Ben Okafor',
      seen: false,
      brief: { note: 'Pads ordered, call her Friday', sections: [] },
    },
  };
  mockIPC((cmd) => {
    if (cmd === 'get_case') return handed;
    if (cmd === 'customer_timeline') return { entries: [], next_cursor: null };
    if (cmd === 'acknowledge_handoffs') return 1;
    if (cmd === 'inbox') return [];
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const scrolled: Element[] = [];
  const had = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  try {
    desk.staff = [
      { id: 's1', name: 'Ana Costa', role: 'owner', active: true, has_passcode: false },
      { id: 's2', name: 'Ben Okafor', role: 'staff', active: true, has_passcode: false },
    ];
    desk.info = { ...(desk.info ?? {}), current_staff_id: 's1' } as typeof desk.info;
    const { findByTestId, getByTestId } = render(CasePage, { caseId: 'k1' });
    const brief = await findByTestId('latest-brief');
    // Ana wrote it and carried on working further down the page.
    getByTestId('composer-body').focus();
    await new Promise((done) => setTimeout(done, 30));
    expect(scrolled, 'Ana, who wrote it, keeps her place').toEqual([]);

    desk.info = { ...desk.info, current_staff_id: 's2' } as typeof desk.info;
    await waitFor(() => expect(document.activeElement, 'Ben, who it was written for, is taken to the brief').toBe(brief));
    expect(scrolled.at(-1)?.contains(brief), 'the top of the case, with the brief, is scrolled into view').toBe(true);

    // Ben reads on and starts a reply: a reload of the page does not pull him back.
    getByTestId('composer-body').focus();
    desk.info = { ...desk.info } as typeof desk.info;
    await new Promise((done) => setTimeout(done, 30));
    expect(document.activeElement, 'once per arrival: Ben keeps his place while he works').toBe(getByTestId('composer-body'));
  } finally {
    Element.prototype.scrollIntoView = had;
    desk.info = null;
    desk.staff = [];
  }
});
