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

use super::{BadRow, Contact, FileProblem, Parsed, RowProblem, full_name, no_name};

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
    let mut record = ByteRecord::new();
    loop {
        let before = reader.position().byte();
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                // Reading from memory with flexible rows leaves nothing to fail; keep it anyway,
                // and never loop on an error that does not move on.
                let line = e.position().map_or(0, |p| lines.at(p.byte()));
                parsed.bad.push(BadRow { line, problem: RowProblem::Unreadable(e.to_string()) });
                if reader.position().byte() == before {
                    break;
                }
                continue;
            }
        }
        let Some(cols) = columns else {
            columns = Columns::of(&record);
            continue;
        };
        let start = record.position().map_or(before, csv::Position::byte);
        let end = reader.position().byte();
        let (line, last, row) = lines.span(start, end);
        if let Some(quote) = (last > line).then(|| unclosed_quote(row, cols)).flatten() {
            let rows = row.split(|&b| b == b'\n').filter(|l| !l.trim_ascii().is_empty()).count() as u64;
            let problem = RowProblem::UnclosedQuote { quote: line + quote, last, rows };
            parsed.bad.push(BadRow { line, problem });
            continue;
        }
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

/// When a row read across line breaks is really several rows swallowed by a quote that was never
/// closed: the number of lines from the row's start to the line of that quote. A quote is
/// taken as unclosed when a line that begins inside it is, read on its own, a whole row: well
/// formed (quotes only around whole fields, as LinkedIn writes them), the header's number of
/// fields, a name, and a date when the file has the column. A field that merely holds a line break (a position
/// written on two lines) has no such line: its last line ends in the closing quote, which on
/// its own sits inside a field.
fn unclosed_quote(row: &[u8], cols: Columns) -> Option<u64> {
    let (mut state, mut opened_on) = (Quoting::FieldStart, 0);
    for (i, line) in row.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            state = state.after(b'\n');
            if state == Quoting::Quoted && is_a_row(line, cols) {
                return Some(opened_on);
            }
        }
        for &b in line {
            let next = state.after(b);
            if next == Quoting::Quoted && !matches!(state, Quoting::Quoted | Quoting::QuoteInQuoted) {
                opened_on = i as u64;
            }
            state = next;
        }
    }
    None
}

/// Whether `line`, read as a file of its own, is one whole row that imports.
fn is_a_row(line: &[u8], cols: Columns) -> bool {
    // Counting first keeps the CSV reader for the few lines that can be rows.
    if fields_on_their_own(line) != Some(cols.count) {
        return false;
    }
    let mut reader = ReaderBuilder::new().has_headers(false).flexible(true).from_reader(line);
    let mut record = ByteRecord::new();
    // Every row of LinkedIn's export has its date; without one, a line inside a quoted field is
    // more likely text than a row.
    reader.read_byte_record(&mut record).unwrap_or(false)
        && contact(&record, cols, 0).is_ok_and(|c| cols.connected_on.is_none() || c.connected_on.is_some())
}

/// The fields a line would have as a row of its own, if it is well formed: every quote opens
/// or closes a whole field or is doubled inside one, and the line does not end inside quotes.
fn fields_on_their_own(line: &[u8]) -> Option<usize> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let mut state = Quoting::FieldStart;
    let mut fields = 1;
    for &b in line {
        let next = state.after(b);
        let stray = match (state, b) {
            (Quoting::Unquoted, b'"') => true,
            (Quoting::QuoteInQuoted, _) => next == Quoting::Unquoted,
            _ => false,
        };
        if stray {
            return None;
        }
        if b == b',' && next == Quoting::FieldStart {
            fields += 1;
        }
        state = next;
    }
    (state != Quoting::Quoted).then_some(fields)
}

/// Where the CSV reader is with respect to quotes, as the `csv` crate reads them: a quote opens
/// a quoted field only at the start of a field, `""` inside one is a quote, and text after the
/// closing quote joins the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Quoting {
    FieldStart,
    Unquoted,
    Quoted,
    QuoteInQuoted,
}

impl Quoting {
    fn after(self, b: u8) -> Quoting {
        match (self, b) {
            (Quoting::Quoted, b'"') => Quoting::QuoteInQuoted,
            (Quoting::Quoted, _) | (Quoting::QuoteInQuoted | Quoting::FieldStart, b'"') => Quoting::Quoted,
            (_, b',' | b'\n') => Quoting::FieldStart,
            _ => Quoting::Unquoted,
        }
    }
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

    /// The first and last lines of the record from byte `start` to `end`, and its bytes (without
    /// the line end and any blank lines after it).
    fn span(&mut self, start: u64, end: u64) -> (u64, u64, &'a [u8]) {
        let first = self.at(start);
        let end = usize::try_from(end).unwrap_or(usize::MAX).clamp(self.offset, self.bytes.len());
        let record = self.bytes[self.offset..end].trim_ascii_end();
        (first, first + record.iter().filter(|&&b| b == b'\n').count() as u64, record)
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
    if no_name(&name) {
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
        organisation: field(cols.company, "Company")?,
        role: field(cols.position, "Position")?,
        notes: String::new(),
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
        // Company and Position are where they work and what they do, not a field.
        assert_eq!((misaki.organisation.as_str(), misaki.role.as_str()), ("株式会社つながり", "エンジニア"));
        assert_eq!(misaki.notes, "");
        assert_eq!(misaki.connected_on, day(2024, 11, 12));
        let ana = &parsed.contacts[1];
        assert_eq!((ana.organisation.as_str(), ana.role.as_str()), ("Open Data Lab, Lisbon", "Director, Product"));
        assert_eq!(ana.email, "");
        assert_eq!(parsed.contacts[3].organisation, "Watanabe \"Kaizen\" Consulting");
        assert_eq!(parsed.contacts[4].role, "理事, 広報");
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
        assert_eq!(parsed.contacts[0].role, "two\nlines");
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
                proptest::prop_assert_eq!(&c.organisation, company.trim());
            }
            let lines: Vec<u64> = parsed.contacts.iter().map(|c| c.line).collect();
            proptest::prop_assert!(lines.windows(2).all(|w| w[0] < w[1]), "{:?}", lines);
            proptest::prop_assert!(lines.first().is_none_or(|&l| l >= 5), "{:?}", lines);
        }
    }

    fn rows(range: std::ops::Range<usize>) -> String {
        range.map(|i| format!("F{i},L{i},https://www.linkedin.com/in/p{i},,C{i},P{i},01 Mar 2024\r\n")).collect()
    }

    #[test]
    fn a_quote_never_closed_is_one_bad_span_counting_every_row_it_swallowed() {
        // Header on line 1, good rows on 2-4, the stray quote on 5, then 48 good rows (6-53).
        let csv = format!("{HEADER}\r\n{}A,B,,,\"Acme,Boss,01 Mar 2024\r\n{}", rows(0..3), rows(3..51));
        let parsed = parse(csv.as_bytes()).expect("header");
        assert_eq!(
            parsed.bad,
            [BadRow { line: 5, problem: RowProblem::UnclosedQuote { quote: 5, last: 53, rows: 49 } }]
        );
        assert_eq!(parsed.rows_left_out(), 49);
        assert_eq!(parsed.contacts.len(), 3);
    }

    #[test]
    fn a_quote_closed_by_a_later_row_swallows_up_to_there_and_the_rest_is_read() {
        let bytes = std::fs::read("tests/fixtures/import/connections_unclosed_quote.csv").expect("fixture");
        let parsed = parse(&bytes).expect("header");
        assert_eq!(
            parsed.bad,
            [BadRow { line: 8, problem: RowProblem::UnclosedQuote { quote: 8, last: 40, rows: 33 } }]
        );
        assert_eq!(parsed.contacts.len(), 3 + 16);
        assert_eq!(parsed.contacts[3].line, 41);
        assert_eq!(parsed.contacts.last().map(|c| c.line), Some(56));
    }

    #[test]
    fn a_quote_that_swallows_rows_into_a_row_that_still_reads_is_caught() {
        // The Company column's stray quote closes at the next row's quoted company, whose own
        // doubled quotes keep the field count at seven: a contact whose company holds a row.
        let csv = format!(
            "{HEADER}\nA,B,,,\"Acme,Boss,01 Mar 2024\nC,D,,,\"Watanabe \"\"Kaizen\"\" Consulting\",Founder,01 Oct 2021\n{}",
            rows(0..1)
        );
        let parsed = parse(csv.as_bytes()).expect("header");
        assert_eq!(parsed.bad, [BadRow { line: 2, problem: RowProblem::UnclosedQuote { quote: 2, last: 3, rows: 2 } }]);
        assert_eq!(parsed.contacts.len(), 1);
    }

    #[test]
    fn a_field_on_two_lines_in_a_bad_row_is_that_rows_own_problem() {
        let csv = format!("{HEADER}\nA,B,,,,\"two\nlines\",31 Feb 2024\n{}", rows(0..1));
        let parsed = parse(csv.as_bytes()).expect("header");
        assert_eq!(parsed.bad, [BadRow { line: 2, problem: RowProblem::BadDate("31 Feb 2024".into()) }]);
        assert_eq!(parsed.rows_left_out(), 1);
        assert_eq!(parsed.contacts[0].line, 4);
    }

    #[test]
    fn quoted_fields_with_line_breaks_are_not_taken_for_swallowed_rows() {
        // What the round-trip property below found while the rule was being written: the last
        // line of a quoted field, or a middle line of commas, read alone can look like a row.
        for (first, last, company) in [("\n'", "", ""), ("\n\"a", "", ""), ("", "A\n", ",,,,,,\n")] {
            let rows = [(first.to_owned(), last.to_owned(), company.to_owned())];
            let parsed = parse(&export(&rows)).expect("header");
            assert_eq!(parsed.bad, [], "{rows:?}");
            assert_eq!(parsed.contacts[0].name, full_name(first, last));
        }
    }

    #[test]
    fn a_name_of_control_characters_is_no_name() {
        let csv = format!("{HEADER}\n\u{1},\u{7f},,,,,\n");
        assert_eq!(parse(csv.as_bytes()).expect("header").bad, [BadRow { line: 2, problem: RowProblem::NoName }]);
    }

    #[test]
    fn megabyte_lines_are_read_in_one_pass() {
        // Quadratic work on a line this long would take minutes; these finish at once.
        let commas = format!("{HEADER}\n{}\nA,B,,,,,\n", ",".repeat(1 << 20));
        let parsed = parse(commas.as_bytes()).expect("header");
        let expected = RowProblem::FieldCount { expected: 7, found: (1 << 20) + 1 };
        assert_eq!(parsed.bad, [BadRow { line: 2, problem: expected }]);
        assert_eq!(parsed.contacts[0].line, 3);
        let quotes = format!("{HEADER}\n{}\n", "\"\n".repeat(1 << 19));
        let parsed = parse(quotes.as_bytes()).expect("header");
        assert_eq!(parsed.contacts.len(), 0);
        assert!(parsed.rows_left_out() > 0);
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
