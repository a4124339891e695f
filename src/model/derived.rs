//! Figures derived from the workbook: network health, community diversity, step progress,
//! outputs per week and the introductions' balance (tie strength and bridges are in `ties`, the
//! next small actions in `actions`, this week in `week`). Pure functions of `&Workbook` and today's date; the
//! screens and the summary only show what these return, so every number can be traced here.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::choices::*;
use super::ids::*;
use super::records::*;
use super::settings::*;
use super::workbook::Workbook;

// Tie strength, bridges and the mutual-connection buckets live in `ties`; they are named from
// here too, where the other figures are.
pub use super::ties::{
    EMOTION_WEIGHT, INTIMACY_WEIGHT, MutualBucket, RECIPROCITY_WEIGHT, STRONG_FROM, TIME_WEIGHT, TieBand, TieStrength,
    bridges, is_mine, mutual_buckets,
};

/// Days between two dates (positive when `later` is after `earlier`).
pub fn days_between(earlier: NaiveDate, later: NaiveDate) -> i64 {
    (later - earlier).num_days()
}

/// A person is dormant when the latest contact is older than the setting. No date at all is not
/// dormant: we do not know.
pub fn is_dormant(p: &Person, settings: &Settings, today: NaiveDate) -> bool {
    p.latest_contact().is_some_and(|d| days_between(d, today) > i64::from(settings.dormant_after_days))
}

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct NetworkHealth {
    pub people: usize,
    pub weak: usize,
    pub strong: usize,
    /// People with no tie dimension rated: neither weak nor strong.
    pub unrated: usize,
    pub fields: usize,
    pub bridges: usize,
}

/// The shape of my network. Ties I have not heard from in a while are not counted here as a
/// fault: they are on the reconnect list (`reconnect`), a resource.
pub fn network_health(wb: &Workbook) -> NetworkHealth {
    let mut h = NetworkHealth { people: wb.people.len(), ..Default::default() };
    for p in &wb.people {
        match TieStrength::of(&p.tie).band {
            TieBand::Unrated => h.unrated += 1,
            TieBand::Weak => h.weak += 1,
            TieBand::Strong => h.strong += 1,
        }
    }
    h.fields = super::fields::distinct_fields(wb).len();
    h.bridges = bridges(wb).len();
    h
}

/// How varied my communities are (those I have not left).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diversity {
    pub communities: usize,
    pub kinds: usize,
    pub outside_usual_circle: usize,
    pub warning: Option<DiversityWarning>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiversityWarning {
    /// Nothing yet.
    NoCommunities,
    /// Every community is of the same kind.
    OneKind(CommunityKind),
    /// None is outside the circles I usually move in.
    AllInUsualCircle,
}

pub fn diversity(wb: &Workbook) -> Diversity {
    let current: Vec<&Community> = wb.communities.iter().filter(|c| c.status != CommunityStatus::Left).collect();
    let kinds: BTreeSet<CommunityKind> = current.iter().map(|c| c.kind).collect();
    let outside = current.iter().filter(|c| c.outside_usual_circle).count();
    let warning = match (current.first(), kinds.len()) {
        (None, _) => Some(DiversityWarning::NoCommunities),
        (Some(c), 1) if current.len() > 1 => Some(DiversityWarning::OneKind(c.kind)),
        _ if outside == 0 => Some(DiversityWarning::AllInUsualCircle),
        _ => None,
    };
    Diversity { communities: current.len(), kinds: kinds.len(), outside_usual_circle: outside, warning }
}

/// Progress on one step: how much of a small, concrete goal is met.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub goal: usize,
}

impl Progress {
    fn new(done: usize, goal: usize) -> Self {
        Self { done: done.min(goal), goal }
    }
    pub fn ratio(&self) -> f64 {
        if self.goal == 0 { 1.0 } else { self.done as f64 / self.goal as f64 }
    }
}

/// The three steps' goals: (1) take part in three communities; (2) have a tag and three
/// outputs in the last 30 days; (3) decide three invitations (real ones: a practice invitation
/// does not count, see `Invitation::counts`).
pub fn step_progress(wb: &Workbook, today: NaiveDate) -> [Progress; 3] {
    let taking_part = wb.communities.iter().filter(|c| c.status.is_current()).count();
    let recent_outputs =
        wb.outputs.iter().filter(|o| o.date.is_some_and(|d| (0..=30).contains(&days_between(d, today)))).count();
    let decided = wb.invitations.iter().filter(|i| i.counts() && i.decision != Decision::Pending).count();
    [
        Progress::new(taking_part, 3),
        Progress::new(usize::from(!wb.tags.is_empty()) + recent_outputs, 4),
        Progress::new(decided, 3),
    ]
}

/// The newest output date per tag.
pub fn last_output_per_tag(wb: &Workbook) -> BTreeMap<TagId, NaiveDate> {
    let mut out: BTreeMap<TagId, NaiveDate> = BTreeMap::new();
    for o in &wb.outputs {
        let Some(d) = o.date else { continue };
        for &t in &o.tags {
            let e = out.entry(t).or_insert(d);
            *e = (*e).max(d);
        }
    }
    out
}

/// Outputs per week over the last `weeks` weeks, oldest first (the current week last; weeks
/// end today).
pub fn outputs_per_week(wb: &Workbook, today: NaiveDate, weeks: usize) -> Vec<usize> {
    let mut counts = vec![0; weeks];
    for d in wb.outputs.iter().filter_map(|o| o.date) {
        let ago = days_between(d, today);
        if ago >= 0 {
            let week = (ago / 7) as usize;
            if week < weeks {
                counts[weeks - 1 - week] += 1;
            }
        }
    }
    counts
}

/// The connector's give and receive: introductions made by me and for me, and apart from them
/// the ones only planned (an intention is not a deed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IntroductionBalance {
    pub given: usize,
    pub received: usize,
    pub planned: usize,
}

pub fn introduction_balance(wb: &Workbook) -> IntroductionBalance {
    let mut b = IntroductionBalance::default();
    for i in &wb.introductions {
        match (i.counts(), i.direction) {
            (false, _) => b.planned += 1,
            (true, IntroDirection::Given) => b.given += 1,
            (true, IntroDirection::Received) => b.received += 1,
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::text::Text;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn person(id: u64, tie: [u8; 4], last: Option<&str>) -> Person {
        Person {
            id: PersonId(id),
            tie: TieDimensions { time: tie[0], emotion: tie[1], intimacy: tie[2], reciprocity: tie[3] },
            last_contact: last.map(day),
            ..Default::default()
        }
    }

    #[test]
    fn dormant_needs_a_date_older_than_the_setting() {
        let s = Settings::default();
        let today = day("2026-11-24");
        assert!(!is_dormant(&person(1, [0; 4], None), &s, today));
        assert!(!is_dormant(&person(1, [0; 4], Some("2026-06-01")), &s, today));
        assert!(is_dormant(&person(1, [0; 4], Some("2026-01-01")), &s, today));
    }

    #[test]
    fn health_counts_unrated_ties_apart_and_fields_by_their_key() {
        let mut wb = Workbook::default();
        let c1 = Community { id: CommunityId(1), ..Default::default() };
        let c2 = Community { id: CommunityId(2), ..Default::default() };
        wb.communities = [c1, c2].into_iter().collect();
        let mut a = person(3, [0; 4], None);
        a.communities = vec![CommunityId(1)];
        a.field = Text::from("IT");
        let mut b = person(4, [0; 4], None);
        b.communities = vec![CommunityId(1), CommunityId(2)];
        b.field = Text::from("it ");
        wb.people = [a, b].into_iter().collect();
        assert_eq!(bridges(&wb), BTreeSet::from([PersonId(4)]));
        let h = network_health(&wb);
        // Nothing rated: unrated, not weak. "IT" and "it " are one field.
        assert_eq!((h.people, h.unrated, h.weak, h.strong, h.fields, h.bridges), (2, 2, 0, 0, 1, 1));
    }

    #[test]
    fn diversity_warns_when_everything_sits_in_one_circle() {
        let mut wb = Workbook::default();
        assert_eq!(diversity(&wb).warning, Some(DiversityWarning::NoCommunities));
        let pro = |id| Community { id: CommunityId(id), kind: CommunityKind::Professional, ..Default::default() };
        wb.communities = [pro(1), pro(2)].into_iter().collect();
        assert_eq!(diversity(&wb).warning, Some(DiversityWarning::OneKind(CommunityKind::Professional)));
        let hobby = Community { id: CommunityId(3), kind: CommunityKind::Hobby, ..Default::default() };
        wb.communities.put(hobby);
        assert_eq!(diversity(&wb).warning, Some(DiversityWarning::AllInUsualCircle));
        let third = Community {
            id: CommunityId(4),
            kind: CommunityKind::ThirdPlace,
            outside_usual_circle: true,
            ..Default::default()
        };
        wb.communities.put(third);
        let d = diversity(&wb);
        assert_eq!((d.communities, d.kinds, d.outside_usual_circle, d.warning), (4, 3, 1, None));
    }

    #[test]
    fn outputs_count_per_week_ending_today_and_introductions_balance() {
        let today = day("2026-11-24");
        let mut wb = Workbook::default();
        for (id, d) in [(1, "2026-11-24"), (2, "2026-11-18"), (3, "2026-11-17"), (4, "2026-10-01"), (5, "2026-12-01")] {
            wb.outputs.put(Output { id: OutputId(id), date: Some(day(d)), ..Default::default() });
        }
        // 11-24 and 11-18 fall in the last 7 days; 11-17 in the week before; 10-01 is older than 4 weeks.
        assert_eq!(outputs_per_week(&wb, today, 4), vec![0, 0, 1, 2]);
        wb.introductions.put(Introduction {
            id: IntroductionId(6),
            direction: IntroDirection::Given,
            ..Default::default()
        });
        wb.introductions.put(Introduction {
            id: IntroductionId(7),
            direction: IntroDirection::Received,
            ..Default::default()
        });
        wb.introductions.put(Introduction {
            id: IntroductionId(8),
            direction: IntroDirection::Given,
            ..Default::default()
        });
        // Two people who should meet are not an introduction made.
        wb.introductions.put(Introduction {
            id: IntroductionId(9),
            direction: IntroDirection::Given,
            status: IntroStatus::Planned,
            ..Default::default()
        });
        assert_eq!(introduction_balance(&wb), IntroductionBalance { given: 2, received: 1, planned: 1 });
    }

    #[test]
    fn step_progress_counts_toward_small_goals() {
        let today = day("2026-11-24");
        let mut wb = Workbook::default();
        wb.communities.put(Community { id: CommunityId(1), status: CommunityStatus::Active, ..Default::default() });
        wb.tags.put(Tag { id: TagId(2), ..Default::default() });
        wb.outputs.put(Output { id: OutputId(3), date: Some(day("2026-11-20")), ..Default::default() });
        wb.outputs.put(Output { id: OutputId(4), date: Some(day("2026-01-20")), ..Default::default() });
        // A practice invitation decided is no decision on a real one.
        wb.invitations.put(Invitation {
            id: InvitationId(5),
            decision: Decision::Accepted,
            practice: true,
            ..Default::default()
        });
        wb.invitations.put(Invitation { id: InvitationId(6), decision: Decision::Declined, ..Default::default() });
        let [s1, s2, s3] = step_progress(&wb, today);
        assert_eq!((s1.done, s2.done, s3.done), (1, 2, 1));
    }
}
