//! The week page's keys (the overview opens on it): `t` takes the step proposed for the
//! selected slot, `o` shows the next proposal, `e` writes one's own, `c` marks it done today,
//! `d` empties the slot, `Enter` opens the record a step is about. Each change goes through
//! `model::rules` as an edit, so `u` takes it back; the proposals come from `model::week` with
//! the rows (never per frame).

use super::form::{Field, FieldKind, FieldName, Form, FormTarget, Key};
use super::forms::Reader;
use super::rows::Row;
use super::{Action, App, Pane};
use crate::i18n::{self, tr};
use crate::model::week::{self, Suggestion};
use crate::model::*;

/// The slots in the order they are listed.
pub const STEPS: [ColumnStep; 3] = [ColumnStep::ShowUp, ColumnStep::MakeVisible, ColumnStep::Answer];

fn slot_index(step: ColumnStep) -> usize {
    STEPS.iter().position(|s| *s == step).unwrap_or(0)
}

/// The one field of the form for a step of one's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Text,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

impl App {
    /// This week's chosen step for `step`, if any.
    pub fn taken(&self, step: ColumnStep) -> Option<&WeekStep> {
        week::this_week(self.wb(), self.today)[slot_index(step)]
    }

    /// The proposal the slot shows now (`o` moves on to the next one, round the list).
    pub fn offered(&self, step: ColumnStep) -> Option<Suggestion> {
        let all = &self.figures().week.proposals[slot_index(step)];
        (!all.is_empty()).then(|| all[self.week_offer[slot_index(step)] % all.len()])
    }

    /// The record a week row is about: the chosen step's, else the proposal's.
    pub fn week_about(&self, row: Row) -> Option<RecordRef> {
        match row {
            Row::Week(step) => match self.taken(step) {
                Some(s) => s.about,
                None => self.offered(step).map(Suggestion::about),
            },
            Row::Logged(i) => self.figures().week.log.get(i).and_then(|(_, s)| s.about),
            Row::Afterwards(i) => Some(RecordRef::Invitation(i)),
            _ => None,
        }
        .filter(|r| self.wb().contains(*r))
    }

    /// `r`: the reflection form for the week page's question, or for an accepted invitation.
    pub(super) fn reflect_key(&mut self) {
        let target = match self.selected_row() {
            Some(Row::Afterwards(i)) => Some(i),
            Some(Row::Record(RecordRef::Invitation(i))) => Some(i),
            _ => None,
        };
        let accepted = target
            .and_then(|i| self.wb().invitations.get(i))
            .filter(|i| i.counts() && i.decision == Decision::Accepted);
        match accepted.map(|i| i.id) {
            Some(i) => self.form = super::forms::afterwards::form(self.wb(), i, self.lang),
            None if target.is_some() => self.message = Some(tr!(self.lang, "reflect-not-accepted").to_owned()),
            None => self.message = Some(tr!(self.lang, "reflect-where").to_owned()),
        }
    }

    fn selected_slot(&self) -> Option<ColumnStep> {
        match self.selected_row() {
            Some(Row::Week(step)) if self.pane() == Pane::Week => Some(step),
            _ => None,
        }
    }

    /// `t`, `o`, `c` and, on the week page, `e` and `d`.
    pub(super) fn week_key(&mut self, action: Action) {
        // `d` on the question after an event sets it aside; `e` writes the reflection.
        if let (Some(Row::Afterwards(i)), Action::Delete | Action::Edit) = (self.selected_row(), action) {
            if action == Action::Edit {
                return self.reflect_key();
            }
            if let Some(edit) = rules::set_reflection_aside(self.wb(), i, self.today) {
                // Undo names it short; the message says how to write one later.
                match self.session.apply(edit, tr!(self.lang, "afterwards-aside-label").to_owned()) {
                    Ok(()) => self.message = Some(tr!(self.lang, "afterwards-set-aside").to_owned()),
                    Err(e) => self.error = Some(i18n::edit_error(self.lang, &e)),
                }
            }
            return;
        }
        let Some(step) = self.selected_slot() else {
            self.message = Some(tr!(self.lang, "week-only").to_owned());
            return;
        };
        let (lang, today) = (self.lang, self.today);
        match action {
            Action::TakeStep => match self.offered(step) {
                Some(s) => {
                    let text = i18n::suggestion(lang, s, self.wb());
                    let edit =
                        rules::take_week_step(today, step, crate::model::Text::from(text.as_str()), Some(s.about()));
                    self.apply_week(edit, tr!(lang, "week-taken", step = i18n::column_step(lang, step)));
                }
                None => self.message = Some(tr!(lang, "week-nothing-proposed").to_owned()),
            },
            Action::OtherProposal => {
                let n = self.figures().week.proposals[slot_index(step)].len();
                if n > 1 {
                    self.week_offer[slot_index(step)] = (self.week_offer[slot_index(step)] + 1) % n;
                } else {
                    self.message = Some(tr!(lang, "week-no-other").to_owned());
                }
            }
            Action::TickStep => match rules::tick_week_step(self.wb(), today, step) {
                Some(edit) => {
                    let done = self.taken(step).is_some_and(|s| s.done.is_none());
                    let said = if done {
                        tr!(lang, "week-done", date = i18n::date(Some(today)))
                    } else {
                        tr!(lang, "week-undone").to_owned()
                    };
                    self.apply_week(edit, said);
                }
                // A proposal ticked: it was done before it was chosen, so take it done, in one edit.
                None => match self.offered(step) {
                    Some(s) => {
                        let text = crate::model::Text::from(i18n::suggestion(lang, s, self.wb()).as_str());
                        let edit = rules::take_done_week_step(today, step, text, Some(s.about()));
                        self.apply_week(edit, tr!(lang, "week-done", date = i18n::date(Some(today))));
                    }
                    None => self.message = Some(tr!(lang, "week-take-first").to_owned()),
                },
            },
            Action::Edit => {
                let text = self.taken(step).map(|s| s.text.to_string()).unwrap_or_default();
                let field = Field::new(F::Text, i18n::column_step(lang, step), FieldKind::Line)
                    .text(&text)
                    .example(match step {
                        ColumnStep::ShowUp => tr!(lang, "example-week-step"),
                        ColumnStep::MakeVisible => tr!(lang, "example-week-step-visible"),
                        ColumnStep::Answer => tr!(lang, "example-week-step-answer"),
                    })
                    .required();
                self.form = Some(Form::new(FormTarget::Week(step), vec![field]));
            }
            Action::Delete => match rules::clear_week_step(self.wb(), today, step) {
                Some(edit) => self.apply_week(edit, tr!(lang, "week-cleared", step = i18n::column_step(lang, step))),
                None => self.message = Some(tr!(lang, "week-take-first").to_owned()),
            },
            _ => {}
        }
    }

    fn apply_week(&mut self, edit: Edit, label: String) {
        match self.session.apply(edit, label.clone()) {
            Ok(()) => self.message = Some(label),
            Err(e) => self.error = Some(i18n::edit_error(self.lang, &e)),
        }
    }
}

/// The edit a step of one's own makes (the text as written; it is about no record).
pub fn read(r: &mut Reader, step: ColumnStep) -> Option<Edit> {
    let text = r.text(F::Text);
    r.ok.then(|| rules::take_week_step(r.today, step, text, None))
}
