//! The form for a community (step 1): where, what kind, how close, how often, and the values
//! and interests it serves.
//!
//! To add a field: add a variant to [`F`], build the field in [`fields`] (its label from the
//! Fluent files), read it in [`read`] into the `model::Community` field you add.

use super::{Reader, choice_of, date_field, value_names, write};
use crate::app::form::{Field, FieldKind, FieldName, Key};
use crate::i18n::{Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Name,
    Kind,
    Status,
    Distance,
    Cadence,
    LastVisit,
    Outside,
    Interests,
    Values,
    Notes,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

pub fn fields(c: &Community, wb: &Workbook, lang: Lang) -> Vec<Field> {
    let interests: Vec<&str> = c.interests.iter().map(|t| t.as_str()).collect();
    vec![
        Field::new(F::Name, tr!(lang, "col-name"), FieldKind::Line)
            .required()
            .text(&c.name)
            .example(tr!(lang, "example-community")),
        choice_of(F::Kind, tr!(lang, "col-kind"), lang, c.kind),
        choice_of(F::Status, tr!(lang, "col-status"), lang, c.status),
        choice_of(F::Distance, tr!(lang, "col-distance"), lang, c.distance),
        choice_of(F::Cadence, tr!(lang, "col-cadence"), lang, c.cadence),
        date_field(F::LastVisit, tr!(lang, "col-last-visit"), lang, c.last_visit),
        Field::new(F::Outside, tr!(lang, "col-outside"), FieldKind::Toggle).switched(c.outside_usual_circle),
        Field::new(F::Interests, tr!(lang, "col-interests"), FieldKind::Line)
            .text(&interests.join(", "))
            .example(tr!(lang, "example-interests")),
        Field::new(F::Values, tr!(lang, "col-values"), FieldKind::Line)
            .text(&value_names(wb, &c.values))
            .example(tr!(lang, "example-values"))
            .links(RecordKind::Value, true),
        Field::new(F::Notes, tr!(lang, "col-notes"), FieldKind::Multi).text(&c.notes),
    ]
}

pub fn read(r: &mut Reader, wb: &mut Workbook, old: Option<Community>) -> Option<Edit> {
    let c = Community {
        name: r.text(F::Name),
        kind: r.chosen(F::Kind),
        status: r.chosen(F::Status),
        distance: r.chosen(F::Distance),
        cadence: r.chosen(F::Cadence),
        last_visit: r.past_date(F::LastVisit),
        outside_usual_circle: r.on(F::Outside),
        interests: rules::interest_items(r.items(F::Interests).iter().map(|t| t.as_str())),
        values: r.linked(F::Values, RecordKind::Value, |n| wb.value_by_part(n)),
        notes: r.text(F::Notes),
        ..old.clone().unwrap_or_default()
    };
    write(r, wb, Record::Community(c), old.is_none(), |_| F::Name)
}
