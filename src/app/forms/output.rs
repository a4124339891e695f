//! The form for a small output (step 2): when, where, what, the tags it makes visible (a new
//! name becomes a tag in the same step), the reactions and the people it brought.
//!
//! To add a field: add a variant to [`F`], build the field in [`fields`] (its label from the
//! Fluent files), read it in [`read`] into the `model::Output` field you add.

use super::{Reader, choice_of, date_field, person_names, tag_names};
use crate::app::form::{Field, FieldKind, FieldName, Key};
use crate::app::picker::split_items;
use crate::i18n::{Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Date,
    Channel,
    Text,
    Tags,
    Reactions,
    People,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

pub fn fields(o: &Output, wb: &Workbook, lang: Lang) -> Vec<Field> {
    vec![
        date_field(F::Date, tr!(lang, "col-date"), lang, o.date).required(),
        choice_of(F::Channel, tr!(lang, "col-channel"), lang, o.channel),
        Field::new(F::Text, tr!(lang, "col-text"), FieldKind::Multi)
            .required()
            .text(&o.text)
            .example(tr!(lang, "example-output"))
            .starts(),
        Field::new(F::Tags, tr!(lang, "col-tags"), FieldKind::Line)
            .text(&tag_names(wb, &o.tags))
            .example(tr!(lang, "example-tags"))
            .links(RecordKind::Tag, true),
        Field::new(F::Reactions, tr!(lang, "col-reactions"), FieldKind::Number { min: 0, max: 1_000_000 })
            .text(&o.reactions.to_string()),
        Field::new(F::People, tr!(lang, "col-people"), FieldKind::Line)
            .text(&person_names(wb, &o.people))
            .example(tr!(lang, "example-people"))
            .links(RecordKind::Person, true),
    ]
}

pub fn read(r: &mut Reader, wb: &mut Workbook, old: Option<Output>) -> Option<Edit> {
    let date = r.past_date(F::Date);
    let channel = r.chosen(F::Channel);
    let text = r.text(F::Text);
    let tags = r.text(F::Tags);
    let reactions = u32::try_from(r.number(F::Reactions)).unwrap_or(0);
    let people = r.people(F::People, wb);
    if !r.ok {
        return None;
    }
    let existing = old.is_some();
    let o = Output { date, channel, text, reactions, people, ..old.unwrap_or_default() };
    // Tags given by a new name are created in the same edit (one undo removes both).
    match rules::output_with_tags(wb, o, split_items(&tags), existing, r.today) {
        Ok((edit, _)) => Some(edit),
        Err(e) => {
            r.refuse(F::Text, &e);
            None
        }
    }
}
