//! The value filter: how well a pending invitation, or a community under consideration, fits my
//! final values. Pure functions; the Values tab shows their results and the help and README
//! quote the formula:
//!
//! ```text
//! score = Σ over final values ( fit × weight )  +  excitement  −  cost
//!   fit        −2 … +2 per value, as rated on the invitation
//!              (a community counts +2 for each value it is linked to)
//!   weight     3 for the value ranked first, 2 for the second, 1 for the rest
//!   excitement 0 … 5 (ワクワク; communities have none)
//!   cost       low 0, medium 1, high 3
//! passes when score ≥ threshold (3 unless changed with < and >)
//! ```
//!
//! Every part that counted is kept in the [`Verdict`], so the screen can say why in one line.

use super::choices::*;
use super::ids::*;
use super::records::*;
use super::workbook::Workbook;

pub use super::settings::{DEFAULT_THRESHOLD, THRESHOLD_RANGE};
/// What a link between a community and a value counts as.
pub const COMMUNITY_FIT: i8 = 2;

/// How much a value counts, by its rank (1 = first).
pub fn weight(rank_position: usize) -> i32 {
    match rank_position {
        0 | 1 => 3,
        2 => 2,
        _ => 1,
    }
}

pub fn cost_penalty(c: Cost) -> i32 {
    match c {
        Cost::Low => 0,
        Cost::Medium => 1,
        Cost::High => 3,
    }
}

/// One value's part in a score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub value: ValueId,
    pub fit: i8,
    pub weight: i32,
}

/// A score and everything that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// The values that counted (fit not zero), in rank order.
    pub parts: Vec<Part>,
    pub excitement: u8,
    pub cost: Cost,
    pub total: i32,
    pub threshold: i16,
    /// No final value has been rated for it yet: the score is only excitement and cost.
    pub unrated: bool,
}

impl Verdict {
    pub fn passes(&self) -> bool {
        self.total >= i32::from(self.threshold)
    }
    pub fn alignment(&self) -> i32 {
        self.parts.iter().map(|p| i32::from(p.fit) * p.weight).sum()
    }
}

/// What the filter looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Candidate {
    Invitation(InvitationId),
    Community(CommunityId),
}

impl Candidate {
    pub fn record(self) -> RecordRef {
        match self {
            Candidate::Invitation(i) => RecordRef::Invitation(i),
            Candidate::Community(c) => RecordRef::Community(c),
        }
    }
}

/// Rank positions (1-based) of the final values, in rank order.
fn positions(wb: &Workbook) -> Vec<(ValueId, usize)> {
    wb.ranked_values().iter().enumerate().map(|(i, v)| (v.id, i + 1)).collect()
}

fn verdict(wb: &Workbook, fit_of: impl Fn(ValueId) -> i8, excitement: u8, cost: Cost, threshold: i16) -> Verdict {
    let parts: Vec<Part> = positions(wb)
        .into_iter()
        .map(|(value, at)| Part { value, fit: fit_of(value).clamp(-2, 2), weight: weight(at) })
        .filter(|p| p.fit != 0)
        .collect();
    let excitement = excitement.min(5);
    let alignment: i32 = parts.iter().map(|p| i32::from(p.fit) * p.weight).sum();
    let total = alignment + i32::from(excitement) - cost_penalty(cost);
    Verdict { unrated: parts.is_empty(), parts, excitement, cost, total, threshold }
}

pub fn invitation(wb: &Workbook, inv: &Invitation, threshold: i16) -> Verdict {
    let fit = |v: ValueId| inv.scores.iter().find(|s| s.value == v).map_or(0, |s| s.score);
    verdict(wb, fit, inv.excitement, inv.cost, threshold)
}

pub fn community(wb: &Workbook, c: &Community, threshold: i16) -> Verdict {
    let fit = |v: ValueId| if c.values.contains(&v) { COMMUNITY_FIT } else { 0 };
    verdict(wb, fit, 0, Cost::Low, threshold)
}

/// The verdict on one candidate (`None` if it is gone).
pub fn judge(wb: &Workbook, candidate: Candidate) -> Option<Verdict> {
    let t = wb.settings.filter_threshold;
    match candidate {
        Candidate::Invitation(i) => wb.invitations.get(i).map(|i| invitation(wb, i, t)),
        Candidate::Community(c) => wb.communities.get(c).map(|c| community(wb, c, t)),
    }
}

/// Whether an invitation still waits for a decision.
pub fn is_open(inv: &Invitation) -> bool {
    matches!(inv.decision, Decision::Pending | Decision::Later)
}

/// Everything waiting to be decided — invitations pending or put off, communities being
/// considered — best score first (ties: the earlier deadline, then the record order).
pub fn candidates(wb: &Workbook) -> Vec<(Candidate, Verdict)> {
    let t = wb.settings.filter_threshold;
    let mut out: Vec<(Candidate, Verdict, Option<chrono::NaiveDate>)> = wb
        .invitations
        .iter()
        .filter(|i| is_open(i))
        .map(|i| (Candidate::Invitation(i.id), invitation(wb, i, t), i.deadline))
        .chain(
            wb.communities
                .iter()
                .filter(|c| c.status == CommunityStatus::Considering)
                .map(|c| (Candidate::Community(c.id), community(wb, c, t), None)),
        )
        .collect();
    out.sort_by(|a, b| {
        b.1.total.cmp(&a.1.total).then_with(|| match (a.2, b.2) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.0.cmp(&b.0),
        })
    });
    out.into_iter().map(|(c, v, _)| (c, v)).collect()
}

/// Looking back on one value: the accepted invitations that served it (rated +1 or +2), and how
/// many of them have an outcome written down.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Served {
    pub value: ValueId,
    pub accepted: usize,
    pub with_outcome: usize,
}

pub fn look_back(wb: &Workbook) -> Vec<Served> {
    wb.ranked_values()
        .iter()
        .map(|v| {
            let served: Vec<&Invitation> = wb
                .invitations
                .iter()
                .filter(|i| i.decision == Decision::Accepted)
                .filter(|i| i.scores.iter().any(|s| s.value == v.id && s.score > 0))
                .collect();
            let with_outcome = served.iter().filter(|i| !i.outcome.is_blank()).count();
            Served { value: v.id, accepted: served.len(), with_outcome }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn values(wb: &mut Workbook, names: &[&str]) -> Vec<ValueId> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let id = ValueId(wb.new_id());
                wb.values.put(FinalValue { id, rank: i as u16 + 1, name: Text::from(*n), ..Default::default() });
                id
            })
            .collect()
    }

    fn inv(wb: &mut Workbook, scores: &[(ValueId, i8)], excitement: u8, cost: Cost) -> Invitation {
        let i = Invitation {
            id: InvitationId(wb.new_id()),
            scores: scores.iter().map(|&(value, score)| ValueScore { value, score }).collect(),
            excitement,
            cost,
            ..Default::default()
        };
        wb.invitations.put(i.clone());
        i
    }

    #[test]
    fn the_score_is_weighted_fit_plus_excitement_minus_cost() {
        let mut wb = Workbook::default();
        let v = values(&mut wb, &["自由", "学び", "健康", "家族"]);
        // 自由 +2 × 3, 学び +1 × 2, 家族 −1 × 1; excitement 4; cost high −3.
        let i = inv(&mut wb, &[(v[0], 2), (v[1], 1), (v[3], -1)], 4, Cost::High);
        let verdict = invitation(&wb, &i, 3);
        assert_eq!(verdict.alignment(), 6 + 2 - 1);
        assert_eq!(verdict.total, 7 + 4 - 3);
        assert!(verdict.passes());
        assert_eq!(
            verdict.parts.iter().map(|p| (p.value, p.fit, p.weight)).collect::<Vec<_>>(),
            vec![(v[0], 2, 3), (v[1], 1, 2), (v[3], -1, 1)]
        );
        assert!(!invitation(&wb, &i, 9).passes(), "the threshold decides");
        assert!(invitation(&wb, &i, 8).passes(), "equal to the threshold passes");
    }

    #[test]
    fn no_values_yet_leaves_only_excitement_and_cost_and_says_so() {
        let mut wb = Workbook::default();
        let i = inv(&mut wb, &[], 5, Cost::Medium);
        let verdict = invitation(&wb, &i, 3);
        assert!(verdict.unrated);
        assert_eq!(verdict.total, 4);
        // A score for a value that was deleted does not count.
        let gone = ValueId(99);
        let i = inv(&mut wb, &[(gone, 2)], 0, Cost::Low);
        assert_eq!(invitation(&wb, &i, 3).total, 0);
    }

    #[test]
    fn out_of_range_numbers_from_a_hand_edit_are_held_to_their_scales() {
        let mut wb = Workbook::default();
        let v = values(&mut wb, &["自由"]);
        let i = inv(&mut wb, &[(v[0], 100)], 200, Cost::Low);
        assert_eq!(invitation(&wb, &i, 3).total, 2 * 3 + 5);
    }

    #[test]
    fn communities_count_their_linked_values_and_candidates_come_best_first() {
        let mut wb = Workbook::default();
        let v = values(&mut wb, &["自由", "学び"]);
        let c = Community {
            id: CommunityId(wb.new_id()),
            status: CommunityStatus::Considering,
            values: vec![v[1]],
            ..Default::default()
        };
        wb.communities.put(c.clone());
        let active = CommunityId(wb.new_id());
        wb.communities.put(Community { id: active, status: CommunityStatus::Active, ..Default::default() });
        assert_eq!(community(&wb, &c, 3).total, 2 * 2);
        let weak = inv(&mut wb, &[(v[1], -2)], 1, Cost::High);
        let strong = inv(&mut wb, &[(v[0], 2)], 3, Cost::Low);
        let mut decided = inv(&mut wb, &[(v[0], 2)], 5, Cost::Low);
        decided.decision = Decision::Accepted;
        wb.invitations.put(decided);
        let order: Vec<Candidate> = candidates(&wb).into_iter().map(|(c, _)| c).collect();
        assert_eq!(
            order,
            vec![Candidate::Invitation(strong.id), Candidate::Community(c.id), Candidate::Invitation(weak.id)]
        );
    }

    #[test]
    fn looking_back_counts_accepted_invitations_per_value_and_their_outcomes() {
        let mut wb = Workbook::default();
        let v = values(&mut wb, &["自由", "学び"]);
        for (score, outcome) in [(2, "楽しかった"), (1, ""), (-1, "x")] {
            let mut i = inv(&mut wb, &[(v[0], score)], 3, Cost::Low);
            i.decision = Decision::Accepted;
            i.outcome = Text::from(outcome);
            wb.invitations.put(i);
        }
        assert_eq!(
            look_back(&wb),
            vec![
                Served { value: v[0], accepted: 2, with_outcome: 1 },
                Served { value: v[1], accepted: 0, with_outcome: 0 }
            ]
        );
    }
}
