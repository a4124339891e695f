//! Months of change: what happened in each of the last twelve months, counted from the records
//! (nothing here is a goal or a score). Pure; the overview's "months" list and the printed
//! summary show what [`months`] returns.
//!
//! Per calendar month (our own counts):
//! - people met: people whose first contact falls in the month;
//! - fields reached: fields (by `fields::field_key`) first seen that month among the people met;
//! - communities joined: communities created in the month that I attend now or tried;
//! - outputs: outputs dated in the month;
//! - introductions: introductions made (not only planned) dated in the month;
//! - accepted: invitations (not practice) accepted with their decision in the month.
//!
//! And the stock-takes of a month ([`stocktakes_in`]): each asset's self-rating beside the
//! indicators that stock-take froze, each with its value at the stock-take before, so a rating
//! can be read against what the records said then.

use std::collections::BTreeSet;

use chrono::{Datelike, Months, NaiveDate};

use super::choices::*;
use super::fields::field_key;
use super::ids::StocktakeId;
use super::records::Stocktake;
use super::workbook::Workbook;

/// One month's counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Month {
    /// The first day of the month.
    pub start: NaiveDate,
    pub people_met: usize,
    pub fields_reached: usize,
    pub communities_joined: usize,
    pub outputs: usize,
    pub introductions: usize,
    pub accepted: usize,
}

/// The first day of `day`'s month.
fn first_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The last `count` months up to and including today's, oldest first.
pub fn months(wb: &Workbook, today: NaiveDate, count: usize) -> Vec<Month> {
    let this = first_of(today);
    let starts: Vec<NaiveDate> = (0..count)
        .rev()
        .filter_map(|back| this.checked_sub_months(Months::new(u32::try_from(back).unwrap_or(0))))
        .collect();
    let Some(&oldest) = starts.first() else { return Vec::new() };
    let mut out: Vec<Month> = starts.iter().map(|&start| Month { start, ..Month::default() }).collect();
    let at = |d: Option<NaiveDate>| -> Option<usize> {
        let d = d.filter(|d| *d >= oldest && *d <= today)?;
        starts.iter().rposition(|s| *s <= d)
    };
    // Fields count in the month they first appear among the people I met, earlier ones included.
    let mut people: Vec<_> = wb.people.iter().filter(|p| p.first_contact.is_some()).collect();
    people.sort_by_key(|p| (p.first_contact, p.id));
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for p in people {
        let key = field_key(&p.field);
        let new_field = !key.is_empty() && seen.insert(key);
        if let Some(i) = at(p.first_contact) {
            out[i].people_met += 1;
            out[i].fields_reached += usize::from(new_field);
        }
    }
    for c in wb
        .communities
        .iter()
        .filter(|c| matches!(c.status, CommunityStatus::Trying | CommunityStatus::Active | CommunityStatus::Resting))
    {
        if let Some(i) = at(c.created) {
            out[i].communities_joined += 1;
        }
    }
    for o in &wb.outputs {
        if let Some(i) = at(o.date) {
            out[i].outputs += 1;
        }
    }
    for x in wb.introductions.iter().filter(|x| x.counts()) {
        if let Some(i) = at(x.date) {
            out[i].introductions += 1;
        }
    }
    for inv in wb.invitations.iter().filter(|i| i.counts() && i.decision == Decision::Accepted) {
        if let Some(i) = at(inv.decided) {
            out[i].accepted += 1;
        }
    }
    out
}

/// One asset at one stock-take, beside the stock-take before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssetAt {
    pub kind: AssetKind,
    pub rating: Option<u8>,
    pub rating_before: Option<u8>,
    /// Each indicator the stock-take froze: its value then, and at the stock-take before (if that
    /// one froze it).
    pub figures: Vec<(Indicator, u32, Option<u32>)>,
}

/// A stock-take and its assets, compared with the one before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StocktakeCourse {
    pub id: StocktakeId,
    pub date: NaiveDate,
    pub before: Option<NaiveDate>,
    /// The assets with a rating or a frozen indicator, in the assets' order.
    pub assets: Vec<AssetAt>,
}

/// The dated stock-takes in the month starting `start`, oldest first, each beside the one before.
pub fn stocktakes_in(wb: &Workbook, start: NaiveDate) -> Vec<StocktakeCourse> {
    use strum::IntoEnumIterator;
    let end = start.checked_add_months(Months::new(1)).unwrap_or(NaiveDate::MAX);
    let mut takes: Vec<(NaiveDate, &Stocktake)> = wb.stocktakes.iter().filter_map(|s| s.date.map(|d| (d, s))).collect();
    takes.sort_by_key(|(d, s)| (*d, s.id));
    let rating = |s: &Stocktake, kind| s.ratings.iter().find(|r| r.kind == kind).and_then(|r| r.rating);
    let figure =
        |s: &Stocktake, kind, i| s.figures.iter().find(|f| f.kind == kind && f.indicator == i).map(|f| f.value);
    (0..takes.len())
        .filter(|&n| (start..end).contains(&takes[n].0))
        .map(|n| {
            let (date, now) = takes[n];
            let before = n.checked_sub(1).map(|b| takes[b]);
            let assets = AssetKind::iter()
                .map(|kind| AssetAt {
                    kind,
                    rating: rating(now, kind),
                    rating_before: before.and_then(|(_, b)| rating(b, kind)),
                    figures: super::assets::indicators_of(kind)
                        .iter()
                        .filter_map(|&i| {
                            let then = figure(now, kind, i)?;
                            Some((i, then, before.and_then(|(_, b)| figure(b, kind, i))))
                        })
                        .collect(),
                })
                .filter(|a| a.rating.is_some() || !a.figures.is_empty())
                .collect();
            StocktakeCourse { id: now.id, date, before: before.map(|(d, _)| d), assets }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::*;
    use crate::model::records::*;
    use crate::model::text::Text;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn twelve_months_oldest_first_each_counting_its_own_records() {
        let today = day("2026-11-27");
        let mut wb = Workbook::default();
        let person = |id: u64, met: &str, field: &str| Person {
            id: PersonId(id),
            first_contact: Some(day(met)),
            field: Text::from(field),
            ..Default::default()
        };
        wb.people.put(person(1, "2025-06-01", "IT")); // before the twelve months: its field is known
        wb.people.put(person(2, "2026-11-02", "ｉｔ"));
        wb.people.put(person(3, "2026-11-20", "デザイン"));
        wb.people.put(person(4, "2026-01-15", ""));
        wb.outputs.put(Output { id: OutputId(5), date: Some(day("2026-11-03")), ..Default::default() });
        wb.outputs.put(Output { id: OutputId(6), date: Some(day("2026-12-03")), ..Default::default() });
        wb.introductions.put(Introduction {
            id: IntroductionId(7),
            date: Some(day("2026-10-10")),
            ..Default::default()
        });
        wb.introductions.put(Introduction {
            id: IntroductionId(8),
            date: Some(day("2026-10-11")),
            status: IntroStatus::Planned,
            ..Default::default()
        });
        wb.invitations.put(Invitation {
            id: InvitationId(9),
            decision: Decision::Accepted,
            decided: Some(day("2026-09-30")),
            ..Default::default()
        });
        wb.invitations.put(Invitation {
            id: InvitationId(10),
            decision: Decision::Accepted,
            decided: Some(day("2026-09-30")),
            practice: true,
            ..Default::default()
        });
        wb.communities.put(Community {
            id: CommunityId(11),
            status: CommunityStatus::Active,
            created: Some(day("2026-11-01")),
            ..Default::default()
        });
        wb.communities.put(Community {
            id: CommunityId(12),
            status: CommunityStatus::Considering,
            created: Some(day("2026-11-01")),
            ..Default::default()
        });
        let m = months(&wb, today, 12);
        assert_eq!(m.len(), 12);
        assert_eq!((m[0].start, m[11].start), (day("2025-12-01"), day("2026-11-01")));
        let nov = m[11];
        assert_eq!((nov.people_met, nov.fields_reached), (2, 1), "IT was reached before; デザイン is new");
        assert_eq!(
            (nov.outputs, nov.communities_joined),
            (1, 1),
            "a date after today and a community only considered do not count"
        );
        assert_eq!(m[10].introductions, 1, "made, not planned");
        assert_eq!(m[9].accepted, 1, "practice invitations count nowhere");
        assert_eq!(m[1].people_met, 1);
        assert_eq!(months(&wb, today, 0), Vec::new());
    }

    #[test]
    fn a_month_s_stocktake_sets_each_rating_beside_its_indicators_then_and_before() {
        let mut wb = Workbook::default();
        let take = |id: u64, date: &str, rating: u8, people: u32| Stocktake {
            id: StocktakeId(id),
            date: Some(day(date)),
            ratings: vec![StocktakeRating { kind: AssetKind::DiverseNetworks, rating: Some(rating) }],
            figures: vec![StocktakeFigure {
                kind: AssetKind::DiverseNetworks,
                indicator: Indicator::WeakTies,
                value: people,
            }],
            ..Default::default()
        };
        wb.stocktakes.put(take(1, "2026-08-30", 2, 3));
        wb.stocktakes.put(take(2, "2026-10-05", 3, 7));
        wb.stocktakes.put(Stocktake { id: StocktakeId(3), date: None, ..Default::default() });
        assert!(stocktakes_in(&wb, day("2026-09-01")).is_empty(), "none in September");
        let oct = stocktakes_in(&wb, day("2026-10-01"));
        assert_eq!(oct.len(), 1);
        assert_eq!((oct[0].date, oct[0].before), (day("2026-10-05"), Some(day("2026-08-30"))));
        assert_eq!(
            oct[0].assets,
            vec![AssetAt {
                kind: AssetKind::DiverseNetworks,
                rating: Some(3),
                rating_before: Some(2),
                figures: vec![(Indicator::WeakTies, 7, Some(3))],
            }]
        );
        let aug = stocktakes_in(&wb, day("2026-08-01"));
        assert_eq!((aug[0].before, aug[0].assets[0].rating_before), (None, None), "the first has nothing before it");
    }
}
