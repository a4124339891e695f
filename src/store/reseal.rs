//! Turning a workbook from plain into encrypted and back (`tsunagari encrypt` and `decrypt`),
//! with every copy of it the store has made: backups and conflict copies beside it, emergency
//! copies in the state directory, the versions kept there for merging (`versions`), and
//! temporary files a killed save left.
//!
//! The workbook's text is carried over byte for byte (comments and hand edits stay), written
//! whole to the new name, read back and compared before anything is removed. Then each copy is
//! converted the same way (written under its new name, then the old one removed); a temporary
//! file is removed. Only when all that is done is the old workbook removed. A copy that cannot
//! be converted is left where it is and named in the report, so nothing is lost silently.
//!
//! The caller holds the lock of both names. Nothing here asks for a passphrase: the seals come
//! in ready.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{Seal, crypt, emergency, files, format, versions};
use crate::model::Message;
use crate::model::message::io_reason;
use crate::whole_file;

/// What a conversion did, for the person to read.
#[derive(Debug, Default)]
pub struct Report {
    /// Backups and conflict copies beside the workbook: (old name, new name).
    pub companions: Vec<(PathBuf, PathBuf)>,
    /// Emergency copies: (old name, new name).
    pub emergency: Vec<(PathBuf, PathBuf)>,
    /// Versions kept for merging, moved to the new name's folder and converted.
    pub kept: usize,
    /// Temporary files of a killed save, removed.
    pub removed: Vec<PathBuf>,
    /// Copies that could not be converted and were left as they are, with why.
    pub failed: Vec<(PathBuf, Message)>,
}

/// Why a workbook was not converted (and nothing was changed).
#[derive(Debug)]
pub enum ResealError {
    /// Reading, writing or removing failed.
    Io { path: PathBuf, error: io::Error },
    /// The workbook could not be opened with the seal given.
    Crypt { path: PathBuf, error: crypt::CryptError },
    /// The workbook's text does not read as a workbook: fix it first (`tsunagari check`).
    NotAWorkbook { path: PathBuf, error: format::ParseError },
    /// The file written did not read back as the text that went in (removed again).
    Verify { path: PathBuf },
    /// Something is already at the new name.
    Exists { path: PathBuf },
}

impl ResealError {
    pub fn message(&self) -> Message {
        match self {
            ResealError::Io { path, error } => {
                Message::new("store-cannot-read").path("path", path).text("reason", error.to_string())
            }
            ResealError::Crypt { path, error } => {
                Message::new("store-cannot-open").path("path", path).message("reason", error.message())
            }
            ResealError::NotAWorkbook { path, error } => {
                Message::new("crypt-not-a-workbook").path("path", path).message("problem", error.message())
            }
            ResealError::Verify { path } => Message::new("crypt-verify-failed").path("path", path),
            ResealError::Exists { path } => Message::new("crypt-exists").path("path", path),
        }
    }
}

/// Converts the workbook at `from` (opened with `from_seal`) into `to` (written through
/// `to_seal`), then its copies, then removes `from`. See the module doc for the order.
pub fn reseal(from: &Path, to: &Path, from_seal: &Seal, to_seal: &Seal) -> Result<Report, ResealError> {
    // Every copy is written anew: each file's key is derived ahead while the one before is written.
    to_seal.prepare();
    if fs::symlink_metadata(to).is_ok() {
        return Err(ResealError::Exists { path: to.to_owned() });
    }
    let bytes = fs::read(from).map_err(io_err(from))?;
    let text = from_seal.open(&bytes).map_err(|error| ResealError::Crypt { path: from.to_owned(), error })?;
    format::parse(&text).map_err(|error| ResealError::NotAWorkbook { path: from.to_owned(), error })?;
    write_through(to, &files::temp_prefix(to), &text, to_seal).map_err(io_err(to))?;
    let back = fs::read(to).map_err(io_err(to))?;
    if to_seal.open(&back).ok().as_deref() != Some(&*text) {
        let _ = fs::remove_file(to);
        return Err(ResealError::Verify { path: to.to_owned() });
    }

    let mut report = Report::default();
    for copy in companions(from) {
        let new = renamed(&copy, to_seal);
        match convert(&copy, &new, from_seal, to_seal) {
            Ok(()) => report.companions.push((copy, new)),
            Err(why) => report.failed.push((copy, why)),
        }
    }
    for copy in emergency::all_copies(from) {
        let converted = fs::read(&copy).map_err(|e| io_reason(&e)).and_then(|bytes| {
            // The first line names the workbook; the copy itself follows it.
            let body = bytes.iter().position(|&b| b == b'\n').map_or(&bytes[..], |end| &bytes[end + 1..]);
            let text = from_seal.open(body).map_err(|e| e.message())?;
            emergency::rewrite(&copy, to, &text, to_seal).map_err(|e| io_reason(&e))
        });
        match converted {
            Ok(new) => report.emergency.push((copy, new)),
            Err(why) => report.failed.push((copy, why)),
        }
    }
    kept_versions(from, to, from_seal, to_seal, &mut report);
    report.removed = leftovers(from);
    for leftover in &report.removed {
        let _ = fs::remove_file(leftover);
    }
    fs::remove_file(from).map_err(io_err(from))?;
    Ok(report)
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> ResealError + '_ {
    move |error| ResealError::Io { path: path.to_owned(), error }
}

/// The versions of `from` kept for merging (`<hash>.ron`, with their vectors `<hash>.vv`) go to
/// the folder of `to`, each text converted; the old folder goes when it is empty.
fn kept_versions(from: &Path, to: &Path, from_seal: &Seal, to_seal: &Seal, report: &mut Report) {
    let (Some(old), Some(new)) = (versions::folder(from), versions::folder(to)) else { return };
    let Ok(entries) = fs::read_dir(&old) else { return };
    let made = {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new().recursive(true).mode(0o700).create(&new)
    };
    if let Err(e) = made {
        report.failed.push((old, io_reason(&e)));
        return;
    }
    for text in entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "ron")) {
        let name = text.file_name().unwrap_or_default();
        let vv = text.with_extension("vv");
        let moved = convert(&text, &new.join(name), from_seal, to_seal).and_then(|()| {
            let vv_name = vv.file_name().unwrap_or_default();
            fs::rename(&vv, new.join(vv_name)).map_err(|e| io_reason(&e))
        });
        match moved {
            Ok(()) => report.kept += 1,
            Err(why) => report.failed.push((text, why)),
        }
    }
    let _ = fs::remove_dir(&old);
}

/// Writes `text` to `path` whole, through `seal`.
fn write_through(path: &Path, temp_prefix: &str, text: &[u8], seal: &Seal) -> io::Result<()> {
    whole_file::write_with(path, temp_prefix, |w| seal.write(w, |w| w.write_all(text)))
}

/// One copy beside the workbook: written under its new name, checked, the old one removed.
fn convert(from: &Path, to: &Path, from_seal: &Seal, to_seal: &Seal) -> Result<(), Message> {
    if fs::symlink_metadata(to).is_ok() {
        return Err(Message::new("crypt-exists").path("path", to));
    }
    let bytes = fs::read(from).map_err(|e| io_reason(&e))?;
    let text = from_seal.open(&bytes).map_err(|e| e.message())?;
    write_through(to, &files::temp_prefix(to), &text, to_seal).map_err(|e| io_reason(&e))?;
    fs::remove_file(from).map_err(|e| io_reason(&e))
}

/// A copy's name once converted: `.age` added when encrypting, taken off when decrypting.
fn renamed(copy: &Path, to_seal: &Seal) -> PathBuf {
    if to_seal.is_sealed() { crypt::sealed_name(copy) } else { crypt::plain_name(copy).unwrap_or_else(|| copy.into()) }
}

/// The backups and conflict copies of the workbook at `path` (`<stem>.backup-…<ext>`,
/// `<stem>.conflict-…<ext>`), oldest name first.
pub fn companions(path: &Path) -> Vec<PathBuf> {
    let (stem, ext) = files::stem_and_ext(path);
    let prefixes = [format!("{stem}.backup-"), format!("{stem}.conflict-")];
    let Ok(entries) = fs::read_dir(files::dir_of(path)) else { return Vec::new() };
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            prefixes.iter().any(|pre| name.starts_with(pre.as_str())) && name.ends_with(&ext) && p.as_path() != path
        })
        .collect();
    found.sort();
    found
}

/// Temporary files a killed save of `path` left.
fn leftovers(path: &Path) -> Vec<PathBuf> {
    let prefix = files::temp_prefix(path);
    let Ok(entries) = fs::read_dir(files::dir_of(path)) else { return Vec::new() };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with(&prefix) && name.ends_with(whole_file::TEMP_SUFFIX)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::secrecy::SecretString;

    fn key(p: &str) -> Seal {
        Seal::passphrase(SecretString::from(p.to_owned()))
    }

    const BOOK: &str = "// hand-written note\n(version: 1, tags: [(id: 1, name: \"秘密のタグ\")], next_id: 2)\n";

    fn contains(bytes: &[u8], needle: &str) -> bool {
        bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
    }

    #[test]
    fn encrypt_then_decrypt_gives_back_the_same_bytes_and_converts_the_copies() {
        let dir = tempfile::tempdir().expect("tempdir");
        let plain = dir.path().join("w.ron");
        let sealed = crypt::sealed_name(&plain);
        fs::write(&plain, BOOK).expect("write");
        let backup = dir.path().join("w.backup-20261124-101010-000.ron");
        let conflict = dir.path().join("w.conflict-20261124-101010-000.ron");
        let other = dir.path().join("x.backup-20261124-101010-000.ron");
        for f in [&backup, &conflict, &other] {
            fs::write(f, BOOK).expect("write");
        }
        fs::write(dir.path().join(".w.ron.abc.tmp"), BOOK).expect("write");
        let seal = key("pass");

        let report = reseal(&plain, &sealed, &Seal::Plain, &seal).expect("encrypt");
        assert!(!plain.exists() && !backup.exists() && !conflict.exists());
        assert_eq!(report.companions.len(), 2, "{report:?}");
        assert_eq!(report.removed.len(), 1);
        assert!(other.exists(), "another workbook's backup is not touched");
        for entry in fs::read_dir(dir.path()).expect("ls").flatten() {
            let bytes = fs::read(entry.path()).expect("read");
            if entry.path() != other {
                assert!(!contains(&bytes, "秘密のタグ"), "{} holds plain text", entry.path().display());
            }
        }
        assert!(crypt::sealed_name(&backup).exists());

        let wrong = reseal(&sealed, &plain, &key("nope"), &Seal::Plain).expect_err("wrong passphrase");
        assert!(matches!(wrong, ResealError::Crypt { error: crypt::CryptError::WrongPassphrase, .. }));
        assert!(sealed.exists() && !plain.exists(), "nothing changed");

        reseal(&sealed, &plain, &seal, &Seal::Plain).expect("decrypt");
        assert_eq!(fs::read_to_string(&plain).expect("read"), BOOK);
        assert_eq!(fs::read_to_string(&backup).expect("backup is back"), BOOK);
        assert!(!sealed.exists());
    }

    #[test]
    fn a_file_that_is_not_a_workbook_is_not_converted() {
        let dir = tempfile::tempdir().expect("tempdir");
        let plain = dir.path().join("w.ron");
        fs::write(&plain, "(version: 1, tags: [").expect("write");
        let err = reseal(&plain, &crypt::sealed_name(&plain), &Seal::Plain, &key("p")).expect_err("broken");
        assert!(matches!(err, ResealError::NotAWorkbook { .. }));
        assert!(plain.exists() && !crypt::sealed_name(&plain).exists());
    }
}
