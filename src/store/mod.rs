//! Storage: the workbook as one RON file.
//!
//! `load` reads and checks a file and remembers its [`Fingerprint`]; `Saver::save` refuses to
//! overwrite a file that changed on disk since (writing a conflict copy instead), keeps a backup
//! of the previous version on its first save, and replaces the file atomically. The lock in
//! [`lock`] keeps a second writer out. Nothing here knows about the screen.

pub mod files;
pub mod format;
pub mod lock;

use std::hash::{DefaultHasher, Hasher};
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::model::{CURRENT_VERSION, Message, Problem, Workbook};

pub use format::ParseError;
pub use lock::{LockError, WorkbookLock};

/// The default workbook path in the platform data directory.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "tsunagari").map(|d| d.data_dir().join("workbook.ron"))
}

/// What the file looked like when we last read or wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    pub len: u64,
    pub modified: Option<SystemTime>,
    pub hash: u64,
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

impl Fingerprint {
    fn of(path: &Path, bytes: &[u8]) -> Self {
        let meta = std::fs::metadata(path).ok();
        Self { len: bytes.len() as u64, modified: meta.and_then(|m| m.modified().ok()), hash: hash_bytes(bytes) }
    }

    /// True when the file at `path` still holds what this fingerprint describes. Only reads the
    /// file when its size or time differ (a touch without change is not a conflict).
    fn still_matches(&self, path: &Path) -> bool {
        let Ok(meta) = std::fs::metadata(path) else {
            return false;
        };
        if meta.len() == self.len && meta.modified().ok() == self.modified {
            return true;
        }
        std::fs::read(path).is_ok_and(|b| hash_bytes(&b) == self.hash)
    }
}

/// Why a workbook opens read-only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Written by a newer tsunagari: saving could drop what this build does not know.
    NewerVersion(u32),
    /// The file changed on disk while open; our version went to a conflict copy.
    ChangedOnDisk,
    /// The file's permissions forbid writing (someone made it read-only on purpose).
    NotWritable,
}

#[derive(Debug)]
pub struct Loaded {
    pub workbook: Workbook,
    /// `None` for a file that does not exist yet.
    pub fingerprint: Option<Fingerprint>,
    /// The older version the file was written in; it is saved in the current one (the first
    /// save keeps the original as a backup).
    pub upgraded_from: Option<u32>,
    pub read_only: Option<ReadOnly>,
}

#[derive(Debug)]
pub enum LoadError {
    Io { path: PathBuf, error: io::Error },
    Parse { path: PathBuf, error: ParseError, backup: Option<PathBuf> },
    Invalid { path: PathBuf, problems: Vec<Problem>, backup: Option<PathBuf> },
}

impl LoadError {
    /// What went wrong, where, and what is still safe (the file was not changed).
    pub fn message(&self) -> Message {
        match self {
            LoadError::Io { path, error } => {
                Message::new("store-cannot-read").path("path", path).text("reason", error.to_string())
            }
            LoadError::Parse { path, error, backup } => Message::new("store-parse")
                .path("path", path)
                .message("problem", error.message())
                .message("backup", backup_hint(backup.as_deref())),
            LoadError::Invalid { path, problems, backup } => Message::new("store-invalid")
                .path("path", path)
                .message(
                    "problem",
                    problems.first().map_or_else(|| Message::new("store-no-problems"), Problem::message),
                )
                .number("more", problems.len().saturating_sub(1))
                .message("backup", backup_hint(backup.as_deref())),
        }
    }
}

/// Where the newest backup is, after a file that could not be read (which was left as it was).
fn backup_hint(backup: Option<&Path>) -> Message {
    match backup {
        Some(b) => Message::new("store-backup").path("path", b),
        None => Message::new("store-no-backup"),
    }
}

/// Reads the workbook at `path`. A missing file is a new, empty workbook.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Ok(Loaded {
                workbook: Workbook::default(),
                fingerprint: None,
                read_only: None,
                upgraded_from: None,
            });
        }
        Err(error) => {
            return Err(LoadError::Io { path: path.to_owned(), error });
        }
    };
    let parsed = format::parse(&bytes).map_err(|error| LoadError::Parse {
        path: path.to_owned(),
        error,
        backup: files::newest_backup(path),
    })?;
    let mut workbook = parsed.workbook;
    let problems = workbook.problems();
    if !problems.is_empty() {
        return Err(LoadError::Invalid { path: path.to_owned(), problems, backup: files::newest_backup(path) });
    }
    let not_writable = std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly());
    let read_only = if parsed.version > CURRENT_VERSION {
        Some(ReadOnly::NewerVersion(parsed.version))
    } else if not_writable {
        Some(ReadOnly::NotWritable)
    } else {
        None
    };
    if read_only.is_none() {
        workbook.version = CURRENT_VERSION;
    }
    let upgraded_from = (parsed.version < CURRENT_VERSION).then_some(parsed.version);
    Ok(Loaded { workbook, fingerprint: Some(Fingerprint::of(path, &bytes)), read_only, upgraded_from })
}

#[derive(Debug)]
pub enum SaveError {
    /// The file changed on disk since we read it; our version went to `copy`.
    Conflict {
        copy: PathBuf,
    },
    Io(io::Error),
    Format(ron::Error),
}

impl SaveError {
    pub fn message(&self) -> Message {
        match self {
            SaveError::Conflict { copy } => Message::new("store-conflict").path("copy", copy),
            SaveError::Io(e) => Message::new("store-cannot-save").text("reason", e.to_string()),
            SaveError::Format(e) => Message::new("store-cannot-save").text("reason", e.to_string()),
        }
    }
}

impl From<io::Error> for SaveError {
    fn from(e: io::Error) -> Self {
        SaveError::Io(e)
    }
}

/// Saves one workbook file, session after session: knows what is on disk, and backs the old
/// file up once, before its first write.
#[derive(Debug)]
pub struct Saver {
    pub path: PathBuf,
    pub fingerprint: Option<Fingerprint>,
    backed_up: bool,
}

impl Saver {
    pub fn new(path: PathBuf, fingerprint: Option<Fingerprint>) -> Self {
        Self { path, fingerprint, backed_up: false }
    }

    /// Saves `wb`: refuses to overwrite outside changes (writing a conflict copy instead),
    /// keeps a backup before the session's first write, and replaces the file atomically. The
    /// text is streamed into the temporary file and hashed on the way for the next check.
    pub fn save(&mut self, wb: &Workbook) -> Result<(), SaveError> {
        let path = &self.path;
        let changed_outside = match &self.fingerprint {
            Some(fp) => path.exists() && !fp.still_matches(path),
            // We started from nothing: someone else created the file meanwhile.
            None => path.exists(),
        };
        if changed_outside {
            let copy = files::sibling(path, "conflict");
            files::write_atomic_with(&copy, |w| format::write_to(wb, w))?;
            return Err(SaveError::Conflict { copy });
        }
        files::ensure_dir(path)?;
        if !self.backed_up {
            files::remove_leftovers(path);
            if !files::recent_backup(path) {
                files::backup(path)?;
            }
            self.backed_up = true;
        }
        let mut hasher = DefaultHasher::new();
        let mut len = 0u64;
        files::write_atomic_with(path, |w| {
            // Buffer before hashing: ron writes in tiny pieces, and hashing likes big ones.
            let hashing = HashingWriter { inner: w, hasher: &mut hasher, len: &mut len };
            let mut buffered = io::BufWriter::with_capacity(1 << 16, hashing);
            format::write_to(wb, &mut buffered)?;
            io::Write::flush(&mut buffered)
        })?;
        let modified = std::fs::metadata(path).ok().and_then(|m| m.modified().ok());
        self.fingerprint = Some(Fingerprint { len, modified, hash: hasher.finish() });
        Ok(())
    }
}

/// Passes bytes through and hashes them (the same hash as [`hash_bytes`] of the whole).
struct HashingWriter<'a> {
    inner: &'a mut dyn io::Write,
    hasher: &'a mut DefaultHasher,
    len: &'a mut u64,
}

impl io::Write for HashingWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.write(&buf[..n]);
        *self.len += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Tag, TagId, Text};

    fn tagged(name: &str) -> Workbook {
        let mut wb = Workbook::default();
        wb.tags.put(Tag { id: TagId(1), name: Text::from(name), ..Default::default() });
        wb.normalise();
        wb
    }

    #[test]
    fn the_streamed_hash_is_the_hash_of_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron");
        let mut saver = Saver::new(path.clone(), None);
        saver.save(&crate::model::sample::workbook(500, 2, chrono::NaiveDate::MIN)).expect("save");
        let bytes = std::fs::read(&path).expect("read");
        let fp = saver.fingerprint.clone().expect("fingerprint");
        assert_eq!(fp.len, bytes.len() as u64);
        assert_eq!(fp.hash, hash_bytes(&bytes));
    }

    #[test]
    fn save_then_load_gives_back_the_workbook() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sub/w.ron");
        let loaded = load(&path).expect("missing is new");
        assert!(loaded.fingerprint.is_none());
        let mut saver = Saver::new(path.clone(), None);
        saver.save(&tagged("繋がり")).expect("save");
        let back = load(&path).expect("load");
        assert_eq!(back.workbook, tagged("繋がり"));
        assert_eq!(back.read_only, None);
    }

    #[test]
    fn an_outside_change_is_never_overwritten() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron");
        let mut saver = Saver::new(path.clone(), None);
        saver.save(&tagged("a")).expect("save");
        let outside = format::to_text(&tagged("from another machine")).expect("text");
        std::fs::write(&path, &outside).expect("outside write");
        let Err(SaveError::Conflict { copy }) = saver.save(&tagged("mine")) else {
            panic!("expected a conflict");
        };
        assert_eq!(std::fs::read_to_string(&path).expect("read"), outside);
        assert_eq!(load(&copy).expect("copy loads").workbook, tagged("mine"));
    }

    #[test]
    fn a_touch_without_change_is_not_a_conflict() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron");
        let mut saver = Saver::new(path.clone(), None);
        saver.save(&tagged("a")).expect("save");
        let same = std::fs::read(&path).expect("read");
        std::fs::write(&path, same).expect("rewrite same bytes");
        saver.save(&tagged("b")).expect("no conflict");
    }

    #[test]
    fn the_first_save_of_a_session_keeps_a_backup() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron");
        Saver::new(path.clone(), None).save(&tagged("old")).expect("save");
        let fp = load(&path).expect("load").fingerprint;
        let mut saver = Saver::new(path.clone(), fp);
        saver.save(&tagged("new")).expect("save");
        saver.save(&tagged("newer")).expect("save");
        let backups = files::backups(&path);
        assert_eq!(backups.len(), 1);
        assert_eq!(load(&backups[0]).expect("backup loads").workbook, tagged("old"));
    }

    #[test]
    fn a_broken_file_names_its_position_and_the_backup() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron");
        Saver::new(path.clone(), None).save(&tagged("x")).expect("save");
        let fp = load(&path).expect("load").fingerprint;
        Saver::new(path.clone(), fp).save(&tagged("y")).expect("save makes a backup");
        std::fs::write(&path, "(version: 1, tags: [(id: 1, name: \"x\"").expect("damage");
        let err = load(&path).expect_err("must fail");
        match err {
            LoadError::Parse { path: p, error: ParseError::Syntax { at, .. }, backup: Some(b) } => {
                assert_eq!((p, at.line), (path.clone(), 1));
                assert!(b.exists(), "the backup it names is there");
            }
            other => panic!("{other:?}"),
        }
    }
}
