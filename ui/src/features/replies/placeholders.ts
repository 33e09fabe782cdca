// Placeholders as people read them. A saved reply stores `{first_name}`; the
// editor shows `{first name}` in the desk's language and turns it back when
// the reply is saved, so nobody types or reads an underscore. Braces around
// anything else stay as written.

import { t } from '../../lib/i18n/i18n.svelte';

/** Every placeholder the library fills, in the order the editor offers them. */
export const PLACEHOLDERS = ['first_name', 'case_ref', 'promise_due', 'shop_name', 'hours_today', 'my_name'] as const;
export type PlaceholderKey = (typeof PLACEHOLDERS)[number];

/** A placeholder's words in the desk's language ("first name"). */
export function placeholderWords(key: PlaceholderKey): string {
  return t(`replies-placeholder-${key.replaceAll('_', '-')}`);
}

/** `{first_name}` → `{first name}`, each known placeholder in words. */
export function toWords(stored: string): string {
  return stored.replace(/\{([a-z_]+)\}/g, (whole, key: string) =>
    (PLACEHOLDERS as readonly string[]).includes(key) ? `{${placeholderWords(key as PlaceholderKey)}}` : whole,
  );
}

/** `{first name}` (any case, spaces as typed) → `{first_name}`; the stored keys are taken as they are too. */
export function fromWords(shown: string): string {
  const byWords = new Map<string, PlaceholderKey>();
  for (const key of PLACEHOLDERS) {
    byWords.set(squash(placeholderWords(key)), key);
    byWords.set(key, key);
  }
  return shown.replace(/\{([^{}\n]{1,40})\}/g, (whole, inner: string) => {
    const key = byWords.get(squash(inner));
    return key ? `{${key}}` : whole;
  });
}

function squash(s: string): string {
  return s.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
}
