//! Backups, export and import, and spreadsheets.

use casebook::data::backup::{self, BackupInfo, BackupKind, RestoreReport};
use casebook::data::csv_import::{self, CsvInspection, CsvReport, CsvRequest, CsvSource};
use casebook::data::exchange::{self, ExportInfo, ExportReport, ImportReport};
use casebook::model::Actor;

use super::commands;

/// Runs file work off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> casebook::Result<T> + Send + 'static,
) -> casebook::Result<T> {
    tauri::async_runtime::spawn_blocking(f).await.map_err(|e| casebook::Error::Internal(e.to_string()))?
}

commands! {
    feature: "data";
    /// The backups beside the data, newest first.
    app list_backups() -> Vec<BackupInfo> = |st| {
        let dir = st.db()?.backups_dir();
        Ok(blocking(move || backup::list(&dir)).await?)
    };
    /// Takes a checked backup now.
    app backup_now() -> BackupInfo = |st| Ok(st.db()?.backup(BackupKind::Manual).await?);
    /// Replaces the history with a backup's (the current one is kept as a backup first).
    app restore_backup(file_name: String) -> RestoreReport = |st| {
        let db = st.db()?;
        let path = backup::named(&db.backups_dir(), &file_name)?;
        Ok(db.restore(Actor::AtDesk, path).await?)
    };
    /// Exports everything into a new folder beside the data.
    app export_everything() -> ExportReport = |st| {
        let db = st.db()?;
        let dir = exchange::exports_dir(db.path());
        Ok(db.read(move |s| exchange::export(s, &dir)).await?)
    };
    /// The exports found beside the data, newest first.
    app list_exports() -> Vec<ExportInfo> = |st| {
        let dir = exchange::exports_dir(st.db()?.path());
        Ok(blocking(move || exchange::list(&dir)).await?)
    };
    /// Imports an export folder: all of it, or nothing.
    write import_everything(folder: String) -> ImportReport =
        |s| exchange::import(s, &Actor::AtDesk, &std::path::PathBuf::from(folder.trim()));
    /// Reads a spreadsheet file: how it was read, its columns and what each is taken for.
    app csv_inspect(source: CsvSource) -> CsvInspection = |st| Ok(blocking(move || csv_import::inspect(&source)).await?);
    /// The text encodings a spreadsheet can be read in.
    pure csv_encodings() -> Vec<String> = |_| Ok::<_, casebook::Error>(csv_import::ENCODINGS.iter().map(|e| (*e).to_owned()).collect());
    /// Checks a spreadsheet import and counts what it would do; writes nothing.
    write csv_preview(request: CsvRequest) -> CsvReport = |s| {
        let ctx = s.acting(&Actor::AtDesk, None)?;
        csv_import::run(s, &ctx, &request, false)
    };
    /// Imports customers and cases from a spreadsheet: every row, or none.
    write csv_import(request: CsvRequest) -> CsvReport = |s| {
        let ctx = s.acting(&Actor::AtDesk, None)?;
        csv_import::run(s, &ctx, &request, true)
    };
}
