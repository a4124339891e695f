//! What happens without a key: the workbook arriving from the loading thread (with the start-up
//! choices applied and the walkthrough offered), saves finishing or failing, and the last save
//! on the way out. The session does the work; this turns it into what the screen says.

use std::time::{Duration, Instant};

use super::App;
use super::session::Event;
use crate::i18n;
use crate::store::{Loaded, ReadOnly};

impl App {
    /// How long the loop may sleep before something needs doing.
    pub fn wake_in(&self, now: Instant) -> Duration {
        self.session.wake_in(now)
    }

    /// Background work: a finished load, a finished save, a save that is due. Returns true when
    /// the screen needs redrawing.
    pub fn tick(&mut self, now: Instant) -> bool {
        let events = self.session.tick(now);
        let redraw = !events.is_empty();
        for event in events {
            match event {
                Event::Loaded(loaded) => self.finish_loading(*loaded),
                Event::LoadFailed(e) => {
                    self.fatal = Some(e);
                    self.should_quit = true;
                }
                Event::LoadLost => self.should_quit = true,
                Event::SaveStarted => {}
                Event::Saved { recovered } => {
                    self.error = None;
                    if recovered {
                        self.message = Some(i18n::tr!(self.lang, "saved-again").to_owned());
                    }
                }
                Event::SaveFailed(e) => {
                    // Saving has stopped (the file changed on disk: our version went to a
                    // conflict copy): more urgent than whatever the last key said, and kept in
                    // the message log.
                    let said = i18n::say(self.lang, &e.message());
                    self.messages.push_back(said.clone());
                    self.error = Some(said);
                    self.message = None;
                }
                Event::SaveFailing { reason, retry_in, .. } => {
                    let reason = i18n::say(self.lang, &reason);
                    let seconds = retry_in.as_secs().max(1);
                    self.error = Some(i18n::tr!(self.lang, "save-failing", reason = reason, seconds = seconds));
                    // More urgent than whatever the last key said.
                    self.message = None;
                }
            }
        }
        redraw
    }

    /// Takes over a loaded workbook: the config file's start-up choices, the language it
    /// remembers, what to tell about the file, and the walkthrough when it is due.
    fn finish_loading(&mut self, mut loaded: Loaded) {
        let new_file = loaded.fingerprint.is_none();
        let upgraded_from = loaded.upgraded_from;
        let emergency = std::mem::take(&mut loaded.emergency);
        let incoming = std::mem::take(&mut loaded.incoming);
        let unmerged = std::mem::take(&mut loaded.unmerged);
        let id_repair = loaded.id_repair.map(|(repair, _)| repair);
        if let Err(e) = self.session.take(loaded) {
            self.error = Some(e.to_string());
        }
        let settings = &mut self.session.wb.settings;
        // Start-up choices from the config file; the keys still switch them (and the workbook
        // remembers the switch).
        if let Some(m) = self.start_prefs.mouse {
            settings.mouse = m;
        }
        if let Some(a) = self.start_prefs.ascii_borders {
            settings.ascii_borders = a;
        }
        if !self.lang_fixed
            && let Some(lang) = settings.lang
        {
            self.lang = lang;
        }
        match &self.session.read_only {
            Some(ReadOnly::NewerVersion(v)) => self.error = Some(i18n::newer_version(self.lang, *v)),
            Some(ReadOnly::NotWritable) => self.error = Some(i18n::not_writable(self.lang, &self.session.path)),
            _ => {}
        }
        if let Some(from) = upgraded_from {
            self.message = Some(i18n::upgraded(self.lang, from));
        }
        if let Some(repair) = id_repair {
            self.message = Some(i18n::say(self.lang, &repair.message()));
        }
        self.rows.invalidate();
        self.refresh_rows();
        // Conflict files from a sync tool, merged on the loading thread.
        self.take_incoming(incoming);
        self.tell_unmerged(&unmerged);
        // The walkthrough: on a new workbook, when asked for, or to offer going on with an
        // unfinished one (Esc puts it away).
        let progress = &self.session.wb.walkthrough;
        let unfinished = progress.started.is_some() && progress.completed.is_none();
        let read_only = self.session.read_only.is_some();
        if !self.demo && !read_only && (new_file || self.start_walkthrough || unfinished) {
            self.open_walkthrough();
        }
        // Over everything: changes a failed quit kept aside come first.
        self.offer_emergency(emergency);
    }
}
