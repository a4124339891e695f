//! The form for a reflection: its date, what part of the workbook it is about, the text.
//!
//! To add a field: add a variant to [`F`], build the field in [`fields`] (its label from the
//! Fluent files), read it in [`read`] into the `model::Reflection` field you add.

use super::{Reader, choice_of, date_field, write};
use crate::app::form::{Field, FieldKind, FieldName, Key};
use crate::i18n::{Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Date,
    Topic,
    Text,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

pub fn fields(x: &Reflection, lang: Lang) -> Vec<Field> {
    vec![
        date_field(F::Date, tr!(lang, "col-date"), lang, x.date).required(),
        choice_of(F::Topic, tr!(lang, "col-topic"), lang, x.topic),
        Field::new(F::Text, tr!(lang, "col-text"), FieldKind::Multi)
            .required()
            .text(&x.text)
            .example(tr!(lang, "example-reflection"))
            .starts(),
    ]
}

pub fn read(r: &mut Reader, wb: &mut Workbook, old: Option<Reflection>) -> Option<Edit> {
    let date = r.past_date(F::Date);
    let topic = r.chosen::<Topic>(F::Topic);
    let text = r.text(F::Text);
    let new = old.is_none();
    let x = Reflection { date, topic, text, ..old.unwrap_or_default() };
    write(r, wb, Record::Reflection(x), new, |_| F::Text)
}
