import { afterEach, expect, test } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { flushSync } from 'svelte';
import PresenceNote from './PresenceNote.svelte';
import { presence } from './presence.svelte';

afterEach(() => {
  cleanup();
  clearMocks();
  presence.people = [];
});

test('a case page names who else has it open, and who is writing', () => {
  const { getByTestId, queryAllByTestId } = render(PresenceNote, { caseId: 'k1' });
  expect(queryAllByTestId('case-presence-person'), 'nobody else: nothing shown').toHaveLength(0);
  presence.people = [
    { desk_id: 'd2', desk_name: 'Workshop', staff_name: 'Sam', case_id: 'k1', writing: true },
    { desk_id: 'd3', desk_name: 'Back office', staff_name: 'Lee', case_id: 'k9', writing: false },
  ];
  flushSync();
  const shown = queryAllByTestId('case-presence-person').map((e) => e.textContent?.trim());
  expect(shown, 'only the people on this case').toEqual(['Sam at Workshop is writing a reply']);
  expect(getByTestId('case-presence').getAttribute('aria-live'), 'read out as it changes').toBe('polite');
});

test('this desk tells where its person is only when it changes', async () => {
  const told: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === 'set_presence') told.push((args as { here: unknown }).here);
    return null;
  });
  presence.opened('k1');
  presence.writing('k1', true);
  presence.writing('k1', true);
  presence.writing('k2', true);
  presence.left('k2');
  presence.left('k1');
  await new Promise((r) => setTimeout(r, 0));
  expect(told, 'opened, writing, left: once each; another case’s changes are not this one’s').toEqual([
    { case_id: 'k1', writing: false },
    { case_id: 'k1', writing: true },
    { case_id: null, writing: false },
  ]);
});
