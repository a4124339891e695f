//! The pick list (Ctrl-p): the searchable list of what the focused field can name or choose,
//! and the keys while it is open. Choosing writes into the field; nothing else changes.

use super::form::FieldKind;
use super::picker::{Choice, Mode, Picker};
use super::{Action, App, forms, search};
use crate::i18n::{self, tr};

impl App {
    /// Ctrl-p: the searchable list for the focused field, if it names records or has choices.
    pub(super) fn open_picker(&mut self) {
        let Some(form) = self.form.as_mut() else { return };
        let field = form.focused();
        let title = field.label.clone();
        let picker = match (&field.kind, field.link) {
            (FieldKind::Choice(options), _) => {
                let choices = options.iter().map(|o| Choice::new(o.clone(), o.clone())).collect();
                Picker::new(title, Mode::One, choices, vec![field.choice], Vec::new())
            }
            (_, Some(link)) => {
                let mode = if link.many { Mode::Many } else { Mode::One };
                let choices = match link.kind {
                    Some(kind) => forms::link_choices(&self.session.wb, kind),
                    None => forms::any_record_choices(&self.session.wb, self.lang),
                };
                if choices.is_empty() {
                    self.message = Some(match link.kind {
                        Some(kind) => i18n::nothing_to_pick(self.lang, kind),
                        None => tr!(self.lang, "empty-list").to_owned(),
                    });
                    return;
                }
                let mut p = Picker::for_text(title, mode, choices, &field.value());
                // A part typed into a one-link field is where the search starts.
                if mode == Mode::One
                    && p.marked.is_empty()
                    && let [typed] = p.extra.as_slice()
                {
                    let typed = typed.clone();
                    p.set_query(typed);
                }
                p
            }
            _ if !field.suggestions.is_empty() => {
                Picker::for_suggestions(title, field.suggestions.clone(), &field.value())
            }
            _ => {
                self.message = Some(tr!(self.lang, "pick-not-here").to_owned());
                return;
            }
        };
        form.picker = Some(picker);
    }

    /// An action while the pick list is open: it moves, narrows, chooses or closes the list.
    pub(super) fn pick(&mut self, action: Action) {
        let Some(form) = self.form.as_mut() else { return };
        let Some(p) = form.picker.as_mut() else { return };
        let page = p.page.max(1) as isize;
        // A pick settling a typed part goes on to the field the focus was leaving for.
        let then = p.settle.as_ref().map(|s| s.then).filter(|_| matches!(action, Action::Choose | Action::Save));
        match action {
            Action::Close | Action::Quit => form.picker = None,
            Action::Up => p.move_by(-1),
            Action::Down => p.move_by(1),
            Action::PageUp => p.move_by(-page),
            Action::PageDown => p.move_by(page),
            Action::Top | Action::Bottom => p.to_end(action == Action::Top),
            Action::Choose => match p.mode {
                Mode::Many => p.toggle(),
                Mode::One => {
                    if let Some(i) = p.highlighted() {
                        p.marked = vec![i];
                        form.finish_pick();
                    } else if p.free && !p.query.trim().is_empty() {
                        p.take_query();
                        p.marked.clear();
                        form.finish_pick();
                    }
                }
            },
            Action::Save => {
                if p.mode == Mode::One {
                    p.take_query();
                    p.marked = p.highlighted().into_iter().collect();
                }
                form.finish_pick();
            }
            Action::Input(key) => {
                let mut query = p.query.clone();
                if search::edit_query(&mut query, key) {
                    p.set_query(query);
                }
            }
            _ => {}
        }
        if let Some(then) = then.filter(|_| form.picker.is_none()) {
            form.go_to(then);
        }
    }
}
