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

mod flow;
pub mod words;

use strum::{EnumIter, FromRepr, IntoEnumIterator};

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
    /// My own interests: the first hook for choosing communities.
    Interests,
    CommunityName(u8),
    CommunityKind(u8),
    /// Considering, trying it or active: attending (trying, active) counts towards Step 1.
    CommunityStatus(u8),
    CommunityDistance(u8),
    /// Whether it is outside the circles I usually move in (asked, never assumed).
    CommunityOutside(u8),
    CommunityValues(u8),
    /// Which of my interests the community feeds (one that does passes the value filter).
    CommunityInterests(u8),
    Tags,
    Output,
    /// Where the first output went (asked, never assumed).
    OutputChannel,
    /// Which tags it shows (none until the person names them).
    OutputTags,
    IntroducePeople,
    IntroduceWhy,
    InviteWhat,
    /// Whether the invitation really came, and when; left empty it stays a practice one.
    InviteReceived,
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

impl Step {
    /// The community a page asks about (1 = first), if it asks about one.
    pub fn community(self) -> Option<u8> {
        match self {
            Step::CommunityName(n)
            | Step::CommunityKind(n)
            | Step::CommunityStatus(n)
            | Step::CommunityDistance(n)
            | Step::CommunityValues(n)
            | Step::CommunityOutside(n)
            | Step::CommunityInterests(n) => Some(n),
            _ => None,
        }
    }
}

/// The questions about one community, in order (its name first: a blank name ends them).
pub fn community_steps(n: u8) -> [Step; 7] {
    [
        Step::CommunityName(n),
        Step::CommunityKind(n),
        Step::CommunityStatus(n),
        Step::CommunityDistance(n),
        Step::CommunityOutside(n),
        Step::CommunityInterests(n),
        Step::CommunityValues(n),
    ]
}

/// The slot of the walkthrough's n-th community (1 = first).
pub fn community_slot(n: u8) -> String {
    format!("community-{n}")
}

/// The n-th community the walkthrough made, if it still exists.
pub fn made_community(wb: &Workbook, n: u8) -> Option<Community> {
    match made(wb, &community_slot(n)) {
        Some(RecordRef::Community(id)) => wb.communities.get(id).cloned(),
        _ => None,
    }
}

/// The practice invitation the walkthrough made, if it still exists.
pub fn made_invitation(wb: &Workbook) -> Option<Invitation> {
    match made(wb, "invitation") {
        Some(RecordRef::Invitation(id)) => wb.invitations.get(id).cloned(),
        _ => None,
    }
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
            // My interests first: the column's first hook, and what the communities are then
            // asked to share (a blank name skips only the rest of the communities, see
            // `after_communities`).
            let mut v = vec![Step::Explain, Step::Interests];
            for n in 1..=COMMUNITIES {
                v.extend(community_steps(n));
            }
            v
        }
        Chapter::Outputs => vec![
            Step::Explain,
            Step::Tags,
            Step::Output,
            Step::OutputChannel,
            Step::OutputTags,
            Step::IntroducePeople,
            Step::IntroduceWhy,
        ],
        Chapter::Invitation => {
            let mut v = vec![Step::Explain, Step::InviteWhat, Step::InviteReceived];
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

/// The key that picks the option at `at` in a walkthrough choice (1…9, then 0), if one does.
pub fn choice_key(at: usize) -> Option<char> {
    match at {
        0..=8 => char::from_digit(at as u32 + 1, 10),
        9 => Some('0'),
        _ => None,
    }
}

/// The option a digit key picks in a question with `n` choices (1 is the first, 0 the tenth),
/// if any; a full-width digit from a Japanese input method counts too.
pub fn choice_number(code: ratatui::crossterm::event::KeyCode, n: usize) -> Option<usize> {
    match code {
        ratatui::crossterm::event::KeyCode::Char(c) => {
            let c = match c {
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32)?,
                c => c,
            };
            let at = match c.to_digit(10)? as usize {
                0 => 9,
                d => d - 1,
            };
            (at < n).then_some(at)
        }
        _ => None,
    }
}

/// Where a blank community name leads: the first page of the chapter after the questions
/// about communities (`None`: the chapter ends there).
pub fn after_communities(chapter: Chapter, values: usize, from: usize) -> Option<usize> {
    steps(chapter, values).iter().enumerate().skip(from + 1).find(|(_, s)| s.community().is_none()).map(|(i, _)| i)
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
        let all = steps(self.chapter, asked_values(wb));
        all.get(self.step).copied().unwrap_or(Step::Explain)
    }

    /// How far through the whole walkthrough: (pages behind, pages in all).
    pub fn progress(&self, wb: &Workbook) -> (usize, usize) {
        let n = asked_values(wb);
        let before: usize = Chapter::iter().take(self.chapter.index()).map(|c| steps(c, n).len()).sum();
        let all: usize = Chapter::iter().map(|c| steps(c, n).len()).sum();
        // Back at the summary of a finished walkthrough, every page is behind us.
        if self.chapter == Chapter::Summary && wb.walkthrough.completed.is_some() {
            return (all, all);
        }
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

/// The record the walkthrough made for `slot`, if it still exists.
pub fn made(wb: &Workbook, slot: &str) -> Option<RecordRef> {
    wb.walkthrough
        .made
        .iter()
        .filter(|m| m.slot.as_str() == slot)
        .filter_map(|m| wb.record_by_number(m.record))
        .next_back()
}

/// How many final values the walkthrough asks about: the ones picked on its ranking page, or
/// (before that) the values already there; at most five.
pub fn asked_values(wb: &Workbook) -> usize {
    let picked = (1..=TOP_MAX).filter(|rank| made(wb, &format!("value-{rank}")).is_some()).count();
    if picked > 0 { picked } else { wb.values.len().min(TOP_MAX) }
}

/// The next card of the sort (the built-in cards not sorted yet, in order).
pub fn next_card(progress: &WalkthroughProgress) -> Option<&'static crate::model::cards::Card> {
    CARDS.iter().find(|c| !progress.sorted.iter().any(|s| !s.own && c.answers_to(&s.card)))
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
    fn a_choice_is_one_key_and_the_keys_shown_are_the_keys_read() {
        use ratatui::crossterm::event::KeyCode;
        for n in [3, 8, 10] {
            for at in 0..n {
                let key = choice_key(at).expect("a key");
                assert_eq!(choice_number(KeyCode::Char(key), n), Some(at), "{n} options, {at}");
            }
            assert_eq!(choice_number(KeyCode::Char('x'), n), None);
        }
        assert_eq!(choice_number(KeyCode::Char('４'), 5), Some(3), "a full-width digit");
        assert_eq!(choice_number(KeyCode::Char('4'), 3), None, "no fourth option");
        assert_eq!(choice_number(KeyCode::Char('0'), 3), None);
    }

    #[test]
    fn interests_come_first_every_community_is_asked_its_status_and_a_blank_name_skips_only_the_communities() {
        let pages = steps(Chapter::Communities, 3);
        for n in 1..=COMMUNITIES {
            let name = pages.iter().position(|s| *s == Step::CommunityName(n)).expect("asked");
            assert_eq!(pages[name + 2], Step::CommunityStatus(n));
        }
        let second = pages.iter().position(|s| *s == Step::CommunityName(2)).expect("asked");
        assert_eq!(after_communities(Chapter::Communities, 3, second), None, "nothing after them yet");
        assert_eq!(pages[1], Step::Interests, "my interests come first: the communities are asked to share them");
        assert!(pages.iter().skip(2).all(|s| s.community().is_some()), "every other page is about one");
        assert!(pages.contains(&Step::CommunityInterests(1)));
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
