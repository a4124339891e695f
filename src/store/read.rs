//! Reading a workbook file in three steps, so that the slow and the interactive parts can be
//! apart: [`read`] takes the bytes from disk, [`FileRead::try_unseal`] decrypts them when they
//! are an age file (scrypt runs here, and a wrong passphrase leaves the bytes for another try),
//! and [`Unsealed::parse`] makes and checks the workbook (on the app's loading thread). The
//! fingerprint is always of the bytes on disk, so the conflict check compares like with like.

use std::io;
use std::path::{Path, PathBuf};

use age::secrecy::zeroize::Zeroizing;

use super::{Fingerprint, LoadError, Loaded, Located, NotAFile, ReadOnly, Seal, crypt, files, format, locate};
use crate::model::CURRENT_VERSION;

/// A workbook file's bytes as they are on disk, not yet decrypted or parsed.
#[derive(Debug)]
pub struct FileRead {
    path: PathBuf,
    /// `None` for a file that does not exist yet.
    disk: Option<Vec<u8>>,
}

/// A file's text, decrypted when it was sealed, ready to parse.
pub struct Unsealed {
    path: PathBuf,
    disk: Option<Vec<u8>>,
    /// The decrypted text of a sealed file (a plain file's text is `disk`).
    decrypted: Option<Zeroizing<Vec<u8>>>,
    seal: Seal,
}

/// Takes the bytes of the workbook at `path`, refusing what is not a regular file.
pub fn read(path: &Path) -> Result<FileRead, LoadError> {
    // Never wait on a pipe or read a device, whoever calls.
    if let Ok(meta) = std::fs::metadata(path)
        && let Some(what) = NotAFile::of(meta.file_type())
    {
        return Err(LoadError::NotAFile { path: path.to_owned(), what });
    }
    match std::fs::read(path) {
        Ok(b) => Ok(FileRead { path: path.to_owned(), disk: Some(b) }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(FileRead { path: path.to_owned(), disk: None }),
        Err(error) => Err(LoadError::Io { path: path.to_owned(), error }),
    }
}

impl FileRead {
    /// True when the file is there and encrypted.
    pub fn is_sealed(&self) -> bool {
        self.disk.as_deref().is_some_and(|b| crypt::looks_sealed(&self.path, b))
    }

    /// True when the file is named `.age` but ends inside age's header (empty, or cut short).
    pub fn is_cut_short(&self) -> bool {
        self.disk.as_deref().is_some_and(|b| crypt::looks_sealed(&self.path, b) && !crypt::is_sealed(b))
    }

    /// True when there is no file yet.
    pub fn is_new(&self) -> bool {
        self.disk.is_none()
    }

    /// Decrypts the file when it is sealed (the scrypt work and the passphrase check happen
    /// here). The workbook is kept the way the file was: a plain file stays plain whatever
    /// `seal` is; a new file takes `seal`.
    pub fn unseal(mut self, seal: &Seal) -> Result<Unsealed, LoadError> {
        self.try_unseal(seal)
    }

    /// [`Self::unseal`] that keeps the bytes when it fails, to try another passphrase.
    pub fn try_unseal(&mut self, seal: &Seal) -> Result<Unsealed, LoadError> {
        let (decrypted, seal) = match self.disk.as_deref() {
            // Named .age and cut short inside age's header: damaged, whatever the passphrase.
            Some(bytes) if crypt::looks_sealed(&self.path, bytes) && !crypt::is_sealed(bytes) => {
                let error = crypt::CryptError::Damaged(format!("{} bytes, shorter than its header", bytes.len()));
                return Err(LoadError::Crypt { path: self.path.clone(), error });
            }
            Some(bytes) if crypt::looks_sealed(&self.path, bytes) => match seal.open(bytes) {
                Ok(crypt::Text::Decrypted(text)) => (Some(text), seal.clone()),
                Ok(crypt::Text::Plain(_)) => (None, Seal::Plain),
                Err(error) => return Err(LoadError::Crypt { path: self.path.clone(), error }),
            },
            Some(_) => (None, Seal::Plain),
            None => (None, seal.clone()),
        };
        Ok(Unsealed { path: self.path.clone(), disk: self.disk.take(), decrypted, seal })
    }
}

impl Unsealed {
    /// How the file is kept (the passphrase that opened it, when it is encrypted).
    pub fn seal(&self) -> &Seal {
        &self.seal
    }

    /// Parses and checks the text.
    pub fn parse(self) -> Result<Loaded, LoadError> {
        let Unsealed { path, disk, decrypted, seal } = self;
        let Some(disk) = disk else {
            return Ok(Loaded { seal, ..Loaded::default() });
        };
        let fingerprint = Some(Fingerprint::of(&disk));
        let bytes: &[u8] = decrypted.as_deref().map_or(&disk, |d| d.as_slice());
        parse_text(&path, bytes, fingerprint, seal)
    }
}

fn parse_text(path: &Path, bytes: &[u8], fingerprint: Option<Fingerprint>, seal: Seal) -> Result<Loaded, LoadError> {
    let parsed = format::parse(bytes).map_err(|error| LoadError::Parse {
        path: path.to_owned(),
        error,
        backup: files::newest_backup(path),
    })?;
    let mut workbook = parsed.workbook;
    let problems = workbook.problems();
    // Only a broken file is read a second time, to say where things are.
    let places = (!problems.is_empty() || parsed.id_repair.is_some()).then(|| {
        locate::places(std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).unwrap_or_default())
    });
    if let Some(places) = places.as_ref().filter(|_| !problems.is_empty()) {
        let at = places.of_problems(&problems);
        let problems = problems.into_iter().zip(at).map(|(problem, at)| Located { problem, at }).collect();
        return Err(LoadError::Invalid { path: path.to_owned(), problems, backup: files::newest_backup(path) });
    }
    // A file without `next_id` (written by hand) simply counts on from its ids; only a counter
    // that is there and wrong is reported.
    let id_repair = parsed.id_repair.and_then(|r| Some((r, Some(places.as_ref().and_then(locate::Places::next_id)?))));
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
    Ok(Loaded {
        workbook,
        fingerprint,
        read_only,
        upgraded_from,
        id_repair,
        emergency: Vec::new(),
        incoming: Vec::new(),
        unmerged: Vec::new(),
        seal,
    })
}
