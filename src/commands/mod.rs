//! What each command line form does. Every function returns `Err(message)` with one clear line;
//! `main` prints it and exits non-zero. Nothing is written when a command fails.
//!
//! Every command reads the workbook through [`load`] (or [`unlock`] and `parse`, for the app),
//! which asks for the passphrase when the file is encrypted and hands the seal on in `Loaded`;
//! [`with_workbook`] saves through it, so an encrypted workbook stays encrypted.

pub mod add;
pub mod check;
pub mod crypt;
pub mod event_loop;
pub mod export;
pub mod import;
pub mod list;
pub mod manual;
pub mod merge;
pub mod open;
pub mod passphrase;
pub mod today;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::i18n::{self, Lang, tr};
use crate::model::Workbook;
use crate::store::{self, LoadError, Loaded, ReadOnly, Saver, Seal, WorkbookLock};

/// The workbook file: `--file`/`TSUNAGARI_FILE`, else the platform data directory; a link is
/// followed to its target, and what is not a regular file is refused (see `store::resolve`).
/// A file given in a folder that does not exist is refused before anything is read or written
/// (a typo must not grow folders; the data directory's own folder is made when needed).
/// `w.ron` where only `w.ron.age` is (the workbook was encrypted) stands for `w.ron.age`.
pub fn workbook_path(flag: Option<PathBuf>, lang: Lang) -> Result<PathBuf, String> {
    if let Some(given) = &flag {
        given_folder(given, lang)?;
    }
    let path = flag.or_else(store::default_path).ok_or_else(|| tr!(lang, "cli-no-data-dir").to_owned())?;
    let path = encrypted_instead(path, lang)?;
    store::resolve(&path).map_err(|e| i18n::say(lang, &e.message()))
}

/// `path`, or its encrypted twin `path.age` when only that one is there. When both are, neither
/// is guessed at: a plain copy beside an encrypted one is for the person to look at.
fn encrypted_instead(path: PathBuf, lang: Lang) -> Result<PathBuf, String> {
    if store::crypt::named_sealed(&path) {
        return Ok(path);
    }
    let sealed = store::crypt::sealed_name(&path);
    let there = |p: &Path| std::fs::symlink_metadata(p).is_ok();
    match (there(&path), there(&sealed)) {
        (true, true) => {
            Err(tr!(lang, "crypt-both", plain = path.display().to_string(), sealed = sealed.display().to_string()))
        }
        (false, true) => Ok(sealed),
        _ => Ok(path),
    }
}

/// What a command will do with a workbook it opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    Read,
    /// Save it again: an encrypted one starts deriving the key for that save at once, on the
    /// second core, while the key that opens it is derived on the first.
    Write,
}

/// Reads the workbook at `path`, asking for the passphrase when it is encrypted (see
/// [`unlock`]), and checks it.
/// A command that only reads says on standard error when conflict files wait beside the
/// workbook (what it shows does not include them yet).
pub fn load(path: &Path, lang: Lang, intent: Intent) -> Result<Loaded, String> {
    let read = store::read(path).map_err(|e| i18n::say(lang, &e.message()))?;
    let loaded = unlock(read, path, lang, intent)?.parse().map_err(|e| i18n::say(lang, &e.message()))?;
    if intent == Intent::Read {
        let waiting = store::sync::conflict_files(path);
        if let Some(first) = waiting.first() {
            let file = first.display().to_string();
            eprintln!("{}", tr!(lang, "cli-sync-waiting", count = waiting.len(), file = file));
        }
    }
    Ok(loaded)
}

/// Decrypts what was read when it is encrypted: the passphrase comes from
/// `TSUNAGARI_PASSPHRASE_FILE` or is typed (a wrong one typed may be typed again, three tries
/// in all). A new file whose name ends `.age` asks for a new passphrase, twice. A plain file
/// asks nothing.
pub fn unlock(mut read: store::FileRead, path: &Path, lang: Lang, intent: Intent) -> Result<store::Unsealed, String> {
    let say = |e: LoadError| i18n::say(lang, &e.message());
    let seal = |secret| {
        let seal = Seal::passphrase(secret);
        if intent == Intent::Write {
            seal.prepare();
        }
        seal
    };
    // Damaged whatever the passphrase: said before one is asked for.
    if read.is_cut_short() {
        return read.try_unseal(&Seal::Plain).map_err(say);
    }
    if read.is_new() && store::crypt::named_sealed(path) {
        let asked = passphrase::ask(lang, path, passphrase::Purpose::New)?;
        return read.try_unseal(&seal(asked.secret)).map_err(say);
    }
    if !read.is_sealed() {
        return read.try_unseal(&Seal::Plain).map_err(say);
    }
    let mut tries = 0;
    loop {
        let asked = passphrase::ask(lang, path, passphrase::Purpose::Open)?;
        tries += 1;
        match read.try_unseal(&seal(asked.secret)) {
            Err(e) if e.is_wrong_passphrase() && asked.typed && tries < 3 => passphrase::say_wrong(lang),
            other => return other.map_err(say),
        }
    }
}

/// `Err` when the folder of a given workbook path is missing or is not a folder.
fn given_folder(path: &Path, lang: Lang) -> Result<(), String> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => return Ok(()), // the current folder
    };
    let shown = folder.display().to_string();
    match std::fs::metadata(folder) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(tr!(lang, "cli-file-not-folder", folder = shown)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(tr!(lang, "cli-file-no-folder", folder = shown)),
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
            Err(tr!(lang, "cli-file-not-folder", folder = shown))
        }
        // Another reason (a permission) is said where the file is opened, in the system's words.
        Err(_) => Ok(()),
    }
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
    store::files::ensure_dir(path).map_err(|e| cannot_create_dir(lang, path, &e))?;
    let _lock = WorkbookLock::acquire(path).map_err(|e| i18n::say(lang, &e.message()))?;
    let loaded = load(path, lang, Intent::Write)?;
    match loaded.read_only {
        Some(ReadOnly::NewerVersion(v)) => {
            return Err(tr!(lang, "cli-newer-refused", path = path.display().to_string(), version = v));
        }
        Some(ReadOnly::NotWritable) => return Err(i18n::not_writable(lang, path)),
        _ => {}
    }
    let mut wb = loaded.workbook;
    // The version as opened is a possible common ancestor of a later sync conflict.
    store::versions::keep(path, &wb.saved_by);
    // Conflict files a sync tool left beside it come in first; they go once the result is saved.
    let (incoming, unreadable) = store::sync::incoming(path, &wb, &loaded.seal);
    for unmerged in &unreadable {
        eprintln!("{}", i18n::say(lang, &unmerged.message()));
    }
    if let Some(last) = incoming.last() {
        wb = last.merged.workbook.clone();
    }
    let (out, changed) = change(&mut wb)?;
    if !changed && incoming.is_empty() {
        return Ok(out);
    }
    store::versions::stamp(&mut wb, 0);
    Saver::new(path.to_owned(), loaded.fingerprint).with_seal(loaded.seal).save(&wb).map_err(|e| {
        tr!(lang, "cli-save-failed", path = path.display().to_string(), reason = i18n::say(lang, &e.message()))
    })?;
    store::versions::keep(path, &wb.saved_by);
    for inc in &incoming {
        if store::sync::settle(inc, &wb.saved_by) {
            let file = inc.file.display().to_string();
            let summary = i18n::merging::merge_summary(lang, &inc.merged.report);
            eprintln!("{}", tr!(lang, "cli-synced", file = file, summary = summary));
            for line in i18n::merging::merge_details(lang, &inc.merged.report, &wb) {
                eprintln!("  {line}");
            }
        }
    }
    if let Some((repair, at)) = loaded.id_repair {
        // Said once, on the save that repairs it.
        eprintln!("{}: {}", store::place(path, at), i18n::say(lang, &repair.message()));
    }
    Ok(out)
}

/// A folder for the workbook (or the demo) that could not be made.
pub fn cannot_create_dir(lang: Lang, path: &Path, e: &std::io::Error) -> String {
    tr!(lang, "cli-cannot-create-dir", path = path.display().to_string(), reason = e.to_string())
}

/// A file named on the command line that is not there.
pub fn no_such_file(lang: Lang, path: &Path) -> String {
    tr!(lang, "cli-no-such-file", path = path.display().to_string())
}
