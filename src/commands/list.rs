//! `tsunagari list KIND [--json]`: the records of one kind, as aligned text or as the JSON array
//! of the records exactly as stored (for scripts and tests).

use std::path::Path;

use serde::Serialize;

use crate::cli::ListKind;
use crate::i18n::messages::{Msg, text};
use crate::i18n::{self, Label, Lang};
use crate::model::text::one_line;
use crate::store;

fn json<T: Serialize>(items: &[T], lang: Lang) -> Result<String, String> {
    serde_json::to_string_pretty(items).map_err(|e| text(lang, Msg::Json(&e)))
}

pub fn list(path: &Path, kind: ListKind, as_json: bool, lang: Lang) -> Result<String, String> {
    // Reading needs no lock: saves replace the file atomically, so we see one whole version.
    let loaded = store::load(path).map_err(|e| text(lang, Msg::Load(&e)))?;
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
    let rows: Vec<(String, String)> = match kind {
        ListKind::Values => wb
            .ranked_values()
            .iter()
            .map(|v| {
                (
                    v.id.to_string(),
                    format!("{}. {}  {}", v.rank, v.name, one_line(&v.description)),
                )
            })
            .collect(),
        ListKind::Communities => wb
            .communities
            .iter()
            .map(|c| {
                (
                    c.id.to_string(),
                    format!(
                        "{}  [{}, {}]",
                        one_line(&c.name),
                        c.kind.label(lang),
                        c.status.label(lang)
                    ),
                )
            })
            .collect(),
        ListKind::People => wb
            .people
            .iter()
            .map(|p| {
                (
                    p.id.to_string(),
                    format!(
                        "{}  {}  {}",
                        one_line(&p.name),
                        one_line(&p.field),
                        d(p.latest_contact())
                    ),
                )
            })
            .collect(),
        ListKind::Tags => wb
            .tags
            .iter()
            .map(|t| (t.id.to_string(), one_line(&t.name)))
            .collect(),
        ListKind::Outputs => wb
            .outputs
            .iter()
            .map(|o| {
                (
                    o.id.to_string(),
                    format!("{}  {}", d(o.date), one_line(&o.text)),
                )
            })
            .collect(),
        ListKind::Introductions => wb
            .introductions
            .iter()
            .map(|i| {
                (
                    i.id.to_string(),
                    format!("{}  {}", d(i.date), one_line(&i.why)),
                )
            })
            .collect(),
        ListKind::Invitations => wb
            .invitations
            .iter()
            .map(|i| {
                (
                    i.id.to_string(),
                    format!(
                        "{}  {}  [{}]",
                        d(i.deadline),
                        one_line(&i.what),
                        i.decision.label(lang)
                    ),
                )
            })
            .collect(),
        ListKind::Assets => wb
            .assets
            .iter()
            .map(|a| {
                (
                    format!("{:?}", a.kind),
                    format!(
                        "{}  {}",
                        a.kind.label(lang),
                        a.rating.map_or("-".to_owned(), |r| format!("{r}/5"))
                    ),
                )
            })
            .collect(),
        ListKind::Stocktakes => wb
            .stocktakes
            .iter()
            .map(|s| {
                (
                    s.id.to_string(),
                    format!("{}  {}", d(s.date), one_line(&s.note)),
                )
            })
            .collect(),
        ListKind::Reflections => wb
            .reflections
            .iter()
            .map(|r| {
                (
                    r.id.to_string(),
                    format!("{}  {}", d(r.date), one_line(&r.text)),
                )
            })
            .collect(),
    };
    let w = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    Ok(rows
        .iter()
        .map(|(id, text)| format!("{id:>w$}  {text}"))
        .collect::<Vec<_>>()
        .join("\n"))
}
