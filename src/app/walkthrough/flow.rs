//! The walkthrough's keys and moves: opening it (or offering to continue), going page by page
//! and chapter by chapter, the card sort and the ranking, answering a question (written through
//! the undo history like any edit), and leaving it with the place and any draft kept.

use super::super::form::{ANSWER, Field, FieldKind, FormTarget};
use super::super::{Action, App, answers};
use super::*;
use crate::i18n::{self, tr};
use crate::model::*;

impl App {
    /// The walkthrough's share of the keys: its question's form gets typing, Enter and Ctrl-s
    /// answer, PgUp/PgDn go back or skip, Esc leaves; its other pages get everything. Returns
    /// false for keys the app handles as usual (help, the pick list).
    pub(in crate::app) fn guide_takes(&mut self, action: Action) -> bool {
        let question = self.form.as_ref().map(|f| (f.target, f.focused().kind.clone()));
        match (question, action) {
            (Some((FormTarget::OwnCard, _)), Action::Close) => self.form = None,
            // A choice is one key: its number picks it and answers.
            (Some((FormTarget::Walkthrough, FieldKind::Choice(options))), Action::Input(key))
                if choice_number(key.code, options.len()).is_some() =>
            {
                if let (Some(form), Some(n)) = (&mut self.form, choice_number(key.code, options.len())) {
                    form.fields[form.focus].choice = n;
                }
                self.answer_walk_question()
            }
            (Some(_), Action::Save) => self.answer_walk_question(),
            (Some((_, kind)), Action::Input(key))
                if key.code == ratatui::crossterm::event::KeyCode::Enter && kind != FieldKind::Multi =>
            {
                self.answer_walk_question()
            }
            (Some(_), Action::Pick | Action::Input(_) | Action::ExternalEdit) => return false,
            (Some((FormTarget::OwnCard, _)), _) => return false,
            (Some(_), Action::Close | Action::Quit | Action::PageUp | Action::PageDown) => self.walk_update(action),
            (Some(_), _) => return false,
            (None, Action::Help) => return false,
            (None, Action::PageUp) if self.walk.as_ref().is_some_and(|w| w.current(&self.session.wb) == Step::Sort) => {
                // Back on the card sort takes the last card back first.
                if !self.unsort_card() {
                    self.walk_update(action);
                }
            }
            (None, _) => self.walk_update(action),
        }
        true
    }

    /// `w`, `tsunagari walkthrough`, or a new workbook: start, or offer to continue.
    pub fn open_walkthrough(&mut self) {
        self.overlay = None;
        self.form = None;
        let p = self.session.wb.walkthrough.clone();
        let mut walk = Walk::at(Chapter::from_repr(usize::from(p.chapter)).unwrap_or(Chapter::Ties), p.question.into());
        if p.started.is_none() {
            let mut p = p;
            p.started = Some(self.today);
            walk = Walk::at(Chapter::Ties, 0);
            self.set_progress(p);
        } else {
            // A finished walkthrough opens at its summary (not at its first page, as if nothing
            // had been done), with the chapters there to choose from.
            if p.completed.is_some() {
                walk = Walk::at(Chapter::Summary, 0);
            }
            walk.welcome_back = true;
        }
        self.walk = Some(walk);
        self.ask();
    }

    /// Saves where the walkthrough stands (not an edit to undo).
    fn set_progress(&mut self, p: WalkthroughProgress) {
        if self.session.wb.walkthrough != p {
            let _ = self.session.apply_quietly(vec![Change::Walkthrough(p)]);
        }
    }

    /// Opens the question of the current page (or none, for pages that are not questions), with
    /// a draft left there last time.
    fn ask(&mut self) {
        self.form = None;
        let Some(walk) = &self.walk else { return };
        if walk.welcome_back {
            return;
        }
        let step = walk.current(&self.session.wb);
        if let Some(mut form) = answers::question(step, &self.session.wb, self.lang) {
            let draft = self.session.wb.walkthrough.draft.clone();
            if !draft.is_empty()
                && let Some(f) = form.field_mut(ANSWER)
            {
                *f = f.clone().text(&draft);
            }
            self.form = Some(form);
        }
    }

    /// Moves to `chapter`/`step` and saves it there.
    fn go(&mut self, chapter: Chapter, step: usize) {
        let Some(walk) = &mut self.walk else { return };
        *walk = Walk::at(chapter, step);
        let mut p = self.session.wb.walkthrough.clone();
        // A draft belongs to the question it was typed into: only coming back there keeps it.
        if (p.chapter, p.question) != (chapter.index() as u16, step as u16) {
            p.draft = Text::default();
        }
        p.chapter = chapter.index() as u16;
        p.question = step as u16;
        self.set_progress(p);
        if chapter == Chapter::Values && step > 0 {
            self.preselect_top();
        }
        self.ask();
    }

    /// A question about a record that is not there (a community's distance when no community
    /// was named) has nothing to ask: it is passed over, in the direction we were going.
    fn nothing_to_ask(&self) -> bool {
        let Some(walk) = &self.walk else { return false };
        let step = walk.current(&self.session.wb);
        // The filter's verdict needs the practice invitation too.
        let no_subject = step == Step::Verdict && made_invitation(&self.session.wb).is_none();
        no_subject
            || (self.form.is_none()
                && answers::is_question(step)
                && answers::question(step, &self.session.wb, self.lang).is_none())
    }

    fn forward(&mut self) {
        self.step_forward();
        // Bounded: at most every page once.
        for _ in 0..64 {
            if !self.nothing_to_ask() {
                break;
            }
            self.step_forward();
        }
    }

    /// The next page; past a chapter's last page, the next chapter (the chapter counts as done).
    fn step_forward(&mut self) {
        let Some(walk) = &self.walk else { return };
        let (chapter, step) = (walk.chapter, walk.step);
        if step + 1 < steps(chapter, asked_values(&self.session.wb)).len() {
            self.go(chapter, step + 1);
            return;
        }
        let mut p = self.session.wb.walkthrough.clone();
        let done = chapter.index() as u16;
        if !p.finished.contains(&done) {
            p.finished.push(done);
            p.finished.sort_unstable();
        }
        self.set_progress(p);
        match Chapter::from_repr(chapter.index() + 1) {
            Some(next) => self.go(next, 0),
            None => self.finish_walkthrough(),
        }
    }

    fn back(&mut self) {
        self.step_back();
        for _ in 0..64 {
            let at_start = self.walk.as_ref().is_some_and(|w| w.chapter == Chapter::Ties && w.step == 0);
            if at_start || !self.nothing_to_ask() {
                break;
            }
            self.step_back();
        }
    }

    fn step_back(&mut self) {
        let Some(walk) = &self.walk else { return };
        let (chapter, step) = (walk.chapter, walk.step);
        if step > 0 {
            self.go(chapter, step - 1);
        } else if let Some(prev) = chapter.index().checked_sub(1).and_then(Chapter::from_repr) {
            let last = steps(prev, asked_values(&self.session.wb)).len().saturating_sub(1);
            self.go(prev, last);
        }
    }

    /// The summary's Enter: the walkthrough is complete.
    fn finish_walkthrough(&mut self) {
        let mut p = self.session.wb.walkthrough.clone();
        let last = Chapter::Summary.index() as u16;
        if !p.finished.contains(&last) {
            p.finished.push(last);
        }
        p.completed = Some(self.today);
        p.chapter = 0;
        p.question = 0;
        self.set_progress(p);
        self.walk = None;
        self.form = None;
        // It ends on this week, its three steps proposed from the answers just given.
        self.show(crate::app::Tab::Overview, crate::app::Pane::Week);
        self.message = Some(words::done(self.lang).to_owned());
    }

    /// Esc: leave, keeping where we are and what was typed.
    fn leave_walkthrough(&mut self) {
        let draft = self
            .form
            .as_ref()
            .filter(|f| f.target == FormTarget::Walkthrough)
            .and_then(|f| f.field(ANSWER))
            .map(Field::value);
        let mut p = self.session.wb.walkthrough.clone();
        // Leaving from a page without a question (the welcome back, say) keeps the draft.
        if let Some(draft) = draft {
            p.draft = Text::from(draft.as_str());
        }
        self.set_progress(p);
        self.walk = None;
        self.form = None;
        self.message = Some(words::left(self.lang).to_owned());
    }

    /// Applies an answer's edit through the undo history; false (with the error shown) if the
    /// workbook refused it.
    fn record(&mut self, edit: Edit, made: Vec<MadeRecord>) -> bool {
        if !edit.is_empty() {
            let label = words::answer_label(self.lang).to_owned();
            if let Err(e) = self.session.apply(edit, label) {
                self.error = Some(i18n::edit_error(self.lang, &e));
                return false;
            }
        }
        if !made.is_empty() {
            let mut p = self.session.wb.walkthrough.clone();
            // A new ranking replaces every rank slot of the last one.
            if made.iter().any(|m| m.slot.starts_with("value-")) {
                p.made.retain(|x| !x.slot.starts_with("value-"));
            }
            for m in made {
                // A slot names one record, except the tags and the new values, which are several.
                if ![answers::TAG_SLOT, answers::NEW_VALUE_SLOT].contains(&m.slot.as_str()) {
                    p.made.retain(|x| x.slot != m.slot);
                }
                if !p.made.contains(&m) {
                    p.made.push(m);
                }
            }
            self.set_progress(p);
        }
        true
    }

    /// The keys while the walkthrough shows (a question's form takes them first; see `update`).
    pub(in crate::app) fn walk_update(&mut self, action: Action) {
        let Some(walk) = self.walk.clone() else { return };
        if let Some(w) = &mut self.walk {
            w.problem = None;
        }
        if walk.welcome_back {
            match action {
                Action::Save => {
                    if let Some(w) = &mut self.walk {
                        w.welcome_back = false;
                    }
                    self.go(walk.chapter, walk.step);
                }
                Action::NextPane | Action::Down => self.go_chapter(walk.chapter.index() + 1, &walk),
                Action::PrevPane | Action::Up => self.go_chapter(walk.chapter.index().saturating_sub(1), &walk),
                Action::Close | Action::Quit => self.leave_walkthrough(),
                _ => {}
            }
            return;
        }
        let step = walk.current(&self.session.wb);
        match action {
            Action::Close => self.leave_walkthrough(),
            Action::Quit => {
                self.leave_walkthrough();
                self.should_quit = true;
            }
            Action::PageDown => self.forward(),
            Action::PageUp => self.back(),
            Action::NextPane => match Chapter::from_repr(walk.chapter.index() + 1) {
                Some(c) => self.go(c, 0),
                None => self.forward(),
            },
            Action::PrevPane => {
                self.go(Chapter::from_repr(walk.chapter.index().saturating_sub(1)).unwrap_or(walk.chapter), 0)
            }
            Action::Pile(n) if step == Step::Sort => self.sort_card(n),
            Action::Add if step == Step::Sort => self.form = Some(answers::own_card_form(self.lang)),
            Action::Up | Action::Down | Action::Mark | Action::RankUp | Action::RankDown if step == Step::Top => {
                self.top_key(action)
            }
            // A page longer than the window scrolls.
            Action::Up | Action::Down => {
                let max = self.drawn.walk_max_scroll;
                if let Some(w) = &mut self.walk {
                    w.scroll = if action == Action::Up { w.scroll.saturating_sub(1) } else { (w.scroll + 1).min(max) };
                }
            }
            Action::ToggleLang => {
                self.lang = self.lang.other();
                let mut settings = self.session.wb.settings.clone();
                settings.lang = Some(self.lang);
                let _ = self.session.apply_quietly(vec![Change::Settings(settings)]);
            }
            // The summary's offer: end the walkthrough and export what it wrote.
            Action::Export if step == Step::Summary => {
                self.finish_walkthrough();
                self.open_export_form();
            }
            Action::Save => self.walk_enter(step),
            _ => {}
        }
    }

    /// On the welcome-back page, `[`/`]` choose the chapter Enter opens.
    fn go_chapter(&mut self, to: usize, walk: &Walk) {
        let chapter = Chapter::from_repr(to.min(Chapter::COUNT - 1)).unwrap_or(walk.chapter);
        if let Some(w) = &mut self.walk
            && chapter != w.chapter
        {
            w.chapter = chapter;
            w.step = 0;
        }
    }

    /// Enter on a page that is not a question.
    fn walk_enter(&mut self, step: Step) {
        match step {
            Step::Sort if next_card(&self.session.wb.walkthrough).is_some() => {
                self.walk_problem(words::sort_first(self.lang).to_owned());
            }
            Step::Top => {
                let Some(walk) = &self.walk else { return };
                let n = walk.picked.len();
                if !(TOP_MIN..=TOP_MAX).contains(&n) {
                    self.walk_problem(words::pick_count(self.lang, n));
                    return;
                }
                let names: Vec<String> = {
                    let all = candidates(&self.session.wb.walkthrough, self.lang);
                    walk.picked.iter().filter_map(|&i| all.get(i).map(|c| c.0.clone())).collect()
                };
                let (edit, made) = answers::final_values(&self.session.wb, &names, self.today);
                if self.record(edit, made) {
                    self.forward();
                }
            }
            Step::Stocktake => {
                let (edit, made) = answers::stocktake(&mut self.session.wb, self.today);
                if self.record(edit, made) {
                    self.forward();
                }
            }
            Step::Summary => self.finish_walkthrough(),
            _ => self.forward(),
        }
    }

    fn walk_problem(&mut self, text: String) {
        if let Some(w) = &mut self.walk {
            w.problem = Some(text);
        }
    }

    /// `1`/`2`/`3` on the card sort: the card shown goes to that pile.
    fn sort_card(&mut self, pile: u8) {
        let Some(card) = next_card(&self.session.wb.walkthrough) else { return };
        let pile = match pile {
            1 => Pile::VeryImportant,
            2 => Pile::Important,
            _ => Pile::NotImportant,
        };
        let mut p = self.session.wb.walkthrough.clone();
        p.sorted.push(SortedCard { card: Text::from(card.key), pile, own: false });
        self.set_progress(p);
        if next_card(&self.session.wb.walkthrough).is_none() {
            self.forward();
        }
    }

    /// PgUp on the card sort takes the last card back before it leaves the page.
    pub(in crate::app) fn unsort_card(&mut self) -> bool {
        let mut p = self.session.wb.walkthrough.clone();
        let Some(at) = p.sorted.iter().rposition(|c| !c.own) else { return false };
        p.sorted.remove(at);
        self.set_progress(p);
        true
    }

    /// The ranking page starts from the final values already chosen, if any match the cards.
    fn preselect_top(&mut self) {
        let all = candidates(&self.session.wb.walkthrough, self.lang);
        let ranked: Vec<usize> = self
            .session
            .wb
            .ranked_values()
            .iter()
            .filter_map(|v| all.iter().position(|c| same_name(&c.0, &v.name)))
            .take(TOP_MAX)
            .collect();
        if let Some(w) = &mut self.walk {
            w.picked = ranked;
        }
    }

    /// The ranking page: the cursor moves over the candidates (their order stays put); Space
    /// picks or unpicks the one under it, K/J move that pick up or down the ranking shown above.
    fn top_key(&mut self, action: Action) {
        let n = candidates(&self.session.wb.walkthrough, self.lang).len();
        let Some(w) = &mut self.walk else { return };
        let under = w.cursor;
        match action {
            Action::Up => w.cursor = w.cursor.saturating_sub(1),
            Action::Down => w.cursor = (w.cursor + 1).min(n.saturating_sub(1)),
            Action::Mark if under < n => {
                if let Some(at) = w.picked.iter().position(|&i| i == under) {
                    w.picked.remove(at);
                } else if w.picked.len() < TOP_MAX {
                    w.picked.push(under);
                } else {
                    w.problem = Some(words::pick_count(self.lang, TOP_MAX + 1));
                }
            }
            Action::RankUp | Action::RankDown => {
                if let Some(at) = w.picked.iter().position(|&i| i == under) {
                    let to = if action == Action::RankUp { at.checked_sub(1) } else { Some(at + 1) };
                    if let Some(to) = to.filter(|&t| t < w.picked.len()) {
                        w.picked.swap(at, to);
                    }
                }
            }
            _ => {}
        }
    }

    /// Ctrl-s or Enter in a walkthrough question: check the answer, write it, move on.
    pub(in crate::app) fn answer_walk_question(&mut self) {
        let Some(mut form) = self.form.take() else { return };
        let Some(walk) = self.walk.clone() else { return };
        if form.target == FormTarget::OwnCard {
            match answers::own_card(&mut form, &self.session.wb, self.lang) {
                Some(card) => {
                    let mut p = self.session.wb.walkthrough.clone();
                    p.sorted.push(card);
                    self.set_progress(p);
                }
                None => self.form = Some(form),
            }
            return;
        }
        let step = walk.current(&self.session.wb);
        match answers::answer(step, &mut form, &mut self.session.wb, self.lang, self.today) {
            answers::Outcome::Wrong => {
                self.form = Some(form);
                self.message = Some(tr!(self.lang, "fix-fields").to_owned());
            }
            answers::Outcome::Write(edit, made) => {
                if self.record(edit, made) {
                    self.forward();
                } else {
                    self.form = Some(form);
                }
            }
            answers::Outcome::EndCommunities => {
                let values = asked_values(&self.session.wb);
                match after_communities(walk.chapter, values, walk.step) {
                    Some(next) => self.go(walk.chapter, next),
                    None => {
                        let last = steps(walk.chapter, values).len().saturating_sub(1);
                        if let Some(w) = &mut self.walk {
                            w.step = last;
                        }
                        self.forward();
                    }
                }
            }
        }
    }
}
