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

/// The first wait before a failed save is tried again; it doubles up to [`RETRY_MAX`].
const RETRY_FIRST: Duration = Duration::from_secs(1);
/// The longest wait between tries of a failing save.
pub const RETRY_MAX: Duration = Duration::from_secs(30);

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
    /// The last save failed; it is tried again, and the changes are kept in memory.
    Failing,
    ReadOnly,
}

/// A save that failed, and when to try again.
#[derive(Debug)]
pub struct Failing {
    pub error: SaveError,
    pub tries: u32,
    pub retry_at: Instant,
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
    /// A save finished; `recovered` after one or more failed.
    Saved { recovered: bool },
    /// The file changed on disk: our version went to a conflict copy, and the file is read-only
    /// from now on.
    SaveFailed(SaveError),
    /// A save failed (a full disk, a lost folder); it is tried again in `retry_in`.
    SaveFailing { reason: crate::model::Message, retry_in: Duration },
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
    /// The save failing, if it is (cleared by the next save that works).
    failing: Option<Failing>,
    /// Handed to the saver (tests: a disk that fails on demand).
    fault: Option<store::Fault>,
    loading: Option<Receiver<Result<Loaded, LoadError>>>,
    _lock: Option<WorkbookLock>,
    /// How the file is kept: saves and emergency copies go through it (encrypted when the
    /// workbook is, with the passphrase asked once when it opened).
    pub seal: store::Seal,
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
            failing: None,
            fault: None,
            loading: None,
            _lock: None,
            seal: store::Seal::Plain,
        }
    }

    /// Makes the saver fail whenever `fault` says so (the tests' failing disk); call before
    /// the workbook arrives.
    pub fn inject_fault(&mut self, fault: store::Fault) {
        self.fault = Some(fault);
    }

    /// The save that is failing, if one is.
    pub fn failing(&self) -> Option<&Failing> {
        self.failing.as_ref()
    }

    /// True when there are changes no save has written yet.
    pub fn unsaved(&self) -> bool {
        self.read_only.is_none() && self.generation != self.saved_generation
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

    /// Puts `wb` in place of the whole workbook (an emergency copy brought back): a change that
    /// is saved like any other, but not one undo can step back over.
    pub fn replace(&mut self, wb: Workbook) {
        self.wb = wb;
        self.history = History::default();
        self.changed();
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
        } else if self.failing.is_some() && self.unsaved() {
            SaveState::Failing
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
        self.seal = loaded.seal.clone();
        // Saves to come: their keys are derived ahead (none for a workbook that is not saved).
        if self.read_only.is_none() {
            self.seal.prepare();
        }
        let saver = store::Saver::new(self.path.clone(), loaded.fingerprint)
            .with_fault(self.fault.clone())
            .with_seal(loaded.seal);
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
        if self.unsaved() {
            let due = self.next_save_at();
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
        if now >= self.next_save_at() && self.start_save() {
            events.push(Event::SaveStarted);
        }
        events
    }

    /// When the next save may start: once edits pause, and after a failure not before its
    /// retry time (a full disk is not asked again every few milliseconds).
    fn next_save_at(&self) -> Instant {
        let debounced = self.last_change + SAVE_DEBOUNCE;
        match &self.failing {
            Some(f) => debounced.max(f.retry_at),
            None => debounced,
        }
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
                let recovered = self.failing.take().is_some();
                Event::Saved { recovered }
            }
            Err(e) => {
                if matches!(e, SaveError::Conflict { .. }) {
                    // Never overwrite what another program wrote: stop saving, keep the copy.
                    self.read_only = Some(ReadOnly::ChangedOnDisk);
                    self.failing = None;
                    return Event::SaveFailed(e);
                }
                let tries = self.failing.as_ref().map_or(0, |f| f.tries) + 1;
                let wait = RETRY_FIRST.saturating_mul(1 << (tries - 1).min(5)).min(RETRY_MAX);
                let reason = e.reason();
                self.failing = Some(Failing { error: e, tries, retry_at: Instant::now() + wait });
                Event::SaveFailing { reason, retry_in: wait }
            }
        }
    }

    /// Saves whatever is not saved yet and waits for it (on quit and on signals), trying once
    /// more now even when a failing save would wait longer. `Err` holds the last failure, or
    /// `None` when the saver could not even start.
    pub fn finish(&mut self) -> Result<(), Option<SaveError>> {
        let mut failed = None;
        let mut note = |session: &mut Self, done: Done| match session.save_finished(done) {
            Event::SaveFailed(e) => failed = Some(e),
            Event::SaveFailing { .. } => failed = session.failing.take().map(|f| f.error),
            _ => {}
        };
        if let Some(done) = self.saver.as_mut().and_then(BackgroundSaver::wait) {
            note(self, done);
        }
        if self.start_save()
            && let Some(done) = self.saver.as_mut().and_then(BackgroundSaver::wait)
        {
            note(self, done);
        }
        if self.unsaved() {
            return Err(failed);
        }
        Ok(())
    }

    /// Writes what is not saved to an emergency copy (see `store::emergency`): the way out when
    /// saving keeps failing.
    pub fn rescue(&self) -> Result<PathBuf, Vec<(PathBuf, std::io::Error)>> {
        store::emergency::write(&self.path, &self.wb, &self.seal)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    use super::*;
    use crate::model::{Change, Record, Tag, TagId, Text};

    /// A session on a new file whose saves fail while `full` is set (the store's seam).
    fn failing_session(dir: &std::path::Path) -> (Session, Arc<AtomicBool>) {
        let full = Arc::new(AtomicBool::new(true));
        let flag = Arc::clone(&full);
        let mut session = Session::new(Workbook::default(), dir.join("w.ron"));
        session.inject_fault(Arc::new(move |_| {
            if flag.load(Ordering::SeqCst) {
                Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
            } else {
                Ok(())
            }
        }));
        let loaded = Loaded::default();
        session.take(loaded).expect("saver");
        (session, full)
    }

    /// Ticks at `now` until an event other than `SaveStarted` arrives.
    fn next_event(session: &mut Session, now: Instant) -> Event {
        for _ in 0..500 {
            if let Some(e) = session.tick(now).into_iter().find(|e| !matches!(e, Event::SaveStarted)) {
                return e;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        panic!("no event");
    }

    fn tag(n: u64) -> Edit {
        vec![Change::Put(Record::Tag(Tag {
            id: TagId(n),
            name: Text::from(format!("t{n}").as_str()),
            ..Default::default()
        }))]
    }

    #[test]
    fn a_failing_save_is_said_retried_later_and_recovers() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut session, full) = failing_session(dir.path());
        session.apply(tag(1), "t1".into()).expect("apply");
        let start = Instant::now() + SAVE_DEBOUNCE;
        let Event::SaveFailing { retry_in, .. } = next_event(&mut session, start) else { panic!("expected a failure") };
        assert_eq!(retry_in, RETRY_FIRST);
        assert_eq!(session.save_state(), SaveState::Failing);
        // Not asked again before the retry time, however often the loop wakes.
        assert!(session.tick(start + Duration::from_millis(500)).is_empty());
        // The next failure waits twice as long.
        let Event::SaveFailing { retry_in, .. } = next_event(&mut session, start + RETRY_FIRST) else { panic!() };
        assert_eq!(retry_in, RETRY_FIRST * 2);
        full.store(false, Ordering::SeqCst);
        let later = start + RETRY_FIRST * 4;
        assert!(matches!(next_event(&mut session, later), Event::Saved { recovered: true }));
        assert_eq!(session.save_state(), SaveState::Saved);
        assert!(session.failing().is_none());
    }

    #[test]
    fn finishing_while_saves_fail_keeps_the_changes_and_says_why() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut session, _full) = failing_session(dir.path());
        session.apply(tag(1), "t1".into()).expect("apply");
        let Err(Some(SaveError::Io(e))) = session.finish() else { panic!("expected the failure") };
        assert_eq!(e.kind(), std::io::ErrorKind::StorageFull);
        assert!(session.unsaved(), "the changes are still here to rescue");
        assert!(!dir.path().join("w.ron").exists());
    }
}
