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

use std::collections::BTreeSet;

use chrono::{Datelike, Months, NaiveDate};

use super::choices::*;
use super::fields::field_key;
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
}
