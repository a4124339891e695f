//! Reconnecting: a tie I have not heard from in a long while is a resource, not a fault. In
//! Granovetter's study of professional, technical and managerial men in a Boston suburb (1973,
//! 1974), 27.8 % of the 54 who found work through a contact heard of it from someone they saw
//! "rarely" (once a year or less). So the app keeps such ties
//! in a list to reconnect with, and each week suggests a few of them with a reason to write,
//! taken from the workbook — never a count of days overdue.
//!
//! Rules (our own; also in the help):
//! - **On the list**: people whose latest contact is older than the dormancy setting (180 days
//!   at first), and people with a keep-in-touch cadence of their own (opt-in, per person) whose
//!   interval has passed. Nobody without a date on record: we do not know.
//! - **A reason**, the first that holds: a tag we share (they came to me through an output on
//!   it, and I have a newer output on it from the last 90 days); a community of theirs I take
//!   part in now; the season for a greeting card (roughly: 年賀状 1 Dec–7 Jan, 寒中見舞い
//!   8 Jan–3 Feb, 暑中見舞い 7 Jul–6 Aug, 残暑見舞い 7–31 Aug; 立秋 and 節分 move by a day); an output of mine from the last 30 days
//!   to pass on; for someone whose own cadence has passed, that cadence itself (they asked
//!   for it). Anyone else with no reason waits on the list.
//! - **This week**: at most [`PER_WEEK`] people with a reason — those who asked for a cadence
//!   first, then the others, in an order that turns with the ISO week so the same few are not
//!   suggested every week, and stays put for the whole week.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::derived::{days_between, is_dormant};
use super::ids::*;
use super::records::*;
use super::workbook::Workbook;

/// Suggestions a week, at most.
pub const PER_WEEK: usize = 3;
/// An output of mine this recent shares a tag (days).
pub const SHARED_TAG_DAYS: i64 = 90;
/// An output of mine this recent is worth passing on (days).
pub const RECENT_OUTPUT_DAYS: i64 = 30;

/// A season for a greeting card in Japan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    /// 年賀状: New Year cards, 1 December to 7 January.
    NewYear,
    /// 寒中見舞い: midwinter greetings, 8 January to 3 February.
    Midwinter,
    /// 暑中見舞い: summer greetings, 7 July to 6 August (立秋 is about the 7th).
    Summer,
    /// 残暑見舞い: late-summer greetings, 7 to 31 August.
    LateSummer,
}

/// The greeting season `day` falls in, if any.
pub fn season(day: NaiveDate) -> Option<Season> {
    match (day.month(), day.day()) {
        (12, _) | (1, 1..=7) => Some(Season::NewYear),
        (1, _) | (2, 1..=3) => Some(Season::Midwinter),
        (7, 7..) | (8, 1..=6) => Some(Season::Summer),
        (8, _) => Some(Season::LateSummer),
        _ => None,
    }
}

/// Why now is a good moment to write to someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// They came to me through an output on `tag`, and `output` is my newer one on it.
    SharedTag {
        tag: TagId,
        output: OutputId,
    },
    /// A community of theirs I take part in now.
    Community(CommunityId),
    Season(Season),
    /// An output of mine from the last 30 days, to pass on.
    RecentOutput(OutputId),
    /// The keep-in-touch cadence I chose for them has come round.
    Rhythm(super::choices::Cadence),
}

/// One person to get back in touch with, and why now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reconnection {
    pub person: PersonId,
    pub reason: Reason,
    /// They have a keep-in-touch cadence of their own, and it has passed.
    pub asked: bool,
}

/// Whether `p` is on the reconnect list, and whether by their own cadence.
fn listed(wb: &Workbook, p: &Person, today: NaiveDate) -> Option<bool> {
    let since = days_between(p.latest_contact()?, today);
    let asked = p.cadence.and_then(super::choices::Cadence::days).is_some_and(|every| since > every);
    (asked || is_dormant(p, &wb.settings, today)).then_some(asked)
}

/// The reconnect list: everyone on it, those who asked for a cadence first, then the longest
/// unheard-from first (ties by record order).
pub fn list(wb: &Workbook, today: NaiveDate) -> Vec<PersonId> {
    let mut on: Vec<(bool, Option<NaiveDate>, PersonId)> =
        wb.people.iter().filter_map(|p| listed(wb, p, today).map(|asked| (!asked, p.latest_contact(), p.id))).collect();
    on.sort();
    on.into_iter().map(|(_, _, id)| id).collect()
}

/// What I have put out lately, read once for every person.
struct Mine {
    /// The newest output per tag within [`SHARED_TAG_DAYS`].
    newest_on_tag: BTreeMap<TagId, (NaiveDate, OutputId)>,
    /// Tags of the outputs each person came to me through.
    came_through: BTreeMap<PersonId, Vec<(NaiveDate, TagId)>>,
    recent: Option<OutputId>,
    current: Vec<CommunityId>,
}

impl Mine {
    fn read(wb: &Workbook, today: NaiveDate) -> Self {
        let mut mine = Mine {
            newest_on_tag: BTreeMap::new(),
            came_through: BTreeMap::new(),
            recent: None,
            current: wb.communities.iter().filter(|c| c.status.is_current()).map(|c| c.id).collect(),
        };
        let mut recent: Option<(NaiveDate, OutputId)> = None;
        for o in &wb.outputs {
            let Some(d) = o.date.filter(|&d| d <= today) else { continue };
            let ago = days_between(d, today);
            for &t in &o.tags {
                if ago <= SHARED_TAG_DAYS {
                    let e = mine.newest_on_tag.entry(t).or_insert((d, o.id));
                    *e = (*e).max((d, o.id));
                }
                for &p in &o.people {
                    mine.came_through.entry(p).or_default().push((d, t));
                }
            }
            if ago <= RECENT_OUTPUT_DAYS && recent.is_none_or(|r| (d, o.id) > r) {
                recent = Some((d, o.id));
            }
        }
        mine.recent = recent.map(|r| r.1);
        mine
    }

    fn reason(&self, p: &Person, today: NaiveDate) -> Option<Reason> {
        let shared = self.came_through.get(&p.id).into_iter().flatten().find_map(|&(through, tag)| {
            self.newest_on_tag
                .get(&tag)
                .filter(|(d, _)| *d > through)
                .map(|&(_, output)| Reason::SharedTag { tag, output })
        });
        let community =
            || p.met_in.iter().chain(&p.communities).find(|c| self.current.contains(c)).map(|&c| Reason::Community(c));
        shared
            .or_else(community)
            .or_else(|| season(today).map(Reason::Season))
            .or(self.recent.map(Reason::RecentOutput))
    }
}

/// The week's turn for a person: a mix of their id and the ISO week, so the order changes from
/// week to week but not within one.
fn turn(person: PersonId, today: NaiveDate) -> u64 {
    let week = today.iso_week();
    let seed = (u64::try_from(week.year()).unwrap_or(0) << 8) | u64::from(week.week());
    let mut x = person.0 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    // splitmix64's finaliser: neighbouring ids land far apart.
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// This week's suggestions: at most [`PER_WEEK`] people from the list, each with a reason.
pub fn this_week(wb: &Workbook, today: NaiveDate) -> Vec<Reconnection> {
    let mine = Mine::read(wb, today);
    let mut found: Vec<(bool, u64, Reconnection)> = wb
        .people
        .iter()
        .filter_map(|p| {
            let asked = listed(wb, p, today)?;
            let rhythm = p.cadence.filter(|_| asked).map(Reason::Rhythm);
            let reason = mine.reason(p, today).or(rhythm)?;
            Some((!asked, turn(p.id, today), Reconnection { person: p.id, reason, asked }))
        })
        .collect();
    found.sort_by_key(|f| (f.0, f.1));
    found.into_iter().take(PER_WEEK).map(|f| f.2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::choices::{Cadence, CommunityStatus};

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn person(id: u64, last: Option<&str>) -> Person {
        Person { id: PersonId(id), last_contact: last.map(day), ..Default::default() }
    }

    #[test]
    fn greeting_seasons_follow_the_calendar() {
        let cases = [
            ("2026-11-30", None),
            ("2026-12-01", Some(Season::NewYear)),
            ("2027-01-07", Some(Season::NewYear)),
            ("2027-01-08", Some(Season::Midwinter)),
            ("2027-02-03", Some(Season::Midwinter)),
            ("2027-02-04", None),
            ("2027-07-06", None),
            ("2027-07-07", Some(Season::Summer)),
            ("2027-08-06", Some(Season::Summer)),
            ("2027-08-07", Some(Season::LateSummer)),
            ("2027-08-31", Some(Season::LateSummer)),
            ("2027-09-01", None),
        ];
        for (d, s) in cases {
            assert_eq!(season(day(d)), s, "{d}");
        }
    }

    #[test]
    fn the_list_holds_dormant_ties_and_passed_cadences_never_unknown_dates() {
        let today = day("2026-10-15");
        let mut wb = Workbook::default();
        wb.people.put(person(1, None));
        wb.people.put(person(2, Some("2026-10-01")));
        wb.people.put(person(3, Some("2025-01-01")));
        let mut weekly = person(4, Some("2026-10-01"));
        weekly.cadence = Some(Cadence::Weekly);
        wb.people.put(weekly);
        let mut irregular = person(5, Some("2026-01-01"));
        irregular.cadence = Some(Cadence::Irregular);
        wb.people.put(irregular);
        // The one who asked first; then the longest unheard-from; no date, not listed.
        assert_eq!(list(&wb, today), vec![PersonId(4), PersonId(3), PersonId(5)]);
    }

    #[test]
    fn each_suggestion_has_the_most_concrete_reason() {
        let today = day("2026-10-15");
        let mut wb = Workbook::default();
        let tag = TagId(10);
        wb.tags.put(Tag { id: tag, ..Default::default() });
        wb.communities.put(Community { id: CommunityId(20), status: CommunityStatus::Active, ..Default::default() });
        wb.communities.put(Community { id: CommunityId(21), status: CommunityStatus::Left, ..Default::default() });
        let mut via_tag = person(1, Some("2025-01-01"));
        via_tag.communities = vec![CommunityId(20)];
        wb.people.put(via_tag);
        let mut via_community = person(2, Some("2025-01-01"));
        via_community.met_in = Some(CommunityId(20));
        wb.people.put(via_community);
        let mut left = person(3, Some("2025-01-01"));
        left.communities = vec![CommunityId(21)];
        wb.people.put(left);
        wb.outputs.put(Output {
            id: OutputId(30),
            date: Some(day("2025-01-01")),
            tags: vec![tag],
            people: vec![PersonId(1)],
            ..Default::default()
        });
        wb.outputs.put(Output {
            id: OutputId(31),
            date: Some(day("2026-08-01")),
            tags: vec![tag],
            ..Default::default()
        });
        let reasons: BTreeMap<PersonId, Reason> =
            this_week(&wb, today).into_iter().map(|r| (r.person, r.reason)).collect();
        assert_eq!(reasons.get(&PersonId(1)), Some(&Reason::SharedTag { tag, output: OutputId(31) }));
        assert_eq!(reasons.get(&PersonId(2)), Some(&Reason::Community(CommunityId(20))));
        assert_eq!(
            reasons.get(&PersonId(3)),
            None,
            "a community I left is no reason, and nothing else holds in October"
        );
        // In December, the New Year card is a reason for everyone on the list.
        let december = day("2026-12-02");
        let reasons: BTreeMap<PersonId, Reason> =
            this_week(&wb, december).into_iter().map(|r| (r.person, r.reason)).collect();
        assert_eq!(reasons.get(&PersonId(3)), Some(&Reason::Season(Season::NewYear)));
        // A recent output is the last resort.
        wb.outputs.put(Output { id: OutputId(32), date: Some(day("2026-10-10")), ..Default::default() });
        let reasons: BTreeMap<PersonId, Reason> =
            this_week(&wb, today).into_iter().map(|r| (r.person, r.reason)).collect();
        assert_eq!(reasons.get(&PersonId(3)), Some(&Reason::RecentOutput(OutputId(32))));
    }

    #[test]
    fn at_most_three_a_week_the_same_all_week_and_turning_from_week_to_week() {
        let mut wb = Workbook::default();
        for id in 1..=12 {
            wb.people.put(person(id, Some("2025-01-01")));
        }
        let monday = day("2026-12-07");
        let week = |d: NaiveDate| this_week(&wb, d).into_iter().map(|r| r.person).collect::<Vec<_>>();
        let first = week(monday);
        assert_eq!(first.len(), PER_WEEK);
        assert_eq!(week(day("2026-12-13")), first, "Sunday of the same ISO week");
        let weeks: std::collections::BTreeSet<Vec<PersonId>> =
            (0..4).map(|w| week(monday + chrono::Days::new(7 * w))).collect();
        assert!(weeks.len() > 1, "the suggestions turn over the weeks");
        // Someone who asked for a cadence comes first, with that as the reason when nothing
        // else holds.
        let mut asked = person(13, Some("2026-11-01"));
        asked.cadence = Some(Cadence::Weekly);
        wb.people.put(asked);
        let now = this_week(&wb, monday);
        assert_eq!((now[0].person, now[0].asked), (PersonId(13), true));
        assert_eq!(now[0].reason, Reason::Season(Season::NewYear), "December: the season comes before the rhythm");
        let october = day("2027-10-11");
        let now = this_week(&wb, october);
        assert_eq!((now[0].person, now[0].reason), (PersonId(13), Reason::Rhythm(Cadence::Weekly)));
        assert!(now.iter().skip(1).all(|r| !r.asked), "the others wait: no reason in October");
    }
}
