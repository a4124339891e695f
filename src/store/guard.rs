//! What an export must never overwrite: the open workbook (by any name: a link, a hard link, a
//! relative path), the files that keep it safe beside it (backups, the lock, conflict copies,
//! a save's temporary file), and any file that reads as a tsunagari workbook. `tsunagari export
//! -o` and the `x` form both ask [`export_target`] before writing.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::{files, format, lock};
use crate::model::Message;

/// Why an export may not go to a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Protected {
    /// It is the workbook itself.
    Workbook,
    /// A backup, the lock, a conflict copy or a temporary file of the workbook.
    Companion,
    /// Another file that reads as a tsunagari workbook (or is an encrypted one).
    OtherWorkbook,
}

impl Protected {
    pub fn message(&self, output: &Path, workbook: &Path) -> Message {
        let what = match self {
            Protected::Workbook => "workbook",
            Protected::Companion => "companion",
            Protected::OtherWorkbook => "other",
        };
        Message::new("store-export-refused").path("output", output).path("workbook", workbook).text("what", what)
    }
}

/// The largest file read to see whether it is a workbook (a bigger one is not a summary anyone
/// would overwrite by accident either, and reading it whole would take long).
const SNIFF_LIMIT: u64 = 64 << 20;

/// `Err` when an export must not be written to `output` while `workbook` is open.
pub fn export_target(output: &Path, workbook: &Path) -> Result<(), Protected> {
    let out_meta = fs::metadata(output).ok();
    if let (Some(o), Ok(w)) = (&out_meta, fs::metadata(workbook))
        && o.dev() == w.dev()
        && o.ino() == w.ino()
    {
        return Err(Protected::Workbook);
    }
    let (out, book) = (real(output), real(workbook));
    if out == book {
        return Err(Protected::Workbook);
    }
    if out.parent() == book.parent() && is_companion(&out, &book) {
        return Err(Protected::Companion);
    }
    if let Some(meta) = out_meta
        && meta.is_file()
        && meta.len() <= SNIFF_LIMIT
        && fs::read(output).is_ok_and(|bytes| super::crypt::is_sealed(&bytes) || format::parse(&bytes).is_ok())
    {
        return Err(Protected::OtherWorkbook);
    }
    Ok(())
}

/// The path with links followed: the file's own when it exists, else its folder's plus the name.
fn real(path: &Path) -> PathBuf {
    if let Ok(p) = fs::canonicalize(path) {
        return p;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    match (absolute.parent().and_then(|d| fs::canonicalize(d).ok()), absolute.file_name()) {
        (Some(dir), Some(name)) => dir.join(name),
        _ => absolute,
    }
}

/// True for the names the store gives files beside `workbook` (both in the same folder).
fn is_companion(candidate: &Path, workbook: &Path) -> bool {
    let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (candidate_name, book_name) = (name(candidate), name(workbook));
    if candidate_name == name(&lock::lock_path(workbook)) {
        return true;
    }
    let temp = files::temp_prefix(workbook);
    if candidate_name.starts_with(&temp) {
        return true;
    }
    let (stem, ext) = files::stem_and_ext(workbook);
    ["backup", "conflict"].iter().any(|tag| {
        candidate_name.starts_with(&format!("{stem}.{tag}-"))
            && candidate_name.ends_with(&ext)
            && candidate_name != book_name
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workbook_and_its_companions_are_protected_by_any_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        let book = dir.path().join("w.ron");
        files::write_atomic(&book, b"(version: 1)").expect("write");
        std::os::unix::fs::symlink(&book, dir.path().join("link.md")).expect("link");
        fs::hard_link(&book, dir.path().join("hard.md")).expect("hard link");
        fs::create_dir(dir.path().join("sub")).expect("mkdir");
        let cases = [
            ("w.ron", Err(Protected::Workbook)),
            ("sub/../w.ron", Err(Protected::Workbook)),
            ("link.md", Err(Protected::Workbook)),
            ("hard.md", Err(Protected::Workbook)),
            ("w.ron.lock", Err(Protected::Companion)),
            ("w.backup-20261127-101010-000.ron", Err(Protected::Companion)),
            ("w.conflict-20261127-101010-000-2.ron", Err(Protected::Companion)),
            (".w.ron.x1y2.tmp", Err(Protected::Companion)),
            ("w.md", Ok(())),
            ("w.backup.md", Ok(())),
            ("sub/w.ron.lock", Ok(())),
        ];
        for (name, want) in cases {
            assert_eq!(export_target(&dir.path().join(name), &book), want, "{name}");
        }
    }

    #[test]
    fn another_file_that_reads_as_a_workbook_is_protected_and_a_summary_is_not() {
        let dir = tempfile::tempdir().expect("tempdir");
        let book = dir.path().join("w.ron");
        let other = dir.path().join("old.txt");
        fs::write(&other, "// a copy\n(version: 1, tags: [(id: 1, name: \"x\")])\n").expect("write");
        assert_eq!(export_target(&other, &book), Err(Protected::OtherWorkbook));
        fs::write(&other, "# 私のつながり\n\n- (version: 1)\n").expect("write");
        assert_eq!(export_target(&other, &book), Ok(()));
    }
}
