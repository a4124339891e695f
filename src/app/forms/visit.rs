//! The form for logging a visit to a community (`i` on a community): when, what happened, whom
//! I saw there (people already in the workbook, by part of a name or Ctrl-p) and whom I met for
//! the first time (names: each becomes a person met there). The rules do the rest
//! (`model::rules::log_visit`): the last visit moves, everyone named gets the day as a contact,
//! and this week's "show up" step about the place is marked done.
//!
//! To add a field: add a variant to [`F`], build the field in [`form`] (its label from the
//! Fluent files), read it in [`read`] into the `model::Visit` field you add.

use chrono::NaiveDate;

use super::{Reader, date_field};
use crate::app::form::{Field, FieldKind, FieldName, Form, FormTarget, Key};
use crate::i18n::{Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Date,
    Note,
    Saw,
    Met,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

pub fn form(community: CommunityId, lang: Lang, today: NaiveDate) -> Form {
    let fields = vec![
        date_field(F::Date, tr!(lang, "col-date"), lang, Some(today)).required().suggested(),
        Field::new(F::Note, tr!(lang, "visit-what"), FieldKind::Multi).example(tr!(lang, "example-visit")).starts(),
        Field::new(F::Saw, tr!(lang, "visit-saw"), FieldKind::Line)
            .links(RecordKind::Person, true)
            .example(tr!(lang, "example-visit-saw")),
        Field::new(F::Met, tr!(lang, "visit-met"), FieldKind::Line).example(tr!(lang, "example-visit-met")),
    ];
    Form::new(FormTarget::Visit(community), fields)
}

pub fn read(r: &mut Reader, wb: &mut Workbook, community: CommunityId) -> Option<Edit> {
    let date = r.past_date(F::Date);
    let note = r.text(F::Note);
    let people = r.linked(F::Saw, RecordKind::Person, |n| wb.person_by_part(n));
    let met = r.items(F::Met);
    if !r.ok {
        return None;
    }
    let today = r.today;
    match rules::log_visit(wb, community, Visit { date, note, people }, &met, today) {
        Ok(edit) => Some(edit),
        Err(e) => {
            r.refuse(F::Met, &e);
            None
        }
    }
}
