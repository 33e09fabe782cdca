import { expect, test, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import WhatsNewDialog from './WhatsNewDialog.svelte';

test('after an update: the new version, from which one, what it brings as a list, and a button that closes it', async () => {
  const onclose = vi.fn();
  render(WhatsNewDialog, { whatsNew: { version: '0.2.0', previous: '0.1.0' }, onclose });
  const dialog = document.querySelector('[role=dialog]');
  expect(dialog?.getAttribute('aria-label'), 'the dialog is named with the version').toBe('What’s new in Casebook 0.2.0');
  expect(document.querySelector('[data-testid=whats-new] p')?.textContent, 'says the data was kept').toContain('updated from 0.1.0 to 0.2.0');
  const notes = [...document.querySelectorAll('[data-testid=whats-new] li')].map((li) => li.textContent);
  expect(notes.length, 'each line of the release notes is an item').toBeGreaterThan(1);
  expect(notes.every((n) => n && n.trim() === n && n.length > 0), 'no empty or indented items').toBe(true);
  await fireEvent.click(document.querySelector('[data-testid=whats-new-done]')!);
  expect(onclose, 'the button closes it').toHaveBeenCalledOnce();
});

test('a desk from before versions were recorded is told the new version only', () => {
  render(WhatsNewDialog, { whatsNew: { version: '0.2.0', previous: null }, onclose: () => {} });
  const text = document.querySelector('[data-testid=whats-new] p')?.textContent ?? '';
  expect(text, 'no "from" version it cannot know').toContain('updated to 0.2.0');
  expect(text).not.toContain('from');
});
