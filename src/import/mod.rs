//! Real contacts in: LinkedIn's `Connections.csv` and vCard files, read into plain [`Contact`]s
//! and merged into the workbook as one undoable edit. Pure: bytes in, records out; reading the
//! file, the lock and the save belong to `commands::import`.
//!
//! Data flows in two steps:
//!
//! 1. **Parse** ([`linkedin::parse`], [`vcard::parse`]): the file's bytes become a [`Parsed`]:
//!    the contacts that could be read, each with the line it starts on, and a [`BadRow`] for
//!    every row or card that could not (a missing name, a wrong number of fields, a date that
//!    is no date, a card without its end, a value whose quoted-printable or character set does
//!    not decode — at the card's line that holds it). A quote left open in a CSV swallows the
//!    rows after it: that is one `BadRow` for the whole span, from its first line to its last,
//!    which counts every row it holds ([`BadRow::rows`], [`Parsed::rows_left_out`]). A file
//!    that is not of the kind at all (no LinkedIn header, no `BEGIN:VCARD`) or not in an
//!    encoding we can read is a [`FileProblem`]. Nothing here decides what to do with bad rows:
//!    the command imports nothing when there are any, unless `--skip-bad` is given. Every
//!    parser is one pass over the bytes, so a line of a megabyte reads in milliseconds
//!    (`examples/import_long_lines.rs`), and none of them panics on any input
//!    (`examples/fuzz.rs`, `tests/fuzz.rs`).
//! 2. **Plan** ([`plan`]): the contacts are matched against the people already in the workbook
//!    and against each other, and the result is an [`ImportPlan`]: who is new, who gains data,
//!    who is unchanged, and the [`Edit`](crate::model::Edit) that does it all in one
//!    `Workbook::apply` (one step to undo, and all or nothing).
//!
//! ## Who is the same person
//!
//! A contact is the same person as one already known when, in this order:
//!
//! 1. their **email** addresses are equal, ignoring case and surrounding space (any of a card's
//!    addresses; when they find several people, the one added first);
//! 2. their **profile URLs** are equal once normalised: no `http://`/`https://`, no `www.`, no
//!    trailing `/`, ignoring case (`https://www.linkedin.com/in/sato/` is
//!    `linkedin.com/in/sato`), and their emails do not differ (two people with their own
//!    addresses may share a company's home page);
//! 3. their **names** are the same as [`same_name`](crate::model::same_name) compares them
//!    (case and surrounding space ignored), and also ignoring the spaces *between* the parts,
//!    because Japanese names are written both `佐藤美咲` and `佐藤 美咲`; but only when the two
//!    do not conflict: a person whose email differs from the contact's, or whose URL differs on
//!    the same site (two LinkedIn profiles), is someone else with the same name. A LinkedIn
//!    profile and a home page do not conflict. Among several such people, the one added first
//!    is taken.
//!
//! Contacts earlier in the same file count as known, so a file that lists someone twice adds
//! them once, and importing the same file again changes nothing (the fuzzer holds every input
//! to that). Contacts are compared as the workbook will store them (sanitised, trimmed, names
//! on one line), so a stray control character does not make a known person new.
//!
//! ## What a match changes
//!
//! Only fields that are empty are filled: the reading, email, URL, organisation, role and notes
//! the user typed are never overwritten, and the name is never changed. The first-contact date moves back
//! when the file knows an earlier one (a date after today, from a time-zone difference, counts
//! as today). The last contact is not touched: connecting is not keeping in touch, and an
//! unknown date is not counted as dormant.
//!
//! ## What maps to what
//!
//! | LinkedIn column | vCard property | person field |
//! |---|---|---|
//! | First Name + Last Name | `FN`, else `N` | name |
//! | | `X-PHONETIC-LAST-NAME` + `X-PHONETIC-FIRST-NAME`, an `N` with `PHONETIC`, `N;SORT-AS`, `SORT-STRING`, `SOUND;X-IRMC-N` | reading (phonetic) |
//! | Email Address | `EMAIL` (the preferred one) | email |
//! | URL | `URL` (a LinkedIn profile first, else the preferred one) | url |
//! | Company | `ORG` (the organisation, not the unit) | organisation |
//! | Position | `TITLE` | role |
//! | | `NOTE` | notes |
//! | Connected On | | first contact |
//!
//! Names in East Asian scripts (kanji, kana, hangul) are written family name first with a space
//! between (`佐藤 美咲`, the form the rest of the app uses); other names given name first.

pub mod linkedin;
mod merge;
pub mod vcard;

use chrono::NaiveDate;

pub use merge::{Filled, ImportPlan, Update, plan};

/// One contact as read from a file, before it meets the workbook. Strings are raw (trimmed);
/// the model sanitises them when the plan turns them into [`Person`](crate::model::Person)s.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    /// The line where the row or card starts (1-based), for messages.
    pub line: u64,
    pub name: String,
    /// The reading of the name (furigana), when the file has one.
    pub phonetic: String,
    pub email: String,
    /// A card's other email addresses: a match on any of them is the same person.
    pub other_emails: Vec<String>,
    pub url: String,
    /// The company or organisation (never the person's field: a company is not a field).
    pub organisation: String,
    /// The position or job title.
    pub role: String,
    /// A vCard's note.
    pub notes: String,
    /// When the connection was made (LinkedIn's "Connected On").
    pub connected_on: Option<NaiveDate>,
}

/// Why one row or card could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// No name at all (neither first nor last name; no `FN` and no `N`).
    NoName,
    /// A CSV row with another number of fields than the header.
    FieldCount { expected: usize, found: usize },
    /// "Connected On" holds something that is not a date we read.
    BadDate(String),
    /// The named column holds bytes that are not UTF-8.
    NotUtf8(&'static str),
    /// A `BEGIN:VCARD` with no `END:VCARD` before the next card or the end of the file.
    Unterminated,
    /// Text between cards.
    OutsideCard,
    /// The CSV reader could not read the row (its own words).
    Unreadable(String),
    /// A line of a card with no `:` between the name and the value.
    NoColon(String),
    /// A quoted-printable value with an `=` that two hex digits do not follow.
    BadQuotedPrintable { property: String, sequence: String },
    /// A value whose bytes are not text in its character set (the declared `CHARSET`, else
    /// UTF-8): cut short (`=E3=81`), or saved in another encoding.
    BadCharset { property: String, charset: String },
    /// A `CHARSET` we do not know.
    UnknownCharset { property: String, charset: String },
    /// A quote opened on line `quote` and never closed: the CSV reader read the lines from the
    /// row's start to `last` as one row, swallowing the `rows` rows in them.
    UnclosedQuote { quote: u64, last: u64, rows: u64 },
}

impl RowProblem {
    pub fn message(&self) -> crate::model::Message {
        use crate::model::Message;
        match self {
            RowProblem::NoName => Message::new("import-no-name"),
            RowProblem::FieldCount { expected, found } => {
                Message::new("import-field-count").number("found", *found).number("expected", *expected)
            }
            RowProblem::BadDate(d) => Message::new("import-bad-date").text("input", quoted(d)),
            RowProblem::NotUtf8(column) => Message::new("import-not-utf8").text("column", *column),
            RowProblem::Unterminated => Message::new("import-unterminated"),
            RowProblem::OutsideCard => Message::new("import-outside-card"),
            RowProblem::Unreadable(why) => Message::new("import-unreadable").text("reason", quoted(why)),
            RowProblem::NoColon(line) => Message::new("import-no-colon").text("text", quoted(line)),
            RowProblem::BadQuotedPrintable { property, sequence } => Message::new("import-bad-quoted-printable")
                .text("property", quoted(property))
                .text("sequence", quoted(sequence)),
            RowProblem::BadCharset { property, charset } => {
                Message::new("import-bad-charset").text("property", quoted(property)).text("charset", quoted(charset))
            }
            RowProblem::UnknownCharset { property, charset } => Message::new("import-unknown-charset")
                .text("property", quoted(property))
                .text("charset", quoted(charset)),
            RowProblem::UnclosedQuote { quote, last, rows } => Message::new("import-unclosed-quote")
                .number("quote", *quote)
                .number("last", *last)
                .number("rows", *rows),
        }
    }
}

/// Text from an imported file, safe and short for a one-line message.
pub fn quoted(raw: &str) -> String {
    let clean = crate::model::text::one_line(&crate::model::text::sanitize(raw));
    let clean = clean.trim();
    if clean.chars().count() > 60 {
        format!("{}...", clean.chars().take(60).collect::<String>())
    } else {
        clean.to_owned()
    }
}

/// A row or card that was not imported, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRow {
    /// 1-based line to look at: where the row or card starts, or the card's line that cannot be
    /// read.
    pub line: u64,
    pub problem: RowProblem,
}

impl BadRow {
    /// How many rows or cards of the file it leaves out: one, or every row an unclosed quote
    /// swallowed.
    pub fn rows(&self) -> u64 {
        match self.problem {
            RowProblem::UnclosedQuote { rows, .. } => rows,
            _ => 1,
        }
    }
}

/// What a file held: the contacts that could be read and the rows that could not, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub contacts: Vec<Contact>,
    pub bad: Vec<BadRow>,
}

impl Parsed {
    /// Every row or card of the file that is not imported.
    pub fn rows_left_out(&self) -> u64 {
        self.bad.iter().map(BadRow::rows).sum()
    }
}

/// A file that is not of the kind asked for at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// No `First Name,Last Name,…` header line: probably not LinkedIn's `Connections.csv`.
    NoHeader,
    /// No `BEGIN:VCARD` anywhere.
    NoCards,
    /// UTF-16 text (it starts with a UTF-16 byte-order mark).
    Utf16,
    /// A CSV that is not UTF-8 (Excel's "CSV" in Shift_JIS or Latin-1): decoding it would write
    /// garbage.
    CsvNotUtf8,
    /// A vCard that is not UTF-8 and has no `CHARSET=` to say what it is; `shift_jis` when it
    /// reads as Shift_JIS (an old Japanese phone's export), so the message can say how to
    /// convert it.
    VCardNotUtf8 { shift_jis: bool },
}

impl FileProblem {
    /// What is wrong with `file`, and what to do about it.
    pub fn message(self, file: &std::path::Path) -> crate::model::Message {
        use crate::model::Message;
        match self {
            FileProblem::NoHeader => Message::new("import-no-header"),
            FileProblem::NoCards => Message::new("import-no-cards"),
            FileProblem::Utf16 => Message::new("import-utf16"),
            FileProblem::CsvNotUtf8 => Message::new("import-csv-not-utf8"),
            FileProblem::VCardNotUtf8 { shift_jis: false } => Message::new("import-vcard-not-utf8"),
            FileProblem::VCardNotUtf8 { shift_jis: true } => {
                let stem = file.file_stem().map_or_else(|| "contacts".into(), |s| s.to_string_lossy());
                let converted = file.with_file_name(format!("{stem}-utf8.vcf"));
                Message::new("import-vcard-shift-jis")
                    .text("from", shell_word(&file.display().to_string()))
                    .text("to", shell_word(&converted.display().to_string()))
            }
        }
    }
}

/// `s` as one word for a POSIX shell, quoted only when it needs to be.
fn shell_word(s: &str) -> String {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-/+,:@%".contains(&b)) {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The whole-file check before parsing: UTF-16, or bytes that are not UTF-8 where no
/// `CHARSET=` says how to read them. A vCard is checked with its folded lines joined, since a
/// fold may fall inside a character.
fn encoding_problem(bytes: &[u8], source: Source) -> Option<FileProblem> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Some(FileProblem::Utf16);
    }
    let unfolded;
    let text = match source {
        Source::LinkedIn => bytes,
        Source::VCard => {
            unfolded = unfold(bytes);
            &unfolded
        }
    };
    if std::str::from_utf8(text).is_ok() {
        return None;
    }
    match source {
        // Not LinkedIn's file at all: that is the clearer thing to say.
        Source::LinkedIn if !bytes.windows(10).any(|w| w.eq_ignore_ascii_case(b"first name")) => None,
        Source::LinkedIn => Some(FileProblem::CsvNotUtf8),
        // Values that declare their charset are decoded card by card (and a value that does not
        // decode is a bad row at its line).
        Source::VCard if bytes.windows(8).any(|w| w.eq_ignore_ascii_case(b"CHARSET=")) => None,
        Source::VCard => {
            let shift_jis = encoding_rs::SHIFT_JIS.decode_without_bom_handling_and_without_replacement(text).is_some();
            Some(FileProblem::VCardNotUtf8 { shift_jis })
        }
    }
}

/// A vCard's bytes with every line break followed by a space or tab (a fold) taken out.
fn unfold(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let fold = match bytes[i..] {
            [b'\r', b'\n', b' ' | b'\t', ..] => 3,
            [b'\n', b' ' | b'\t', ..] => 2,
            _ => 0,
        };
        if fold > 0 {
            i += fold;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// The kinds of file we read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    LinkedIn,
    VCard,
}

impl Source {
    pub fn parse(self, bytes: &[u8]) -> Result<Parsed, FileProblem> {
        if let Some(problem) = encoding_problem(bytes, self) {
            return Err(problem);
        }
        match self {
            Source::LinkedIn => linkedin::parse(bytes),
            Source::VCard => vcard::parse(bytes),
        }
    }
}

/// True for a letter of a script whose names are written family name first: kanji, kana and
/// hangul (iteration and prolonged-sound marks included).
fn is_east_asian_letter(c: char) -> bool {
    matches!(c as u32,
        0x3005 | 0x3040..=0x30ff | 0x31f0..=0x31ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff
        | 0xf900..=0xfaff | 0xff66..=0xff9f | 0x1100..=0x11ff | 0xac00..=0xd7af | 0x20000..=0x3134f)
}

/// True when `name` holds nothing the workbook would keep (empty, spaces, control characters):
/// such a row or card is reported as having no name rather than dropped by the plan.
fn no_name(name: &str) -> bool {
    crate::model::text::sanitize(name).trim().is_empty()
}

/// True when every letter of `s` is East Asian (and there is at least one).
pub fn is_east_asian(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(is_east_asian_letter)
}

/// A full name from its parts: `佐藤 美咲` (family first) when both parts are East Asian,
/// `Ana García` (given first) otherwise; one part alone when the other is empty.
pub fn full_name(given: &str, family: &str) -> String {
    let (given, family) = (given.trim(), family.trim());
    match (given.is_empty(), family.is_empty()) {
        (true, _) => family.to_owned(),
        (_, true) => given.to_owned(),
        _ if is_east_asian(given) && is_east_asian(family) => format!("{family} {given}"),
        _ => format!("{given} {family}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn east_asian_names_put_the_family_name_first() {
        assert_eq!(full_name("美咲", "佐藤"), "佐藤 美咲");
        assert_eq!(full_name("みさき", "さとう"), "さとう みさき");
        assert_eq!(full_name("민수", "김"), "김 민수");
        assert_eq!(full_name("々子", "佐々木"), "佐々木 々子");
        assert_eq!(full_name("Ana", "García"), "Ana García");
        assert_eq!(full_name("Misaki", "佐藤"), "Misaki 佐藤");
        assert_eq!(full_name(" 翔 ", ""), "翔");
        assert_eq!(full_name("", " 田中"), "田中");
        assert_eq!(full_name(" ", ""), "");
    }

    #[test]
    fn punctuation_does_not_decide_the_script() {
        assert!(is_east_asian("ジョン・スミス"));
        assert!(!is_east_asian("・"));
        assert!(!is_east_asian("Jr."));
    }
}

#[cfg(test)]
mod encoding_tests {
    use super::*;

    #[test]
    fn files_in_other_encodings_are_refused_whole() {
        // "佐藤" in Shift_JIS, with no CHARSET to say so.
        let sjis = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\x8d\xb2\x93\xa1\r\nEND:VCARD\r\n";
        assert_eq!(Source::VCard.parse(sjis).err(), Some(FileProblem::VCardNotUtf8 { shift_jis: true }));
        let latin1 = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Garc\xeda\xff\r\nEND:VCARD\r\n";
        assert_eq!(Source::VCard.parse(latin1).err(), Some(FileProblem::VCardNotUtf8 { shift_jis: false }));
        assert_eq!(Source::LinkedIn.parse(b"First Name,Last Name\n\x8d\xb2,x\n").err(), Some(FileProblem::CsvNotUtf8));
        assert_eq!(Source::VCard.parse(b"\xff\xfeB\0E\0").err(), Some(FileProblem::Utf16));
        // A fold inside a UTF-8 character is not an encoding problem.
        let folded = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:佐藤\r\nEND:VCARD\r\n".as_bytes();
        let at = folded.iter().position(|&b| b == 0xE8).unwrap_or(0) + 1;
        let mut split = folded[..at].to_vec();
        split.extend_from_slice(b"\r\n ");
        split.extend_from_slice(&folded[at..]);
        assert!(encoding_problem(&split, Source::VCard).is_none());
    }
}
