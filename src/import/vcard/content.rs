//! A card's content lines: the physical lines between `BEGIN:VCARD` and `END:VCARD` joined into
//! properties, each split into its name, parameters and raw value, with the line it starts on.
//!
//! Joining follows what real exports write: a line that starts with a space or a tab continues
//! the one before (a fold, which may fall inside a UTF-8 character: bytes are joined, not
//! text); a quoted-printable value that ends with `=` continues on the next line (a soft line
//! break, Android's 2.1 exports); blank lines are skipped. The value stays raw — escapes,
//! quoted-printable and the character set are decoded by the sibling `value` module, and only
//! for the properties that are read.
//!
//! Every step is one forward pass: a line of any length costs time in proportion to its bytes.

use super::super::RowProblem;

/// One parameter: `TYPE=work,pref` is `TYPE` with two values; a 2.1 bare `PREF` has none.
pub(super) struct Param {
    pub name: String,
    pub values: Vec<String>,
}

/// One property of a card, folds and soft line breaks joined.
pub(super) struct Property {
    /// The physical line it starts on (1-based, counted from the top of the file).
    pub line: u64,
    /// The name without its group (`item1.URL` is `URL`), in capitals.
    pub name: String,
    pub params: Vec<Param>,
    /// The bytes after the colon, escapes and encodings untouched.
    pub value: Vec<u8>,
}

impl Property {
    pub fn has_param(&self, name: &str) -> bool {
        self.params.iter().any(|p| p.name.eq_ignore_ascii_case(name))
    }

    /// The values of the first parameter called `name`.
    pub fn param(&self, name: &str) -> Option<&[String]> {
        self.params.iter().find(|p| p.name.eq_ignore_ascii_case(name)).map(|p| p.values.as_slice())
    }

    /// `ENCODING=QUOTED-PRINTABLE`, or the bare 2.1 token.
    pub fn is_quoted_printable(&self) -> bool {
        self.params.iter().any(|p| is_quoted_printable(&p.name, &p.values))
    }

    /// The `CHARSET` it declares, quotes removed.
    pub fn charset(&self) -> Option<&str> {
        self.param("CHARSET").and_then(|v| v.first()).map(|c| c.trim_matches('"'))
    }
}

fn is_quoted_printable(name: &str, values: &[String]) -> bool {
    name.eq_ignore_ascii_case("QUOTED-PRINTABLE")
        || (name.eq_ignore_ascii_case("ENCODING") && values.iter().any(|v| v.eq_ignore_ascii_case("QUOTED-PRINTABLE")))
}

/// The properties between a card's `BEGIN` and `END` lines; `first_line` is the number of the
/// first line of `inner`. A line that cannot be a property fails the card, at that line.
pub(super) fn properties(inner: &[u8], first_line: u64) -> Result<Vec<Property>, (u64, RowProblem)> {
    let mut lines = physical_lines(inner, first_line).peekable();
    let mut out = Vec::new();
    while let Some((line, content)) = lines.next() {
        let first = content.trim_ascii_start();
        if first.is_empty() {
            continue;
        }
        let mut logical = first.to_vec();
        let quoted_printable = value_colon(first).is_some_and(|colon| head_is_quoted_printable(&first[..colon]));
        if quoted_printable && logical.ends_with(b"=") {
            // Soft line breaks: each line ending in `=` goes on with the next one.
            logical.pop();
            for (_, next) in lines.by_ref() {
                match next.strip_suffix(b"=") {
                    Some(head) => logical.extend_from_slice(head),
                    None => {
                        logical.extend_from_slice(next);
                        break;
                    }
                }
            }
        } else {
            while let Some((_, next)) = lines.next_if(|(_, l)| matches!(l.first(), Some(b' ' | b'\t'))) {
                logical.extend_from_slice(&next[1..]);
            }
        }
        out.push(property(line, logical, quoted_printable)?);
    }
    Ok(out)
}

/// Physical lines with their numbers, line ends (LF or CRLF) removed.
fn physical_lines(bytes: &[u8], first_line: u64) -> impl Iterator<Item = (u64, &[u8])> {
    let mut rest = bytes;
    let mut number = first_line;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (line, tail) = match rest.iter().position(|&b| b == b'\n') {
            Some(lf) => (&rest[..lf], &rest[lf + 1..]),
            None => (rest, &[][..]),
        };
        rest = tail;
        number += 1;
        Some((number - 1, line.strip_suffix(b"\r").unwrap_or(line)))
    })
}

/// Splits one logical line into name, parameters and value.
fn property(line: u64, logical: Vec<u8>, quoted_printable: bool) -> Result<Property, (u64, RowProblem)> {
    let Some(colon) = value_colon(&logical) else {
        return Err((line, RowProblem::NoColon(String::from_utf8_lossy(&logical).into_owned())));
    };
    let head = std::str::from_utf8(&logical[..colon]).map_err(|_| (line, RowProblem::NotUtf8("vCard")))?;
    let mut parts = split_outside_quotes(head, ';');
    let full_name = parts.next().unwrap_or_default();
    let name = full_name.split_once('.').map_or(full_name, |(_, n)| n).trim().to_ascii_uppercase();
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((name, values)) => Param {
                name: name.trim().to_owned(),
                values: split_outside_quotes(values, ',').map(|v| v.trim().to_owned()).collect(),
            },
            None => Param { name: p.trim().to_owned(), values: Vec::new() },
        })
        .collect();
    let mut value = logical;
    value.drain(..=colon);
    if quoted_printable {
        // A trailing `=` is a soft line break with nothing after it (a real `=` is `=3D`).
        while value.last() == Some(&b'=') {
            value.pop();
        }
    }
    Ok(Property { line, name, params, value })
}

/// The colon that ends the name and parameters: the first one outside double quotes (a
/// parameter value may hold one: `GEO="geo:1,2"`), else the first one at all.
fn value_colon(line: &[u8]) -> Option<usize> {
    let mut quoted = false;
    for (i, &b) in line.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b':' if !quoted => return Some(i),
            _ => {}
        }
    }
    line.iter().position(|&b| b == b':')
}

/// Whether a head (`NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE`) declares quoted-printable,
/// which decides whether a trailing `=` joins the next line.
fn head_is_quoted_printable(head: &[u8]) -> bool {
    head.split(|&b| b == b';').skip(1).any(|token| {
        token.eq_ignore_ascii_case(b"QUOTED-PRINTABLE") || token.eq_ignore_ascii_case(b"ENCODING=QUOTED-PRINTABLE")
    })
}

/// `s` cut at every `sep` outside double quotes.
fn split_outside_quotes(s: &str, sep: char) -> impl Iterator<Item = &str> {
    let mut quoted = false;
    s.split(move |c| {
        if c == '"' {
            quoted = !quoted;
        }
        c == sep && !quoted
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn props(text: &str) -> Vec<Property> {
        properties(text.as_bytes(), 2).unwrap_or_else(|(line, p)| panic!("line {line}: {p:?}"))
    }

    #[test]
    fn folds_join_bytes_and_each_property_keeps_its_first_line() {
        let p = props("VERSION:3.0\r\nNOTE:ab\r\n c\r\n\td\r\n\r\nitem1.URL;type=pref:x\r\n");
        let seen: Vec<(u64, &str, &[u8])> = p.iter().map(|p| (p.line, p.name.as_str(), p.value.as_slice())).collect();
        assert_eq!(seen, [(2, "VERSION", &b"3.0"[..]), (3, "NOTE", b"abcd"), (7, "URL", b"x")]);
        assert!(p[2].has_param("TYPE"));
        assert_eq!(p[2].param("type"), Some(&["pref".to_owned()][..]));
    }

    #[test]
    fn quoted_printable_soft_breaks_join_until_a_line_without_one() {
        let p = props("NOTE;ENCODING=QUOTED-PRINTABLE:=E3=81==\r\n=82=\r\nb\r\nFN:x\r\n");
        assert_eq!(p[0].value, b"=E3=81==82b");
        assert!(p[0].is_quoted_printable());
        assert_eq!((p[1].line, p[1].name.as_str()), (5, "FN"));
        // A dangling `=` at the end of the card is dropped, not an error.
        let p = props("FN;QUOTED-PRINTABLE:=41=\r\n");
        assert_eq!(p[0].value, b"=41");
    }

    #[test]
    fn parameters_split_outside_quotes() {
        let p = props("ADR;GEO=\"geo:1,2\";TYPE=work,home;CHARSET=\"UTF-8\":;;x\r\n");
        assert_eq!(p[0].param("GEO"), Some(&["\"geo:1,2\"".to_owned()][..]));
        assert_eq!(p[0].param("TYPE").map(<[String]>::len), Some(2));
        assert_eq!(p[0].charset(), Some("UTF-8"));
        assert_eq!(p[0].value, b";;x");
    }

    #[test]
    fn a_line_without_a_colon_is_reported_at_its_line() {
        let Err((line, problem)) = properties(b"FN:a\nno colon\n", 10) else { panic!("no error") };
        assert_eq!((line, problem), (11, RowProblem::NoColon("no colon".into())));
    }
}
