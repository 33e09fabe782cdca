// Where a week starts, and the weekdays in that order, as the region counts them.

import { i18n } from './i18n.svelte';

/** Regions whose week starts on Sunday (7) or Saturday (6); everywhere else Monday (1). From CLDR. */
const SUNDAY = new Set(
  'AG AS AU BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const SATURDAY = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

interface WeekInfo {
  firstDay: number;
}

/** The first day of the week for a locale, 1 = Monday … 7 = Sunday (ISO). */
export function firstDayOfWeek(locale: string = i18n.locale): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    const info = l.getWeekInfo?.() ?? l.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
    const region = l.maximize().region ?? '';
    if (SUNDAY.has(region)) return 7;
    if (SATURDAY.has(region)) return 6;
  } catch {
    // An odd tag: Monday, as most of the world.
  }
  return 1;
}

/**
 * Indexes of the weekdays in the order the region lists them, as JavaScript
 * numbers them (0 = Sunday … 6 = Saturday): [1,2,3,4,5,6,0] in Europe,
 * [0,1,2,3,4,5,6] in the US.
 */
export function weekOrder(locale: string = i18n.locale): number[] {
  const first = firstDayOfWeek(locale) % 7;
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
}

/** The name of a weekday (0 = Sunday) in the effective language: "maandag", or "ma" when short. */
export function weekdayName(day: number, style: 'long' | 'short' = 'long', locale: string = i18n.locale): string {
  // 4 January 2026 was a Sunday.
  const d = new Date(2026, 0, 4 + day, 12);
  return new Intl.DateTimeFormat(locale, { weekday: style }).format(d);
}
