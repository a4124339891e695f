//! `export --format ics`: the dates a calendar should know, as an iCalendar file (the
//! `icalendar` crate writes RFC 5545): the deadlines of invitations still waiting for an
//! answer, the days accepted ones take place, the follow-up days of introductions, and this week's steps and suggested
//! reconnections as all-day events spanning the week. Every event has a UID made from what it
//! is about (`invitation-12-deadline@tsunagari`…), so a calendar that imports the file again
//! updates its events instead of adding them twice. Practice invitations are left out.

use chrono::{Days, NaiveDate};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::i18n::{self, Lang, tr};
use crate::model::text::one_line;
use crate::model::{ColumnStep, Workbook, filter, reconnect, week};

const DOMAIN: &str = "tsunagari";

fn all_day(uid: String, summary: &str, description: &str, from: NaiveDate, days: u64, stamp: NaiveDate) -> Event {
    let mut e = Event::new();
    e.uid(&format!("{uid}@{DOMAIN}")).summary(summary).starts(from).ends(from + Days::new(days));
    if !description.is_empty() {
        e.description(description);
    }
    // The stamp is the day of the export, so the same workbook gives the same file that day.
    e.add_property("DTSTAMP", stamp.format("%Y%m%dT000000Z").to_string());
    e.done()
}

/// The calendar for `wb` as of `today`, in `lang`.
pub fn calendar(wb: &Workbook, today: NaiveDate, lang: Lang) -> String {
    let mut cal = Calendar::new();
    cal.name(tr!(lang, "ics-name"));
    for i in wb.invitations.iter().filter(|i| filter::is_open(i) && i.counts()) {
        if let Some(d) = i.deadline {
            let summary = tr!(lang, "ics-deadline", invitation = one_line(&i.what));
            cal.push(all_day(format!("invitation-{}-deadline", i.id.0), &summary, &i.reason, d, 1, today));
        }
    }
    // The day an accepted invitation takes place.
    for i in wb.invitations.iter().filter(|i| i.counts() && i.decision == crate::model::Decision::Accepted) {
        if let Some(d) = i.event {
            let summary = tr!(lang, "ics-event", invitation = one_line(&i.what));
            cal.push(all_day(format!("invitation-{}-event", i.id.0), &summary, &i.reason, d, 1, today));
        }
    }
    for i in wb.introductions.iter() {
        let Some(d) = i.follow_up else { continue };
        let name = |p: Option<crate::model::PersonId>| {
            p.and_then(|p| wb.people.get(p)).map_or_else(String::new, |p| one_line(&p.name))
        };
        let (first, second) = (name(i.first), name(i.second));
        let summary = if i.counts() {
            tr!(lang, "ics-follow-up-made", first = first, second = second)
        } else {
            tr!(lang, "ics-follow-up-planned", first = first, second = second)
        };
        cal.push(all_day(format!("introduction-{}-follow-up", i.id.0), &summary, &i.why, d, 1, today));
    }
    let monday = week::monday(today);
    let taken = week::this_week(wb, today);
    for (step, s) in [ColumnStep::ShowUp, ColumnStep::MakeVisible, ColumnStep::Answer].into_iter().zip(taken) {
        let Some(s) = s.filter(|s| s.done.is_none()) else { continue };
        let summary = format!("{}: {}", i18n::column_step(lang, step), one_line(&s.text));
        cal.push(all_day(format!("week-{monday}-{step:?}"), &summary, "", monday, 7, today));
    }
    for r in reconnect::this_week(wb, today) {
        let line = i18n::next_action(lang, &crate::model::actions::NextAction::Reconnect(r), wb);
        cal.push(all_day(format!("reconnect-{monday}-person-{}", r.person.0), &line, "", monday, 7, today));
    }
    cal.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo;
    use icalendar::{Calendar, CalendarComponent};

    fn uids(text: &str) -> Vec<String> {
        let cal: Calendar = text.parse().expect("the file parses back");
        cal.components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => e.get_uid().map(str::to_owned),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn deadlines_follow_ups_and_the_week_parse_back_with_stable_uids() {
        let today: NaiveDate = "2026-11-27".parse().expect("date");
        let wb = demo::workbook(Lang::Ja, today);
        let first = calendar(&wb, today, Lang::Ja);
        let second = calendar(&wb, today, Lang::Ja);
        assert_eq!(first, second, "the same workbook on the same day gives the same file");
        let ids = uids(&first);
        let pending = wb.invitations.iter().filter(|i| i.deadline.is_some() && filter::is_open(i)).count();
        assert_eq!(ids.iter().filter(|u| u.ends_with("-deadline@tsunagari")).count(), pending);
        assert!(ids.iter().any(|u| u.starts_with("introduction-") && u.ends_with("-follow-up@tsunagari")));
        assert!(ids.iter().any(|u| u.starts_with("reconnect-2026-11-23-person-")));
        // A day later the UIDs are the same events.
        let later = uids(&calendar(&wb, today + Days::new(1), Lang::Ja));
        assert_eq!(later, ids, "UIDs stable across exports");
        assert!(first.contains("期限"), "{first}");
    }
}
