// Times as people at a counter read them.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "4 min", "2 h 10 min", "3 days": how long since `from`. */
export function duration(ms: number): string {
  const m = Math.max(0, Math.floor(ms / MINUTE));
  if (m < 1) return 'under a minute';
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 24) {
    const rest = m % 60;
    return rest ? `${h} h ${rest} min` : `${h} h`;
  }
  const d = Math.floor(ms / DAY);
  return d === 1 ? '1 day' : `${d} days`;
}

/** Coarser, for things already handled: "12 min", "18 h", "3 days". */
export function roughly(ms: number): string {
  const m = Math.max(0, Math.floor(ms / MINUTE));
  if (m < 60) return duration(ms);
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} h`;
  return duration(ms);
}

export function ago(iso: string, now: number): string {
  return `${roughly(now - Date.parse(iso))} ago`;
}

export function since(iso: string, now: number): string {
  return duration(now - Date.parse(iso));
}

/** One way of writing dates and times everywhere: English words, 24-hour clock. */
const LOCALE = 'en-GB';

/** "Today 14:05", "Yesterday 09:12", "Mon 3 Nov 16:40", "3 Nov 2025 10:00". */
export function when(iso: string, now: number): string {
  const t = new Date(iso);
  const today = new Date(now);
  const time = t.toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const ms = t.getTime();
  if (ms >= startOfToday && ms < startOfToday + DAY) return `Today ${time}`;
  if (ms >= startOfToday - DAY && ms < startOfToday) return `Yesterday ${time}`;
  const sameYear = t.getFullYear() === today.getFullYear();
  const date = t.toLocaleDateString(LOCALE, {
    weekday: sameYear ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
  });
  return `${date} ${time}`;
}

/** Full date and time for tooltips. */
export function exact(iso: string): string {
  return new Date(iso).toLocaleString(LOCALE, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
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
    new Intl.DateTimeFormat(LOCALE, { timeZone, ...opts }).format(d);
  const time = parts(t, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const dayKey = (d: Date) => parts(d, { year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = new Date(now);
  const tomorrow = new Date(now + DAY);
  if (dayKey(t) === dayKey(today)) return `${time} today`;
  if (dayKey(t) === dayKey(tomorrow)) return `tomorrow ${time}`;
  const weekday = parts(t, { weekday: 'short' });
  if (t.getTime() - now < 6 * DAY && t.getTime() > now) return `${weekday} ${time}`;
  return `${weekday} ${parts(t, { day: 'numeric', month: 'short' })} ${time}`;
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
  const date = t.toLocaleDateString(LOCALE, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
  });
  const time = t.toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${date.replace(',', '')} ${time}`;
}

/** The shop's day of a moment, as said in a sentence: "today", "tomorrow", "Friday", "Friday 25 December". */
export function shopDay(iso: string, timeZone: string, now: number): string {
  const t = new Date(iso);
  const fmt = (d: Date, opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALE, { timeZone, ...opts }).format(d);
  const key = (d: Date) => fmt(d, { year: 'numeric', month: '2-digit', day: '2-digit' });
  if (key(t) === key(new Date(now))) return 'today';
  if (key(t) === key(new Date(now + DAY))) return 'tomorrow';
  const weekday = fmt(t, { weekday: 'long' });
  if (t.getTime() > now && t.getTime() - now < 6 * DAY) return weekday;
  return `${weekday} ${fmt(t, { day: 'numeric', month: 'long' })}`;
}
