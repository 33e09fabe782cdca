import { afterEach, beforeEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { api, type LocaleChoice, type LocaleSettings } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import { i18n } from '../../lib/i18n/i18n.svelte';
import LocaleSection from './LocaleSection.svelte';

// The section talks to three commands; stood in for here as the shell declares them.
type LocaleCalls = {
  getLocale?: () => Promise<LocaleSettings>;
  setShopLocale?: (c: LocaleChoice | null) => Promise<LocaleSettings>;
  setDeskLocale?: (c: LocaleChoice | null) => Promise<LocaleSettings>;
};
const target = api as unknown as LocaleCalls;
const saved: LocaleCalls = {};
let state: LocaleSettings;
const calls: { cmd: string; choice: LocaleChoice | null }[] = [];

function effective(): LocaleChoice {
  return state.desk ?? state.shop ?? state.system;
}

beforeEach(() => {
  state = { shop: null, desk: null, system: { language: 'en', region: 'en-GB' }, effective: { language: 'en', region: 'en-GB' } };
  calls.length = 0;
  Object.assign(saved, { getLocale: target.getLocale, setShopLocale: target.setShopLocale, setDeskLocale: target.setDeskLocale });
  target.getLocale = async () => ({ ...state, effective: effective() });
  target.setShopLocale = async (choice) => {
    calls.push({ cmd: 'shop', choice });
    state.shop = choice;
    return { ...state, effective: effective() };
  };
  target.setDeskLocale = async (choice) => {
    calls.push({ cmd: 'desk', choice });
    state.desk = choice;
    return { ...state, effective: effective() };
  };
  desk.staff = [{ id: 's1', name: 'Ana Costa', role: 'owner', active: true, has_passcode: false }];
  desk.info = { current_staff_id: 's1' } as typeof desk.info;
});

afterEach(() => {
  Object.assign(target, saved);
  clearMocks();
  i18n.set({ language: 'en', region: 'en-GB' });
  desk.info = null;
  desk.staff = [];
});

test('the owner sets the shop to Dutch: every screen switches at once; a desk can follow the shop again', async () => {
  const { getByTestId, findByText } = render(LocaleSection);
  const language = getByTestId('shop-language') as HTMLSelectElement;
  await waitFor(() => expect(language.disabled, 'the owner may choose').toBe(false));
  expect(language.options[0]?.textContent, 'the default follows the computer').toContain('Follow this computer');

  language.value = 'nl';
  await fireEvent.change(language);
  expect((getByTestId('shop-region') as HTMLSelectElement).value, 'Dutch dates go with Dutch').toBe('nl-NL');
  await fireEvent.click(getByTestId('save-shop-locale'));

  await waitFor(() => expect(i18n.language).toBe('nl'));
  expect(calls).toEqual([{ cmd: 'shop', choice: { language: 'nl', region: 'nl-NL' } }]);
  expect(i18n.locale).toBe('nl-NL');
  // The section itself is already in Dutch, without a reload.
  await findByText('Taal en notatie');
  expect(getByTestId('locale-settings').textContent).toContain('Bijvoorbeeld: ma 2 november 2026');

  // This desk picks German for itself, then follows the shop again.
  const mine = getByTestId('desk-language') as HTMLSelectElement;
  mine.value = 'de';
  await fireEvent.change(mine);
  await fireEvent.click(getByTestId('save-desk-locale'));
  await waitFor(() => expect(i18n.language).toBe('de'));
  // Saved: the form shows what is saved, and has nothing left to save.
  const save = getByTestId('save-desk-locale') as HTMLButtonElement;
  await waitFor(() => expect(save.disabled, 'the choice is saved').toBe(true));
  mine.value = '';
  await fireEvent.change(mine);
  await fireEvent.click(getByTestId('save-desk-locale'));
  await waitFor(() => expect(i18n.language).toBe('nl'));
  expect(calls.at(-1)).toEqual({ cmd: 'desk', choice: null });
});

test('staff who are not the owner may set this desk but not the shop', async () => {
  desk.staff = [{ id: 's1', name: 'Ben', role: 'staff', active: true, has_passcode: false }];
  const { getByTestId } = render(LocaleSection);
  await waitFor(() => expect((getByTestId('desk-language') as HTMLSelectElement).disabled).toBe(false));
  expect((getByTestId('shop-language') as HTMLSelectElement).disabled).toBe(true);
  expect(getByTestId('locale-settings').textContent).toContain('Only the owner can change the shop');
});

test('the commands go to the shell with the choice, and its answer is applied', async () => {
  const { mockIPC } = await import('@tauri-apps/api/mocks');
  Object.assign(target, saved);
  const seen: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    seen.push({ cmd, args });
    if (cmd === 'get_locale') return { ...state, effective: effective() };
    if (cmd === 'set_desk_locale') {
      state.desk = (args as { choice: LocaleChoice | null }).choice;
      return { ...state, effective: effective() };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getByTestId } = render(LocaleSection);
  const mine = getByTestId('desk-language') as HTMLSelectElement;
  await waitFor(() => expect(mine.disabled).toBe(false));
  mine.value = 'fr';
  await fireEvent.change(mine);
  await fireEvent.click(getByTestId('save-desk-locale'));
  await waitFor(() => expect(i18n.language).toBe('fr'));
  expect(seen.find((c) => c.cmd === 'set_desk_locale')?.args).toEqual({ choice: { language: 'fr', region: 'fr-FR' } });
  expect(i18n.locale).toBe('fr-FR');
});
