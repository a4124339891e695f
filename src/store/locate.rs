//! Where things are in a workbook file's text, so `check` can say PATH:LINE:COLUMN for problems
//! the parser cannot see (a duplicate id, a link to nothing, a counter below an id).
//!
//! The file is read a second time, only when something is wrong, by a small scanner that knows
//! RON's lexical rules (strings, raw strings, comments, nesting) but not the schema: it notes
//! where each item of each top-level list starts, with its `id:` (or, for assets, `kind:`), and
//! where the top-level `next_id:` is. It works on any layout a person may have typed, and it
//! never fails: what it cannot find has no position.

use std::collections::HashMap;

use super::format::Location;
use crate::model::{AssetKind, Holder, Problem, RecordRef};

/// One item of a top-level list.
#[derive(Debug)]
struct Item {
    list: String,
    at: Location,
    id: Option<u64>,
    kind: Option<String>,
}

/// The places of a file's records, assets and id counter, indexed so that locating every
/// problem of a badly broken file stays linear.
#[derive(Debug, Default)]
pub struct Places {
    /// (list, id) → where each appearance starts, in file order.
    records: HashMap<(String, u64), Vec<Location>>,
    /// asset kind as written → where each appearance starts.
    assets: HashMap<String, Vec<Location>>,
    next_id: Option<Location>,
}

impl Places {
    /// Where the top-level `next_id` field is.
    pub fn next_id(&self) -> Option<Location> {
        self.next_id
    }

    /// Where each problem is, in order. A duplicate points at its second appearance (the first
    /// one is the record the workbook keeps using).
    pub fn of_problems(&self, problems: &[Problem]) -> Vec<Option<Location>> {
        let mut seen: HashMap<RecordRef, usize> = HashMap::new();
        let mut seen_assets: HashMap<AssetKind, usize> = HashMap::new();
        problems
            .iter()
            .map(|p| match p {
                Problem::DuplicateId(r) => {
                    let n = seen.entry(*r).or_insert(0);
                    *n += 1;
                    self.record(*r, *n)
                }
                Problem::SharedId { second, .. } => self.record(*second, 0),
                Problem::IdOutOfRange(r) | Problem::MissingLink { from: Holder::Record(r), .. } => self.record(*r, 0),
                Problem::MissingLink { from: Holder::Asset(k), .. } => self.asset(*k, 0),
                Problem::DuplicateAsset(k) => {
                    let n = seen_assets.entry(*k).or_insert(0);
                    *n += 1;
                    self.asset(*k, *n)
                }
            })
            .collect()
    }

    /// The `nth` (from 0) appearance of a record.
    fn record(&self, r: RecordRef, nth: usize) -> Option<Location> {
        let key = (r.kind().list_field().to_owned(), r.number());
        self.records.get(&key)?.get(nth).copied()
    }

    /// The `nth` (from 0) appearance of an asset.
    fn asset(&self, kind: AssetKind, nth: usize) -> Option<Location> {
        self.assets.get(&ron::to_string(&kind).ok()?)?.get(nth).copied()
    }

    fn add(&mut self, item: Item) {
        match (item.list.as_str(), item.id, item.kind) {
            ("assets", _, Some(kind)) => self.assets.entry(kind).or_default().push(item.at),
            (_, Some(id), _) => self.records.entry((item.list, id)).or_default().push(item.at),
            _ => {}
        }
    }
}

/// Scans a workbook file's text (never fails; see the module doc).
pub fn places(text: &str) -> Places {
    let tokens = tokens(text);
    let mut places = Places::default();
    let mut depth = 0usize;
    // The top-level field being read, and whether its value is a list we are inside.
    let mut field: Option<&str> = None;
    let mut current: Option<Item> = None;
    let mut i = 0;
    while i < tokens.len() {
        let (token, at) = (&tokens[i].0, tokens[i].1);
        let colon_next = matches!(tokens.get(i + 1), Some((Token::Colon, _)));
        match token {
            Token::Open(c) => {
                depth += 1;
                if depth == 3
                    && *c == '('
                    && let Some(list) = field
                {
                    current = Some(Item { list: list.to_owned(), at, id: None, kind: None });
                }
            }
            Token::Close => {
                if depth == 3
                    && let Some(item) = current.take()
                {
                    places.add(item);
                }
                depth = depth.saturating_sub(1);
                if depth <= 1 {
                    current = None;
                }
            }
            Token::Ident(name) if colon_next && depth == 1 => {
                field = Some(name);
                if *name == "next_id" {
                    places.next_id = Some(at);
                }
            }
            Token::Ident(name) if colon_next && depth == 3 => {
                if let Some(item) = current.as_mut() {
                    match (*name, tokens.get(i + 2)) {
                        ("id", Some((Token::Word(w), _))) => item.id = integer(w),
                        ("kind", Some((Token::Ident(k), _))) => item.kind = Some((*k).to_owned()),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    places
}

/// A RON integer as written: decimal, `0x`, `0o` or `0b`, with `_` separators and a `+` sign.
fn integer(word: &str) -> Option<u64> {
    let w: String = word.trim_start_matches('+').chars().filter(|&c| c != '_').collect();
    let (digits, radix) = match w.get(..2) {
        Some("0x") => (&w[2..], 16),
        Some("0o") => (&w[2..], 8),
        Some("0b") => (&w[2..], 2),
        _ => (&w[..], 10),
    };
    u64::from_str_radix(digits, radix).ok()
}

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Ident(&'a str),
    /// A number or anything else made of letters, digits and `_+-.`.
    Word(&'a str),
    Colon,
    Open(char),
    Close,
    Other,
}

/// Splits the text into the tokens the scanner needs, each with where it starts. Strings and
/// comments are skipped whole (their brackets and colons do not count).
fn tokens(text: &str) -> Vec<(Token<'_>, Location)> {
    let mut out = Vec::new();
    let mut cursor = Cursor { text, pos: 0, line: 1, column: 1 };
    while let Some(c) = cursor.peek() {
        let at = Location { line: cursor.line, column: cursor.column };
        match c {
            c if c.is_whitespace() => {
                cursor.bump();
            }
            '/' if cursor.rest().starts_with("//") => cursor.skip_while(|c| c != '\n'),
            '/' if cursor.rest().starts_with("/*") => cursor.skip_block_comment(),
            '"' => cursor.skip_string(),
            'r' | 'b' if cursor.raw_string_ahead() => cursor.skip_raw_string(),
            'b' if cursor.rest().starts_with("b\"") => {
                cursor.bump();
                cursor.skip_string();
            }
            '\'' => cursor.skip_char(),
            '(' | '[' | '{' => {
                cursor.bump();
                out.push((Token::Open(c), at));
            }
            ')' | ']' | '}' => {
                cursor.bump();
                out.push((Token::Close, at));
            }
            ':' => {
                cursor.bump();
                out.push((Token::Colon, at));
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = cursor.pos;
                cursor.skip_while(|c| c.is_alphanumeric() || c == '_' || c == '#');
                let word = &text[start..cursor.pos];
                out.push((Token::Ident(word.strip_prefix("r#").unwrap_or(word)), at));
            }
            c if c.is_ascii_digit() || c == '+' || c == '-' || c == '.' => {
                let start = cursor.pos;
                cursor.skip_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '-' | '.'));
                out.push((Token::Word(&text[start..cursor.pos]), at));
            }
            _ => {
                cursor.bump();
                out.push((Token::Other, at));
            }
        }
    }
    out
}

struct Cursor<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    column: usize,
}

impl Cursor<'_> {
    fn rest(&self) -> &str {
        &self.text[self.pos..]
    }
    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }
    fn skip_while(&mut self, keep: impl Fn(char) -> bool) {
        while self.peek().is_some_and(&keep) {
            self.bump();
        }
    }
    /// `/* … */`, nested as RON allows.
    fn skip_block_comment(&mut self) {
        let mut depth = 0usize;
        while !self.rest().is_empty() {
            if self.rest().starts_with("/*") {
                depth += 1;
                self.bump();
                self.bump();
            } else if self.rest().starts_with("*/") {
                self.bump();
                self.bump();
                depth -= 1;
                if depth == 0 {
                    return;
                }
            } else {
                self.bump();
            }
        }
    }
    /// `"…"` with backslash escapes.
    fn skip_string(&mut self) {
        self.bump();
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                '"' => return,
                _ => {}
            }
        }
    }
    /// `'x'` or `'\''`; a lone quote is passed over.
    fn skip_char(&mut self) {
        self.bump();
        if self.peek() == Some('\\') {
            self.bump();
        }
        self.bump();
        if self.peek() == Some('\'') {
            self.bump();
        }
    }
    fn raw_string_ahead(&self) -> bool {
        let rest = self.rest().strip_prefix('b').unwrap_or(self.rest());
        rest.strip_prefix('r').is_some_and(|r| r.trim_start_matches('#').starts_with('"'))
    }
    /// `r"…"`, `r#"…"#` (any number of `#`), or with a `b` in front.
    fn skip_raw_string(&mut self) {
        if self.peek() == Some('b') {
            self.bump();
        }
        self.bump();
        let mut hashes = 0;
        while self.peek() == Some('#') {
            hashes += 1;
            self.bump();
        }
        self.bump();
        let end = format!("\"{}", "#".repeat(hashes));
        while !self.rest().is_empty() {
            if self.rest().starts_with(&end) {
                for _ in 0..end.chars().count() {
                    self.bump();
                }
                return;
            }
            self.bump();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PersonId, TagId};

    const TEXT: &str = r##"// header with ( and [ and "
(
  version: 1,
  next_id: 3,
  people: [
    (id: 1, name: "a ( [ \" ]", notes: r#"id: 9, ) "# ),
    /* (id: 7) */
    (
      id: 0x2,
      communities: [(id: 5)],
    ),
  ],
  tags: [(id: 2, name: 'x')],
  assets: [
    (kind: SelfKnowledge, evidence: [Person(1)]),
    (kind: SelfKnowledge),
  ],
)
"##;

    fn loc(line: usize, column: usize) -> Option<Location> {
        Some(Location { line, column })
    }

    #[test]
    fn records_assets_and_the_counter_are_found_whatever_the_strings_and_comments_hold() {
        let places = places(TEXT);
        assert_eq!(places.next_id(), loc(4, 3));
        let problems = [
            Problem::MissingLink { from: Holder::Record(RecordRef::Person(PersonId(1))), to: RecordRef::Tag(TagId(9)) },
            Problem::SharedId { first: RecordRef::Person(PersonId(2)), second: RecordRef::Tag(TagId(2)) },
            Problem::IdOutOfRange(RecordRef::Person(PersonId(2))),
            Problem::DuplicateAsset(AssetKind::SelfKnowledge),
            Problem::MissingLink { from: Holder::Asset(AssetKind::SelfKnowledge), to: RecordRef::Person(PersonId(4)) },
            Problem::DuplicateId(RecordRef::Person(PersonId(7))),
        ];
        assert_eq!(
            places.of_problems(&problems),
            vec![loc(6, 5), loc(13, 10), loc(8, 5), loc(16, 5), loc(15, 5), None]
        );
    }

    #[test]
    fn a_duplicate_points_at_its_second_appearance() {
        let text = "(people: [(id: 4), (id: 1_0), (id: 4)])";
        let problems = [Problem::DuplicateId(RecordRef::Person(PersonId(4)))];
        assert_eq!(places(text).of_problems(&problems), vec![loc(1, 31)]);
        assert_eq!(integer("1_0"), Some(10));
        assert_eq!(integer("0b11"), Some(3));
        assert_eq!(integer("18446744073709551616"), None);
    }

    #[test]
    fn broken_text_never_fails() {
        for text in ["", "(", ")))", "(people: [(id: ", "r#\"", "/* /*", "'", "(a: b\"", "(people: [(id:)])"] {
            let p = places(text);
            assert!(p.of_problems(&[Problem::IdOutOfRange(RecordRef::Person(PersonId(1)))])[0].is_none(), "{text}");
        }
    }
}
