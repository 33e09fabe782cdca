// The words and small decisions of the "Backups & data" page: backups, exports,
// imports and the CSV column mapping. Pure functions, so they are tested alone.

import type { BackupInfo, BackupKind, CsvColumn, CsvField, CsvInspection, CsvLine, CsvReport, CsvRowPreview, CsvSource, ImportReport } from '../../lib/api';
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
  ignore: 'Not used',
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
  if (d === '|') return 'vertical bars (|)';
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

/** The largest file Casebook reads (the backend's limit too). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** "The file is 62 MB; …": said before sending a file that would be refused anyway. */
export function tooBig(bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return `The file is ${Math.floor(bytes / 1024 / 1024)} MB; Casebook imports up to 50 MB at a time. Split it into smaller files.`;
}

/** A file's bytes as base64, in slices so a big file does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + SLICE)));
  }
  return btoa(parts.join(''));
}

/** Two ways of reading a file are the same: same bytes, same encoding, heading row and sheet. */
export function sameSource(a: CsvSource, b: CsvSource): boolean {
  return a.data === b.data && a.encoding === b.encoding && a.header_row === b.header_row && a.sheet === b.sheet;
}

/** What the file is, in words: "a CSV file", "an Excel workbook". */
export function formatName(format: string): string {
  if (format === 'xlsx' || format === 'xls') return `an Excel workbook (.${format})`;
  if (format === 'ods') return 'an OpenDocument spreadsheet (.ods)';
  return 'a text file (CSV)';
}

/** Why a column is taken as it is, in words; `chosen` is what the person has it set to now. */
export function columnReason(column: CsvColumn, chosen: CsvField): string {
  if (chosen !== column.field) {
    return chosen === 'ignore' ? 'Left out by you.' : `Your choice (Casebook guessed ${CSV_FIELDS[column.field]}).`;
  }
  switch (column.reason) {
    case 'heading':
      return 'Recognised from its heading.';
    case 'values':
      return 'Recognised from what it holds.';
    case 'no-case':
      return 'Not used: it holds case details (a date, a status…), but this file has no case subject column, so it opens no cases.';
    case 'duplicate':
      return 'Not used: another column already gives this. Pick a field to use it instead.';
    default:
      return 'Not used: Casebook does not know this heading. Pick a field to use it.';
  }
}

/** A row of the file as one line of text for the heading-row picker: "Naam · Telefoon · Onderwerp". */
export function lineText(line: CsvLine, max = 60): string {
  const text = line.cells
    .map((c) => c.trim())
    .filter(Boolean)
    .join(' · ');
  if (!text) return '(blank)';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The encodings offered: the known ones, with the one the file was read in even if it is not among them. */
export function encodingOptions(known: readonly string[], inspection: CsvInspection | null): string[] {
  const found = inspection?.encoding;
  if (found && !known.some((k) => k.toLowerCase() === found.toLowerCase())) return [found, ...known];
  return [...known];
}

/** What a preview row does to the customer it matched: "Adds marta@example.com to Marta Silva". */
export function matchText(row: CsvRowPreview): string | null {
  if (!row.existing) return null;
  if (row.adds.length === 0) return `Matches ${row.existing}`;
  return `Adds ${listWords(row.adds)} to ${row.existing}`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A preview, with the file (as read) and mapping it was made for. */
export interface Previewed {
  report: CsvReport;
  source: CsvSource;
  mapping: CsvField[];
}

/** The preview still describes what an import would do: same file read the same way, same mapping. */
export function previewIsCurrent(p: Previewed | null, source: CsvSource | null, mapping: readonly CsvField[]): p is Previewed {
  return p !== null && source !== null && sameSource(p.source, source) && sameMapping(p.mapping, mapping);
}

/** Import is offered only after a clean, current preview with rows to import. */
export function canImport(p: Previewed | null, source: CsvSource | null, mapping: readonly CsvField[]): boolean {
  return previewIsCurrent(p, source, mapping) && p.report.problem_count === 0 && p.report.rows > 0;
}

/** "Imported 40 rows: 12 new customers, 28 rows matched to existing customers (3 got a new phone or email), 40 cases." */
export function csvSummary(r: CsvReport): string {
  const updated = r.updated_customers > 0 ? ` (${count(r.updated_customers, 'customer')} got a new phone or email)` : '';
  return (
    `Imported ${count(r.rows, 'row')}: ${count(r.new_customers, 'new customer')}, ` +
    `${count(r.matched_customers, 'row')} matched to existing customers${updated}, ${count(r.cases, 'case')}.`
  );
}

/** The encodings in words, for the select: "Western European (windows-1252)". */
const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'Unicode (UTF-8)',
  'utf-16le': 'Unicode (UTF-16 LE, Excel’s “Unicode text”)',
  'utf-16be': 'Unicode (UTF-16 BE)',
  'windows-1252': 'Western European (windows-1252)',
  'iso-8859-15': 'Western European (ISO-8859-15)',
  'windows-1250': 'Central European (windows-1250)',
  'iso-8859-2': 'Central European (ISO-8859-2)',
  'windows-1251': 'Cyrillic (windows-1251)',
  macintosh: 'Older Mac (macintosh)',
  shift_jis: 'Japanese (Shift_JIS)',
};

export function encodingLabel(encoding: string): string {
  return ENCODING_NAMES[encoding.toLowerCase()] ?? encoding;
}
