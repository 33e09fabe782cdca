// Generated from src-tauri/src/commands/data.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { BackupInfo, CsvInspection, CsvReport, CsvRequest, CsvSource, ExportInfo, ExportReport, ImportReport, RestoreReport } from './types';

export const data = {
  /** The backups beside the data, newest first. */
  listBackups: () => call<Array<BackupInfo>>('list_backups'),
  /** Takes a checked backup now. */
  backupNow: () => call<BackupInfo>('backup_now'),
  /** Replaces the history with a backup's (the current one is kept as a backup first). */
  restoreBackup: (file_name: string) => call<RestoreReport>('restore_backup', { file_name }),
  /** Exports everything into a new folder beside the data. */
  exportEverything: () => call<ExportReport>('export_everything'),
  /** The exports found beside the data, newest first. */
  listExports: () => call<Array<ExportInfo>>('list_exports'),
  /** Imports an export folder: all of it, or nothing. */
  importEverything: (folder: string) => call<ImportReport>('import_everything', { folder }),
  /** Reads a spreadsheet file: how it was read, its columns and what each is taken for. */
  csvInspect: (source: CsvSource) => call<CsvInspection>('csv_inspect', { source }),
  /** The text encodings a spreadsheet can be read in. */
  csvEncodings: () => call<Array<string>>('csv_encodings'),
  /** Checks a spreadsheet import and counts what it would do; writes nothing. */
  csvPreview: (request: CsvRequest) => call<CsvReport>('csv_preview', { request }),
  /** Imports customers and cases from a spreadsheet: every row, or none. */
  csvImport: (request: CsvRequest) => call<CsvReport>('csv_import', { request }),
};
