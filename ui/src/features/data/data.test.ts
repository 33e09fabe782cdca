import { describe, expect, test } from 'vitest';
import type { BackupInfo, CsvColumn, CsvField, CsvReport, CsvSource } from '../../lib/api';
import {
  BACKUP_KINDS,
  backupWarning,
  canImport,
  columnReason,
  columnSamples,
  contents,
  CSV_FIELD_OPTIONS,
  CSV_FIELDS,
  csvSummary,
  delimiterName,
  encodingLabel,
  encodingOptions,
  importSummary,
  lineText,
  matchText,
  previewIsCurrent,
  sameMapping,
  size,
  toBase64,
  tooBig,
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
    files: 0,
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
    expect(importSummary({ added: 12, already_there: 3, settings_taken: false, set_aside: 0, carried: 0 }), 'both counts in one sentence').toBe(
      'Added 12 events; 3 were already here.',
    );
    expect(importSummary({ added: 1, already_there: 1, settings_taken: true, set_aside: 0, carried: 0 }), 'singular, and the settings note').toBe(
      'Added 1 event; 1 was already here. Opening hours and targets were taken from the export.',
    );
    expect(importSummary({ added: 5, already_there: 0, settings_taken: false, set_aside: 2, carried: 0 }), 'events kept but not applied are counted').toBe(
      'Added 5 events; 0 were already here. 2 events could not be applied here and were set aside (see Desks & sync).',
    );
    expect(importSummary({ added: 4, already_there: 0, settings_taken: false, set_aside: 0, carried: 4 }), 'other desks\' events are shared from here').toBe(
      "Added 4 events; 0 were already here. 4 of them were written at other desks: this desk sends them to the shop’s server at its next sync.",
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
    updated_customers: 0,
    cases: 2,
    problems: [],
    problem_count: 0,
    sample: [],
    imported: false,
    ...extra,
  });
  const mapping: CsvField[] = ['name', 'phone', 'subject'];
  const file: CsvSource = { name: 'a.csv', data: 'YSxiLGMKMSwyLDM=' };
  const clean: Previewed = { report: report(), source: file, mapping: [...mapping] };

  test('a clean preview for the same file, read the same way, with the same mapping allows the import', () => {
    expect(sameMapping(mapping, [...mapping]), 'a copy of the mapping is the same mapping').toBe(true);
    expect(canImport(clean, { ...file }, mapping), 'nothing changed since the clean preview').toBe(true);
  });

  test('changing the mapping, the file or how it is read invalidates the preview', () => {
    expect(previewIsCurrent(clean, file, ['name', 'email', 'subject']), 'phone became email').toBe(false);
    expect(canImport(clean, file, ['name', 'email', 'subject']), 'an import must match what was previewed').toBe(false);
    expect(canImport(clean, { ...file, data: 'eA==' }, mapping), 'another file was picked').toBe(false);
    expect(canImport(clean, { ...file, encoding: 'windows-1252' }, mapping), 'read in another encoding').toBe(false);
    expect(canImport(clean, { ...file, header_row: 2 }, mapping), 'headings on another row').toBe(false);
    expect(canImport(clean, { ...file, sheet: 'Klanten' }, mapping), 'another sheet').toBe(false);
    expect(canImport(clean, file, ['name', 'phone']), 'a shorter mapping is a different mapping').toBe(false);
    expect(canImport(null, file, mapping), 'no preview yet, no import').toBe(false);
    expect(canImport(clean, null, mapping), 'no file read, no import').toBe(false);
  });

  test('a preview with problems, or with nothing to import, does not allow the import', () => {
    const bad: Previewed = { ...clean, report: report({ problem_count: 1, problems: [{ line: 7, message: 'No name' }] }) };
    expect(canImport(bad, file, mapping), 'all-or-nothing: a problem blocks the whole file').toBe(false);
    expect(previewIsCurrent(bad, file, mapping), 'the problems still describe this mapping').toBe(true);
    const empty: Previewed = { ...clean, report: report({ rows: 0 }) };
    expect(canImport(empty, file, mapping), 'an empty file has nothing to import').toBe(false);
  });

  test('the import result counts rows, customers and cases, and the customers given a new contact', () => {
    expect(csvSummary(report({ rows: 40, new_customers: 12, matched_customers: 28, cases: 1 })), 'one readable sentence').toBe(
      'Imported 40 rows: 12 new customers, 28 rows matched to existing customers, 1 case.',
    );
    expect(csvSummary(report({ rows: 3, new_customers: 0, matched_customers: 3, updated_customers: 1, cases: 0 }))).toBe(
      'Imported 3 rows: 0 new customers, 3 rows matched to existing customers (1 customer got a new phone or email), 0 cases.',
    );
  });

  test('a matched row says what it adds to whom', () => {
    const row = { line: 5, name: 'Marta Silva', contact: 'marta@example.com', existing: 'Marta Silva', adds: ['marta@example.com'], subject: null };
    expect(matchText(row), 'a new email for a known customer').toBe('Adds marta@example.com to Marta Silva');
    expect(matchText({ ...row, adds: ['a@x.org', '06 1', '06 2'] }), 'several, listed in words').toBe('Adds a@x.org, 06 1 and 06 2 to Marta Silva');
    expect(matchText({ ...row, adds: [] }), 'nothing new: only the match').toBe('Matches Marta Silva');
    expect(matchText({ ...row, existing: null }), 'a new customer is not a match').toBeNull();
  });
});

describe('reading a spreadsheet', () => {
  test('bytes become base64, also past the slice size and for every byte value', () => {
    expect(toBase64(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9])), 'José in windows-1252').toBe('Sm9z6Q==');
    const big = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(Buffer.from(toBase64(big), 'base64').equals(Buffer.from(big)), 'a file larger than one slice survives').toBe(true);
  });

  test('a file over 50 MB is refused before it is sent, saying how big it is', () => {
    expect(tooBig(50 * 1024 * 1024), 'exactly the limit is fine').toBeNull();
    expect(tooBig(62 * 1024 * 1024), 'the size in MB and what to do').toMatch(/62 MB.*Split it/);
  });

  test('each column says why it is used as it is, or why not', () => {
    const col = (field: CsvField, reason: string): CsvColumn => ({ heading: 'X', field, reason });
    expect(columnReason(col('name', 'heading'), 'name')).toMatch(/heading/);
    expect(columnReason(col('email', 'values'), 'email')).toMatch(/what it holds/);
    expect(columnReason(col('ignore', 'unknown'), 'ignore')).toMatch(/^Not used.*Pick a field/);
    expect(columnReason(col('ignore', 'no-case'), 'ignore'), 'a case detail in a customer list').toMatch(/no case subject/);
    expect(columnReason(col('ignore', 'duplicate'), 'ignore'), 'a second status column').toMatch(/another column already gives this/);
    expect(columnReason(col('ignore', 'unknown'), 'notes'), 'changed by the person').toBe('Your choice (Casebook guessed Not used).');
    expect(columnReason(col('phone', 'heading'), 'ignore'), 'left out by the person').toBe('Left out by you.');
  });

  test('the heading-row picker shows each row as a line of text', () => {
    expect(lineText({ line: 3, cells: ['Naam', '', 'Telefoon'] })).toBe('Naam · Telefoon');
    expect(lineText({ line: 1, cells: ['', ' '] }), 'a blank row says so').toBe('(blank)');
    expect(lineText({ line: 1, cells: ['x'.repeat(80)] }, 10)).toBe(`${'x'.repeat(9)}…`);
  });

  test('encodings are offered in words, with the one found even when it is not in the list', () => {
    expect(encodingLabel('windows-1252')).toBe('Western European (windows-1252)');
    expect(encodingLabel('KOI8-R'), 'an unknown one shows its own name').toBe('KOI8-R');
    const inspection = { encoding: 'windows-1254' } as Parameters<typeof encodingOptions>[1];
    expect(encodingOptions(['UTF-8', 'windows-1252'], inspection)).toEqual(['windows-1254', 'UTF-8', 'windows-1252']);
    expect(encodingOptions(['UTF-8'], { encoding: 'utf-8' } as Parameters<typeof encodingOptions>[1]), 'not twice in another case').toEqual(['UTF-8']);
  });
});
