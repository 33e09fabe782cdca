// Times as people at a counter read them, in the shop's language and style:
// the words come from the catalogue, the dates and numbers from Intl with the
// effective region (`i18n.locale`), so "ma 2 nov" in Amsterdam and "Mon 2 Nov"
// in London.

import { i18n, t } from './i18n/i18n.svelte';

// `t` under another name where a variable called `t` (a Date) is in scope.
const tr = t;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "4 min", "2 h 10 min", "3 days": how long since `from`. */
export function duration(ms: number): string {
  const m = Math.max(0, Math.floor(ms / MINUTE));
  if (m < 1) return t('common-duration-under-minute');
  if (m < 60) return t('common-duration-minutes', { minutes: m });
  const h = Math.floor(m / 60);
  if (h < 24) {
    const rest = m % 60;
    return rest ? t('common-duration-hours-minutes', { hours: h, minutes: rest }) : t('common-duration-hours', { hours: h });
  }
  return t('common-duration-days', { days: Math.floor(ms / DAY) });
}

/** Coarser, for things already handled: "12 min", "18 h", "3 days". */
export function roughly(ms: number): string {
  const m = Math.max(0, Math.floor(ms / MINUTE));
  if (m < 60) return duration(ms);
  const h = Math.floor(m / 60);
  if (h < 24) return t('common-duration-hours', { hours: h });
  return duration(ms);
}

export function ago(iso: string, now: number): string {
  return t('common-ago', { duration: roughly(now - Date.parse(iso)) });
}

export function since(iso: string, now: number): string {
  return duration(now - Date.parse(iso));
}

/** The effective locale for dates and numbers ("nl-NL"); read inside each call, so a switch shows at once. */
function loc(): string {
  return i18n.locale;
}

/** A clock time as the region writes it ("14:05"; "2:05 PM" where that is the custom). */
function clock(d: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(loc(), { hour: '2-digit', minute: '2-digit', timeZone }).format(d);
}

/** Drops the comma English puts after a weekday ("Mon, 3 Nov"): a counter reads it as one. */
function tidy(date: string): string {
  return i18n.language === 'en' ? date.replace(',', '') : date;
}

/** "Today 14:05", "Yesterday 09:12", "Mon 3 Nov 16:40", "3 Nov 2025 10:00": on its own, as a line or cell begins. */
export function when(iso: string, now: number): string {
  return moment(iso, now, 'common-when-today', 'common-when-yesterday');
}

/**
 * The same moment inside a sentence ("opened today 14:05", "geopend vandaag
 * 04:59", "eröffnet heute"): a day word is lower case mid-sentence in every
 * language. Use this whenever the moment goes into a message as a variable.
 */
export function whenInSentence(iso: string, now: number): string {
  return moment(iso, now, 'common-when-today-mid', 'common-when-yesterday-mid');
}

function moment(iso: string, now: number, todayKey: string, yesterdayKey: string): string {
  const t = new Date(iso);
  const today = new Date(now);
  const time = clock(t);
  const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const ms = t.getTime();
  if (ms >= startOfToday && ms < startOfToday + DAY) return tr(todayKey, { time });
  if (ms >= startOfToday - DAY && ms < startOfToday) return tr(yesterdayKey, { time });
  const sameYear = t.getFullYear() === today.getFullYear();
  const date = t.toLocaleDateString(loc(), {
    weekday: sameYear ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
  });
  return tr('common-date-time', { date: tidy(date), time });
}

/** Full date and time for tooltips. */
export function exact(iso: string): string {
  return new Date(iso).toLocaleString(loc(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A date written out: "1 November 2026", "1 november 2026", "1. November 2026". */
export function longDate(d: Date | string, timeZone?: string): string {
  const date = typeof d === 'string' ? dateOf(d) : d;
  return new Intl.DateTimeFormat(loc(), { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}

/** A short day: "Mon 2 Nov", "ma 2 nov", with the year when `withYear`. */
export function shortDate(d: Date | string, withYear = false, timeZone?: string): string {
  const date = typeof d === 'string' ? dateOf(d) : d;
  return tidy(
    new Intl.DateTimeFormat(loc(), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: withYear ? 'numeric' : undefined,
      timeZone,
    }).format(date),
  );
}

/** A day without its weekday: "2 Nov", "2 nov", "2. Nov."; with the year when `withYear`. */
export function dayMonth(d: Date | string, withYear = false, timeZone?: string): string {
  const date = typeof d === 'string' ? dateOf(d) : d;
  return new Intl.DateTimeFormat(loc(), { day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined, timeZone }).format(date);
}

/** A calendar date ("2026-11-02") at local noon, so no time zone moves it a day; an instant as itself. */
export function dateOf(s: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return new Date(s);
}

/** A month and year: "November 2026", "november 2026". */
export function monthYear(d: Date | string): string {
  const date = typeof d === 'string' ? dateOf(d) : d;
  return new Intl.DateTimeFormat(loc(), { month: 'long', year: 'numeric' }).format(date);
}

/** A number in the region's style: "1,234.5" or "1.234,5". */
export function number(n: number, opts?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(loc(), opts).format(n);
}

/** A share as a percentage in the region's style: "42%", "42 %". */
export function percent(share: number, digits = 0): string {
  return new Intl.NumberFormat(loc(), { style: 'percent', maximumFractionDigits: digits }).format(share);
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** Splits a free-typed list ("a, b" or one per line) into entries. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A moment in the shop's time zone, as a person promises it: "14:30 today",
 * "tomorrow 10:00", "Tue 10:00", or "Tue 3 Mar 10:00" beyond a week. */
export function shopTime(iso: string, timeZone: string, now: number): string {
  const t = new Date(iso);
  const parts = (d: Date, opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(loc(), { timeZone, ...opts }).format(d);
  const time = clock(t, timeZone);
  const dayKey = (d: Date) => parts(d, { year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = new Date(now);
  const tomorrow = new Date(now + DAY);
  if (dayKey(t) === dayKey(today)) return tr('common-at-today', { time });
  if (dayKey(t) === dayKey(tomorrow)) return tr('common-at-tomorrow', { time });
  if (t.getTime() - now < 6 * DAY && t.getTime() > now) return tr('common-date-time', { date: parts(t, { weekday: 'short' }), time });
  return tr('common-date-time', { date: tidy(parts(t, { weekday: 'short', day: 'numeric', month: 'short' })), time });
}

/** Business minutes as "1 h 20 min". */
export function minutes(m: number): string {
  return duration(m * MINUTE);
}

/** The offset of `timeZone` from UTC at instant `t`, in milliseconds. */
function zoneOffset(t: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - t;
}

/** A wall-clock time in the shop ("2026-11-27", "12:00") as an ISO instant. */
export function shopInstant(date: string, time: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(asUtc)) return null;
  let t = asUtc - zoneOffset(asUtc, timeZone);
  // Near a daylight-saving change the offset at the answer may differ.
  const again = asUtc - zoneOffset(t, timeZone);
  if (again !== t) t = again;
  return new Date(t).toISOString();
}

/** The shop's calendar date and time at an instant: ["2026-11-27", "12:00"]. */
export function shopParts(t: number, timeZone: string): [string, string] {
  const p = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(t));
  const get = (type: string) => p.find((x) => x.type === type)?.value ?? '00';
  return [`${get('year')}-${get('month')}-${get('day')}`, `${get('hour')}:${get('minute')}`];
}

/** A date and time written out, never "today": "Tue 3 Nov 14:05", with the year when it is not this year. */
export function dateTime(iso: string, now: number): string {
  const t = new Date(iso);
  const sameYear = t.getFullYear() === new Date(now).getFullYear();
  const date = t.toLocaleDateString(loc(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
  });
  return tr('common-date-time', { date: tidy(date).replace(',', ''), time: clock(t) });
}

/** The shop's day of a moment, as said in a sentence: "today", "tomorrow", "Friday", "Friday 25 December". */
export function shopDay(iso: string, timeZone: string, now: number): string {
  const t = new Date(iso);
  const fmt = (d: Date, opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(loc(), { timeZone, ...opts }).format(d);
  const key = (d: Date) => fmt(d, { year: 'numeric', month: '2-digit', day: '2-digit' });
  if (key(t) === key(new Date(now))) return tr('common-day-today');
  if (key(t) === key(new Date(now + DAY))) return tr('common-day-tomorrow');
  if (t.getTime() > now && t.getTime() - now < 6 * DAY) return fmt(t, { weekday: 'long' });
  return tidy(fmt(t, { weekday: 'long', day: 'numeric', month: 'long' }));
}
