// The words and small decisions of the "Backups & data" page: backups, exports,
// imports and the CSV column mapping. Pure functions, so they are tested alone.

import type { BackupInfo, BackupKind, CsvField, CsvReport, ImportReport } from '../../lib/api';
import { roughly } from '../../lib/format';

const DAY = 86_400_000;

/** An automatic backup older than this is worth a warning. */
export const STALE_AFTER_MS = 2 * DAY;

export const BACKUP_KINDS: Record<BackupKind, string> = {
  auto: 'Automatic',
  manual: 'Manual',
  'before-restore': 'Before restore',
};

/** Every CSV field with the words the mapping table shows, in the order offered. */
export const CSV_FIELDS: Record<CsvField, string> = {
  ignore: 'Ignore',
  name: 'Customer name',
  phone: 'Phone',
  email: 'Email',
  organisation: 'Organisation',
  segment: 'Segment',
  notes: 'Customer notes',
  subject: 'Case subject',
  channel: 'Channel',
  status: 'Status',
  priority: 'Priority',
  opened: 'Opened (date)',
  message: 'First message',
};

export const CSV_FIELD_OPTIONS = Object.entries(CSV_FIELDS).map(([value, label]) => ({
  value: value as CsvField,
  label,
}));

/** "1 case", "12 cases", with a thousands separator for big counts. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "12 customers, 30 cases, 1,204 events". */
export function contents(c: { customers: number; cases: number; events: number }): string {
  return `${count(c.customers, 'customer')}, ${count(c.cases, 'case')}, ${count(c.events, 'event')}`;
}

/** A backup's size: "840 KB", "12.4 MB". */
export function size(kb: number): string {
  if (kb < 1024) return `${Math.max(0, Math.round(kb))} KB`;
  const mb = kb / 1024;
  if (mb < 1024) return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
  return `${(mb / 1024).toFixed(1)} GB`;
}

/**
 * Why the backups need attention, or null when they are fine: the newest
 * automatic backup is more than two days old, or there is none while the
 * desk already holds data. Manual backups do not count: they do not show
 * that the daily backups are working.
 */
export function backupWarning(backups: BackupInfo[], hasData: boolean, now: number): string | null {
  const times = backups
    .filter((b) => b.kind === 'auto')
    .map((b) => Date.parse(b.taken_at))
    .filter((t) => !Number.isNaN(t));
  if (times.length === 0) {
    return hasData ? 'There is no automatic backup yet. Back up now to be safe.' : null;
  }
  const age = now - Math.max(...times);
  if (age <= STALE_AFTER_MS) return null;
  return `The last automatic backup was ${roughly(age)} ago. Back up now, and keep Casebook running during the day so it can make its daily backup.`;
}

/** "Added 12 events; 3 were already here." and whether the settings came along. */
export function importSummary(r: ImportReport): string {
  const added = `Added ${count(r.added, 'event')}; ${r.already_there.toLocaleString('en-GB')} ${r.already_there === 1 ? 'was' : 'were'} already here.`;
  return r.settings_taken ? `${added} Opening hours and targets were taken from the export.` : added;
}

/** How a CSV file's columns are separated, in words. */
export function delimiterName(d: string): string {
  if (d === ',') return 'commas';
  if (d === ';') return 'semicolons';
  if (d === '\t') return 'tabs';
  return `“${d}”`;
}

/** Up to `max` non-empty example values of one column, for the mapping table. */
export function columnSamples(sample: string[][], column: number, max = 3): string[] {
  const values: string[] = [];
  for (const row of sample) {
    const v = row[column]?.trim();
    if (v && !values.includes(v)) values.push(v);
    if (values.length >= max) break;
  }
  return values;
}

export function sameMapping(a: readonly CsvField[], b: readonly CsvField[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

/** A preview, with the file and mapping it was made for. */
export interface Previewed {
  report: CsvReport;
  text: string;
  mapping: CsvField[];
}

/** The preview still describes what an import would do: same file, same mapping. */
export function previewIsCurrent(p: Previewed | null, text: string, mapping: readonly CsvField[]): p is Previewed {
  return p !== null && p.text === text && sameMapping(p.mapping, mapping);
}

/** Import is offered only after a clean, current preview with rows to import. */
export function canImport(p: Previewed | null, text: string, mapping: readonly CsvField[]): boolean {
  return previewIsCurrent(p, text, mapping) && p.report.problem_count === 0 && p.report.rows > 0;
}

/** "Imported 40 rows: 12 new customers, 28 matched existing customers, 40 cases." */
export function csvSummary(r: CsvReport): string {
  return (
    `Imported ${count(r.rows, 'row')}: ${count(r.new_customers, 'new customer')}, ` +
    `${count(r.matched_customers, 'row')} matched to existing customers, ${count(r.cases, 'case')}.`
  );
}
