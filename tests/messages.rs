//! Every sentence the lower layers describe as a `Message` (storage, import, the model's own
//! errors) is worded in both languages: the id exists, every variable is given, and nothing of
//! the Fluent machinery (ids, `{$var}`, isolation marks) reaches the person.

use std::path::PathBuf;

use tsunagari::i18n::{self, Lang};
use tsunagari::import::{FileProblem, Filled, RowProblem};
use tsunagari::model::dates::DateError;
use tsunagari::model::message::io_reason;
use tsunagari::model::{AssetKind, Holder, IdRepair, Message, PersonId, Problem, RecordRef, TagId};
use tsunagari::store::format::{Location, ParseError};
use tsunagari::store::{LoadError, Located, LockError, SaveError};

fn every_message() -> Vec<Message> {
    let path = PathBuf::from("/tmp/w.ron");
    let at = Location { line: 3, column: 7 };
    let io = || std::io::Error::from(std::io::ErrorKind::PermissionDenied);
    let person = RecordRef::Person(PersonId(4));
    let problems = [
        Problem::DuplicateId(person),
        Problem::MissingLink { from: Holder::Record(person), to: RecordRef::Tag(TagId(9)) },
        Problem::MissingLink { from: Holder::Asset(AssetKind::Peers), to: person },
        Problem::DuplicateAsset(AssetKind::Health),
        Problem::SharedId { first: person, second: RecordRef::Tag(TagId(4)) },
        Problem::IdOutOfRange(person),
    ];
    let parse = [
        ParseError::NotUtf8(at),
        ParseError::Syntax { at, message: "expected `)`".into() },
        ParseError::TooNew { version: 9, at, message: "unknown field".into() },
    ];
    let mut out: Vec<Message> = problems.iter().map(Problem::message).collect();
    out.extend(parse.iter().map(ParseError::message));
    for backup in [None, Some(PathBuf::from("/tmp/w.ron.bak"))] {
        out.push(LoadError::Parse { path: path.clone(), error: parse[1].clone(), backup: backup.clone() }.message());
        for n in [1, 2, 5] {
            let problems = problems
                .iter()
                .cycle()
                .take(n)
                .enumerate()
                .map(|(i, p)| Located { problem: p.clone(), at: (i % 2 == 0).then_some(at) })
                .collect();
            out.push(LoadError::Invalid { path: path.clone(), problems, backup: backup.clone() }.message());
        }
    }
    out.push(LoadError::Io { path: path.clone(), error: io() }.message());
    out.push(IdRepair { written: u64::MAX, largest: 40, repaired: 41 }.message());
    out.push(SaveError::Conflict { copy: path.clone() }.message());
    out.push(SaveError::Io(io()).message());
    out.push(LockError::Held { workbook: path.clone(), holder: Some(42) }.message());
    out.push(LockError::Held { workbook: path.clone(), holder: None }.message());
    out.push(LockError::Io { lock: path.clone(), error: io() }.message());
    out.push(DateError::Unrecognised("soon".into()).message());
    out.push(DateError::NoSuchDay("2026-02-30".into()).message());
    for p in [
        RowProblem::NoName,
        RowProblem::FieldCount { expected: 7, found: 3 },
        RowProblem::BadDate("yesterday-ish".into()),
        RowProblem::NotUtf8("Company"),
        RowProblem::Unterminated,
        RowProblem::OutsideCard,
        RowProblem::Unreadable("bad line".into()),
        RowProblem::NoColon("no colon".into()),
        RowProblem::BadQuotedPrintable { property: "FN".into(), sequence: "=ZZ".into() },
        RowProblem::BadCharset { property: "N".into(), charset: "Shift_JIS".into() },
        RowProblem::UnknownCharset { property: "N".into(), charset: "KLINGON".into() },
        RowProblem::UnclosedQuote { quote: 5, last: 53, rows: 49 },
        RowProblem::UnclosedQuote { quote: 5, last: 6, rows: 1 },
    ] {
        out.push(p.message());
    }
    for p in [
        FileProblem::NoHeader,
        FileProblem::NoCards,
        FileProblem::Utf16,
        FileProblem::CsvNotUtf8,
        FileProblem::VCardNotUtf8 { shift_jis: false },
        FileProblem::VCardNotUtf8 { shift_jis: true },
    ] {
        out.push(p.message(std::path::Path::new("/tmp/my contacts.vcf")));
    }
    for f in [
        Filled::Phonetic,
        Filled::Email,
        Filled::Url,
        Filled::Organisation,
        Filled::Role,
        Filled::Notes,
        Filled::FirstContact,
    ] {
        out.push(f.message());
    }
    for kind in [
        std::io::ErrorKind::NotFound,
        std::io::ErrorKind::PermissionDenied,
        std::io::ErrorKind::StorageFull,
        std::io::ErrorKind::IsADirectory,
        std::io::ErrorKind::NotADirectory,
        std::io::ErrorKind::Interrupted,
    ] {
        out.push(io_reason(&std::io::Error::from(kind)));
    }
    out
}

#[test]
fn every_lower_layer_message_is_worded_in_both_languages() {
    for lang in [Lang::Ja, Lang::En] {
        for m in every_message() {
            let text = i18n::say(lang, &m);
            assert!(!text.trim().is_empty(), "{lang:?} {}: empty", m.id);
            assert!(!text.contains("No localization"), "{lang:?} {}: {text}", m.id);
            assert!(
                !text.contains("{$") && !text.contains("{ $"),
                "{lang:?} {}: a variable was not given: {text}",
                m.id
            );
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{lang:?} {}: isolation marks", m.id);
        }
    }
}

#[test]
fn a_load_error_names_the_file_its_position_and_the_backup() {
    let e = LoadError::Parse {
        path: PathBuf::from("/data/w.ron"),
        error: ParseError::Syntax { at: Location { line: 3, column: 7 }, message: "expected `)`".into() },
        backup: Some(PathBuf::from("/data/w.ron.1.bak")),
    };
    let en = i18n::say(Lang::En, &e.message());
    assert_eq!(en, "/data/w.ron:3:7: expected `)` (the file was not changed; newest backup: /data/w.ron.1.bak)");
    let ja = i18n::say(Lang::Ja, &e.message());
    assert!(ja.starts_with("/data/w.ron:3:7: 読み取れません") && ja.contains("/data/w.ron.1.bak"), "{ja}");
}

#[test]
fn english_counts_in_command_line_messages_agree() {
    let one = LoadError::Invalid {
        path: PathBuf::from("w.ron"),
        problems: [Problem::DuplicateAsset(AssetKind::Health), Problem::DuplicateAsset(AssetKind::Peers)]
            .into_iter()
            .map(|problem| Located { problem, at: None })
            .collect(),
        backup: None,
    };
    assert!(i18n::say(Lang::En, &one.message()).contains("(and 1 more problem;"));
}

#[test]
fn a_shift_jis_vcard_is_told_the_command_that_converts_it() {
    let m = FileProblem::VCardNotUtf8 { shift_jis: true }.message(std::path::Path::new("/tmp/my contacts.vcf"));
    let en = i18n::say(Lang::En, &m);
    assert!(en.contains("iconv -f SHIFT_JIS -t UTF-8 '/tmp/my contacts.vcf' > '/tmp/my contacts-utf8.vcf'"), "{en}");
    assert!(!en.contains("CSV"), "{en}");
    let ja =
        i18n::say(Lang::Ja, &FileProblem::VCardNotUtf8 { shift_jis: false }.message(std::path::Path::new("a.vcf")));
    assert!(ja.contains("vCard 3.0 か 4.0") && !ja.contains("CSV"), "{ja}");
}

#[test]
fn an_unclosed_quote_names_its_line_and_how_many_rows_it_took() {
    let m = RowProblem::UnclosedQuote { quote: 5, last: 53, rows: 49 }.message();
    assert_eq!(
        i18n::say(Lang::En, &m),
        "the quote (\") on line 5 is never closed, so every line up to line 53 was read as one row and 49 rows are \
         left out; close or remove that quote and import again"
    );
    assert!(i18n::say(Lang::Ja, &m).starts_with("5 行目の引用符(\")が閉じられていないため、53 行目まで"));
}
