// The words on screen in the shop's own language.
//
// Every word the UI shows comes from a Fluent catalogue, `locales/<lang>/ui.ftl`
// at the top of the repository (one per language, kept beside the library's own
// `app.ftl`). `t(key, args)` reads the effective language from `i18n`, a rune:
// a template that calls `t` re-renders the moment the language changes, so a
// switch reaches every screen at once without a restart.
//
// A key missing in a language falls back to English and is logged once; text
// typed by staff never goes through here.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import en from '../../../../locales/en/ui.ftl?raw';

/** The languages Casebook speaks, in the order a picker lists them. */
export const LANGUAGES = ['en', 'nl', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

// English is in the app's first file (it is also every message's fallback);
// the other languages are their own small files, fetched the first time they
// are chosen, so a start in one language never loads the other four.
const LOADERS = import.meta.glob<string>(['../../../../locales/*/ui.ftl', '!../../../../locales/en/ui.ftl'], {
  query: '?raw',
  import: 'default',
});
const SOURCES: Partial<Record<Language, string>> = { en };
const loading = new Map<Language, Promise<void>>();

/** Fetches a language's catalogue once; resolves when its words can be shown. */
export function loadLanguage(language: Language): Promise<void> {
  if (SOURCES[language] !== undefined) return Promise.resolve();
  let p = loading.get(language);
  if (!p) {
    const load = LOADERS[`../../../../locales/${language}/ui.ftl`];
    p = (load ? load() : Promise.resolve(''))
      .then((text) => {
        SOURCES[language] = text;
      })
      .catch((err) => {
        loading.delete(language);
        warnOnce(`load:${language}`, `could not load the ${language} catalogue: ${String(err)}`);
      });
    loading.set(language, p);
  }
  return p;
}

/** A language and the locale whose dates and numbers it follows ("nl" + "nl-NL"; a bare region "NL" is read as "nl-NL"). */
export interface LocaleChoice {
  language: string;
  region: string;
}

export type Args = Record<string, FluentVariable | null | undefined>;

export function isLanguage(l: string): l is Language {
  return (LANGUAGES as readonly string[]).includes(l);
}

/**
 * The BCP 47 tag Intl formats dates and numbers with: the choice's own locale
 * ("de-CH"), or the language with a bare region ("nl" + "NL" is "nl-NL"); one
 * Intl does not know falls back to the language alone.
 */
export function tagOf(choice: LocaleChoice): string {
  const language = choice.language.toLowerCase() || 'en';
  const region = choice.region.trim();
  const candidate = region.includes('-') || region.includes('_') ? region.replace('_', '-') : region ? `${language}-${region.toUpperCase()}` : language;
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? language;
  } catch {
    return language;
  }
}

class I18n {
  /** The language words are shown in. */
  language = $state<Language>('en');
  /** The locale whose dates, times and numbers are shown ("en-GB": 24-hour clock, day before month). */
  region = $state('en-GB');

  /** The Intl locale for dates and numbers: "nl-NL", "en-GB". */
  get locale(): string {
    return tagOf({ language: this.language, region: this.region });
  }

  /**
   * Switches the language and formats; every screen follows at once. A
   * language whose catalogue is not here yet shows English until it arrives
   * (use `use` to wait for it).
   */
  set(choice: LocaleChoice): void {
    const language = choice.language.toLowerCase();
    this.language = isLanguage(language) ? language : 'en';
    this.region = choice.region;
    if (typeof document !== 'undefined') document.documentElement.lang = this.locale;
    if (SOURCES[this.language] === undefined) void loadLanguage(this.language).then(() => (this.version += 1));
  }

  /** Fetches the language's words first, then switches: no English flashes by. */
  async use(choice: LocaleChoice): Promise<void> {
    const language = choice.language.toLowerCase();
    if (isLanguage(language)) await loadLanguage(language);
    this.set(choice);
  }

  /** Bumped when a catalogue arrives, so what was drawn in English meanwhile is drawn again. */
  version = $state(0);
}

export const i18n = new I18n();

// Parsed once per language; a bundle per locale tag so numbers inside messages
// ("1 h 20 min", "1.234 cases") follow the region too.
const resources = new Map<Language, FluentResource>();
const bundles = new Map<string, FluentBundle>();
const warned = new Set<string>();

function resource(language: Language): FluentResource {
  let r = resources.get(language);
  if (!r) {
    r = new FluentResource(SOURCES[language] ?? '');
    resources.set(language, r);
  }
  return r;
}

function bundle(language: Language, locale: string): FluentBundle {
  const tag = `${language}|${locale}|${SOURCES[language] === undefined ? 'pending' : 'ready'}`;
  let b = bundles.get(tag);
  if (!b) {
    // The language's own plural rules, the region's number style.
    const locales = language === locale.split('-')[0] ? [locale, language] : [language];
    b = new FluentBundle(locales, { useIsolating: false });
    const errors = b.addResource(resource(language));
    for (const e of errors) warnOnce(`parse:${language}:${e.message}`, `ui.ftl (${language}): ${e.message}`);
    bundles.set(tag, b);
  }
  return b;
}

function warnOnce(id: string, text: string): void {
  if (warned.has(id)) return;
  warned.add(id);
  console.warn(`[i18n] ${text}`);
}

function format(language: Language, locale: string, key: string, args?: Args, attr?: string): string | null {
  const b = bundle(language, locale);
  const message = b.getMessage(key);
  const pattern = attr ? message?.attributes[attr] : message?.value;
  if (!pattern) return null;
  const errors: Error[] = [];
  const clean = args ? cleanArgs(args) : undefined;
  const text = b.formatPattern(pattern, clean, errors);
  for (const e of errors) warnOnce(`fmt:${language}:${key}:${e.message}`, `${key} (${language}): ${e.message}`);
  return text;
}

function cleanArgs(args: Args): Record<string, FluentVariable> {
  const out: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(args)) out[k] = v ?? '';
  return out;
}

/**
 * The words for `key` in the effective language, with `args` filled in.
 * Missing in that language: English, logged once. Missing in English too: a
 * readable fallback made from the key, logged (the catalogue test catches it
 * before it ships).
 */
export function t(key: string, args?: Args): string {
  return lookup(key, args);
}

/** An attribute of a message: `t.attr('queue-search', 'placeholder')`. */
export function tAttr(key: string, attr: string, args?: Args): string {
  return lookup(key, args, attr);
}

function lookup(key: string, args?: Args, attr?: string): string {
  const language = i18n.language;
  const locale = i18n.locale;
  void i18n.version;
  const pending = SOURCES[language] === undefined;
  const own = pending ? null : format(language, locale, key, args, attr);
  if (own !== null) return own;
  const name = attr ? `${key}.${attr}` : key;
  if (pending) {
    // Still on its way: English meanwhile, said once.
    const english = format('en', locale, key, args, attr);
    if (english !== null) return english;
  } else if (language !== 'en') {
    warnOnce(`miss:${language}:${name}`, `"${name}" is missing in ${language}; showing English`);
    const english = format('en', locale, key, args, attr);
    if (english !== null) return english;
  }
  warnOnce(`miss:en:${name}`, `"${name}" is missing in every catalogue`);
  const words = key.replace(/^[a-z]+-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** True when the catalogue of `language` has `key` (for tests and checks). */
export function hasMessage(language: Language, key: string): boolean {
  return bundle(language, language).hasMessage(key);
}

/** Adds messages to a language's catalogue for this session (tests use it for a key one language lacks). */
export function addMessages(language: Language, source: string): void {
  for (const [tag, b] of bundles) {
    if (tag.startsWith(`${language}|`)) b.addResource(new FluentResource(source), { allowOverrides: true });
  }
  SOURCES[language] = `${SOURCES[language] ?? ''}\n${source}`;
  resources.delete(language);
}

/** The raw catalogue text of a language once loaded (for tests and checks). */
export async function catalogue(language: Language): Promise<string> {
  await loadLanguage(language);
  return SOURCES[language] ?? '';
}

/** A number in the region's style: "1.234,5" in nl-NL. */
export function num(n: number, opts?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(i18n.locale, opts).format(n);
}
