//! The form for a final value: its name, what it means, its rank.
//!
//! To add a field: add a variant to [`F`], build the field in [`fields`] (its label from the
//! Fluent files), read it in [`read`] into the `model::FinalValue` field you add.

use super::{Reader, write};
use crate::app::form::{Field, FieldKind, FieldName, Key};
use crate::i18n::{Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Name,
    Description,
    Rank,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

/// A new value (`new`) is offered the last rank, one past the values there are.
pub fn fields(v: &FinalValue, wb: &Workbook, lang: Lang, new: bool) -> Vec<Field> {
    let n = wb.values.len() as i64 + i64::from(new);
    let rank = if new { n } else { i64::from(v.rank) };
    vec![
        Field::new(F::Name, tr!(lang, "col-name"), FieldKind::Line)
            .required()
            .text(&v.name)
            .example(tr!(lang, "example-value")),
        Field::new(F::Description, tr!(lang, "col-description"), FieldKind::Multi)
            .text(&v.description)
            .example(tr!(lang, "example-value-why")),
        Field::new(F::Rank, tr!(lang, "col-rank"), FieldKind::Number { min: 1, max: n.max(1) }).text(&rank.to_string()),
    ]
}

pub fn read(r: &mut Reader, wb: &mut Workbook, old: Option<FinalValue>) -> Option<Edit> {
    let name = r.text(F::Name);
    let description = r.text(F::Description);
    let rank = u16::try_from(r.number(F::Rank)).unwrap_or(0);
    let new = old.is_none();
    let v = FinalValue { name, description, rank, ..old.unwrap_or_default() };
    write(r, wb, Record::Value(v), new, |_| F::Name)
}
