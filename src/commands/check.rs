//! `tsunagari check`: validates a workbook without changing it. Problems are printed one per
//! line as `PATH:LINE:COLUMN: message` (or `PATH: message` where no position applies).

use std::path::Path;

use crate::model::CURRENT_VERSION;
use crate::store::{self, LoadError, ReadOnly};

/// Returns the report: `Ok` when the file is fine, `Err` with every problem otherwise.
pub fn check(path: &Path) -> Result<String, String> {
    if !path.exists() {
        return Err(format!("{}: no such file", path.display()));
    }
    match store::load(path) {
        Ok(loaded) => {
            let n = loaded.workbook.record_count();
            Ok(match loaded.read_only {
                Some(ReadOnly::NewerVersion(v)) => format!(
                    "{}: readable, {n} records, but written by a newer tsunagari (version {v}, this one knows {CURRENT_VERSION}); it opens read-only",
                    path.display()
                ),
                _ => format!("{}: ok, {n} records", path.display()),
            })
        }
        Err(LoadError::Invalid { path, problems, .. }) => Err(problems
            .iter()
            .map(|p| format!("{}: {}", path.display(), store::describe_problem(p)))
            .collect::<Vec<_>>()
            .join("\n")),
        Err(e) => Err(e.to_string()),
    }
}
