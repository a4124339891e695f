//! The application: state, `update()`, and the event loop in [`run`].
//!
//! Data flows one way: a key becomes an [`Action`] through the key table, `update` changes the
//! workbook (through the undo history) and the view state, and `ui::render` draws from `&App`.
//! Edits bump `generation`; the loop hands a snapshot to the background saver once edits pause.

pub mod action;
mod answers;
mod exporting;
pub mod form;
pub mod forms;
pub mod history;
pub mod keymap;
pub mod picker;
pub mod rows;
pub mod saver;
pub mod search;
pub mod walkthrough;

use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyEvent;

pub use action::{Action, Pane, Tab};
use history::History;
use keymap::Context;
pub use rows::Row;
use saver::BackgroundSaver;

use crate::i18n::{self, Lang, tr};
use crate::model::derived::NextAction;
use crate::model::{Change, Edit, RecordRef, Workbook};
use crate::store::{self, LoadError, Loaded, ReadOnly, WorkbookLock};

/// How long edits must pause before a save starts.
pub const SAVE_DEBOUNCE: Duration = Duration::from_millis(300);
/// How often the loop wakes when idle, to notice signals.
const IDLE_WAKE: Duration = Duration::from_millis(250);
/// How often the loop wakes while a save is running.
const BUSY_WAKE: Duration = Duration::from_millis(10);
/// How often the loop wakes while the workbook loads: records should appear the moment they
/// are ready, and loading lasts well under a second.
const LOADING_WAKE: Duration = Duration::from_millis(1);

/// An overlay drawn over the tabs; it takes the keys while open.
#[derive(Clone, Debug, PartialEq)]
pub enum Overlay {
    Help { scroll: u16 },
    Detail { scroll: u16 },
    ConfirmDelete { target: RecordRef, name: String, touched: usize, edit: Edit },
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

/// The save state shown in the status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Saving,
    Unsaved,
    ReadOnly,
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

pub struct App {
    pub wb: Workbook,
    pub path: PathBuf,
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
    export_confirmed: Option<std::path::PathBuf>,
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
    pub read_only: Option<ReadOnly>,
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
    /// The window is below the minimum size: nothing is shown, so only quitting is allowed.
    pub too_small: bool,
    history: History,
    /// Bumped by every change of the workbook.
    pub generation: u64,
    saved_generation: u64,
    last_change: Instant,
    saver: Option<BackgroundSaver>,
    loading: Option<Receiver<Result<Loaded, LoadError>>>,
    /// Set when loading failed: the loop ends and `main` prints it.
    pub fatal: Option<LoadError>,
    _lock: Option<WorkbookLock>,
}

impl App {
    /// An app showing `wb` straight away (tests, benches, the demo).
    pub fn with_workbook(wb: Workbook, path: PathBuf, lang: Lang, today: NaiveDate) -> Self {
        let mut app = Self {
            wb,
            path,
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
            read_only: None,
            demo: false,
            lang_fixed: false,
            ascii_flag: false,
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            keymap: keymap::Keymap::default(),
            notice: None,
            start_prefs: crate::config::Config::default(),
            colors: crate::config::Colors::default(),
            should_quit: false,
            too_small: false,
            history: History::default(),
            generation: 0,
            saved_generation: 0,
            last_change: Instant::now(),
            saver: None,
            loading: None,
            fatal: None,
            _lock: None,
        };
        app.refresh_rows();
        app
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
        let mut app = Self::with_workbook(Workbook::default(), path, lang, today);
        app.loading = Some(loading);
        app._lock = Some(lock);
        app
    }

    pub fn ascii_borders(&self) -> bool {
        self.ascii_flag || self.wb.settings.ascii_borders
    }

    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
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

    /// Takes over a loaded workbook and starts the saver. A new file is written right away so it
    /// exists (0600) from the first run.
    fn finish_loading(&mut self, loaded: Loaded) -> std::io::Result<()> {
        let new_file = loaded.fingerprint.is_none();
        self.wb = loaded.workbook;
        // Start-up choices from the config file; the keys still switch them (and the workbook
        // remembers the switch).
        if let Some(m) = self.start_prefs.mouse {
            self.wb.settings.mouse = m;
        }
        if let Some(a) = self.start_prefs.ascii_borders {
            self.wb.settings.ascii_borders = a;
        }
        if !self.lang_fixed
            && let Some(lang) = self.wb.settings.lang
        {
            self.lang = lang;
        }
        self.read_only = loaded.read_only.or(self.read_only.take());
        match &self.read_only {
            Some(ReadOnly::NewerVersion(v)) => self.error = Some(i18n::newer_version(self.lang, *v)),
            Some(ReadOnly::NotWritable) => self.error = Some(i18n::not_writable(self.lang, &self.path)),
            _ => {}
        }
        if let Some(from) = loaded.upgraded_from {
            self.message = Some(i18n::upgraded(self.lang, from));
        }
        let saver = store::Saver::new(self.path.clone(), loaded.fingerprint);
        self.saver = Some(BackgroundSaver::spawn(saver)?);
        if new_file && self.read_only.is_none() {
            self.generation += 1;
            self.last_change = Instant::now() - SAVE_DEBOUNCE;
        }
        self.rows.invalidate();
        self.refresh_rows();
        // The walkthrough: on a new workbook, when asked for, or to offer going on with an
        // unfinished one (Esc puts it away).
        let progress = &self.wb.walkthrough;
        let unfinished = progress.started.is_some() && progress.completed.is_none();
        if !self.demo && self.read_only.is_none() && (new_file || self.start_walkthrough || unfinished) {
            self.open_walkthrough();
        }
        Ok(())
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

    pub fn save_state(&self) -> SaveState {
        if self.read_only.is_some() {
            SaveState::ReadOnly
        } else if self.saver.as_ref().is_some_and(BackgroundSaver::busy) {
            SaveState::Saving
        } else if self.saved_generation == self.generation {
            SaveState::Saved
        } else {
            SaveState::Unsaved
        }
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
            Some(Overlay::ConfirmDelete { .. }) => Context::Confirm,
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
        self.rows.ensure(pane, &self.wb, self.generation, self.today, order, query, self.lang);
        let len = self.rows.get(pane).len();
        let pos = &mut self.lists[pane.index()];
        pos.selected = pos.selected.min(len.saturating_sub(1));
    }

    fn changed(&mut self) {
        self.generation += 1;
        self.last_change = Instant::now();
    }

    /// Acts on one action. Returns false when nothing visible changed.
    pub fn update(&mut self, action: Action) -> bool {
        self.message = None;
        if self.form.as_ref().is_some_and(|f| f.picker.is_some()) {
            self.pick(action);
            return true;
        }
        if self.walk.is_some() && self.overlay.is_none() && self.guide_takes(action) {
            self.refresh_rows();
            return true;
        }
        match action {
            Action::Quit => self.should_quit = true,
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::Close => self.close(),
            Action::NextTab => self.tab = self.tab.next(),
            Action::PrevTab => self.tab = self.tab.prev(),
            Action::GoTab(t) => self.tab = t,
            Action::NextPane | Action::PrevPane if self.tab.panes().len() == 1 => {
                self.message = Some(tr!(self.lang, "one-list").to_owned());
            }
            Action::NextPane | Action::PrevPane => {
                let n = self.tab.panes().len();
                let i = &mut self.pane_of_tab[self.tab.index()];
                *i = if action == Action::NextPane { (*i + 1) % n } else { (*i + n - 1) % n };
            }
            Action::Up | Action::Down | Action::Top | Action::Bottom | Action::PageUp | Action::PageDown => {
                self.move_cursor(action)
            }
            Action::Open => self.open(),
            Action::Delete => self.ask_delete(),
            Action::Confirm => self.confirm(),
            Action::Undo => self.undo_redo(true),
            Action::Redo => self.undo_redo(false),
            Action::ToggleLang => {
                self.lang = self.lang.other();
                let mut s = self.wb.settings.clone();
                s.lang = Some(self.lang);
                self.set_settings(s);
            }
            Action::ToggleMouse => {
                let mut s = self.wb.settings.clone();
                s.mouse = !s.mouse;
                self.set_settings(s);
            }
            Action::ToggleBorders => {
                let mut s = self.wb.settings.clone();
                s.ascii_borders = !s.ascii_borders;
                self.set_settings(s);
            }
            Action::Add => self.open_form(false),
            Action::LogContact => self.open_contact_form(),
            Action::SortNext => {
                let pane = self.pane();
                let n = rows::orders(pane).len();
                self.order[pane.index()] = (self.order[pane.index()] + 1) % n;
                self.lists[pane.index()].selected = 0;
            }
            Action::Edit => self.open_form(true),
            Action::NextField => self.form.iter_mut().for_each(form::Form::next_field),
            Action::PrevField => self.form.iter_mut().for_each(form::Form::prev_field),
            Action::Input(key) if self.searching => self.search_input(key),
            Action::Input(key) => {
                let on_format =
                    self.form.as_ref().is_some_and(|f| f.target == form::FormTarget::Export && f.focus == 0);
                self.form.iter_mut().for_each(|f| f.input(key));
                self.follow_export_format(on_format);
            }
            Action::SearchAccept => self.searching = false,
            Action::SearchClear => {
                // The record picked among the matches stays picked in the whole list.
                let keep = self.selected_row();
                self.searching = false;
                let pane = self.pane();
                self.filters[pane.index()].clear();
                self.refresh_rows();
                if let Some(at) = keep.and_then(|row| self.rows(pane).iter().position(|r| *r == row)) {
                    self.lists[pane.index()].selected = at;
                }
            }
            Action::Save => self.save_form(),
            Action::Pick => self.open_picker(),
            Action::Decide(d) => self.open_decide_form(d),
            Action::ThresholdUp | Action::ThresholdDown => {
                let mut s = self.wb.settings.clone();
                let step = if action == Action::ThresholdUp { 1 } else { -1 };
                let range = crate::model::filter::THRESHOLD_RANGE;
                s.filter_threshold = (s.filter_threshold + step).clamp(*range.start(), *range.end());
                let label = format!("{} {}", tr!(self.lang, "threshold-label"), s.filter_threshold);
                // Unlike the language or the borders, the pass mark changes what the filter
                // says, so `u` takes it back like any edit.
                if self.read_only.is_some() {
                    self.wb.settings = s;
                } else if self.history.apply(&mut self.wb, vec![Change::Settings(s)], label.clone()).is_ok() {
                    self.changed();
                }
                self.message = Some(label);
            }
            Action::RankUp | Action::RankDown => self.move_rank(action == Action::RankUp),
            Action::Choose => {}
            Action::ExternalEdit => match self.form.as_ref().map(form::Form::focused) {
                Some(f) if matches!(f.kind, form::FieldKind::Multi | form::FieldKind::Line) => {
                    self.external_edit = Some(f.value())
                }
                _ => self.message = Some(tr!(self.lang, "editor-text-only").to_owned()),
            },
            // On the overview, `/` searches every record.
            Action::Search if self.pane() == Pane::NextActions => {
                self.show(Tab::Overview, Pane::All);
                self.searching = true;
            }
            Action::Search => self.searching = true,
            Action::Walkthrough => self.open_walkthrough(),
            Action::Export => self.open_export_form(),
            // Only the walkthrough's pages use these (see `guide_takes`).
            Action::Pile(_) | Action::Mark => {}
        }
        self.refresh_rows();
        true
    }

    /// The walkthrough's share of the keys: its question's form gets typing, Enter and Ctrl-s
    /// answer, PgUp/PgDn go back or skip, Esc leaves; its other pages get everything. Returns
    /// false for keys the app handles as usual (help, the pick list).
    fn guide_takes(&mut self, action: Action) -> bool {
        let question = self.form.as_ref().map(|f| (f.target, f.focused().kind.clone()));
        match (question, action) {
            (Some((form::FormTarget::OwnCard, _)), Action::Close) => self.form = None,
            (Some(_), Action::Save) => self.answer_walk_question(),
            (Some((_, kind)), Action::Input(key))
                if key.code == ratatui::crossterm::event::KeyCode::Enter && kind != form::FieldKind::Multi =>
            {
                self.answer_walk_question()
            }
            (Some(_), Action::Pick | Action::Input(_) | Action::ExternalEdit) => return false,
            (Some((form::FormTarget::OwnCard, _)), _) => return false,
            (Some(_), Action::Close | Action::Quit | Action::PageUp | Action::PageDown) => self.walk_update(action),
            (Some(_), _) => return false,
            (None, Action::Help) => return false,
            (None, Action::PageUp)
                if self.walk.as_ref().is_some_and(|w| w.current(&self.wb) == walkthrough::Step::Sort) =>
            {
                // Back on the card sort takes the last card back first.
                if !self.unsort_card() {
                    self.walk_update(action);
                }
            }
            (None, _) => self.walk_update(action),
        }
        true
    }

    /// Settings change outside the undo history (switching language is not an edit to undo).
    fn set_settings(&mut self, s: crate::model::Settings) {
        if self.read_only.is_some() {
            self.wb.settings = s;
            return;
        }
        if self.wb.apply(vec![Change::Settings(s)]).is_ok() {
            self.changed();
        }
    }

    fn move_cursor(&mut self, action: Action) {
        if let Some(Overlay::Help { scroll } | Overlay::Detail { scroll }) = &mut self.overlay {
            let max = self.drawn.overlay_max_scroll;
            let current = (*scroll).min(max);
            *scroll = match action {
                Action::Up => current.saturating_sub(1),
                Action::Down => current.saturating_add(1),
                Action::PageUp => current.saturating_sub(10),
                Action::PageDown => current.saturating_add(10),
                Action::Top => 0,
                _ => max,
            }
            .min(max);
            return;
        }
        let pane = self.pane();
        if pane == Pane::Map && matches!(action, Action::PageUp | Action::PageDown) {
            self.lists[pane.index()].selected = self.next_cluster(action == Action::PageDown);
            return;
        }
        let len = self.rows(pane).len();
        let pos = &mut self.lists[pane.index()];
        let page = pos.page.max(1);
        let last = len.saturating_sub(1);
        pos.selected = match action {
            Action::Up => pos.selected.saturating_sub(1),
            Action::Down => (pos.selected + 1).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            Action::PageUp => pos.selected.saturating_sub(page),
            _ => (pos.selected + page).min(last),
        };
    }

    /// On the map, PgDn goes to the next community, PgUp to the start of this one, then to the one
    /// before (to its own row, or its first person when a search hides the community).
    fn next_cluster(&self, forward: bool) -> usize {
        let rows = self.rows(Pane::Map);
        let map = &self.rows.map;
        let cluster = |i: usize| match rows.get(i) {
            Some(Row::Record(r)) => map.place(*r).map_or(0, |p| p.cluster),
            _ => 0,
        };
        let at = self.lists[Pane::Map.index()].selected.min(rows.len().saturating_sub(1));
        let here = cluster(at);
        if forward {
            (at..rows.len()).find(|&i| cluster(i) > here).unwrap_or(at)
        } else {
            // The start of this community, or from there the start of the one before.
            let start = (0..=at).find(|&i| cluster(i) == here).unwrap_or(at);
            if start < at {
                return start;
            }
            let Some(before) = (0..at).rev().find(|&i| cluster(i) < here) else { return 0 };
            let target = cluster(before);
            (0..=before).find(|&i| cluster(i) == target).unwrap_or(before)
        }
    }

    fn open(&mut self) {
        match self.selected_row() {
            Some(Row::Action(i)) => {
                let Some(action) = self.next_actions().get(i).cloned() else { return };
                match (action.target(), action) {
                    (Some(target), _) => self.jump_to(target),
                    // Actions about a whole part of the workbook open its tab.
                    (None, NextAction::DefineValues) => self.show(Tab::Values, Pane::Values),
                    (None, NextAction::FitsWaiting { .. }) => self.show(Tab::Values, Pane::Filter),
                    (None, NextAction::FewCommunities { .. }) => self.show(Tab::Communities, Pane::Communities),
                    (None, NextAction::StocktakeDue { .. }) => self.show(Tab::Assets, Pane::Stocktakes),
                    (None, _) => {}
                }
            }
            // In the list of every record, Enter goes to the record's own list.
            Some(Row::Record(target)) if self.pane() == Pane::All => self.jump_to(target),
            Some(_) => self.overlay = Some(Overlay::Detail { scroll: 0 }),
            None => self.message = Some(tr!(self.lang, "nothing-selected").to_owned()),
        }
    }

    /// Shows `tab` with `pane` as its list.
    fn show(&mut self, tab: Tab, pane: Pane) {
        self.tab = tab;
        if let Some(i) = tab.panes().iter().position(|&p| p == pane) {
            self.pane_of_tab[tab.index()] = i;
        }
    }

    /// Shows the tab and pane that hold `target`, with the cursor on it.
    pub fn jump_to(&mut self, target: RecordRef) {
        let pane = rows::pane_of(target);
        let Some(tab) = [Tab::Communities, Tab::Outputs, Tab::Invitations, Tab::Values, Tab::Assets, Tab::People]
            .into_iter()
            .find(|t| t.panes().contains(&pane))
        else {
            return;
        };
        self.show(tab, pane);
        self.refresh_rows();
        if !self.rows(pane).contains(&Row::Record(target)) && !self.filters[pane.index()].is_empty() {
            // A search that hides the record goes: showing it matters more.
            self.filters[pane.index()].clear();
            self.refresh_rows();
        }
        if let Some(at) = self.rows(pane).iter().position(|r| *r == Row::Record(target)) {
            self.lists[pane.index()].selected = at;
        }
    }

    fn ask_delete(&mut self) {
        if self.read_only.is_some() {
            self.message = Some(tr!(self.lang, "read-only-refused").to_owned());
            return;
        }
        match self.selected_row() {
            Some(Row::Record(target)) => {
                let (edit, touched) = self.wb.deletion(target);
                let name = rows::record_name(&self.wb, target);
                self.overlay = Some(Overlay::ConfirmDelete { target, name, touched, edit });
            }
            _ => self.message = Some(tr!(self.lang, "nothing-selected").to_owned()),
        }
    }

    /// Esc / n: answers "no" to a question, or closes the form (asking first when it changed),
    /// or closes the overlay.
    fn close(&mut self) {
        match &mut self.form {
            Some(f) if f.asking_discard => f.asking_discard = false,
            Some(f) if f.changed() => f.asking_discard = true,
            Some(_) => self.form = None,
            None => self.overlay = None,
        }
    }

    /// `a` opens an empty form for the current list, `e` the selected record's.
    fn open_form(&mut self, edit: bool) {
        if self.read_only.is_some() {
            self.message = Some(tr!(self.lang, "read-only-refused").to_owned());
            return;
        }
        // The assets: `e` rates the selected one, `a` takes stock of them all.
        if self.pane() == Pane::Assets {
            match (edit, self.selected_row()) {
                (true, Some(Row::Asset(kind))) => self.form = Some(forms::asset::form(&self.wb, kind, self.lang)),
                (true, _) => self.message = Some(tr!(self.lang, "nothing-selected").to_owned()),
                (false, _) => {
                    let kind = crate::model::RecordKind::Stocktake;
                    self.form = Some(forms::form_for(kind, None, &self.wb, self.lang, self.today));
                }
            }
            return;
        }
        // Lists of mixed kinds (the value filter, the search across everything) edit the
        // selected record as what it is.
        let selected_kind = match self.selected_row() {
            Some(Row::Record(r)) if edit => Some(r.kind()),
            _ => None,
        };
        // On the map, a new person starts as met in the community selected (or the selected
        // person's).
        if !edit && self.pane() == Pane::Map {
            let community = match self.selected_row() {
                Some(Row::Record(r)) => {
                    self.rows.map.place(r).and_then(|p| self.rows.map.clusters[p.cluster].community)
                }
                _ => None,
            };
            self.form = Some(forms::new_person_form(&self.wb, self.lang, community));
            return;
        }
        let kind = match (edit, self.pane()) {
            (true, pane) => selected_kind.or(rows::kind_of(pane)),
            // The map's `a` adds a person.
            (false, Pane::Map) => Some(crate::model::RecordKind::Person),
            (false, pane) => rows::kind_of(pane),
        };
        let Some(kind) = kind else {
            self.message = Some(tr!(self.lang, "no-form-yet").to_owned());
            return;
        };
        let existing = match (edit, self.selected_row()) {
            (false, _) => None,
            (true, Some(Row::Record(r))) => self.wb.record(r),
            (true, _) => {
                self.message = Some(tr!(self.lang, "nothing-selected").to_owned());
                return;
            }
        };
        self.form = Some(forms::form_for(kind, existing.as_ref(), &self.wb, self.lang, self.today));
    }

    /// `i` on a person: a small form to log a contact.
    fn open_contact_form(&mut self) {
        if self.read_only.is_some() {
            self.message = Some(tr!(self.lang, "read-only-refused").to_owned());
            return;
        }
        match self.selected_row() {
            Some(Row::Record(RecordRef::Person(p))) => self.form = Some(forms::contact::form(p, self.lang, self.today)),
            _ => self.message = Some(tr!(self.lang, "contact-needs-person").to_owned()),
        }
    }

    /// Ctrl-s: checks every field; saves through the undo history and shows the record, or
    /// marks what is wrong and moves to it.
    fn save_form(&mut self) {
        let Some(mut form) = self.form.take() else { return };
        if form.target == form::FormTarget::Export {
            self.save_export(form);
            return;
        }
        if matches!(form.target, form::FormTarget::Edit(_)) && !form.changed() {
            // Nothing to save, and nothing for undo to step through.
            self.message = Some(tr!(self.lang, "no-changes").to_owned());
            return;
        }
        let Some(edit) = forms::edit_from(&mut form, &mut self.wb, self.lang, self.today) else {
            form.focus_first_error();
            self.form = Some(form);
            self.message = Some(tr!(self.lang, "fix-fields").to_owned());
            return;
        };
        if let form::FormTarget::Asset(kind) = form.target {
            // An asset is not a record: it is saved and shown where it was.
            let label = i18n::saved_record(self.lang, false, crate::i18n::Label::label(kind, self.lang));
            match self.history.apply(&mut self.wb, edit, label.clone()) {
                Ok(()) => {
                    self.changed();
                    self.message = Some(label);
                }
                Err(e) => {
                    self.form = Some(form);
                    self.error = Some(i18n::edit_error(self.lang, &e));
                }
            }
            return;
        }
        let Some(Change::Put(record)) = edit.last().cloned() else { return };
        let target = record.reference();
        let name = rows::record_name_of(&record, &self.wb);
        let label = match form.target {
            form::FormTarget::New(_) => i18n::saved_record(self.lang, true, &name),
            form::FormTarget::Edit(_) => i18n::saved_record(self.lang, false, &name),
            form::FormTarget::Contact(_) => i18n::contact_logged(self.lang, &name),
            form::FormTarget::Decide(_) => i18n::decided(self.lang, &name),
            form::FormTarget::Asset(_)
            | form::FormTarget::Walkthrough
            | form::FormTarget::OwnCard
            | form::FormTarget::Export => i18n::saved_record(self.lang, false, &name),
        };
        match self.history.apply(&mut self.wb, edit, label.clone()) {
            Ok(()) => {
                self.changed();
                self.refresh_rows();
                // A decision or an edit from the value filter stays in the filter; the map
                // stays the map, with the record selected on it.
                let pane = self.pane();
                let on_map = self.rows(Pane::Map).iter().position(|r| *r == Row::Record(target));
                match on_map {
                    Some(at) if pane == Pane::Map => self.lists[pane.index()].selected = at,
                    _ if matches!(form.target, form::FormTarget::Decide(_)) || pane == Pane::Filter => {}
                    _ => self.jump_to(target),
                }
                self.message = Some(label);
            }
            Err(e) => {
                self.form = Some(form);
                self.error = Some(i18n::edit_error(self.lang, &e));
            }
        }
    }

    /// `y`/`n`/`l` in the value filter: the decision form for the selected row.
    fn open_decide_form(&mut self, d: crate::model::Decision) {
        if self.read_only.is_some() {
            self.message = Some(tr!(self.lang, "read-only-refused").to_owned());
            return;
        }
        if self.pane() != Pane::Filter {
            self.message = Some(tr!(self.lang, "filter-only").to_owned());
            return;
        }
        match self.selected_row() {
            Some(Row::Record(r)) => self.form = forms::decide::form(&self.wb, r, d, self.lang),
            _ => self.message = Some(tr!(self.lang, "nothing-selected").to_owned()),
        }
    }

    /// `K`/`J` on a final value: it swaps rank with its neighbour (one undoable step).
    fn move_rank(&mut self, up: bool) {
        if self.read_only.is_some() {
            self.message = Some(tr!(self.lang, "read-only-refused").to_owned());
            return;
        }
        let Some(Row::Record(RecordRef::Value(id))) = self.selected_row().filter(|_| self.pane() == Pane::Values)
        else {
            self.message = Some(tr!(self.lang, "rank-only").to_owned());
            return;
        };
        let Some(edit) = crate::model::rules::move_value(&self.wb, id, up, self.today) else { return };
        let name =
            crate::model::text::one_line(&self.wb.values.get(id).map(|v| v.name.to_string()).unwrap_or_default());
        let label = format!("{}: {name}", tr!(self.lang, "rank-moved"));
        if self.history.apply(&mut self.wb, edit, label.clone()).is_ok() {
            self.changed();
            self.refresh_rows();
            self.jump_to(RecordRef::Value(id));
            self.message = Some(label);
        }
    }

    /// Ctrl-p: the searchable list for the focused field, if it names records or has choices.
    fn open_picker(&mut self) {
        let Some(form) = self.form.as_mut() else { return };
        let field = form.focused();
        let title = field.label.clone();
        let picker = match (&field.kind, field.link) {
            (form::FieldKind::Choice(options), _) => {
                let choices = options.iter().map(|o| picker::Choice::new(o.clone(), o.clone())).collect();
                picker::Picker::new(title, picker::Mode::One, choices, vec![field.choice], Vec::new())
            }
            (_, Some(link)) => {
                let mode = if link.many { picker::Mode::Many } else { picker::Mode::One };
                let choices = match link.kind {
                    Some(kind) => forms::link_choices(&self.wb, kind),
                    None => forms::any_record_choices(&self.wb, self.lang),
                };
                if choices.is_empty() {
                    self.message = Some(match link.kind {
                        Some(kind) => i18n::nothing_to_pick(self.lang, kind),
                        None => tr!(self.lang, "empty-list").to_owned(),
                    });
                    return;
                }
                picker::Picker::for_text(title, mode, choices, &field.value())
            }
            _ => {
                self.message = Some(tr!(self.lang, "pick-not-here").to_owned());
                return;
            }
        };
        form.picker = Some(picker);
    }

    /// An action while the pick list is open: it moves, narrows, chooses or closes the list.
    fn pick(&mut self, action: Action) {
        let Some(form) = self.form.as_mut() else { return };
        let Some(p) = form.picker.as_mut() else { return };
        let page = p.page.max(1) as isize;
        match action {
            Action::Close | Action::Quit => form.picker = None,
            Action::Up => p.move_by(-1),
            Action::Down => p.move_by(1),
            Action::PageUp => p.move_by(-page),
            Action::PageDown => p.move_by(page),
            Action::Top | Action::Bottom => p.to_end(action == Action::Top),
            Action::Choose => match p.mode {
                picker::Mode::Many => p.toggle(),
                picker::Mode::One => {
                    if let Some(i) = p.highlighted() {
                        p.marked = vec![i];
                        form.finish_pick();
                    }
                }
            },
            Action::Save => {
                if p.mode == picker::Mode::One {
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
    }

    /// A key while typing a search: the query changes and the list follows at once.
    fn search_input(&mut self, key: KeyEvent) {
        let pane = self.pane();
        if search::edit_query(&mut self.filters[pane.index()], key) {
            self.lists[pane.index()].selected = 0;
        }
    }

    /// The text back from the external editor (or why it could not run).
    pub fn external_edit_done(&mut self, result: Result<String, String>) {
        match (result, self.form.as_mut()) {
            (Ok(text), Some(f)) => {
                let clean = crate::model::text::sanitize(text.strip_suffix('\n').unwrap_or(&text));
                f.replace_focused(&clean);
            }
            (Err(e), _) => self.error = Some(i18n::editor_failed(self.lang, &e)),
            (Ok(_), None) => {}
        }
    }

    /// Text pasted into the terminal (bracketed paste): it goes to the focused field, cleaned
    /// like any text at the model boundary.
    pub fn paste(&mut self, raw: &str) -> bool {
        if self.searching {
            let pane = self.pane();
            self.filters[pane.index()].push_str(&crate::model::text::one_line(&crate::model::text::sanitize(raw)));
            self.lists[pane.index()].selected = 0;
            self.refresh_rows();
            return true;
        }
        if let Some(p) = self.form.as_mut().and_then(|f| f.picker.as_mut()) {
            let query = format!("{}{}", p.query, crate::model::text::one_line(&crate::model::text::sanitize(raw)));
            p.set_query(query);
            return true;
        }
        match &mut self.form {
            Some(f) if !f.asking_discard => {
                f.paste(&crate::model::text::sanitize(raw));
                true
            }
            _ => false,
        }
    }

    fn confirm(&mut self) {
        if self.form.as_ref().is_some_and(|f| f.asking_discard) {
            self.form = None;
            return;
        }
        let Some(Overlay::ConfirmDelete { name, edit, .. }) = self.overlay.take() else {
            return;
        };
        let label = i18n::deleted(self.lang, &name);
        match self.history.apply(&mut self.wb, edit, label.clone()) {
            Ok(()) => {
                self.changed();
                self.message = Some(label);
            }
            Err(e) => self.error = Some(i18n::edit_error(self.lang, &e)),
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        if self.read_only.is_some() {
            self.message = Some(tr!(self.lang, "read-only-refused").to_owned());
            return;
        }
        let result = if undo { self.history.undo(&mut self.wb) } else { self.history.redo(&mut self.wb) };
        match result {
            None => {
                self.message = Some(
                    if undo { tr!(self.lang, "nothing-to-undo") } else { tr!(self.lang, "nothing-to-redo") }.to_owned(),
                )
            }
            Some(Ok(label)) => {
                self.changed();
                self.message = Some(i18n::undone(self.lang, undo, &label));
            }
            Some(Err(e)) => self.error = Some(i18n::edit_error(self.lang, &e)),
        }
    }

    /// A mouse event: the wheel scrolls, a click picks a tab or a row (a click on the chosen row
    /// opens it). Returns true when something changed.
    pub fn mouse(&mut self, ev: ratatui::crossterm::event::MouseEvent) -> bool {
        use ratatui::crossterm::event::{MouseButton, MouseEventKind};
        if !self.wb.settings.mouse || self.too_small || self.is_loading() || self.form.is_some() || self.searching {
            return false;
        }
        match ev.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let step = if ev.kind == MouseEventKind::ScrollDown { Action::Down } else { Action::Up };
                for _ in 0..3 {
                    self.update(step);
                }
                true
            }
            MouseEventKind::Down(MouseButton::Left) if self.overlay.is_none() => {
                if ev.row == 0 {
                    let hit = self.drawn.tabs.iter().find(|(a, b, _)| (*a..*b).contains(&ev.column)).map(|x| x.2);
                    return match hit {
                        Some(Some(tab)) => self.update(Action::GoTab(tab)),
                        Some(None) => self.update(Action::NextTab),
                        None => false,
                    };
                }
                let Some((area, first)) = self.drawn.list_rows else { return false };
                let inside = (area.x..area.x + area.width).contains(&ev.column)
                    && (area.y..area.y + area.height).contains(&ev.row);
                if !inside {
                    return false;
                }
                let row = first + usize::from(ev.row - area.y);
                let pane = self.pane();
                if row >= self.rows(pane).len() {
                    return false;
                }
                if self.lists[pane.index()].selected == row {
                    self.update(Action::Open)
                } else {
                    self.lists[pane.index()].selected = row;
                    true
                }
            }
            _ => false,
        }
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

    /// How long the loop may sleep before something needs doing.
    pub fn wake_in(&self, now: Instant) -> Duration {
        if self.is_loading() {
            return LOADING_WAKE;
        }
        if self.saver.as_ref().is_some_and(BackgroundSaver::busy) {
            return BUSY_WAKE;
        }
        if self.generation != self.saved_generation && self.read_only.is_none() {
            let due = self.last_change + SAVE_DEBOUNCE;
            return due.saturating_duration_since(now).min(IDLE_WAKE);
        }
        IDLE_WAKE
    }

    /// Background work: a finished load, a finished save, a save that is due. Returns true when
    /// the screen needs redrawing.
    pub fn tick(&mut self, now: Instant) -> bool {
        let mut redraw = false;
        if let Some(rx) = &self.loading {
            match rx.try_recv() {
                Ok(Ok(loaded)) => {
                    self.loading = None;
                    if let Err(e) = self.finish_loading(loaded) {
                        self.error = Some(e.to_string());
                    }
                    redraw = true;
                }
                Ok(Err(e)) => {
                    self.loading = None;
                    self.fatal = Some(e);
                    self.should_quit = true;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    self.loading = None;
                    self.should_quit = true;
                }
            }
        }
        if let Some(done) = self.saver.as_mut().and_then(BackgroundSaver::poll) {
            self.save_finished(done);
            redraw = true;
        }
        let due = now.saturating_duration_since(self.last_change) >= SAVE_DEBOUNCE;
        if due && self.start_save() {
            redraw = true;
        }
        redraw
    }

    /// Hands a snapshot to the saver when there is something new and it is free.
    fn start_save(&mut self) -> bool {
        if self.read_only.is_some() || self.generation == self.saved_generation {
            return false;
        }
        let generation = self.generation;
        let Some(saver) = self.saver.as_mut() else {
            return false;
        };
        !saver.busy() && saver.start(self.wb.clone(), generation)
    }

    fn save_finished(&mut self, done: saver::Done) {
        match done.result {
            Ok(()) => {
                self.saved_generation = self.saved_generation.max(done.generation);
                self.error = None;
            }
            Err(e @ store::SaveError::Conflict { .. }) => {
                // Never overwrite what another program wrote: stop saving, keep the copy.
                self.read_only = Some(ReadOnly::ChangedOnDisk);
                self.error = Some(i18n::say(self.lang, &e.message()));
            }
            Err(e) => self.error = Some(i18n::say(self.lang, &e.message())),
        }
    }

    /// Saves whatever is not saved yet and waits for it (on quit and on signals).
    pub fn finish(&mut self) -> Result<(), String> {
        if let Some(done) = self.saver.as_mut().and_then(BackgroundSaver::wait) {
            self.save_finished(done);
        }
        if self.start_save()
            && let Some(done) = self.saver.as_mut().and_then(BackgroundSaver::wait)
        {
            self.save_finished(done);
        }
        if self.read_only.is_none() && self.generation != self.saved_generation {
            return Err(self.error.clone().unwrap_or_else(|| "the workbook could not be saved".to_owned()));
        }
        Ok(())
    }
}
