import { afterEach, expect, test, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { desk } from '../../lib/state/desk.svelte';
import Notices from './Notices.svelte';

afterEach(() => {
  desk.dismissAll();
  vi.useRealTimers();
});

const visible = () => [...document.querySelectorAll('.notice')].map((n) => n.querySelector('[data-testid=notice-text]')?.textContent);
const more = () => document.querySelector('[data-testid=notice-more]');
const announced = () => document.querySelector('[data-testid=notices-announced]')?.textContent ?? '';

test('after a handoff and a switch, one message shows with how many wait; each is read in turn', async () => {
  vi.useFakeTimers();
  render(Notices);
  desk.notify('Handed to Ben Okafor.');
  desk.notify('Ben Okafor is at the desk.');
  desk.notify('Ana Costa handed you: Brake squeal');
  flushSync();
  expect(visible(), 'one message at the foot of the window, the newest').toEqual(['Ana Costa handed you: Brake squeal']);
  expect(more()?.textContent?.trim(), 'with how many more wait').toBe('+2');
  expect(more()?.getAttribute('aria-label'), 'said in words to a screen reader').toBe('2 more messages: show the next');
  for (const text of ['Handed to Ben Okafor.', 'Ben Okafor is at the desk.', 'Ana Costa handed you: Brake squeal']) {
    expect(announced(), `screen readers still hear "${text}"`).toContain(text);
  }

  // The newest goes after its few seconds; the next one shows for its own.
  vi.advanceTimersByTime(4_000);
  flushSync();
  expect(visible(), 'then the one before it').toEqual(['Ben Okafor is at the desk.']);
  expect(more()?.textContent?.trim()).toBe('+1');
  vi.advanceTimersByTime(3_000);
  flushSync();
  expect(visible(), 'shown its full time, not what was left of it while it waited').toEqual(['Ben Okafor is at the desk.']);

  // +1 shows the next at once; × puts the shown one away.
  await fireEvent.click(more()!);
  expect(visible(), '+1 shows the one waiting').toEqual(['Handed to Ben Okafor.']);
  expect(more()?.textContent?.trim(), 'the other waits behind it').toBe('+1');
  await fireEvent.click(document.querySelector('.notice .close')!);
  expect(visible(), '× dismisses the shown one').toEqual(['Ben Okafor is at the desk.']);
  expect(more(), 'nothing else waits').toBeNull();
  vi.advanceTimersByTime(4_000);
  flushSync();
  expect(visible(), 'and the last goes by itself').toEqual([]);
});

test('a failure shows like the others, and is announced at once', () => {
  render(Notices);
  desk.notify('Reply added.');
  desk.notify('The mailbox refused the password.', 'error');
  flushSync();
  expect(visible(), 'the newest, the failure, is the one shown').toEqual(['The mailbox refused the password.']);
  expect(document.querySelector('.notice')?.classList.contains('error'), 'in the failure colour').toBe(true);
  expect(document.querySelector('[aria-live=assertive]')?.textContent, 'read out at once').toContain('The mailbox refused the password.');
});
