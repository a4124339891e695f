//! The form for a tag: what I want to be known for.
//!
//! To add a field: add a variant to [`F`], build the field in [`fields`] (its label from the
//! Fluent files), read it in [`read`] into the `model::Tag` field you add.

use super::{Reader, write};
use crate::app::form::{Field, FieldKind, FieldName, Key};
use crate::i18n::{Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Name,
    Description,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

pub fn fields(t: &Tag, lang: Lang) -> Vec<Field> {
    vec![
        Field::new(F::Name, tr!(lang, "col-name"), FieldKind::Line)
            .required()
            .text(&t.name)
            .example(tr!(lang, "example-tag")),
        Field::new(F::Description, tr!(lang, "col-description"), FieldKind::Multi).text(&t.description),
    ]
}

pub fn read(r: &mut Reader, wb: &mut Workbook, old: Option<Tag>) -> Option<Edit> {
    let name = r.text(F::Name);
    let description = r.text(F::Description);
    let new = old.is_none();
    let t = Tag { name, description, ..old.unwrap_or_default() };
    write(r, wb, Record::Tag(t), new, |_| F::Name)
}
