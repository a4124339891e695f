//! This week (今週): up to three small steps the person chose for the week, one per step of the
//! column — show up at a community, make one small output or introduction, answer one
//! invitation — and the plain log of the weeks before. Pure: the overview shows what
//! [`proposals`], [`this_week`] and [`log`] return, and every change goes through
//! [`super::rules::set_week_step`] as an edit that `u` takes back.
//!
//! Rules (our own; also in the help):
//! - A week runs Monday to Sunday (ISO weeks); a step belongs to the week it was taken in.
//! - **Show up**: a community I attend whose own cadence has come round (no visit on record, or
//!   the last one at least its interval ago; with no fixed cadence, two weeks), the
//!   longest-waiting first; then a community under consideration that passes the value filter.
//! - **Make visible**: a planned introduction; a tag of mine with no output for the quiet-tag
//!   setting (or never); someone to get back in touch with, with the reason
//!   ([`reconnect::this_week`]).
//! - **Answer**: an open invitation that passes the value filter, the nearest deadline first;
//!   then one still unrated (to rate, then answer). Practice invitations never.
//! - Done is a day, not a streak; past weeks list what was done and nothing else.
//! - **Afterwards**: an accepted invitation whose event day has passed (within 60 days) asks
//!   once for a reflection ([`reflections_due`]); written or set aside, it does not ask again.

use super::choices::*;
use super::derived::{days_between, last_output_per_tag};
use super::filter::{self, Candidate, Outcome};
use super::ids::*;
use super::reconnect::{self, Reconnection};
use super::records::WeekStep;
use super::workbook::Workbook;
use chrono::{Datelike, Days, NaiveDate};

/// A community with no fixed cadence comes round after this many days.
pub const IRREGULAR_DAYS: i64 = 14;

/// The Monday of `day`'s week.
pub fn monday(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// Something the workbook suggests for a week's step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suggestion {
    /// A community I attend whose cadence has come round (`last`: the last visit on record).
    Visit {
        community: CommunityId,
        last: Option<NaiveDate>,
    },
    /// A community under consideration that passes the value filter.
    TryOnce(CommunityId),
    /// A planned introduction to make.
    Introduce(IntroductionId),
    /// A tag with no output lately (`since`: the last one; `None`: never).
    Output {
        tag: TagId,
        since: Option<NaiveDate>,
    },
    Reconnect(Reconnection),
    /// An open invitation that passes the filter.
    Answer(InvitationId),
    /// An open invitation not rated yet.
    RateAndAnswer(InvitationId),
}

impl Suggestion {
    pub fn about(self) -> RecordRef {
        match self {
            Suggestion::Visit { community, .. } | Suggestion::TryOnce(community) => RecordRef::Community(community),
            Suggestion::Introduce(i) => RecordRef::Introduction(i),
            Suggestion::Output { tag, .. } => RecordRef::Tag(tag),
            Suggestion::Reconnect(r) => RecordRef::Person(r.person),
            Suggestion::Answer(i) | Suggestion::RateAndAnswer(i) => RecordRef::Invitation(i),
        }
    }
}

/// The suggestions for one step this week, best first (see the module's rules).
pub fn proposals(wb: &Workbook, today: NaiveDate, step: ColumnStep) -> Vec<Suggestion> {
    match step {
        ColumnStep::ShowUp => {
            let mut due: Vec<(Option<NaiveDate>, CommunityId)> = wb
                .communities
                .iter()
                .filter(|c| c.status.is_current())
                .filter(|c| match c.last_visit {
                    None => true,
                    Some(last) => days_between(last, today) >= c.cadence.days().unwrap_or(IRREGULAR_DAYS),
                })
                .map(|c| (c.last_visit, c.id))
                .collect();
            // Never visited first, then the longest-waiting.
            due.sort();
            let mut out: Vec<Suggestion> =
                due.into_iter().map(|(last, community)| Suggestion::Visit { community, last }).collect();
            out.extend(filter::candidates(wb).into_iter().filter_map(|(c, v)| match c {
                Candidate::Community(id) if v.passes() => Some(Suggestion::TryOnce(id)),
                _ => None,
            }));
            out
        }
        ColumnStep::MakeVisible => {
            let mut out: Vec<Suggestion> =
                wb.introductions.iter().filter(|i| !i.counts()).map(|i| Suggestion::Introduce(i.id)).collect();
            let last = last_output_per_tag(wb);
            let quiet = i64::from(wb.settings.quiet_tag_days);
            let mut tags: Vec<(Option<NaiveDate>, TagId)> = wb
                .tags
                .iter()
                .map(|t| (last.get(&t.id).copied(), t.id))
                .filter(|(since, _)| since.is_none_or(|d| days_between(d, today) > quiet))
                .collect();
            tags.sort();
            out.extend(tags.into_iter().map(|(since, tag)| Suggestion::Output { tag, since }));
            out.extend(reconnect::this_week(wb, today).into_iter().map(Suggestion::Reconnect));
            out
        }
        ColumnStep::Answer => {
            let mut open: Vec<(u8, NaiveDate, InvitationId)> = filter::candidates(wb)
                .into_iter()
                .filter_map(|(c, v)| match (c, v.outcome) {
                    (Candidate::Invitation(i), Outcome::Passes) => Some((0, i)),
                    (Candidate::Invitation(i), Outcome::Unrated) => Some((1, i)),
                    _ => None,
                })
                .map(|(order, i)| (order, wb.invitations.get(i).and_then(|x| x.deadline).unwrap_or(NaiveDate::MAX), i))
                .collect();
            open.sort();
            open.into_iter()
                .map(|(order, _, i)| if order == 0 { Suggestion::Answer(i) } else { Suggestion::RateAndAnswer(i) })
                .collect()
        }
    }
}

/// An event longer ago than this is not asked about (`r` on the invitation still writes one).
pub const ASK_WITHIN_DAYS: i64 = 60;

/// Accepted invitations whose event day has passed (before today, within [`ASK_WITHIN_DAYS`])
/// with no reflection written or set aside, the most recent event first: the week page asks
/// about the first, once.
pub fn reflections_due(wb: &Workbook, today: NaiveDate) -> Vec<InvitationId> {
    let mut due: Vec<(NaiveDate, InvitationId)> = wb
        .invitations
        .iter()
        .filter(|i| i.counts() && i.decision == Decision::Accepted && i.reflected.is_none())
        .filter_map(|i| i.event.filter(|d| *d < today && days_between(*d, today) <= ASK_WITHIN_DAYS).map(|d| (d, i.id)))
        .collect();
    due.sort_by(|a, b| b.cmp(a));
    due.into_iter().map(|(_, id)| id).collect()
}

/// This week's chosen steps, one slot per column step (`None`: nothing chosen yet).
pub fn this_week(wb: &Workbook, today: NaiveDate) -> [Option<&WeekStep>; 3] {
    let week = monday(today);
    let slot = |step: ColumnStep| wb.weeks.iter().find(|s| s.week == Some(week) && s.step == step);
    [slot(ColumnStep::ShowUp), slot(ColumnStep::MakeVisible), slot(ColumnStep::Answer)]
}

/// The weeks before this one, newest first, each with the steps done in it (a week with none
/// done is not listed: a log of what happened, not of what did not).
pub fn log(wb: &Workbook, today: NaiveDate) -> Vec<(NaiveDate, Vec<&WeekStep>)> {
    let this = monday(today);
    let mut weeks: std::collections::BTreeMap<NaiveDate, Vec<&WeekStep>> = std::collections::BTreeMap::new();
    for s in wb.weeks.iter().filter(|s| s.done.is_some()) {
        if let Some(w) = s.week.filter(|w| *w < this) {
            weeks.entry(w).or_default().push(s);
        }
    }
    weeks
        .into_iter()
        .rev()
        .map(|(w, mut steps)| {
            steps.sort_by_key(|s| s.step);
            (w, steps)
        })
        .collect()
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
    fn the_week_asks_once_after_an_accepted_invitation_s_event_the_latest_first() {
        let today = day("2026-11-27");
        let mut wb = Workbook::default();
        let inv = |id: u64, event: &str, decision| Invitation {
            id: InvitationId(id),
            what: Text::from("誘い"),
            event: Some(day(event)),
            decision,
            ..Default::default()
        };
        wb.invitations.put(inv(1, "2026-11-10", Decision::Accepted));
        wb.invitations.put(inv(2, "2026-11-20", Decision::Accepted));
        wb.invitations.put(inv(3, "2026-11-27", Decision::Accepted)); // today: not passed yet
        wb.invitations.put(inv(4, "2026-11-01", Decision::Declined));
        wb.invitations.put(Invitation { practice: true, ..inv(5, "2026-11-02", Decision::Accepted) });
        wb.invitations
            .put(Invitation { reflected: Some(day("2026-11-21")), ..inv(6, "2026-11-19", Decision::Accepted) });
        wb.invitations.put(Invitation { event: None, ..inv(7, "2026-11-01", Decision::Accepted) });
        wb.invitations.put(inv(8, "2026-09-27", Decision::Accepted)); // 61 days ago: too long ago to ask
        wb.invitations.put(inv(9, "2026-09-28", Decision::Accepted)); // 60 days: still asked
        assert_eq!(reflections_due(&wb, today), vec![InvitationId(2), InvitationId(1), InvitationId(9)]);
    }

    #[test]
    fn a_week_starts_on_monday() {
        assert_eq!(monday(day("2026-11-27")), day("2026-11-23"), "a Friday");
        assert_eq!(monday(day("2026-11-23")), day("2026-11-23"));
        assert_eq!(monday(day("2026-11-29")), day("2026-11-23"), "Sunday ends the week");
        assert_eq!(monday(day("2027-01-01")), day("2026-12-28"), "across the year");
    }

    #[test]
    fn showing_up_is_proposed_where_the_cadence_has_come_round() {
        let today = day("2026-11-27");
        let mut wb = Workbook::default();
        let c = |id: u64, status, cadence, last: Option<&str>| Community {
            id: CommunityId(id),
            status,
            cadence,
            last_visit: last.map(day),
            ..Default::default()
        };
        wb.communities.put(c(1, CommunityStatus::Active, Cadence::Weekly, Some("2026-11-25")));
        wb.communities.put(c(2, CommunityStatus::Active, Cadence::Monthly, Some("2026-10-01")));
        wb.communities.put(c(3, CommunityStatus::Trying, Cadence::Monthly, None));
        wb.communities.put(c(4, CommunityStatus::Active, Cadence::Irregular, Some("2026-11-20")));
        wb.communities.put(c(5, CommunityStatus::Left, Cadence::Weekly, Some("2025-01-01")));
        assert_eq!(
            proposals(&wb, today, ColumnStep::ShowUp),
            vec![
                Suggestion::Visit { community: CommunityId(3), last: None },
                Suggestion::Visit { community: CommunityId(2), last: Some(day("2026-10-01")) }
            ],
            "never visited first; a visit two days ago, one a week ago with no fixed cadence and a community left are not due"
        );
    }

    #[test]
    fn making_visible_proposes_planned_introductions_then_quiet_tags() {
        let today = day("2026-11-27");
        let mut wb = Workbook::default();
        wb.introductions.put(Introduction {
            id: IntroductionId(1),
            status: IntroStatus::Planned,
            ..Default::default()
        });
        wb.introductions.put(Introduction { id: IntroductionId(2), ..Default::default() });
        wb.tags.put(Tag { id: TagId(3), ..Default::default() });
        wb.tags.put(Tag { id: TagId(4), ..Default::default() });
        wb.outputs.put(Output {
            id: OutputId(5),
            date: Some(day("2026-11-20")),
            tags: vec![TagId(4)],
            ..Default::default()
        });
        assert_eq!(
            proposals(&wb, today, ColumnStep::MakeVisible),
            vec![Suggestion::Introduce(IntroductionId(1)), Suggestion::Output { tag: TagId(3), since: None }]
        );
    }

    #[test]
    fn answering_proposes_passing_invitations_by_deadline_then_unrated_never_practice() {
        let today = day("2026-11-27");
        let mut wb = Workbook::default();
        wb.values.put(FinalValue { id: ValueId(1), rank: 1, ..Default::default() });
        let inv = |id: u64, fit: i8, deadline: Option<&str>, practice: bool| Invitation {
            id: InvitationId(id),
            scores: if fit == 0 { vec![] } else { vec![ValueScore { value: ValueId(1), score: fit }] },
            deadline: deadline.map(day),
            practice,
            ..Default::default()
        };
        wb.invitations.put(inv(2, 2, Some("2026-12-10"), false));
        wb.invitations.put(inv(3, 2, Some("2026-12-01"), false));
        wb.invitations.put(inv(4, 0, None, false));
        wb.invitations.put(inv(5, -1, None, false));
        wb.invitations.put(inv(6, 2, Some("2026-11-28"), true));
        assert_eq!(
            proposals(&wb, today, ColumnStep::Answer),
            vec![
                Suggestion::Answer(InvitationId(3)),
                Suggestion::Answer(InvitationId(2)),
                Suggestion::RateAndAnswer(InvitationId(4))
            ]
        );
    }

    #[test]
    fn the_log_lists_what_was_done_in_the_weeks_before_newest_first() {
        let today = day("2026-11-27");
        let mut wb = Workbook::default();
        let step = |week: &str, step, done: Option<&str>| WeekStep {
            week: Some(day(week)),
            step,
            text: Text::from("x"),
            about: None,
            done: done.map(day),
        };
        wb.weeks = vec![
            step("2026-11-09", ColumnStep::Answer, Some("2026-11-12")),
            step("2026-11-16", ColumnStep::MakeVisible, None),
            step("2026-11-16", ColumnStep::Answer, Some("2026-11-20")),
            step("2026-11-16", ColumnStep::ShowUp, Some("2026-11-17")),
            step("2026-11-23", ColumnStep::ShowUp, Some("2026-11-24")),
        ];
        let got: Vec<(NaiveDate, Vec<ColumnStep>)> =
            log(&wb, today).into_iter().map(|(w, s)| (w, s.into_iter().map(|s| s.step).collect())).collect();
        assert_eq!(
            got,
            vec![
                (day("2026-11-16"), vec![ColumnStep::ShowUp, ColumnStep::Answer]),
                (day("2026-11-09"), vec![ColumnStep::Answer])
            ],
            "this week is not in the log, and what was not done is not listed"
        );
        let [show_up, visible, answer] = this_week(&wb, today);
        assert_eq!(show_up.and_then(|s| s.done), Some(day("2026-11-24")));
        assert!(visible.is_none() && answer.is_none());
    }
}
