//! Writing a file whole or not at all: a temporary file in the same folder, filled, synced,
//! renamed over the file, and the folder synced, so after a crash the file is either the old or
//! the new version, never a mix. An existing file keeps its permissions; a new one is the
//! owner's only (0600). Used for the workbook and its copies (`store`) and for exports
//! (`export`); it knows nothing of either.

use std::fs::{self, File};
use std::io::{self, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// What the temporary files end with (`store` finds a killed writer's leftovers by it).
pub const TEMP_SUFFIX: &str = ".tmp";

/// The folder a path is in (`.` for a bare file name).
pub fn dir_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Writes what `fill` produces to `path`, whole or not at all; the temporary file's name starts
/// with `temp_prefix`.
pub fn write_with(
    path: &Path,
    temp_prefix: &str,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = dir_of(path);
    let mode = fs::metadata(path).map(|m| m.permissions().mode() & 0o777).unwrap_or(0o600);
    let mut tmp = tempfile::Builder::new()
        .prefix(temp_prefix)
        .suffix(TEMP_SUFFIX)
        .permissions(fs::Permissions::from_mode(mode))
        .tempfile_in(dir)?;
    // The umask trims the mode a file is created with: set it exactly (a 0666 workbook stays
    // 0666; a new file is 0600 whatever the umask).
    tmp.as_file().set_permissions(fs::Permissions::from_mode(mode))?;
    {
        let mut w = io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        fill(&mut w)?;
        w.flush()?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    File::open(dir)?.sync_all()
}
