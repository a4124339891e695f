//! The form for a stock-take (棚卸し): its date, a self-rating per asset (today's to start
//! with, so a back-dated one can say how it felt then) and a note. The indicators are frozen by
//! the rules when it is first saved.
//!
//! To add a field: add a variant to [`F`] (and give it a key of its own in `key`), build the
//! field in [`fields`] (its label from the Fluent files), read it in [`read`] into the
//! `model::Stocktake` field you add.

use chrono::NaiveDate;
use strum::IntoEnumIterator;

use super::{Reader, date_field, write};
use crate::app::form::{Field, FieldKind, FieldName, Key};
use crate::i18n::{Label, Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Date,
    Rating(AssetKind),
    Note,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(match self {
            F::Date => 0,
            F::Note => 1,
            F::Rating(kind) => 10 + kind as u16,
        })
    }
}

/// A new stock-take: today, starting from the current self-ratings.
pub fn new(wb: &Workbook, today: NaiveDate) -> Stocktake {
    let ratings =
        AssetKind::iter().map(|kind| StocktakeRating { kind, rating: wb.asset(kind).and_then(|a| a.rating) }).collect();
    Stocktake { date: Some(today), ratings, ..Default::default() }
}

pub fn fields(st: &Stocktake, lang: Lang) -> Vec<Field> {
    let mut fields = vec![date_field(F::Date, tr!(lang, "col-date"), lang, st.date).required()];
    for (i, kind) in AssetKind::iter().enumerate() {
        let rating = st.ratings.iter().find(|x| x.kind == kind).and_then(|x| x.rating);
        let field = Field::new(F::Rating(kind), kind.label(lang), FieldKind::Number { min: 1, max: 5 })
            .text(&rating.map_or_else(String::new, |r| r.to_string()))
            .example(tr!(lang, "example-rating"));
        // The ratings are what a stock-take is for; the date is usually today's.
        fields.push(if i == 0 { field.starts() } else { field });
    }
    fields.push(
        Field::new(F::Note, tr!(lang, "col-notes"), FieldKind::Multi)
            .text(&st.note)
            .example(tr!(lang, "example-stocktake")),
    );
    fields
}

pub fn read(r: &mut Reader, wb: &mut Workbook, old: Option<Stocktake>) -> Option<Edit> {
    let date = r.past_date(F::Date);
    let ratings: Vec<StocktakeRating> = AssetKind::iter()
        .map(|kind| StocktakeRating {
            kind,
            rating: r.optional_number(F::Rating(kind)).and_then(|n| u8::try_from(n).ok()),
        })
        .collect();
    let note = r.text(F::Note);
    // Editing keeps the frozen indicators; the date, ratings and note may change.
    let st = Stocktake { date, ratings, note, ..old.clone().unwrap_or_default() };
    write(r, wb, Record::Stocktake(st), old.is_none(), |_| F::Date)
}
