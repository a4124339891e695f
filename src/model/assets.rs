//! Indicators for the transformational-assets inventory: figures taken from the workbook and
//! shown beside the self-rating, so a rating can be checked against what the records say. Each
//! is a count with a rule written next to it (and its label says no more than the rule counts);
//! a stock-take freezes them with the ratings. The rules are ours, after Gratton & Scott's
//! assets and Krumboltz's happenstance skills; a practice invitation counts nowhere
//! (`Invitation::counts`), a planned introduction only once it is made.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::choices::*;
use super::derived::{TieBand, TieStrength, bridges, days_between};
use super::records::*;
use super::workbook::Workbook;

/// "Recent" for the openness and output indicators, and the "quarter" of the happenstance
/// skills: the last 90 days up to today (a rolling window, so a figure does not drop to zero on
/// the first day of a calendar quarter).
pub const RECENT_DAYS: i64 = 90;
/// A value looked at again within this many days counts as revisited.
pub const REVISIT_DAYS: i64 = 180;

/// The indicators shown for an asset (vitality assets have none: only I can say).
pub fn indicators_of(kind: AssetKind) -> &'static [Indicator] {
    use Indicator::*;
    match kind {
        AssetKind::SelfKnowledge => &[ValuesDefined, ValuesRevisited, Reflections, Stocktakes],
        AssetKind::DiverseNetworks => &[CommunitiesReached, FieldsReached, WeakTies, Bridges],
        AssetKind::Openness => &[AcceptedRecently, AcceptedNewAreas, JoinedRecently, HappenstanceUsed, SurprisesNoted],
        AssetKind::SkillsKnowledge => &[Tags, OutputsRecently],
        AssetKind::Peers => &[PeerTies, CommunitiesReached],
        AssetKind::Reputation => &[OutputsRecently, IntroductionsGiven],
        AssetKind::Health | AssetKind::Balance | AssetKind::RegenerativeFriendships => &[],
    }
}

fn within(d: Option<NaiveDate>, today: NaiveDate, days: i64) -> bool {
    d.is_some_and(|d| d <= today && days_between(d, today) <= days)
}

/// One indicator's value on `today`.
pub fn measure(wb: &Workbook, i: Indicator, today: NaiveDate) -> u32 {
    let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    let band = |p: &Person| TieStrength::of(&p.tie).band;
    match i {
        Indicator::ValuesDefined => n(wb.values.len()),
        // Looked at again on a later day than it was written: describing a value the day it is
        // chosen (as the walkthrough asks) is not revisiting it.
        Indicator::ValuesRevisited => n(wb
            .values
            .iter()
            .filter(|v| within(v.revisited, today, REVISIT_DAYS))
            .filter(|v| v.revisited.zip(v.created).is_none_or(|(seen, made)| seen > made))
            .count()),
        // Reflections written on their own, and those written after an invitation (with words).
        Indicator::Reflections => n(wb.reflections.len()
            + wb.invitations
                .iter()
                .filter(|i| i.counts() && i.reflected.is_some())
                .filter(|i| !i.outcome.is_blank() || !i.unexpected.is_blank())
                .count()),
        // Before today: a stock-take taken today is the one being looked at, not one behind it.
        Indicator::Stocktakes => n(wb.stocktakes.iter().filter(|s| s.date.is_none_or(|d| d < today)).count()),
        Indicator::CommunitiesReached => {
            let reached: BTreeSet<_> =
                wb.people.iter().flat_map(|p| p.communities.iter().copied().chain(p.met_in)).collect();
            n(reached.iter().filter(|c| wb.communities.contains(**c)).count())
        }
        Indicator::FieldsReached => n(super::fields::distinct_fields(wb).len()),
        Indicator::WeakTies => n(wb.people.iter().filter(|p| band(p) == TieBand::Weak).count()),
        Indicator::StrongTies => n(wb.people.iter().filter(|p| band(p) == TieBand::Strong).count()),
        Indicator::Bridges => n(bridges(wb).len()),
        Indicator::AcceptedRecently => n(accepted_recently(wb, today).count()),
        Indicator::AcceptedNewAreas => {
            let earlier: BTreeSet<InvitationKind> = wb
                .invitations
                .iter()
                .filter(|i| i.counts() && i.decision == Decision::Accepted)
                .filter(|i| decided_on(i).is_some_and(|d| days_between(d, today) > RECENT_DAYS))
                .map(|i| i.kind)
                .collect();
            let mut seen = BTreeSet::new();
            // "Other" is no kind at all: it is never new.
            let new = |i: &&Invitation| i.kind != InvitationKind::Other && !earlier.contains(&i.kind);
            n(accepted_recently(wb, today).filter(new).filter(|i| seen.insert(i.kind)).count())
        }
        Indicator::JoinedRecently => n(wb
            .communities
            .iter()
            .filter(|c| c.status.is_current())
            .filter(|c| within(c.created, today, RECENT_DAYS))
            .count()),
        Indicator::Tags => n(wb.tags.len()),
        Indicator::OutputsRecently => n(wb.outputs.iter().filter(|o| within(o.date, today, RECENT_DAYS)).count()),
        Indicator::IntroductionsGiven => n(super::derived::introduction_balance(wb).given),
        Indicator::PeerTies => {
            n(wb.people.iter().filter(|p| band(p) == TieBand::Strong && met_at_work_or_learning(wb, p)).count())
        }
        Indicator::HappenstanceUsed => n(happenstance(wb, today).iter().map(|s| s.1).sum()),
        Indicator::SurprisesNoted => n(wb
            .invitations
            .iter()
            .filter(|i| i.counts() && within(i.reflected, today, RECENT_DAYS))
            .filter(|i| !i.unexpected.is_blank() || i.turned_out == Some(TurnedOut::Surprising))
            .count()),
    }
}

/// Whether the person is linked (met there, or shared) to a community of work or learning.
fn met_at_work_or_learning(wb: &Workbook, p: &Person) -> bool {
    p.met_in.iter().chain(&p.communities).filter_map(|c| wb.communities.get(*c)).any(|c| c.kind.is_work_or_learning())
}

/// Krumboltz's five happenstance skills, each with how many times it was named on an invitation
/// reflected on (or, without a reflection, decided or received) in the last 90 days, in the skills' order; practice
/// invitations are left out. The look back on the value filter and the summary show it.
pub fn happenstance(wb: &Workbook, today: NaiveDate) -> Vec<(HappenstanceSkill, usize)> {
    use strum::IntoEnumIterator;
    let recent: Vec<&Invitation> = wb
        .invitations
        .iter()
        .filter(|i| i.counts() && within(i.reflected.or(decided_on(i)), today, RECENT_DAYS))
        .collect();
    HappenstanceSkill::iter()
        .map(|skill| (skill, recent.iter().filter(|i| i.skills.contains(&skill)).count()))
        .collect()
}

/// When an invitation was decided (or, without that date, received).
fn decided_on(i: &Invitation) -> Option<NaiveDate> {
    i.decided.or(i.received)
}

fn accepted_recently(wb: &Workbook, today: NaiveDate) -> impl Iterator<Item = &Invitation> {
    wb.invitations
        .iter()
        .filter(|i| i.counts() && i.decision == Decision::Accepted)
        .filter(move |i| within(decided_on(i), today, RECENT_DAYS))
}

/// Every asset's indicators on `today`, as a stock-take keeps them.
pub fn all_figures(wb: &Workbook, today: NaiveDate) -> Vec<StocktakeFigure> {
    use strum::IntoEnumIterator;
    AssetKind::iter()
        .flat_map(|kind| {
            indicators_of(kind).iter().map(move |&indicator| StocktakeFigure {
                kind,
                indicator,
                value: measure(wb, indicator, today),
            })
        })
        .collect()
}

/// The indicators a new stock-take dated `on` freezes: as of its date. Its count of stock-takes
/// is of those before it, never itself (one a day, so "before its day" is "before it"); right
/// after taking stock, "now" and "then" agree.
pub fn figures_for_new_stocktake(wb: &Workbook, on: NaiveDate) -> Vec<StocktakeFigure> {
    all_figures(wb, on)
}

/// The newest stock-take dated on or before `today`.
pub fn latest_stocktake(wb: &Workbook) -> Option<&Stocktake> {
    wb.stocktakes.iter().filter(|s| s.date.is_some()).max_by_key(|s| (s.date, s.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::*;
    use crate::model::text::Text;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn an_empty_workbook_measures_zero_everywhere() {
        let wb = Workbook::default();
        for f in all_figures(&wb, day("2026-11-24")) {
            assert_eq!(f.value, 0, "{:?}", f.indicator);
        }
    }

    #[test]
    fn networks_count_communities_reached_fields_and_ties() {
        let mut wb = Workbook::default();
        for id in [1, 2] {
            wb.communities.put(Community { id: CommunityId(id), ..Default::default() });
        }
        let p = |id, field: &str, c: Vec<u64>, tie: u8| Person {
            id: PersonId(id),
            field: Text::from(field),
            communities: c.into_iter().map(CommunityId).collect(),
            tie: TieDimensions { time: tie, emotion: tie, intimacy: tie, reciprocity: tie },
            ..Default::default()
        };
        wb.people.put(p(10, "教育", vec![1], 1));
        wb.people.put(p(11, "教育 ", vec![1, 99], 4));
        wb.people.put(p(12, "IT", vec![], 0));
        let today = day("2026-11-24");
        assert_eq!(measure(&wb, Indicator::CommunitiesReached, today), 1, "a missing community does not count");
        assert_eq!(measure(&wb, Indicator::FieldsReached, today), 2, "fields compare trimmed");
        assert_eq!(measure(&wb, Indicator::WeakTies, today), 1, "a tie with nothing rated is not a weak one");
        assert_eq!(measure(&wb, Indicator::StrongTies, today), 1);
    }

    #[test]
    fn openness_counts_recent_acceptances_and_new_kinds_only_once() {
        let mut wb = Workbook::default();
        let inv = |id, kind, decided: &str, decision| Invitation {
            id: InvitationId(id),
            kind,
            decided: Some(day(decided)),
            decision,
            ..Default::default()
        };
        wb.invitations.put(inv(1, InvitationKind::Talk, "2026-01-10", Decision::Accepted)); // long ago
        wb.invitations.put(inv(2, InvitationKind::Talk, "2026-11-01", Decision::Accepted)); // not new
        wb.invitations.put(inv(3, InvitationKind::Project, "2026-10-01", Decision::Accepted)); // new
        wb.invitations.put(inv(4, InvitationKind::Project, "2026-11-20", Decision::Accepted)); // same kind
        wb.invitations.put(inv(5, InvitationKind::Job, "2026-11-20", Decision::Declined));
        // Ties with no dates at all are simply not recent.
        wb.invitations.put(Invitation { id: InvitationId(6), decision: Decision::Accepted, ..Default::default() });
        let today = day("2026-11-24");
        assert_eq!(measure(&wb, Indicator::AcceptedRecently, today), 3);
        assert_eq!(measure(&wb, Indicator::AcceptedNewAreas, today), 1);
    }

    #[test]
    fn self_knowledge_counts_values_revisits_and_stocktakes_up_to_today() {
        let mut wb = Workbook::default();
        wb.values.put(FinalValue { id: ValueId(1), revisited: Some(day("2026-10-01")), ..Default::default() });
        wb.values.put(FinalValue { id: ValueId(2), revisited: Some(day("2025-01-01")), ..Default::default() });
        // Written and described the same day: not looked at again yet.
        let today_only = Some(day("2026-11-24"));
        wb.values.put(FinalValue { id: ValueId(5), created: today_only, revisited: today_only, ..Default::default() });
        wb.stocktakes.put(Stocktake { id: StocktakeId(3), date: Some(day("2026-06-01")), ..Default::default() });
        wb.stocktakes.put(Stocktake { id: StocktakeId(4), date: Some(day("2027-01-01")), ..Default::default() });
        let today = day("2026-11-24");
        assert_eq!(measure(&wb, Indicator::ValuesDefined, today), 3);
        assert_eq!(measure(&wb, Indicator::ValuesRevisited, today), 1);
        assert_eq!(measure(&wb, Indicator::Stocktakes, today), 1, "a stock-take dated ahead does not count yet");
        assert_eq!(latest_stocktake(&wb).map(|s| s.id), Some(StocktakeId(4)));
    }

    #[test]
    fn a_stocktake_never_counts_itself() {
        let mut wb = Workbook::default();
        wb.stocktakes.put(Stocktake { id: StocktakeId(1), date: Some(day("2026-08-01")), ..Default::default() });
        let today = day("2026-11-24");
        let frozen = figures_for_new_stocktake(&wb, today);
        let taken = frozen.iter().find(|f| f.indicator == Indicator::Stocktakes).map(|f| f.value);
        assert_eq!(taken, Some(1), "the one before it, not itself");
        wb.stocktakes.put(Stocktake { id: StocktakeId(2), date: Some(today), figures: frozen, ..Default::default() });
        assert_eq!(measure(&wb, Indicator::Stocktakes, today), 1, "today's is not one behind me yet");
        assert_eq!(measure(&wb, Indicator::Stocktakes, day("2026-11-25")), 2);
    }

    #[test]
    fn practice_invitations_count_nowhere() {
        let mut wb = Workbook::default();
        let today = day("2026-11-24");
        wb.invitations.put(Invitation {
            id: InvitationId(1),
            kind: InvitationKind::Talk,
            decision: Decision::Accepted,
            decided: Some(today),
            skills: vec![HappenstanceSkill::Curiosity],
            practice: true,
            ..Default::default()
        });
        for i in [Indicator::AcceptedRecently, Indicator::AcceptedNewAreas, Indicator::HappenstanceUsed] {
            assert_eq!(measure(&wb, i, today), 0, "{i:?}");
        }
        let real = Invitation { practice: false, ..wb.invitations.get(InvitationId(1)).cloned().expect("there") };
        wb.invitations.put(real);
        for i in [Indicator::AcceptedRecently, Indicator::AcceptedNewAreas, Indicator::HappenstanceUsed] {
            assert_eq!(measure(&wb, i, today), 1, "{i:?} once it is real");
        }
    }

    #[test]
    fn happenstance_counts_each_skill_named_in_the_last_90_days() {
        use HappenstanceSkill::*;
        let mut wb = Workbook::default();
        let today = day("2026-11-24");
        let inv = |id, decided: &str, skills: Vec<HappenstanceSkill>| Invitation {
            id: InvitationId(id),
            decision: Decision::Accepted,
            decided: Some(day(decided)),
            skills,
            ..Default::default()
        };
        wb.invitations.put(inv(1, "2026-11-01", vec![Curiosity, RiskTaking]));
        wb.invitations.put(inv(2, "2026-09-10", vec![Curiosity]));
        wb.invitations.put(inv(3, "2026-08-01", vec![Curiosity, Persistence])); // 115 days ago
        // Undecided: the day it came is the day that counts.
        wb.invitations.put(Invitation {
            id: InvitationId(4),
            received: Some(day("2026-11-20")),
            skills: vec![Curiosity],
            ..Default::default()
        });
        let counts = happenstance(&wb, today);
        assert_eq!(counts, vec![(Curiosity, 3), (Persistence, 0), (Flexibility, 0), (Optimism, 0), (RiskTaking, 1)]);
        assert_eq!(measure(&wb, Indicator::HappenstanceUsed, today), 4);
    }

    #[test]
    fn peers_are_strong_ties_met_at_work_or_in_learning() {
        let mut wb = Workbook::default();
        let kinds = [(1, CommunityKind::Professional), (2, CommunityKind::Hobby), (3, CommunityKind::ReadingCircle)];
        for (id, kind) in kinds {
            wb.communities.put(Community { id: CommunityId(id), kind, ..Default::default() });
        }
        let strong = TieDimensions { time: 4, emotion: 4, intimacy: 4, reciprocity: 4 };
        let p = |id, met_in: Option<u64>, shared: Vec<u64>, tie| Person {
            id: PersonId(id),
            met_in: met_in.map(CommunityId),
            communities: shared.into_iter().map(CommunityId).collect(),
            tie,
            ..Default::default()
        };
        wb.people.put(p(10, Some(1), vec![], strong)); // a colleague from a professional group
        wb.people.put(p(11, None, vec![2, 3], strong)); // shares a reading circle
        wb.people.put(p(12, None, vec![], strong)); // family: strong, but no work or learning place
        wb.people.put(p(13, Some(2), vec![], strong)); // a hobby friend
        wb.people.put(p(14, Some(1), vec![], TieDimensions::default())); // an unrated tie at work
        let today = day("2026-11-24");
        assert_eq!(measure(&wb, Indicator::PeerTies, today), 2);
        assert_eq!(measure(&wb, Indicator::StrongTies, today), 4);
        assert!(indicators_of(AssetKind::Peers).contains(&Indicator::PeerTies));
        assert!(!indicators_of(AssetKind::Peers).contains(&Indicator::StrongTies));
    }

    #[test]
    fn planned_introductions_are_not_introductions_made() {
        let mut wb = Workbook::default();
        wb.introductions.put(Introduction { id: IntroductionId(1), ..Default::default() });
        wb.introductions.put(Introduction {
            id: IntroductionId(2),
            status: IntroStatus::Planned,
            ..Default::default()
        });
        assert_eq!(measure(&wb, Indicator::IntroductionsGiven, day("2026-11-24")), 1);
    }
}
