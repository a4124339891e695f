//! Crash-safe file operations: atomic replace, private permissions, backups and leftovers.
//!
//! A save writes a temporary file in the workbook's directory, syncs it, renames it over the
//! workbook and syncs the directory, so after a crash the file is either the old or the new
//! version, never a mix. Temporary files a killed process left behind are removed by the next
//! writer (which holds the lock, so they cannot belong to a live one).

use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use chrono::Local;

use crate::whole_file;

/// How many backups to keep beside the workbook.
pub const BACKUPS_KEPT: usize = 5;
/// A backup is made only when the newest is older than this: a burst of quick changes (say,
/// twenty `tsunagari add`s from a script) keeps one backup from before the burst instead of
/// pushing every older backup out.
pub const BACKUP_EVERY: std::time::Duration = std::time::Duration::from_secs(10 * 60);

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| "workbook".to_owned(), |n| n.to_string_lossy().into_owned())
}

pub use whole_file::dir_of;

/// Creates the workbook's directory (0700 for new directories).
pub fn ensure_dir(path: &Path) -> io::Result<()> {
    let dir = dir_of(path);
    fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(|e| {
        // A file where the folder should be: say that, not "file exists".
        if e.kind() == io::ErrorKind::AlreadyExists && !dir.is_dir() {
            io::Error::new(io::ErrorKind::NotADirectory, e)
        } else {
            e
        }
    })
}

pub(super) fn temp_prefix(path: &Path) -> String {
    format!(".{}.", file_name(path))
}

use whole_file::TEMP_SUFFIX;

/// Writes `bytes` to `path` atomically, with permissions 0600 for a new file (an existing file
/// keeps its mode).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Like [`write_atomic`], with the content produced by `fill` straight into the temporary file.
pub fn write_atomic_with(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    whole_file::write_with(path, &temp_prefix(path), fill)
}

/// Removes temporary files a killed writer left behind. Call only while holding the lock.
pub fn remove_leftovers(path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(dir_of(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(TEMP_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// A name's stem and extension; an encrypted workbook's `.ron.age` counts as one extension, so
/// its backups are `w.backup-….ron.age` beside `w.ron.age`.
pub(super) fn stem_and_ext(path: &Path) -> (String, String) {
    if let Some(plain) = super::crypt::plain_name(path) {
        let (stem, ext) = stem_and_ext(&plain);
        return (stem, format!("{ext}{}", super::crypt::SUFFIX));
    }
    let stem = path.file_stem().map_or_else(|| "workbook".to_owned(), |s| s.to_string_lossy().into_owned());
    let ext = path.extension().map_or_else(String::new, |e| format!(".{}", e.to_string_lossy()));
    (stem, ext)
}

/// A file beside the workbook named `<stem>.<tag>-<timestamp><ext>` that does not exist yet
/// (`-N` is added, above any existing one, when several are made in the same millisecond).
pub fn sibling(path: &Path, tag: &str) -> PathBuf {
    let (stem, ext) = stem_and_ext(path);
    let stamp = Local::now().format("%Y%m%d-%H%M%S-%3f");
    let dir = dir_of(path);
    let base = format!("{stem}.{tag}-{stamp}");
    let candidate = dir.join(format!("{base}{ext}"));
    if !candidate.exists() {
        return candidate;
    }
    let highest = fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    name.strip_prefix(&format!("{base}-"))?.strip_suffix(&ext)?.parse::<u32>().ok()
                })
                .max()
                .unwrap_or(1)
        })
        .unwrap_or(1);
    dir.join(format!("{base}-{}{ext}", highest + 1))
}

/// Backups of `path`, newest first.
pub fn backups(path: &Path) -> Vec<PathBuf> {
    let (stem, ext) = stem_and_ext(path);
    let prefix = format!("{stem}.backup-");
    let mut found: Vec<PathBuf> = fs::read_dir(dir_of(path))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    let name = file_name(p);
                    name.starts_with(&prefix) && name.ends_with(&ext)
                })
                .collect()
        })
        .unwrap_or_default();
    // Newest first: by timestamp, then by the `-N` suffix of backups made in the same second.
    found.sort_by_key(|p| {
        let name = file_name(p);
        let middle = name[prefix.len()..name.len() - ext.len()].to_owned();
        const STAMP: usize = "20261124-123456-789".len();
        let (stamp, n) = match middle.get(STAMP..).and_then(|s| s.strip_prefix('-')) {
            Some(n) => (middle[..STAMP].to_owned(), n.parse::<u32>().unwrap_or(0)),
            None => (middle, 1),
        };
        std::cmp::Reverse((stamp, n))
    });
    found
}

pub fn newest_backup(path: &Path) -> Option<PathBuf> {
    backups(path).into_iter().next()
}

/// True when the newest backup was made within [`BACKUP_EVERY`]. (The change time of a backup is
/// when it was made, also for a hard link.)
pub fn recent_backup(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Some(newest) = newest_backup(path) else { return false };
    let Ok(meta) = fs::metadata(newest) else { return false };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    now - meta.ctime() < BACKUP_EVERY.as_secs() as i64
}

/// Keeps the current file as a backup and prunes all but the newest [`BACKUPS_KEPT`]. A backup
/// is the owner's only (0600) whatever the workbook's mode: a hard link (which costs no copy, but
/// shares the mode) only when the workbook is itself private, a copy otherwise.
pub fn backup(path: &Path) -> io::Result<Option<PathBuf>> {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = fs::metadata(path) else {
        return Ok(None);
    };
    let target = sibling(path, "backup");
    let private = meta.permissions().mode() & 0o777 == 0o600;
    if !private || fs::hard_link(path, &target).is_err() {
        let bytes = fs::read(path)?;
        write_atomic(&target, &bytes)?;
    }
    for old in backups(path).into_iter().skip(BACKUPS_KEPT) {
        let _ = fs::remove_file(old);
    }
    Ok(Some(target))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn atomic_write_creates_a_private_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron");
        write_atomic(&path, b"one").expect("write");
        write_atomic(&path, b"two").expect("write");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        assert_eq!(fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o600);
        let names: Vec<_> = fs::read_dir(dir.path()).expect("ls").flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn backups_rotate_and_newest_comes_first() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron");
        assert_eq!(backup(&path).expect("nothing to back up"), None);
        for i in 0..(BACKUPS_KEPT + 3) {
            write_atomic(&path, format!("v{i}").as_bytes()).expect("write");
            backup(&path).expect("backup");
        }
        let all = backups(&path);
        assert_eq!(all.len(), BACKUPS_KEPT);
        let newest = fs::read_to_string(&all[0]).expect("read");
        assert_eq!(newest, format!("v{}", BACKUPS_KEPT + 2));
    }

    #[test]
    fn backups_are_private_whatever_the_workbook_is() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron");
        for mode in [0o666, 0o644, 0o600, 0o400] {
            write_atomic(&path, b"v").expect("write");
            fs::set_permissions(&path, fs::Permissions::from_mode(mode)).expect("chmod");
            let backup = backup(&path).expect("backup").expect("made");
            assert_eq!(fs::metadata(&backup).expect("meta").permissions().mode() & 0o777, 0o600, "{mode:o}");
            assert_eq!(fs::metadata(&path).expect("meta").permissions().mode() & 0o777, mode, "workbook kept");
            fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod back");
        }
    }

    #[test]
    fn leftovers_of_a_killed_writer_are_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron");
        fs::write(dir.path().join(".w.ron.abc123.tmp"), b"half").expect("write");
        fs::write(dir.path().join("other.tmp"), b"keep").expect("write");
        remove_leftovers(&path);
        assert!(!dir.path().join(".w.ron.abc123.tmp").exists());
        assert!(dir.path().join("other.tmp").exists());
    }
}
