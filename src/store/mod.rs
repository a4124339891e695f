//! Storage: the workbook as one RON file.
//!
//! `load` reads and checks a file and remembers its [`Fingerprint`]; `Saver::save` refuses to
//! overwrite a file that changed on disk since (writing a conflict copy instead), keeps a backup
//! of the previous version on its first save, and replaces the file atomically. The lock in
//! [`lock`] keeps a second writer out. Nothing here knows about the screen.
//!
//! Bytes pass [`crypt`] on their way in and out: [`read`] takes the file's bytes, [`FileRead::
//! unseal`] decrypts them when they are an age file (the slow part, scrypt, happens there, so a
//! caller can ask for the passphrase again), and [`FileRead::parse`] makes the workbook of the
//! text. [`load`] does all three for a plain file. A [`Saver`] writes through its [`Seal`].

pub mod crypt;
pub mod emergency;
pub mod files;
pub mod format;
pub mod guard;
pub mod locate;
pub mod lock;
mod read;
pub mod reseal;
pub mod sync;
pub mod versions;

use std::hash::{DefaultHasher, Hasher};
use std::io;
use std::path::{Path, PathBuf};

use crate::model::{IdRepair, Message, Problem, Workbook};

pub use crypt::{CryptError, Seal};
pub use format::{Location, ParseError};
pub use lock::{LockError, WorkbookLock};
pub use read::{FileRead, Unsealed, read};

/// The default workbook path in the platform data directory.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "tsunagari").map(|d| d.data_dir().join("workbook.ron"))
}

/// What the file looked like when we last read or wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    pub len: u64,
    /// A hash of the bytes.
    pub hash: u64,
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

impl Fingerprint {
    fn of(bytes: &[u8]) -> Self {
        Self { len: bytes.len() as u64, hash: hash_bytes(bytes) }
    }

    /// True when the file at `path` still holds what this fingerprint describes. The size is
    /// the first look (a different size is a change, no read needed); otherwise the bytes are
    /// read and hashed, because `touch -r`, `cp -p` and `rsync -t` keep size and time while
    /// changing the content, and a touch without change is not a conflict.
    fn still_matches(&self, path: &Path) -> bool {
        let Ok(meta) = std::fs::metadata(path) else {
            return false;
        };
        if meta.len() != self.len {
            return false;
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

#[derive(Debug, Default)]
pub struct Loaded {
    pub workbook: Workbook,
    /// `None` for a file that does not exist yet.
    pub fingerprint: Option<Fingerprint>,
    /// The older version the file was written in; it is saved in the current one (the first
    /// save keeps the original as a backup).
    pub upgraded_from: Option<u32>,
    pub read_only: Option<ReadOnly>,
    /// The file's id counter did not exceed every id: ids go on past the largest, and the next
    /// save writes the repaired counter. With where `next_id` is in the file.
    pub id_repair: Option<(IdRepair, Option<Location>)>,
    /// Emergency copies waiting for this workbook, newest first (filled by whoever opens it for
    /// a person: see `emergency::find`).
    pub emergency: Vec<emergency::EmergencyCopy>,
    /// Conflict files beside it, merged in (filled by whoever opens it for a person: see
    /// `sync::incoming`).
    pub incoming: Vec<sync::Incoming>,
    /// Conflict files beside it that could not be merged, and why (they stay where they are).
    pub unmerged: Vec<sync::Unmerged>,
    /// How the file is kept (plain, or encrypted to the passphrase that opened it): every save
    /// and copy of this workbook is written the same way.
    pub seal: Seal,
}

/// A problem in a file, with where in the file it is (when the scanner found it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub problem: Problem,
    pub at: Option<Location>,
}

/// `PATH:LINE:COLUMN`, or `PATH` where no position is known: how `check` and every load error
/// name a place in a file.
pub fn place(path: &Path, at: Option<Location>) -> String {
    match at {
        Some(at) => format!("{}:{at}", path.display()),
        None => path.display().to_string(),
    }
}

/// What a path that is not a regular file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAFile {
    Directory,
    /// A named pipe (FIFO): reading it would wait for a writer forever.
    Pipe,
    Socket,
    Device,
}

impl NotAFile {
    fn of(t: std::fs::FileType) -> Option<Self> {
        use std::os::unix::fs::FileTypeExt;
        if t.is_file() {
            None
        } else if t.is_dir() {
            Some(Self::Directory)
        } else if t.is_fifo() {
            Some(Self::Pipe)
        } else if t.is_socket() {
            Some(Self::Socket)
        } else {
            Some(Self::Device)
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Directory => "directory",
            Self::Pipe => "pipe",
            Self::Socket => "socket",
            Self::Device => "device",
        }
    }
}

#[derive(Debug)]
pub enum LoadError {
    Io {
        path: PathBuf,
        error: io::Error,
    },
    /// The path names a directory, a pipe, a socket or a device: refused before anything is
    /// read or created.
    NotAFile {
        path: PathBuf,
        what: NotAFile,
    },
    /// A symbolic link whose target does not exist (a workbook moved or a synced folder not
    /// mounted): refused, so a new empty workbook does not take the missing one's place.
    DanglingLink {
        link: PathBuf,
        target: PathBuf,
    },
    Parse {
        path: PathBuf,
        error: ParseError,
        backup: Option<PathBuf>,
    },
    Invalid {
        path: PathBuf,
        problems: Vec<Located>,
        backup: Option<PathBuf>,
    },
    /// An encrypted file that could not be opened (no passphrase, a wrong one, damage). The
    /// file is left as it was.
    Crypt {
        path: PathBuf,
        error: CryptError,
    },
}

impl LoadError {
    /// True for a passphrase that does not open the file (worth asking again).
    pub fn is_wrong_passphrase(&self) -> bool {
        matches!(self, LoadError::Crypt { error: CryptError::WrongPassphrase, .. })
    }
}

impl LoadError {
    /// What went wrong, where, and what is still safe (the file was not changed).
    pub fn message(&self) -> Message {
        match self {
            LoadError::Io { path, error } => {
                Message::new("store-cannot-read").path("path", path).text("reason", error.to_string())
            }
            LoadError::NotAFile { path, what } => {
                Message::new("store-not-a-file").path("path", path).text("what", what.name())
            }
            LoadError::DanglingLink { link, target } => {
                Message::new("store-dangling-link").path("link", link).path("target", target)
            }
            LoadError::Parse { path, error, backup } => Message::new("store-parse")
                .path("path", path)
                .message("problem", error.message())
                .message("backup", backup_hint(backup.as_deref())),
            LoadError::Invalid { path, problems, backup } => Message::new("store-invalid")
                .text("place", place(path, problems.first().and_then(|p| p.at)))
                .message(
                    "problem",
                    problems.first().map_or_else(|| Message::new("store-no-problems"), |p| p.problem.message()),
                )
                .number("more", problems.len().saturating_sub(1))
                .message("backup", backup_hint(backup.as_deref())),
            LoadError::Crypt { path, error } => {
                Message::new("store-cannot-open").path("path", path).message("reason", error.message())
            }
        }
    }
}

impl LoadError {
    /// What was wrong, without the words about the workbook's backups: for a file that is not
    /// the workbook (a conflict file), whose backups are not kept.
    pub fn reason(&self) -> Message {
        match self {
            LoadError::Parse { path, error, .. } => Message::new("store-parse")
                .path("path", path)
                .message("problem", error.message())
                .message("backup", Message::new("store-no-hint")),
            LoadError::Invalid { path, problems, .. } => Message::new("store-invalid")
                .text("place", place(path, problems.first().and_then(|p| p.at)))
                .message(
                    "problem",
                    problems.first().map_or_else(|| Message::new("store-no-problems"), |p| p.problem.message()),
                )
                .number("more", problems.len().saturating_sub(1))
                .message("backup", Message::new("store-no-hint")),
            other => other.message(),
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

/// The file a workbook path stands for, checked before anything is read, locked or created:
/// a symbolic link is followed to its target (saves, backups, the lock and conflict copies then
/// live beside the target, and the link stays), a link to nothing is an error naming the missing
/// target, and anything but a regular file (a directory, a pipe, a socket, a device) is refused.
/// A path where nothing is yet is a new workbook.
pub fn resolve(path: &Path) -> Result<PathBuf, LoadError> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(path.to_owned()),
        Err(error) => return Err(LoadError::Io { path: path.to_owned(), error }),
    };
    let target = if meta.file_type().is_symlink() {
        match std::fs::canonicalize(path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let target = std::fs::read_link(path).unwrap_or_default();
                let target = match path.parent() {
                    Some(dir) if !dir.as_os_str().is_empty() => dir.join(target),
                    _ => target,
                };
                return Err(LoadError::DanglingLink { link: path.to_owned(), target });
            }
            Err(error) => return Err(LoadError::Io { path: path.to_owned(), error }),
        }
    } else {
        path.to_owned()
    };
    let meta = std::fs::metadata(&target).map_err(|error| LoadError::Io { path: target.clone(), error })?;
    match NotAFile::of(meta.file_type()) {
        Some(what) => Err(LoadError::NotAFile { path: path.to_owned(), what }),
        None => Ok(target),
    }
}

/// Reads the workbook at `path` (as [`resolve`] gave it). A missing file is a new, empty
/// workbook; an encrypted one is [`LoadError::Crypt`] (see [`load_with`]).
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    load_with(path, &Seal::Plain)
}

/// [`load`] with a seal to open an encrypted file (a plain file opens with any).
pub fn load_with(path: &Path, seal: &Seal) -> Result<Loaded, LoadError> {
    read(path)?.unseal(seal)?.parse()
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
            SaveError::Io(e) => {
                Message::new("store-cannot-save").message("reason", crate::model::message::io_reason(e))
            }
            SaveError::Format(e) => Message::new("store-cannot-save").text("reason", e.to_string()),
        }
    }
}

impl SaveError {
    /// Why, without "cannot save" around it.
    pub fn reason(&self) -> Message {
        match self {
            SaveError::Io(e) => crate::model::message::io_reason(e),
            SaveError::Format(e) => Message::new("io-other").text("reason", e.to_string()),
            SaveError::Conflict { .. } => self.message(),
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
pub struct Saver {
    pub path: PathBuf,
    pub fingerprint: Option<Fingerprint>,
    backed_up: bool,
    fault: Option<Fault>,
    /// How every file this saver writes is kept (the workbook and its conflict copies).
    seal: Seal,
}

/// A seam for tests: asked before every write of the workbook; an `Err` fails the save as a
/// full disk or a lost folder would.
pub type Fault = std::sync::Arc<dyn Fn(&Path) -> io::Result<()> + Send + Sync>;

impl std::fmt::Debug for Saver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Saver").field("path", &self.path).field("fingerprint", &self.fingerprint).finish()
    }
}

impl Saver {
    pub fn new(path: PathBuf, fingerprint: Option<Fingerprint>) -> Self {
        Self { path, fingerprint, backed_up: false, fault: None, seal: Seal::Plain }
    }

    /// Writes through `seal` (encrypted when it holds a passphrase).
    /// (Whoever knows the workbook will be written calls `Seal::prepare`, so each save finds its
    /// key derived ahead: the commands when they open it to change it, the app unless the
    /// workbook is read-only.)
    pub fn with_seal(mut self, seal: Seal) -> Self {
        self.seal = seal;
        self
    }

    /// Fails writes whenever `fault` says so (tests).
    pub fn with_fault(mut self, fault: Option<Fault>) -> Self {
        self.fault = fault;
        self
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
            let seal = &self.seal;
            files::write_atomic_with(&copy, |w| seal.write(w, |w| format::write_to(wb, w)))?;
            return Err(SaveError::Conflict { copy });
        }
        if let Some(fault) = &self.fault {
            fault(path)?;
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
        let seal = &self.seal;
        files::write_atomic_with(path, |w| {
            // The hash is of the bytes on disk (encrypted when sealed). Buffer before hashing
            // and sealing: ron writes in tiny pieces, and both like big ones.
            let mut hashing = HashingWriter { inner: w, hasher: &mut hasher, len: &mut len };
            seal.write(&mut hashing, |sealed| {
                let mut buffered = io::BufWriter::with_capacity(1 << 16, sealed);
                format::write_to(wb, &mut buffered)?;
                io::Write::flush(&mut buffered)
            })
        })?;
        self.fingerprint = Some(Fingerprint { len, hash: hasher.finish() });
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
    fn an_outside_change_that_keeps_size_and_time_is_seen() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron");
        let mut saver = Saver::new(path.clone(), None);
        saver.save(&tagged("aaaa")).expect("save");
        let before = std::fs::metadata(&path).expect("meta");
        let outside = format::to_text(&tagged("bbbb")).expect("text");
        assert_eq!(outside.len() as u64, before.len(), "same size on purpose");
        std::fs::write(&path, &outside).expect("outside write");
        // What `touch -r`, `cp -p` and `rsync -t` do: put the old time back.
        let file = std::fs::File::options().write(true).open(&path).expect("open");
        file.set_modified(before.modified().expect("mtime")).expect("set mtime");
        drop(file);
        assert_eq!(std::fs::metadata(&path).expect("meta").modified().ok(), before.modified().ok());
        let Err(SaveError::Conflict { copy }) = saver.save(&tagged("mine")) else {
            panic!("a change with the same size and time must be a conflict");
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
