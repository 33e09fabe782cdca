// A brief written at an English desk, read at a Dutch one: its headings and
// its promises' due dates are in the reader's words and date style, not
// "IN THEIR WORDS" and "due Mon 7 Dec" under a Dutch title.

import { afterEach, expect, test } from 'vitest';
import { render } from '@testing-library/svelte';
import BriefCard from './BriefCard.svelte';
import type { Handoff, PromiseItem } from '../../lib/api';
import { i18n } from '../../lib/i18n/i18n.svelte';

afterEach(async () => {
  await i18n.use({ language: 'en', region: 'en-GB' });
});

// 16:00 in the shop (the desk's zone is UTC until the shop's is known).
const due = new Date(Date.UTC(2026, 11, 7, 16, 0));

const promise = {
  id: 'p1',
  case_id: 'k1',
  case_subject: 'Brake squeal',
  customer_id: 'u1',
  customer_name: 'Ana Costa',
  text: 'Call back with the pad quote',
  owner_id: 's2',
  owner_name: 'Ben Okafor',
  made_by_name: 'Ben Okafor',
  made_at: new Date(2026, 11, 1, 10, 0).toISOString(),
  due_at: due.toISOString(),
  status: 'open',
  closed_at: null,
  recovery: null,
  overdue: false,
} as unknown as PromiseItem;

const handoff: Handoff = {
  event_id: 'e1',
  case_id: 'k1',
  case_subject: 'Brake squeal',
  customer_name: 'Ana Costa',
  at: new Date(2026, 11, 2, 9, 0).toISOString(),
  from_id: 's1',
  from_name: 'Sam Jones',
  to_id: 's2',
  to_name: 'Ben Okafor',
  seen: false,
  brief: {
    note: 'She is in on Saturday',
    sections: [
      { part: 'their_words', title: 'In their words', lines: ['“The brakes squeal when wet” (Tue 1 Dec 10:00)'] },
      { part: 'promises', title: 'Open promises', lines: ['Call back with the pad quote — due Mon 7 Dec 16:00'] },
      { part: 'expectations', title: 'What they expect', lines: ['Never: call me at work — my own edit'] },
    ],
  },
};

test('read at a Dutch desk, the headings and the due dates are Dutch', async () => {
  await i18n.use({ language: 'nl', region: 'nl-NL' });
  const { container, getByTestId } = render(BriefCard, { handoff, promises: [promise] });
  const headings = [...container.querySelectorAll('h3')].map((h) => h.textContent);
  expect(headings, 'the section headings in the reader’s language').toEqual(['In hun woorden', 'Openstaande toezeggingen', 'Wat ze verwachten']);
  const text = getByTestId('latest-brief').textContent ?? '';
  expect(text, 'the promise in Dutch words and a Dutch date').toMatch(/Call back with the pad quote — uiterlijk ma 7 dec\.? 16:00/);
  expect(text, 'no English "due Mon 7 Dec" left').not.toMatch(/due Mon/);
  expect(text, 'what was written by hand stays as written').toContain('Never: call me at work — my own edit');
});

test('at an English desk it reads as drafted', () => {
  const { container, getByTestId } = render(BriefCard, { handoff, promises: [promise] });
  expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['In their words', 'Open promises', 'What they expect']);
  expect(getByTestId('latest-brief').textContent).toContain('Call back with the pad quote — due Mon 7 Dec 16:00');
});
