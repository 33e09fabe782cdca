import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { desk } from '../../lib/state/desk.svelte';
import ShopMenu from './ShopMenu.svelte';
import TopBar from './TopBar.svelte';

afterEach(() => {
  desk.route = { name: 'queue' };
  desk.inbox = [];
});

const menu = () => document.querySelector('[role=menu]');
const items = () => [...document.querySelectorAll<HTMLElement>('[role=menuitem]')];

test('Enter opens the menu on its first item; arrows move; Escape closes it and returns focus', async () => {
  const { getByTestId } = render(ShopMenu);
  const button = getByTestId('nav-shop');
  expect(button.getAttribute('aria-haspopup'), 'it says it opens a menu').toBe('menu');
  expect(button.getAttribute('aria-expanded'), 'closed at first').toBe('false');
  expect(menu(), 'no menu until opened').toBeNull();

  button.focus();
  await fireEvent.keyDown(button, { key: 'Enter' });
  await waitFor(() => expect(document.activeElement, 'focus on the first item').toBe(items()[0]));
  expect(button.getAttribute('aria-expanded'), 'open').toBe('true');
  expect(items().map((i) => i.textContent?.trim().replace(/\s+/g, ' ')), 'the owner’s tools, with their keys').toEqual([
    'Reports T',
    'Complaints & escalations G',
    'Saved replies',
    'Possible duplicates',
    'Staff',
    'Hours & targets',
    'Desks & sync',
    'Mailbox',
    'Backups & data B',
  ]);

  await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
  expect(document.activeElement, 'ArrowDown moves to the next item').toBe(items()[1]);
  await fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
  await fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
  expect(document.activeElement, 'ArrowUp from the first wraps to the last').toBe(items().at(-1));
  await fireEvent.keyDown(document.activeElement!, { key: 'Home' });
  expect(document.activeElement, 'Home goes to the first').toBe(items()[0]);

  await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
  await waitFor(() => expect(menu(), 'Escape closes the menu').toBeNull());
  expect(document.activeElement, 'and focus is back on the Shop button').toBe(button);
  expect(button.getAttribute('aria-expanded'), 'which says it is closed').toBe('false');
});

test('ArrowDown and Space open it too; ArrowUp opens it on the last item', async () => {
  const { getByTestId } = render(ShopMenu);
  const button = getByTestId('nav-shop');
  button.focus();
  await fireEvent.keyDown(button, { key: 'ArrowDown' });
  await waitFor(() => expect(document.activeElement, 'ArrowDown: on the first item').toBe(items()[0]));
  await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
  await fireEvent.keyDown(button, { key: ' ' });
  await waitFor(() => expect(document.activeElement, 'Space: on the first item').toBe(items()[0]));
  await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
  await fireEvent.keyDown(button, { key: 'ArrowUp' });
  await waitFor(() => expect(document.activeElement, 'ArrowUp: on the last item').toBe(items().at(-1)));
});

test('choosing an item opens its page, closes the menu, and keeps focus on the button', async () => {
  const { getByTestId } = render(ShopMenu);
  const button = getByTestId('nav-shop');
  await fireEvent.click(button);
  await waitFor(() => expect(menu(), 'a click opens it').not.toBeNull());
  await fireEvent.click(getByTestId('nav-settings'));
  expect(desk.route.name, 'Hours & targets is shown').toBe('settings');
  await waitFor(() => expect(menu(), 'the menu closes').toBeNull());
  expect(document.activeElement, 'focus stays in the top bar').toBe(button);
  expect(button.classList.contains('active'), 'the Shop button shows a shop page is open').toBe(true);
});

test('a click elsewhere closes the menu', async () => {
  const { getByTestId } = render(ShopMenu);
  await fireEvent.click(getByTestId('nav-shop'));
  await waitFor(() => expect(menu(), 'open').not.toBeNull());
  await fireEvent.pointerDown(document.body);
  await waitFor(() => expect(menu(), 'closed by a click outside').toBeNull());
});

test('the top bar keeps the daily work, the Shop menu, the inbox and the person at the desk in view', async () => {
  desk.inbox = [
    {
      event_id: 'e1',
      case_id: 'k1',
      case_subject: 'Brakes',
      customer_name: 'Ana',
      at: new Date().toISOString(),
      from_id: 's1',
      from_name: 'Sam',
      to_id: 's2',
      to_name: 'Lee',
      brief: { sections: [], note: '' },
      seen: false,
    },
  ];
  const { getByTestId, queryByTestId } = render(TopBar);
  for (const id of ['nav-queue', 'nav-new', 'nav-search', 'nav-promises', 'nav-outreach', 'nav-shop', 'switch-staff']) {
    expect(queryByTestId(id), `${id} is always in the bar`).not.toBeNull();
  }
  for (const id of ['nav-reports', 'nav-register', 'nav-duplicates', 'nav-settings', 'nav-sync', 'nav-data']) {
    expect(queryByTestId(id), `${id} is in the Shop menu, not the bar`).toBeNull();
  }
  expect(getByTestId('inbox-badge').textContent?.replace(/\s+/g, ' ').trim(), 'the inbox says how many').toBe('Handed to you (1)');
  expect(getByTestId('nav-new').getAttribute('aria-keyshortcuts'), 'the shortcut is announced').toBe('N');
});
