//! What each command line form does. Every function returns `Err(message)` with one clear line;
//! `main` prints it and exits non-zero. Nothing is written when a command fails.

pub mod add;
pub mod check;
pub mod export;
pub mod import;
pub mod list;
pub mod open;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::i18n::messages::{Msg, text};
use crate::model::Workbook;
use crate::store::{self, ReadOnly, Saver, WorkbookLock};

/// The workbook path: `--file`/`TSUNAGARI_FILE`, else the platform data directory.
pub fn workbook_path(flag: Option<PathBuf>, lang: Lang) -> Result<PathBuf, String> {
    flag.or_else(store::default_path).ok_or_else(|| text(lang, Msg::NoDataDir))
}

/// Today, or the day in `TSUNAGARI_TODAY` (YYYY-MM-DD), which tests use to get stable screens.
pub fn today() -> NaiveDate {
    std::env::var("TSUNAGARI_TODAY")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Opens the workbook for one change from the shell: lock, load, change, save.
pub fn with_workbook<T>(
    path: &Path,
    lang: Lang,
    change: impl FnOnce(&mut Workbook) -> Result<T, String>,
) -> Result<T, String> {
    with_workbook_saving_if(path, lang, |wb| change(wb).map(|out| (out, true)))
}

/// Like [`with_workbook`], but `change` also says whether it changed anything; when it did not,
/// nothing is saved (no rewrite, no backup, no new file).
pub fn with_workbook_saving_if<T>(
    path: &Path,
    lang: Lang,
    change: impl FnOnce(&mut Workbook) -> Result<(T, bool), String>,
) -> Result<T, String> {
    store::files::ensure_dir(path).map_err(|e| text(lang, Msg::CannotCreateDir(path, &e)))?;
    let _lock = WorkbookLock::acquire(path).map_err(|e| text(lang, Msg::Lock(&e)))?;
    let loaded = store::load(path).map_err(|e| text(lang, Msg::Load(&e)))?;
    match loaded.read_only {
        Some(ReadOnly::NewerVersion(v)) => return Err(text(lang, Msg::NewerRefused(path, v))),
        Some(ReadOnly::NotWritable) => return Err(text(lang, Msg::NotWritable(path))),
        _ => {}
    }
    let mut wb = loaded.workbook;
    let (out, changed) = change(&mut wb)?;
    if !changed {
        return Ok(out);
    }
    Saver::new(path.to_owned(), loaded.fingerprint).save(&wb).map_err(|e| text(lang, Msg::Save(path, &e)))?;
    Ok(out)
}
