// The words and small decisions of the Reports page: which reports there are,
// what each one charts, how a cell reads, and the date ranges offered. Pure
// functions, so they are tested alone (reports.test.ts); the page and the chart
// component only draw what these return.

import type { Cell, Period, ReportName, ReportTable } from '../../lib/api';
import { i18n, t } from '../../lib/i18n/i18n.svelte';

export interface ReportInfo {
  name: ReportName;
  /** The picker's word for it. */
  label: string;
  /** One line under the picker: what the report answers. */
  description: string;
}

/** A report's words, read in the effective language each time. */
function report(name: ReportName): ReportInfo {
  return {
    name,
    get label() {
      return t(`reports-${name}-label`);
    },
    get description() {
      return t(`reports-${name}-description`);
    },
  };
}

export const REPORTS: ReportInfo[] = [report('fairness'), report('attainment'), report('promises'), report('escalations'), report('complaints'), report('satisfaction')];

export function reportInfo(name: ReportName): ReportInfo {
  return REPORTS.find((r) => r.name === name) ?? REPORTS[0]!;
}

/** How a column's numbers read. */
export type Unit = 'minutes' | 'percent' | 'score' | 'count';

/** A CSS colour variable of app.css, by its name without `--`. */
export type Tone = 'brand' | 'danger' | 'accent' | 'ok' | 'customer' | 'internal' | 'muted';

/** Used when the CSS variable cannot be read (tests, or a stylesheet without it). */
export const TONE_FALLBACK: Record<Tone, string> = {
  brand: '#0b5b50',
  danger: '#b42318',
  accent: '#b45309',
  ok: '#067647',
  customer: '#1d4ed8',
  internal: '#7a5af8',
  muted: '#55625f',
};

export interface Series {
  key: string;
  label: string;
  tone: Tone;
}

export interface ChartSpec {
  /** The key of the table drawn. */
  table: string;
  type: 'bar' | 'line';
  /** The column along the bottom. */
  x: string;
  series: Series[];
  /** What the y axis counts. */
  unit: Unit;
  /** Bars of the series stacked into one (parts of a whole). */
  stacked?: boolean;
}

/** A series whose label is read in the effective language each time (`reports-series-<key>`). */
function series(key: string, tone: Tone): Series {
  return {
    key,
    tone,
    get label() {
      return t(`reports-series-${key.replace(/_/g, '-')}`);
    },
  };
}

/** Which table each report charts, and how. Text-only tables (lessons, closed complaints) are not charted. */
export const CHARTS: Record<ReportName, ChartSpec> = {
  fairness: {
    table: 'segments',
    type: 'bar',
    x: 'segment',
    series: [
      series('first_response_median', 'brand'),
      series('resolution_median', 'accent'),
    ],
    unit: 'minutes',
  },
  attainment: {
    table: 'over_time',
    type: 'line',
    x: 'period',
    series: [
      series('first_response_met', 'brand'),
      series('resolution_met', 'accent'),
    ],
    unit: 'percent',
  },
  promises: {
    table: 'over_time',
    type: 'bar',
    x: 'period',
    series: [
      series('kept', 'ok'),
      series('broken', 'danger'),
      series('open_overdue', 'accent'),
    ],
    unit: 'count',
    stacked: true,
  },
  escalations: {
    table: 'by_cause',
    type: 'bar',
    x: 'cause',
    series: [
      series('open', 'danger'),
      series('closed', 'brand'),
    ],
    unit: 'count',
    stacked: true,
  },
  complaints: {
    table: 'over_time',
    type: 'bar',
    x: 'period',
    series: [
      series('opened', 'danger'),
      series('closed', 'ok'),
    ],
    unit: 'count',
  },
  satisfaction: {
    table: 'over_time',
    type: 'line',
    x: 'period',
    series: [series('average', 'brand')],
    unit: 'score',
  },
};

/** Columns whose numbers are not plain counts. Keys not listed are guessed by their ending. */
const UNITS = new Map<string, Unit>([
  ['first_response_median', 'minutes'],
  ['first_response_p90', 'minutes'],
  ['resolution_median', 'minutes'],
  ['resolution_p90', 'minutes'],
  ['first_response_met', 'percent'],
  ['resolution_met', 'percent'],
  ['kept_rate', 'percent'],
  ['satisfied', 'percent'],
  ['average', 'score'],
]);

/** How the numbers of a column read: known keys first, then by the key's ending, else a count. */
export function unitOf(key: string): Unit {
  const known = UNITS.get(key);
  if (known) return known;
  if (/_(median|p\d+|minutes)$/.test(key)) return 'minutes';
  if (/(_met|_rate|_percent)$/.test(key)) return 'percent';
  return 'count';
}

/** Columns holding a period's first day (YYYY-MM-DD), shown as a date. */
export function isPeriodColumn(key: string): boolean {
  return key === 'period';
}

/** A number in the region's style, at most one decimal: "1,204", "1.204", "4,3". */
function number(n: number, opts: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }): string {
  return new Intl.NumberFormat(i18n.locale, opts).format(n);
}

/** Business minutes as "42 min", "3 h", "3 h 5 min" (never days: a working day is not 24 hours). */
export function minutesText(m: number): string {
  const total = Math.max(0, Math.round(m));
  const h = Math.floor(total / 60);
  const rest = total % 60;
  if (h === 0) return t('common-duration-minutes', { minutes: rest });
  return rest ? t('common-duration-hours-minutes', { hours: h, minutes: rest }) : t('common-duration-hours', { hours: h });
}

/** Steps a minutes axis can take: round numbers of minutes, then whole hours. */
const MINUTE_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 480, 720, 960, 1440, 2880, 4800, 9600];

/**
 * The step between a minutes axis' lines, so it reads "30 min, 1 h, 1 h 30 min"
 * rather than "50 min, 1 h 40 min": the smallest round step giving at most `lines` lines.
 */
export function minuteStep(max: number, lines = 6): number {
  const top = Math.max(1, max);
  return MINUTE_STEPS.find((s) => top / s <= lines) ?? Math.ceil(top / lines / 1440) * 1440;
}

/** One number in a unit: "42 min", "87%", "4.2", "1,204". */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'minutes':
      return minutesText(value);
    case 'percent':
      return number(Math.round(value) / 100, { style: 'percent', maximumFractionDigits: 0 });
    case 'score':
      return number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    case 'count':
      return number(value);
  }
}

const UTC_DAY = 86_400_000;

function parseDate(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

function dateText(t: number, opts: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(i18n.locale, { timeZone: 'UTC', ...opts }).format(new Date(t));
}

/**
 * A period by its first day. Short for a chart's axis ("3 Nov", "Nov 2026"), long
 * for a table ("Tue 3 Nov 2026", "Week of 3 Nov 2026", "November 2026").
 * Anything that is not a date is returned as it is.
 */
export function periodLabel(date: string, period: Period, long = false): string {
  const ms = parseDate(date);
  if (ms === null) return date;
  if (period === 'month') return dateText(ms, { month: long ? 'long' : 'short', year: 'numeric' });
  if (!long) return dateText(ms, { day: 'numeric', month: 'short' });
  const day = dateText(ms, { day: 'numeric', month: 'short', year: 'numeric' });
  if (period === 'week') return t('reports-week-of', { day });
  const withWeekday = dateText(ms, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  // English puts a comma after the weekday ("Tue, 3 Nov 2026"); a table reads better without it.
  return i18n.language === 'en' ? withWeekday.replace(',', '') : withWeekday;
}

/** A cell as the table shows it: by its column's unit; text as it is; nothing as "—". */
export function formatCell(key: string, cell: Cell | undefined, period: Period = 'day'): string {
  if (cell === null || cell === undefined) return '—';
  if (typeof cell === 'string') return isPeriodColumn(key) ? periodLabel(cell, period, true) : cell;
  return formatValue(cell, unitOf(key));
}

/** Which columns of a table hold numbers (right-aligned): a known unit, or any number in it. */
export function numericColumns(table: ReportTable): boolean[] {
  return table.columns.map(
    (c, i) => UNITS.has(c.key) || table.rows.some((r) => typeof r[i] === 'number'),
  );
}

export interface ChartDataset {
  key: string;
  label: string;
  tone: Tone;
  /** Missing values stay null, so a line breaks rather than dropping to zero. */
  data: (number | null)[];
}

export interface ChartData {
  labels: string[];
  datasets: ChartDataset[];
}

function asNumber(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'string' && cell.trim() !== '') {
    const n = Number(cell);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/**
 * The chart of a table: one label per row (from the `x` column) and one dataset
 * per series found in the table. Null when the table lacks the `x` column or
 * every series column, so the page shows the table alone.
 */
export function chartData(table: ReportTable, spec: ChartSpec, period: Period = 'day'): ChartData | null {
  const index = (key: string) => table.columns.findIndex((c) => c.key === key);
  const xi = index(spec.x);
  if (xi < 0) return null;
  const datasets = spec.series
    .map((s) => ({ s, i: index(s.key) }))
    .filter(({ i }) => i >= 0)
    .map(({ s, i }) => ({ key: s.key, label: s.label, tone: s.tone, data: table.rows.map((r) => asNumber(r[i])) }));
  if (datasets.length === 0) return null;
  const labels = table.rows.map((r) => {
    const x = r[xi];
    if (x === null || x === undefined) return '—';
    if (typeof x === 'number') return number(x);
    return isPeriodColumn(spec.x) ? periodLabel(x, period) : x;
  });
  return { labels, datasets };
}

/** Rows listed one by one in a chart's description; longer charts are summarised. */
const LISTED = 8;

/**
 * What a chart shows, in words, for its `aria-label`: every value when there are
 * few rows, otherwise each series' highest and lowest.
 */
export function chartSummary(spec: ChartSpec, data: ChartData): string {
  const list = (items: string[]) => new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(items);
  const head = t('reports-chart-head', { type: spec.type, what: list(data.datasets.map((d) => d.label.toLocaleLowerCase(i18n.locale))) });
  if (data.labels.length === 0) return t('reports-chart-empty', { head });
  const v = (n: number | null) => formatValue(n, spec.unit);
  if (data.labels.length <= LISTED) {
    const rows = data.labels.map((label, i) => {
      const values = data.datasets.map((d) =>
        data.datasets.length > 1
          ? t('reports-chart-series-value', { series: d.label.toLocaleLowerCase(i18n.locale), value: v(d.data[i] ?? null) })
          : v(d.data[i] ?? null),
      );
      return t('reports-chart-row', { label, values: values.join(', ') });
    });
    return t('reports-chart-rows', { head, rows: rows.join('; ') });
  }
  const parts = data.datasets.map((d) => {
    const known = d.data.map((n, i) => ({ n, i })).filter((p): p is { n: number; i: number } => p.n !== null);
    if (known.length === 0) return t('reports-chart-series-none', { series: d.label });
    const hi = known.reduce((a, b) => (b.n > a.n ? b : a));
    const lo = known.reduce((a, b) => (b.n < a.n ? b : a));
    return t('reports-chart-series-range', {
      series: d.label,
      high: v(hi.n),
      highAt: data.labels[hi.i] ?? '',
      low: v(lo.n),
      lowAt: data.labels[lo.i] ?? '',
    });
  });
  return t('reports-chart-summary', {
    head,
    count: data.labels.length,
    first: data.labels[0] ?? '',
    last: data.labels[data.labels.length - 1] ?? '',
    parts: parts.join('; '),
  });
}

/**
 * How the library words the fairness report's two warnings in each language
 * (`report-fairness-waits-longer` and `report-fairness-fewer-within-target` in
 * locales/<lang>/app.ftl): "… wait 2.5 times longer …", "Only 40% of …".
 */
const FAIRNESS_FLAGS = [
  /\btimes longer\b/,
  /^Only \d/,
  /\bkeer zo lang\b/,
  /^Maar \d/,
  /-mal so lange?\b/,
  /^Nur \d/,
  /\bfois plus longtemps\b/,
  /^Seuls? \d/,
  /\bveces más\b/,
  /^Solo el \d/,
];

/**
 * Findings that flag a problem, shown to stand out: a segment of customers
 * treated worse than another (the fairness report's point).
 */
export function isFlag(name: ReportName, finding: string): boolean {
  if (name !== 'fairness') return false;
  return FAIRNESS_FLAGS.some((re) => re.test(finding));
}

/** `date` (YYYY-MM-DD) moved by `days`, on the calendar (no time zones, no DST). */
export function addDays(date: string, days: number): string {
  const t = parseDate(date);
  if (t === null) return date;
  return new Date(t + days * UTC_DAY).toISOString().slice(0, 10);
}

export interface DateRange {
  from: string;
  to: string;
}

/** The range a report opens with: the last 30 days, today included. */
export function defaultRange(today: string): DateRange {
  return { from: addDays(today, -29), to: today };
}

export interface QuickRange extends DateRange {
  key: string;
  label: string;
}

/** The ranges offered as one-click buttons, all ending today. */
export function quickRanges(today: string): QuickRange[] {
  const last = (days: number): QuickRange => ({
    key: `${days}`,
    get label() {
      return t('reports-last-days', { days });
    },
    from: addDays(today, -(days - 1)),
    to: today,
  });
  const year: QuickRange = {
    key: 'year',
    get label() {
      return t('reports-this-year');
    },
    from: `${today.slice(0, 4)}-01-01`,
    to: today,
  };
  return [last(7), last(30), last(90), year];
}

/** "1 November 2026 to 30 November 2026, by day"; "1 november 2026 tot 30 november 2026, per dag". */
export function rangeWords(from: string, to: string, period: Period): string {
  const d = (date: string) => {
    const ms = parseDate(date);
    return ms === null ? date : dateText(ms, { day: 'numeric', month: 'long', year: 'numeric' });
  };
  return from === to ? t('reports-range-day', { day: d(from), period }) : t('reports-range', { from: d(from), to: d(to), period });
}

/** A heading cell of a report table: one column, or a group over several. */
export interface HeadCell {
  label: string;
  /** Columns it spans (a group), 1 for a column. */
  span: number;
  /** Rows it spans: 2 for a column beside a group, so it reaches the sub-headings. */
  rows: number;
  /** The column's full name, where the cell shows a shorter one. */
  title?: string;
  numeric: boolean;
}

export interface TableHead {
  /** The top row; with `sub`, a second row under the groups. */
  top: HeadCell[];
  sub: HeadCell[];
}

const GROUPED = /^(first_response|resolution)_(median|p90|met)$/;

/**
 * A table's headings. Columns that measure the same thing (first response:
 * median, 90th percentile, within target) are grouped under one heading with
 * short ones below, so the fairness table fits a 1024 px window in every
 * language instead of eight long headings side by side; each short heading
 * keeps the column's full name as its title.
 */
export function tableHead(table: ReportTable): TableHead {
  const numeric = numericColumns(table);
  const groupOf = (key: string) => GROUPED.exec(key)?.[1] ?? null;
  const runs: { group: string | null; from: number; to: number }[] = [];
  table.columns.forEach((c, i) => {
    const group = groupOf(c.key);
    const last = runs[runs.length - 1];
    if (group && last && last.group === group) last.to = i;
    else runs.push({ group, from: i, to: i });
  });
  const grouped = runs.some((r) => r.group && r.to > r.from);
  const top: HeadCell[] = [];
  const sub: HeadCell[] = [];
  for (const r of runs) {
    if (r.group && r.to > r.from) {
      top.push({ label: t(`reports-group-${r.group.replace('_', '-')}`), span: r.to - r.from + 1, rows: 1, numeric: true });
      for (let i = r.from; i <= r.to; i++) {
        const c = table.columns[i]!;
        const measure = GROUPED.exec(c.key)?.[2] ?? '';
        sub.push({ label: t(`reports-sub-${measure}`), span: 1, rows: 1, title: c.label, numeric: numeric[i] ?? false });
      }
    } else {
      for (let i = r.from; i <= r.to; i++) {
        top.push({ label: table.columns[i]!.label, span: 1, rows: grouped ? 2 : 1, numeric: numeric[i] ?? false });
      }
    }
  }
  return { top, sub };
}

/** Whether a table holds times counted in opening hours (said once under it). */
export function hasBusinessTimes(table: ReportTable): boolean {
  return table.columns.some((c) => unitOf(c.key) === 'minutes');
}
