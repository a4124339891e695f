//! The decision form of the value filter (`y`/`n`/`l`): the decision on an invitation (or the
//! new status of a community under consideration) and the reason, which starts as the filter's
//! own "why" so it can be kept or rewritten. Saved with the day (a community notes the reason,
//! dated).
//!
//! To add a field: add a variant to [`F`], build the field in [`form`] (its label from the
//! Fluent files), and read it in [`read`].

use super::{Reader, choice_of};
use crate::app::form::{Field, FieldKind, FieldName, Form, FormTarget, Key};
use crate::i18n::{self, Lang, tr};
use crate::model::filter;
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    /// The decision on an invitation, or the status of a community.
    Choice,
    Reason,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

pub fn form(wb: &Workbook, r: RecordRef, decision: Decision, lang: Lang) -> Option<Form> {
    let candidate = match r {
        RecordRef::Invitation(i) => filter::Candidate::Invitation(i),
        RecordRef::Community(c) => filter::Candidate::Community(c),
        _ => return None,
    };
    let why = i18n::filter_why(lang, wb, &filter::judge(wb, candidate)?, None);
    // The filter's own "why" is a suggestion (typing replaces it); a reason written before is
    // the user's own, to edit.
    let (choice, reason, suggested) = match r {
        RecordRef::Invitation(i) => {
            let inv = wb.invitations.get(i)?;
            let own = !inv.reason.is_blank();
            let reason = if own { inv.reason.to_string() } else { why };
            (choice_of(F::Choice, tr!(lang, "col-decision"), lang, decision), reason, !own)
        }
        _ => (choice_of(F::Choice, tr!(lang, "col-status"), lang, rules::community_status(decision)), why, true),
    };
    // The decision came with the key (y, n, l): the reason is what is left to write.
    let reason = Field::new(F::Reason, tr!(lang, "col-reason"), FieldKind::Multi).text(&reason).starts();
    let fields = vec![choice, if suggested { reason.suggested() } else { reason }];
    Some(Form::new(FormTarget::Decide(r), fields))
}

pub fn read(r: &mut Reader, wb: &Workbook, target: RecordRef) -> Option<Edit> {
    let reason = r.text(F::Reason);
    let today = r.today;
    match target {
        RecordRef::Invitation(id) => rules::decide_invitation(wb, id, r.chosen(F::Choice), reason, today).ok(),
        RecordRef::Community(id) => rules::decide_community(wb, id, r.chosen(F::Choice), &reason, today).ok(),
        _ => None,
    }
}
