//! The one vocabulary of user intent. Keys map to these through the key table (`keymap`), and
//! `App::update` is the only place that acts on them.

use strum::{EnumIter, FromRepr};

use crate::i18n::{Lang, tr};

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
            Tab::Overview => &[Pane::Week, Pane::NextActions, Pane::Months, Pane::All],
            Tab::Communities => &[Pane::Communities],
            Tab::Outputs => &[Pane::Outputs, Pane::Tags, Pane::Introductions],
            Tab::Invitations => &[Pane::Invitations],
            Tab::Values => &[Pane::Values, Pane::Filter],
            Tab::Assets => &[Pane::Assets, Pane::Stocktakes, Pane::Reflections],
            Tab::People => &[Pane::People, Pane::Map],
        }
    }

    /// The tab's name in the tab bar.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Tab::Overview => tr!(lang, "tab-overview"),
            Tab::Communities => tr!(lang, "tab-communities"),
            Tab::Outputs => tr!(lang, "tab-outputs"),
            Tab::Invitations => tr!(lang, "tab-invitations"),
            Tab::Values => tr!(lang, "tab-values"),
            Tab::Assets => tr!(lang, "tab-assets"),
            Tab::People => tr!(lang, "tab-people"),
        }
    }

    /// The longer title shown above the tab's body.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Tab::Overview => tr!(lang, "tab-title-overview"),
            Tab::Communities => tr!(lang, "tab-title-communities"),
            Tab::Outputs => tr!(lang, "tab-title-outputs"),
            Tab::Invitations => tr!(lang, "tab-title-invitations"),
            Tab::Values => tr!(lang, "tab-title-values"),
            Tab::Assets => tr!(lang, "tab-title-assets"),
            Tab::People => tr!(lang, "tab-title-people"),
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
    /// This week's three steps and the log of the weeks before (the overview opens on it).
    Week,
    /// What happened month by month over the last year.
    Months,
}

impl Pane {
    pub const COUNT: usize = 16;
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Where a binding applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Browsing lists (no overlay open).
    Normal,
    /// The help overlay or the detail view.
    Reading,
    /// A yes/no question.
    Confirm,
    /// Editing a form (keys not bound here go to the focused field).
    Form,
    /// Typing a search (keys not bound here go to the query).
    Search,
    /// Choosing from a form field's list (keys not bound here go to its query).
    Pick,
    /// A page of the walkthrough that is not a question (its questions are forms).
    Guide,
    /// Everywhere.
    Any,
}

impl Context {
    /// The heading of the context's keys in the help (`None`: not listed there on its own).
    pub fn heading(self, lang: Lang) -> Option<&'static str> {
        Some(match self {
            Context::Normal => tr!(lang, "help-group-lists"),
            Context::Any => tr!(lang, "help-group-everywhere"),
            Context::Confirm => tr!(lang, "help-group-confirm"),
            Context::Reading => tr!(lang, "help-group-reading"),
            Context::Form => tr!(lang, "help-group-form"),
            Context::Search => tr!(lang, "help-group-search"),
            Context::Pick => tr!(lang, "help-group-pick"),
            Context::Guide => return None,
        })
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
    /// Edit my own interests (the Values tab).
    EditInterests,
    /// Show the messages of this run (the status line shows only the last).
    Messages,
    /// This week: take the step proposed for the selected slot.
    TakeStep,
    /// This week: show the next proposal for the selected slot.
    OtherProposal,
    /// This week: mark the selected step done today (again: not done).
    TickStep,
    /// Write how an accepted invitation went (the week page's question, or the invitation).
    Reflect,
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
    /// Settle a conflict a merge left: keep this copy's value, or take the other copy's.
    KeepOurs,
    TakeTheirs,
    /// Any other key: it goes to the focused field.
    Input(ratatui::crossterm::event::KeyEvent),
}

impl Action {
    /// Whether the action changes the workbook where it is bound: refused while the workbook
    /// is read-only (`App::update` checks this, once, for every key). Only the lists' keys
    /// write or open what writes; a form, a question or the walkthrough can only be reached
    /// through them, and the walkthrough's `a` and `J`/`K` mean its own card and its ranking.
    pub fn writes(self, context: Context) -> bool {
        // A record's detail settles its conflicts, too.
        let settles = matches!(self, Action::KeepOurs | Action::TakeTheirs);
        (context == Context::Reading && settles)
            || context == Context::Normal
                && matches!(
                    self,
                    Action::Add
                        | Action::Edit
                        | Action::Delete
                        | Action::Undo
                        | Action::Redo
                        | Action::LogContact
                        | Action::EditInterests
                        | Action::TakeStep
                        | Action::TickStep
                        | Action::Reflect
                        | Action::Decide(_)
                        | Action::RankUp
                        | Action::RankDown
                        | Action::Walkthrough
                        | Action::KeepOurs
                        | Action::TakeTheirs
                )
    }

    /// What the action does where it is bound, for the footer and the help (the same key reads
    /// differently in a question or a pick list).
    pub fn help(self, lang: Lang, context: Context) -> &'static str {
        match (self, context) {
            (Action::Close, Context::Form) => tr!(lang, "action-form-close"),
            (Action::Close, Context::Confirm) => tr!(lang, "action-confirm-close"),
            (Action::Close, Context::Pick) => tr!(lang, "action-pick-close"),
            (Action::Save, Context::Pick) => tr!(lang, "action-pick-save"),
            (Action::ToggleLang, _) => tr!(lang, "action-toggle-lang-long"),
            (Action::Export, Context::Guide) => tr!(lang, "action-guide-export"),
            (Action::Save, Context::Guide) => tr!(lang, "action-guide-save"),
            (Action::Add, Context::Guide) => tr!(lang, "action-guide-add"),
            (Action::PageUp, Context::Guide) => tr!(lang, "action-guide-page-up"),
            (Action::PageDown, Context::Guide) => tr!(lang, "action-guide-page-down"),
            (Action::NextPane | Action::PrevPane, Context::Guide) => tr!(lang, "action-guide-chapter"),
            (Action::Close, Context::Guide) => tr!(lang, "action-guide-close"),
            (Action::RankUp, Context::Guide) => tr!(lang, "action-guide-rank-up"),
            (Action::RankDown, Context::Guide) => tr!(lang, "action-guide-rank-down"),
            _ => self.name(lang),
        }
    }

    /// What the action does where it is bound, on the list `pane` (`a` takes stock on the
    /// assets and adds a person on the map; elsewhere it says what it adds).
    pub fn help_on(self, lang: Lang, context: Context, pane: Pane) -> String {
        if context == Context::Normal {
            let special = match (self, pane) {
                (Action::Add, Pane::Assets) => Some(tr!(lang, "action-take-stock")),
                (Action::Edit, Pane::Assets) => Some(tr!(lang, "action-rate-asset")),
                // On the map, a person met in the community selected.
                (Action::Add, Pane::Map) => {
                    return tr!(
                        lang,
                        "action-add-kind",
                        noun = crate::i18n::noun(lang, crate::model::RecordKind::Person)
                    );
                }
                (Action::Search, Pane::NextActions | Pane::All | Pane::Week) => {
                    Some(tr!(lang, "action-search-everything"))
                }
                (Action::LogContact, Pane::Communities) => Some(tr!(lang, "action-log-visit")),
                (Action::Edit, Pane::Week) => Some(tr!(lang, "action-write-step")),
                (Action::Delete, Pane::Week) => Some(tr!(lang, "action-clear-step")),
                (Action::Add, _) => {
                    if let Some(kind) = super::rows::kind_of(pane) {
                        return tr!(lang, "action-add-kind", noun = crate::i18n::noun(lang, kind));
                    }
                    None
                }
                _ => None,
            };
            if let Some(words) = special {
                return words.to_owned();
            }
        }
        self.help(lang, context).to_owned()
    }

    /// What the action does, in a word or two.
    pub fn name(self, lang: Lang) -> &'static str {
        use crate::model::Decision;
        match self {
            Action::Quit => tr!(lang, "action-quit"),
            Action::Pile(1) => tr!(lang, "action-pile-1"),
            Action::Pile(2) => tr!(lang, "action-pile-2"),
            Action::Pile(_) => tr!(lang, "action-pile-3"),
            Action::Mark => tr!(lang, "action-mark"),
            Action::NextTab => tr!(lang, "action-next-tab"),
            Action::PrevTab => tr!(lang, "action-prev-tab"),
            Action::GoTab(_) => tr!(lang, "action-go-tab"),
            Action::NextPane | Action::PrevPane => tr!(lang, "action-next-pane"),
            Action::Up => tr!(lang, "action-up"),
            Action::Down => tr!(lang, "action-down"),
            Action::Top => tr!(lang, "action-top"),
            Action::Bottom => tr!(lang, "action-bottom"),
            Action::PageUp => tr!(lang, "action-page-up"),
            Action::PageDown => tr!(lang, "action-page-down"),
            Action::Open => tr!(lang, "action-open"),
            Action::Add => tr!(lang, "action-add"),
            Action::Edit => tr!(lang, "action-edit"),
            Action::NextField => tr!(lang, "action-next-field"),
            Action::PrevField => tr!(lang, "action-prev-field"),
            Action::SortNext => tr!(lang, "action-sort"),
            Action::LogContact => tr!(lang, "action-log-contact"),
            Action::EditInterests => tr!(lang, "action-edit-interests"),
            Action::TakeStep => tr!(lang, "action-take-step"),
            Action::Messages => tr!(lang, "action-messages"),
            Action::OtherProposal => tr!(lang, "action-other-proposal"),
            Action::TickStep => tr!(lang, "action-tick-step"),
            Action::Reflect => tr!(lang, "action-reflect"),
            Action::ExternalEdit => tr!(lang, "action-external-edit"),
            Action::Save => tr!(lang, "action-save"),
            Action::Input(_) => tr!(lang, "action-input"),
            Action::Delete => tr!(lang, "action-delete"),
            Action::Undo => tr!(lang, "action-undo"),
            Action::Redo => tr!(lang, "action-redo"),
            Action::Search => tr!(lang, "action-search"),
            Action::SearchAccept => tr!(lang, "action-search-accept"),
            Action::SearchClear => tr!(lang, "action-search-clear"),
            Action::Export => tr!(lang, "action-export"),
            Action::Walkthrough => tr!(lang, "action-walkthrough"),
            Action::Help => tr!(lang, "action-help"),
            Action::ToggleLang => tr!(lang, "action-toggle-lang"),
            Action::ToggleMouse => tr!(lang, "action-toggle-mouse"),
            Action::ToggleBorders => tr!(lang, "action-toggle-borders"),
            Action::Confirm => tr!(lang, "action-confirm"),
            Action::Decide(Decision::Accepted) => tr!(lang, "action-accept"),
            Action::Decide(Decision::Declined) => tr!(lang, "action-decline"),
            Action::Decide(_) => tr!(lang, "action-later"),
            Action::ThresholdUp => tr!(lang, "action-threshold-up"),
            Action::ThresholdDown => tr!(lang, "action-threshold-down"),
            Action::RankUp => tr!(lang, "action-rank-up"),
            Action::RankDown => tr!(lang, "action-rank-down"),
            Action::Pick => tr!(lang, "action-pick"),
            Action::Choose => tr!(lang, "action-choose"),
            Action::Close => tr!(lang, "action-close"),
            Action::KeepOurs => tr!(lang, "action-keep-ours"),
            Action::TakeTheirs => tr!(lang, "action-take-theirs"),
        }
    }
}
