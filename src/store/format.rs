//! The workbook's text format: RON with a comment header and `version` as the first field.
//!
//! Strings are written unescaped (raw strings where they hold `"` or `\`): the model has already
//! removed every control character (see `model::text`), so this is safe, keeps Japanese and
//! multi-line notes readable in the file, and is several times faster than ron's default
//! per-character escaping (figures in BENCHMARKS.md).

use std::fmt;

use ron::ser::PrettyConfig;

use crate::model::{CURRENT_VERSION, IdRepair, Workbook};

const HEADER: &str = "// tsunagari workbook: your loose ties, communities, outputs, invitations and assets.\n\
// You may edit this file by hand; run `tsunagari check` afterwards.\n";

fn pretty() -> PrettyConfig {
    PrettyConfig::new().indentor("  ").escape_strings(false).depth_limit(3)
}

/// Writes the workbook file's text to `w` as it is produced (saving never holds the whole text
/// in memory beside the workbook).
pub fn write_to<W: std::io::Write>(wb: &Workbook, mut w: W) -> std::io::Result<()> {
    w.write_all(HEADER.as_bytes())?;
    ron::Options::default().to_io_writer_pretty(&mut w, wb, pretty()).map_err(std::io::Error::other)?;
    w.write_all(b"\n")
}

/// The text of a workbook file.
pub fn to_text(wb: &Workbook) -> Result<String, ron::Error> {
    let body = ron::ser::to_string_pretty(wb, pretty())?;
    let mut out = String::with_capacity(HEADER.len() + body.len() + 1);
    out.push_str(HEADER);
    out.push_str(&body);
    out.push('\n');
    Ok(out)
}

/// Where in the file something went wrong (1-based, columns in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// The bytes are not UTF-8.
    NotUtf8(Location),
    /// RON syntax or a field that does not fit the schema.
    Syntax { at: Location, message: String },
    /// Written by a newer tsunagari, and this build cannot read it without losing fields.
    TooNew { version: u32, at: Location, message: String },
}

impl ParseError {
    pub fn message(&self) -> crate::model::Message {
        use crate::model::Message;
        match self {
            ParseError::NotUtf8(at) => Message::new("store-not-utf8").text("at", at.to_string()),
            ParseError::Syntax { at, message } => {
                Message::new("store-syntax").text("at", at.to_string()).text("detail", message.clone())
            }
            ParseError::TooNew { version, at, message } => Message::new("store-too-new")
                .text("at", at.to_string())
                .number("version", *version)
                .number("current", CURRENT_VERSION)
                .text("detail", message.clone()),
        }
    }
}

/// A parsed file: the workbook, and the version it declared.
pub struct Parsed {
    pub workbook: Workbook,
    pub version: u32,
    /// The id counter, when the file's did not exceed every id (see `Workbook::normalise`).
    pub id_repair: Option<IdRepair>,
}

/// Parses a workbook file's bytes. A UTF-8 byte-order mark is accepted; older versions are
/// migrated; a newer version parses if it can be read without dropping anything (the caller opens
/// it read-only).
pub fn parse(bytes: &[u8]) -> Result<Parsed, ParseError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| ParseError::NotUtf8(location_of_byte(bytes, e.valid_up_to())))?;
    // A file without `version` (written by hand before the field existed) is version 0.
    let version = declared_version(text).unwrap_or(0);
    match read_version(text, version) {
        Ok(mut workbook) => {
            let id_repair = workbook.normalise();
            if version < CURRENT_VERSION {
                workbook.version = CURRENT_VERSION;
            }
            Ok(Parsed { workbook, version, id_repair })
        }
        Err(e) => {
            let at = Location { line: e.span.start.line, column: e.span.start.col };
            let message = e.code.to_string();
            if version > CURRENT_VERSION {
                Err(ParseError::TooNew { version, at, message })
            } else {
                Err(ParseError::Syntax { at, message })
            }
        }
    }
}

/// Reads the text of a given version into the current model. Migrations are typed: when the
/// schema changes, the old version's types are kept (frozen) in a module of their own, parsed
/// here, and converted up one version at a time. ron's untyped `Value` cannot carry enum
/// variant names, so rewriting an untyped tree is not an option.
///
/// - version 0: a workbook written by hand before the `version` field existed; it has version
///   1's schema.
/// - version 1: current.
/// - newer: read with the current types; the caller opens it read-only, and a field this build
///   does not know is an error (never dropped).
fn read_version(text: &str, _version: u32) -> Result<Workbook, ron::error::SpannedError> {
    // Every version so far (0 and 1) shares one schema; a v2 would add its arm here.
    ron::Options::default().from_str(text)
}

/// Line and column (in characters) of a byte offset, for files that are not UTF-8.
fn location_of_byte(bytes: &[u8], offset: usize) -> Location {
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    Location { line, column }
}

/// Reads `version: N` when it is the first field, without parsing the whole file: the version
/// decides how to read the rest. `None` when the file does not start that way.
pub fn declared_version(text: &str) -> Option<u32> {
    let rest = skip_blank(text).strip_prefix('(')?;
    let rest = skip_blank(rest).strip_prefix("version")?;
    let rest = skip_blank(rest).strip_prefix(':')?;
    let rest = skip_blank(rest);
    let digits: &str = &rest[..rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len())];
    digits.parse().ok()
}

/// Skips whitespace and RON comments.
fn skip_blank(mut s: &str) -> &str {
    loop {
        let t = s.trim_start();
        if let Some(r) = t.strip_prefix("//") {
            s = r.find('\n').map_or("", |i| &r[i..]);
        } else if let Some(r) = t.strip_prefix("/*") {
            s = r.find("*/").map_or("", |i| &r[i + 2..]);
        } else {
            return t;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample;

    fn today() -> chrono::NaiveDate {
        "2026-11-24".parse().expect("date")
    }

    #[test]
    fn round_trip_is_exact_for_a_sample_workbook() {
        let wb = sample::workbook(300, 11, today());
        let text = to_text(&wb).expect("serialise");
        let back = parse(text.as_bytes()).expect("parse").workbook;
        assert_eq!(back, wb);
        assert_eq!(to_text(&back).expect("serialise again"), text);
    }

    #[test]
    fn a_file_written_before_the_pass_mark_was_a_share_still_opens_and_is_not_written_back() {
        let old = b"(version: 1, next_id: 2, settings: (ascii_borders: false, mouse: true, \
            dormant_after_days: 180, quiet_tag_days: 45, filter_threshold: 3), values: [(id: 1, rank: 1, name: \"x\")])";
        let wb = parse(old).expect("an old file opens").workbook;
        assert_eq!(wb.settings.pass_mark(), crate::model::DEFAULT_PASS_MARK, "the old points are not a share");
        assert!(!to_text(&wb).expect("serialise").contains("filter_threshold"));
    }

    #[test]
    fn streaming_writes_the_same_text() {
        let wb = sample::workbook(50, 3, today());
        let mut out = Vec::new();
        write_to(&wb, &mut out).expect("write");
        assert_eq!(String::from_utf8(out).expect("utf-8"), to_text(&wb).expect("text"));
    }

    #[test]
    fn version_is_the_first_field_and_found_without_a_full_parse() {
        let text = to_text(&Workbook::default()).expect("serialise");
        assert_eq!(declared_version(&text), Some(CURRENT_VERSION));
        assert_eq!(declared_version("/* x */ ( // y\n version : 12, junk"), Some(12));
        assert_eq!(declared_version("(values: [])"), None);
        let parsed = parse(b"(tags: [(id: 3, name: \"x\")])").expect("unversioned parses");
        assert_eq!((parsed.version, parsed.workbook.version), (0, CURRENT_VERSION));
    }

    #[test]
    fn a_bom_is_accepted() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(to_text(&Workbook::default()).expect("serialise").as_bytes());
        assert_eq!(parse(&bytes).expect("parse").workbook, Workbook::default());
    }

    #[test]
    fn invalid_utf8_is_located() {
        let err = parse(b"(\n  version: 1,\n  x\xff").err();
        assert_eq!(err, Some(ParseError::NotUtf8(Location { line: 3, column: 4 })));
    }

    #[test]
    fn a_syntax_error_names_line_and_column() {
        let Err(ParseError::Syntax { at, .. }) = parse(b"(\n  version: 1,\n  values: [\n") else {
            panic!("expected a syntax error");
        };
        assert_eq!(at.line, 3);
    }

    #[test]
    fn an_unknown_field_is_an_error_not_silently_dropped() {
        let Err(ParseError::Syntax { at, message }) = parse(b"(version: 1, tags: [(id: 1, nmae: \"x\")])") else {
            panic!("expected an error");
        };
        assert!(message.contains("nmae"), "{message}");
        assert_eq!(at.line, 1);
    }

    #[test]
    fn a_newer_version_that_parses_is_returned_with_its_version() {
        let parsed = parse(b"(version: 9, tags: [])").expect("parses");
        assert_eq!(parsed.version, 9);
        let err = parse(b"(version: 9, future_field: 1)").err();
        assert!(matches!(err, Some(ParseError::TooNew { version: 9, .. })), "{err:?}");
    }
}
