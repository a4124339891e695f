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
    let loaded = super::load(path, lang, super::Intent::Read)?;
    let wb = &loaded.workbook;
    let lang = o.lang.or(wb.settings.lang).unwrap_or(lang);
    let out = export::document(wb, super::today(), lang, o.format, o.no_names);
    if loaded.seal.is_sealed() {
        // The summary is for reading and printing: it is plain text, whatever the workbook is.
        use std::io::Write;
        let _ = writeln!(std::io::stderr().lock(), "tsunagari: {}", crate::i18n::tr!(lang, "crypt-export-plain"));
    }
    match o.output {
        None => Ok(out.trim_end().to_owned()),
        Some(file) => {
            store::guard::export_target(&file, path).map_err(|p| i18n::say(lang, &p.message(&file, path)))?;
            export::file::write(&file, &out).map_err(|e| i18n::cannot_write(lang, &file, &e))?;
            Ok(crate::export::words::written(lang, &file))
        }
    }
}
