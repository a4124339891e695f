//! Emergency copies: when the workbook cannot be saved on the way out (a full disk, a folder
//! that became read-only, a removed drive), what was not saved is written to a file of its own,
//! so quitting never drops it. The next start on that workbook finds the copy and offers to
//! bring it back.
//!
//! A copy goes to `emergency/` in the state directory (`$XDG_STATE_HOME/tsunagari`, usually
//! `~/.local/state/tsunagari`), or, when that cannot be written, in the data directory
//! (`$XDG_DATA_HOME/tsunagari`). It is named `<workbook name>-<date>-<time>-<pid>.ron`, is the
//! owner's only (0600, in a 0700 folder), and is a complete workbook file: it opens with `--file`
//! like any other. Its first line names the workbook it belongs to, which is how it is found.
//! The copy of an encrypted workbook is encrypted to the same passphrase (`….ron.age`): only
//! that first line, the workbook's path, is in the clear before the age file.
//! Brought back (or set aside), it is renamed `….ron.restored` and never offered again.

use std::fs;
use std::io::{self, Read};
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, Local};

use super::{Seal, crypt, format};
use crate::model::Workbook;
use crate::whole_file;

/// What the first line of a copy starts with; the workbook's path follows, quoted.
const MARK: &str = "// tsunagari emergency copy of: ";

/// An emergency copy found for a workbook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmergencyCopy {
    pub path: PathBuf,
    /// When it was written.
    pub written: DateTime<Local>,
}

/// The folders a copy may go to, in the order they are tried.
pub fn folders() -> Vec<PathBuf> {
    let Some(dirs) = directories::ProjectDirs::from("", "", "tsunagari") else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = dirs.state_dir().map(|d| d.join("emergency")).into_iter().collect();
    out.push(dirs.data_dir().join("emergency"));
    out
}

/// How a workbook is named in a copy's first line: its absolute path, quoted and escaped, so any
/// name (even one with a line break) fits on one line and compares exactly.
fn mark_of(workbook: &Path) -> String {
    let absolute = std::path::absolute(workbook).unwrap_or_else(|_| workbook.to_owned());
    format!("{MARK}{absolute:?}")
}

/// Writes `wb` as an emergency copy of `workbook` into the first folder that takes it, through
/// `seal` (the workbook's own). `Err` lists every folder tried and why it failed.
pub fn write(workbook: &Path, wb: &Workbook, seal: &Seal) -> Result<PathBuf, Vec<(PathBuf, io::Error)>> {
    write_in(&folders(), workbook, wb, seal)
}

/// [`write`] into given folders (tests).
pub fn write_in(
    folders: &[PathBuf],
    workbook: &Path,
    wb: &Workbook,
    seal: &Seal,
) -> Result<PathBuf, Vec<(PathBuf, io::Error)>> {
    let plain = crypt::plain_name(workbook).unwrap_or_else(|| workbook.to_owned());
    let stem = plain.file_stem().map_or_else(|| "workbook".into(), |s| s.to_string_lossy().into_owned());
    let ext = if seal.is_sealed() { ".ron.age" } else { ".ron" };
    let name = format!("{stem}-{}-{}{ext}", Local::now().format("%Y%m%d-%H%M%S-%3f"), std::process::id());
    let mut failed = Vec::new();
    for folder in folders {
        let path = folder.join(&name);
        let written = fs::DirBuilder::new().recursive(true).mode(0o700).create(folder).and_then(|()| {
            whole_file::write_with(&path, ".tsunagari-emergency-", |w| {
                writeln!(w, "{}", mark_of(workbook))?;
                seal.write(w, |w| format::write_to(wb, w))
            })
        });
        match written {
            Ok(()) => return Ok(path),
            Err(e) => failed.push((folder.clone(), e)),
        }
    }
    if folders.is_empty() {
        failed.push((PathBuf::new(), io::Error::new(io::ErrorKind::NotFound, "no home directory")));
    }
    Err(failed)
}

/// The copies waiting for `workbook`, newest first.
pub fn find(workbook: &Path) -> Vec<EmergencyCopy> {
    find_in(&folders(), workbook)
}

/// [`find`] in given folders (tests).
pub fn find_in(folders: &[PathBuf], workbook: &Path) -> Vec<EmergencyCopy> {
    let mut marks = vec![mark_of(workbook)];
    if let Ok(real) = fs::canonicalize(workbook) {
        marks.push(mark_of(&real));
    }
    let mut found: Vec<(SystemTime, EmergencyCopy)> = Vec::new();
    for folder in folders {
        let Ok(entries) = fs::read_dir(folder) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if !is_copy_name(&path) {
                continue;
            }
            if marks.iter().any(|m| first_line(&path).as_deref() == Some(m.as_str()))
                && let Ok(modified) = entry.metadata().and_then(|m| m.modified())
            {
                found.push((modified, EmergencyCopy { path, written: modified.into() }));
            }
        }
    }
    found.sort_by_key(|(t, _)| std::cmp::Reverse(*t));
    found.into_iter().map(|(_, c)| c).collect()
}

/// True for the names copies get (`….ron`, or `….ron.age` when encrypted).
fn is_copy_name(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name.ends_with(".ron") || name.ends_with(".ron.age")
}

/// Every copy that names `workbook` in its first line, waiting or settled (`.restored`), in
/// every folder copies go to: what `encrypt` and `decrypt` must convert along with it.
pub fn all_copies(workbook: &Path) -> Vec<PathBuf> {
    all_copies_in(&folders(), workbook)
}

/// [`all_copies`] in given folders (tests).
pub fn all_copies_in(folders: &[PathBuf], workbook: &Path) -> Vec<PathBuf> {
    let mut marks = vec![mark_of(workbook)];
    if let Ok(real) = fs::canonicalize(workbook) {
        marks.push(mark_of(&real));
    }
    let mut found = Vec::new();
    for folder in folders {
        let Ok(entries) = fs::read_dir(folder) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if marks.iter().any(|m| first_line(&path).as_deref() == Some(m.as_str())) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Writes `copy` (an emergency copy, maybe settled) anew for `workbook` through `seal`, with
/// `text` as its content: its first line names `workbook`, and its name ends as `seal` wants
/// (`.ron` or `.ron.age`, before any `.restored`). The old file is removed once the new one is
/// written. Returns the new name.
pub fn rewrite(copy: &Path, workbook: &Path, text: &[u8], seal: &Seal) -> io::Result<PathBuf> {
    let name = copy.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let (base, restored) = match name.strip_suffix(".restored") {
        Some(b) => (b.to_owned(), ".restored"),
        None => (name.clone(), ""),
    };
    let base = base.strip_suffix(crypt::SUFFIX).unwrap_or(&base);
    let ext = if seal.is_sealed() { crypt::SUFFIX } else { "" };
    let to = copy.with_file_name(format!("{base}{ext}{restored}"));
    whole_file::write_with(&to, ".tsunagari-emergency-", |w| {
        writeln!(w, "{}", mark_of(workbook))?;
        seal.write(w, |w| w.write_all(text))
    })?;
    if to != copy {
        fs::remove_file(copy)?;
    }
    Ok(to)
}

/// The first line of a file, read without reading the whole file.
fn first_line(path: &Path) -> Option<String> {
    let mut head = Vec::with_capacity(1024);
    fs::File::open(path).ok()?.take(8192).read_to_end(&mut head).ok()?;
    let end = head.iter().position(|&b| b == b'\n')?;
    String::from_utf8(head[..end].to_vec()).ok()
}

/// Marks a copy as dealt with (brought back or set aside): it keeps its content under
/// `….ron.restored` and is not offered again.
pub fn settle(copy: &Path) -> io::Result<PathBuf> {
    let mut name = copy.file_name().unwrap_or_default().to_os_string();
    name.push(".restored");
    let to = copy.with_file_name(name);
    fs::rename(copy, &to)?;
    Ok(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Tag, TagId, Text};
    use std::os::unix::fs::PermissionsExt;

    fn tagged(name: &str) -> Workbook {
        let mut wb = Workbook::default();
        wb.tags.put(Tag { id: TagId(1), name: Text::from(name), ..Default::default() });
        let _ = wb.normalise();
        wb
    }

    #[test]
    fn a_copy_goes_to_the_first_folder_that_takes_it_and_is_found_for_its_workbook_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        let blocked = dir.path().join("state");
        fs::write(&blocked, b"a file where a folder should be").expect("write");
        let data = dir.path().join("data/emergency");
        let folders = [blocked.join("emergency"), data.clone()];
        let book = dir.path().join("odd\nname.ron");
        let copy = write_in(&folders, &book, &tagged("救出"), &Seal::Plain).expect("written");
        assert_eq!(copy.parent(), Some(data.as_path()));
        assert_eq!(fs::metadata(&copy).expect("meta").permissions().mode() & 0o777, 0o600);
        assert_eq!(fs::metadata(&data).expect("meta").permissions().mode() & 0o777, 0o700);
        let bytes = fs::read(&copy).expect("read");
        assert_eq!(format::parse(&bytes).expect("a workbook file").workbook, tagged("救出"));
        let found = find_in(&folders, &book);
        assert_eq!(found.iter().map(|c| &c.path).collect::<Vec<_>>(), vec![&copy]);
        assert!(find_in(&folders, &dir.path().join("other.ron")).is_empty());
        let settled = settle(&copy).expect("settle");
        assert!(settled.exists() && !copy.exists());
        assert!(find_in(&folders, &book).is_empty(), "a settled copy is not offered again");
    }

    #[test]
    fn with_no_folder_that_takes_it_every_failure_is_told() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("f");
        fs::write(&file, b"x").expect("write");
        let folders = [file.join("a"), file.join("b")];
        let failed =
            write_in(&folders, &dir.path().join("w.ron"), &tagged("x"), &Seal::Plain).expect_err("nowhere to write");
        assert_eq!(failed.iter().map(|(f, _)| f.clone()).collect::<Vec<_>>(), folders.to_vec());
    }
}
