//! The overview's next small actions: a short list of things one can do in a minute, each from a
//! rule below and each pointing at the record it is about. Pure; the overview and the summary
//! show what [`next_actions`] returns. None counts days overdue: the person comes back weekly,
//! and a list of shortfalls does not bring anyone back.
//!
//! Rules, most pressing first:
//! 1. An open invitation whose deadline has passed: answer it, or let it go.
//! 2. An introduction whose follow-up day has come: a planned one to make, a made one whose
//!    outcome is not written yet.
//! 3. Up to three people to get back in touch with this week, each with a reason
//!    ([`reconnect::this_week`]).
//! 4. A tag with no output yet, or none for longer than the quiet-tag setting.
//! 5. No final values yet (the filter has nothing to work with), or invitations and communities
//!    that pass the value filter and wait for an answer.
//! 6. Fewer than two communities I take part in: the best one under consideration that passes
//!    the filter, or how to find one.
//! 7. No stock-take yet, or the last one older than [`STOCKTAKE_DUE_DAYS`].

use chrono::NaiveDate;

use super::choices::*;
use super::derived::{days_between, last_output_per_tag, step_progress};
use super::filter;
use super::ids::*;
use super::reconnect::{self, Reconnection};
use super::workbook::Workbook;

/// A stock-take older than this many days is due again.
pub const STOCKTAKE_DUE_DAYS: i64 = 90;

/// A small next step, produced by one of the rules above.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextAction {
    /// No final values yet: the filter has nothing to work with.
    DefineValues,
    /// Fewer than two communities I take part in, and what to try next.
    FewCommunities { taking_part: usize, next: CommunityHint },
    /// A tag with no output since `since` (`None`: never).
    QuietTag { tag: TagId, since: Option<NaiveDate> },
    /// Someone to get back in touch with this week, and why now.
    Reconnect(Reconnection),
    /// An open invitation whose deadline has passed.
    PastDeadline { invitation: InvitationId },
    /// An introduction whose follow-up day has come (to make, or to hear how it went).
    FollowUp { introduction: IntroductionId },
    /// Invitations (or communities) that pass the value filter and still wait for an answer.
    FitsWaiting { passing: usize },
    /// No stock-take yet (`None`), or the last one was on this day.
    StocktakeDue { last: Option<NaiveDate> },
}

/// What the overview offers when I take part in few communities.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommunityHint {
    /// One under consideration that passes the value filter (the best first).
    Candidate(CommunityId),
    /// None passes yet, and I have interests: look for a community that shares one.
    LookFor,
    /// No interests of mine yet: name them (the Values tab).
    NameInterests,
}

impl NextAction {
    /// The record the action is about, to jump to it.
    pub fn target(&self) -> Option<RecordRef> {
        match self {
            NextAction::QuietTag { tag, .. } => Some(RecordRef::Tag(*tag)),
            NextAction::Reconnect(r) => Some(RecordRef::Person(r.person)),
            NextAction::PastDeadline { invitation } => Some(RecordRef::Invitation(*invitation)),
            NextAction::FollowUp { introduction } => Some(RecordRef::Introduction(*introduction)),
            NextAction::FewCommunities { next: CommunityHint::Candidate(c), .. } => Some(RecordRef::Community(*c)),
            _ => None,
        }
    }
}

/// All next actions, most pressing first (see the module's rules).
pub fn next_actions(wb: &Workbook, today: NaiveDate) -> Vec<NextAction> {
    let mut out = Vec::new();

    let mut past: Vec<(NaiveDate, InvitationId)> = wb
        .invitations
        .iter()
        .filter(|i| filter::past_deadline(i, today))
        .filter_map(|i| i.deadline.map(|d| (d, i.id)))
        .collect();
    past.sort();
    out.extend(past.into_iter().map(|(_, invitation)| NextAction::PastDeadline { invitation }));

    let mut due: Vec<(Option<NaiveDate>, IntroductionId)> =
        wb.introductions.iter().filter(|i| i.follow_up_due(today)).map(|i| (i.follow_up, i.id)).collect();
    due.sort();
    out.extend(due.into_iter().map(|(_, introduction)| NextAction::FollowUp { introduction }));

    out.extend(reconnect::this_week(wb, today).into_iter().map(NextAction::Reconnect));

    let last = last_output_per_tag(wb);
    let quiet_days = i64::from(wb.settings.quiet_tag_days);
    for t in &wb.tags {
        match last.get(&t.id) {
            None => out.push(NextAction::QuietTag { tag: t.id, since: None }),
            Some(&d) if days_between(d, today) > quiet_days => {
                out.push(NextAction::QuietTag { tag: t.id, since: Some(d) })
            }
            Some(_) => {}
        }
    }

    let candidates = filter::candidates(wb);
    if wb.values.is_empty() {
        out.push(NextAction::DefineValues);
    } else {
        let passing = candidates.iter().filter(|c| c.1.passes()).count();
        if passing > 0 {
            out.push(NextAction::FitsWaiting { passing });
        }
    }
    let taking_part = step_progress(wb, today)[0].done;
    if taking_part < 2 {
        // Candidates come best first, so the first community that passes is the one to try.
        let best = candidates.iter().find_map(|(c, v)| match c {
            filter::Candidate::Community(id) if v.passes() => Some(*id),
            _ => None,
        });
        let next = match best {
            Some(c) => CommunityHint::Candidate(c),
            None if wb.interests.is_empty() => CommunityHint::NameInterests,
            None => CommunityHint::LookFor,
        };
        out.push(NextAction::FewCommunities { taking_part, next });
    }
    let newest = wb.stocktakes.iter().filter_map(|s| s.date).max();
    match newest {
        None => out.push(NextAction::StocktakeDue { last: None }),
        Some(d) if days_between(d, today) > STOCKTAKE_DUE_DAYS => out.push(NextAction::StocktakeDue { last: Some(d) }),
        Some(_) => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::records::*;
    use crate::model::text::Text;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn an_empty_workbook_asks_for_values_interests_and_a_stocktake() {
        assert_eq!(
            next_actions(&Workbook::default(), day("2026-11-24")),
            vec![
                NextAction::DefineValues,
                NextAction::FewCommunities { taking_part: 0, next: CommunityHint::NameInterests },
                NextAction::StocktakeDue { last: None }
            ]
        );
    }

    #[test]
    fn next_actions_cover_each_rule_in_order_without_counting_days() {
        let today = day("2026-10-14");
        let mut wb = Workbook::default();
        wb.invitations.put(Invitation { id: InvitationId(1), deadline: Some(day("2026-10-10")), ..Default::default() });
        wb.invitations.put(Invitation {
            id: InvitationId(2),
            deadline: Some(day("2026-10-01")),
            decision: Decision::Accepted,
            ..Default::default()
        });
        wb.people.put(Person {
            id: PersonId(3),
            last_contact: Some(day("2026-09-01")),
            cadence: Some(Cadence::Weekly),
            communities: vec![CommunityId(11)],
            ..Default::default()
        });
        wb.communities.put(Community { id: CommunityId(11), status: CommunityStatus::Active, ..Default::default() });
        wb.tags.put(Tag { id: TagId(6), ..Default::default() });
        wb.stocktakes.put(Stocktake { id: StocktakeId(7), date: Some(day("2026-05-01")), ..Default::default() });
        wb.introductions.put(Introduction {
            id: IntroductionId(12),
            status: IntroStatus::Planned,
            follow_up: Some(day("2026-10-14")),
            ..Default::default()
        });
        wb.introductions.put(Introduction {
            id: IntroductionId(13),
            follow_up: Some(day("2026-10-01")),
            outcome: Text::from("会えたそうだ"),
            ..Default::default()
        });
        let got = next_actions(&wb, today);
        assert_eq!(got[0], NextAction::PastDeadline { invitation: InvitationId(1) });
        assert_eq!(got[1], NextAction::FollowUp { introduction: IntroductionId(12) }, "made one with an outcome: done");
        let got: Vec<NextAction> = got.into_iter().filter(|a| !matches!(a, NextAction::FollowUp { .. })).collect();
        assert_eq!(
            got[1],
            NextAction::Reconnect(Reconnection {
                person: PersonId(3),
                reason: reconnect::Reason::Community(CommunityId(11)),
                asked: true
            })
        );
        assert_eq!(got[2], NextAction::QuietTag { tag: TagId(6), since: None });
        assert_eq!(got[3], NextAction::DefineValues);
        assert_eq!(got[4], NextAction::FewCommunities { taking_part: 1, next: CommunityHint::NameInterests });
        assert_eq!(got[5], NextAction::StocktakeDue { last: Some(day("2026-05-01")) });
        assert_eq!(got.len(), 6);
    }

    #[test]
    fn the_community_hint_never_contradicts_the_filter() {
        let today = day("2026-11-24");
        let mut wb = Workbook::default();
        wb.values.put(FinalValue { id: ValueId(1), rank: 1, ..Default::default() });
        wb.interests = vec![Text::from("写真")];
        let hint = |wb: &Workbook| {
            next_actions(wb, today).into_iter().find_map(|a| match a {
                NextAction::FewCommunities { next, .. } => Some(next),
                _ => None,
            })
        };
        let mut c = Community { id: CommunityId(2), status: CommunityStatus::Considering, ..Default::default() };
        wb.communities.put(c.clone());
        assert_eq!(hint(&wb), Some(CommunityHint::LookFor), "an unrated community is not offered");
        c.interests = vec![Text::from("写真")];
        wb.communities.put(c.clone());
        assert_eq!(hint(&wb), Some(CommunityHint::Candidate(CommunityId(2))), "it shares an interest: it passes");
        assert!(
            next_actions(&wb, today).contains(&NextAction::FitsWaiting { passing: 1 }),
            "the same community counts as fitting"
        );
    }
}
