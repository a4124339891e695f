//! The form for an introduction: who was introduced to whom (by me, or to me), whether it is
//! made or only planned, a day to follow it up, why, and what came of it.
//!
//! To add a field: add a variant to [`F`], build the field in [`fields`] (its label from the
//! Fluent files), read it in [`read`] into the `model::Introduction` field you add.

use super::{Reader, choice_of, date_field, person_name, write};
use crate::app::form::{Field, FieldKind, FieldName, Key};
use crate::i18n::{Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Date,
    Direction,
    First,
    Second,
    Why,
    Outcome,
    Status,
    FollowUp,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

pub fn fields(i: &Introduction, wb: &Workbook, lang: Lang) -> Vec<Field> {
    let person = |name: F, label: &str, id: Option<PersonId>| {
        Field::new(name, label, FieldKind::Line)
            .required()
            .text(&person_name(wb, id))
            .example(tr!(lang, "example-person"))
            .links(RecordKind::Person, false)
    };
    vec![
        date_field(F::Date, tr!(lang, "col-date"), lang, i.date),
        choice_of(F::Direction, tr!(lang, "col-direction"), lang, i.direction),
        person(F::First, tr!(lang, "col-intro-first"), i.first),
        person(F::Second, tr!(lang, "col-intro-second"), i.second),
        choice_of(F::Status, tr!(lang, "col-intro-status"), lang, i.status),
        date_field(F::FollowUp, tr!(lang, "col-follow-up"), lang, i.follow_up).example(tr!(lang, "example-follow-up")),
        Field::new(F::Why, tr!(lang, "col-why"), FieldKind::Multi).text(&i.why),
        Field::new(F::Outcome, tr!(lang, "col-outcome"), FieldKind::Multi).text(&i.outcome),
    ]
}

pub fn read(r: &mut Reader, wb: &mut Workbook, old: Option<Introduction>) -> Option<Edit> {
    let i = Introduction {
        status: r.chosen(F::Status),
        follow_up: r.any_date(F::FollowUp),
        date: r.past_date(F::Date),
        direction: r.chosen(F::Direction),
        first: r.person(F::First, wb),
        second: r.person(F::Second, wb),
        why: r.text(F::Why),
        outcome: r.text(F::Outcome),
        ..old.clone().unwrap_or_default()
    };
    write(r, wb, Record::Introduction(i), old.is_none(), |_| F::Second)
}
