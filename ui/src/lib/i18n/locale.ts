// The shop's and this desk's choice of language and formats, from the backend.
//
// `getLocale` answers with the shop's choice, this desk's own, the operating
// system's, and the effective one (desk, else shop, else system); each set
// command answers the same, and its effective choice is shown at once. Read at
// start-up, after each of our own changes, and when another desk changes the
// shop's choice (`shop_locale_set`) or this desk's changes (`desk_locale_set`).

import { api, type ChangeSet, type LocaleChoice, type LocaleSettings } from '../api';
import { i18n } from './i18n.svelte';

export type { LocaleChoice, LocaleSettings } from '../api';

/**
 * Reads and choices run one after another, in the order they were asked: a
 * read that started before a choice was saved must not answer after it, or
 * the language just chosen would flip back to the one before.
 */
let queue: Promise<unknown> = Promise.resolve();
function inOrder<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** Reads the settings and applies the effective choice. */
export function loadLocale(): Promise<LocaleSettings | null> {
  return inOrder(async () => apply(await api.getLocale()));
}

/** Applies what a locale command answered: its effective choice, at once. */
async function apply(settings: LocaleSettings | null | undefined): Promise<LocaleSettings | null> {
  if (settings?.effective) await i18n.use(settings.effective);
  return settings ?? null;
}

export function setShopLocale(choice: LocaleChoice | null): Promise<LocaleSettings | null> {
  return inOrder(async () => apply(await api.setShopLocale(choice)));
}

export function setDeskLocale(choice: LocaleChoice | null): Promise<LocaleSettings | null> {
  return inOrder(async () => apply(await api.setDeskLocale(choice)));
}

/** True when a change may have moved the language: the shop's choice changed at some desk, or everything did. */
export function localeChanged(set: ChangeSet): boolean {
  return set.everything || set.kinds.includes('shop_locale_set');
}

/** The date and number styles offered, as locales: "nl-NL", "nl-BE", "de-CH"… */
export const REGIONS = [
  'nl-NL',
  'nl-BE',
  'de-DE',
  'de-AT',
  'de-CH',
  'fr-FR',
  'fr-BE',
  'fr-CH',
  'fr-CA',
  'es-ES',
  'es-MX',
  'es-AR',
  'en-GB',
  'en-IE',
  'en-US',
  'en-CA',
  'en-AU',
] as const;

/** The style a language is usually written in, when someone picks the language. */
export const HOME: Record<string, string> = { en: 'en-GB', nl: 'nl-NL', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

/** A locale's name in the effective language: "Nederlands (België)", "Deutsch (Schweiz)". */
export function regionName(region: string, locale: string = i18n.locale): string {
  if (!region) return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(region) ?? region;
  } catch {
    return region;
  }
}
