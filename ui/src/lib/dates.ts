// Calendar dates typed at the counter, in the shop's style: "07/12/2026" in
// London, "07-12-2026" in Amsterdam, "07.12.2026" in Berlin. A native date
// field draws the computer's own style instead (12/07/2026 beside "7 november
// 2026"), so the app's date fields are text fields that read and write these.

import { dateOf } from './format';
import { i18n } from './i18n/i18n.svelte';

type Part = 'day' | 'month' | 'year';

function formatter(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** The order the region writes a date's numbers in: day, month, year for most of Europe. */
export function partOrder(locale: string = i18n.locale): Part[] {
  return formatter(locale)
    .formatToParts(new Date(2026, 11, 7, 12))
    .flatMap((p) => (p.type === 'day' || p.type === 'month' || p.type === 'year' ? [p.type as Part] : []));
}

/** "2026-12-07" as the region writes it: "07/12/2026", "07-12-2026", "07.12.2026". */
export function writeDate(iso: string, locale: string = i18n.locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  return formatter(locale).format(dateOf(iso));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A typed date as "YYYY-MM-DD", or null when it is not a whole, real date:
 * the region's order with any separators ("7-12-2026", "07.12.2026",
 * "7 12 2026"), or the ISO form. The year is written in full, so a date half
 * typed ("07/12/2") is not taken for 2002.
 */
export function readDate(text: string, locale: string = i18n.locale): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const numbers = s.split(/\D+/).filter(Boolean);
    if (numbers.length !== 3) return null;
    const order = partOrder(locale);
    const at = (part: Part) => numbers[order.indexOf(part)] ?? '';
    if (at('year').length !== 4 || at('day').length > 2 || at('month').length > 2) return null;
    [y, m, d] = [Number(at('year')), Number(at('month')), Number(at('day'))];
  }
  const date = new Date(y, m - 1, d, 12);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The calendar day `days` after `iso` ("2026-12-31" + 1 is "2027-01-01"). */
export function addDays(iso: string, days: number): string {
  const date = dateOf(iso);
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
