//! `x`: the export form (format, where to, names left out or not) and writing the summary.
//! The file goes to the documents folder by default; the status line says where it went, and a
//! path that cannot be written is marked on the form with the reason.

use std::path::PathBuf;

use strum::IntoEnumIterator;

use super::App;
use super::form::{Field, FieldKind, FieldName, Form, FormTarget, Key};
use crate::export::{self, Format, words};
use crate::i18n::tr;

/// The folder a summary goes to unless another is typed: documents, else home, else here.
fn default_dir() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(PathBuf::from).or_else(|| Some(u.home_dir().to_path_buf())))
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The formats in the order the form offers them (the printable page first).
fn formats() -> Vec<Format> {
    let mut all: Vec<Format> = Format::iter().collect();
    all.sort_by_key(|f| *f != Format::Html);
    all
}

/// The export form's fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Format,
    Path,
    NoNames,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

impl App {
    pub(super) fn open_export_form(&mut self) {
        let lang = self.lang;
        let file = default_dir().join(default_name(self.today, Format::Html));
        let fields = vec![
            Field::new(
                F::Format,
                words::format(lang),
                FieldKind::Choice(formats().into_iter().map(|f| words::format_name(lang, f).to_owned()).collect()),
            ),
            Field::new(F::Path, words::save_to(lang), FieldKind::Line).text(&file.display().to_string()).required(),
            Field::new(F::NoNames, words::no_names(lang), FieldKind::Toggle),
        ];
        self.form = Some(Form::new(FormTarget::Export, fields));
    }

    /// Ctrl-s on the export form. The path is checked before anything is written: its
    /// extension must agree with the format, a folder gets the usual file name inside it, and an
    /// existing file is replaced only on a second Ctrl-s.
    pub(super) fn save_export(&mut self, form: Form) {
        let lang = self.lang;
        let format = chosen_format(&form);
        let raw = form.field(F::Path).map(Field::value).unwrap_or_default();
        let refuse = |form: Form, why: String| {
            let mut form = form;
            if let Some(f) = form.field_mut(F::Path) {
                f.error = Some(why);
            }
            Some(form)
        };
        if raw.trim().is_empty() {
            self.form = refuse(form, tr!(lang, "required").to_owned());
            return;
        }
        let mut path = expand_home(raw.trim());
        if path.is_dir() {
            path = path.join(default_name(self.today, format));
        }
        match path.extension().and_then(|e| e.to_str()) {
            None => {
                path.set_extension(format.extension());
            }
            Some(ext) if ext != format.extension() && Format::iter().any(|f| f.extension() == ext) => {
                self.form = refuse(form, words::extension_mismatch(lang, ext, words::format_name(lang, format)));
                return;
            }
            Some(_) => {}
        }
        let path = std::path::absolute(&path).unwrap_or(path);
        if let Err(p) = crate::store::guard::export_target(&path, &self.session.path) {
            self.form = refuse(form, crate::i18n::say(lang, &p.message(&path, &self.session.path)));
            return;
        }
        if path.is_file() && self.export_confirmed.as_ref() != Some(&path) {
            self.form = refuse(form, words::replace_asks(lang).to_owned());
            self.export_confirmed = Some(path);
            return;
        }
        self.export_confirmed = None;
        let no_names = form.field(F::NoNames).is_some_and(|f| f.on);
        let out = export::document(&self.session.wb, self.today, lang, format, no_names);
        match export::file::write(&path, &out) {
            // The summary is plain text even from an encrypted workbook: said in the same line.
            Ok(()) if self.session.seal.is_sealed() => {
                self.message = Some(format!("{} {}", words::written(lang, &path), tr!(lang, "crypt-export-plain")));
            }
            Ok(()) => self.message = Some(words::written(lang, &path)),
            Err(e) => self.form = refuse(form, crate::i18n::cannot_write(lang, &path, &e)),
        }
    }

    /// After a key in the export form: a new format changes the extension shown in the path.
    pub(super) fn follow_export_format(&mut self, format_field_had_focus: bool) {
        let Some(form) = self.form.as_mut().filter(|f| f.target == FormTarget::Export) else { return };
        if !format_field_had_focus {
            return;
        }
        let format = chosen_format(form);
        let Some(field) = form.field_mut(F::Path) else { return };
        let mut path = PathBuf::from(field.value());
        let ours =
            path.extension().and_then(|e| e.to_str()).is_some_and(|e| Format::iter().any(|f| f.extension() == e));
        if ours && path.extension().is_some_and(|e| e != format.extension()) {
            path.set_extension(format.extension());
            *field = field.clone().text(&path.display().to_string());
        }
    }
}

/// The export form's title.
pub fn form_title(lang: crate::i18n::Lang) -> &'static str {
    words::form_title(lang)
}

/// The format the form's first field has chosen.
fn chosen_format(form: &Form) -> Format {
    let at = form.field(F::Format).map_or(0, |f| f.choice);
    formats().get(at).copied().unwrap_or(Format::Html)
}

fn default_name(today: chrono::NaiveDate, format: Format) -> String {
    format!("tsunagari-{}.{}", today.format("%Y-%m-%d"), format.extension())
}

/// `~/x` as the home folder's `x`.
fn expand_home(raw: &str) -> PathBuf {
    match (raw.strip_prefix("~/"), directories::UserDirs::new()) {
        (Some(rest), Some(u)) => u.home_dir().join(rest),
        _ => PathBuf::from(raw),
    }
}
