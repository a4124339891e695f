//! Links typed by hand in a form: when the focus leaves a field that names people, communities
//! or values, each item typed there is looked up by the model's one rule for typed links
//! (`model::find_by_part`: a whole name, a number, a whole reading, then a part). An item that
//! fits one record becomes that record's name at once, so what will be linked is visible before
//! saving; one that fits several opens the pick list with just those; one that fits none is
//! marked on the field. Saving reads the field with the same rule (`forms::Reader::linked`).

use super::form::{FormTarget, Link};
use super::picker::{Choice, Picker, split_items};
use super::{App, forms};
use crate::i18n::{self, tr};
use crate::model::{NameError, RecordKind, Workbook, same_name};

/// The record a typed item links, by the rule for hand-typed links; `None` for a kind that is
/// not linked by name by hand (tags are made by naming them).
fn lookup(wb: &Workbook, kind: RecordKind, typed: &str) -> Option<Result<u64, NameError>> {
    Some(match kind {
        RecordKind::Person => wb.person_by_part(typed).map(|id| id.0),
        RecordKind::Community => wb.community_by_part(typed).map(|id| id.0),
        RecordKind::Value => wb.value_by_part(typed).map(|id| id.0),
        _ => return None,
    })
}

impl App {
    /// Settles the links typed into field `from` of the open form, the focus going on to field
    /// `then` (the pick list, when one opens, comes back to `from` and goes on to `then`).
    pub(super) fn settle_link(&mut self, from: usize, then: usize) {
        let (wb, lang) = (&self.session.wb, self.lang);
        let Some(form) = self.form.as_mut() else { return };
        // The walkthrough's questions read their own answers (a new name there is a new person).
        if matches!(form.target, FormTarget::Walkthrough | FormTarget::OwnCard | FormTarget::Export) {
            return;
        }
        let Some(Link { kind: Some(kind), .. }) = form.fields.get(from).and_then(|f| f.link) else { return };
        let raw = form.fields[from].value();
        let items: Vec<String> = split_items(&raw).map(str::to_owned).collect();
        if items.is_empty() || lookup(wb, kind, "").is_none() {
            return;
        }
        let choices = forms::link_choices(wb, kind);
        let token_of = |id: u64| choices.iter().find(|c| c.id == Some(id)).map(|c| c.token.clone());
        let mut settled = items.clone();
        let mut expanded = None;
        let mut missing = None;
        let mut several = None;
        for (i, item) in items.iter().enumerate() {
            match lookup(wb, kind, item) {
                Some(Ok(id)) => {
                    if let Some(token) = token_of(id) {
                        if !same_name(&token, item) && expanded.is_none() {
                            expanded = Some((item.clone(), token.clone()));
                        }
                        settled[i] = token;
                    }
                }
                Some(Err(NameError::Ambiguous(ids))) => {
                    several = several.or(Some((i, ids)));
                }
                Some(Err(NameError::Missing)) | None => missing = missing.or(Some(item.clone())),
            }
        }
        if settled != items {
            form.set_text(from, &settled.join(", "));
        }
        if let Some((typed, token)) = expanded {
            self.message = Some(tr!(lang, "link-picked", name = typed.as_str(), record = token.as_str()));
        }
        if let Some(typed) = missing {
            form.fields[from].error = Some(i18n::link_error(lang, kind, &typed, &NameError::Missing));
        }
        if let Some((at, ids)) = several {
            let typed = settled[at].clone();
            form.fields[from].error = Some(i18n::link_error(lang, kind, &typed, &NameError::Ambiguous(ids.clone())));
            let fitting: Vec<Choice> =
                choices.into_iter().filter(|c| c.id.is_some_and(|id| ids.contains(&id))).collect();
            let title = tr!(lang, "link-choose", name = typed.as_str());
            form.go_to(from);
            form.picker = Some(Picker::settling(title, fitting, settled, at, then));
        }
    }
}
