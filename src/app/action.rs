//! The one vocabulary of user intent. Keys map to these through the key table (`keymap`), and
//! `App::update` is the only place that acts on them.

use strum::{EnumIter, FromRepr};

/// The seven tabs, in the order of the number keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, FromRepr)]
pub enum Tab {
    Overview,
    Communities,
    Outputs,
    Invitations,
    Values,
    Assets,
    People,
}

impl Tab {
    pub const COUNT: usize = 7;

    pub fn index(self) -> usize {
        self as usize
    }

    /// The lists shown on this tab; `[` and `]` switch between them.
    pub fn panes(self) -> &'static [Pane] {
        match self {
            Tab::Overview => &[Pane::NextActions, Pane::All],
            Tab::Communities => &[Pane::Communities],
            Tab::Outputs => &[Pane::Outputs, Pane::Tags, Pane::Introductions],
            Tab::Invitations => &[Pane::Invitations],
            Tab::Values => &[Pane::Values, Pane::Filter],
            Tab::Assets => &[Pane::Assets, Pane::Stocktakes, Pane::Reflections],
            Tab::People => &[Pane::People, Pane::Map],
        }
    }

    pub fn next(self) -> Tab {
        Tab::from_repr((self.index() + 1) % Self::COUNT).unwrap_or(Tab::Overview)
    }

    pub fn prev(self) -> Tab {
        Tab::from_repr((self.index() + Self::COUNT - 1) % Self::COUNT).unwrap_or(Tab::Overview)
    }
}

/// One list of records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, FromRepr)]
pub enum Pane {
    NextActions,
    Communities,
    Outputs,
    Tags,
    Introductions,
    Invitations,
    Values,
    /// Pending invitations and communities under consideration, scored against the values.
    Filter,
    Assets,
    Stocktakes,
    /// Written reflections (a self-knowledge signal).
    Reflections,
    People,
    /// The network map: communities and the people reached through them.
    Map,
    /// Every record, for searching across the whole workbook.
    All,
}

impl Pane {
    pub const COUNT: usize = 14;
    pub fn index(self) -> usize {
        self as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    NextTab,
    PrevTab,
    GoTab(Tab),
    NextPane,
    PrevPane,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    Open,
    Add,
    Edit,
    Delete,
    Undo,
    Redo,
    Search,
    Export,
    Walkthrough,
    Help,
    ToggleLang,
    ToggleBorders,
    ToggleMouse,
    /// Answer yes in a confirmation.
    Confirm,
    /// Close an overlay or answer no.
    Close,
    /// Show the list in its next order.
    SortNext,
    /// Log a contact with the selected person.
    LogContact,
    /// Decide the selected invitation (or community under consideration) in the value filter.
    Decide(crate::model::Decision),
    /// Raise or lower the value filter's pass mark.
    ThresholdUp,
    ThresholdDown,
    /// Move the selected final value up or down in rank.
    RankUp,
    RankDown,
    /// The walkthrough's card sort: put the card shown on pile 1, 2 or 3.
    Pile(u8),
    /// Mark or unmark the item under the cursor (the walkthrough's ranking page).
    Mark,
    /// Enter while typing a search: keep the filter, back to the list.
    SearchAccept,
    /// Esc: drop the list's search.
    SearchClear,
    // In a form:
    NextField,
    PrevField,
    Save,
    /// Edit the focused text field in `$VISUAL`/`$EDITOR`.
    ExternalEdit,
    /// Open the searchable list for the focused field (links, choices).
    Pick,
    /// Enter in that list: choose the highlighted entry (or mark it, where several can be).
    Choose,
    /// Any other key: it goes to the focused field.
    Input(ratatui::crossterm::event::KeyEvent),
}
