//! The way out, and back in after a bad one: `q` saves first and waits for it; when saving
//! fails, what was not saved goes to an emergency copy (`store::emergency`) and the quit says
//! where; when not even that can be written, `q` asks before anything is lost. The same runs
//! after a signal (`finish`), without the question. The next start on the workbook finds the
//! copy and offers to bring it back.

use std::path::PathBuf;

use super::{App, Overlay};
use crate::i18n::{self, tr};
use crate::store::{self, emergency::EmergencyCopy};

impl App {
    /// `q`: quits once everything is saved or safe in an emergency copy; otherwise asks.
    pub(super) fn request_quit(&mut self) {
        if !self.session.unsaved() {
            self.should_quit = true;
            return;
        }
        // Save now, while the screen can still ask (the loop would do it after quitting).
        match self.session.finish() {
            Ok(()) => self.should_quit = true,
            Err(failed) => {
                let reason = self.failure_reason(failed.as_ref());
                match self.session.rescue() {
                    Ok(copy) => {
                        self.rescued = Some((copy, reason));
                        self.should_quit = true;
                    }
                    Err(tried) => {
                        let tried = self.folders_text(&tried);
                        self.overlay = Some(Overlay::ConfirmQuit { reason, tried });
                    }
                }
            }
        }
    }

    /// `y` to "quit without saving?".
    pub(super) fn quit_unsaved(&mut self) {
        self.quit_unsaved = true;
        self.should_quit = true;
    }

    fn failure_reason(&self, failed: Option<&store::SaveError>) -> String {
        match failed.or(self.session.failing().map(|f| &f.error)) {
            Some(e) => i18n::say(self.lang, &e.reason()),
            None => tr!(self.lang, "not-saved").to_owned(),
        }
    }

    /// After the loop, whatever ended it (quit, signal, closed window, a bug): saves what is not
    /// saved and waits for it. `Err` tells what happened to changes that could not be saved:
    /// where their emergency copy is, or that they were lost (only after the person said so, or
    /// when a signal left no one to ask).
    pub fn finish(&mut self) -> Result<(), String> {
        let lang = self.lang;
        if let Some((copy, reason)) = &self.rescued {
            return Err(tr!(lang, "emergency-written", reason = reason.as_str(), copy = copy.display().to_string()));
        }
        let failed = match self.session.finish() {
            Ok(()) => {
                // Only now, with nothing left to undo, do merged conflict files go (and only those
                // the saved workbook holds: a merge taken back with `u` leaves its file).
                self.settle_synced();
                return Ok(());
            }
            Err(failed) => failed,
        };
        let reason = self.failure_reason(failed.as_ref());
        if self.quit_unsaved {
            return Err(tr!(lang, "quit-unsaved-lost", reason = reason));
        }
        match self.session.rescue() {
            Ok(copy) => Err(tr!(lang, "emergency-written", reason = reason, copy = copy.display().to_string())),
            Err(tried) => Err(tr!(lang, "emergency-failed", reason = reason, tried = self.folders_text(&tried))),
        }
    }

    /// Offers the newest emergency copy of this workbook, if there is one (on start).
    pub(super) fn offer_emergency(&mut self, mut copies: Vec<EmergencyCopy>) {
        if copies.is_empty() || self.session.read_only.is_some() {
            return;
        }
        let copy = copies.remove(0);
        self.overlay = Some(Overlay::BringBack { copy, more: copies.len() });
    }

    /// `y` to the offer: the copy becomes the workbook (the file as it was is kept as a backup
    /// first), and the copy is set aside so it is not offered again.
    pub(super) fn bring_back(&mut self, copy: EmergencyCopy) {
        let lang = self.lang;
        let unreadable =
            |reason: String| tr!(lang, "emergency-unreadable", copy = copy.path.display().to_string(), reason = reason);
        let parsed = std::fs::read(&copy.path)
            .map_err(|e| i18n::say(lang, &crate::model::message::io_reason(&e)))
            .and_then(|bytes| {
                // A copy of an encrypted workbook is encrypted to the same passphrase.
                let text = self.session.seal.open(&bytes).map_err(|e| i18n::say(lang, &e.message()))?;
                store::format::parse(&text).map_err(|e| i18n::say(lang, &e.message()))
            });
        let wb = match parsed {
            Ok(parsed) => match parsed.workbook.problems().first() {
                None => parsed.workbook,
                Some(problem) => {
                    self.error = Some(unreadable(i18n::say(lang, &problem.message())));
                    return;
                }
            },
            Err(reason) => {
                self.error = Some(unreadable(reason));
                return;
            }
        };
        let backup = match store::files::backup(&self.session.path) {
            Ok(b) => b,
            Err(e) => {
                self.error = Some(tr!(
                    lang,
                    "emergency-no-backup",
                    reason = i18n::say(lang, &crate::model::message::io_reason(&e))
                ));
                return;
            }
        };
        self.session.replace(wb);
        let settled = store::emergency::settle(&copy.path).unwrap_or(copy.path);
        self.rows.invalidate();
        self.refresh_rows();
        self.message = Some(tr!(
            lang,
            "emergency-brought-back",
            backup = backup.map_or_else(String::new, |b| b.display().to_string()),
            settled = settled.display().to_string()
        ));
    }

    /// The folders an emergency copy was tried in, and why each failed, on one line.
    fn folders_text(&self, tried: &[(PathBuf, std::io::Error)]) -> String {
        let each = tried.iter().map(|(folder, e)| {
            format!("{} ({})", folder.display(), i18n::say(self.lang, &crate::model::message::io_reason(e)))
        });
        each.collect::<Vec<_>>().join("; ")
    }

    /// `n` to the offer: the copy stays where it is and is offered again next time.
    pub(super) fn keep_emergency(&mut self, copy: &EmergencyCopy) {
        self.message = Some(tr!(self.lang, "emergency-kept", copy = copy.path.display().to_string()));
    }
}
