//! Merges in the app: conflict files a sync tool left beside the workbook, merged when it loads
//! (one undoable edit each, with what came in said in the message line and the message log), and
//! removed when the app closes, once the final save holds them (while it runs, `u` may still
//! take a merge back, and the file must then stay); and the conflicts a merge left, settled with a key (`O` keeps
//! this copy's value, `T` takes the other's), the first of the selected record's (never another
//! record's: the person is told where they are instead).

use super::App;
use super::action::Action;
use crate::i18n::{self, merging, tr};
use crate::model::merge::Side;
use crate::model::{Change, Conflict, RecordRef, rules};
use crate::store::sync::{self, Incoming};

impl App {
    /// Applies the merges the loading thread made, one undoable edit per conflict file.
    pub(super) fn take_incoming(&mut self, incoming: Vec<Incoming>) {
        if self.session.read_only.is_some() || self.demo {
            return;
        }
        for inc in incoming {
            // Already in the workbook: nothing to apply, the file goes when the app closes.
            if inc.already_in {
                self.synced.push(inc);
                continue;
            }
            let file = inc.file.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let label = tr!(self.lang, "sync-undo-label", file = file.clone());
            let edit = vec![Change::Whole(Box::new(inc.merged.workbook.clone()))];
            if let Err(e) = self.session.apply(edit, label) {
                self.error = Some(i18n::edit_error(self.lang, &e));
                continue;
            }
            let summary = merging::merge_summary(self.lang, &inc.merged.report);
            let said = tr!(self.lang, "sync-merged", file = file, summary = summary);
            let details = merging::merge_details(self.lang, &inc.merged.report, &self.session.wb);
            self.messages.push_back(said.clone());
            self.messages.extend(details);
            self.message = Some(said);
            self.synced.push(inc);
        }
        self.rows.invalidate();
        self.refresh_rows();
    }

    /// Says which conflict files were left alone, and why: each in the message log, the last on
    /// the status line now, and, while nothing else is to be said there, as its standing notice
    /// (the first save clears errors, and this is not settled by a save).
    pub(super) fn tell_unmerged(&mut self, unmerged: &[sync::Unmerged]) {
        for u in unmerged {
            let said = i18n::say(self.lang, &u.message());
            self.messages.push_back(said.clone());
            self.notice.get_or_insert_with(|| said.clone());
            self.message = Some(said);
        }
    }

    /// After the final save: conflict files whose changes the saved workbook holds are removed.
    pub(super) fn settle_synced(&mut self) {
        if self.synced.is_empty() || self.session.unsaved() {
            return;
        }
        let saved = self.session.wb.saved_by.clone();
        let lang = self.lang;
        let mut gone = Vec::new();
        self.synced.retain(|inc| {
            let settled = sync::settle(inc, &saved);
            if settled {
                let file = inc.file.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                gone.push(tr!(lang, "sync-settled", file = file));
            }
            !settled
        });
        if let Some(last) = gone.last() {
            self.message = Some(last.clone());
            self.messages.extend(gone);
        }
    }

    /// The conflicts of one record, for its detail.
    pub fn conflicts_of(&self, r: RecordRef) -> impl Iterator<Item = &Conflict> {
        self.session.wb.conflicts.iter().filter(move |c| c.record == r)
    }

    /// One line about the conflicts waiting, naming the keys that settle them; `None` when there
    /// are none.
    pub fn conflicts_waiting(&self) -> Option<String> {
        let count = self.session.wb.conflicts.len();
        (count > 0).then(|| {
            let key = |a| self.keymap.label_of(a, super::action::Context::Normal).unwrap_or("?").to_owned();
            tr!(
                self.lang,
                "conflicts-waiting",
                count = count,
                ours = key(Action::KeepOurs),
                theirs = key(Action::TakeTheirs)
            )
        })
    }

    /// `O` / `T`: settles the selected record's first conflict, or else the workbook's first.
    pub(super) fn resolve_conflict(&mut self, take: Side) {
        let wb = &self.session.wb;
        let selected = match self.selected_row() {
            Some(super::rows::Row::Record(r)) => Some(r),
            _ => None,
        };
        // Only the record in view: a key must never change a record the person is not looking at.
        let Some(index) = selected.and_then(|r| wb.conflicts.iter().position(|c| c.record == r)) else {
            // Where they are instead (the first whose record is still there).
            self.message = Some(match wb.conflicts.iter().find(|c| wb.contains(c.record)) {
                Some(first) => tr!(
                    self.lang,
                    "conflict-elsewhere",
                    count = wb.conflicts.len(),
                    record = merging::named(self.lang, wb, first.record)
                ),
                None => tr!(self.lang, "conflict-none").to_owned(),
            });
            return;
        };
        let line = merging::conflict_line(self.lang, wb, &wb.conflicts[index]);
        let Some(edit) = rules::settle_conflict(wb, index, take) else {
            self.message = Some(tr!(self.lang, "conflict-none").to_owned());
            return;
        };
        let said = match take {
            Side::Ours => tr!(self.lang, "conflict-kept-ours", line = line),
            Side::Theirs => tr!(self.lang, "conflict-took-theirs", line = line),
        };
        match self.session.apply(edit, said.clone()) {
            Ok(()) => self.message = Some(said),
            Err(e) => self.error = Some(i18n::edit_error(self.lang, &e)),
        }
        self.rows.invalidate();
    }
}
