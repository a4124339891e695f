//! Incremental fuzzy search within a list (`/`). Each record offers the text it is found by;
//! nucleo's matcher ranks the rows (case-insensitive, Unicode-normalised, so full- and
//! half-width forms and Japanese match as typed).

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use super::rows::Row;
use crate::i18n::{Label, Lang};
use crate::model::*;

/// The text a row is found by: its name or text and the fields people remember it by.
pub fn haystack(wb: &Workbook, row: Row, lang: Lang) -> String {
    let person = |id: Option<PersonId>| id.and_then(|p| wb.people.get(p)).map_or("", |p| p.name.as_str());
    match row {
        Row::Action(_) => String::new(),
        Row::Asset(kind) => kind.label(lang).to_owned(),
        Row::Record(r) => match wb.record(r) {
            None => String::new(),
            Some(Record::Value(v)) => format!("{} {}", v.name, v.description),
            Some(Record::Community(c)) => {
                let interests: Vec<&str> = c.interests.iter().map(|t| t.as_str()).collect();
                format!("{} {} {} {}", c.name, c.kind.label(lang), interests.join(" "), c.notes)
            }
            Some(Record::Person(p)) => format!("{} {} {} {} {}", p.name, p.phonetic, p.field, p.how_met, p.notes),
            Some(Record::Tag(t)) => format!("{} {}", t.name, t.description),
            Some(Record::Output(o)) => {
                let tags: Vec<&str> = o.tags.iter().filter_map(|&t| wb.tags.get(t)).map(|t| t.name.as_str()).collect();
                format!("{} {}", o.text, tags.join(" "))
            }
            Some(Record::Introduction(i)) => {
                format!("{} {} {} {}", person(i.first), person(i.second), i.why, i.outcome)
            }
            Some(Record::Invitation(i)) => format!("{} {} {} {}", i.what, person(i.from), i.reason, i.outcome),
            Some(Record::Stocktake(s)) => s.note.to_string(),
            Some(Record::Reflection(x)) => x.text.to_string(),
        },
    }
}

/// Full-width ASCII (what a Japanese IME types for letters and digits) as plain ASCII, and the
/// ideographic space as a space, so `ＭＩＳＡＫＩ` finds "Misaki".
fn fold_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .collect()
}

/// What each row is found by, prepared once per change of the workbook (in the matcher's own
/// form), so a key typed into a search only matches, never formats.
pub fn prepare(rows: &[Row], wb: &Workbook, lang: Lang) -> Vec<Utf32String> {
    rows.iter()
        .map(|&row| Utf32String::from(fold_width(&crate::model::text::one_line(&haystack(wb, row, lang)))))
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

/// The rows that match `query`, best first (ties keep the list's order). `prepared` is
/// [`prepare`] of the same rows.
pub fn filter(rows: &[Row], prepared: &[Utf32String], query: &str) -> Vec<Row> {
    if query.trim().is_empty() {
        return rows.to_vec();
    }
    rank(prepared, query).into_iter().map(|i| rows[i]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_japanese_and_english_by_parts_best_first() {
        let mut wb = Workbook::default();
        for (id, name, field) in [(1, "佐藤 美咲", "教育"), (2, "Misaki Tanaka", "IT"), (3, "田中 翔", "教育")]
        {
            wb.people.put(Person {
                id: PersonId(id),
                name: Text::from(name),
                field: Text::from(field),
                ..Default::default()
            });
        }
        let rows: Vec<Row> = wb.people.iter().map(|p| Row::Record(RecordRef::Person(p.id))).collect();
        let names = |q: &str| -> Vec<u64> {
            filter(&rows, &prepare(&rows, &wb, Lang::Ja), q)
                .into_iter()
                .map(|r| match r {
                    Row::Record(r) => r.number(),
                    _ => 0,
                })
                .collect()
        };
        assert_eq!(names("美咲"), vec![1]);
        assert_eq!(names("misaki"), vec![2]);
        assert_eq!(names("教育"), vec![1, 3]);
        assert_eq!(names("ＭＩＳＡＫＩ"), vec![2], "full-width letters from an IME match");
        assert_eq!(names("").len(), 3);
        assert!(names("存在しない").is_empty());
    }
}
