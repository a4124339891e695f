//! The form for an invitation (step 3): what, from whom and through which community, its
//! deadline and the day it takes place, how well it fits each final value, the excitement and the cost, then the decision,
//! its reason, and afterwards what came of it and which happenstance skills it took; last,
//! whether it is only for practice (left out of every count).
//!
//! To add a field: add a variant to [`F`] (and give it a key of its own in `key`), build the
//! field in [`fields`] (its label from the Fluent files), read it in [`read`] into the
//! `model::Invitation` field you add.

use strum::IntoEnumIterator;

use super::{Reader, choice_of, community_link, date_field, person_name, write};
use crate::app::form::{Field, FieldKind, FieldName, Key};
use crate::i18n::{Label, Lang, tr};
use crate::model::text::one_line;
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    What,
    From,
    Via,
    Kind,
    Received,
    Deadline,
    Event,
    Excitement,
    Cost,
    /// The fit with the final value of this rank (0 = first); one field per value.
    Score(usize),
    Decision,
    Reason,
    Outcome,
    Unexpected,
    Skill(HappenstanceSkill),
    Practice,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(match self {
            F::What => 0,
            F::From => 1,
            F::Via => 2,
            F::Kind => 3,
            F::Received => 4,
            F::Deadline => 5,
            F::Excitement => 6,
            F::Cost => 7,
            F::Decision => 8,
            F::Reason => 9,
            F::Outcome => 10,
            F::Unexpected => 11,
            F::Practice => 12,
            F::Event => 13,
            F::Skill(s) => 20 + s as u16,
            F::Score(k) => 100 + u16::try_from(k).unwrap_or(u16::MAX - 100),
        })
    }
}

pub fn fields(i: &Invitation, wb: &Workbook, lang: Lang) -> Vec<Field> {
    let mut fields = vec![
        Field::new(F::What, tr!(lang, "col-what"), FieldKind::Line)
            .required()
            .text(&i.what)
            .example(tr!(lang, "example-invitation")),
        Field::new(F::From, tr!(lang, "col-from"), FieldKind::Line)
            .text(&person_name(wb, i.from))
            .example(tr!(lang, "example-person"))
            .links(RecordKind::Person, false),
        community_link(F::Via, tr!(lang, "col-via"), lang, wb, i.via),
        choice_of(F::Kind, tr!(lang, "col-kind"), lang, i.kind),
        date_field(F::Received, tr!(lang, "col-received"), lang, i.received),
        date_field(F::Deadline, tr!(lang, "col-deadline"), lang, i.deadline).example(tr!(lang, "example-deadline")),
        date_field(F::Event, tr!(lang, "col-event"), lang, i.event).example(tr!(lang, "example-event")),
        Field::new(F::Excitement, tr!(lang, "excitement-label"), FieldKind::Number { min: 0, max: 5 })
            .text(&i.excitement.to_string()),
        choice_of(F::Cost, tr!(lang, "col-cost"), lang, i.cost),
    ];

    for (k, v) in wb.ranked_values().into_iter().enumerate() {
        let score = i.scores.iter().find(|x| x.value == v.id).map_or(0, |x| x.score);
        let label = format!("{} {}", tr!(lang, "score-prefix"), one_line(&v.name));
        fields.push(Field::new(F::Score(k), &label, FieldKind::Number { min: -2, max: 2 }).text(&score.to_string()));
    }
    fields.push(choice_of(F::Decision, tr!(lang, "col-decision"), lang, i.decision));
    fields.push(Field::new(F::Reason, tr!(lang, "col-reason"), FieldKind::Multi).text(&i.reason));
    fields.push(Field::new(F::Outcome, tr!(lang, "col-outcome"), FieldKind::Multi).text(&i.outcome));
    fields.push(Field::new(F::Unexpected, tr!(lang, "col-unexpected"), FieldKind::Multi).text(&i.unexpected));
    for skill in HappenstanceSkill::iter() {
        let on = i.skills.contains(&skill);
        fields.push(Field::new(F::Skill(skill), skill.label(lang), FieldKind::Toggle).switched(on));
    }
    // Last: a practice one (the walkthrough's) is cleared here once it turns out real.
    fields.push(Field::new(F::Practice, tr!(lang, "col-practice"), FieldKind::Toggle).switched(i.practice));
    fields
}

pub fn read(r: &mut Reader, wb: &mut Workbook, old: Option<Invitation>) -> Option<Edit> {
    let what = r.text(F::What);
    let from = r.person(F::From, wb);
    let via = r.community(F::Via, wb);
    let kind = r.chosen(F::Kind);
    let received = r.past_date(F::Received);
    let deadline = r.any_date(F::Deadline);
    let event = r.any_date(F::Event);
    let excitement = u8::try_from(r.number(F::Excitement)).unwrap_or(0);
    let cost = r.chosen(F::Cost);
    let values: Vec<ValueId> = wb.ranked_values().iter().map(|v| v.id).collect();
    let mut scores = Vec::new();
    for (k, &value) in values.iter().enumerate() {
        let score = i8::try_from(r.number(F::Score(k))).unwrap_or(0);
        if score != 0 {
            scores.push(ValueScore { value, score });
        }
    }
    let decision = r.chosen(F::Decision);
    let reason = r.text(F::Reason);
    let outcome = r.text(F::Outcome);
    let unexpected = r.text(F::Unexpected);
    let skills: Vec<HappenstanceSkill> = HappenstanceSkill::iter().filter(|&s| r.on(F::Skill(s))).collect();
    let practice = r.on(F::Practice);
    let i = Invitation {
        what,
        from,
        via,
        kind,
        received,
        deadline,
        event,
        scores,
        excitement,
        cost,
        decision,
        reason,
        outcome,
        unexpected,
        skills,
        practice,
        ..old.clone().unwrap_or_default()
    };
    // A deadline (or event day) before the day it was received marks that field. Left empty,
    // received is today, unless it is a practice one (nothing came) or it already took place
    // (the day it came is not guessed).
    let received = i
        .received
        .or(old.as_ref().and_then(|o| o.received))
        .or(Some(r.today).filter(|t| !practice && i.event.is_none_or(|e| e >= *t)));
    let i = Invitation { received, ..i };
    write(r, wb, Record::Invitation(i), old.is_none(), |e| match e {
        RuleError::DeadlineBeforeReceived => F::Deadline,
        RuleError::EventBeforeReceived => F::Event,
        _ => F::What,
    })
}
