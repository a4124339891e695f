//! How strong a tie is, which people are bridges, and where a tie sits by its mutual
//! connections. Pure functions of a person or of `&Workbook`; `derived` re-exports them, the
//! network map, the health line, the asset indicators and the summary only count what these
//! return. The rules, with their sources, are also in the help (`help-tie-rules`).
//!
//! - **Unrated.** A tie with none of its four dimensions rated (all 0) is *unrated*: we know
//!   nothing about it, so it is neither weak nor strong. Imports start every contact unrated.
//! - **Strength.** A weighted mean of the four dimensions, as a share of the maximum. Marsden &
//!   Campbell ("Measuring tie strength", Social Forces 63(2), 1984) found closeness, the
//!   emotional intensity of a relationship, the best indicator of its strength, while the time
//!   spent together (frequency and duration of contact) overstated the strength of ties with
//!   neighbours and co-workers. So emotion and intimacy weigh three times as much as time, and
//!   reciprocal help twice as much ([`EMOTION_WEIGHT`] and the others).
//! - **Bridges.** A bridge is my only tie into a circle that I am not part of myself: a
//!   community I do not take part in (see [`is_mine`]) or a field. The workbook has no field of
//!   my own, so every field counts as a circle I am not in. Bridges are about structure, not
//!   strength: an unrated tie can be a bridge.
//! - **Mutual connections.** See [`MutualBucket`]: the buckets are our reading of Rajkumar et
//!   al. (2022), not figures from the paper.

use std::collections::{BTreeMap, BTreeSet};

use strum::EnumIter;

use super::choices::CommunityStatus;
use super::fields::field_key;
use super::ids::*;
use super::records::*;
use super::workbook::Workbook;

/// The weight of emotional intensity in a tie's strength (Marsden & Campbell 1984: the best
/// indicator).
pub const EMOTION_WEIGHT: u16 = 3;
/// The weight of intimacy (mutual confiding): as close to closeness as emotional intensity.
pub const INTIMACY_WEIGHT: u16 = 3;
/// The weight of reciprocal services: help given and received says more than time, less than
/// closeness.
pub const RECIPROCITY_WEIGHT: u16 = 2;
/// The weight of time spent together: frequent contact with a neighbour or a colleague is not a
/// close tie (Marsden & Campbell 1984), so time counts least.
pub const TIME_WEIGHT: u16 = 1;
/// A tie counts as strong from this share of the weighted maximum: a weighted mean of 2.5 out
/// of 4. Emotion and intimacy at 3 with reciprocity and time at 2 is strong (67%); time and
/// reciprocity at 4 with emotion and intimacy at 1 is not (50%).
pub const STRONG_FROM: f32 = 0.625;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TieBand {
    /// No dimension rated yet: neither weak nor strong.
    Unrated,
    Weak,
    Strong,
}

/// A tie's strength: the weighted mean of its four dimensions, as a share of the maximum.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TieStrength {
    pub score: f32,
    pub band: TieBand,
}

impl TieStrength {
    pub fn of(t: &TieDimensions) -> Self {
        let rated = |x: u8| u16::from(x.min(TieDimensions::MAX));
        let weighted = EMOTION_WEIGHT * rated(t.emotion)
            + INTIMACY_WEIGHT * rated(t.intimacy)
            + RECIPROCITY_WEIGHT * rated(t.reciprocity)
            + TIME_WEIGHT * rated(t.time);
        let most =
            (EMOTION_WEIGHT + INTIMACY_WEIGHT + RECIPROCITY_WEIGHT + TIME_WEIGHT) * u16::from(TieDimensions::MAX);
        let score = f32::from(weighted) / f32::from(most);
        let band = if weighted == 0 {
            TieBand::Unrated
        } else if score >= STRONG_FROM {
            TieBand::Strong
        } else {
            TieBand::Weak
        };
        Self { score, band }
    }
    /// 0–100, for display (an unrated tie shows no percentage: see [`TieStrength::is_rated`]).
    pub fn percent(&self) -> u8 {
        (self.score * 100.0).round() as u8
    }
    pub fn is_rated(&self) -> bool {
        self.band != TieBand::Unrated
    }
}

/// Whether I am part of a community myself: I take part (active, trying) or I am resting and
/// can go back on my own. Someone met in a community I am only considering, or have left, may
/// be my one way in.
pub fn is_mine(status: CommunityStatus) -> bool {
    matches!(status, CommunityStatus::Active | CommunityStatus::Trying | CommunityStatus::Resting)
}

/// People who are my only tie into a circle I am not part of myself: a community I do not take
/// part in (by [`is_mine`]) or a field (fields compare by [`field_key`]). Losing touch with them
/// would cut me off from that circle. A community that is not in the workbook is no circle.
pub fn bridges(wb: &Workbook) -> BTreeSet<PersonId> {
    let not_mine: BTreeSet<CommunityId> = wb.communities.iter().filter(|c| !is_mine(c.status)).map(|c| c.id).collect();
    let mut by_community: BTreeMap<CommunityId, Vec<PersonId>> = BTreeMap::new();
    let mut by_field: BTreeMap<String, Vec<PersonId>> = BTreeMap::new();
    for p in &wb.people {
        let mut cs: BTreeSet<CommunityId> = p.communities.iter().copied().collect();
        cs.extend(p.met_in);
        for c in cs.into_iter().filter(|c| not_mine.contains(c)) {
            by_community.entry(c).or_default().push(p.id);
        }
        let field = field_key(&p.field);
        if !field.is_empty() {
            by_field.entry(field).or_default().push(p.id);
        }
    }
    by_community.values().chain(by_field.values()).filter(|ids| ids.len() == 1).map(|ids| ids[0]).collect()
}

/// Where a tie sits by the number of mutual connections (its structural strength). Rajkumar et
/// al. ("A causal test of the strength of weak ties", Science 377:1304, 2022) ran experiments on
/// LinkedIn over some 20 million people: job mobility rose and then fell with the number of
/// mutual connections (an inverted U), so moderately weak ties helped most; measured by how
/// much two people interact, the weakest ties helped most; and strong ties did better in less
/// digital industries. The bucket edges below (5–20 for the zone) are our reading of that
/// curve, for orientation, not figures from the paper. An unknown count is unknown, never 0.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::choices::CommunityStatus::*;
    use crate::model::text::Text;

    fn tie(time: u8, emotion: u8, intimacy: u8, reciprocity: u8) -> TieStrength {
        TieStrength::of(&TieDimensions { time, emotion, intimacy, reciprocity })
    }

    #[test]
    fn a_tie_with_nothing_rated_is_unrated_not_weak() {
        let t = tie(0, 0, 0, 0);
        assert_eq!((t.band, t.percent(), t.is_rated()), (TieBand::Unrated, 0, false));
        // Any one dimension rated makes it a tie we know something about.
        assert_eq!(tie(1, 0, 0, 0).band, TieBand::Weak);
        assert_eq!(tie(0, 0, 0, 1).band, TieBand::Weak);
    }

    #[test]
    fn closeness_weighs_more_than_time() {
        // (time, emotion, intimacy, reciprocity), the band a careers reader would expect, and why.
        let cases = [
            ((4, 4, 4, 4), TieBand::Strong, 100, "rated at the top on everything"),
            ((2, 3, 3, 2), TieBand::Strong, 67, "close and confiding, seen now and then"),
            ((0, 4, 4, 0), TieBand::Strong, 67, "an old friend: close, rarely seen"),
            ((4, 1, 1, 4), TieBand::Weak, 50, "a colleague seen daily who helps, not close"),
            ((4, 0, 0, 0), TieBand::Weak, 11, "a neighbour seen every day"),
            ((2, 2, 2, 2), TieBand::Weak, 50, "middling on everything"),
            ((4, 2, 2, 2), TieBand::Weak, 56, "seen daily, middling otherwise: strong by a plain mean"),
            ((1, 2, 3, 3), TieBand::Weak, 61, "just under the line"),
            ((2, 3, 2, 3), TieBand::Strong, 64, "just over the line"),
            ((3, 3, 3, 1), TieBand::Strong, 64, "close, little help either way"),
        ];
        for ((t, e, i, r), band, percent, why) in cases {
            let s = tie(t, e, i, r);
            assert_eq!((s.band, s.percent()), (band, percent), "{why}");
        }
        // Moving one point from time to emotion never weakens a tie.
        assert!(tie(2, 3, 2, 2).score > tie(3, 2, 2, 2).score);
        // Out-of-range values from a hand-edited file count as the maximum, not more.
        assert_eq!(tie(200, 4, 4, 4).percent(), 100);
    }

    #[test]
    fn a_bridge_is_the_only_tie_into_a_circle_i_am_not_part_of() {
        let mut wb = Workbook::default();
        for (id, status) in [(1, Active), (2, Considering), (3, Left), (4, Resting), (5, Trying)] {
            wb.communities.put(Community { id: CommunityId(id), status, ..Default::default() });
        }
        let person = |id: u64, communities: &[u64], field: &str| Person {
            id: PersonId(id),
            communities: communities.iter().copied().map(CommunityId).collect(),
            field: Text::from(field),
            ..Default::default()
        };
        // Alone in communities I am part of (active, resting, trying): no bridge.
        wb.people.put(person(10, &[1, 4, 5], ""));
        assert!(bridges(&wb).is_empty(), "my own communities need no bridge");
        // Alone in one I am considering, in one I left: bridges (unrated ties too).
        wb.people.put(person(11, &[2], ""));
        wb.people.put(person(12, &[3], ""));
        assert_eq!(bridges(&wb), BTreeSet::from([PersonId(11), PersonId(12)]));
        // A second person in the same circle: neither is the only way in.
        wb.people.put(person(13, &[2], ""));
        assert_eq!(bridges(&wb), BTreeSet::from([PersonId(12)]));
        // Fields: variants of case, width and spacing are one field.
        wb.people.put(person(14, &[], "Data  Science"));
        wb.people.put(person(15, &[], "ｄａｔａ science"));
        wb.people.put(person(16, &[], "法律"));
        assert_eq!(bridges(&wb), BTreeSet::from([PersonId(12), PersonId(16)]));
        // A met-in that names no community of the workbook is no circle.
        let mut lost = person(17, &[], "");
        lost.met_in = Some(CommunityId(99));
        wb.people.put(lost);
        assert!(!bridges(&wb).contains(&PersonId(17)));
    }

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
        assert_eq!(mutual_buckets(&wb), ([1, 0, 2, 0, 1], 1), "the unknown count is not a 0");
        assert_eq!(mutual_buckets(&Workbook::default()), ([0; 5], 0), "no people: nothing anywhere");
    }
}
