//! The application: the session (the workbook and what keeps it safe, in [`session`]) and the
//! view state around it (tab, lists, overlay, form, walkthrough, messages), and `update()`.
//!
//! Data flows one way. A key becomes an [`Action`] through the key table ([`keymap`],
//! `App::action_for`); [`App::update`] refuses it here when it would change a read-only workbook,
//! and otherwise hands it to the handler of its area — moving around (`navigation`), changing
//! records (`editing`), the pick list (`picking`), the search (`searching`), the walkthrough
//! ([`walkthrough`]) — which change the workbook only through `Session::apply`. `ui::render`
//! then draws from `&App` and returns what it found out ([`Drawn`]), which [`App::drawn`] keeps.
//! Background work (the load, the saves) arrives through [`App::tick`]. The event loop that ties
//! these together lives above this module, in `commands::event_loop`.

pub mod action;
mod answers;
mod background;
mod conflicts;
mod editing;
mod exporting;
pub mod form;
pub mod forms;
pub mod history;
pub mod keymap;
mod linking;
mod navigation;
pub mod picker;
mod picking;
mod quitting;
pub mod rows;
pub mod saver;
pub mod search;
mod searching;
pub mod session;
pub mod walkthrough;
pub mod week;

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyEvent;

pub use action::{Action, Pane, Tab};
pub use exporting::form_title as export_form_title;
use keymap::Context;
pub use rows::Row;
pub use session::{SaveState, Session};

/// The colours the config file gives, as the view keeps them (`ui::theme` lays them over its own).
pub use crate::config::Colors;
use crate::i18n::{Lang, tr};
use crate::model::actions::NextAction;
use crate::model::{Edit, RecordRef, Workbook};
use crate::store::{LoadError, Loaded, WorkbookLock};

/// An overlay drawn over the tabs; it takes the keys while open.
#[derive(Clone, Debug, PartialEq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    /// The messages of this run, newest first (the status line shows only the last, on one line).
    Messages {
        scroll: u16,
    },
    Detail {
        scroll: u16,
    },
    ConfirmDelete {
        target: RecordRef,
        name: String,
        touched: usize,
        edit: Edit,
    },
    /// Saving failed and no emergency copy could be written: quit and lose the changes?
    ConfirmQuit {
        reason: String,
        tried: String,
    },
    /// An emergency copy of this workbook is waiting: bring it back?
    BringBack {
        copy: crate::store::emergency::EmergencyCopy,
        more: usize,
    },
}

/// What drawing a frame found out that the next key needs: where the clickable things are and
/// how far each thing scrolls. `ui::render` returns it (drawing changes nothing); the event loop
/// hands it to [`App::drawn`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Drawn {
    /// Tab labels on the top row: from column, to column (exclusive), the tab (`None`: "next").
    pub tabs: Vec<(u16, u16, Option<Tab>)>,
    /// The rows of the list that a click can pick: their area and the first row's index.
    pub list_rows: Option<(ratatui::layout::Rect, usize)>,
    /// The list drawn: which, its first row shown, and how many rows a page holds.
    pub list: Option<(Pane, usize, usize)>,
    /// How far the open overlay can scroll.
    pub overlay_max_scroll: u16,
    /// How far the walkthrough's page can scroll.
    pub walk_max_scroll: u16,
    /// The pick list: its first row shown, and how many rows a page holds.
    pub picker: Option<(usize, usize)>,
}

/// A list's position. The first row shown depends on the height the list gets, so it comes back
/// from drawing (see [`Drawn`]) and is the start for the next frame.
#[derive(Clone, Debug, Default)]
pub struct ListPos {
    pub selected: usize,
    pub offset: usize,
    /// Rows the list showed last time, for PgUp/PgDn.
    pub page: usize,
}

/// The session, and the view state: everything but `session` is about what is on screen.
pub struct App {
    /// The workbook and what keeps it safe (history, saver, lock, read-only).
    pub session: Session,
    pub lang: Lang,
    pub today: NaiveDate,
    pub tab: Tab,
    /// The pane shown on each tab.
    pane_of_tab: [usize; Tab::COUNT],
    pub lists: [ListPos; Pane::COUNT],
    rows: rows::RowCache,
    pub overlay: Option<Overlay>,
    /// The record being added or edited; it takes the keys while open.
    pub form: Option<form::Form>,
    /// The guided walkthrough, while it shows (its question, if any, is `form`).
    pub walk: Option<walkthrough::Walk>,
    /// `tsunagari walkthrough`: open it once the workbook is loaded.
    pub start_walkthrough: bool,
    /// The existing file the export form was told about once; the next Ctrl-s replaces it.
    export_confirmed: Option<PathBuf>,
    /// Each list's order, as an index into `rows::orders(pane)`.
    pub order: [usize; Pane::COUNT],
    /// Each list's search (empty: none).
    pub filters: [String; Pane::COUNT],
    /// The search of the current list is being typed.
    pub searching: bool,
    /// Text waiting to be edited in an external editor (the event loop runs it).
    pub external_edit: Option<String>,
    /// What the last frame found out: where things were drawn and how far they scroll.
    pub drawn: Drawn,
    pub message: Option<String>,
    pub error: Option<String>,
    /// What in the config file was not used; shown while nothing more urgent is.
    pub notice: Option<String>,
    /// The config file's start-up choices (mouse, borders), applied once the workbook is loaded.
    start_prefs: crate::config::Config,
    pub demo: bool,
    /// The language came from `--lang` and wins over the workbook's setting.
    pub lang_fixed: bool,
    /// `--ascii` was given (the workbook's setting can also ask for ASCII borders).
    pub ascii_flag: bool,
    pub no_color: bool,
    /// The keys in force (defaults with the config file's overrides).
    pub keymap: keymap::Keymap,
    /// Colours from the config file, patched over the theme's.
    pub colors: crate::config::Colors,
    pub should_quit: bool,
    /// The person said to quit although the changes could not be saved anywhere.
    quit_unsaved: bool,
    /// Where the changes went when saving failed on quit, and why saving failed.
    rescued: Option<(PathBuf, String)>,
    /// The window is below the minimum size: nothing is shown, so only quitting is allowed.
    pub too_small: bool,
    /// Set when loading failed: the loop ends and `main` prints it.
    pub fatal: Option<LoadError>,
    /// This week: which proposal each slot shows (`o` moves it on).
    pub week_offer: [usize; 3],
    /// The messages and errors of this run, oldest first (at most [`MESSAGES_KEPT`]).
    pub messages: std::collections::VecDeque<String>,
    /// Conflict files merged on opening, removed once a save holds their changes.
    synced: Vec<crate::store::sync::Incoming>,
}

/// How many messages the message log keeps.
pub const MESSAGES_KEPT: usize = 30;

impl App {
    /// An app showing `wb` straight away (tests, benches, the demo).
    pub fn with_workbook(wb: Workbook, path: PathBuf, lang: Lang, today: NaiveDate) -> Self {
        Self::on(Session::new(wb, path), lang, today)
    }

    /// An app that shows a loading screen until `loading` delivers the workbook; it saves
    /// through a background saver and holds `lock` until it ends.
    pub fn loading(
        path: PathBuf,
        lang: Lang,
        today: NaiveDate,
        lock: WorkbookLock,
        loading: Receiver<Result<Loaded, LoadError>>,
    ) -> Self {
        Self::on(Session::loading(path, lock, loading), lang, today)
    }

    fn on(session: Session, lang: Lang, today: NaiveDate) -> Self {
        let mut app = Self {
            session,
            lang,
            today,
            tab: Tab::Overview,
            pane_of_tab: [0; Tab::COUNT],
            lists: Default::default(),
            rows: rows::RowCache::default(),
            overlay: None,
            form: None,
            walk: None,
            start_walkthrough: false,
            export_confirmed: None,
            filters: Default::default(),
            order: [0; Pane::COUNT],
            searching: false,
            external_edit: None,
            drawn: Drawn::default(),
            message: None,
            error: None,
            notice: None,
            start_prefs: crate::config::Config::default(),
            demo: false,
            lang_fixed: false,
            ascii_flag: false,
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            keymap: keymap::Keymap::default(),
            colors: crate::config::Colors::default(),
            should_quit: false,
            quit_unsaved: false,
            rescued: None,
            too_small: false,
            fatal: None,
            week_offer: [0; 3],
            messages: std::collections::VecDeque::new(),
            synced: Vec::new(),
        };
        app.refresh_rows();
        app
    }

    /// The workbook shown.
    pub fn wb(&self) -> &Workbook {
        &self.session.wb
    }

    pub fn ascii_borders(&self) -> bool {
        self.ascii_flag || self.session.wb.settings.ascii_borders
    }

    pub fn is_loading(&self) -> bool {
        self.session.is_loading()
    }

    pub fn save_state(&self) -> SaveState {
        self.session.save_state()
    }

    /// The config file: its keys and colours now, its language unless `--lang` was given, its
    /// mouse and border choices once the workbook is loaded (they win over what it remembers).
    pub fn use_config(&mut self, loaded: crate::config::Loaded) {
        if !self.lang_fixed
            && let Some(lang) = loaded.config.lang
        {
            self.lang = lang;
            self.lang_fixed = true;
        }
        let (keymap, key_problems) = keymap::Keymap::with_overrides(&loaded.config.keys);
        let report = keymap::config_report(self.lang, &loaded.problems, &key_problems);
        self.notice = keymap::config_notice(self.lang, &report);
        self.keymap = keymap;
        self.colors = loaded.colors;
        self.start_prefs = loaded.config;
    }

    pub fn pane(&self) -> Pane {
        let panes = self.tab.panes();
        panes[self.pane_of_tab[self.tab.index()].min(panes.len() - 1)]
    }

    pub fn current_order(&self, pane: Pane) -> rows::Order {
        let all = rows::orders(pane);
        all[self.order[pane.index()] % all.len()]
    }

    pub fn rows(&self, pane: Pane) -> &[Row] {
        self.rows.get(pane)
    }

    pub fn next_actions(&self) -> &[NextAction] {
        self.rows.actions()
    }

    /// Figures the lists show beside the records (kept with the rows, see `rows`).
    pub fn figures(&self) -> &rows::RowCache {
        &self.rows
    }

    pub fn list(&self, pane: Pane) -> &ListPos {
        &self.lists[pane.index()]
    }

    /// The row under the cursor in the current pane.
    pub fn selected_row(&self) -> Option<Row> {
        let pane = self.pane();
        self.rows(pane).get(self.lists[pane.index()].selected).copied()
    }

    /// The context the key table is consulted in.
    pub fn context(&self) -> Context {
        if let Some(f) = &self.form {
            return if f.asking_discard {
                Context::Confirm
            } else if f.picker.is_some() {
                Context::Pick
            } else {
                Context::Form
            };
        }
        if self.searching {
            return Context::Search;
        }
        if self.walk.is_some() && self.overlay.is_none() {
            return Context::Guide;
        }
        match &self.overlay {
            None => Context::Normal,
            Some(Overlay::ConfirmDelete { .. } | Overlay::ConfirmQuit { .. } | Overlay::BringBack { .. }) => {
                Context::Confirm
            }
            Some(_) => Context::Reading,
        }
    }

    pub fn action_for(&self, key: &KeyEvent) -> Option<Action> {
        if self.is_loading() || self.too_small {
            // Only quitting works, with the keys that quit from the lists, whatever is open.
            return self.keymap.lookup(key, Context::Normal).filter(|a| *a == Action::Quit);
        }
        let context = self.context();
        let action = match self.keymap.lookup(key, context) {
            // Settling a conflict from the help or the message log would act on a record unseen.
            Some(Action::KeepOurs | Action::TakeTheirs)
                if !matches!(self.overlay, None | Some(Overlay::Detail { .. })) =>
            {
                return None;
            }
            Some(a) => a,
            // In a form every other key is typing.
            None if matches!(context, Context::Form | Context::Search | Context::Pick) => Action::Input(*key),
            None => return None,
        };
        Some(action)
    }

    fn refresh_rows(&mut self) {
        let pane = self.pane();
        let query = &self.filters[pane.index()];
        let order = self.current_order(pane);
        let (wb, generation) = (&self.session.wb, self.session.generation());
        self.rows.ensure(pane, wb, generation, self.today, order, query, self.lang);
        let len = self.rows.get(pane).len();
        let pos = &mut self.lists[pane.index()];
        pos.selected = pos.selected.min(len.saturating_sub(1));
    }

    /// Acts on one action. Returns whether the screen needs drawing again (always, today: every
    /// action at least clears the last message).
    pub fn update(&mut self, action: Action) -> bool {
        let error_before = self.error.clone();
        let redraw = self.act(action);
        // Every message and every new error goes into the log, whole.
        let said =
            self.message.clone().into_iter().chain(self.error.clone().filter(|e| Some(e) != error_before.as_ref()));
        for m in said {
            if self.messages.back() != Some(&m) {
                self.messages.push_back(m);
            }
            while self.messages.len() > MESSAGES_KEPT {
                self.messages.pop_front();
            }
        }
        redraw
    }

    fn act(&mut self, action: Action) -> bool {
        self.message = None;
        // The one read-only check: an action that writes is refused before anything opens.
        if action.writes(self.context()) && self.session.read_only.is_some() {
            self.message = Some(tr!(self.lang, "read-only-refused").to_owned());
            return true;
        }
        if self.form.as_ref().is_some_and(|f| f.picker.is_some()) {
            self.pick(action);
            return true;
        }
        if self.walk.is_some() && self.overlay.is_none() && self.guide_takes(action) {
            self.refresh_rows();
            return true;
        }
        // Leaving a field settles the links typed into it (see `linking`).
        let moving = matches!(action, Action::Input(_) | Action::NextField | Action::PrevField);
        let left = self.form.as_ref().filter(|_| moving && !self.searching).map(|f| f.focus);
        match action {
            Action::Quit => self.request_quit(),
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::Messages => self.overlay = Some(Overlay::Messages { scroll: 0 }),
            Action::Close => self.close(),
            Action::NextTab
            | Action::PrevTab
            | Action::GoTab(_)
            | Action::NextPane
            | Action::PrevPane
            | Action::Up
            | Action::Down
            | Action::Top
            | Action::Bottom
            | Action::PageUp
            | Action::PageDown
            | Action::Open
            | Action::SortNext => self.navigate(action),
            Action::Delete
            | Action::Confirm
            | Action::Undo
            | Action::Redo
            | Action::ToggleLang
            | Action::ToggleMouse
            | Action::ToggleBorders
            | Action::Add
            | Action::Edit
            | Action::LogContact
            | Action::EditInterests
            | Action::TakeStep
            | Action::OtherProposal
            | Action::TickStep
            | Action::Reflect
            | Action::NextField
            | Action::PrevField
            | Action::Save
            | Action::Decide(_)
            | Action::ThresholdUp
            | Action::ThresholdDown
            | Action::RankUp
            | Action::RankDown
            | Action::ExternalEdit => self.edit(action),
            Action::KeepOurs => self.resolve_conflict(crate::model::merge::Side::Ours),
            Action::TakeTheirs => self.resolve_conflict(crate::model::merge::Side::Theirs),
            Action::Input(key) if self.searching => self.search_input(key),
            Action::Input(key) => self.type_into_form(key),
            Action::Search | Action::SearchAccept | Action::SearchClear => self.search(action),
            Action::Pick => self.open_picker(),
            Action::Walkthrough => self.open_walkthrough(),
            Action::Export => self.open_export_form(),
            // Only the pick list and the walkthrough's pages use these (see `pick`, `guide_takes`).
            Action::Choose | Action::Pile(_) | Action::Mark => {}
        }
        if let (Some(from), Some(to)) = (left, self.form.as_ref().map(|f| f.focus))
            && from != to
        {
            self.settle_link(from, to);
        }
        self.refresh_rows();
        true
    }

    /// Takes in what the last frame found out (see [`Drawn`]).
    pub fn drawn(&mut self, drawn: Drawn) {
        if let Some((pane, offset, page)) = drawn.list {
            let pos = &mut self.lists[pane.index()];
            pos.offset = offset;
            pos.page = page;
        }
        if let (Some((offset, page)), Some(p)) = (drawn.picker, self.form.as_mut().and_then(|f| f.picker.as_mut())) {
            p.offset = offset;
            p.page = page;
        }
        self.drawn = drawn;
    }
}
