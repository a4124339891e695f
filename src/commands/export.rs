//! `tsunagari export --format markdown|html|text|json [-o FILE] [--no-names]`: the printable
//! summary, to standard output or written atomically to a file (an existing file is replaced
//! whole, never half-written).

use std::path::{Path, PathBuf};

use crate::export::{self, Format};
use crate::i18n::{self, Lang};
use crate::store;

pub struct Options {
    pub format: Format,
    pub output: Option<PathBuf>,
    pub no_names: bool,
    /// `--lang`; otherwise the workbook's language, then the locale's.
    pub lang: Option<Lang>,
}

pub fn export(path: &Path, o: Options, lang: Lang) -> Result<String, String> {
    if !path.exists() {
        return Err(super::no_such_file(lang, path));
    }
    let loaded = store::load(path).map_err(|e| i18n::say(lang, &e.message()))?;
    let wb = &loaded.workbook;
    let lang = o.lang.or(wb.settings.lang).unwrap_or(lang);
    let summary = export::summary(wb, super::today(), lang, o.no_names);
    let out = export::render(o.format, &summary, lang);
    match o.output {
        None => Ok(out.trim_end().to_owned()),
        Some(file) => {
            write(&file, &out).map_err(|e| i18n::cannot_write(lang, &file, &e))?;
            Ok(crate::export::words::written(lang, &file))
        }
    }
}

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
        _ => store::files::write_atomic(&target, text.as_bytes()),
    }
}
