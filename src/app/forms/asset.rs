//! The form for one asset: a self-rating (empty: not rated), notes and evidence (records named
//! by `#id`, or picked with Ctrl-p). An asset is not a record: it is replaced whole.
//!
//! To add a field: add a variant to [`F`], build the field in `form` (its label from the
//! Fluent files), read it in [`read`] into the `model::Asset` field you add.

use super::Reader;
use crate::app::form::{Field, FieldKind, FieldName, Form, FormTarget, Key};
use crate::app::picker::split_items;
use crate::i18n::{self, Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Rating,
    Notes,
    Evidence,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

pub fn form(wb: &Workbook, kind: AssetKind, lang: Lang) -> Form {
    let asset = wb.asset(kind).cloned().unwrap_or_else(|| Asset::new(kind));
    let evidence: Vec<String> = asset.evidence.iter().map(|r| format!("#{}", r.number())).collect();
    let fields = vec![
        Field::new(F::Rating, tr!(lang, "col-rating"), FieldKind::Number { min: 1, max: 5 })
            .text(&asset.rating.map_or_else(String::new, |r| r.to_string()))
            .example(tr!(lang, "example-rating")),
        Field::new(F::Notes, tr!(lang, "col-notes"), FieldKind::Multi).text(&asset.notes),
        Field::new(F::Evidence, tr!(lang, "col-evidence"), FieldKind::Line)
            .text(&evidence.join(", "))
            .example(tr!(lang, "example-evidence"))
            .links_any(),
    ];
    Form::new(FormTarget::Asset(kind), fields)
}

pub fn read(r: &mut Reader, wb: &Workbook, kind: AssetKind) -> Option<Edit> {
    let rating = r.optional_number(F::Rating).and_then(|n| u8::try_from(n).ok());
    let notes = r.text(F::Notes);
    let mut evidence = Vec::new();
    for item in split_items(&r.text(F::Evidence)) {
        let found = item.trim_start_matches('#').parse::<u64>().ok().and_then(|n| wb.record_by_number(n));
        match found {
            Some(x) if !evidence.contains(&x) => evidence.push(x),
            Some(_) => {}
            None => {
                r.fail(F::Evidence, i18n::no_record_id(r.lang, item));
                break;
            }
        }
    }
    r.ok.then(|| vec![Change::Asset(Asset { kind, rating, notes, evidence })])
}
