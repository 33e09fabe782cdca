// Before anyone is picked, the top bar's "Pick who you are" is an instruction,
// not a name: at 1024 px it read "Pick who you …", cut like a long name. And
// the first-run page sends people to Staff where it really is now, inside the
// Shop menu.

import { afterEach, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/svelte';
import { desk } from '../../lib/state/desk.svelte';
import { i18n, t } from '../../lib/i18n/i18n.svelte';
import TopBar from './TopBar.svelte';

afterEach(async () => {
  await i18n.use({ language: 'en', region: 'en-GB' });
});

test('with nobody picked, the words are never cut like a name', () => {
  desk.route = { name: 'queue' };
  desk.inbox = [];
  desk.staff = [];
  const { getByTestId } = render(TopBar);
  const pick = getByTestId('pick-who');
  expect(pick.textContent).toBe('Pick who you are');
  expect(pick.classList.contains('name'), 'not styled as a name, which ends in “…” past 9rem').toBe(false);
  expect(getByTestId('switch-staff').classList.contains('nobody'), 'the button knows nobody is picked').toBe(true);
  // jsdom does not lay out, nor load a component's styles: the rules themselves are checked.
  const css = readFileSync(`${__dirname}/TopBar.svelte`, 'utf8').split('<style>')[1] ?? '';
  expect(css, 'the button does not shrink under its words; the bar compacts the rest instead').toMatch(/\.who\.nobody\s*\{[^}]*flex-shrink:\s*0/);
  expect(css, 'no rule cuts the instruction').not.toMatch(/\.pick\s*\{[^}]*(text-overflow|max-width)/);
});

test.each(['en', 'nl', 'de', 'fr', 'es'] as const)('in %s, the first run says Staff is in the Shop menu', async (language) => {
  await i18n.use({ language, region: '' });
  const path = `${t('desk-menu-shop')} › ${t('desk-menu-staff')}`;
  for (const key of ['desk-start-hint', 'desk-picker-add', 'tell-handoff-nobody']) {
    expect(t(key), `${key} names the menu and its item`).toContain(path);
  }
  expect(t('desk-welcome', { name: 'Ana' }), 'the welcome too').toContain(path);
});
