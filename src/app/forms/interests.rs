//! The form for my own interests (`I` on the Values tab): one line, items separated by commas.
//! The rules keep each interest once (`model::rules::set_interests`); communities that share
//! one pass the value filter.
//!
//! To add a field: add a variant to [`F`], build it in [`form`], read it in [`read`].

use super::Reader;
use crate::app::form::{Field, FieldKind, FieldName, Form, FormTarget, Key};
use crate::i18n::{Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Interests,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

pub fn form(wb: &Workbook, lang: Lang) -> Form {
    let mine: Vec<&str> = wb.interests.iter().map(|t| t.as_str()).collect();
    let field = Field::new(F::Interests, tr!(lang, "col-interests"), FieldKind::Line)
        .text(&mine.join(", "))
        .example(tr!(lang, "example-my-interests"));
    Form::new(FormTarget::Interests, vec![field])
}

pub fn read(r: &mut Reader) -> Option<Edit> {
    let items = r.items(F::Interests);
    r.ok.then(|| rules::set_interests(items.iter().map(|t| t.as_str())))
}
