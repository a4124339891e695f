//! Indicators for the transformational-assets inventory: figures taken from the workbook and
//! shown beside the self-rating, so a rating can be checked against what the records say. Each
//! is a count with a rule written next to it; a stock-take freezes them with the ratings.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::choices::*;
use super::derived::{TieBand, TieStrength, bridges, days_between};
use super::records::*;
use super::workbook::Workbook;

/// "Recent" for the openness and output indicators.
pub const RECENT_DAYS: i64 = 90;
/// A value looked at again within this many days counts as revisited.
pub const REVISIT_DAYS: i64 = 180;

/// The indicators shown for an asset (vitality assets have none: only I can say).
pub fn indicators_of(kind: AssetKind) -> &'static [Indicator] {
    use Indicator::*;
    match kind {
        AssetKind::SelfKnowledge => &[ValuesDefined, ValuesRevisited, Reflections, Stocktakes],
        AssetKind::DiverseNetworks => &[CommunitiesReached, FieldsReached, WeakTies, Bridges],
        AssetKind::Openness => &[AcceptedRecently, AcceptedNewAreas, JoinedRecently],
        AssetKind::SkillsKnowledge => &[Tags, OutputsRecently],
        AssetKind::Peers => &[StrongTies, CommunitiesReached],
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
        Indicator::ValuesRevisited => n(wb.values.iter().filter(|v| within(v.revisited, today, REVISIT_DAYS)).count()),
        Indicator::Reflections => n(wb.reflections.len()),
        Indicator::Stocktakes => n(wb.stocktakes.iter().filter(|s| s.date.is_none_or(|d| d <= today)).count()),
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
                .filter(|i| i.decision == Decision::Accepted)
                .filter(|i| decided_on(i).is_some_and(|d| days_between(d, today) > RECENT_DAYS))
                .map(|i| i.kind)
                .collect();
            let mut seen = BTreeSet::new();
            n(accepted_recently(wb, today).filter(|i| !earlier.contains(&i.kind) && seen.insert(i.kind)).count())
        }
        Indicator::JoinedRecently => n(wb
            .communities
            .iter()
            .filter(|c| matches!(c.status, CommunityStatus::Trying | CommunityStatus::Active))
            .filter(|c| within(c.created, today, RECENT_DAYS))
            .count()),
        Indicator::Tags => n(wb.tags.len()),
        Indicator::OutputsRecently => n(wb.outputs.iter().filter(|o| within(o.date, today, RECENT_DAYS)).count()),
        Indicator::IntroductionsGiven => {
            n(wb.introductions.iter().filter(|i| i.direction == IntroDirection::Given).count())
        }
    }
}

/// When an invitation was decided (or, without that date, received).
fn decided_on(i: &Invitation) -> Option<NaiveDate> {
    i.decided.or(i.received)
}

fn accepted_recently(wb: &Workbook, today: NaiveDate) -> impl Iterator<Item = &Invitation> {
    wb.invitations
        .iter()
        .filter(|i| i.decision == Decision::Accepted)
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

/// The indicators a new stock-take dated `on` freezes: as of its date, and counting itself
/// among the stock-takes (so right after taking stock, "now" and "then" agree).
pub fn figures_for_new_stocktake(wb: &Workbook, on: NaiveDate) -> Vec<StocktakeFigure> {
    let mut figures = all_figures(wb, on);
    for f in figures.iter_mut().filter(|f| f.indicator == Indicator::Stocktakes) {
        f.value += 1;
    }
    figures
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
        wb.stocktakes.put(Stocktake { id: StocktakeId(3), date: Some(day("2026-06-01")), ..Default::default() });
        wb.stocktakes.put(Stocktake { id: StocktakeId(4), date: Some(day("2027-01-01")), ..Default::default() });
        let today = day("2026-11-24");
        assert_eq!(measure(&wb, Indicator::ValuesDefined, today), 2);
        assert_eq!(measure(&wb, Indicator::ValuesRevisited, today), 1);
        assert_eq!(measure(&wb, Indicator::Stocktakes, today), 1, "a stock-take dated ahead does not count yet");
        assert_eq!(latest_stocktake(&wb).map(|s| s.id), Some(StocktakeId(4)));
    }
}
