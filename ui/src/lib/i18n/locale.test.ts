import { afterEach, expect, test, vi } from 'vitest';
import { api, type LocaleChoice, type LocaleSettings } from '../api';
import { i18n } from './i18n.svelte';
import { loadLocale, setDeskLocale } from './locale';

type Calls = {
  getLocale: () => Promise<LocaleSettings>;
  setDeskLocale: (c: LocaleChoice | null) => Promise<LocaleSettings>;
};
const target = api as unknown as Calls;
const saved = { getLocale: target.getLocale, setDeskLocale: target.setDeskLocale };

afterEach(() => {
  Object.assign(target, saved);
  i18n.set({ language: 'en', region: 'en-GB' });
});

const english: LocaleChoice = { language: 'en', region: 'en-GB' };
const dutch: LocaleChoice = { language: 'nl', region: 'nl-NL' };
const settings = (desk: LocaleChoice | null): LocaleSettings => ({
  shop: null,
  desk,
  system: english,
  effective: desk ?? english,
});

test('a read that started before a choice was saved does not flip the language back after it', async () => {
  let answerRead: ((s: LocaleSettings) => void) | null = null;
  // A slow read (another desk's change, say), asked for before the choice.
  target.getLocale = () => new Promise((resolve) => (answerRead = resolve));
  target.setDeskLocale = async (c) => settings(c);
  const read = loadLocale();
  await vi.waitFor(() => expect(answerRead).not.toBeNull());
  const chosen = setDeskLocale(dutch);
  // The choice is given every chance to be shown first...
  await new Promise((r) => setTimeout(r, 50));
  // ...then the read answers with what was saved when it was asked: English.
  answerRead!(settings(null));
  await read;
  await chosen;
  expect(i18n.language, 'the language chosen last is the one shown').toBe('nl');
});
