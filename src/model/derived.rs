//! Figures derived from the workbook: tie strength, network health, community diversity, step
//! progress and the next small actions. Pure functions of `&Workbook` and today's date; the
//! screens and the summary only show what these return, so every number can be traced here.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use strum::EnumIter;

use super::choices::*;
use super::ids::*;
use super::records::*;
use super::settings::*;
use super::workbook::Workbook;

/// A tie counts as strong from this share of the maximum on the four dimensions (an average of
/// 2.5 out of 4); everything below is a weak (loose) tie.
pub const STRONG_FROM: f32 = 0.625;
/// A weak tie with no contact for this many days is worth a nudge.
pub const WEAK_TIE_NUDGE_DAYS: i64 = 90;
/// A stock-take older than this many days is due again.
pub const STOCKTAKE_DUE_DAYS: i64 = 90;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TieBand {
    Weak,
    Strong,
}

/// Granovetter's tie strength: the mean of the four dimensions, as a share of the maximum.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TieStrength {
    pub score: f32,
    pub band: TieBand,
}

impl TieStrength {
    pub fn of(t: &TieDimensions) -> Self {
        let clamp = |x: u8| f32::from(x.min(TieDimensions::MAX));
        let sum = clamp(t.time) + clamp(t.emotion) + clamp(t.intimacy) + clamp(t.reciprocity);
        let score = sum / (4.0 * f32::from(TieDimensions::MAX));
        let band = if score >= STRONG_FROM { TieBand::Strong } else { TieBand::Weak };
        Self { score, band }
    }
    /// 0–100, for display.
    pub fn percent(&self) -> u8 {
        (self.score * 100.0).round() as u8
    }
}

/// Days between two dates (positive when `later` is after `earlier`).
pub fn days_between(earlier: NaiveDate, later: NaiveDate) -> i64 {
    (later - earlier).num_days()
}

/// A person is dormant when the latest contact is older than the setting. No date at all is not
/// dormant: we do not know.
pub fn is_dormant(p: &Person, settings: &Settings, today: NaiveDate) -> bool {
    p.latest_contact().is_some_and(|d| days_between(d, today) > i64::from(settings.dormant_after_days))
}

/// People who are the only tie into one of their communities or their field: losing touch with
/// them would cut me off from a whole circle.
pub fn bridges(wb: &Workbook) -> BTreeSet<PersonId> {
    let mut by_community: BTreeMap<CommunityId, Vec<PersonId>> = BTreeMap::new();
    let mut by_field: BTreeMap<String, Vec<PersonId>> = BTreeMap::new();
    for p in &wb.people {
        let mut cs: BTreeSet<CommunityId> = p.communities.iter().copied().collect();
        cs.extend(p.met_in);
        for c in cs {
            by_community.entry(c).or_default().push(p.id);
        }
        let field = p.field.trim().to_lowercase();
        if !field.is_empty() {
            by_field.entry(field).or_default().push(p.id);
        }
    }
    by_community.values().chain(by_field.values()).filter(|ids| ids.len() == 1).map(|ids| ids[0]).collect()
}

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct NetworkHealth {
    pub people: usize,
    pub weak: usize,
    pub strong: usize,
    pub dormant: usize,
    pub fields: usize,
    pub bridges: usize,
}

pub fn network_health(wb: &Workbook, today: NaiveDate) -> NetworkHealth {
    let mut h = NetworkHealth { people: wb.people.len(), ..Default::default() };
    let mut fields = BTreeSet::new();
    for p in &wb.people {
        match TieStrength::of(&p.tie).band {
            TieBand::Weak => h.weak += 1,
            TieBand::Strong => h.strong += 1,
        }
        if is_dormant(p, &wb.settings, today) {
            h.dormant += 1;
        }
        let f = p.field.trim().to_lowercase();
        if !f.is_empty() {
            fields.insert(f);
        }
    }
    h.fields = fields.len();
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
    let taking_part =
        wb.communities.iter().filter(|c| matches!(c.status, CommunityStatus::Trying | CommunityStatus::Active)).count();
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

/// Where a tie sits by the number of mutual connections (its structural strength). Rajkumar et
/// al. (Science, 2022) found, across millions of LinkedIn members, that job mobility rises and
/// then falls with it: the ties that helped most were moderately weak, neither strangers nor
/// people in the middle of one's circle. The bucket edges below are our reading of that curve,
/// for orientation, not a figure from the paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter)]
pub enum MutualBucket {
    /// No one in common.
    NoneInCommon,
    /// 1–4 in common.
    Few,
    /// 5–20 in common: the "moderately weak" zone.
    ModeratelyWeak,
    /// 21–50 in common.
    Many,
    /// More than 50: deep in a shared circle.
    Embedded,
}

impl MutualBucket {
    pub fn of(mutual: u32) -> Self {
        match mutual {
            0 => Self::NoneInCommon,
            1..=4 => Self::Few,
            5..=20 => Self::ModeratelyWeak,
            21..=50 => Self::Many,
            _ => Self::Embedded,
        }
    }
    /// The counts the bucket covers (upper end `None`: and more).
    pub fn range(self) -> (u32, Option<u32>) {
        match self {
            Self::NoneInCommon => (0, Some(0)),
            Self::Few => (1, Some(4)),
            Self::ModeratelyWeak => (5, Some(20)),
            Self::Many => (21, Some(50)),
            Self::Embedded => (51, None),
        }
    }
    pub fn is_zone(self) -> bool {
        self == Self::ModeratelyWeak
    }
}

/// People per mutual-connection bucket (in bucket order), and how many have no count yet.
pub fn mutual_buckets(wb: &Workbook) -> ([usize; 5], usize) {
    let mut counts = [0; 5];
    let mut unknown = 0;
    for p in wb.people.iter() {
        match p.mutual_connections {
            Some(m) => counts[MutualBucket::of(m) as usize] += 1,
            None => unknown += 1,
        }
    }
    (counts, unknown)
}

/// A small next step, produced by one of the rules below.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextAction {
    /// No final values yet: the filter has nothing to work with.
    DefineValues,
    /// Fewer than two communities I take part in.
    FewCommunities { taking_part: usize },
    /// A tag with no output for `days` days (`None`: never).
    QuietTag { tag: TagId, days: Option<i64> },
    /// Weak ties not heard from for 90 days or more; the most overdue first.
    WeakTiesQuiet { people: Vec<PersonId> },
    /// A tie whose own keep-in-touch cadence has passed by `overdue` days.
    Reconnect { person: PersonId, overdue: i64 },
    /// A pending invitation whose deadline has passed.
    PastDeadline { invitation: InvitationId, days: i64 },
    /// Invitations (or communities) that pass the value filter and still wait for an answer.
    FitsWaiting { passing: usize },
    /// No stock-take yet, or the last one is older than 90 days.
    StocktakeDue { days: Option<i64> },
}

impl NextAction {
    /// The record the action is about, to jump to it.
    pub fn target(&self) -> Option<RecordRef> {
        match self {
            NextAction::QuietTag { tag, .. } => Some(RecordRef::Tag(*tag)),
            NextAction::WeakTiesQuiet { people } => people.first().map(|&p| RecordRef::Person(p)),
            NextAction::Reconnect { person, .. } => Some(RecordRef::Person(*person)),
            NextAction::PastDeadline { invitation, .. } => Some(RecordRef::Invitation(*invitation)),
            _ => None,
        }
    }
}

/// All next actions, most pressing first (deadlines, then ties, then tags, then the rest).
pub fn next_actions(wb: &Workbook, today: NaiveDate) -> Vec<NextAction> {
    let mut out = Vec::new();

    let mut past: Vec<(i64, InvitationId)> = wb
        .invitations
        .iter()
        .filter(|i| i.decision == Decision::Pending)
        .filter_map(|i| i.deadline.map(|d| (days_between(d, today), i.id)))
        .filter(|(days, _)| *days > 0)
        .collect();
    past.sort_by_key(|a| std::cmp::Reverse(a.0));
    out.extend(past.into_iter().map(|(days, invitation)| NextAction::PastDeadline { invitation, days }));

    let mut reconnect: Vec<(i64, PersonId)> = wb
        .people
        .iter()
        .filter_map(|p| {
            let every = p.cadence?.days()?;
            let last = p.latest_contact()?;
            let overdue = days_between(last, today) - every;
            (overdue > 0).then_some((overdue, p.id))
        })
        .collect();
    reconnect.sort_by_key(|a| std::cmp::Reverse(a.0));
    let with_cadence: BTreeSet<PersonId> = reconnect.iter().map(|r| r.1).collect();
    out.extend(reconnect.into_iter().take(3).map(|(overdue, person)| NextAction::Reconnect { person, overdue }));

    let mut quiet: Vec<(i64, PersonId)> = wb
        .people
        .iter()
        .filter(|p| !with_cadence.contains(&p.id) && TieStrength::of(&p.tie).band == TieBand::Weak)
        .filter_map(|p| p.latest_contact().map(|d| (days_between(d, today), p.id)))
        .filter(|(days, _)| *days >= WEAK_TIE_NUDGE_DAYS)
        .collect();
    if !quiet.is_empty() {
        quiet.sort_by_key(|a| std::cmp::Reverse(a.0));
        out.push(NextAction::WeakTiesQuiet { people: quiet.into_iter().map(|q| q.1).collect() });
    }

    let last = last_output_per_tag(wb);
    let quiet_days = i64::from(wb.settings.quiet_tag_days);
    for t in &wb.tags {
        match last.get(&t.id) {
            None => out.push(NextAction::QuietTag { tag: t.id, days: None }),
            Some(&d) if days_between(d, today) > quiet_days => {
                out.push(NextAction::QuietTag { tag: t.id, days: Some(days_between(d, today)) })
            }
            Some(_) => {}
        }
    }

    if wb.values.is_empty() {
        out.push(NextAction::DefineValues);
    } else {
        let passing = super::filter::candidates(wb).iter().filter(|c| c.1.passes()).count();
        if passing > 0 {
            out.push(NextAction::FitsWaiting { passing });
        }
    }
    let taking_part = step_progress(wb, today)[0].done;
    if taking_part < 2 {
        out.push(NextAction::FewCommunities { taking_part });
    }
    let newest = wb.stocktakes.iter().filter_map(|s| s.date).max();
    match newest {
        None => out.push(NextAction::StocktakeDue { days: None }),
        Some(d) if days_between(d, today) > STOCKTAKE_DUE_DAYS => {
            out.push(NextAction::StocktakeDue { days: Some(days_between(d, today)) })
        }
        Some(_) => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutual_connections_fall_into_buckets_with_the_moderately_weak_zone_in_the_middle() {
        let edges = [(0, MutualBucket::NoneInCommon), (1, MutualBucket::Few), (4, MutualBucket::Few)];
        let more = [(5, MutualBucket::ModeratelyWeak), (20, MutualBucket::ModeratelyWeak), (21, MutualBucket::Many)];
        for (n, b) in edges.into_iter().chain(more).chain([(50, MutualBucket::Many), (51, MutualBucket::Embedded)]) {
            assert_eq!(MutualBucket::of(n), b, "{n}");
            let (lo, hi) = b.range();
            assert!(n >= lo && hi.is_none_or(|h| n <= h), "{n} inside its bucket's range");
        }
        assert!(MutualBucket::of(12).is_zone() && !MutualBucket::of(30).is_zone());
        let mut wb = Workbook::default();
        for (id, m) in [(1, Some(0)), (2, Some(7)), (3, Some(9)), (4, None), (5, Some(u32::MAX))] {
            wb.people.put(Person { id: PersonId(id), mutual_connections: m, ..Default::default() });
        }
        assert_eq!(mutual_buckets(&wb), ([1, 0, 2, 0, 1], 1));
        assert_eq!(mutual_buckets(&Workbook::default()), ([0; 5], 0), "no people: nothing anywhere");
    }
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
    fn tie_strength_is_the_mean_share_and_bands_at_the_threshold() {
        assert_eq!(TieStrength::of(&TieDimensions::default()).percent(), 0);
        let strong = TieStrength::of(&TieDimensions { time: 3, emotion: 2, intimacy: 3, reciprocity: 2 });
        assert_eq!(strong.percent(), 63);
        assert_eq!(strong.band, TieBand::Strong);
        let weak = TieStrength::of(&TieDimensions { time: 2, emotion: 2, intimacy: 3, reciprocity: 2 });
        assert_eq!(weak.band, TieBand::Weak);
        // Out-of-range values from a hand-edited file count as the maximum, not more.
        let clamped = TieStrength::of(&TieDimensions { time: 200, emotion: 4, intimacy: 4, reciprocity: 4 });
        assert_eq!(clamped.percent(), 100);
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
    fn the_only_tie_into_a_community_or_field_is_a_bridge() {
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
        let h = network_health(&wb, day("2026-11-24"));
        assert_eq!((h.people, h.weak, h.strong, h.fields, h.bridges), (2, 2, 0, 1, 1));
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
    fn next_actions_cover_each_rule_in_order() {
        let today = day("2026-11-24");
        let mut wb = Workbook::default();
        let empty = next_actions(&wb, today);
        assert_eq!(
            empty,
            vec![
                NextAction::DefineValues,
                NextAction::FewCommunities { taking_part: 0 },
                NextAction::StocktakeDue { days: None }
            ]
        );

        wb.invitations.put(Invitation { id: InvitationId(1), deadline: Some(day("2026-11-20")), ..Default::default() });
        wb.invitations.put(Invitation {
            id: InvitationId(2),
            deadline: Some(day("2026-11-01")),
            decision: Decision::Accepted,
            ..Default::default()
        });
        let mut due = person(3, [1; 4], Some("2026-10-01"));
        due.cadence = Some(Cadence::Weekly);
        wb.people.put(due);
        wb.people.put(person(4, [1; 4], Some("2026-07-01")));
        wb.people.put(person(5, [4; 4], Some("2025-01-01")));
        wb.tags.put(Tag { id: TagId(6), ..Default::default() });
        wb.stocktakes.put(Stocktake { id: StocktakeId(7), date: Some(day("2026-10-01")), ..Default::default() });
        let got = next_actions(&wb, today);
        assert_eq!(got[0], NextAction::PastDeadline { invitation: InvitationId(1), days: 4 });
        assert_eq!(got[1], NextAction::Reconnect { person: PersonId(3), overdue: 47 });
        assert_eq!(got[2], NextAction::WeakTiesQuiet { people: vec![PersonId(4)] });
        assert_eq!(got[3], NextAction::QuietTag { tag: TagId(6), days: None });
        assert!(!got.iter().any(|a| matches!(a, NextAction::StocktakeDue { .. })));
        assert!(!got.iter().any(|a| matches!(a, NextAction::FitsWaiting { .. })), "no values: no filter");

        // With a final value, an open invitation that passes the filter asks for an answer.
        wb.values.put(FinalValue { id: ValueId(8), rank: 1, ..Default::default() });
        assert!(!next_actions(&wb, today).contains(&NextAction::DefineValues));
        assert!(!next_actions(&wb, today).iter().any(|a| matches!(a, NextAction::FitsWaiting { .. })));
        wb.invitations.put(Invitation {
            id: InvitationId(9),
            scores: vec![ValueScore { value: ValueId(8), score: 1 }],
            ..Default::default()
        });
        assert!(next_actions(&wb, today).contains(&NextAction::FitsWaiting { passing: 1 }), "+1 x 3 reaches 3");
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
