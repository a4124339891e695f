//! Every screen snapshot, read back as text, checked for Japanese lines broken too early.
//!
//! The check, precisely. Each screen snapshot (`tests/snapshots/snapshots__*.snap`) is a list of
//! quoted rows; a row is cut into segments at the box-drawing border `│`, and a segment of one row
//! is paired with the segment between the same two columns in the next row. For such a pair let
//! `A` be the upper segment without trailing spaces and `B` the lower one without leading spaces
//! (a continuation's indent). The pair is taken as one wrapped paragraph when `A` holds a
//! double-width character (a Japanese line), and none of these marks them as separate lines:
//! - `A` or `B` holds two spaces in a row (table columns, key hints);
//! - `B` starts a new item: a label (English words and spaces before the first `: `, or a first
//!   word ending with `:`) or a check box (`[`);
//! - `A` is a label alone (ends with `:`) or ends a sentence (`。．.!?！？`): what follows a full
//!   stop may be a new line of the text, so these pairs are not checked at all (a weakness: a
//!   break right after a Japanese full stop is left to the unit tests in `src/ui/wrap.rs`);
//! - the two rows are the key hints and the status line (the last two rows of the screen);
//! - the pair is in [`SEPARATE`], rows checked by hand to be separate records.
//!
//! If `B` starts with a half-width word `W` (a run of visible ASCII characters), the smallest
//! piece that could have moved up with it is `U`: `W` plus the character right after it, or, when
//! a space follows `W`, that space and the character after it (a key name stays with the word it
//! names the key for). The line was broken before a half-width word while it had room for it
//! when `width(A) + 1 + width(U)` is at most the segment's width: a space and `U` fitted after
//! `A`. No such pair may exist.

use std::path::Path;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The rows of a screen snapshot, as they would appear on the terminal.
fn rows(snap: &str) -> Vec<String> {
    snap.lines()
        .filter(|l| l.starts_with('"'))
        .map(|l| {
            let body = &l[1..];
            let end = body.find("\" Hidden by multi-width symbols:").or_else(|| body.rfind('"')).unwrap_or(body.len());
            body[..end].to_owned()
        })
        .collect()
}

/// The segments of a row between borders: (first column, last column + 1, text).
fn segments(row: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let (mut col, mut start, mut text) = (0usize, 0usize, String::new());
    for c in row.chars() {
        if c == '│' {
            out.push((start, col, std::mem::take(&mut text)));
            start = col + 1;
        } else {
            text.push(c);
        }
        col += c.width().unwrap_or(0);
    }
    out.push((start, col, text));
    out
}

/// The piece of `b` that would have had to move up with its first half-width word, if it starts
/// with one.
fn leading_half_width_piece(b: &str) -> Option<String> {
    let word: String = b.chars().take_while(char::is_ascii_graphic).collect();
    if word.is_empty() {
        return None;
    }
    let mut rest = b[word.len()..].chars();
    let mut piece = word;
    match rest.next() {
        Some(' ') => {
            if let Some(next) = rest.next() {
                piece.push(' ');
                piece.push(next);
            }
        }
        Some(next) => piece.push(next),
        None => {}
    }
    Some(piece)
}

/// The starts of lower rows that are separate records, not the rest of the row above: each row
/// of the next actions is one action (`Kim Alex さん: …`), and the mutual-friends figures are
/// followed by their source (`mutual-source`, its own message).
const SEPARATE: &[&str] = &["Kim Alex さん:", "5-20 は Rajkumar"];

/// The pairs of rows in `snap` broken before a half-width word that fitted.
fn early_breaks(snap: &str) -> Vec<String> {
    let rows = rows(snap);
    let mut found = Vec::new();
    let paired = rows.len().saturating_sub(2);
    for pair in rows[..paired].windows(2) {
        let lower = segments(&pair[1]);
        for (left, right, upper) in segments(&pair[0]) {
            let Some((_, _, below)) = lower.iter().find(|(l, r, _)| (*l, *r) == (left, right)) else { continue };
            let (a, b) = (upper.trim_end(), below.trim());
            let japanese = a.chars().any(|c| c.width() == Some(2));
            if a.is_empty() || !japanese || a.trim_start().contains("  ") || b.contains("  ") {
                continue;
            }
            // A field's label opens its own row ("Outcome: …", or "How it went:" above its text).
            let words = |l: &str| l.chars().all(|c| c.is_ascii_alphabetic() || c == ' ');
            let label = b.split(' ').next().is_some_and(|w| w.ends_with(':'))
                || b.split_once(": ").is_some_and(|(l, _)| words(l))
                || b.strip_suffix(':').is_some_and(words);
            let ends = a.ends_with([':', '。', '．', '.', '!', '?', '！', '？']);
            if label || b.starts_with('[') || ends || SEPARATE.iter().any(|s| b.starts_with(s)) {
                continue;
            }
            if let Some(piece) = leading_half_width_piece(b)
                && a.width() + 1 + piece.width() <= right - left
            {
                found.push(format!("{a:?} / {b:?} (room {}, needs {})", right - left - a.width(), 1 + piece.width()));
            }
        }
    }
    found
}

#[test]
fn no_japanese_line_breaks_before_a_half_width_word_it_had_room_for() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut checked = 0;
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("snapshots") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        if !name.starts_with("snapshots__") || !name.ends_with(".snap") {
            continue;
        }
        let snap = std::fs::read_to_string(&path).expect("read");
        checked += 1;
        problems.extend(early_breaks(&snap).into_iter().map(|p| format!("{name}: {p}")));
    }
    assert!(checked > 100, "only {checked} screen snapshots found");
    assert!(problems.is_empty(), "{} early breaks:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_check_finds_the_break_it_is_for() {
    // Each screen ends with the key hints and the status line, which are never paired.
    let end = "\"hints\"\n\"status\"\n";
    let snap = "\
\"│答えはすべてワークブックに入っていて、         │\"
\"│x でこのまとめを書き出せます                   │\"
";
    assert_eq!(early_breaks(&format!("{snap}{end}")).len(), 1);
    // A full line, a table and an English list are left alone.
    let snap = "\
\"│答えはすべてワークブックに入っています。あい│\"
\"│x でこのまとめを書き出せます                │\"
\"│仲間            1/5 (-1)                    │\"
\"│Rust.Tokyo      2/5 (-1)                    │\"
";
    let snap = format!("{snap}{end}");
    assert!(early_breaks(&snap).is_empty(), "{:?}", early_breaks(&snap));
}
