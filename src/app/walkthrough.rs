//! The guided walkthrough: seven chapters, each explaining one idea and then asking one thing at
//! a time, every answer written into the workbook through the undo history like any edit.
//!
//! Data flow:
//! - [`Walk`] says where we are (chapter, step) and holds the state of the pages that are not
//!   questions (the card sort's piles live in the workbook; the ranking page's picks here).
//! - A question's input is an ordinary one-field [`Form`](super::form::Form) (`FormTarget::Walkthrough`) in
//!   `App::form`, so typing, pasting, the pick list, Ctrl-e and the IME cursor work as in every
//!   form. `answers` turns it into an edit (pure: workbook in, edit out).
//! - Where we are, the card sort and the records the walkthrough made are saved in
//!   `Workbook::walkthrough` (outside the undo history) after every move, with whatever was typed
//!   but not sent when the walkthrough is left; the next start offers to continue there.
//! - [`words`] says which text each chapter and page shows; the texts are in the Fluent files.

pub mod words;

use strum::{EnumIter, FromRepr, IntoEnumIterator};

use super::form::{FieldKind, FormTarget};
use super::{Action, App, answers};
use crate::i18n::{self, tr};
use crate::model::cards::CARDS;
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, FromRepr)]
pub enum Chapter {
    /// Why loose ties matter.
    Ties,
    /// Final values: the card sort, the top ones ranked and described.
    Values,
    /// Step 1: communities.
    Communities,
    /// Step 2: tags, a first output, an introduction.
    Outputs,
    /// Step 3: a practice invitation through the value filter.
    Invitation,
    /// The transformational assets and a first stock-take.
    Assets,
    Summary,
}

impl Chapter {
    pub const COUNT: usize = 7;
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One page of a chapter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Explain,
    Owner,
    Sort,
    Top,
    /// What the final value of this rank (0 = first) means to me.
    Describe(usize),
    CommunityName(u8),
    CommunityKind(u8),
    CommunityDistance(u8),
    CommunityValues(u8),
    Tags,
    Output,
    IntroducePeople,
    IntroduceWhy,
    InviteWhat,
    /// How the practice invitation fits the final value of this rank.
    InviteFit(usize),
    InviteExcitement,
    InviteCost,
    Verdict,
    InviteDecision,
    InviteReason,
    Rate(AssetKind),
    Stocktake,
    Summary,
}

/// How many final values the walkthrough asks about (the top ones).
pub const TOP_MAX: usize = 5;
pub const TOP_MIN: usize = 3;
/// Communities asked for in step 1.
pub const COMMUNITIES: u8 = 3;

/// The pages of a chapter; the value questions follow the values there are.
pub fn steps(chapter: Chapter, values: usize) -> Vec<Step> {
    let values = values.min(TOP_MAX);
    match chapter {
        Chapter::Ties => vec![Step::Explain, Step::Owner],
        Chapter::Values => {
            let mut v = vec![Step::Explain, Step::Sort, Step::Top];
            v.extend((0..values).map(Step::Describe));
            v
        }
        Chapter::Communities => {
            let mut v = vec![Step::Explain];
            for n in 1..=COMMUNITIES {
                v.extend([
                    Step::CommunityName(n),
                    Step::CommunityKind(n),
                    Step::CommunityDistance(n),
                    Step::CommunityValues(n),
                ]);
            }
            v
        }
        Chapter::Outputs => {
            vec![Step::Explain, Step::Tags, Step::Output, Step::IntroducePeople, Step::IntroduceWhy]
        }
        Chapter::Invitation => {
            let mut v = vec![Step::Explain, Step::InviteWhat];
            v.extend((0..values).map(Step::InviteFit));
            v.extend([
                Step::InviteExcitement,
                Step::InviteCost,
                Step::Verdict,
                Step::InviteDecision,
                Step::InviteReason,
            ]);
            v
        }
        Chapter::Assets => vec![
            Step::Explain,
            Step::Rate(AssetKind::SelfKnowledge),
            Step::Rate(AssetKind::DiverseNetworks),
            Step::Rate(AssetKind::Openness),
            Step::Stocktake,
        ],
        Chapter::Summary => vec![Step::Summary],
    }
}

/// Where the walkthrough is, and the state of its non-question pages.
#[derive(Clone, Debug, PartialEq)]
pub struct Walk {
    pub chapter: Chapter,
    pub step: usize,
    /// Coming back to an unfinished walkthrough: continue, or choose a chapter to review.
    pub welcome_back: bool,
    /// The ranking page: the cursor among the candidates, and the picks in rank order.
    pub cursor: usize,
    pub picked: Vec<usize>,
    /// What is wrong on a page that is not a question (too few values picked, …).
    pub problem: Option<String>,
    /// How far a long page is scrolled (j/k), in rows.
    pub scroll: u16,
}

impl Walk {
    fn at(chapter: Chapter, step: usize) -> Self {
        Walk { chapter, step, welcome_back: false, cursor: 0, picked: Vec::new(), problem: None, scroll: 0 }
    }

    pub fn current(&self, wb: &Workbook) -> Step {
        let all = steps(self.chapter, answers::asked_values(wb));
        all.get(self.step).copied().unwrap_or(Step::Explain)
    }

    /// How far through the whole walkthrough: (pages behind, pages in all).
    pub fn progress(&self, wb: &Workbook) -> (usize, usize) {
        let n = answers::asked_values(wb);
        let before: usize = Chapter::iter().take(self.chapter.index()).map(|c| steps(c, n).len()).sum();
        let all: usize = Chapter::iter().map(|c| steps(c, n).len()).sum();
        (before + self.step, all)
    }
}

/// The ranking page's candidates: the cards sorted "very important", then "important" (own
/// cards with them), as (name in `lang`, pile).
pub fn candidates(progress: &WalkthroughProgress, lang: Lang) -> Vec<(String, Pile)> {
    let mut out: Vec<(String, Pile)> = progress
        .sorted
        .iter()
        .filter(|c| c.pile != Pile::NotImportant)
        .map(|c| (words::card_name(&c.card, c.own, lang), c.pile))
        .collect();
    out.sort_by_key(|c| c.1);
    out
}

/// The next card of the sort (the built-in cards not sorted yet, in order).
pub fn next_card(progress: &WalkthroughProgress) -> Option<&'static crate::model::cards::Card> {
    CARDS.iter().find(|c| !progress.sorted.iter().any(|s| !s.own && s.card.as_str() == c.key))
}

impl App {
    /// The walkthrough's share of the keys: its question's form gets typing, Enter and Ctrl-s
    /// answer, PgUp/PgDn go back or skip, Esc leaves; its other pages get everything. Returns
    /// false for keys the app handles as usual (help, the pick list).
    pub(super) fn guide_takes(&mut self, action: Action) -> bool {
        let question = self.form.as_ref().map(|f| (f.target, f.focused().kind.clone()));
        match (question, action) {
            (Some((FormTarget::OwnCard, _)), Action::Close) => self.form = None,
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
            if !draft.is_empty() {
                form.fields[0] = form.fields[0].clone().text(&draft);
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
        let no_subject = step == Step::Verdict && answers::made_invitation(&self.session.wb).is_none();
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
        if step + 1 < steps(chapter, answers::asked_values(&self.session.wb)).len() {
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
            let last = steps(prev, answers::asked_values(&self.session.wb)).len().saturating_sub(1);
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
        self.message = Some(words::done(self.lang).to_owned());
    }

    /// Esc: leave, keeping where we are and what was typed.
    fn leave_walkthrough(&mut self) {
        let draft = self.form.as_ref().filter(|f| f.target == FormTarget::Walkthrough).map(|f| f.fields[0].value());
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
    pub(super) fn walk_update(&mut self, action: Action) {
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
    pub(super) fn unsort_card(&mut self) -> bool {
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
    pub(super) fn answer_walk_question(&mut self) {
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
            answers::Outcome::EndChapter => {
                let last = steps(walk.chapter, answers::asked_values(&self.session.wb)).len().saturating_sub(1);
                if let Some(w) = &mut self.walk {
                    w.step = last;
                }
                self.forward();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chapter_has_pages_and_value_questions_follow_the_values() {
        for c in Chapter::iter() {
            assert!(!steps(c, 0).is_empty(), "{c:?}");
        }
        assert_eq!(steps(Chapter::Values, 0).len(), 3);
        assert_eq!(steps(Chapter::Values, 4).len(), 7);
        assert_eq!(steps(Chapter::Values, 9).len(), 3 + TOP_MAX, "only the top ones are asked about");
        assert!(steps(Chapter::Invitation, 2).contains(&Step::InviteFit(1)));
    }

    #[test]
    fn the_card_sort_goes_through_every_built_in_card_once() {
        let mut p = WalkthroughProgress::default();
        let mut seen = 0;
        while let Some(card) = next_card(&p) {
            p.sorted.push(SortedCard { card: Text::from(card.key), pile: Pile::Important, own: false });
            seen += 1;
        }
        assert_eq!(seen, CARDS.len());
        // An own card does not stand in for a built-in one of the same name.
        let mut p = WalkthroughProgress::default();
        p.sorted.push(SortedCard { card: Text::from("freedom"), pile: Pile::VeryImportant, own: true });
        assert_eq!(next_card(&p).map(|c| c.key), Some("freedom"));
    }

    #[test]
    fn candidates_put_the_very_important_first_and_leave_out_the_rest() {
        let mut p = WalkthroughProgress::default();
        for (card, pile, own) in [
            ("learning", Pile::Important, false),
            ("freedom", Pile::VeryImportant, false),
            ("health", Pile::NotImportant, false),
            ("旅", Pile::VeryImportant, true),
        ] {
            p.sorted.push(SortedCard { card: Text::from(card), pile, own });
        }
        let names: Vec<String> = candidates(&p, Lang::Ja).into_iter().map(|c| c.0).collect();
        assert_eq!(names, vec!["自由", "旅", "学び"]);
    }
}
