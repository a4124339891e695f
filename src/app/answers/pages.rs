//! What the walkthrough's pages that are not one-field questions write: the ranking page's
//! final values, the first stock-take, and a value card of one's own on the card sort.

use chrono::NaiveDate;

use super::super::form::{ANSWER, Form, FormTarget};
use super::super::forms::Reader;
use super::super::walkthrough::{made, words};
use super::{line, slot};
use crate::model::*;

/// The slot of values the walkthrough created (several records share it).
pub const NEW_VALUE_SLOT: &str = "new-value";

/// The ranking page's Enter: the picks become the final values 1, 2, 3… (a value of the same
/// name is moved, not doubled). Values this walkthrough created earlier and that are no longer
/// picked are taken out again; values that were there before keep their order after the picks.
pub fn final_values(wb: &Workbook, names: &[String], today: NaiveDate) -> (Edit, Vec<MadeRecord>) {
    let mut edit = Vec::new();
    let mut made_now = Vec::new();
    // Each change is applied to a copy as it is planned, so the next one sees it (a deletion
    // the links the last one removed, a new value the ranks).
    let mut scratch = wb.clone();
    // New values take ids after every id there is now, also after the ones deleted here.
    scratch.next_id = wb.new_ids().take();
    let dropped: Vec<ValueId> = wb
        .walkthrough
        .made
        .iter()
        .filter(|m| m.slot.as_str() == NEW_VALUE_SLOT)
        .filter_map(|m| match wb.record_by_number(m.record) {
            Some(RecordRef::Value(id)) => Some(id),
            _ => None,
        })
        .filter(|id| wb.values.get(*id).is_some_and(|v| !names.iter().any(|n| same_name(n, &v.name))))
        .collect();
    for id in dropped {
        let (deletion, _) = rules::delete(&scratch, RecordRef::Value(id));
        if scratch.apply(deletion.clone()).is_ok() {
            edit.extend(deletion);
        }
    }
    let mut picked = Vec::new();
    for name in names {
        // A value of that name is the one meant (the first, in a hand-edited file with two).
        let known = scratch.values.iter().find(|v| same_name(&v.name, name)).map(|v| v.id);
        let id = match known {
            Some(id) => id,
            None => {
                let v = FinalValue { name: Text::from(name.as_str()), ..Default::default() };
                let Ok((added, RecordRef::Value(id))) = rules::add(&mut scratch, Record::Value(v), today) else {
                    continue;
                };
                if scratch.apply(added.clone()).is_err() {
                    continue;
                }
                edit.extend(added);
                made_now.push(slot(NEW_VALUE_SLOT, RecordRef::Value(id)));
                id
            }
        };
        picked.push(id);
    }
    for (i, id) in picked.iter().enumerate() {
        made_now.push(slot(&format!("value-{}", i + 1), RecordRef::Value(*id)));
    }
    edit.extend(rules::rank_values(&scratch, &picked));
    (edit, made_now)
}

/// The first stock-take: today's ratings and indicators (once; going back does not take
/// another).
pub fn stocktake(wb: &mut Workbook, today: NaiveDate) -> (Edit, Vec<MadeRecord>) {
    if made(wb, "stocktake").is_some() {
        return (Vec::new(), Vec::new());
    }
    let st = super::super::forms::stocktake::new(wb, today);
    match rules::add(wb, Record::Stocktake(st), today) {
        Ok((edit, made)) => (edit, vec![slot("stocktake", made)]),
        // A stock-take taken today already (from the Assets tab) is today's.
        Err(_) => (Vec::new(), Vec::new()),
    }
}

/// `a` on the card sort: a card of one's own ("name" or "name: what it means").
pub fn own_card_form(lang: Lang) -> Form {
    let field = line(words::own_card_label(lang), "", words::own_card_example(lang)).required();
    Form::new(FormTarget::OwnCard, vec![field])
}

/// The own card typed, straight into the "very important" pile (it was added because it
/// matters); `None` marks the field when it is empty or already a card.
pub fn own_card(form: &mut Form, wb: &Workbook, lang: Lang) -> Option<SortedCard> {
    let mut r = Reader::new(form, lang, NaiveDate::MIN);
    let text = r.text(ANSWER);
    if !r.ok {
        return None;
    }
    let name = text.split([':', '：']).next().unwrap_or_default().trim().to_owned();
    // Not a card sorted already, nor a built-in card (in either language) still to come.
    let sorted = wb.walkthrough.sorted.iter().any(|c| same_name(&words::card_name(&c.card, c.own, lang), &name));
    let built_in = words::card_named(&name).is_some();
    let taken = sorted || built_in;
    if name.is_empty() || taken {
        r.fail(ANSWER, words::card_taken(lang, &name));
        return None;
    }
    Some(SortedCard { card: Text::from(name.as_str()), pile: Pile::VeryImportant, own: true })
}
