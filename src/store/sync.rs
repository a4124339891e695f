//! Conflict files that sync tools (and tsunagari itself) leave beside the workbook, found when it
//! opens and merged into it record by record (`model::merge`) against the two copies' last
//! common ancestor (`versions::ancestor`), or, when none is known, as a union that deletes
//! nothing.
//!
//! Names recognised, for a workbook `NAME.ron`:
//!
//! - Syncthing: `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICEID.ron`
//! - Dropbox: `NAME (X's conflicted copy YYYY-MM-DD).ron` (and its numbered variants)
//! - Nextcloud and ownCloud: `NAME (conflicted copy YYYY-MM-DD HHMMSS).ron`
//! - tsunagari: `NAME.conflict-YYYYMMDD-HHMMSS-mmm.ron` (a save that found the file changed)
//!
//! For an encrypted workbook `NAME.ron.age` the same names end `.ron.age`, and the tools that
//! put their mark before the last extension (`NAME.ron.sync-conflict-….age`) are found too; the
//! files are opened with the workbook's seal.
//!
//! Nothing here writes: the caller saves the merged workbook, and only then calls [`settle`] to
//! remove the file that was merged.

use std::path::{Path, PathBuf};

use crate::model::merge::{self, Merged};
use crate::model::{Message, Workbook};

use super::files::{dir_of, stem_and_ext};
use super::versions;

/// Whether `name` is a conflict file of the workbook whose file name is `stem` + `ext`.
pub fn is_conflict_name(name: &str, stem: &str, ext: &str) -> bool {
    let Some(middle) = name.strip_prefix(stem).and_then(|rest| rest.strip_suffix(ext)) else {
        return false;
    };
    // A backup of a conflict file (made if someone worked on it with --file) is not another one.
    let marked = middle.starts_with(".sync-conflict-")
        || middle.starts_with(".conflict-")
        || (middle.starts_with(" (") && middle.contains("conflicted copy"));
    marked && !middle.contains(".backup-")
}

/// The conflict files beside `workbook`, oldest name first (so merging is the same every time).
pub fn conflict_files(workbook: &Path) -> Vec<PathBuf> {
    let (stem, ext) = stem_and_ext(workbook);
    // `w.ron.age`: Syncthing and Dropbox mark `w.ron` before the last extension, `.age`.
    let before_age = super::crypt::plain_name(workbook)
        .and_then(|plain| Some(plain.file_name()?.to_string_lossy().into_owned()))
        .map(|plain| (plain, super::crypt::SUFFIX.to_owned()));
    let is_conflict = |name: &str| {
        is_conflict_name(name, &stem, &ext) || before_age.as_ref().is_some_and(|(s, e)| is_conflict_name(name, s, e))
    };
    let Ok(entries) = std::fs::read_dir(dir_of(workbook)) else { return Vec::new() };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| is_conflict(&e.file_name().to_string_lossy()))
        .map(|e| e.path())
        .collect();
    out.sort();
    out
}

/// One conflict file merged in.
#[derive(Debug)]
pub struct Incoming {
    pub file: PathBuf,
    /// The versions the file holds: once the saved workbook dominates them, it may go.
    pub theirs: crate::model::Versions,
    pub merged: Merged,
    /// Merged before (the workbook already includes every save of it): nothing to apply, only
    /// the file to remove once the workbook is saved.
    pub already_in: bool,
}

/// A conflict file that was not merged, and why: it stays where it is, nothing taken from it.
#[derive(Debug)]
pub struct Unmerged {
    pub file: PathBuf,
    pub why: Message,
}

impl Unmerged {
    /// The whole sentence: why (naming the file), and that it was left alone.
    pub fn message(&self) -> Message {
        Message::new("sync-unmerged").message("reason", self.why.clone())
    }
}

/// Merges every conflict file beside `workbook` into `ours`, one after another (each merge
/// starts from the one before). A file that cannot be read (damaged, another passphrase, a
/// newer format), or whose merge would not be a sound workbook, is left alone and said as
/// [`Unmerged`]. The files, and the kept ancestors, are opened with the workbook's `seal`.
pub fn incoming(workbook: &Path, ours: &Workbook, seal: &super::Seal) -> (Vec<Incoming>, Vec<Unmerged>) {
    let mut done = Vec::new();
    let mut failed = Vec::new();
    let mut current = ours.clone();
    for file in conflict_files(workbook) {
        let theirs = match super::load_with(&file, seal) {
            // Merging it here would drop what this build does not know.
            Ok(super::Loaded { read_only: Some(super::ReadOnly::NewerVersion(version)), .. }) => {
                let why = Message::new("sync-unmerged-newer").path("file", &file).number("version", version);
                failed.push(Unmerged { file, why });
                continue;
            }
            Ok(l) => l.workbook,
            Err(super::LoadError::Crypt { error: super::crypt::CryptError::WrongPassphrase, .. }) => {
                failed.push(Unmerged { why: Message::new("sync-unmerged-passphrase").path("file", &file), file });
                continue;
            }
            Err(e) => {
                failed.push(Unmerged { file, why: e.reason() });
                continue;
            }
        };
        // Already in (merged before, then the app was killed before it could remove the file):
        // nothing to merge again, only the file to remove once saved.
        if !theirs.saved_by.is_empty() && current.saved_by.dominates(&theirs.saved_by) {
            let merged = Merged { workbook: current.clone(), report: merge::Report::default() };
            done.push(Incoming { file, theirs: theirs.saved_by, merged, already_in: true });
            continue;
        }
        let merged = match versions::ancestor(workbook, &current.saved_by, &theirs.saved_by, seal) {
            Some(base) => merge::merge(&base, &current, &theirs),
            None => merge::union(&current, &theirs),
        };
        if let Some(problem) = merged.workbook.problems().first() {
            let why = Message::new("sync-unmerged-broken").path("file", &file).message("problem", problem.message());
            failed.push(Unmerged { file, why });
            continue;
        }
        current = merged.workbook.clone();
        done.push(Incoming { file, theirs: theirs.saved_by, merged, already_in: false });
    }
    (done, failed)
}

/// Removes a merged conflict file once the workbook that includes it is saved (`saved`: the
/// version vector of what was saved). Returns whether it went.
pub fn settle(incoming: &Incoming, saved: &crate::model::Versions) -> bool {
    saved.dominates(&incoming.theirs) && std::fs::remove_file(&incoming.file).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_of_every_tool_are_known() {
        let yes = [
            "workbook.sync-conflict-20261124-101010-ABCDEFG.ron",
            "workbook (Mika's conflicted copy 2026-11-24).ron",
            "workbook (Mika's conflicted copy 2026-11-24) (1).ron",
            "workbook (conflicted copy 2026-11-24 101010).ron",
            "workbook.conflict-20261124-101010-123.ron",
        ];
        for name in yes {
            assert!(is_conflict_name(name, "workbook", ".ron"), "{name}");
        }
        let no = [
            "workbook.ron",
            "workbook.backup-20261124-101010-123.ron",
            "other.sync-conflict-20261124-101010-ABCDEFG.ron",
            "workbook.sync-conflict-20261124-101010-ABCDEFG.ron.tmp",
            "workbook (copy).ron",
            "workbook.sync-conflict-20261124-101010-ABCDEFG.backup-20261128-003913-692.ron",
        ];
        for name in no {
            assert!(!is_conflict_name(name, "workbook", ".ron"), "{name}");
        }
    }
}
