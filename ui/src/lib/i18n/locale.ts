// The shop's and this desk's choice of language and formats, from the backend.
//
// `getLocale` answers with the shop's choice, this desk's own, the operating
// system's, and the effective one (desk, else shop, else system); `applyLocale`
// shows the effective one at once. Called at start-up, after each of our own
// changes, and when another desk changes the shop's choice (a `locale` change).

import { api, type ChangeSet } from '../api';
import { i18n, type LocaleChoice } from './i18n.svelte';

export type { LocaleChoice } from './i18n.svelte';

export interface LocaleSettings {
  shop: LocaleChoice | null;
  desk: LocaleChoice | null;
  system: LocaleChoice;
  effective: LocaleChoice;
}

/** The three locale commands, as the shell declares them (desk.rs). */
interface LocaleApi {
  getLocale?: () => Promise<LocaleSettings>;
  setShopLocale?: (choice: LocaleChoice | null) => Promise<unknown>;
  setDeskLocale?: (choice: LocaleChoice | null) => Promise<unknown>;
}

const localeApi = api as unknown as LocaleApi;

/** Reads the settings and applies the effective choice; null when the backend has no locale commands. */
export async function loadLocale(): Promise<LocaleSettings | null> {
  if (!localeApi.getLocale) return null;
  const settings = await localeApi.getLocale();
  if (settings?.effective) i18n.set(settings.effective);
  return settings ?? null;
}

export async function setShopLocale(choice: LocaleChoice | null): Promise<LocaleSettings | null> {
  await localeApi.setShopLocale?.(choice);
  return loadLocale();
}

export async function setDeskLocale(choice: LocaleChoice | null): Promise<LocaleSettings | null> {
  await localeApi.setDeskLocale?.(choice);
  return loadLocale();
}

/** True when a change may have moved the language: the shop's choice changed at some desk, or everything did. */
export function localeChanged(set: ChangeSet): boolean {
  const raw = set as ChangeSet & { locale?: boolean };
  return set.everything || raw.locale === true || set.kinds.includes('locale') || set.kinds.some((k) => k.startsWith('locale_'));
}

/** The regions offered for dates and numbers, by language first. */
export const REGIONS = ['NL', 'BE', 'DE', 'AT', 'CH', 'FR', 'LU', 'ES', 'MX', 'AR', 'GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'ZA'] as const;

/** A region's name in the effective language: "Nederland", "Belgique". */
export function regionName(region: string, locale: string = i18n.locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}
