//! The reflection after an invitation's event (`r` on the week page's question, or on an
//! accepted invitation): what happened, what was unexpected, how it turned out in one word, the
//! value it served, whom I saw there and whom I met for the first time, and the happenstance
//! skills it took. The rules do the rest (`model::rules::reflect`): new names become people met
//! through the invitation, the day of writing is recorded, and the week page stops asking.
//!
//! To add a field: add a variant to [`F`], build the field in [`form`] (its label from the
//! Fluent files), read it in [`read`] into the `model::rules::Afterwards` field you add.

use strum::IntoEnumIterator;

use super::{Reader, person_names};
use crate::app::form::{Field, FieldKind, FieldName, Form, FormTarget, Key};
use crate::i18n::{Label, Lang, tr};
use crate::model::text::one_line;
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Outcome,
    Unexpected,
    TurnedOut,
    Served,
    Saw,
    Met,
    Skill(HappenstanceSkill),
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(match self {
            F::Outcome => 0,
            F::Unexpected => 1,
            F::TurnedOut => 2,
            F::Served => 3,
            F::Saw => 4,
            F::Met => 5,
            F::Skill(s) => 20 + s as u16,
        })
    }
}

pub fn form(wb: &Workbook, id: InvitationId, lang: Lang) -> Option<Form> {
    let inv = wb.invitations.get(id)?;
    let not_said = tr!(lang, "not-said").to_owned();
    let turned: Vec<String> =
        std::iter::once(not_said.clone()).chain(TurnedOut::iter().map(|t| t.label(lang).to_owned())).collect();
    let turned_at = inv.turned_out.and_then(|t| TurnedOut::iter().position(|x| x == t)).map_or(0, |i| i + 1);
    let values = wb.ranked_values();
    let served: Vec<String> = std::iter::once(not_said).chain(values.iter().map(|v| one_line(&v.name))).collect();
    let served_at = inv.served.and_then(|s| values.iter().position(|v| v.id == s)).map_or(0, |i| i + 1);
    let mut fields = vec![
        Field::new(F::Outcome, tr!(lang, "afterwards-what"), FieldKind::Multi)
            .text(&inv.outcome)
            .example(tr!(lang, "example-afterwards"))
            .starts(),
        Field::new(F::Unexpected, tr!(lang, "col-unexpected"), FieldKind::Multi).text(&inv.unexpected),
        Field::new(F::TurnedOut, tr!(lang, "col-turned-out"), FieldKind::Choice(turned)).chosen(turned_at),
        Field::new(F::Served, tr!(lang, "col-served"), FieldKind::Choice(served)).chosen(served_at),
        Field::new(F::Saw, tr!(lang, "afterwards-saw"), FieldKind::Line)
            .text(&person_names(wb, &inv.met))
            .links(RecordKind::Person, true)
            .example(tr!(lang, "example-visit-saw")),
        Field::new(F::Met, tr!(lang, "visit-met"), FieldKind::Line).example(tr!(lang, "example-visit-met")),
    ];
    for skill in HappenstanceSkill::iter() {
        let on = inv.skills.contains(&skill);
        fields.push(Field::new(F::Skill(skill), skill.label(lang), FieldKind::Toggle).switched(on));
    }
    Some(Form::new(FormTarget::Afterwards(id), fields))
}

pub fn read(r: &mut Reader, wb: &mut Workbook, id: InvitationId) -> Option<Edit> {
    let outcome = r.text(F::Outcome);
    let unexpected = r.text(F::Unexpected);
    let turned_out = r.choice(F::TurnedOut).checked_sub(1).and_then(|i| TurnedOut::iter().nth(i));
    let served = r.choice(F::Served).checked_sub(1).and_then(|i| wb.ranked_values().get(i).map(|v| v.id));
    let met = r.linked(F::Saw, RecordKind::Person, |n| wb.person_by_part(n));
    let new_names = r.items(F::Met);
    let skills: Vec<HappenstanceSkill> = HappenstanceSkill::iter().filter(|&s| r.on(F::Skill(s))).collect();
    if !r.ok {
        return None;
    }
    let after = rules::Afterwards { outcome, unexpected, turned_out, served, met, skills };
    let today = r.today;
    match rules::reflect(wb, id, after, &new_names, today) {
        Ok(edit) => Some(edit),
        Err(e) => {
            let field = if matches!(e, RuleError::AlreadyKnown(_)) { F::Met } else { F::Outcome };
            r.refuse(field, &e);
            None
        }
    }
}
