import { describe, expect, test } from 'vitest';
import type { BackupInfo, CsvField, CsvReport } from '../../lib/api';
import {
  BACKUP_KINDS,
  backupWarning,
  canImport,
  columnSamples,
  contents,
  CSV_FIELD_OPTIONS,
  CSV_FIELDS,
  csvSummary,
  delimiterName,
  importSummary,
  previewIsCurrent,
  sameMapping,
  size,
  type Previewed,
} from './data';

const DAY = 86_400_000;
const now = Date.parse('2026-03-10T12:00:00Z');

function backup(kind: BackupInfo['kind'], takenAgoMs: number): BackupInfo {
  return {
    path: `/data/backups/${kind}.sqlite`,
    file_name: `${kind}-${takenAgoMs}.sqlite`,
    taken_at: new Date(now - takenAgoMs).toISOString(),
    kind,
    size_kb: 100,
    schema_version: 1,
    customers: 1,
    cases: 1,
    events: 1,
  };
}

describe('backupWarning', () => {
  test('a recent automatic backup needs no warning', () => {
    expect(backupWarning([backup('auto', 3_600_000)], true, now), 'an hour-old daily backup is fine').toBeNull();
    expect(backupWarning([backup('auto', 2 * DAY)], true, now), 'exactly two days is not yet "older than two days"').toBeNull();
  });

  test('an automatic backup older than two days is warned about, saying how old', () => {
    const w = backupWarning([backup('auto', 3 * DAY)], true, now);
    expect(w, 'three days without a daily backup means they are not happening').not.toBeNull();
    expect(w, 'the warning says how long ago, in words').toContain('3 days ago');
  });

  test('the newest automatic backup counts, whatever order the list is in', () => {
    const list = [backup('auto', 9 * DAY), backup('auto', DAY)];
    expect(backupWarning(list, true, now), 'yesterday’s backup is recent even if listed second').toBeNull();
  });

  test('manual backups do not hide stale automatic ones', () => {
    const list = [backup('manual', 60_000), backup('before-restore', 60_000), backup('auto', 5 * DAY)];
    expect(backupWarning(list, true, now), 'a manual backup does not prove the daily backup works').not.toBeNull();
  });

  test('no automatic backup warns only when there is data to lose', () => {
    expect(backupWarning([], true, now), 'a desk with history and no backup is at risk').toMatch(/no automatic backup/);
    expect(backupWarning([], false, now), 'an empty desk has nothing to lose yet').toBeNull();
    expect(backupWarning([backup('manual', 60_000)], true, now), 'manual backups alone still warn').not.toBeNull();
  });
});

describe('labels', () => {
  test('every CSV field has a distinct label, with Ignore offered first', () => {
    const all: CsvField[] = [
      'ignore', 'name', 'phone', 'email', 'organisation', 'segment', 'notes',
      'subject', 'channel', 'status', 'priority', 'opened', 'message',
    ];
    expect(CSV_FIELD_OPTIONS.map((o) => o.value).sort(), 'the select offers exactly the fields the backend knows').toEqual([...all].sort());
    expect(CSV_FIELD_OPTIONS[0]?.value, 'leaving a column out is the first choice').toBe('ignore');
    const labels = Object.values(CSV_FIELDS);
    expect(new Set(labels).size, 'two fields with one label could not be told apart').toBe(labels.length);
    expect(CSV_FIELDS.opened, 'the date column says it wants a date').toBe('Opened (date)');
  });

  test('backup kinds read as words', () => {
    expect(BACKUP_KINDS.auto, 'the stored "auto" is shown as a word').toBe('Automatic');
    expect(BACKUP_KINDS['before-restore'], 'the hyphenated kind is shown as a phrase').toBe('Before restore');
  });
});

describe('numbers', () => {
  test('sizes are in KB below a megabyte and in MB above', () => {
    expect(size(840), 'small backups in KB').toBe('840 KB');
    expect(size(1536), 'one decimal below 10 MB').toBe('1.5 MB');
    expect(size(40 * 1024), 'whole MB above 10 MB').toBe('40 MB');
    expect(size(3 * 1024 * 1024), 'very large in GB').toBe('3.0 GB');
  });

  test('counts are plural except for one, with thousands separated', () => {
    expect(contents({ customers: 1, cases: 2, events: 1204 }), 'one customer, several cases, a big event count').toBe(
      '1 customer, 2 cases, 1,204 events',
    );
  });

  test('the import result says what was added and what was skipped', () => {
    expect(importSummary({ added: 12, already_there: 3, settings_taken: false }), 'both counts in one sentence').toBe(
      'Added 12 events; 3 were already here.',
    );
    expect(importSummary({ added: 1, already_there: 1, settings_taken: true }), 'singular, and the settings note').toBe(
      'Added 1 event; 1 was already here. Opening hours and targets were taken from the export.',
    );
  });

  test('delimiters are named in words', () => {
    expect(delimiterName(';'), 'European spreadsheets use semicolons').toBe('semicolons');
    expect(delimiterName('\t'), 'a tab is invisible, so it is named').toBe('tabs');
  });
});

describe('CSV mapping and preview', () => {
  test('samples skip empty cells and repeats, and stop at the limit', () => {
    const sample = [['Ana', ''], ['', 'x'], ['Ana', 'y'], ['Bo', 'z'], ['Cy', 'w'], ['Di', 'v']];
    expect(columnSamples(sample, 0), 'blank and repeated names are not examples').toEqual(['Ana', 'Bo', 'Cy']);
    expect(columnSamples(sample, 1, 2), 'the limit is respected').toEqual(['x', 'y']);
    expect(columnSamples([['only one']], 3), 'a short row has no value for a later column').toEqual([]);
  });

  const report = (extra: Partial<CsvReport> = {}): CsvReport => ({
    rows: 2,
    new_customers: 1,
    matched_customers: 1,
    cases: 2,
    problems: [],
    problem_count: 0,
    sample: [],
    imported: false,
    ...extra,
  });
  const mapping: CsvField[] = ['name', 'phone', 'subject'];
  const clean: Previewed = { report: report(), text: 'a,b,c\n1,2,3', mapping: [...mapping] };

  test('a clean preview for the same file and mapping allows the import', () => {
    expect(sameMapping(mapping, [...mapping]), 'a copy of the mapping is the same mapping').toBe(true);
    expect(canImport(clean, clean.text, mapping), 'nothing changed since the clean preview').toBe(true);
  });

  test('changing the mapping or the file invalidates the preview', () => {
    expect(previewIsCurrent(clean, clean.text, ['name', 'email', 'subject']), 'phone became email').toBe(false);
    expect(canImport(clean, clean.text, ['name', 'email', 'subject']), 'an import must match what was previewed').toBe(false);
    expect(canImport(clean, 'another file', mapping), 'another file was picked').toBe(false);
    expect(canImport(clean, clean.text, ['name', 'phone']), 'a shorter mapping is a different mapping').toBe(false);
    expect(canImport(null, clean.text, mapping), 'no preview yet, no import').toBe(false);
  });

  test('a preview with problems, or with nothing to import, does not allow the import', () => {
    const bad: Previewed = { ...clean, report: report({ problem_count: 1, problems: [{ line: 7, message: 'No name' }] }) };
    expect(canImport(bad, bad.text, mapping), 'all-or-nothing: a problem blocks the whole file').toBe(false);
    expect(previewIsCurrent(bad, bad.text, mapping), 'the problems still describe this mapping').toBe(true);
    const empty: Previewed = { ...clean, report: report({ rows: 0 }) };
    expect(canImport(empty, empty.text, mapping), 'an empty file has nothing to import').toBe(false);
  });

  test('the import result counts rows, customers and cases', () => {
    expect(csvSummary(report({ rows: 40, new_customers: 12, matched_customers: 28, cases: 1 })), 'one readable sentence').toBe(
      'Imported 40 rows: 12 new customers, 28 rows matched to existing customers, 1 case.',
    );
  });
});
