//! The single-writer lock: an exclusive advisory lock on `<workbook>.lock`, held for as long as
//! the app (or a command-line `add`) has the workbook open. The lock file records the holder's
//! process id so a refused writer can name it. The kernel drops the lock when the process dies,
//! so a crash never leaves the workbook locked.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct WorkbookLock {
    _file: File,
    pub path: PathBuf,
}

#[derive(Debug)]
pub enum LockError {
    /// Another process holds the lock; `holder` is what it wrote (its pid), if readable.
    Held {
        workbook: PathBuf,
        holder: Option<u32>,
    },
    Io {
        lock: PathBuf,
        error: io::Error,
    },
}

impl LockError {
    pub fn message(&self) -> crate::model::Message {
        use crate::model::Message;
        match self {
            LockError::Held { workbook, holder: Some(pid) } => {
                Message::new("store-locked-by").path("path", workbook).number("pid", *pid)
            }
            LockError::Held { workbook, holder: None } => Message::new("store-locked").path("path", workbook),
            LockError::Io { lock, error } => {
                Message::new("store-cannot-lock").path("path", lock).text("reason", error.to_string())
            }
        }
    }
}

pub fn lock_path(workbook: &Path) -> PathBuf {
    let mut name = workbook.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".lock");
    workbook.with_file_name(name)
}

impl WorkbookLock {
    /// Takes the lock or says who holds it. Never waits.
    pub fn acquire(workbook: &Path) -> Result<Self, LockError> {
        let path = lock_path(workbook);
        let io_err = |error| LockError::Io { lock: path.clone(), error };
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .map_err(io_err)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut text = String::new();
                let _ = file.read_to_string(&mut text);
                let holder = text.split_whitespace().next().and_then(|p| p.parse().ok());
                return Err(LockError::Held { workbook: workbook.to_owned(), holder });
            }
            Err(TryLockError::Error(e)) => return Err(io_err(e)),
        }
        file.set_len(0).map_err(io_err)?;
        file.rewind().map_err(io_err)?;
        writeln!(file, "{}", std::process::id()).map_err(io_err)?;
        Ok(Self { _file: file, path })
    }
}

impl Drop for WorkbookLock {
    fn drop(&mut self) {
        // Empty the pid so a stale file names nobody; the lock itself goes with the descriptor.
        let _ = fs::OpenOptions::new().write(true).open(&self.path).and_then(|f| f.set_len(0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_naming_the_holder_and_freed_on_drop() {
        let dir = tempfile::tempdir().expect("tempdir");
        let wb = dir.path().join("w.ron");
        let first = WorkbookLock::acquire(&wb).expect("first");
        match WorkbookLock::acquire(&wb) {
            Err(LockError::Held { holder, .. }) => assert_eq!(holder, Some(std::process::id())),
            other => panic!("expected refusal, got {other:?}"),
        }
        drop(first);
        WorkbookLock::acquire(&wb).expect("free again");
    }
}
