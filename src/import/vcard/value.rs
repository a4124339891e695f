//! A property's raw value into text, strictly: quoted-printable first (`=E7=94=B0`), then the
//! character set (the declared `CHARSET`, else UTF-8), then the backslash escapes and the `;`
//! that separates the parts of a structured value (`N`, `ORG`). Decoding the character set
//! before the escapes matters for Shift_JIS, whose double-byte characters may end in the byte of
//! a backslash (`表` is `0x95 0x5C`).
//!
//! Nothing is guessed or replaced: an `=` without two hex digits, bytes that are not text in
//! their character set (a value cut short, `=E3=81`), or a character set we do not know is a
//! [`RowProblem`] naming the property, never a name with `�` in it. One exception, because
//! Japanese phones write it: a value without `CHARSET` that is not UTF-8 is read in the
//! character set the same card declares on its other lines.
//!
//! Every function here is one pass over the value.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};

use super::super::RowProblem;
use super::content::Property;

/// How a card's values are read: its version's escapes, and the character set its other
/// properties declare.
pub(super) struct Reading {
    /// vCard 2.1 escapes only `\;`; 3.0 and 4.0 escape `\\`, `\,`, `\;` and `\n`.
    v21: bool,
    /// The first character set other than UTF-8 that the card declares.
    card_charset: Option<&'static Encoding>,
}

impl Reading {
    pub fn of(props: &[Property]) -> Self {
        let version = props.iter().find(|p| p.name == "VERSION").map(|p| p.value.trim_ascii());
        Reading {
            v21: version == Some(b"2.1"),
            card_charset: props
                .iter()
                .filter_map(|p| p.charset())
                .filter_map(|label| Encoding::for_label(label.as_bytes()))
                .find(|&e| e != UTF_8),
        }
    }

    /// The whole value as text, escapes resolved (`;` and `,` kept).
    pub fn text(&self, p: &Property) -> Result<String, RowProblem> {
        let decoded = self.decoded(p)?;
        Ok(self.parts(&decoded, None).into_iter().next().unwrap_or_default())
    }

    /// The first `max` parts of a structured value, each with its escapes resolved; the rest of
    /// the value is not looked at.
    pub fn components(&self, p: &Property, max: usize) -> Result<Vec<String>, RowProblem> {
        let decoded = self.decoded(p)?;
        Ok(self.parts(&decoded, Some(max)))
    }

    /// Quoted-printable and the character set decoded.
    fn decoded<'p>(&self, p: &'p Property) -> Result<Cow<'p, str>, RowProblem> {
        let bytes: Cow<'p, [u8]> = if p.is_quoted_printable() {
            Cow::Owned(
                quoted_printable(&p.value)
                    .map_err(|sequence| RowProblem::BadQuotedPrintable { property: p.name.clone(), sequence })?,
            )
        } else {
            Cow::Borrowed(&p.value)
        };
        let not_text = |charset: &str| RowProblem::BadCharset { property: p.name.clone(), charset: charset.to_owned() };
        if let Some(label) = p.charset() {
            let encoding = Encoding::for_label(label.as_bytes())
                .ok_or_else(|| RowProblem::UnknownCharset { property: p.name.clone(), charset: label.to_owned() })?;
            let text = encoding.decode_without_bom_handling_and_without_replacement(&bytes);
            return text.map(|t| Cow::Owned(t.into_owned())).ok_or_else(|| not_text(label));
        }
        // No CHARSET: UTF-8, or what the card declares elsewhere.
        match bytes {
            Cow::Borrowed(b) => match std::str::from_utf8(b) {
                Ok(text) => Ok(Cow::Borrowed(text)),
                Err(_) => self.in_card_charset(b).ok_or_else(|| not_text("UTF-8")),
            },
            Cow::Owned(b) => match String::from_utf8(b) {
                Ok(text) => Ok(Cow::Owned(text)),
                Err(e) => self.in_card_charset(e.as_bytes()).ok_or_else(|| not_text("UTF-8")),
            },
        }
    }

    fn in_card_charset<'p>(&self, bytes: &[u8]) -> Option<Cow<'p, str>> {
        let text = self.card_charset?.decode_without_bom_handling_and_without_replacement(bytes)?;
        Some(Cow::Owned(text.into_owned()))
    }

    /// `text` cut at every `;` not escaped by a backslash (all of it when `max` is `None`), and
    /// each part's escapes resolved.
    fn parts(&self, text: &str, max: Option<usize>) -> Vec<String> {
        let mut parts = Vec::new();
        let mut part = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    None => part.push('\\'),
                    Some(';') => part.push(';'),
                    // 2.1 has no other escapes: the backslash is text.
                    Some(other) if self.v21 => {
                        part.push('\\');
                        part.push(other);
                    }
                    Some('n' | 'N') => part.push('\n'),
                    Some(other) => part.push(other),
                },
                ';' if max.is_some() => {
                    parts.push(std::mem::take(&mut part));
                    if max.is_some_and(|m| parts.len() >= m) {
                        return parts;
                    }
                }
                _ => part.push(c),
            }
        }
        parts.push(part);
        parts
    }
}

/// Decodes `=XX` octets (either case of hex digit); every other byte stands for itself. An `=`
/// without two hex digits after it is an error, given back as the sequence found.
fn quoted_printable(raw: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] != b'=' {
            out.push(raw[i]);
            i += 1;
            continue;
        }
        let hex = |at: usize| raw.get(at).and_then(|&b| (b as char).to_digit(16));
        match (hex(i + 1), hex(i + 2)) {
            (Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            _ => {
                let end = (i + 3).min(raw.len());
                return Err(String::from_utf8_lossy(&raw[i..end]).into_owned());
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::content::{Param, Property};
    use super::*;

    fn prop(params: &[(&str, &str)], value: &[u8]) -> Property {
        Property {
            line: 7,
            name: "N".into(),
            params: params
                .iter()
                .map(|(n, v)| Param {
                    name: (*n).into(),
                    values: if v.is_empty() { vec![] } else { vec![(*v).into()] },
                })
                .collect(),
            value: value.to_vec(),
        }
    }

    fn reading(version: &str) -> Reading {
        Reading::of(&[Property { line: 1, name: "VERSION".into(), params: vec![], value: version.into() }])
    }

    #[test]
    fn escapes_by_version() {
        let p = prop(&[], br"a\;b\,c\nd\\;e");
        assert_eq!(reading("3.0").components(&p, 3), Ok(vec!["a;b,c\nd\\".into(), "e".into()]));
        assert_eq!(reading("2.1").components(&p, 3), Ok(vec![r"a;b\,c\nd\\".into(), "e".into()]));
        assert_eq!(reading("4.0").text(&p), Ok("a;b,c\nd\\;e".into()));
        assert_eq!(reading("4.0").text(&prop(&[], b"trailing\\")), Ok("trailing\\".into()));
    }

    #[test]
    fn only_the_parts_asked_for_are_read() {
        let p = prop(&[], b"a;b;c;d;e");
        assert_eq!(reading("3.0").components(&p, 2), Ok(vec!["a".into(), "b".into()]));
        assert_eq!(reading("3.0").components(&prop(&[], b""), 3), Ok(vec![String::new()]));
    }

    #[test]
    fn quoted_printable_then_charset_then_escapes() {
        let qp = ("ENCODING", "QUOTED-PRINTABLE");
        let p = prop(&[("CHARSET", "UTF-8"), qp], b"=E7=94=B0=E4=B8=AD;=e7=bf=94");
        assert_eq!(reading("2.1").components(&p, 3), Ok(vec!["田中".into(), "翔".into()]));
        // 表 in Shift_JIS ends in the byte of a backslash; it must not escape the `;`.
        let p = prop(&[("CHARSET", "SHIFT_JIS")], b"\x95\x5c;\x8e\x71");
        assert_eq!(reading("2.1").components(&p, 3), Ok(vec!["表".into(), "子".into()]));
    }

    #[test]
    fn broken_values_are_problems_naming_the_property() {
        let qp = ("QUOTED-PRINTABLE", "");
        let bad = |sequence: &str| RowProblem::BadQuotedPrintable { property: "N".into(), sequence: sequence.into() };
        assert_eq!(reading("2.1").text(&prop(&[qp], b"ab=ZZcd")), Err(bad("=ZZ")));
        assert_eq!(reading("2.1").text(&prop(&[qp], b"ab=4")), Err(bad("=4")));
        let cut = RowProblem::BadCharset { property: "N".into(), charset: "UTF-8".into() };
        assert_eq!(reading("2.1").text(&prop(&[qp, ("CHARSET", "UTF-8")], b"=E3=81")), Err(cut.clone()));
        assert_eq!(reading("2.1").text(&prop(&[qp], b"=E3=81")), Err(cut.clone()));
        assert_eq!(reading("3.0").text(&prop(&[], b"\xe3\x81")), Err(cut));
        let sjis = RowProblem::BadCharset { property: "N".into(), charset: "Shift_JIS".into() };
        assert_eq!(reading("2.1").text(&prop(&[("CHARSET", "Shift_JIS")], b"\x95")), Err(sjis));
        let unknown = RowProblem::UnknownCharset { property: "N".into(), charset: "KLINGON".into() };
        assert_eq!(reading("2.1").text(&prop(&[("CHARSET", "KLINGON")], b"x")), Err(unknown));
    }

    #[test]
    fn an_undeclared_value_is_read_in_the_charset_the_card_declares() {
        let props = [prop(&[("CHARSET", "SHIFT_JIS")], b"x"), prop(&[], b"\x8eR\x93c")];
        assert_eq!(Reading::of(&props).text(&props[1]), Ok("山田".into()));
    }
}
