import { describe, expect, test } from 'vitest';
import type { ReportName, ReportTable } from '../../lib/api';
import {
  addDays,
  CHARTS,
  chartData,
  chartSummary,
  defaultRange,
  formatCell,
  formatValue,
  isFlag,
  minutesText,
  minuteStep,
  numericColumns,
  periodLabel,
  quickRanges,
  rangeWords,
  REPORTS,
  reportInfo,
  unitOf,
} from './reports';

const NAMES: ReportName[] = ['fairness', 'attainment', 'promises', 'escalations', 'complaints', 'satisfaction'];

const segments: ReportTable = {
  key: 'segments',
  title: 'First response and resolution by customer segment',
  columns: [
    { key: 'segment', label: 'Segment' },
    { key: 'cases', label: 'Cases' },
    { key: 'first_response_median', label: 'First response, median (business min)' },
    { key: 'first_response_p90', label: 'First response, 90th percentile (business min)' },
    { key: 'first_response_met', label: 'First response within target (%)' },
    { key: 'resolution_median', label: 'Resolution, median (business min)' },
    { key: 'resolution_p90', label: 'Resolution, 90th percentile (business min)' },
    { key: 'resolution_met', label: 'Resolution within target (%)' },
  ],
  rows: [
    ['business', 12, 20, 35, 91.7, 185, 400, 83.3],
    ['walk-in', 9, 42, 90, 66.7, null, null, null],
    ['All customers', 21, 28, 80, 80.9, 185, 400, 83.3],
  ],
};

const attainment: ReportTable = {
  key: 'over_time',
  title: 'Response targets met, by when the case was opened',
  columns: [
    { key: 'period', label: 'Period starting' },
    { key: 'cases', label: 'Cases opened' },
    { key: 'first_response_met', label: 'First response within target (%)' },
    { key: 'resolution_met', label: 'Resolution within target (%)' },
  ],
  rows: [
    ['2026-11-02', 4, 75, 50],
    ['2026-11-09', 0, null, null],
    ['2026-11-16', 3, 100, 66.7],
  ],
};

describe('the list of reports', () => {
  test('every report the backend knows is offered once, with words and a chart', () => {
    expect(
      REPORTS.map((r) => r.name),
      'the picker lists each report once, fairness first (the headline)',
    ).toEqual(NAMES);
    for (const r of REPORTS) {
      expect(r.label.length, `${r.name} has a label for its button`).toBeGreaterThan(0);
      expect(r.description, `${r.name} has a one-line description ending in a full stop`).toMatch(/^[A-Z].*\.$/);
      expect(CHARTS[r.name].series.length, `${r.name} charts at least one series`).toBeGreaterThan(0);
    }
    expect(reportInfo('attainment').label, 'attainment reads as "Targets met" to people at the desk').toBe('Targets met');
  });

  test('each chart draws a table and columns the backend sends', () => {
    const tables: Record<ReportName, { table: string; columns: string[] }> = {
      fairness: { table: 'segments', columns: segments.columns.map((c) => c.key) },
      attainment: { table: 'over_time', columns: attainment.columns.map((c) => c.key) },
      promises: { table: 'over_time', columns: ['period', 'kept', 'broken', 'open_overdue', 'kept_rate'] },
      escalations: { table: 'by_cause', columns: ['cause', 'escalations', 'open', 'closed'] },
      complaints: { table: 'over_time', columns: ['period', 'opened', 'closed'] },
      satisfaction: { table: 'over_time', columns: ['period', 'scores', 'average', 'satisfied'] },
    };
    for (const name of NAMES) {
      const spec = CHARTS[name];
      const known = tables[name];
      expect(spec.table, `${name} charts one of its own tables`).toBe(known.table);
      expect(known.columns, `${name}: the x column exists`).toContain(spec.x);
      for (const s of spec.series) expect(known.columns, `${name}: the series ${s.key} exists`).toContain(s.key);
    }
    expect(CHARTS.fairness.unit, 'fairness compares waits, in business minutes').toBe('minutes');
    expect(CHARTS.attainment.unit, 'targets met are shares of cases').toBe('percent');
    expect(CHARTS.attainment.type, 'a share over time reads best as a line').toBe('line');
  });
});

describe('cells', () => {
  test('business minutes read as minutes and hours, never days', () => {
    expect(minutesText(42)).toBe('42 min');
    expect(minutesText(185), 'hours and the minutes left over').toBe('3 h 5 min');
    expect(minutesText(120), 'whole hours drop the minutes').toBe('2 h');
    expect(minutesText(0), 'no wait is "0 min", not "under a minute"').toBe('0 min');
    expect(minutesText(42.6), 'medians can be halves: rounded to the minute').toBe('43 min');
    expect(minutesText(1500), 'a business day is not 24 hours, so no "days"').toBe('25 h');
  });

  test('a minutes axis steps by round amounts', () => {
    expect(minuteStep(350), 'nearly 6 hours: a line every hour').toBe(60);
    expect(minuteStep(42), 'under an hour: every 10 minutes').toBe(10);
    expect(minuteStep(100), 'under two hours: every 20 minutes').toBe(20);
    expect(minuteStep(0), 'no data still gives a usable step').toBe(1);
    expect(minuteStep(60_000) % 1440, 'very long waits step by whole 24-hour blocks').toBe(0);
    expect(60_000 / minuteStep(60_000), 'and still draw no more than 6 lines').toBeLessThanOrEqual(6);
  });

  test('each unit reads its own way, and missing numbers are a dash', () => {
    expect(formatValue(86.6, 'percent'), 'percentages are whole').toBe('87%');
    expect(formatValue(4.25, 'score'), 'average scores keep one decimal').toBe('4.3');
    expect(formatValue(1204, 'count'), 'counts are grouped by thousands').toBe('1,204');
    expect(formatValue(null, 'minutes'), 'no data is not zero').toBe('—');
  });

  test('a column key decides the unit', () => {
    expect(unitOf('first_response_median')).toBe('minutes');
    expect(unitOf('resolution_p90')).toBe('minutes');
    expect(unitOf('kept_rate')).toBe('percent');
    expect(unitOf('satisfied'), 'satisfied is the share giving 4 or 5').toBe('percent');
    expect(unitOf('average'), 'the average score is out of 5, not a count').toBe('score');
    expect(unitOf('cases')).toBe('count');
    expect(unitOf('waiting_median'), 'new minute columns are recognised by their ending').toBe('minutes');
    expect(unitOf('constructor'), 'keys are not looked up on an object prototype').toBe('count');
  });

  test('cells format by their column, and text stays as it is', () => {
    expect(formatCell('first_response_median', 42)).toBe('42 min');
    expect(formatCell('resolution_met', 83.3)).toBe('83%');
    expect(formatCell('resolution_met', null), 'no outcome yet reads as a dash').toBe('—');
    expect(formatCell('cases', 21)).toBe('21');
    expect(formatCell('segment', '<b>walk-in</b>'), 'text from data is returned untouched, to be shown as text').toBe(
      '<b>walk-in</b>',
    );
    expect(formatCell('closed', '2026-11-03'), 'a date in a text table is left as the backend wrote it').toBe('2026-11-03');
    expect(formatCell('period', '2026-11-02', 'week'), 'periods read as the week they start').toBe('Week of 2 Nov 2026');
  });

  test('number columns are right-aligned, even when empty', () => {
    const empty: ReportTable = { ...segments, rows: [] };
    expect(numericColumns(segments), 'the label column is text, the rest numbers').toEqual([
      false, true, true, true, true, true, true, true,
    ]);
    expect(numericColumns(empty)[2], 'a known minutes column is numeric without rows').toBe(true);
    const lessons: ReportTable = {
      key: 'lessons',
      title: 'Escalations closed: what changed',
      columns: [
        { key: 'opened', label: 'Opened' },
        { key: 'cause', label: 'Root cause' },
      ],
      rows: [['2026-11-03', 'Parts late']],
    };
    expect(numericColumns(lessons), 'a text table has no number columns').toEqual([false, false]);
  });
});

describe('periods', () => {
  test('short on the chart, long in the table', () => {
    expect(periodLabel('2026-11-03', 'day')).toBe('3 Nov');
    expect(periodLabel('2026-11-03', 'day', true)).toBe('Tue 3 Nov 2026');
    expect(periodLabel('2026-11-02', 'week', true)).toBe('Week of 2 Nov 2026');
    expect(periodLabel('2026-11-01', 'month')).toBe('Nov 2026');
    expect(periodLabel('2026-11-01', 'month', true)).toBe('November 2026');
    expect(periodLabel('All customers', 'day'), 'anything not a date is kept').toBe('All customers');
  });

  test('the range is described in words', () => {
    expect(rangeWords('2026-11-01', '2026-11-30', 'day')).toBe('1 November 2026 to 30 November 2026, by day');
    expect(rangeWords('2026-11-01', '2026-11-01', 'day'), 'a single day is named once').toBe('1 November 2026, by day');
  });
});

describe('chart data', () => {
  test('one label per row and one dataset per series, in order', () => {
    const data = chartData(segments, CHARTS.fairness);
    expect(data?.labels, 'the segments label the bars, "All customers" included').toEqual([
      'business',
      'walk-in',
      'All customers',
    ]);
    expect(data?.datasets.map((d) => d.key)).toEqual(['first_response_median', 'resolution_median']);
    expect(data?.datasets[0]?.data).toEqual([20, 42, 28]);
  });

  test('missing values stay null so a line breaks instead of dropping to zero', () => {
    const data = chartData(attainment, CHARTS.attainment, 'week');
    expect(data?.datasets[0]?.data, 'a week with no cases is a gap, not 0%').toEqual([75, null, 100]);
    expect(data?.labels, 'periods are labelled by their first day').toEqual(['2 Nov', '9 Nov', '16 Nov']);
  });

  test('a table without the charted columns draws no chart', () => {
    const other: ReportTable = { key: 'x', title: 'x', columns: [{ key: 'period', label: 'Period' }], rows: [['2026-11-02']] };
    expect(chartData(other, CHARTS.attainment), 'no series column: no chart').toBeNull();
    expect(chartData(segments, CHARTS.attainment), 'no x column: no chart').toBeNull();
  });

  test('a series column the table lacks is left out, the rest still drawn', () => {
    const partial: ReportTable = { ...attainment, columns: attainment.columns.slice(0, 3), rows: attainment.rows.map((r) => r.slice(0, 3)) };
    expect(chartData(partial, CHARTS.attainment)?.datasets.map((d) => d.key)).toEqual(['first_response_met']);
  });

  test('the description reads every value when there are few rows', () => {
    const data = chartData(segments, CHARTS.fairness)!;
    const words = chartSummary(CHARTS.fairness, data);
    expect(words, 'says what kind of chart it is').toMatch(/^Bar chart of first response \(median\) and resolution \(median\)/);
    expect(words, 'reads each segment with its values in minutes').toContain('walk-in: first response (median) 42 min, resolution (median) —');
  });

  test('the description summarises a long chart by its highest and lowest', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [addDays('2026-11-01', i), 1, 50 + i, null]);
    const long: ReportTable = { ...attainment, rows };
    const data = chartData(long, CHARTS.attainment)!;
    const words = chartSummary(CHARTS.attainment, data);
    expect(words, 'says how long it is').toContain('12 periods from 1 Nov to 12 Nov');
    expect(words, 'the highest and lowest with when').toContain('highest 61% (12 Nov), lowest 50% (1 Nov)');
    expect(words, 'a series with no numbers says so').toContain('Resolution within target: no data');
  });

  test('an empty table is described as empty', () => {
    const data = chartData({ ...attainment, rows: [] }, CHARTS.attainment)!;
    expect(chartSummary(CHARTS.attainment, data)).toMatch(/no data in this range\.$/);
  });
});

describe('findings', () => {
  test('fairness flags stand out; reassurance does not', () => {
    expect(
      isFlag('fairness', 'Walk-in customers wait 2.1 times longer for a first response than business customers (median 42 min against 20 min).'),
      'a segment waiting longer is the headline',
    ).toBe(true);
    expect(isFlag('fairness', 'Only 55% of walk-in customers got a first response within target, against 92% of business customers.')).toBe(true);
    expect(
      isFlag('fairness', 'No segment waits noticeably longer than another: every median is within 1.5 times the quickest, and every share within target within 15 points of the best.'),
      '"within 1.5 times the quickest" is good news',
    ).toBe(false);
    expect(isFlag('fairness', 'Too few cases to compare segments: each needs at least 3 answered cases in the range.')).toBe(false);
    expect(isFlag('promises', 'Only 3 of 10 promises were kept.'), 'only fairness findings are flags').toBe(false);
  });

  test('the same warnings stand out in the shop’s language', () => {
    expect(isFlag('fairness', 'Klanten aan de balie wachten 2,1 keer zo lang op een eerste reactie als zakelijke klanten.')).toBe(true);
    expect(isFlag('fairness', 'Maar 55% van de klanten aan de balie kreeg op tijd een eerste reactie.')).toBe(true);
    expect(isFlag('fairness', 'Laufkunden warten 2,1-mal so lange auf eine erste Antwort wie Geschäftskunden.')).toBe(true);
    expect(isFlag('fairness', 'Les clients au comptoir attendent 2,1 fois plus longtemps une première réponse.')).toBe(true);
    expect(isFlag('fairness', 'Solo el 55 % de los clientes de mostrador obtuvo una primera respuesta en plazo.')).toBe(true);
    expect(isFlag('fairness', 'Geen segment wacht merkbaar langer dan een ander: elke mediaan ligt binnen 1,5 keer de snelste.')).toBe(false);
  });
});

describe('date ranges', () => {
  test('days move on the calendar, across months, years and leap days', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1), '2024 is a leap year').toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-10-25', 1), 'a daylight-saving change does not skip or repeat a day').toBe('2026-10-26');
  });

  test('a report opens on the last 30 days, today included', () => {
    expect(defaultRange('2026-11-30'), '30 days: 1 to 30 November').toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  test('quick ranges all end today', () => {
    const q = quickRanges('2026-11-30');
    expect(q.map((r) => r.label)).toEqual(['Last 7 days', 'Last 30 days', 'Last 90 days', 'This year']);
    expect(q.every((r) => r.to === '2026-11-30'), 'each ends today').toBe(true);
    expect(q[0]?.from, 'the last 7 days include today').toBe('2026-11-24');
    expect(q[1], 'the 30-day button is the default range').toEqual({ key: '30', label: 'Last 30 days', ...defaultRange('2026-11-30') });
    expect(q[2]?.from, '90 days today included: 29 of September, 31 of October, 30 of November').toBe('2026-09-02');
    expect(q[3]?.from, 'this year starts on 1 January').toBe('2026-01-01');
  });
});

describe('in the shop’s language', () => {
  test('Dutch numbers, durations, periods and ranges', async () => {
    const { i18n } = await import('../../lib/i18n/i18n.svelte');
    await i18n.use({ language: 'nl', region: 'nl-NL' });
    try {
      expect(formatValue(1204, 'count')).toBe('1.204');
      expect(formatValue(4.25, 'score')).toBe('4,3');
      expect(formatValue(86.6, 'percent')).toBe('87%');
      expect(minutesText(185)).toBe('3 u 5 min');
      expect(periodLabel('2026-11-03', 'day', true)).toBe('di 3 nov 2026');
      expect(periodLabel('2026-11-02', 'week', true)).toBe('Week van 2 nov 2026');
      expect(periodLabel('2026-11-01', 'month', true)).toBe('november 2026');
      expect(rangeWords('2026-11-01', '2026-11-30', 'day')).toBe('1 november 2026 tot 30 november 2026, per dag');
      expect(reportInfo('fairness').label).toBe('Eerlijkheid');
    } finally {
      i18n.set({ language: 'en', region: 'en-GB' });
    }
  });
});
