import { expect, test } from 'vitest';
import { render } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import TimelineItem from './TimelineItem.svelte';
import type { TimelineEntry } from '../../lib/api';

function entry(payload: TimelineEntry['payload'], extra: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id: 'e1',
    at: new Date().toISOString(),
    desk_id: 'd1',
    staff_id: 's1',
    staff_name: 'Ana Costa',
    customer_id: 'c1',
    case_id: 'k1',
    case_subject: 'Brake squeal',
    payload,
    ...extra,
  };
}

test('pasted markup in a message is shown as text, never as elements', () => {
  const body = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const { container } = render(TimelineItem, {
    entry: entry({ kind: 'customer_message', body, channel: 'walk_in' }),
  });
  expect(container.textContent).toContain(body);
  expect(container.querySelector('img'), 'no image element was created').toBeNull();
  expect(container.querySelector('script'), 'no script element was created').toBeNull();
});

test('each entry says who did it, and marks entries from another case', () => {
  const { container, getByText } = render(TimelineItem, {
    entry: entry({ kind: 'note', body: 'Pads glazed' }),
    currentCaseId: 'another-case',
  });
  expect(getByText('Ana Costa')).toBeTruthy();
  expect(getByText('Internal note')).toBeTruthy();
  expect(container.textContent, 'the other case is named').toContain('Brake squeal');
  expect(container.querySelector('.item')?.classList.contains('other')).toBe(true);
});

test('a reply by mail says whom it goes to and which addresses a person typed; a refusal says why', async () => {
  mockIPC((cmd) => {
    if (cmd === 'mail_reply_states') return [];
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  try {
    const reply = render(TimelineItem, {
      entry: entry({
        kind: 'mail_reply',
        reply: {
          message_id: 'e1.casebook@shop.example',
          from: 'shop@shop.example',
          to: ['ana@example.com', 'mechanic@garage.example'],
          subject: 'Re: Brake squeal [case 7c8d9e0f]',
          body: 'Bring it in on Thursday.',
          in_reply_to: null,
          references: [],
          typed: ['mechanic@garage.example'],
        },
      }),
    });
    expect(reply.container.textContent, 'every address it goes to').toContain('To ana@example.com, mechanic@garage.example');
    expect(reply.getByTestId('mail-reply-typed').textContent, 'the typed address is marked as typed by a person').toContain(
      'Typed into the reply by a person: mechanic@garage.example',
    );
    reply.unmount();

    const older = render(TimelineItem, {
      entry: entry({
        kind: 'mail_reply',
        reply: {
          message_id: 'e1.casebook@shop.example',
          from: 'shop@shop.example',
          to: ['ana@example.com'],
          subject: 'Re: Brake squeal',
          body: 'Thursday.',
          in_reply_to: null,
          references: [],
        },
      }),
    });
    expect(older.queryByTestId('mail-reply-typed'), 'a reply with nothing typed (or from before) marks nothing').toBeNull();
    older.unmount();

    const refused = render(TimelineItem, {
      entry: entry({
        kind: 'mail_refused',
        reply_id: 'e1',
        why: 'not_shop_address',
        address: 'Bank Security <security@bank.example>',
        reason: 'It was to go out as Bank Security <security@bank.example>, which is not the shop’s address.',
      }),
    });
    expect(refused.getByText('Reply refused by the mail desk: not sent'), 'the entry says it was refused').toBeTruthy();
    expect(refused.getByTestId('mail-refused-why').textContent, 'and why, naming the address').toContain(
      'Bank Security <security@bank.example>, which is not the shop',
    );
    expect(refused.container.querySelector('.item')?.classList.contains('alert'), 'shown as an alert').toBe(true);
  } finally {
    clearMocks();
  }
});

test('a 5,000-character message is folded to its start, and Show more / Show less open and fold it in place', async () => {
  const { fireEvent } = await import('@testing-library/svelte');
  const words = 'The rear hub clicks when I freewheel downhill and ';
  const body = words.repeat(100).trim();
  expect(body.length, 'the message from the counter').toBeGreaterThan(4_900);
  const { container, getByTestId } = render(TimelineItem, { entry: entry({ kind: 'customer_message', body, channel: 'email' }) });
  const shown = () => getByTestId('entry-body').textContent ?? '';

  expect(shown().length, 'folded: only the start shows, so the entry fits the window').toBeLessThan(600);
  expect(shown(), 'cut at a word, marked as cut').toMatch(/\S…$/);
  expect(body.startsWith(shown().slice(0, -1).trimEnd()), 'the start of the message itself').toBe(true);

  const more = getByTestId('show-more') as HTMLButtonElement;
  expect(more.tagName, 'a real button: Tab and Enter reach it').toBe('BUTTON');
  expect(more.textContent).toBe('Show more');
  expect(more.getAttribute('aria-expanded')).toBe('false');
  expect(more.getAttribute('aria-controls'), 'says which text it opens').toBe(getByTestId('entry-body').id);

  await fireEvent.click(more);
  expect(shown(), 'opened in place: the whole message').toBe(body);
  expect(more.textContent).toBe('Show less');
  expect(more.getAttribute('aria-expanded')).toBe('true');
  expect(container.querySelectorAll('[data-testid=show-more]').length, 'the same button folds it again').toBe(1);

  await fireEvent.click(more);
  expect(shown().length, 'folded again').toBeLessThan(600);
});

test('a short message shows whole, with nothing to unfold', () => {
  const { queryByTestId, getByTestId } = render(TimelineItem, { entry: entry({ kind: 'reply', body: 'Your bike is ready.', channel: 'phone' }) });
  expect(getByTestId('entry-body').textContent).toBe('Your bike is ready.');
  expect(queryByTestId('show-more')).toBeNull();
});
