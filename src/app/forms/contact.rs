//! The form for logging a contact with a person (`i`): when, and what about. The rules move
//! the person's latest contact with it (which resets a keep-in-touch reminder).
//!
//! To add a field: add a variant to [`F`], build the field in [`form`] (its label from the
//! Fluent files), read it in [`read`] into the `model::Interaction` field you add.

use chrono::NaiveDate;

use super::{Reader, date_field};
use crate::app::form::{Field, FieldKind, FieldName, Form, FormTarget, Key};
use crate::i18n::{Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Date,
    Note,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

pub fn form(person: PersonId, lang: Lang, today: NaiveDate) -> Form {
    let fields = vec![
        date_field(F::Date, tr!(lang, "col-date"), lang, Some(today)).required().suggested(),
        Field::new(F::Note, tr!(lang, "col-notes"), FieldKind::Multi).example(tr!(lang, "example-contact")).starts(),
    ];
    Form::new(FormTarget::Contact(person), fields)
}

pub fn read(r: &mut Reader, wb: &Workbook, person: PersonId) -> Option<Edit> {
    let date = r.past_date(F::Date);
    let note = r.text(F::Note);
    if !r.ok {
        return None;
    }
    rules::log_contact(wb, person, Interaction { date, note }).ok()
}
