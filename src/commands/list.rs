//! `tsunagari list KIND [--json]`: the records of one kind, as aligned text or as the JSON array
//! of the records exactly as stored (for scripts and tests).

use std::path::Path;

use serde::Serialize;

use crate::cli::ListKind;
use crate::i18n::{self, Label, Lang, tr};
use crate::model::PersonId;
use crate::model::text::one_line;
use crate::store;

fn json<T: Serialize>(items: &[T], lang: Lang) -> Result<String, String> {
    serde_json::to_string_pretty(items).map_err(|e| tr!(lang, "cli-json", reason = e.to_string()))
}

pub fn list(path: &Path, kind: ListKind, as_json: bool, lang: Lang) -> Result<String, String> {
    // A mistyped path must not look like an empty workbook.
    if !path.exists() {
        return Err(super::no_such_file(lang, path));
    }
    // Reading needs no lock: saves replace the file atomically, so we see one whole version.
    let loaded = store::load(path).map_err(|e| i18n::say(lang, &e.message()))?;
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
    // Each record: its id (the key scripts and `--from 12` use) and its main fields.
    let rows: Vec<(String, Vec<String>)> = match kind {
        ListKind::Values => wb
            .ranked_values()
            .iter()
            .map(|v| (v.id.to_string(), vec![format!("{}.", v.rank), one_line(&v.name), one_line(&v.description)]))
            .collect(),
        ListKind::Communities => wb
            .communities
            .iter()
            .map(|c| {
                (
                    c.id.to_string(),
                    vec![one_line(&c.name), c.kind.label(lang).to_owned(), c.status.label(lang).to_owned()],
                )
            })
            .collect(),
        ListKind::People => wb
            .people
            .iter()
            .map(|p| (p.id.to_string(), vec![one_line(&p.name), one_line(&p.field), d(p.latest_contact())]))
            .collect(),
        ListKind::Tags => wb.tags.iter().map(|t| (t.id.to_string(), vec![one_line(&t.name)])).collect(),
        ListKind::Outputs => {
            wb.outputs.iter().map(|o| (o.id.to_string(), vec![d(o.date), one_line(&o.text)])).collect()
        }
        ListKind::Introductions => wb
            .introductions
            .iter()
            .map(|i| {
                let who = format!("{} > {}", person(i.first), person(i.second));
                (i.id.to_string(), vec![d(i.date), who, one_line(&i.why)])
            })
            .collect(),
        ListKind::Invitations => wb
            .invitations
            .iter()
            .map(|i| (i.id.to_string(), vec![d(i.deadline), one_line(&i.what), i.decision.label(lang).to_owned()]))
            .collect(),
        ListKind::Assets => wb
            .assets
            .iter()
            .map(|a| {
                let rating = a.rating.map_or("-".to_owned(), |r| format!("{r}/5"));
                (String::new(), vec![a.kind.label(lang).to_owned(), rating])
            })
            .collect(),
        ListKind::Stocktakes => {
            wb.stocktakes.iter().map(|s| (s.id.to_string(), vec![d(s.date), one_line(&s.note)])).collect()
        }
        ListKind::Reflections => {
            wb.reflections.iter().map(|r| (r.id.to_string(), vec![d(r.date), one_line(&r.text)])).collect()
        }
    };
    let w = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let line = |(id, parts): &(String, Vec<String>)| {
        let fields: Vec<&str> = parts.iter().map(String::as_str).filter(|p| !p.trim().is_empty()).collect();
        let text = fields.join("  ");
        if w == 0 { text } else { format!("{id:>w$}  {text}") }
    };
    Ok(rows.iter().map(line).collect::<Vec<_>>().join("\n"))
}
