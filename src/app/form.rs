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
fn editor(lines: Vec<String>) -> TextArea<'static> {
    let mut editor = TextArea::new(lines);
    editor.set_cursor_line_style(ratatui::style::Style::new());
    editor.set_cursor_style(ratatui::style::Style::new());
    editor
}

impl Field {
    pub fn new(name: impl FieldName, label: &str, kind: FieldKind) -> Self {
        let editor = editor(Vec::new());
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
        }
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
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub fn text(mut self, value: &str) -> Self {
        self.editor = editor(value.split('\n').map(str::to_owned).collect());
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
        (self.value(), self.choice, self.on)
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
    /// The focus just arrived: a digit typed into a number field replaces what it shows.
    fresh: bool,
    /// The searchable list for the focused field (Ctrl-p); it takes the keys while open.
    pub picker: Option<super::picker::Picker>,
    initial: Vec<(String, usize, bool)>,
}

impl Form {
    pub fn new(target: FormTarget, fields: Vec<Field>) -> Self {
        let initial = fields.iter().map(Field::snapshot).collect();
        Self { target, fields, focus: 0, asking_discard: false, fresh: true, picker: None, initial }
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
        self.focus = (self.focus + 1) % self.fields.len();
        self.fresh = true;
    }

    pub fn prev_field(&mut self) {
        self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
        self.fresh = true;
    }

    /// A key for the focused field. Enter never saves: it adds a line in a multi-line field and
    /// moves on in every other one (a paste arrives as keys on some terminals).
    pub fn input(&mut self, key: KeyEvent) {
        let last = self.fields.len() - 1;
        let focus = self.focus;
        let fresh = std::mem::replace(&mut self.fresh, false);
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
            (FieldKind::Multi, _) => {
                field.editor.input(key);
            }
            (_, KeyCode::Enter) | (_, KeyCode::Down) if !matches!(field.kind, FieldKind::Multi) => {
                self.focus = (focus + 1).min(last);
                self.fresh = true;
            }
            (_, KeyCode::Up) => {
                self.focus = focus.saturating_sub(1);
                self.fresh = true;
            }
            (FieldKind::Choice(options), code) => {
                let n = options.len().max(1);
                match code {
                    KeyCode::Left | KeyCode::Char('h') => field.choice = (field.choice + n - 1) % n,
                    KeyCode::Right | KeyCode::Char('l') | KeyCode::Char(' ') => field.choice = (field.choice + 1) % n,
                    _ => {}
                }
            }
            (FieldKind::Toggle, KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right) => field.on = !field.on,
            (FieldKind::Toggle, _) => {}
            (FieldKind::Number { .. }, KeyCode::Char(c))
                if (fresh || field.value() == "0") && (c.is_ascii_digit() || "-０１２３４５６７８９－".contains(c)) =>
            {
                // A number field just reached (or showing 0) takes the typed number instead of
                // appending to it; moving the caret first keeps what is there.
                field.editor = editor(Vec::new());
                field.editor.input(key);
            }
            _ => {
                // One-line fields never take a newline, whatever the key says.
                if !(key.code == KeyCode::Char('m') && key.modifiers.contains(KeyModifiers::CONTROL)) {
                    field.editor.input(key);
                }
            }
        }
    }

    /// Pasted text for the focused field (already sanitised by the caller). One-line fields get
    /// it on one line.
    pub fn paste(&mut self, text: &str) {
        let field = &mut self.fields[self.focus];
        field.error = None;
        match field.kind {
            FieldKind::Multi => {
                field.editor.insert_str(text);
            }
            FieldKind::Line | FieldKind::Date | FieldKind::Number { .. } => {
                field.editor.insert_str(crate::model::text::one_line(text));
            }
            FieldKind::Choice(_) | FieldKind::Toggle => {}
        }
    }

    /// Replaces the focused text field's content (text back from an external editor). A one-line
    /// field keeps it on one line.
    pub fn replace_focused(&mut self, text: &str) {
        let field = &mut self.fields[self.focus];
        field.error = None;
        let text = match field.kind {
            FieldKind::Multi => text.to_owned(),
            _ => crate::model::text::one_line(text),
        };
        field.editor = editor(text.split('\n').map(str::to_owned).collect());
        field.editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
        field.editor.move_cursor(ratatui_textarea::CursorMove::End);
    }

    /// Writes the picker's result into the focused field and closes it.
    pub fn finish_pick(&mut self) {
        let Some(picker) = self.picker.take() else { return };
        let field = &mut self.fields[self.focus];
        if matches!(field.kind, FieldKind::Choice(_)) {
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
                self.focus = i;
                self.fresh = true;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RecordKind;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn form() -> Form {
        Form::new(
            FormTarget::New(RecordKind::Tag),
            vec![
                Field::new(Key(0), "name", FieldKind::Line),
                Field::new(Key(1), "notes", FieldKind::Multi),
                Field::new(Key(2), "kind", FieldKind::Choice(vec!["a".into(), "b".into(), "c".into()])),
                Field::new(Key(3), "outside", FieldKind::Toggle),
            ],
        )
    }

    #[test]
    fn typing_japanese_and_enter_moves_on_in_a_line_field_but_breaks_lines_in_multi() {
        let mut f = form();
        for c in "読書会".chars() {
            f.input(key(KeyCode::Char(c)));
        }
        f.input(key(KeyCode::Enter));
        assert_eq!((f.fields[0].value().as_str(), f.focus), ("読書会", 1));
        for c in "a".chars() {
            f.input(key(KeyCode::Char(c)));
        }
        f.input(key(KeyCode::Enter));
        f.input(key(KeyCode::Char('b')));
        assert_eq!(f.fields[1].value(), "a\nb");
        assert_eq!(f.focus, 1, "Enter stays in a multi-line field");
        assert!(f.changed());
    }

    #[test]
    fn choices_cycle_and_toggles_switch() {
        let mut f = form();
        f.focus = 2;
        f.input(key(KeyCode::Left));
        assert_eq!(f.fields[2].choice, 2);
        f.input(key(KeyCode::Char(' ')));
        assert_eq!(f.fields[2].choice, 0);
        f.input(key(KeyCode::Char('l')));
        assert_eq!(f.fields[2].choice, 1);
        f.focus = 3;
        f.input(key(KeyCode::Char(' ')));
        assert!(f.fields[3].on);
        f.input(key(KeyCode::Char('x')));
        assert!(f.fields[3].on, "letters do nothing to a toggle");
    }

    #[test]
    fn a_paste_into_a_line_field_stays_on_one_line() {
        let mut f = form();
        f.paste("一行目\n二行目");
        assert_eq!(f.fields[0].value(), "一行目 二行目");
        f.focus = 1;
        f.paste("x\ny");
        assert_eq!(f.fields[1].value(), "x\ny");
    }

    #[test]
    fn a_number_field_just_reached_takes_the_typed_number_but_keeps_it_after_the_caret_moves() {
        let mut f = Form::new(
            FormTarget::New(RecordKind::Tag),
            vec![
                Field::new(Key(0), "name", FieldKind::Line),
                Field::new(Key(1), "n", FieldKind::Number { min: 0, max: 99 }).text("3"),
            ],
        );
        f.next_field();
        f.input(key(KeyCode::Char('4')));
        f.input(key(KeyCode::Char('2')));
        assert_eq!(f.fields[1].value(), "42");
        f.prev_field();
        f.next_field();
        f.input(key(KeyCode::End));
        f.input(key(KeyCode::Char('1')));
        assert_eq!(f.fields[1].value(), "421", "End first: the digit is added");
    }

    #[test]
    fn an_untouched_form_is_unchanged() {
        let mut f = form();
        assert!(!f.changed());
        f.next_field();
        f.prev_field();
        assert!(!f.changed());
        f.input(key(KeyCode::Char('x')));
        f.input(key(KeyCode::Backspace));
        assert!(!f.changed(), "typing and erasing leaves it as it was");
    }
}
