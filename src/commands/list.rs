//! `tsunagari list KIND [--json]`: the records of one kind, as aligned columns under a line of
//! their names (or one line saying there are none yet, and how to add one), or as the JSON array
//! of the records exactly as stored (for scripts and tests; `[]` when there are none).

use std::path::Path;

use serde::Serialize;

use crate::cli::ListKind;
use crate::i18n::{self, Label, Lang, tr};
use crate::model::PersonId;
use crate::model::text::one_line;

fn json<T: Serialize>(items: &[T], lang: Lang) -> Result<String, String> {
    serde_json::to_string_pretty(items).map_err(|e| tr!(lang, "cli-json", reason = e.to_string()))
}

pub fn list(path: &Path, kind: ListKind, as_json: bool, lang: Lang) -> Result<String, String> {
    // A mistyped path must not look like an empty workbook.
    if !path.exists() {
        return Err(super::no_such_file(lang, path));
    }
    // Reading needs no lock: saves replace the file atomically, so we see one whole version.
    let loaded = super::load(path, lang, super::Intent::Read)?;
    let wb = &loaded.workbook;
    if as_json {
        return match kind {
            ListKind::Values => json(wb.values.as_slice(), lang),
            ListKind::Communities => json(wb.communities.as_slice(), lang),
            ListKind::People => json(wb.people.as_slice(), lang),
            ListKind::Tags => json(wb.tags.as_slice(), lang),
            ListKind::Outputs => json(wb.outputs.as_slice(), lang),
            ListKind::Introductions => json(wb.introductions.as_slice(), lang),
            ListKind::Invitations => json(wb.invitations.as_slice(), lang),
            ListKind::Assets => json(&wb.assets, lang),
            ListKind::Stocktakes => json(wb.stocktakes.as_slice(), lang),
            ListKind::Reflections => json(wb.reflections.as_slice(), lang),
        };
    }
    let d = i18n::date;
    let person =
        |id: Option<PersonId>| id.and_then(|id| wb.people.get(id)).map_or("-".to_owned(), |p| one_line(&p.name));
    // Each record: its id (the key scripts and `--from 12` use) and its main fields, under the
    // names of the columns.
    let col = |id: &'static str| -> String { crate::i18n::fluent::text(lang, id) };
    let (head, rows): (Vec<String>, Vec<Vec<String>>) = match kind {
        ListKind::Values => (
            vec![col("cli-col-id"), col("cli-col-rank"), col("cli-col-name"), col("cli-col-description")],
            wb.ranked_values()
                .iter()
                .map(|v| vec![v.id.to_string(), format!("{}.", v.rank), one_line(&v.name), one_line(&v.description)])
                .collect(),
        ),
        ListKind::Communities => (
            vec![col("cli-col-id"), col("cli-col-name"), col("cli-col-kind"), col("cli-col-status")],
            wb.communities
                .iter()
                .map(|c| {
                    let (kind, status) = (c.kind.label(lang).to_owned(), c.status.label(lang).to_owned());
                    vec![c.id.to_string(), one_line(&c.name), kind, status]
                })
                .collect(),
        ),
        ListKind::People => (
            vec![col("cli-col-id"), col("cli-col-name"), col("cli-col-field"), col("cli-col-last-contact")],
            wb.people
                .iter()
                .map(|p| vec![p.id.to_string(), one_line(&p.name), one_line(&p.field), d(p.latest_contact())])
                .collect(),
        ),
        ListKind::Tags => (
            vec![col("cli-col-id"), col("cli-col-name")],
            wb.tags.iter().map(|t| vec![t.id.to_string(), one_line(&t.name)]).collect(),
        ),
        ListKind::Outputs => (
            vec![col("cli-col-id"), col("cli-col-date"), col("cli-col-text")],
            wb.outputs.iter().map(|o| vec![o.id.to_string(), d(o.date), one_line(&o.text)]).collect(),
        ),
        ListKind::Introductions => (
            vec![col("cli-col-id"), col("cli-col-date"), col("cli-col-who"), col("cli-col-why")],
            wb.introductions
                .iter()
                .map(|i| {
                    let who = crate::i18n::introduction(lang, i, &person(i.first), &person(i.second));
                    vec![i.id.to_string(), d(i.date), who, one_line(&i.why)]
                })
                .collect(),
        ),
        ListKind::Invitations => (
            vec![col("cli-col-id"), col("cli-col-deadline"), col("cli-col-what"), col("cli-col-decision")],
            wb.invitations
                .iter()
                .map(|i| vec![i.id.to_string(), d(i.deadline), one_line(&i.what), i.decision.label(lang).to_owned()])
                .collect(),
        ),
        ListKind::Assets => (
            vec![col("cli-col-asset"), col("cli-col-rating")],
            wb.assets
                .iter()
                .map(|a| vec![a.kind.label(lang).to_owned(), a.rating.map_or("-".to_owned(), |r| format!("{r}/5"))])
                .collect(),
        ),
        ListKind::Stocktakes => (
            vec![col("cli-col-id"), col("cli-col-date"), col("cli-col-note")],
            wb.stocktakes.iter().map(|s| vec![s.id.to_string(), d(s.date), one_line(&s.note)]).collect(),
        ),
        ListKind::Reflections => (
            vec![col("cli-col-id"), col("cli-col-date"), col("cli-col-topic"), col("cli-col-text")],
            wb.reflections
                .iter()
                .map(|r| vec![r.id.to_string(), d(r.date), r.topic.label(lang).to_owned(), one_line(&r.text)])
                .collect(),
        ),
    };
    if rows.is_empty() {
        return Ok(empty(kind, lang));
    }
    Ok(table(&head, &rows, kind != ListKind::Assets))
}

/// One line for a kind with no records: that it has none, and how to add one.
fn empty(kind: ListKind, lang: Lang) -> String {
    let noun = kind.label(lang);
    let command = match kind {
        ListKind::Values => "value",
        ListKind::Communities => "community",
        ListKind::People => "person",
        ListKind::Tags => "tag",
        ListKind::Outputs => "output",
        ListKind::Introductions => "introduction",
        ListKind::Invitations => "invitation",
        ListKind::Reflections => "reflection",
        // Taken in the app, with the ratings of every asset at once.
        ListKind::Assets | ListKind::Stocktakes => return tr!(lang, "cli-list-empty-app", noun = noun),
    };
    tr!(lang, "cli-list-empty-add", noun = noun, command = command)
}

/// Columns padded to the widest cell as the terminal draws it (a kanji takes two cells); the
/// first is the id, right-aligned when `ids`; the last is not padded.
fn table(head: &[String], rows: &[Vec<String>], ids: bool) -> String {
    use unicode_width::UnicodeWidthStr;
    let all = || std::iter::once(head).chain(rows.iter().map(Vec::as_slice));
    let widths: Vec<usize> =
        (0..head.len()).map(|c| all().map(|r| r.get(c).map_or(0, |s| s.width())).max().unwrap_or(0)).collect();
    let line = |r: &[String]| {
        let mut out = String::new();
        for (c, cell) in r.iter().enumerate() {
            let pad = " ".repeat(widths[c].saturating_sub(cell.width()));
            match c {
                0 if ids => out.push_str(&format!("{pad}{cell}")),
                _ if c + 1 == r.len() => out.push_str(cell),
                _ => out.push_str(&format!("{cell}{pad}")),
            }
            if c + 1 < r.len() {
                out.push_str("  ");
            }
        }
        out.trim_end().to_owned()
    };
    all().map(line).collect::<Vec<_>>().join("\n")
}
