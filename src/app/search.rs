//! Incremental fuzzy search of texts (a list's `/`, a pick list's query). The lists say what
//! each row is found by (`rows`); nucleo's matcher ranks the texts (case-insensitive, Unicode-normalised, so full- and
//! half-width forms and Japanese match as typed).

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

/// Full-width ASCII (what a Japanese IME types for letters and digits) as plain ASCII, and the
/// ideographic space as a space, so `ＭＩＳＡＫＩ` finds "Misaki".
pub fn fold_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .collect()
}

/// A key typed into a query (a search or a pick list): a character is added, Backspace takes
/// one away, Ctrl-u clears it. False when the key is none of these.
pub fn edit_query(query: &mut String, key: ratatui::crossterm::event::KeyEvent) -> bool {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Backspace => {
            query.pop();
        }
        KeyCode::Char('u') if ctrl => query.clear(),
        KeyCode::Char(c) if !ctrl => query.push_str(&crate::model::text::sanitize(&c.to_string())),
        _ => return false,
    }
    true
}

/// Plain texts in the matcher's form (the link picker's choices).
pub fn prepare_texts<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<Utf32String> {
    texts.map(|t| Utf32String::from(fold_width(&crate::model::text::one_line(t)))).collect()
}

/// Indices of the `prepared` texts that match `query`, best first (ties keep their order); all
/// of them, in order, for an empty query.
pub fn rank(prepared: &[Utf32String], query: &str) -> Vec<usize> {
    if query.trim().is_empty() {
        return (0..prepared.len()).collect();
    }
    let pattern = Pattern::parse(&fold_width(query), CaseMatching::Ignore, Normalization::Smart);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut scored: Vec<(u32, usize)> = prepared
        .iter()
        .enumerate()
        .filter_map(|(i, hay)| Some((pattern.score(hay.slice(..), &mut matcher)?, i)))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, i)| i).collect()
}
