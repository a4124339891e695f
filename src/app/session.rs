//! The session: the workbook being worked on and what keeps it safe — the undo history, the
//! generation counter the saver follows, the background saver, the load in progress, the
//! single-writer lock, and why the file is read-only, if it is. Nothing here knows about the
//! screen; the app turns what happens here into messages.
//!
//! Every change goes through [`Session::apply`] (undoable) or [`Session::apply_quietly`] (settings
//! and the walkthrough's place, which undo does not step through); both bump the generation, and
//! [`Session::tick`] hands a snapshot to the saver once changes pause.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use super::history::History;
use super::saver::{BackgroundSaver, Done};
use crate::model::{Edit, EditError, Workbook};
use crate::store::{self, LoadError, Loaded, ReadOnly, SaveError, WorkbookLock};

/// How long edits must pause before a save starts.
pub const SAVE_DEBOUNCE: Duration = Duration::from_millis(300);
/// How often the loop wakes when idle, to notice signals.
const IDLE_WAKE: Duration = Duration::from_millis(250);
/// How often the loop wakes while a save is running.
const BUSY_WAKE: Duration = Duration::from_millis(10);
/// How often the loop wakes while the workbook loads: records should appear the moment they
/// are ready, and loading lasts well under a second.
const LOADING_WAKE: Duration = Duration::from_millis(1);

/// The save state shown in the status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Saving,
    Unsaved,
    ReadOnly,
}

/// What background work brought (see [`Session::tick`]).
#[derive(Debug)]
pub enum Event {
    /// The workbook arrived; the session holds it now.
    Loaded(Box<Loaded>),
    /// It could not be read: the app must end and say why.
    LoadFailed(LoadError),
    /// The loading thread went away without a word.
    LoadLost,
    /// A save started (the status line says so).
    SaveStarted,
    /// A save finished.
    Saved,
    /// A save failed; on a conflict the file is read-only from now on.
    SaveFailed(SaveError),
}

pub struct Session {
    pub wb: Workbook,
    pub path: PathBuf,
    /// Why changes cannot be saved, if they cannot.
    pub read_only: Option<ReadOnly>,
    history: History,
    /// Bumped by every change of the workbook.
    generation: u64,
    saved_generation: u64,
    last_change: Instant,
    saver: Option<BackgroundSaver>,
    loading: Option<Receiver<Result<Loaded, LoadError>>>,
    _lock: Option<WorkbookLock>,
}

impl Session {
    /// A session on `wb` as it is (tests, benches, the demo before its file is read).
    pub fn new(wb: Workbook, path: PathBuf) -> Self {
        Self {
            wb,
            path,
            read_only: None,
            history: History::default(),
            generation: 0,
            saved_generation: 0,
            last_change: Instant::now(),
            saver: None,
            loading: None,
            _lock: None,
        }
    }

    /// A session whose workbook `loading` will deliver; it holds `lock` until it ends.
    pub fn loading(path: PathBuf, lock: WorkbookLock, loading: Receiver<Result<Loaded, LoadError>>) -> Self {
        Self { loading: Some(loading), _lock: Some(lock), ..Self::new(Workbook::default(), path) }
    }

    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Changes every time the workbook does (the rows of the lists are rebuilt when it moves).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    fn changed(&mut self) {
        self.generation += 1;
        self.last_change = Instant::now();
    }

    /// Applies `edit` through the undo history, under `label` (what undo will say it undid).
    pub fn apply(&mut self, edit: Edit, label: String) -> Result<(), EditError> {
        self.history.apply(&mut self.wb, edit, label)?;
        self.changed();
        Ok(())
    }

    /// Applies `edit` outside the undo history: settings and the walkthrough's place, which are
    /// not changes to step back through. Read-only, it changes the workbook in memory only.
    pub fn apply_quietly(&mut self, edit: Edit) -> Result<(), EditError> {
        self.wb.apply(edit)?;
        if self.read_only.is_none() {
            self.changed();
        }
        Ok(())
    }

    /// Undoes (or redoes) the latest change: its label, `None` when there is none.
    pub fn undo(&mut self, undo: bool) -> Option<Result<String, EditError>> {
        let result = if undo { self.history.undo(&mut self.wb) } else { self.history.redo(&mut self.wb) };
        if let Some(Ok(_)) = &result {
            self.changed();
        }
        result
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

    /// Takes over a loaded workbook and starts the saver. A new file is saved right away, so it
    /// exists (0600) from the first run.
    pub fn take(&mut self, loaded: Loaded) -> std::io::Result<()> {
        let new_file = loaded.fingerprint.is_none();
        self.wb = loaded.workbook;
        self.read_only = loaded.read_only.or(self.read_only.take());
        let saver = store::Saver::new(self.path.clone(), loaded.fingerprint);
        self.saver = Some(BackgroundSaver::spawn(saver)?);
        if new_file && self.read_only.is_none() {
            self.generation += 1;
            self.last_change = Instant::now() - SAVE_DEBOUNCE;
        }
        Ok(())
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

    /// Background work: a load that arrived, a save that finished, a save that is due.
    pub fn tick(&mut self, now: Instant) -> Vec<Event> {
        let mut events = Vec::new();
        if let Some(rx) = &self.loading {
            match rx.try_recv() {
                Ok(Ok(loaded)) => {
                    self.loading = None;
                    events.push(Event::Loaded(Box::new(loaded)));
                }
                Ok(Err(e)) => {
                    self.loading = None;
                    events.push(Event::LoadFailed(e));
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    self.loading = None;
                    events.push(Event::LoadLost);
                }
            }
        }
        if let Some(done) = self.saver.as_mut().and_then(BackgroundSaver::poll) {
            events.push(self.save_finished(done));
        }
        let due = now.saturating_duration_since(self.last_change) >= SAVE_DEBOUNCE;
        if due && self.start_save() {
            events.push(Event::SaveStarted);
        }
        events
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

    fn save_finished(&mut self, done: Done) -> Event {
        match done.result {
            Ok(()) => {
                self.saved_generation = self.saved_generation.max(done.generation);
                Event::Saved
            }
            Err(e) => {
                if matches!(e, SaveError::Conflict { .. }) {
                    // Never overwrite what another program wrote: stop saving, keep the copy.
                    self.read_only = Some(ReadOnly::ChangedOnDisk);
                }
                Event::SaveFailed(e)
            }
        }
    }

    /// Saves whatever is not saved yet and waits for it (on quit and on signals). `Err` holds
    /// the last failure, or `None` when the saver could not even start.
    pub fn finish(&mut self) -> Result<(), Option<SaveError>> {
        let mut failed = None;
        if let Some(done) = self.saver.as_mut().and_then(BackgroundSaver::wait)
            && let Event::SaveFailed(e) = self.save_finished(done)
        {
            failed = Some(e);
        }
        if self.start_save()
            && let Some(done) = self.saver.as_mut().and_then(BackgroundSaver::wait)
            && let Event::SaveFailed(e) = self.save_finished(done)
        {
            failed = Some(e);
        }
        if self.read_only.is_none() && self.generation != self.saved_generation {
            return Err(failed);
        }
        Ok(())
    }
}
