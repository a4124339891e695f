//! The search of a list (`/`): a new search starts empty, typing narrows the list at once,
//! Enter keeps the search, Esc drops it (the record picked among the matches stays picked); and
//! pasted text, which goes to the query or to the focused field.

use ratatui::crossterm::event::KeyEvent;

use super::{Action, App, Pane, Tab, search};
use crate::model::text;

impl App {
    pub(super) fn search(&mut self, action: Action) {
        match action {
            Action::Search => {
                // On the overview, `/` searches every record.
                if matches!(self.pane(), Pane::NextActions | Pane::Week) {
                    self.show(Tab::Overview, Pane::All);
                }
                // A new search starts empty: what was typed last time is not added to.
                let pane = self.pane();
                if !self.filters[pane.index()].is_empty() {
                    let keep = self.selected_row();
                    self.filters[pane.index()].clear();
                    self.refresh_rows();
                    if let Some(at) = keep.and_then(|row| self.rows(pane).iter().position(|r| *r == row)) {
                        self.lists[pane.index()].selected = at;
                    }
                }
                self.searching = true;
            }
            Action::SearchAccept => self.searching = false,
            Action::SearchClear => {
                let keep = self.selected_row();
                self.searching = false;
                let pane = self.pane();
                self.filters[pane.index()].clear();
                self.refresh_rows();
                if let Some(at) = keep.and_then(|row| self.rows(pane).iter().position(|r| *r == row)) {
                    self.lists[pane.index()].selected = at;
                }
            }
            _ => {}
        }
    }

    /// A key while typing a search: the query changes and the list follows at once.
    pub(super) fn search_input(&mut self, key: KeyEvent) {
        let pane = self.pane();
        if search::edit_query(&mut self.filters[pane.index()], key) {
            self.lists[pane.index()].selected = 0;
        }
    }

    /// Text pasted into the terminal (bracketed paste): it goes to the search being typed, the
    /// pick list's query or the focused field, cleaned like any text at the model boundary.
    pub fn paste(&mut self, raw: &str) -> bool {
        let clean = text::sanitize(raw);
        if self.searching {
            let pane = self.pane();
            self.filters[pane.index()].push_str(&text::one_line(&clean));
            self.lists[pane.index()].selected = 0;
            self.refresh_rows();
            return true;
        }
        if let Some(p) = self.form.as_mut().and_then(|f| f.picker.as_mut()) {
            let query = format!("{}{}", p.query, text::one_line(&clean));
            p.set_query(query);
            return true;
        }
        match &mut self.form {
            Some(f) if !f.asking_discard => {
                f.paste(&clean);
                true
            }
            _ => false,
        }
    }
}
