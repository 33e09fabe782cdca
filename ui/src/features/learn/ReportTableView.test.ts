// The fairness report's segment table fits a 1024 px window: its eight long
// headings, kept on one line, made it 1,807-1,979 px wide in every language.
// The first-response and resolution columns are grouped under one heading
// each, with short headings below that keep the full name as their title, and
// headings wrap; only the figures stay on one line.

import { afterEach, expect, test } from 'vitest';
import { render } from '@testing-library/svelte';
import ReportTableView from './ReportTableView.svelte';
import { tableHead } from './reports';
import type { Report, ReportTable } from '../../lib/api';
import { i18n } from '../../lib/i18n/i18n.svelte';

afterEach(async () => {
  await i18n.use({ language: 'en', region: 'en-GB' });
});

const segments: ReportTable = {
  key: 'segments',
  title: 'Erste Antwort und Lösung nach Kundensegment',
  columns: [
    { key: 'segment', label: 'Segment' },
    { key: 'cases', label: 'Fälle' },
    { key: 'first_response_median', label: 'Erste Antwort, Median (Geschäftsminuten)' },
    { key: 'first_response_p90', label: 'Erste Antwort, 90. Perzentil (Geschäftsminuten)' },
    { key: 'first_response_met', label: 'Erste Antwort im Ziel (%)' },
    { key: 'resolution_median', label: 'Lösung, Median (Geschäftsminuten)' },
    { key: 'resolution_p90', label: 'Lösung, 90. Perzentil (Geschäftsminuten)' },
    { key: 'resolution_met', label: 'Lösung im Ziel (%)' },
  ],
  rows: [
    ['Geschäftskunden', 12, 20, 35, 91.7, 185, 400, 83.3],
    ['Alle Kunden', 21, 28, 80, 80.9, 185, 400, 83.3],
  ],
};

const report = { name: 'fairness', title: 'Fairness', from: '2026-11-01', to: '2026-11-30', period: 'week', findings: [], tables: [segments] } as unknown as Report;

test('the segment table groups its measures under two headings, every column still named', async () => {
  await i18n.use({ language: 'de', region: 'de-DE' });
  const { container } = render(ReportTableView, { table: segments, report });
  const rows = [...container.querySelectorAll('thead tr')];
  expect(rows.length, 'two heading rows: the groups, then the measures').toBe(2);
  const top = [...rows[0]!.querySelectorAll('th')].map((th) => [th.textContent, th.getAttribute('colspan'), th.getAttribute('rowspan')]);
  expect(top, 'segment and cases beside two groups of three').toEqual([
    ['Segment', null, '2'],
    ['Fälle', null, '2'],
    ['Erste Antwort', '3', null],
    ['Lösung', '3', null],
  ]);
  const sub = [...rows[1]!.querySelectorAll('th')];
  expect(sub.map((th) => th.textContent), 'short headings in the desk’s language').toEqual(['Median', '90. Perzentil', 'Im Ziel', 'Median', '90. Perzentil', 'Im Ziel']);
  expect(sub.map((th) => th.getAttribute('title')), 'no information lost: the full name as each one’s title').toEqual(segments.columns.slice(2).map((c) => c.label));
  expect(container.textContent, 'that times count opening hours is said once').toContain('Geschäftsminuten');
  const cells = container.querySelectorAll('tbody tr:first-child td');
  expect(cells.length, 'every figure still has its cell').toBe(7);
});

test('headings wrap and figures do not', async () => {
  // jsdom does not lay out, nor load a component's styles: the rules themselves are checked.
  const { readFileSync } = await import('node:fs');
  const css = readFileSync(`${__dirname}/ReportTableView.svelte`, 'utf8').split('<style>')[1] ?? '';
  expect(css, 'no rule keeps a heading (th.num) on one line').not.toMatch(/(^|[\s,}])(th)?\.num\s*\{[^}]*white-space:\s*nowrap/);
  expect(css, 'figures stay whole').toMatch(/td\.num\s*\{[^}]*white-space:\s*nowrap/);
});

test('a table without groups keeps one heading row', () => {
  const head = tableHead({ key: 'by_cause', title: '', columns: [{ key: 'cause', label: 'Root cause' }, { key: 'escalations', label: 'Escalations' }], rows: [] });
  expect(head.sub).toEqual([]);
  expect(head.top.map((h) => [h.label, h.rows])).toEqual([['Root cause', 1], ['Escalations', 1]]);
});
