// The words and small decisions of the "Backups & data" page: backups, exports,
// imports and the CSV column mapping. Pure functions, so they are tested alone.

import type { BackupInfo, BackupKind, CsvColumn, CsvField, CsvInspection, CsvLine, CsvReport, CsvRowPreview, CsvSource, ImportReport } from '../../lib/api';
import { roughly } from '../../lib/format';
import { i18n, t } from '../../lib/i18n/i18n.svelte';

/** Words read in the effective language each time: a getter per value. */
function words<K extends string>(keys: Record<K, string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const [value, key] of Object.entries(keys) as [K, string][]) {
    Object.defineProperty(out, value, { get: () => t(key), enumerable: true });
  }
  return out;
}

const DAY = 86_400_000;

/** An automatic backup older than this is worth a warning. */
export const STALE_AFTER_MS = 2 * DAY;

export const BACKUP_KINDS: Record<BackupKind, string> = words<BackupKind>({
  auto: 'data-backup-auto',
  manual: 'data-backup-manual',
  'before-restore': 'data-backup-before-restore',
});

/** Every CSV field with the words the mapping table shows, in the order offered. */
export const CSV_FIELDS: Record<CsvField, string> = words<CsvField>({
  ignore: 'data-field-ignore',
  name: 'data-field-name',
  phone: 'data-field-phone',
  email: 'data-field-email',
  organisation: 'data-field-organisation',
  segment: 'data-field-segment',
  notes: 'data-field-notes',
  subject: 'data-field-subject',
  channel: 'data-field-channel',
  status: 'data-field-status',
  priority: 'data-field-priority',
  opened: 'data-field-opened',
  message: 'data-field-message',
});

export const CSV_FIELD_OPTIONS = (Object.keys(CSV_FIELDS) as CsvField[]).map((value) => ({
  value,
  get label() {
    return CSV_FIELDS[value];
  },
}));

/** What `count` counts. */
export type Counted = 'row' | 'customer' | 'case' | 'event' | 'new customer' | 'problem';

const COUNTED: Record<Counted, string> = {
  row: 'data-count-row',
  customer: 'data-count-customer',
  case: 'data-count-case',
  event: 'data-count-event',
  'new customer': 'data-count-new-customer',
  problem: 'data-count-problem',
};

/** "1 case", "12 cases", with the region's thousands separator for big counts. */
export function count(n: number, what: Counted): string {
  return t(COUNTED[what], { n, shown: n.toLocaleString(i18n.locale) });
}

/** "12 customers, 30 cases, 1,204 events". */
export function contents(c: { customers: number; cases: number; events: number }): string {
  return t('data-contents', { customers: count(c.customers, 'customer'), cases: count(c.cases, 'case'), events: count(c.events, 'event') });
}

/** A backup's size: "840 KB", "12.4 MB". */
export function size(kb: number): string {
  const n = (v: number, digits: number) =>
    v.toLocaleString(i18n.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (kb < 1024) return `${n(Math.max(0, Math.round(kb)), 0)} KB`;
  const mb = kb / 1024;
  if (mb < 1024) return `${mb < 10 ? n(mb, 1) : n(Math.round(mb), 0)} MB`;
  return `${n(mb / 1024, 1)} GB`;
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
    return hasData ? t('data-no-auto-backup') : null;
  }
  const age = now - Math.max(...times);
  if (age <= STALE_AFTER_MS) return null;
  return t('data-backup-stale', { age: roughly(age) });
}

/** "Added 12 events; 3 were already here." and whether the settings came along. */
export function importSummary(r: ImportReport): string {
  const added = t('data-import-added', { added: count(r.added, 'event'), there: r.already_there, shown: r.already_there.toLocaleString(i18n.locale) });
  const parts = [added];
  if (r.settings_taken) parts.push(t('data-import-settings'));
  if (r.set_aside > 0) parts.push(t('data-import-set-aside', { count: r.set_aside }));
  if (r.carried > 0) parts.push(t('data-import-carried', { count: r.carried }));
  return parts.join(' ');
}

/** How a CSV file's columns are separated, in words. */
export function delimiterName(d: string): string {
  if (d === ',') return t('data-sep-commas');
  if (d === ';') return t('data-sep-semicolons');
  if (d === '\t') return t('data-sep-tabs');
  if (d === '|') return t('data-sep-bars');
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
  return t('data-too-big', { mb: Math.floor(bytes / 1024 / 1024) });
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
  if (format === 'xlsx' || format === 'xls') return t('data-format-excel', { ext: format });
  if (format === 'ods') return t('data-format-ods');
  return t('data-format-csv');
}

/** Why a column is taken as it is, in words; `chosen` is what the person has it set to now. */
export function columnReason(column: CsvColumn, chosen: CsvField): string {
  if (chosen !== column.field) {
    return chosen === 'ignore' ? t('data-reason-left-out') : t('data-reason-your-choice', { guess: CSV_FIELDS[column.field] });
  }
  switch (column.reason) {
    case 'heading':
      return t('data-reason-heading');
    case 'values':
      return t('data-reason-values');
    case 'no-case':
      return t('data-reason-no-case');
    case 'duplicate':
      return t('data-reason-duplicate');
    default:
      return t('data-reason-unknown');
  }
}

/** A row of the file as one line of text for the heading-row picker: "Naam · Telefoon · Onderwerp". */
export function lineText(line: CsvLine, max = 60): string {
  const text = line.cells
    .map((c) => c.trim())
    .filter(Boolean)
    .join(' · ');
  if (!text) return t('data-blank');
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
  if (row.adds.length === 0) return t('data-matches', { name: row.existing });
  return t('data-adds', { what: listWords(row.adds), name: row.existing });
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(items);
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
  return t(r.updated_customers > 0 ? 'data-csv-summary-updated' : 'data-csv-summary', {
    rows: count(r.rows, 'row'),
    fresh: count(r.new_customers, 'new customer'),
    matched: count(r.matched_customers, 'row'),
    updated: count(r.updated_customers, 'customer'),
    cases: count(r.cases, 'case'),
  });
}

/** The encodings in words, for the select: "Western European (windows-1252)". */
const ENCODING_NAMES: Record<string, [string, string]> = {
  'utf-8': ['unicode', 'UTF-8'],
  'utf-16le': ['unicode-excel', 'UTF-16 LE'],
  'utf-16be': ['unicode', 'UTF-16 BE'],
  'windows-1252': ['western', 'windows-1252'],
  'iso-8859-15': ['western', 'ISO-8859-15'],
  'windows-1250': ['central', 'windows-1250'],
  'iso-8859-2': ['central', 'ISO-8859-2'],
  'windows-1251': ['cyrillic', 'windows-1251'],
  macintosh: ['mac', 'macintosh'],
  shift_jis: ['japanese', 'Shift_JIS'],
};

export function encodingLabel(encoding: string): string {
  const known = ENCODING_NAMES[encoding.toLowerCase()];
  return known ? t('data-encoding', { family: known[0], name: known[1] }) : encoding;
}
