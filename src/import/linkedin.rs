//! LinkedIn's `Connections.csv` (Settings → Data privacy → Get a copy of your data) into
//! [`Contact`]s.
//!
//! The export is not a plain CSV: a few lines of notes come before the header
//! `First Name,Last Name,URL,Email Address,Company,Position,Connected On`, often with a UTF-8 BOM
//! and CRLF line ends; fields with commas are quoted, emails are mostly empty (people choose
//! whether to share them), and dates read `12 Nov 2024`. So the `csv` crate reads every record
//! leniently (any number of fields), the first record that names both name columns is taken as
//! the header wherever it sits, and from there each row must have the header's number of fields.
//! Columns are found by their header name, so an export with fewer or reordered columns still
//! reads. Line numbers count from the top of the file, blank lines included.

use chrono::NaiveDate;
use csv::{ByteRecord, ReaderBuilder};

use super::{BadRow, Contact, FileProblem, Parsed, RowProblem, full_name};

/// Where each column of interest sits in a row.
#[derive(Clone, Copy, Debug)]
struct Columns {
    first: usize,
    last: usize,
    url: Option<usize>,
    email: Option<usize>,
    company: Option<usize>,
    position: Option<usize>,
    connected_on: Option<usize>,
    count: usize,
}

impl Columns {
    /// The header, if `record` is one: it must name both name columns.
    fn of(record: &ByteRecord) -> Option<Columns> {
        let names: Vec<String> = record.iter().map(|f| String::from_utf8_lossy(f).trim().to_lowercase()).collect();
        let find = |name: &str| names.iter().position(|n| n == name);
        Some(Columns {
            first: find("first name")?,
            last: find("last name")?,
            url: find("url").or_else(|| find("profile url")),
            email: find("email address").or_else(|| find("email")),
            company: find("company"),
            position: find("position"),
            connected_on: find("connected on"),
            count: names.len(),
        })
    }
}

/// Reads a whole `Connections.csv`. Every row is either a contact or a bad row; the file as a
/// whole fails only when it has no header.
pub fn parse(bytes: &[u8]) -> Result<Parsed, FileProblem> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut reader = ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut columns: Option<Columns> = None;
    let mut parsed = Parsed::default();
    let mut lines = LineCounter::new(bytes);
    for record in reader.byte_records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                // Reading from memory with flexible rows leaves nothing to fail; keep it anyway.
                let line = e.position().map_or(0, |p| lines.at(p.byte()));
                parsed.bad.push(BadRow { line, problem: RowProblem::Unreadable(e.to_string()) });
                continue;
            }
        };
        let Some(cols) = columns else {
            columns = Columns::of(&record);
            continue;
        };
        let line = record.position().map_or(0, |p| lines.at(p.byte()));
        match contact(&record, cols, line) {
            Ok(c) => parsed.contacts.push(c),
            Err(problem) => parsed.bad.push(BadRow { line, problem }),
        }
    }
    if columns.is_none() {
        return Err(FileProblem::NoHeader);
    }
    Ok(parsed)
}

/// Line numbers from byte offsets, counted forward as the records come. (The CSV reader's own
/// line count goes wrong after CRLF line ends and skipped blank lines, which would point a
/// message at the wrong line of the file.)
struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, offset: 0, line: 1 }
    }

    /// The 1-based line of byte `offset` (offsets must not go backwards).
    fn at(&mut self, offset: u64) -> u64 {
        let mut to = usize::try_from(offset).unwrap_or(usize::MAX).clamp(self.offset, self.bytes.len());
        // After a CRLF the reader's offset points at the LF, and blank lines are skipped: the
        // record itself starts at the first byte that is neither.
        while matches!(self.bytes.get(to), Some(b'\r' | b'\n')) {
            to += 1;
        }
        self.line += self.bytes[self.offset..to].iter().filter(|&&b| b == b'\n').count() as u64;
        self.offset = to;
        self.line
    }
}

/// One row as a contact.
fn contact(record: &ByteRecord, cols: Columns, line: u64) -> Result<Contact, RowProblem> {
    if record.len() != cols.count {
        return Err(RowProblem::FieldCount { expected: cols.count, found: record.len() });
    }
    let field = |at: Option<usize>, name: &'static str| -> Result<String, RowProblem> {
        let raw = at.and_then(|i| record.get(i)).unwrap_or_default();
        std::str::from_utf8(raw).map(|s| s.trim().to_owned()).map_err(|_| RowProblem::NotUtf8(name))
    };
    let name = full_name(&field(Some(cols.first), "First Name")?, &field(Some(cols.last), "Last Name")?);
    if name.is_empty() {
        return Err(RowProblem::NoName);
    }
    let connected = field(cols.connected_on, "Connected On")?;
    Ok(Contact {
        line,
        name,
        phonetic: String::new(),
        email: field(cols.email, "Email Address")?,
        other_emails: Vec::new(),
        url: field(cols.url, "URL")?,
        field: field(cols.company, "Company")?,
        notes: field(cols.position, "Position")?,
        connected_on: connected_on(&connected)?,
    })
}

/// `12 Nov 2024` as LinkedIn writes it (any case, day with or without a leading zero), or an ISO
/// date; empty is no date.
fn connected_on(s: &str) -> Result<Option<NaiveDate>, RowProblem> {
    if s.is_empty() {
        return Ok(None);
    }
    // LinkedIn's form, ISO, and what Excel makes of it when the file is saved again.
    ["%d %b %Y", "%Y-%m-%d", "%Y/%m/%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
        .map(Some)
        .ok_or_else(|| RowProblem::BadDate(s.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn reads_the_real_export_with_notes_bom_and_crlf() {
        let bytes = std::fs::read("tests/fixtures/import/connections.csv").expect("fixture");
        let parsed = parse(&bytes).expect("header");
        assert!(parsed.bad.is_empty(), "{:?}", parsed.bad);
        let names: Vec<&str> = parsed.contacts.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["佐藤 美咲", "Ana García", "田中 翔", "Kenji Watanabe", "鈴木 一郎", "Li Wei"]);
        let misaki = &parsed.contacts[0];
        assert_eq!(misaki.line, 5, "line numbers count the notes above the header");
        assert_eq!(misaki.email, "misaki.sato@example.jp");
        assert_eq!(misaki.url, "https://www.linkedin.com/in/misaki-sato-0a1b2c");
        assert_eq!(misaki.field, "株式会社つながり");
        assert_eq!(misaki.notes, "エンジニア");
        assert_eq!(misaki.connected_on, day(2024, 11, 12));
        let ana = &parsed.contacts[1];
        assert_eq!((ana.field.as_str(), ana.notes.as_str()), ("Open Data Lab, Lisbon", "Director, Product"));
        assert_eq!(ana.email, "");
        assert_eq!(parsed.contacts[3].field, "Watanabe \"Kaizen\" Consulting");
        assert_eq!(parsed.contacts[4].notes, "理事, 広報");
        assert_eq!(parsed.contacts[5].line, 10);
    }

    #[test]
    fn every_bad_row_is_reported_with_its_line_and_the_rest_still_read() {
        let bytes = std::fs::read("tests/fixtures/import/connections_bad.csv").expect("fixture");
        let parsed = parse(&bytes).expect("header");
        assert_eq!(
            parsed.bad,
            [
                BadRow { line: 7, problem: RowProblem::FieldCount { expected: 7, found: 5 } },
                BadRow { line: 8, problem: RowProblem::BadDate("31 Feb 2024".into()) },
                BadRow { line: 9, problem: RowProblem::NoName },
            ]
        );
        assert_eq!(parsed.contacts.len(), 6);
        assert_eq!(parsed.contacts[2].line, 10);
    }

    #[test]
    fn the_header_is_found_wherever_it_is_and_columns_by_name() {
        let csv = "Connected On,Last Name,First Name\n1 Feb 2021,Kim,Minsu\n";
        let parsed = parse(csv.as_bytes()).expect("header");
        assert_eq!(parsed.contacts[0].name, "Minsu Kim");
        assert_eq!(parsed.contacts[0].connected_on, day(2021, 2, 1));
        assert_eq!(parse(b"Notes:\nnothing here\n"), Err(FileProblem::NoHeader));
        assert_eq!(parse(b""), Err(FileProblem::NoHeader));
    }

    #[test]
    fn a_quoted_field_may_span_lines_and_the_next_row_keeps_its_line() {
        let csv = format!("{HEADER}\nA,B,,,,\"two\nlines\",\nC,D,,,,,\n");
        let parsed = parse(csv.as_bytes()).expect("header");
        assert_eq!(parsed.contacts[0].notes, "two\nlines");
        assert_eq!(parsed.contacts[1].line, 4);
    }

    #[test]
    fn bytes_that_are_not_utf8_spoil_only_their_row() {
        let mut csv = format!("{HEADER}\n").into_bytes();
        csv.extend_from_slice(b"A,B,,,\xff\xfe,,\nC,D,,,,,\n");
        let parsed = parse(&csv).expect("header");
        assert_eq!(parsed.bad, [BadRow { line: 2, problem: RowProblem::NotUtf8("Company") }]);
        assert_eq!(parsed.contacts.len(), 1);
    }

    /// A whole export written by a real CSV writer: the notes, the header, then the rows.
    fn export(rows: &[(String, String, String)]) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new().flexible(true).terminator(csv::Terminator::CRLF).from_writer(Vec::new());
        w.write_record(["Notes:"]).expect("write");
        w.write_record(["A note, with commas, \"quotes\" and\na second line."]).expect("write");
        w.write_record(HEADER.split(',')).expect("write");
        for (first, last, company) in rows {
            let record = [first.as_str(), last.as_str(), "", "", company.as_str(), "", "12 Nov 2024"];
            w.write_record(record).expect("write");
        }
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend(w.into_inner().expect("csv"));
        bytes
    }

    proptest::proptest! {
        #[test]
        fn names_round_trip_through_any_export(
            rows in proptest::collection::vec(
                ("[a-zA-Z 佐藤美咲ー,\"'\n]{0,8}", "[a-zA-Z 田中翔,\"\r\n]{0,8}", "[a-z ,\"\n]{0,8}"),
                0..20,
            )
        ) {
            let parsed = parse(&export(&rows)).expect("header");
            let named: Vec<&(String, String, String)> =
                rows.iter().filter(|(f, l, _)| !f.trim().is_empty() || !l.trim().is_empty()).collect();
            proptest::prop_assert_eq!(parsed.contacts.len(), named.len());
            proptest::prop_assert_eq!(parsed.bad.len(), rows.len() - named.len());
            for (c, (first, last, company)) in parsed.contacts.iter().zip(named) {
                proptest::prop_assert_eq!(&c.name, &full_name(first, last));
                proptest::prop_assert_eq!(&c.field, company.trim());
            }
            let lines: Vec<u64> = parsed.contacts.iter().map(|c| c.line).collect();
            proptest::prop_assert!(lines.windows(2).all(|w| w[0] < w[1]), "{:?}", lines);
            proptest::prop_assert!(lines.first().is_none_or(|&l| l >= 5), "{:?}", lines);
        }
    }

    #[test]
    fn dates_read_in_the_export_form_and_iso() {
        assert_eq!(connected_on("12 Nov 2024"), Ok(day(2024, 11, 12)));
        assert_eq!(connected_on("3 jan 2023"), Ok(day(2023, 1, 3)));
        assert_eq!(connected_on("2020-06-15"), Ok(day(2020, 6, 15)));
        assert_eq!(connected_on(""), Ok(None));
        assert_eq!(connected_on("yesterday"), Err(RowProblem::BadDate("yesterday".into())));
    }
}
