//! The value filter: how well a pending invitation, or a community under consideration, fits my
//! final values. Pure functions; the Values tab shows their results, and the help and README
//! quote the rules (our own heuristic, built on the column's idea that final values are the
//! filter for the small invitations loose ties bring):
//!
//! ```text
//! values part = Σ over final values ( fit × weight )
//!   fit        −2 … +2 per value, as rated on the invitation (0 = not rated)
//!              (a community counts +2 for each value it is linked to)
//!   weight     3 for the value ranked first, 2 for the second, 1 for the rest
//! interest   a community that shares one of my interests (or more) adds 6, as much as +2 on
//!              the value ranked first (interest is the first hook of Step 1)
//! best       = the values part if every value were +2 (at least 6)
//! verdict, the first rule that holds:
//!   unrated    no value rated (a community: no value linked and no interest of mine shared)
//!   against    −2 on one of the three values ranked first, whatever else it scores
//!   passes     values part + interest ≥ pass mark × best (the pass mark is a share, 25 % at
//!              first, so it means the same with three values or eight)
//!   below      otherwise
//! rank, within a verdict: values part + interest + excitement (0…5) − cost (low 0, medium 1,
//!              high 3)
//! ```
//!
//! Excitement and cost only order what the values allow: they never lift an invitation over the
//! pass mark nor pull it under. Every part that counted is kept in the [`Verdict`], so the
//! screen can say why in one line.

use super::choices::*;
use super::ids::*;
use super::names::item_key;
use super::records::*;
use super::text::Text;
use super::workbook::Workbook;

pub use super::settings::{DEFAULT_PASS_MARK, PASS_MARK_RANGE, PASS_MARK_STEP};
/// What a link between a community and a value counts as.
pub const COMMUNITY_FIT: i8 = 2;
/// What sharing my interests adds to a community's score: as much as +2 on the first value.
pub const INTEREST_POINTS: i32 = 2 * 3;
/// A −2 on one of this many values ranked first makes the verdict "against".
pub const GUARDED_VALUES: usize = 3;

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

/// What the filter says of a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Passes,
    /// Nothing rated yet: the filter cannot say; rate it (or link values, share an interest).
    Unrated,
    Below,
    /// −2 on this value, one of the three ranked first.
    Against(ValueId),
}

impl Outcome {
    /// The word in exports (`passes`, `below`, `unrated`, `against`).
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Passes => "passes",
            Outcome::Unrated => "unrated",
            Outcome::Below => "below",
            Outcome::Against(_) => "against",
        }
    }
    /// Where candidates with this verdict come in the filter's list: those that pass, then those
    /// waiting to be rated, then the rest.
    pub fn list_order(self) -> u8 {
        match self {
            Outcome::Passes => 0,
            Outcome::Unrated => 1,
            Outcome::Below => 2,
            Outcome::Against(_) => 3,
        }
    }
}

/// A verdict and everything that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// The values that counted (fit not zero), in rank order.
    pub parts: Vec<Part>,
    /// The interests of mine a community shares (as the community names them).
    pub interests: Vec<Text>,
    pub excitement: u8,
    pub cost: Cost,
    /// Σ fit × weight.
    pub alignment: i32,
    /// What shared interests add ([`INTEREST_POINTS`] or 0).
    pub interest: i32,
    /// The values part if every final value were +2 (at least [`INTEREST_POINTS`]).
    pub best: i32,
    /// The rank within a verdict: alignment + interest + excitement − cost.
    pub total: i32,
    /// The pass mark, in per cent of `best`.
    pub pass_mark: u8,
    pub outcome: Outcome,
}

impl Verdict {
    pub fn passes(&self) -> bool {
        self.outcome == Outcome::Passes
    }
    pub fn unrated(&self) -> bool {
        self.outcome == Outcome::Unrated
    }
    /// The score (values part and interest) as a share of the best possible, in per cent
    /// (rounded down, so a share shown as the mark always passes; may be negative).
    pub fn share(&self) -> i32 {
        if self.best == 0 { 0 } else { ((self.alignment + self.interest) * 100).div_euclid(self.best) }
    }
}

/// Whether a values part reaches the pass mark (exact, in integers).
pub fn reaches(alignment: i32, best: i32, pass_mark: u8) -> bool {
    best > 0 && alignment * 100 >= best * i32::from(pass_mark)
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

/// The best possible values part with `n` final values.
pub fn best(n: usize) -> i32 {
    (1..=n).map(weight).sum::<i32>() * 2
}

struct Terms {
    excitement: u8,
    cost: Cost,
    interests: Vec<Text>,
}

fn verdict(wb: &Workbook, fit_of: impl Fn(ValueId) -> i8, terms: Terms) -> Verdict {
    let ranked = positions(wb);
    let parts: Vec<Part> = ranked
        .iter()
        .map(|&(value, at)| Part { value, fit: fit_of(value).clamp(-2, 2), weight: weight(at) })
        .filter(|p| p.fit != 0)
        .collect();
    let excitement = terms.excitement.min(5);
    let alignment: i32 = parts.iter().map(|p| i32::from(p.fit) * p.weight).sum();
    let best = best(ranked.len()).max(INTEREST_POINTS);
    let interest = if terms.interests.is_empty() { 0 } else { INTEREST_POINTS };
    let total = alignment + interest + i32::from(excitement) - cost_penalty(terms.cost);
    let pass_mark = wb.settings.pass_mark();
    let against = ranked.iter().take(GUARDED_VALUES).find(|(v, _)| parts.iter().any(|p| p.value == *v && p.fit == -2));
    let outcome = if parts.is_empty() && terms.interests.is_empty() {
        Outcome::Unrated
    } else if let Some(&(value, _)) = against {
        Outcome::Against(value)
    } else if reaches(alignment + interest, best, pass_mark) {
        Outcome::Passes
    } else {
        Outcome::Below
    };
    Verdict {
        parts,
        interests: terms.interests,
        excitement,
        cost: terms.cost,
        alignment,
        interest,
        best,
        total,
        pass_mark,
        outcome,
    }
}

pub fn invitation(wb: &Workbook, inv: &Invitation) -> Verdict {
    let fit = |v: ValueId| inv.scores.iter().find(|s| s.value == v).map_or(0, |s| s.score);
    verdict(wb, fit, Terms { excitement: inv.excitement, cost: inv.cost, interests: Vec::new() })
}

/// The interests of mine a community shares, as the community names them (each once).
pub fn shared_interests(wb: &Workbook, c: &Community) -> Vec<Text> {
    let mine: std::collections::HashSet<String> = wb.interests.iter().map(|i| item_key(i)).collect();
    let mut seen = std::collections::HashSet::new();
    c.interests
        .iter()
        .filter(|i| {
            let k = item_key(i);
            !k.is_empty() && mine.contains(&k) && seen.insert(k)
        })
        .cloned()
        .collect()
}

pub fn community(wb: &Workbook, c: &Community) -> Verdict {
    let fit = |v: ValueId| if c.values.contains(&v) { COMMUNITY_FIT } else { 0 };
    verdict(wb, fit, Terms { excitement: 0, cost: Cost::Low, interests: shared_interests(wb, c) })
}

/// The verdict on one candidate (`None` if it is gone).
pub fn judge(wb: &Workbook, candidate: Candidate) -> Option<Verdict> {
    match candidate {
        Candidate::Invitation(i) => wb.invitations.get(i).map(|i| invitation(wb, i)),
        Candidate::Community(c) => wb.communities.get(c).map(|c| community(wb, c)),
    }
}

/// Whether an invitation still waits for a decision.
pub fn is_open(inv: &Invitation) -> bool {
    matches!(inv.decision, Decision::Pending | Decision::Later)
}

/// Whether an invitation still waiting for a decision is past its deadline (practice ones never
/// are: they count nowhere).
pub fn past_deadline(inv: &Invitation, today: chrono::NaiveDate) -> bool {
    is_open(inv) && inv.counts() && inv.deadline.is_some_and(|d| d < today)
}

/// Everything waiting to be decided — invitations pending or put off (not practice ones: they
/// count nowhere), communities being considered — by verdict (passes, unrated, below, against), then best rank first (ties: the
/// earlier deadline, then the record order).
pub fn candidates(wb: &Workbook) -> Vec<(Candidate, Verdict)> {
    let mut out: Vec<(Candidate, Verdict, Option<chrono::NaiveDate>)> = wb
        .invitations
        .iter()
        .filter(|i| is_open(i) && i.counts())
        .map(|i| (Candidate::Invitation(i.id), invitation(wb, i), i.deadline))
        .chain(
            wb.communities
                .iter()
                .filter(|c| c.status == CommunityStatus::Considering)
                .map(|c| (Candidate::Community(c.id), community(wb, c), None)),
        )
        .collect();
    out.sort_by(|a, b| {
        let by_verdict = a.1.outcome.list_order().cmp(&b.1.outcome.list_order());
        by_verdict.then_with(|| b.1.total.cmp(&a.1.total)).then_with(|| match (a.2, b.2) {
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
    /// Accepted invitations whose reflection names this value as the one served (whatever the
    /// scores said before).
    pub said_served: usize,
}

pub fn look_back(wb: &Workbook) -> Vec<Served> {
    wb.ranked_values()
        .iter()
        .map(|v| {
            let served: Vec<&Invitation> = wb
                .invitations
                .iter()
                .filter(|i| i.counts() && i.decision == Decision::Accepted)
                .filter(|i| i.scores.iter().any(|s| s.value == v.id && s.score > 0))
                .collect();
            let with_outcome = served.iter().filter(|i| !i.outcome.is_blank()).count();
            let said_served = wb
                .invitations
                .iter()
                .filter(|i| i.counts() && i.decision == Decision::Accepted && i.served == Some(v.id))
                .count();
            Served { value: v.id, accepted: served.len(), with_outcome, said_served }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_values_part_is_weighted_fit_and_the_rank_adds_excitement_less_cost() {
        let mut wb = Workbook::default();
        let v = values(&mut wb, &["自由", "学び", "健康", "家族"]);
        // 自由 +2 × 3, 学び +1 × 2, 家族 −1 × 1; excitement 4; cost high −3.
        let i = inv(&mut wb, &[(v[0], 2), (v[1], 1), (v[3], -1)], 4, Cost::High);
        let verdict = invitation(&wb, &i);
        assert_eq!(verdict.alignment, 6 + 2 - 1);
        assert_eq!(verdict.best, 2 * (3 + 2 + 1 + 1));
        assert_eq!(verdict.total, 7 + 4 - 3);
        assert_eq!(verdict.share(), 50);
        assert!(verdict.passes(), "7 of 14 is over the 25 % mark");
        assert_eq!(
            verdict.parts.iter().map(|p| (p.value, p.fit, p.weight)).collect::<Vec<_>>(),
            vec![(v[0], 2, 3), (v[1], 1, 2), (v[3], -1, 1)]
        );
    }

    #[test]
    fn nothing_rated_is_unrated_however_exciting() {
        let mut wb = Workbook::default();
        let i = inv(&mut wb, &[], 5, Cost::Low);
        assert_eq!(invitation(&wb, &i).outcome, Outcome::Unrated, "no values at all");
        values(&mut wb, &["自由"]);
        let verdict = invitation(&wb, &i);
        assert_eq!(verdict.outcome, Outcome::Unrated);
        assert!(!verdict.passes());
        // A score for a value that was deleted does not count either.
        let i = inv(&mut wb, &[(ValueId(99), 2)], 0, Cost::Low);
        assert_eq!(invitation(&wb, &i).outcome, Outcome::Unrated);
    }

    #[test]
    fn minus_two_on_a_top_three_value_is_against_whatever_else_it_scores() {
        let mut wb = Workbook::default();
        let v = values(&mut wb, &["自由", "学び", "健康", "家族"]);
        // −6 on the top value, cancelled in points by +2 elsewhere and excitement 5: still against.
        let i = inv(&mut wb, &[(v[0], -2), (v[1], 2), (v[2], 2)], 5, Cost::Low);
        assert_eq!(invitation(&wb, &i).outcome, Outcome::Against(v[0]));
        let i = inv(&mut wb, &[(v[2], -2), (v[0], 2)], 0, Cost::Low);
        assert_eq!(invitation(&wb, &i).outcome, Outcome::Against(v[2]), "the third value is guarded too");
        // The fourth is not guarded: −2 × 1 is weighed like any other part.
        let i = inv(&mut wb, &[(v[3], -2), (v[0], 2)], 0, Cost::Low);
        assert_eq!(invitation(&wb, &i).outcome, Outcome::Passes);
        // −1 on the top value is a cost, not a veto.
        let i = inv(&mut wb, &[(v[0], -1), (v[1], 2)], 0, Cost::Low);
        assert_eq!(invitation(&wb, &i).outcome, Outcome::Below, "−3 + 4 = 1 of 14");
    }

    #[test]
    fn excitement_and_cost_only_order_what_the_values_allow() {
        let mut wb = Workbook::default();
        let v = values(&mut wb, &["自由", "学び", "健康", "家族", "友"]);
        // best 2 × 8 = 16; the mark is 4 points.
        let just = inv(&mut wb, &[(v[1], 2)], 0, Cost::High);
        let under = inv(&mut wb, &[(v[2], 2), (v[3], 1)], 5, Cost::Low);
        assert!(invitation(&wb, &just).passes(), "4 of 16 passes, high cost or not");
        assert_eq!(invitation(&wb, &under).outcome, Outcome::Below, "3 of 16 stays below, excitement or not");
    }

    #[test]
    fn the_pass_mark_means_the_same_share_with_three_values_or_eight() {
        for n in [3, 8] {
            let mut wb = Workbook::default();
            let names: Vec<String> = (0..n).map(|i| format!("v{i}")).collect();
            let v = values(&mut wb, &names.iter().map(String::as_str).collect::<Vec<_>>());
            // Every value +1: half the best, whatever the number of values.
            let all: Vec<(ValueId, i8)> = v.iter().map(|&x| (x, 1)).collect();
            let i = inv(&mut wb, &all, 0, Cost::Low);
            assert_eq!(invitation(&wb, &i).share(), 50, "{n} values");
            wb.settings.pass_mark = 50;
            assert!(invitation(&wb, &i).passes(), "{n} values: equal to the mark passes");
            wb.settings.pass_mark = 55;
            assert!(!invitation(&wb, &i).passes(), "{n} values: the mark decides");
        }
        assert_eq!((best(3), best(8)), (12, 22));
    }

    #[test]
    fn out_of_range_numbers_from_a_hand_edit_are_held_to_their_scales() {
        let mut wb = Workbook::default();
        let v = values(&mut wb, &["自由"]);
        let i = inv(&mut wb, &[(v[0], 100)], 200, Cost::Low);
        let verdict = invitation(&wb, &i);
        assert_eq!((verdict.alignment, verdict.total), (6, 6 + 5));
        wb.settings.pass_mark = 250;
        assert!(invitation(&wb, &i).passes(), "a mark over 100 % reads as 100 %");
    }

    #[test]
    fn a_community_passes_on_its_values_or_on_a_shared_interest() {
        let mut wb = Workbook::default();
        let v = values(&mut wb, &["自由", "学び", "健康", "家族", "友"]);
        wb.interests = vec![Text::from("写真"), Text::from("Rust")];
        let mut c =
            Community { id: CommunityId(wb.new_id()), status: CommunityStatus::Considering, ..Default::default() };
        assert_eq!(community(&wb, &c).outcome, Outcome::Unrated, "no value linked, no interest shared");
        c.interests = vec![Text::from("料理")];
        assert_eq!(community(&wb, &c).outcome, Outcome::Unrated, "an interest that is not mine");
        c.interests = vec![Text::from("ｒｕｓｔ "), Text::from("料理")];
        let verdict = community(&wb, &c);
        assert_eq!(verdict.outcome, Outcome::Passes, "chosen from interest alone: 6 of 16");
        assert_eq!(verdict.interests, vec![Text::from("ｒｕｓｔ ")]);
        assert_eq!((verdict.interest, verdict.total, verdict.share()), (6, 6, 37));
        c.interests.push(Text::from("写真"));
        assert_eq!(community(&wb, &c).interest, INTEREST_POINTS, "two shared interests count once");
        wb.settings.pass_mark = 50;
        assert_eq!(community(&wb, &c).outcome, Outcome::Below, "the interest is weighed against the mark like values");
        c.values = vec![v[1]];
        assert_eq!(community(&wb, &c).outcome, Outcome::Passes, "6 + 4 of 16 reaches 50 %");
        wb.settings.pass_mark = 25;
        c.values.clear();
        c.interests.clear();
        c.values = vec![v[4]];
        assert_eq!(community(&wb, &c).outcome, Outcome::Below, "+2 × 1 of 16");
        c.values = vec![v[1]];
        assert_eq!(community(&wb, &c).outcome, Outcome::Passes, "+2 × 2 of 16");
    }

    #[test]
    fn candidates_come_by_verdict_then_rank() {
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
        let against = inv(&mut wb, &[(v[1], -2)], 5, Cost::Low);
        let unrated = inv(&mut wb, &[], 5, Cost::Low);
        let below = inv(&mut wb, &[(v[1], 1)], 5, Cost::Low);
        let strong = inv(&mut wb, &[(v[0], 2)], 3, Cost::Low);
        let mut decided = inv(&mut wb, &[(v[0], 2)], 5, Cost::Low);
        decided.decision = Decision::Accepted;
        wb.invitations.put(decided);
        let order: Vec<Candidate> = candidates(&wb).into_iter().map(|(c, _)| c).collect();
        assert_eq!(
            order,
            vec![
                Candidate::Invitation(strong.id),
                Candidate::Community(c.id),
                Candidate::Invitation(unrated.id),
                Candidate::Invitation(below.id),
                Candidate::Invitation(against.id),
            ]
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
                Served { value: v[0], accepted: 2, with_outcome: 1, said_served: 0 },
                Served { value: v[1], accepted: 0, with_outcome: 0, said_served: 0 }
            ]
        );
    }
}
