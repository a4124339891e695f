//! The key table: the single source for dispatch, the footer hints and the help overlay, so the
//! help can never drift from what the keys really do.
//!
//! `BINDINGS` holds the defaults. A [`Keymap`] is what the app consults: the defaults with the
//! config file's overrides patched over them (`keys: { "add": ["A"], "form.save": ["C-w"] }`),
//! built once at start (see `overrides`). Names are the action in snake case, prefixed with the
//! context for keys that only apply in a form, a question, a search or a pick list.

mod overrides;

pub use overrides::{KeyProblem, action_name, combo_label, config_name, config_notice, config_report, parse_combo};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use super::action::Context;
use super::action::{Action, Tab};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Combo {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(c: char) -> Combo {
    Combo { code: KeyCode::Char(c), mods: KeyModifiers::NONE }
}
const fn ctrl(c: char) -> Combo {
    Combo { code: KeyCode::Char(c), mods: KeyModifiers::CONTROL }
}
const fn code(code: KeyCode) -> Combo {
    Combo { code, mods: KeyModifiers::NONE }
}

pub struct Binding {
    pub keys: &'static [Combo],
    pub action: Action,
    pub context: Context,
    /// Shown in the footer (the help lists every binding that has a label).
    pub footer: bool,
    /// How the keys read in the footer and help; `None` hides the binding from both (used for the
    /// individual number keys, which "1-7" stands for).
    pub label: Option<&'static str>,
}

const fn bind(keys: &'static [Combo], action: Action, context: Context, footer: bool, label: &'static str) -> Binding {
    Binding { keys, action, context, footer, label: Some(label) }
}
const fn hidden(keys: &'static [Combo], action: Action, context: Context) -> Binding {
    Binding { keys, action, context, footer: false, label: None }
}

use Context::*;

pub const BINDINGS: &[Binding] = &[
    bind(&[key('?')], Action::Help, Normal, true, "?"),
    bind(&[key('q')], Action::Quit, Normal, true, "q"),
    hidden(&[ctrl('c')], Action::Quit, Any),
    bind(&[key('1')], Action::GoTab(Tab::Overview), Normal, true, "1-7"),
    hidden(&[key('2')], Action::GoTab(Tab::Communities), Normal),
    hidden(&[key('3')], Action::GoTab(Tab::Outputs), Normal),
    hidden(&[key('4')], Action::GoTab(Tab::Invitations), Normal),
    hidden(&[key('5')], Action::GoTab(Tab::Values), Normal),
    hidden(&[key('6')], Action::GoTab(Tab::Assets), Normal),
    hidden(&[key('7')], Action::GoTab(Tab::People), Normal),
    bind(&[code(KeyCode::Tab)], Action::NextTab, Normal, false, "Tab"),
    bind(
        &[code(KeyCode::BackTab), Combo { code: KeyCode::BackTab, mods: KeyModifiers::SHIFT }],
        Action::PrevTab,
        Normal,
        false,
        "S-Tab",
    ),
    bind(&[key(']')], Action::NextPane, Normal, true, "[ ]"),
    hidden(&[key('[')], Action::PrevPane, Normal),
    bind(&[key('j'), code(KeyCode::Down)], Action::Down, Any, false, "j/Down"),
    bind(&[key('k'), code(KeyCode::Up)], Action::Up, Any, false, "k/Up"),
    bind(&[key('g'), code(KeyCode::Home)], Action::Top, Any, false, "g/Home"),
    bind(
        &[key('G'), Combo { code: KeyCode::Char('G'), mods: KeyModifiers::SHIFT }, code(KeyCode::End)],
        Action::Bottom,
        Any,
        false,
        "G/End",
    ),
    bind(&[code(KeyCode::PageUp)], Action::PageUp, Any, false, "PgUp"),
    bind(&[code(KeyCode::PageDown), key(' ')], Action::PageDown, Any, false, "PgDn"),
    bind(&[code(KeyCode::Enter)], Action::Open, Normal, true, "Enter"),
    bind(&[key('a')], Action::Add, Normal, true, "a"),
    bind(&[key('e')], Action::Edit, Normal, true, "e"),
    bind(&[key('d'), code(KeyCode::Delete)], Action::Delete, Normal, true, "d"),
    bind(&[key('i')], Action::LogContact, Normal, true, "i"),
    bind(
        &[key('I'), Combo { code: KeyCode::Char('I'), mods: KeyModifiers::SHIFT }],
        Action::EditInterests,
        Normal,
        true,
        "I",
    ),
    bind(&[key('m')], Action::Messages, Normal, false, "m"),
    bind(&[key('t')], Action::TakeStep, Normal, true, "t"),
    bind(&[key('o')], Action::OtherProposal, Normal, true, "o"),
    bind(&[key('c')], Action::TickStep, Normal, true, "c"),
    bind(&[key('r')], Action::Reflect, Normal, true, "r"),
    bind(&[key('s')], Action::SortNext, Normal, false, "s"),
    bind(&[key('y')], Action::Decide(crate::model::Decision::Accepted), Normal, true, "y"),
    bind(&[key('n')], Action::Decide(crate::model::Decision::Declined), Normal, true, "n"),
    bind(&[key('l')], Action::Decide(crate::model::Decision::Later), Normal, true, "l"),
    bind(&[key('>')], Action::ThresholdUp, Normal, true, ">"),
    bind(&[key('<')], Action::ThresholdDown, Normal, true, "<"),
    bind(&[key('K'), Combo { code: KeyCode::Char('K'), mods: KeyModifiers::SHIFT }], Action::RankUp, Normal, true, "K"),
    bind(
        &[key('J'), Combo { code: KeyCode::Char('J'), mods: KeyModifiers::SHIFT }],
        Action::RankDown,
        Normal,
        true,
        "J",
    ),
    bind(
        &[key('O'), Combo { code: KeyCode::Char('O'), mods: KeyModifiers::SHIFT }],
        Action::KeepOurs,
        Normal,
        false,
        "O",
    ),
    bind(
        &[key('T'), Combo { code: KeyCode::Char('T'), mods: KeyModifiers::SHIFT }],
        Action::TakeTheirs,
        Normal,
        false,
        "T",
    ),
    bind(&[key('u')], Action::Undo, Normal, true, "u"),
    bind(&[ctrl('r')], Action::Redo, Normal, false, "Ctrl-r"),
    bind(&[key('/')], Action::Search, Normal, true, "/"),
    bind(&[key('x')], Action::Export, Normal, true, "x"),
    bind(&[key('w')], Action::Walkthrough, Normal, true, "w"),
    bind(
        &[key('L'), Combo { code: KeyCode::Char('L'), mods: KeyModifiers::SHIFT }],
        Action::ToggleLang,
        Normal,
        true,
        "L",
    ),
    bind(
        &[key('B'), Combo { code: KeyCode::Char('B'), mods: KeyModifiers::SHIFT }],
        Action::ToggleBorders,
        Normal,
        false,
        "B",
    ),
    bind(
        &[key('M'), Combo { code: KeyCode::Char('M'), mods: KeyModifiers::SHIFT }],
        Action::ToggleMouse,
        Normal,
        false,
        "M",
    ),
    bind(&[key('y'), key('Y')], Action::Confirm, Confirm, true, "y"),
    bind(&[key('n'), key('N'), code(KeyCode::Esc)], Action::Close, Confirm, true, "n/Esc"),
    // Ctrl-c in a question answers "no" (it must never throw away a form being asked about).
    hidden(&[ctrl('c')], Action::Close, Confirm),
    bind(&[code(KeyCode::Esc), key('q'), key('?'), code(KeyCode::Enter)], Action::Close, Reading, true, "Esc"),
    // The message log from the help or a detail (a cut status line is read there in full).
    bind(&[key('m')], Action::Messages, Reading, false, "m"),
    // In a record's detail, where its conflicts are shown: settle the first of them.
    bind(
        &[key('O'), Combo { code: KeyCode::Char('O'), mods: KeyModifiers::SHIFT }],
        Action::KeepOurs,
        Reading,
        false,
        "O",
    ),
    bind(
        &[key('T'), Combo { code: KeyCode::Char('T'), mods: KeyModifiers::SHIFT }],
        Action::TakeTheirs,
        Reading,
        false,
        "T",
    ),
    bind(&[code(KeyCode::Enter), code(KeyCode::Down)], Action::SearchAccept, Search, true, "Enter"),
    bind(&[code(KeyCode::Esc)], Action::SearchClear, Search, true, "Esc"),
    hidden(&[ctrl('c')], Action::SearchClear, Search),
    bind(&[code(KeyCode::Esc)], Action::SearchClear, Normal, false, "Esc"),
    bind(&[code(KeyCode::Tab)], Action::NextField, Form, true, "Tab"),
    bind(
        &[code(KeyCode::BackTab), Combo { code: KeyCode::BackTab, mods: KeyModifiers::SHIFT }],
        Action::PrevField,
        Form,
        true,
        "S-Tab",
    ),
    bind(&[ctrl('s')], Action::Save, Form, true, "Ctrl-s"),
    bind(&[ctrl('e')], Action::ExternalEdit, Form, false, "Ctrl-e"),
    bind(&[code(KeyCode::Esc)], Action::Close, Form, true, "Esc"),
    // Ctrl-c in a form closes it like Esc (asking when something was typed) instead of quitting.
    hidden(&[ctrl('c')], Action::Close, Form),
    bind(&[ctrl('p')], Action::Pick, Form, true, "Ctrl-p"),
    bind(&[code(KeyCode::Enter)], Action::Choose, Pick, true, "Enter"),
    bind(&[ctrl('s')], Action::Save, Pick, true, "Ctrl-s"),
    bind(&[code(KeyCode::Esc)], Action::Close, Pick, true, "Esc"),
    hidden(&[ctrl('c')], Action::Close, Pick),
    // Letters type into the list's query, so it moves with the arrows and Ctrl-n/Ctrl-p only
    // (the footer names both in one hint).
    bind(&[code(KeyCode::Down), ctrl('n')], Action::Down, Pick, false, "Dn/C-n"),
    bind(&[code(KeyCode::Up), ctrl('p')], Action::Up, Pick, false, "Up/C-p"),
    bind(&[code(KeyCode::PageDown)], Action::PageDown, Pick, false, "PgDn"),
    bind(&[code(KeyCode::PageUp)], Action::PageUp, Pick, false, "PgUp"),
    // The walkthrough. Its questions are forms: there Enter (one-line fields) and Ctrl-s answer,
    // and PgUp/PgDn go back or skip, as these say.
    bind(&[code(KeyCode::Enter)], Action::Save, Guide, true, "Enter"),
    bind(&[key('1')], Action::Pile(1), Guide, true, "1"),
    bind(&[key('2')], Action::Pile(2), Guide, true, "2"),
    bind(&[key('3')], Action::Pile(3), Guide, true, "3"),
    bind(&[key('a')], Action::Add, Guide, true, "a"),
    bind(&[key(' ')], Action::Mark, Guide, true, "Space"),
    bind(&[key('K'), Combo { code: KeyCode::Char('K'), mods: KeyModifiers::SHIFT }], Action::RankUp, Guide, true, "K"),
    bind(
        &[key('J'), Combo { code: KeyCode::Char('J'), mods: KeyModifiers::SHIFT }],
        Action::RankDown,
        Guide,
        true,
        "J",
    ),
    bind(&[code(KeyCode::PageUp), code(KeyCode::Backspace)], Action::PageUp, Guide, true, "PgUp"),
    bind(&[code(KeyCode::PageDown)], Action::PageDown, Guide, true, "PgDn"),
    bind(&[key(']')], Action::NextPane, Guide, true, "[ ]"),
    hidden(&[key('[')], Action::PrevPane, Guide),
    bind(&[code(KeyCode::Esc), key('q')], Action::Close, Guide, true, "Esc"),
    hidden(&[ctrl('c')], Action::Close, Guide),
    bind(&[key('?')], Action::Help, Guide, false, "?"),
    bind(&[key('x')], Action::Export, Guide, true, "x"),
    bind(
        &[key('L'), Combo { code: KeyCode::Char('L'), mods: KeyModifiers::SHIFT }],
        Action::ToggleLang,
        Guide,
        false,
        "L",
    ),
    hidden(&[code(KeyCode::PageUp)], Action::PageUp, Form),
    hidden(&[code(KeyCode::PageDown)], Action::PageDown, Form),
];

/// One binding as the app uses it (the defaults, or a config file's replacement keys).
#[derive(Clone, Debug, PartialEq)]
pub struct Bound {
    pub keys: Vec<Combo>,
    pub action: Action,
    pub context: Context,
    pub footer: bool,
    /// How the keys read in the footer and help; `None` hides the binding from both.
    pub label: Option<String>,
}

/// The keys in force: the defaults with the config file's overrides.
#[derive(Clone, Debug, PartialEq)]
pub struct Keymap {
    pub(super) bindings: Vec<Bound>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = BINDINGS
            .iter()
            .map(|b| Bound {
                keys: b.keys.to_vec(),
                action: b.action,
                context: b.context,
                footer: b.footer,
                label: b.label.map(str::to_owned),
            })
            .collect();
        Self { bindings }
    }
}

/// Whether two combos are the same key (Shift with a letter is the letter itself).
pub(super) fn same_key(a: &Combo, b: &Combo) -> bool {
    let m = |c: &Combo| match c.code {
        KeyCode::Char(_) => c.mods - KeyModifiers::SHIFT,
        _ => c.mods,
    };
    a.code == b.code && m(a) == m(b)
}

impl Keymap {
    pub fn bindings(&self) -> &[Bound] {
        &self.bindings
    }

    /// The action bound to `ev` in `context` (bindings for `Any` apply everywhere).
    pub fn lookup(&self, ev: &KeyEvent, context: Context) -> Option<Action> {
        let pressed = Combo { code: ev.code, mods: ev.modifiers };
        // A form takes every key for typing except its own few: `j` or Space must type, not move.
        let typing = matches!(context, Form | Search | Pick);
        let matches = |b: &&Bound| b.keys.iter().any(|k| same_key(k, &pressed));
        // A binding of the context itself wins over one for everywhere.
        self.bindings
            .iter()
            .filter(|b| b.context == context)
            .find(matches)
            .or_else(|| self.bindings.iter().filter(|b| b.context == Any && !typing).find(matches))
            .map(|b| b.action)
    }

    /// How the first key bound to `action` in `context` reads (for a text that names the key).
    pub fn label_of(&self, action: Action, context: Context) -> Option<&str> {
        self.visible(context).find(|b| b.action == action).and_then(|b| b.label.as_deref())
    }

    /// Bindings with a label that apply in `context`, in table order.
    pub fn visible(&self, context: Context) -> impl Iterator<Item = &Bound> {
        self.bindings.iter().filter(move |b| {
            b.label.is_some()
                && !b.keys.is_empty()
                && (b.context == context || (b.context == Any && !matches!(context, Form | Search | Pick)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(c: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(c, m)
    }

    fn lookup(ev: &KeyEvent, context: Context) -> Option<Action> {
        Keymap::default().lookup(ev, context)
    }

    #[test]
    fn keys_from_the_product_brief_map_to_their_actions() {
        let n = Context::Normal;
        assert_eq!(lookup(&press(KeyCode::Char('q'), KeyModifiers::NONE), n), Some(Action::Quit));
        assert_eq!(lookup(&press(KeyCode::Char('c'), KeyModifiers::CONTROL), Context::Reading), Some(Action::Quit));
        assert_eq!(lookup(&press(KeyCode::Char('4'), KeyModifiers::NONE), n), Some(Action::GoTab(Tab::Invitations)));
        assert_eq!(lookup(&press(KeyCode::Char('G'), KeyModifiers::SHIFT), n), Some(Action::Bottom));
        assert_eq!(lookup(&press(KeyCode::Char('G'), KeyModifiers::NONE), n), Some(Action::Bottom));
        assert_eq!(lookup(&press(KeyCode::Char('r'), KeyModifiers::CONTROL), n), Some(Action::Redo));
        assert_eq!(lookup(&press(KeyCode::BackTab, KeyModifiers::SHIFT), n), Some(Action::PrevTab));
        assert_eq!(lookup(&press(KeyCode::Char('z'), KeyModifiers::NONE), n), None);
        assert_eq!(lookup(&press(KeyCode::Char('y'), KeyModifiers::NONE), Context::Confirm), Some(Action::Confirm));
    }

    #[test]
    fn in_a_form_letters_and_space_are_typing_and_ctrl_c_does_not_quit() {
        for c in ['j', 'k', 'g', 'G', ' ', 'q', 'd', 'u', '?'] {
            assert_eq!(lookup(&press(KeyCode::Char(c), KeyModifiers::NONE), Context::Form), None, "{c:?}");
        }
        assert_eq!(lookup(&press(KeyCode::Char('c'), KeyModifiers::CONTROL), Context::Form), Some(Action::Close));
        assert_eq!(lookup(&press(KeyCode::Char('s'), KeyModifiers::CONTROL), Context::Form), Some(Action::Save));
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(lookup(&ctrl_c, Context::Confirm), Some(Action::Close), "Ctrl-c answers no");
        assert_eq!(lookup(&ctrl_c, Context::Normal), Some(Action::Quit));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                // A context's own binding deliberately wins over an `Any` one (Ctrl-c answers
                // "no" in a question); within one context a key means one thing.
                let overlap = a.context == b.context;
                if overlap {
                    for k in a.keys {
                        assert!(!b.keys.contains(k), "{k:?} is bound to {:?} and {:?}", a.action, b.action);
                    }
                }
            }
        }
    }
}
