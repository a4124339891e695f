//! Sanitised user text: the one place where raw input becomes model data.
//!
//! Every string the model stores passes through [`sanitize`], whether it comes from a key press,
//! a paste, the command line, an import or a hand-edited workbook file (the serde impl of [`Text`]
//! runs it on load). After this boundary text holds no terminal control, no bidi overrides, only
//! `\n` line ends, and is NFC-normalised, so the RON file can store it unescaped and a save/load
//! round trip is exact.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// True for characters that must never reach the model: C0 controls other than tab and newline,
/// DEL, C1 controls, the bidi embedding/override/isolate controls that can reorder what a reader
/// sees (the "Trojan Source" set), and the invisible ones that take no cell on a terminal but
/// still count as text: zero-width space, non-joiner and joiner (U+200B-U+200D), the left-to-right,
/// right-to-left and Arabic letter marks (U+200E, U+200F, U+061C), the word joiner and invisible
/// operators (U+2060-U+2064), the Mongolian vowel separator (U+180E) and the byte-order mark
/// (U+FEFF). Kept, they shift columns and borders and make two names that look the same differ.
///
/// Removing them is a choice: an emoji joined by U+200D (a family, a flag with a sign) becomes
/// its separate pictures, and the non-joiner some scripts use between letters is lost. For the
/// names and notes of a workbook, a row that lines up and a name that matches are worth more.
pub fn is_forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}'
        | '\u{200b}'..='\u{200f}' | '\u{061c}' | '\u{2060}'..='\u{2064}' | '\u{180e}')
}

/// The line and paragraph separators (U+2028, U+2029): line breaks to a reader, but not to a
/// terminal, which draws them as nothing or as a box. They become `\n`.
fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// Cleans text at the model boundary: CRLF and lone CR become LF, forbidden characters are
/// dropped, and the result is NFC. Returns the input unchanged (no allocation beyond the copy)
/// when it is already clean, which is the common case on load.
pub fn sanitize(raw: &str) -> String {
    if is_clean(raw) {
        return raw.to_owned();
    }
    sanitize_dirty(raw)
}

/// True when `sanitize` would return the text unchanged.
fn is_clean(raw: &str) -> bool {
    // ASCII without controls is the common case and needs no NFC check.
    if raw.bytes().all(|b| (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\t') {
        return true;
    }
    !raw.chars().any(|c| c == '\r' || is_forbidden(c) || is_separator(c))
        && is_nfc_quick(raw.chars()) == IsNormalized::Yes
}

/// Like `sanitize`, but keeps the allocation when the text is already clean.
pub fn sanitize_owned(raw: String) -> String {
    if is_clean(&raw) { raw } else { sanitize_dirty(&raw) }
}

fn sanitize_dirty(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            c if is_separator(c) => out.push('\n'),
            c if is_forbidden(c) => {}
            c => out.push(c),
        }
    }
    if is_nfc_quick(out.chars()) == IsNormalized::Yes { out } else { out.nfc().collect() }
}

/// Text for one line on screen: newlines and tabs become spaces so a multi-line note never breaks
/// a list row. (Sanitised text has no other controls left.)
pub fn one_line(s: &str) -> String {
    s.chars().map(|c| if c == '\n' || c == '\t' { ' ' } else { c }).collect()
}

/// A sanitised string. Construct with `Text::from` (which sanitises); read through `Deref<str>`.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(String);

impl Text {
    pub fn new(raw: &str) -> Self {
        Self(sanitize(raw))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl From<&str> for Text {
    fn from(raw: &str) -> Self {
        Self::new(raw)
    }
}

impl From<String> for Text {
    fn from(raw: String) -> Self {
        Self::new(&raw)
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_string(TextVisitor)
    }
}

/// Takes the string however the format offers it (borrowed from the input, or owned after
/// unescaping) and copies it at most once.
struct TextVisitor;

impl serde::de::Visitor<'_> for TextVisitor {
    type Value = Text;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text(sanitize(v)))
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Text, E> {
        Ok(Text(sanitize_owned(v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_clean_japanese_text_as_is() {
        assert_eq!(sanitize("ゆるやかな繋がり\n二行目\tタブ"), "ゆるやかな繋がり\n二行目\tタブ");
    }

    #[test]
    fn turns_crlf_and_cr_into_lf() {
        assert_eq!(sanitize("a\r\nb\rc"), "a\nb\nc");
    }

    #[test]
    fn drops_terminal_escapes_and_bidi_overrides() {
        assert_eq!(sanitize("\u{1b}[31mred\u{7}\u{9b}"), "[31mred");
        assert_eq!(sanitize("abc\u{202e}def\u{2066}"), "abcdef");
        assert_eq!(sanitize("\u{feff}bom"), "bom");
    }

    #[test]
    fn drops_invisible_characters_and_breaks_lines_at_separators() {
        assert_eq!(sanitize("佐\u{200b}藤\u{200c}美\u{200d}咲"), "佐藤美咲");
        assert_eq!(sanitize("\u{200e}a\u{200f}b\u{61c}c\u{2060}d\u{2063}e\u{180e}f"), "abcdef");
        assert_eq!(sanitize("in\u{feff}side"), "inside");
        assert_eq!(sanitize("one\u{2028}two\u{2029}three"), "one\ntwo\nthree");
        // What stays: variation selectors (emoji and kanji variants) and ordinary spaces.
        assert_eq!(sanitize("\u{2764}\u{fe0f} 葛\u{e0100}"), "\u{2764}\u{fe0f} 葛\u{e0100}");
        for c in ['\u{200b}', '\u{200d}', '\u{2028}', '\u{61c}'] {
            assert!(!is_clean(&c.to_string()), "{c:?}");
        }
    }

    #[test]
    fn normalises_to_nfc() {
        // か + combining dakuten → が
        assert_eq!(sanitize("\u{304b}\u{3099}"), "\u{304c}");
        assert_eq!(sanitize("e\u{301}"), "é");
    }

    #[test]
    fn sanitising_twice_changes_nothing() {
        let once = sanitize("x\r\n\u{1b}y\u{304b}\u{3099}");
        assert_eq!(sanitize(&once), once);
    }

    #[test]
    fn one_line_flattens_newlines_and_tabs() {
        assert_eq!(one_line("a\nb\tc"), "a b c");
    }
}
