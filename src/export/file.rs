//! Writing a summary to a file: whole or not at all, like the workbook itself (`whole_file`); an
//! existing file keeps its permissions, a new one is the owner's only (0600), since a summary
//! holds names and values.

use std::path::Path;

use crate::whole_file;

/// Writes `text` to `file` whole (through a temporary file and a rename), following a symbolic
/// link to the file it names. A target that is not a plain file (a pipe, a terminal, a device)
/// is written into as it is, since renaming over it would replace it; a folder is refused.
pub fn write(file: &Path, text: &str) -> std::io::Result<()> {
    use std::io::{Error, ErrorKind};
    let target = if file.is_symlink() { std::fs::canonicalize(file)? } else { file.to_path_buf() };
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        return Err(Error::new(ErrorKind::NotFound, "no such folder"));
    }
    match std::fs::metadata(&target) {
        Ok(m) if m.is_dir() => Err(Error::new(ErrorKind::IsADirectory, "a folder")),
        Ok(m) if !m.is_file() => std::fs::write(&target, text.as_bytes()),
        _ => write_whole(&target, text.as_bytes()),
    }
}

fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    whole_file::write_with(path, ".tsunagari-export-", |w| w.write_all(bytes))
}
