import { expect, test } from 'vitest';
import { globalAction, isSubmit, isTyping, pageKey } from './keys';

function press(key: string, target: EventTarget, init: KeyboardEventInit = {}): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
  Object.defineProperty(e, 'target', { value: target });
  return e;
}

test('single-letter shortcuts never fire while typing in a field', () => {
  const input = document.createElement('input');
  const textarea = document.createElement('textarea');
  expect(globalAction(press('n', input)), 'typing an "n" in a name is just an n').toBeNull();
  expect(globalAction(press('q', textarea))).toBeNull();
  expect(globalAction(press('n', document.body))).toBe('new');
  expect(globalAction(press('/', document.body))).toBe('find');
  expect(globalAction(press('?', document.body))).toBe('help');
});

test('Ctrl+K and Escape work everywhere', () => {
  const input = document.createElement('input');
  expect(globalAction(press('k', input, { ctrlKey: true }))).toBe('find');
  expect(globalAction(press('Escape', input))).toBe('escape');
  expect(globalAction(press('n', document.body, { ctrlKey: true })), 'Ctrl+N is left to the system').toBeNull();
});

test('checkboxes and buttons are not typing', () => {
  const box = document.createElement('input');
  box.type = 'checkbox';
  expect(isTyping(box)).toBe(false);
  expect(isTyping(document.createElement('select'))).toBe(true);
});

test('Ctrl+Enter and Cmd+Enter submit', () => {
  expect(isSubmit(press('Enter', document.body, { ctrlKey: true }))).toBe(true);
  expect(isSubmit(press('Enter', document.body, { metaKey: true }))).toBe(true);
  expect(isSubmit(press('Enter', document.body)), 'plain Enter makes a new line in a message').toBe(false);
});

test('B opens Backups & data, but not while typing and not with Ctrl', () => {
  const input = document.createElement('input');
  expect(globalAction(press('b', document.body)), 'B goes to the backups page like Q goes to the queue').toBe('data');
  expect(globalAction(press('b', input)), 'typing a "b" in a folder path is just a b').toBeNull();
  expect(globalAction(press('b', document.body, { ctrlKey: true })), 'Ctrl+B is left to the system').toBeNull();
});

test('every global letter is listed in the shortcut help once', async () => {
  const { SHORTCUTS } = await import('./keys');
  const listed = SHORTCUTS.map((s) => s.keys);
  for (const key of ['N', 'Q', 'B', 'S', '?']) {
    expect(listed.filter((k) => k === key).length, `"${key}" is shown once in the help`).toBe(1);
  }
});

test('G, O and T open the register, outreach and reports, but not while typing', () => {
  const input = document.createElement('input');
  expect(globalAction(press('g', document.body)), 'G opens the complaints and escalations register').toBe('register');
  expect(globalAction(press('o', document.body)), 'O opens the outreach list').toBe('outreach');
  expect(globalAction(press('t', document.body)), 'T opens the reports').toBe('reports');
  expect(globalAction(press('t', input)), 'a "t" typed in a note is just a t').toBeNull();
});

test('Ctrl+Shift+L locks the desk from anywhere, even a field; plain L and Ctrl+L do not', async () => {
  const { SHORTCUTS } = await import('./keys');
  const input = document.createElement('input');
  expect(globalAction(press('L', input, { ctrlKey: true, shiftKey: true })), 'Shift makes the key a capital L').toBe('lock');
  expect(globalAction(press('l', document.body, { metaKey: true, shiftKey: true })), '⌘+Shift+L on a Mac').toBe('lock');
  expect(globalAction(press('l', document.body, { ctrlKey: true })), 'Ctrl+L is left to the system').toBeNull();
  expect(globalAction(press('l', document.body)), 'L logs a call on a case page').toBeNull();
  expect(SHORTCUTS.map((s) => s.keys), 'listed in the help').toContain('Ctrl+Shift+L');
});

test('a page’s own keys stand aside for an open menu or dialog, and for a key something else took', () => {
  expect(pageKey(press('ArrowDown', document.body), 'none'), 'nothing open: the page moves').toBe(true);
  expect(pageKey(press('ArrowDown', document.body), 'menu'), 'a menu is open: its ↓ is its own').toBe(false);
  expect(pageKey(press('e', document.body), 'dialog'), 'a dialog is open').toBe(false);
  const taken = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
  Object.defineProperty(taken, 'target', { value: document.body });
  taken.preventDefault();
  expect(pageKey(taken, 'none'), 'a key a menu already used is not the page’s too').toBe(false);
  expect(pageKey(press('r', document.createElement('textarea')), 'none'), 'typing an r is just an r').toBe(false);
});
