//! A form: the fields of one record being added or edited, which one has the focus, and what is
//! wrong with them. Kind-specific knowledge (which fields, how they become a record) lives in
//! `forms`, one module per record kind; this file only knows field types and keys.
//!
//! Every field has a name: each form names its fields with an enum of its own (implementing
//! [`FieldName`]), and reads them back by that name, never by position.
//!
//! Text fields are `ratatui_textarea::TextArea`s, which handle double-width characters and
//! report the cursor position so the terminal cursor (and an IME's composition window) sits
//! exactly where the next character goes.
//!
//! A value the form put there (today's date in a new record, a suggested reason) or a number
//! just reached is *selected*, as in any editor: the first character typed replaces it,
//! Backspace clears it, and moving the caret first (←/→/Home/End) keeps it to edit. A form can
//! keep its less used fields behind a [`FieldKind::More`] switch: they are hidden, not dropped.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use crate::model::RecordRef;

#[derive(Clone, Debug, PartialEq)]
pub enum FieldKind {
    /// One line of text; Enter moves to the next field.
    Line,
    /// Several lines; Enter starts a new line.
    Multi,
    /// A date typed as text (checked on save).
    Date,
    /// A whole number in a range, typed as text.
    Number { min: i64, max: i64 },
    /// One of several labels; Left/Right (or h/l, Space) move between them.
    Choice(Vec<String>),
    /// Yes or no; Space switches.
    Toggle,
    /// A level from 0 (the first word) up, with a word for each; Left/Right move, a digit
    /// chooses the level at once.
    Scale(Vec<String>),
    /// Shows or hides the fields after it (Space, or Enter, which also goes into them). Not
    /// part of the record: switching it is no change to the form.
    More,
}

/// A field's name within its form (see [`FieldName`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key(pub u16);

/// The fields of one form, by name: each form module has an enum of its fields.
pub trait FieldName: Copy {
    fn key(self) -> Key;
}

impl FieldName for Key {
    fn key(self) -> Key {
        self
    }
}

/// The one field of a walkthrough question (and of other one-field forms).
pub const ANSWER: Key = Key(0);

#[derive(Clone, Debug)]
pub struct Field {
    pub key: Key,
    pub label: String,
    pub kind: FieldKind,
    pub editor: TextArea<'static>,
    pub choice: usize,
    pub on: bool,
    pub required: bool,
    /// What is wrong with the value, shown beside the field.
    pub error: Option<String>,
    /// An example shown while the field is empty (never saved).
    pub placeholder: String,
    /// The records this text field names (picked from a list with Ctrl-p).
    pub link: Option<Link>,
    /// Values this free-text field has taken elsewhere, offered by Ctrl-p (a person's field
    /// among the workbook's fields); typing something else is fine.
    pub suggestions: Vec<crate::app::picker::Choice>,
    /// The value is the form's suggestion, not the user's: the first edit replaces it.
    pub suggested: bool,
    /// What the field means, shown under it while it has the focus.
    pub hint: String,
    /// The focus starts here (the field that matters, not the date before it).
    pub start: bool,
}

/// A text field that names other records: which kind, and whether it takes several.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    /// `None`: any record (evidence for an asset).
    pub kind: Option<crate::model::RecordKind>,
    pub many: bool,
}

/// A text editor as forms use it: no highlighted line and no drawn cursor block (the terminal's
/// own cursor marks the caret of the focused field, so there is only ever one).
/// Multi-line fields wrap their lines at words (or, for a word wider than the field, at
/// characters); one-line fields scroll sideways.
fn editor(lines: Vec<String>, kind: &FieldKind) -> TextArea<'static> {
    let mut editor = TextArea::new(lines);
    editor.set_cursor_line_style(ratatui::style::Style::new());
    editor.set_cursor_style(ratatui::style::Style::new());
    if matches!(kind, FieldKind::Multi) {
        editor.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
    }
    editor
}

impl Field {
    pub fn new(name: impl FieldName, label: &str, kind: FieldKind) -> Self {
        let editor = editor(Vec::new(), &kind);
        Self {
            key: name.key(),
            label: label.to_owned(),
            kind,
            editor,
            choice: 0,
            on: false,
            required: false,
            error: None,
            placeholder: String::new(),
            link: None,
            suggestions: Vec::new(),
            suggested: false,
            hint: String::new(),
            start: false,
        }
    }
    /// Marks what the field shows as a suggestion (typing replaces it); nothing to mark when it
    /// is empty.
    pub fn suggested(mut self) -> Self {
        self.suggested = !self.value().is_empty();
        self
    }
    /// What the field means, shown under it while focused.
    pub fn hint(mut self, text: &str) -> Self {
        self.hint = text.to_owned();
        self
    }
    /// The focus starts on this field.
    pub fn starts(mut self) -> Self {
        self.start = true;
        self
    }
    /// Names records of `kind` (one, or several separated by commas).
    pub fn links(mut self, kind: crate::model::RecordKind, many: bool) -> Self {
        self.link = Some(Link { kind: Some(kind), many });
        self
    }
    /// Names any records, by `#id`.
    pub fn links_any(mut self) -> Self {
        self.link = Some(Link { kind: None, many: true });
        self
    }
    /// Offers `values` (each with how many records have it) to pick from with Ctrl-p.
    pub fn suggests(mut self, values: Vec<(String, usize)>) -> Self {
        self.suggestions = values
            .into_iter()
            .map(|(value, n)| crate::app::picker::Choice::new(format!("{value} ({n})"), value))
            .collect();
        self
    }
    /// Whether Ctrl-p has a list to offer here.
    pub fn can_pick(&self) -> bool {
        self.link.is_some() || matches!(self.kind, FieldKind::Choice(_)) || !self.suggestions.is_empty()
    }
    /// Whether the field holds text that is typed (not a choice or a switch).
    pub fn is_text(&self) -> bool {
        matches!(self.kind, FieldKind::Line | FieldKind::Multi | FieldKind::Date | FieldKind::Number { .. })
    }
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub fn text(mut self, value: &str) -> Self {
        self.editor = editor(value.split('\n').map(str::to_owned).collect(), &self.kind);
        self.editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
        self.editor.move_cursor(ratatui_textarea::CursorMove::End);
        self
    }
    pub fn chosen(mut self, i: usize) -> Self {
        self.choice = i;
        self
    }
    pub fn switched(mut self, on: bool) -> Self {
        self.on = on;
        self
    }
    pub fn example(mut self, text: &str) -> Self {
        self.placeholder = text.to_owned();
        self
    }
    /// The text typed so far (for text-like fields).
    pub fn value(&self) -> String {
        self.editor.lines().join("\n")
    }
    /// What the field holds, to tell whether the form changed.
    fn snapshot(&self) -> (String, usize, bool) {
        if self.kind == FieldKind::More { Default::default() } else { (self.value(), self.choice, self.on) }
    }
    /// Empties a text field (replacing a selected value).
    fn clear(&mut self) {
        self.editor = editor(Vec::new(), &self.kind);
    }
}

/// What saving the form will do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormTarget {
    New(crate::model::RecordKind),
    Edit(RecordRef),
    /// A contact with this person, added to their interaction log.
    Contact(crate::model::PersonId),
    /// A decision on an invitation or a community under consideration, from the value filter.
    Decide(RecordRef),
    /// The self-rating, notes and evidence of one asset.
    Asset(crate::model::AssetKind),
    /// The question on the walkthrough's page (one field; Enter answers it).
    Walkthrough,
    /// A value card of one's own, added during the card sort.
    OwnCard,
    /// Where and how to export the summary (`x`).
    Export,
    /// My own interests (`I` on the Values tab).
    Interests,
    /// A visit to this community (`i` on a community).
    Visit(crate::model::CommunityId),
    /// The reflection after this invitation's event (`r`).
    Afterwards(crate::model::InvitationId),
    /// A step of one's own for this week's slot (`e` on the week page).
    Week(crate::model::ColumnStep),
}

#[derive(Clone, Debug)]
pub struct Form {
    pub target: FormTarget,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Esc was pressed on a changed form: "discard the changes?" is showing.
    pub asking_discard: bool,
    /// The focus just arrived: a number field's value is selected (typing replaces it).
    arrived: bool,
    /// The searchable list for the focused field (Ctrl-p); it takes the keys while open.
    pub picker: Option<super::picker::Picker>,
    initial: Vec<(String, usize, bool)>,
}

impl Form {
    pub fn new(target: FormTarget, fields: Vec<Field>) -> Self {
        let initial = fields.iter().map(Field::snapshot).collect();
        let focus = fields.iter().position(|f| f.start).unwrap_or(0);
        Self { target, fields, focus, asking_discard: false, arrived: true, picker: None, initial }
    }

    /// Marks every text field that shows something as a suggestion: in a new record's form,
    /// whatever is already there is the form's default.
    pub fn suggest_all(mut self) -> Self {
        for f in self.fields.iter_mut().filter(|f| f.is_text()) {
            f.suggested = !f.value().is_empty();
        }
        self
    }

    /// Whether the field at `i` is shown (not behind a closed "more").
    pub fn visible(&self, i: usize) -> bool {
        !self.fields[..i.min(self.fields.len())].iter().any(|f| f.kind == FieldKind::More && !f.on)
    }

    /// Whether typing into the focused field replaces what it shows (drawn as selected).
    pub fn selected(&self) -> bool {
        let f = self.focused();
        f.is_text()
            && !f.value().is_empty()
            && (f.suggested || (self.arrived && matches!(f.kind, FieldKind::Number { .. })))
    }

    /// The next shown field after (or before) the focus; wrapping round, or stopping at the
    /// last (first) one.
    fn step(&self, forward: bool, wrap: bool) -> usize {
        let n = self.fields.len();
        let mut i = self.focus;
        for _ in 0..n {
            let next = match (forward, wrap) {
                (true, true) => (i + 1) % n,
                (false, true) => (i + n - 1) % n,
                (true, false) if i + 1 < n => i + 1,
                (false, false) if i > 0 => i - 1,
                _ => return self.focus,
            };
            if self.visible(next) {
                return next;
            }
            i = next;
        }
        self.focus
    }

    fn move_focus(&mut self, to: usize) {
        self.focus = to;
        self.arrived = true;
    }

    pub fn changed(&self) -> bool {
        self.fields.iter().map(Field::snapshot).ne(self.initial.iter().cloned())
    }

    pub fn focused(&self) -> &Field {
        &self.fields[self.focus]
    }

    /// Where the field called `name` is (every form builds the fields it reads).
    pub fn index(&self, name: impl FieldName) -> Option<usize> {
        let key = name.key();
        self.fields.iter().position(|f| f.key == key)
    }

    pub fn field(&self, name: impl FieldName) -> Option<&Field> {
        self.index(name).map(|i| &self.fields[i])
    }

    pub fn field_mut(&mut self, name: impl FieldName) -> Option<&mut Field> {
        self.index(name).map(|i| &mut self.fields[i])
    }

    /// Whether the focus is on the field called `name`.
    pub fn is_focused(&self, name: impl FieldName) -> bool {
        self.fields.get(self.focus).is_some_and(|f| f.key == name.key())
    }

    pub fn next_field(&mut self) {
        self.move_focus(self.step(true, true));
    }

    pub fn prev_field(&mut self) {
        self.move_focus(self.step(false, true));
    }

    /// Moves the focus to the field at `i`, showing what is behind "more" if it is there.
    pub fn go_to(&mut self, i: usize) {
        if i < self.fields.len() {
            self.show_more_for(i);
            self.move_focus(i);
        }
    }

    /// Replaces the text of the field at `i` (a link settled to the record's name).
    pub fn set_text(&mut self, i: usize, text: &str) {
        if let Some(field) = self.fields.get_mut(i) {
            field.suggested = false;
            field.editor = editor(text.split('\n').map(str::to_owned).collect(), &field.kind);
            field.editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
            field.editor.move_cursor(ratatui_textarea::CursorMove::End);
        }
    }

    /// Moves the focus to the field called `name`, showing what is behind "more" if it is there.
    pub fn focus_on(&mut self, name: impl FieldName) {
        if let Some(i) = self.index(name) {
            self.show_more_for(i);
            self.move_focus(i);
        }
    }

    /// Opens the "more" a field is behind.
    fn show_more_for(&mut self, i: usize) {
        for f in self.fields[..i].iter_mut().filter(|f| f.kind == FieldKind::More) {
            f.on = true;
        }
    }

    /// A key for the focused field. Enter never saves: it adds a line in a multi-line field and
    /// moves on in every other one (a paste arrives as keys on some terminals).
    pub fn input(&mut self, key: KeyEvent) {
        let focus = self.focus;
        let selected = self.selected();
        self.arrived = false;
        let field = &mut self.fields[focus];
        field.error = None;
        if let KeyCode::Char(c) = key.code
            && crate::model::text::is_forbidden(c)
        {
            // Typed (by an input method, or a terminal that sends a paste as keys), an invisible
            // character is dropped at once, as the model would drop it on save.
            return;
        }
        match (&field.kind, key.code) {
            (FieldKind::More, KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right) => field.on = !field.on,
            (FieldKind::More, KeyCode::Enter) if !field.on => {
                field.on = true;
                self.move_focus(self.step(true, false));
            }
            (FieldKind::Multi, _) => Self::edit_text(field, key, selected),
            (_, KeyCode::Enter) | (_, KeyCode::Down) => {
                self.move_focus(self.step(true, false));
            }
            (_, KeyCode::Up) => {
                self.move_focus(self.step(false, false));
            }
            (FieldKind::Choice(options), code) => {
                let n = options.len().max(1);
                match code {
                    KeyCode::Left | KeyCode::Char('h') => field.choice = (field.choice + n - 1) % n,
                    KeyCode::Right | KeyCode::Char('l') | KeyCode::Char(' ') => field.choice = (field.choice + 1) % n,
                    _ => {}
                }
            }
            (FieldKind::Scale(levels), code) => {
                let top = levels.len().saturating_sub(1);
                match code {
                    KeyCode::Left | KeyCode::Char('h') => field.choice = field.choice.saturating_sub(1),
                    KeyCode::Right | KeyCode::Char('l') => field.choice = (field.choice + 1).min(top),
                    KeyCode::Char(' ') => field.choice = if field.choice >= top { 0 } else { field.choice + 1 },
                    KeyCode::Home => field.choice = 0,
                    KeyCode::End => field.choice = top,
                    // Digits in either width: an input method left on types full-width ones.
                    KeyCode::Char(c) => {
                        if let Some(level) = c.to_digit(10).or_else(|| full_width_digit(c)) {
                            field.choice = (level as usize).min(top);
                        }
                    }
                    _ => {}
                }
            }
            (FieldKind::Toggle, KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right) => field.on = !field.on,
            (FieldKind::Toggle | FieldKind::More, _) => {}
            // One-line fields never take a newline, whatever the key says.
            (_, KeyCode::Char('m')) if key.modifiers.contains(KeyModifiers::CONTROL) => {}
            _ => Self::edit_text(field, key, selected),
        }
    }

    /// A key for a text field: with its value selected, a character replaces it and Backspace
    /// or Delete clears it; any other key (the caret moving) leaves it to be edited.
    fn edit_text(field: &mut Field, key: KeyEvent, selected: bool) {
        field.suggested = false;
        let typed = matches!(key.code, KeyCode::Char(_))
            && !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        if selected {
            match key.code {
                _ if typed => field.clear(),
                KeyCode::Backspace | KeyCode::Delete => return field.clear(),
                _ => {}
            }
        }
        field.editor.input(key);
    }

    /// Pasted text for the focused field (already sanitised by the caller). One-line fields get
    /// it on one line.
    pub fn paste(&mut self, text: &str) {
        let selected = self.selected();
        self.arrived = false;
        let field = &mut self.fields[self.focus];
        field.error = None;
        if selected {
            field.clear();
        }
        field.suggested = false;
        match field.kind {
            FieldKind::Multi => {
                field.editor.insert_str(text);
            }
            FieldKind::Line | FieldKind::Date | FieldKind::Number { .. } => {
                field.editor.insert_str(crate::model::text::one_line(text));
            }
            FieldKind::Choice(_) | FieldKind::Toggle | FieldKind::Scale(_) | FieldKind::More => {}
        }
    }

    /// Replaces the focused text field's content (text back from an external editor). A one-line
    /// field keeps it on one line.
    pub fn replace_focused(&mut self, text: &str) {
        let field = &mut self.fields[self.focus];
        field.error = None;
        field.suggested = false;
        let text = match field.kind {
            FieldKind::Multi => text.to_owned(),
            _ => crate::model::text::one_line(text),
        };
        field.editor = editor(text.split('\n').map(str::to_owned).collect(), &field.kind);
        field.editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
        field.editor.move_cursor(ratatui_textarea::CursorMove::End);
    }

    /// Writes the picker's result into the focused field and closes it.
    pub fn finish_pick(&mut self) {
        let Some(picker) = self.picker.take() else { return };
        let field = &mut self.fields[self.focus];
        if matches!(field.kind, FieldKind::Choice(_) | FieldKind::Scale(_)) {
            if let Some(&i) = picker.marked.first() {
                field.choice = i;
            }
            field.error = None;
        } else {
            self.replace_focused(&picker.field_text());
        }
    }

    /// Moves the focus to the first field with an error; true if there is one.
    pub fn focus_first_error(&mut self) -> bool {
        match self.fields.iter().position(|f| f.error.is_some()) {
            Some(i) => {
                self.show_more_for(i);
                self.move_focus(i);
                true
            }
            None => false,
        }
    }
}

/// A full-width digit's value (`３` is 3).
fn full_width_digit(c: char) -> Option<u32> {
    ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32)
}

#[cfg(test)]
mod tests;
