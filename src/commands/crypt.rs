//! `tsunagari encrypt` and `tsunagari decrypt`: the workbook (and every copy the store made of
//! it) from plain RON into an age file encrypted to a passphrase, and back. The passphrase is
//! asked here (`passphrase`); the files are converted by `store::reseal`, which carries the text
//! over byte for byte and removes the old files only after the new ones read back right.

use std::path::{Path, PathBuf};

use super::passphrase::{self, Purpose};
use crate::i18n::{self, Lang, tr};
use crate::store::{self, Seal, WorkbookLock, crypt, reseal::Report};

/// `tsunagari encrypt`: the workbook named by `--file` (or the default) into `….age`.
pub fn encrypt_given(flag: Option<PathBuf>, lang: Lang) -> Result<String, String> {
    not_a_link(flag.as_deref(), lang)?;
    encrypt(&super::workbook_path(flag, lang)?, lang)
}

/// `tsunagari decrypt`: the encrypted workbook named by `--file` (or the default) back to RON.
pub fn decrypt_given(flag: Option<PathBuf>, lang: Lang) -> Result<String, String> {
    not_a_link(flag.as_deref(), lang)?;
    decrypt(&super::workbook_path(flag, lang)?, lang)
}

/// A workbook reached through a symbolic link is refused: the file it points at is replaced by
/// one with another name, and the link would be left pointing at nothing.
fn not_a_link(flag: Option<&Path>, lang: Lang) -> Result<(), String> {
    let Some(given) = flag.map(Path::to_path_buf).or_else(store::default_path) else { return Ok(()) };
    let given = match super::workbook_path(Some(given.clone()), lang) {
        // The name as the person gave it, or its encrypted twin that it stands for.
        Ok(_) if std::fs::symlink_metadata(&given).is_err() => crypt::sealed_name(&given),
        _ => given,
    };
    match std::fs::symlink_metadata(&given) {
        Ok(meta) if meta.file_type().is_symlink() => {
            let target = std::fs::canonicalize(&given).unwrap_or_else(|_| given.clone());
            Err(tr!(lang, "crypt-link", link = shown(&given), target = shown(&target)))
        }
        _ => Ok(()),
    }
}

/// Encrypts the workbook at `path` into `path.age`.
pub fn encrypt(path: &Path, lang: Lang) -> Result<String, String> {
    if crypt::file_is_sealed(path) || crypt::named_sealed(path) {
        return Err(tr!(lang, "crypt-already", path = path.display().to_string()));
    }
    if !path.exists() {
        return Err(super::no_such_file(lang, path));
    }
    let to = crypt::sealed_name(path);
    let _locks = lock_both(path, &to, lang)?;
    let asked = passphrase::ask(lang, &to, Purpose::New)?;
    let seal = Seal::passphrase(asked.secret);
    let report = store::reseal::reseal(path, &to, &Seal::Plain, &seal).map_err(|e| i18n::say(lang, &e.message()))?;
    let mut lines = vec![tr!(lang, "crypt-encrypted", from = shown(path), to = shown(&to))];
    lines.extend(report_lines(lang, &report, true));
    lines.push(tr!(lang, "crypt-remember").to_owned());
    finish(lines, &report)
}

/// Decrypts the workbook at `path` (`….age`) into the name without `.age`.
pub fn decrypt(path: &Path, lang: Lang) -> Result<String, String> {
    if !path.exists() {
        return Err(super::no_such_file(lang, path));
    }
    if !crypt::file_is_sealed(path) {
        return Err(tr!(lang, "crypt-not-encrypted", path = shown(path)));
    }
    let to = crypt::plain_name(path).ok_or_else(|| tr!(lang, "crypt-no-plain-name", path = shown(path)))?;
    let _locks = lock_both(path, &to, lang)?;
    let read = store::read(path).map_err(|e| i18n::say(lang, &e.message()))?;
    let seal = super::unlock(read, path, lang, super::Intent::Read)?.seal().clone();
    let report = store::reseal::reseal(path, &to, &seal, &Seal::Plain).map_err(|e| i18n::say(lang, &e.message()))?;
    let mut lines = vec![tr!(lang, "crypt-decrypted", from = shown(path), to = shown(&to))];
    lines.extend(report_lines(lang, &report, false));
    finish(lines, &report)
}

/// Both names are locked: neither the app nor a command may be at either while the files move.
fn lock_both(a: &Path, b: &Path, lang: Lang) -> Result<BothLocked, String> {
    let lock = |p: &Path| WorkbookLock::acquire(p).map_err(|e| i18n::say(lang, &e.message()));
    Ok(BothLocked { _locks: [lock(a)?, lock(b)?], names: [a.to_owned(), b.to_owned()] })
}

/// The two locks, held until dropped. Dropping removes the lock file of a name that holds no
/// workbook when done (the old name after a conversion, the new one after a failed one) while
/// still holding it, so nobody waits on it to find a file there, and no stray lock is left.
struct BothLocked {
    _locks: [WorkbookLock; 2],
    names: [std::path::PathBuf; 2],
}

impl Drop for BothLocked {
    fn drop(&mut self) {
        for name in &self.names {
            if !name.exists() {
                let _ = std::fs::remove_file(crate::store::lock::lock_path(name));
            }
        }
    }
}

fn shown(p: &Path) -> String {
    p.display().to_string()
}

/// One line per kind of copy converted, and one per copy that could not be.
fn report_lines(lang: Lang, report: &Report, encrypting: bool) -> Vec<String> {
    let mode = if encrypting { "encrypted" } else { "decrypted" };
    let mut lines = Vec::new();
    if !report.companions.is_empty() {
        lines.push(tr!(lang, "crypt-companions", count = report.companions.len(), mode = mode));
    }
    if !report.emergency.is_empty() {
        lines.push(tr!(lang, "crypt-emergency", count = report.emergency.len(), mode = mode));
    }
    if report.kept > 0 {
        lines.push(tr!(lang, "crypt-kept", count = report.kept, mode = mode));
    }
    if !report.removed.is_empty() {
        lines.push(tr!(lang, "crypt-leftovers", count = report.removed.len()));
    }
    for (path, why) in &report.failed {
        lines.push(tr!(lang, "crypt-copy-failed", path = shown(path), reason = i18n::say(lang, why)));
    }
    lines
}

/// The report; a failure (exit status 1) when some copy was left unconverted.
fn finish(lines: Vec<String>, report: &Report) -> Result<String, String> {
    let text = lines.join("\n");
    if report.failed.is_empty() { Ok(text) } else { Err(text) }
}
