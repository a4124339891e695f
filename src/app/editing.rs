//! Changing the workbook from the lists: the forms (open, type, save), deleting with a question
//! first, undo and redo, the value filter's decisions, pass mark and ranks, and the switches the
//! workbook remembers (language, mouse, borders). Every change goes through `Session::apply`,
//! so `u` takes it back; the actions that write never get here while the workbook is read-only
//! (see `App::update`), and the switches and the pass mark then change this session only.

use ratatui::crossterm::event::KeyEvent;

use super::exporting::F as ExportField;
use super::form::{FieldKind, Form, FormTarget};
use super::{Action, App, Overlay, Pane, Row, forms, rows};
use crate::i18n::{self, Label, tr};
use crate::model::{Change, Decision, RecordKind, RecordRef, Settings, rules, text};

impl App {
    pub(super) fn edit(&mut self, action: Action) {
        match action {
            Action::Edit | Action::Delete if self.pane() == Pane::Week => self.week_key(action),
            Action::Delete => self.ask_delete(),
            Action::Confirm => self.confirm(),
            Action::Undo | Action::Redo => self.undo_redo(action == Action::Undo),
            Action::ToggleLang => {
                self.lang = self.lang.other();
                let lang = Some(self.lang);
                self.set_settings(Settings { lang, ..self.session.wb.settings.clone() });
            }
            Action::ToggleMouse => {
                let mouse = !self.session.wb.settings.mouse;
                self.set_settings(Settings { mouse, ..self.session.wb.settings.clone() });
                let said = if mouse { tr!(self.lang, "mouse-on") } else { tr!(self.lang, "mouse-off") };
                self.message = Some(said.to_owned());
            }
            Action::ToggleBorders => {
                let ascii_borders = !self.session.wb.settings.ascii_borders;
                self.set_settings(Settings { ascii_borders, ..self.session.wb.settings.clone() });
            }
            Action::TakeStep | Action::OtherProposal | Action::TickStep => self.week_key(action),
            Action::Reflect => self.reflect_key(),
            Action::Add => self.open_form(false),
            Action::Edit => self.open_form(true),
            Action::LogContact => self.open_contact_form(),
            Action::EditInterests => self.form = Some(forms::interests::form(&self.session.wb, self.lang)),
            Action::NextField => self.form.iter_mut().for_each(Form::next_field),
            Action::PrevField => self.form.iter_mut().for_each(Form::prev_field),
            Action::Save => self.save_form(),
            Action::Decide(d) => self.open_decide_form(d),
            // The pass mark moves where it is shown (the filter, and the values' look back).
            Action::ThresholdUp | Action::ThresholdDown if !matches!(self.pane(), Pane::Filter | Pane::Values) => {
                self.message = Some(tr!(self.lang, "threshold-where").to_owned());
            }
            Action::ThresholdUp | Action::ThresholdDown => self.move_pass_mark(action == Action::ThresholdUp),
            Action::RankUp | Action::RankDown => self.move_rank(action == Action::RankUp),
            Action::ExternalEdit => match self.form.as_ref().map(Form::focused) {
                // The outside editor reads a temporary file: an encrypted workbook's text would
                // lie on disk in the clear there (and in the editor's swap file).
                Some(_) if self.session.seal.is_sealed() => {
                    self.message = Some(tr!(self.lang, "crypt-no-outside-editor").to_owned());
                }
                Some(f) if matches!(f.kind, FieldKind::Multi | FieldKind::Line) => self.external_edit = Some(f.value()),
                _ => self.message = Some(tr!(self.lang, "editor-text-only").to_owned()),
            },
            _ => {}
        }
    }

    /// A key typed into the open form.
    pub(super) fn type_into_form(&mut self, key: KeyEvent) {
        let on_format =
            self.form.as_ref().is_some_and(|f| f.target == FormTarget::Export && f.is_focused(ExportField::Format));
        self.form.iter_mut().for_each(|f| f.input(key));
        self.follow_export_format(on_format);
    }

    /// Settings change outside the undo history (switching language is not an edit to undo).
    fn set_settings(&mut self, s: Settings) {
        let _ = self.session.apply_quietly(vec![Change::Settings(s)]);
    }

    /// `<` and `>`: unlike the language or the borders, the pass mark changes what the filter
    /// says, so `u` takes it back like any edit (read-only, it moves for this session only).
    fn move_pass_mark(&mut self, up: bool) {
        let mut s = self.session.wb.settings.clone();
        s.pass_mark = crate::model::rules::move_pass_mark(s.pass_mark(), up);
        let label = format!("{} {}%", tr!(self.lang, "threshold-label"), s.pass_mark);
        let edit = vec![Change::Settings(s)];
        let _ = if self.session.read_only.is_some() {
            self.session.apply_quietly(edit)
        } else {
            self.session.apply(edit, label.clone())
        };
        self.message = Some(label);
    }

    fn ask_delete(&mut self) {
        match self.selected_row() {
            Some(Row::Record(target)) => {
                let (edit, touched) = rules::delete(&self.session.wb, target);
                let name = rows::record_name(&self.session.wb, target);
                self.overlay = Some(Overlay::ConfirmDelete { target, name, touched, edit });
            }
            _ => self.message = Some(tr!(self.lang, "nothing-selected").to_owned()),
        }
    }

    /// `y` to a question: discards the changed form, or deletes what was asked about.
    fn confirm(&mut self) {
        if self.form.as_ref().is_some_and(|f| f.asking_discard) {
            self.form = None;
            return;
        }
        let (name, edit) = match self.overlay.take() {
            Some(Overlay::ConfirmDelete { name, edit, .. }) => (name, edit),
            Some(Overlay::ConfirmQuit { .. }) => return self.quit_unsaved(),
            Some(Overlay::BringBack { copy, .. }) => return self.bring_back(copy),
            other => {
                self.overlay = other;
                return;
            }
        };
        let label = i18n::deleted(self.lang, &name);
        match self.session.apply(edit, label.clone()) {
            Ok(()) => self.message = Some(label),
            Err(e) => self.error = Some(i18n::edit_error(self.lang, &e)),
        }
    }

    /// Esc / n: answers "no" to a question, or closes the form (asking first when it changed),
    /// or closes the overlay.
    pub(super) fn close(&mut self) {
        match &mut self.form {
            Some(f) if f.asking_discard => f.asking_discard = false,
            Some(f) if f.changed() => f.asking_discard = true,
            Some(_) => self.form = None,
            None => {
                if let Some(Overlay::BringBack { copy, .. }) = self.overlay.take() {
                    self.keep_emergency(&copy);
                }
            }
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        match self.session.undo(undo) {
            None => {
                let nothing = if undo { tr!(self.lang, "nothing-to-undo") } else { tr!(self.lang, "nothing-to-redo") };
                self.message = Some(nothing.to_owned());
            }
            Some(Ok(label)) => self.message = Some(i18n::undone(self.lang, undo, &label)),
            Some(Err(e)) => self.error = Some(i18n::edit_error(self.lang, &e)),
        }
    }

    /// `a` opens an empty form for the current list, `e` the selected record's.
    fn open_form(&mut self, edit: bool) {
        let (wb, lang, today) = (&self.session.wb, self.lang, self.today);
        // The assets: `e` rates the selected one, `a` takes stock of them all.
        if self.pane() == Pane::Assets {
            match (edit, self.selected_row()) {
                (true, Some(Row::Asset(kind))) => self.form = Some(forms::asset::form(wb, kind, lang)),
                (true, _) => self.message = Some(tr!(lang, "nothing-selected").to_owned()),
                (false, _) => self.form = Some(forms::form_for(RecordKind::Stocktake, None, wb, lang, today)),
            }
            return;
        }
        // On the map, a new person starts as met in the community selected (or the selected
        // person's).
        if !edit && self.pane() == Pane::Map {
            let community = match self.selected_row() {
                Some(Row::Record(r)) => {
                    self.rows.map.place(r).and_then(|p| self.rows.map.clusters[p.cluster].community)
                }
                _ => None,
            };
            self.form = Some(forms::new_person_form(wb, lang, community));
            return;
        }
        // Lists of mixed kinds (the value filter, the search across everything) edit the
        // selected record as what it is.
        let (kind, existing) = match (edit, self.selected_row()) {
            (false, _) => (rows::kind_of(self.pane()), None),
            (true, Some(Row::Record(r))) => (Some(r.kind()), wb.record(r)),
            // A list of no records of its own (the next actions): nothing here has a form.
            (true, _) if rows::kind_of(self.pane()).is_none() => (None, None),
            (true, _) => {
                self.message = Some(tr!(lang, "nothing-selected").to_owned());
                return;
            }
        };
        let Some(kind) = kind else {
            self.message = Some(tr!(lang, "no-form-yet").to_owned());
            return;
        };
        self.form = Some(forms::form_for(kind, existing.as_ref(), wb, lang, today));
    }

    /// `i` on a person: a small form to log a contact.
    fn open_contact_form(&mut self) {
        match self.selected_row() {
            Some(Row::Record(RecordRef::Person(p))) => self.form = Some(forms::contact::form(p, self.lang, self.today)),
            Some(Row::Record(RecordRef::Community(c))) => {
                self.form = Some(forms::visit::form(c, self.lang, self.today))
            }
            _ => self.message = Some(tr!(self.lang, "contact-needs-person").to_owned()),
        }
    }

    /// `y`/`n`/`l` in the value filter: the decision form for the selected row.
    fn open_decide_form(&mut self, d: Decision) {
        if self.pane() != Pane::Filter {
            self.message = Some(tr!(self.lang, "filter-only").to_owned());
            return;
        }
        match self.selected_row() {
            Some(Row::Record(r)) => self.form = forms::decide::form(&self.session.wb, r, d, self.lang),
            _ => self.message = Some(tr!(self.lang, "nothing-selected").to_owned()),
        }
    }

    /// `K`/`J` on a final value: it swaps rank with its neighbour (one undoable step).
    fn move_rank(&mut self, up: bool) {
        let Some(Row::Record(RecordRef::Value(id))) = self.selected_row().filter(|_| self.pane() == Pane::Values)
        else {
            self.message = Some(tr!(self.lang, "rank-only").to_owned());
            return;
        };
        let Some(edit) = rules::move_value(&self.session.wb, id, up, self.today) else { return };
        let name = self.session.wb.values.get(id).map(|v| text::one_line(&v.name)).unwrap_or_default();
        let label = format!("{}: {name}", tr!(self.lang, "rank-moved"));
        if self.session.apply(edit, label.clone()).is_ok() {
            self.refresh_rows();
            self.jump_to(RecordRef::Value(id));
            self.message = Some(label);
        }
    }

    /// Ctrl-s: checks every field; saves through the undo history and shows the record, or
    /// marks what is wrong and moves to it.
    fn save_form(&mut self) {
        let Some(mut form) = self.form.take() else { return };
        if form.target == FormTarget::Export {
            self.save_export(form);
            return;
        }
        if matches!(form.target, FormTarget::Edit(_)) && !form.changed() {
            // Nothing to save, and nothing for undo to step through.
            self.message = Some(tr!(self.lang, "no-changes").to_owned());
            return;
        }
        let Some(edit) = forms::edit_from(&mut form, &mut self.session.wb, self.lang, self.today) else {
            form.focus_first_error();
            let at = form.focus;
            self.form = Some(form);
            self.message = Some(tr!(self.lang, "fix-fields").to_owned());
            // A part of a name that fits several records: choose among them now.
            self.settle_link(at, at);
            return;
        };
        let (label, target) = match (form.target, edit.last()) {
            // An asset is not a record: it is saved and shown where it was.
            (FormTarget::Asset(kind), _) => (i18n::saved_record(self.lang, false, kind.label(self.lang)), None),
            // Nor are my interests: the Values tab shows them.
            (FormTarget::Interests, _) => (tr!(self.lang, "interests-saved").to_owned(), None),
            (FormTarget::Visit(c), _) => {
                let name = rows::record_name(&self.session.wb, RecordRef::Community(c));
                (tr!(self.lang, "visit-logged", community = name), Some(RecordRef::Community(c)))
            }
            (FormTarget::Afterwards(i), _) => {
                let name = rows::record_name(&self.session.wb, RecordRef::Invitation(i));
                (tr!(self.lang, "afterwards-saved", invitation = name), None)
            }
            (FormTarget::Week(step), _) => {
                (tr!(self.lang, "week-taken", step = i18n::column_step(self.lang, step)), None)
            }
            (target, Some(Change::Put(record))) => {
                let name = rows::record_name_of(record, &self.session.wb);
                let label = match target {
                    FormTarget::New(_) => i18n::saved_record(self.lang, true, &name),
                    FormTarget::Contact(_) => i18n::contact_logged(self.lang, &name),
                    FormTarget::Decide(_) => i18n::decided(self.lang, &name),
                    FormTarget::Edit(_)
                    | FormTarget::Asset(_)
                    | FormTarget::Walkthrough
                    | FormTarget::OwnCard
                    | FormTarget::Interests
                    | FormTarget::Visit(_)
                    | FormTarget::Afterwards(_)
                    | FormTarget::Week(_)
                    | FormTarget::Export => i18n::saved_record(self.lang, false, &name),
                };
                (label, Some(record.reference()))
            }
            (_, _) => return,
        };
        if let Err(e) = self.session.apply(edit, label.clone()) {
            self.form = Some(form);
            self.error = Some(i18n::edit_error(self.lang, &e));
            return;
        }
        self.message = Some(label);
        let Some(target) = target else { return };
        self.refresh_rows();
        // A decision or an edit from the value filter stays in the filter; the map stays the
        // map, with the record selected on it.
        let pane = self.pane();
        let on_map = self.rows(Pane::Map).iter().position(|r| *r == Row::Record(target));
        match on_map {
            Some(at) if pane == Pane::Map => self.lists[pane.index()].selected = at,
            _ if matches!(form.target, FormTarget::Decide(_)) || pane == Pane::Filter => {}
            _ => self.jump_to(target),
        }
    }

    /// The text back from the external editor (or why it could not run).
    pub fn external_edit_done(&mut self, result: Result<String, String>) {
        match (result, self.form.as_mut()) {
            (Ok(text), Some(f)) => {
                let clean = text::sanitize(text.strip_suffix('\n').unwrap_or(&text));
                f.replace_focused(&clean);
            }
            (Err(e), _) => self.error = Some(i18n::editor_failed(self.lang, &e)),
            (Ok(_), None) => {}
        }
    }
}
