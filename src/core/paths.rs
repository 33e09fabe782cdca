//! Where the database lives. Release builds use the OS's per-user data folder;
//! development and test builds use a separate folder so they never touch a real
//! shop's history. `--db PATH` and `CASEBOOK_DB` override both.

use std::ffi::OsString;
use std::path::PathBuf;

use super::{Error, Result};

pub const DB_ENV: &str = "CASEBOOK_DB";
pub const DB_FILE: &str = "casebook.db";

/// Which kind of build is asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    Release,
    Development,
}

impl Profile {
    /// The profile of the build this code was compiled in.
    pub fn current() -> Profile {
        if cfg!(debug_assertions) {
            Profile::Development
        } else {
            Profile::Release
        }
    }

    fn folder(self) -> &'static str {
        match self {
            Profile::Release => "Casebook",
            Profile::Development => "Casebook (development)",
        }
    }
}

/// The default database path for a profile: e.g. `~/.local/share/Casebook/casebook.db`
/// on Linux, `~/Library/Application Support/Casebook/casebook.db` on macOS and
/// `%APPDATA%\Casebook\casebook.db` on Windows.
pub fn default_db_path(profile: Profile) -> Result<PathBuf> {
    let base = dirs::data_dir().ok_or_else(|| Error::Io {
        context: msg!("error-core-could-find-user-data-folder"),
        source: std::io::Error::other(format!(
            "set {DB_ENV} or pass --db PATH to choose where the database lives"
        )),
    })?;
    Ok(base.join(profile.folder()).join(DB_FILE))
}

/// `--db` wins over `CASEBOOK_DB`, which wins over the default.
pub fn resolve_db_path(flag: Option<PathBuf>, env: Option<OsString>, profile: Profile) -> Result<PathBuf> {
    if let Some(path) = flag {
        return Ok(path);
    }
    if let Some(path) = env.filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    default_db_path(profile)
}

/// The lock file that marks a database as open in a running app.
pub fn lock_path(db: &std::path::Path) -> PathBuf {
    let mut name = db.file_name().map(OsString::from).unwrap_or_else(|| OsString::from(DB_FILE));
    name.push(".lock");
    db.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_beats_env_beats_default() {
        let flag = Some(PathBuf::from("/tmp/flag.db"));
        let env = Some(OsString::from("/tmp/env.db"));
        assert_eq!(
            resolve_db_path(flag, env.clone(), Profile::Release).unwrap(),
            PathBuf::from("/tmp/flag.db")
        );
        assert_eq!(resolve_db_path(None, env, Profile::Release).unwrap(), PathBuf::from("/tmp/env.db"));
    }

    #[test]
    fn development_never_shares_the_release_folder() {
        if dirs::data_dir().is_none() {
            return;
        }
        assert_ne!(
            default_db_path(Profile::Release).unwrap(),
            default_db_path(Profile::Development).unwrap(),
            "a development build must not open the shop's real database"
        );
    }
}
