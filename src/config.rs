//! The config file: the user's own defaults for every workbook, read once at start and patched
//! over the built-in ones. It lives in the platform config directory (`config.ron` there; see
//! [`default_path`]), or wherever `--config`/`TSUNAGARI_CONFIG` says.
//!
//! ```ron
//! (
//!     lang: Some(En),            // the language to start in (the L key still switches)
//!     mouse: Some(false),        // start with the mouse off (M still switches)
//!     ascii_borders: Some(true), // ASCII borders (B still switches)
//!     theme: (accent: "magenta", selected_bg: "#005f87", dim: "245"),
//!     keys: { "add": ["A"], "form.save": ["Ctrl-w"] },
//! )
//! ```
//!
//! Order at start: the command line, then this file, then what the workbook remembers, then the
//! locale. A file that cannot be read is reported (file, line, column, what to do) and the
//! defaults are used; the app still opens. This module reads the file and parses it; what the
//! parts mean lives with their users (the key overrides with `app::keymap`, the colours with
//! `ui::theme`), and what went wrong is said by `Problem::message` (this module knows no words).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use ratatui::style::Color;
use serde::Deserialize;

use crate::model::{Lang, Message};

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub lang: Option<Lang>,
    pub mouse: Option<bool>,
    pub ascii_borders: Option<bool>,
    pub theme: ThemeConfig,
    pub keys: BTreeMap<String, Vec<String>>,
}

/// Colours by role, as names (`cyan`, `lightblue`), `#rrggbb` or a 256-colour index.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ThemeConfig {
    pub text: Option<String>,
    pub title: Option<String>,
    pub accent: Option<String>,
    pub selected_fg: Option<String>,
    pub selected_bg: Option<String>,
    pub header: Option<String>,
    pub dim: Option<String>,
    pub warn: Option<String>,
    pub error: Option<String>,
    pub good: Option<String>,
}

/// The colours that were given and could be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Colors {
    pub text: Option<Color>,
    pub title: Option<Color>,
    pub accent: Option<Color>,
    pub selected_fg: Option<Color>,
    pub selected_bg: Option<Color>,
    pub header: Option<Color>,
    pub dim: Option<Color>,
    pub warn: Option<Color>,
    pub error: Option<Color>,
    pub good: Option<Color>,
}

/// Something in the config file that was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is there but could not be read or parsed: nothing of it is used.
    Unreadable {
        path: PathBuf,
        at: Option<(usize, usize)>,
        reason: Message,
    },
    BadColor {
        role: &'static str,
        value: String,
    },
}

impl Problem {
    pub fn message(&self) -> Message {
        match self {
            Problem::Unreadable { path, at, reason } => Message::new("config-unreadable")
                .path("path", path)
                .text("at", at.map_or_else(String::new, |(l, c)| format!(":{l}:{c}")))
                .message("reason", reason.clone()),
            Problem::BadColor { role, value } => {
                Message::new("config-bad-color").text("role", *role).text("value", value.clone())
            }
        }
    }
}

/// What the app takes from the config file (the key overrides stay in `config.keys`, for the
/// app's key table).
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    pub config: Config,
    pub colors: Colors,
    pub problems: Vec<Problem>,
}

/// `config.ron` in the platform config directory.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "tsunagari").map(|d| d.config_dir().join("config.ron"))
}

/// The config file named on the command line (or in `TSUNAGARI_CONFIG`), else the default one.
/// A named file that is missing is reported; a missing default file is simply the defaults.
pub fn load_given(given: Option<&Path>) -> Loaded {
    match given {
        Some(path) => read(path, true),
        None => default_path().map_or_else(Loaded::default, |p| read(&p, false)),
    }
}

/// Reads the config file at `path`; a missing file is simply the defaults.
pub fn load(path: Option<&Path>) -> Loaded {
    path.map_or_else(Loaded::default, |p| read(p, false))
}

fn read(path: &Path, named: bool) -> Loaded {
    match std::fs::read(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => Loaded::default(),
        Err(e) => unreadable(path, None, Message::new("config-reason").text("reason", e.to_string())),
        Ok(bytes) => match String::from_utf8(bytes) {
            Err(_) => unreadable(path, None, Message::new("config-not-utf8")),
            Ok(text) => match parse(&text) {
                Ok(config) => resolve(config),
                Err((at, message)) => unreadable(path, at, Message::new("config-reason").text("reason", message)),
            },
        },
    }
}

fn unreadable(path: &Path, at: Option<(usize, usize)>, reason: Message) -> Loaded {
    Loaded { problems: vec![Problem::Unreadable { path: path.to_owned(), at, reason }], ..Loaded::default() }
}

/// Parses the text of a config file; errors carry the line and column.
pub fn parse(text: &str) -> Result<Config, (Option<(usize, usize)>, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // An empty file (or one with only comments) is a config that changes nothing.
    if text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with("//")) {
        return Ok(Config::default());
    }
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str::<Config>(text)
        .map_err(|e| (Some((e.span.start.line, e.span.start.col)), e.code.to_string()))
}

/// Turns a parsed config into colours, collecting what could not be used.
pub fn resolve(config: Config) -> Loaded {
    let mut problems: Vec<Problem> = Vec::new();
    let t = &config.theme;
    let mut color = |role: &'static str, value: &Option<String>| -> Option<Color> {
        let value = value.as_ref()?;
        match Color::from_str(value.trim()) {
            Ok(c) => Some(c),
            Err(_) => {
                problems.push(Problem::BadColor { role, value: value.clone() });
                None
            }
        }
    };
    let colors = Colors {
        text: color("text", &t.text),
        title: color("title", &t.title),
        accent: color("accent", &t.accent),
        selected_fg: color("selected_fg", &t.selected_fg),
        selected_bg: color("selected_bg", &t.selected_bg),
        header: color("header", &t.header),
        dim: color("dim", &t.dim),
        warn: color("warn", &t.warn),
        error: color("error", &t.error),
        good: color("good", &t.good),
    };
    Loaded { config, colors, problems }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_config_is_read_with_or_without_some() {
        let text = r##"(
            lang: En,
            mouse: Some(false),
            theme: (accent: "magenta", selected_bg: "#005f87", dim: "245"),
            keys: { "add": ["A"] },
        )"##;
        let loaded = resolve(parse(text).unwrap());
        assert_eq!(loaded.config.lang, Some(Lang::En));
        assert_eq!(loaded.config.mouse, Some(false));
        assert_eq!(loaded.colors.accent, Some(Color::Magenta));
        assert_eq!(loaded.colors.selected_bg, Some(Color::Rgb(0, 0x5f, 0x87)));
        assert_eq!(loaded.colors.dim, Some(Color::Indexed(245)));
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    }

    #[test]
    fn mistakes_are_located_or_named_and_the_rest_still_applies() {
        let (at, message) = parse("(\n  mouse: Some(false),\n  colour: 3,\n)").unwrap_err();
        assert_eq!(at, Some((3, 3)));
        assert!(message.contains("colour"), "{message}");
        let loaded = resolve(parse(r#"(theme: (accent: "octarine"), keys: { "add": ["A"], "fly": ["x"] })"#).unwrap());
        assert_eq!(loaded.colors.accent, None);
        assert_eq!(loaded.problems, vec![Problem::BadColor { role: "accent", value: "octarine".into() }]);
        assert_eq!(loaded.config.keys.len(), 2, "the key overrides are the key table's to read");
    }

    #[test]
    fn a_missing_file_is_the_defaults_and_a_broken_one_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let loaded = load(Some(&dir.path().join("none.ron")));
        assert!(loaded.problems.is_empty() && loaded.config == Config::default());
        let named = load_given(Some(&dir.path().join("none.ron")));
        assert!(matches!(&named.problems[..], [Problem::Unreadable { at: None, .. }]), "a file named but missing");
        assert!(load_given(Some(Path::new("/dev/null"))).problems.is_empty(), "an empty file changes nothing");
        let path = dir.path().join("config.ron");
        std::fs::write(&path, "(lang: Ja,").unwrap();
        let loaded = load(Some(&path));
        assert!(matches!(&loaded.problems[..], [Problem::Unreadable { at: Some(_), .. }]), "{:?}", loaded.problems);
        std::fs::write(&path, b"\xff\xfe(").unwrap();
        assert!(matches!(&load(Some(&path)).problems[..], [Problem::Unreadable { at: None, .. }]));
        std::fs::write(&path, "\u{feff}(lang: Ja)").unwrap();
        assert_eq!(load(Some(&path)).config.lang, Some(Lang::Ja), "a BOM is fine");
    }
}
