//! `casebook check`: every file the history refers to is here and intact.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{referenced, Files};
use crate::core::{Error, Result, Store};

/// A file the history refers to that is not as it should be.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FileProblem {
    pub hash: String,
    /// The names it was attached under.
    pub names: Vec<String>,
    /// "missing" or "damaged".
    pub problem: String,
}

/// What the check found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FileCheck {
    /// Files the history refers to.
    pub referenced: u32,
    pub problems: Vec<FileProblem>,
    /// Files kept that nothing refers to (attached and then erased elsewhere,
    /// or kept and never attached): harmless.
    pub unreferenced: u32,
}

impl Store {
    /// Reads every file the history refers to and checks it against its name.
    pub fn check_files(&self) -> Result<FileCheck> {
        let files: Files = self.attachment_files()?;
        let wanted = referenced(self.connection())?;
        let mut check = FileCheck { referenced: wanted.len() as u32, ..FileCheck::default() };
        for hash in &wanted {
            let problem = match files.get(hash) {
                Ok(_) => continue,
                Err(Error::NotFound { .. }) => "missing",
                Err(_) => "damaged",
            };
            let mut stmt =
                self.connection().prepare_cached("SELECT DISTINCT name FROM attachments WHERE hash = ?1")?;
            let names = stmt.query_map([hash], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
            check.problems.push(FileProblem { hash: hash.clone(), names, problem: problem.into() });
        }
        check.unreferenced = files.list()?.iter().filter(|h| !wanted.contains(*h)).count() as u32;
        Ok(check)
    }
}
