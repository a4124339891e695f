//! What happened on an occasion, written down afterwards: a visit to a community, and the
//! reflection after an invitation's event. Both name the people seen there, may add people met
//! for the first time in the same edit, and move those people's contact dates; neither claims
//! more than the person wrote.
//!
//! - **Visits.** A visit moves the community's last visit forward; each person named is one I
//!   saw there (their latest contact moves to the visit's day, and the community becomes one we
//!   share); a new name becomes a person met there, in the same edit; a visit in this week
//!   marks this week's "show up" step about that community done on the visit's day.
//! - **New people.** A name given as met for the first time that is already a person's is
//!   refused: they are among the people seen (a second record of them would split their ties).
//! - **Reflections.** Only an invitation that was accepted and counts can be reflected on. The
//!   reflection sets what happened, what was unexpected, how it turned out, the value it served,
//!   whom I met and the happenstance skills used, and records today as the day it was written;
//!   setting it aside records the day with nothing else, so the week page asks only once. A new
//!   name becomes a person met through the invitation (its community, its event day); the
//!   people named get the event day as a contact. A value served must be one of mine.

use chrono::NaiveDate;

use super::super::choices::*;
use super::super::ids::*;
use super::super::names::item_key;
use super::super::records::*;
use super::super::text::Text;
use super::super::workbook::{Change, Edit, Record, Workbook};
use super::{RuleError, add, met_earlier};

/// `Err` when a name given as new is already a person's (typed under "met for the first time"
/// by mistake, it would make a second record of them): write them under the people seen.
fn new_to_me(wb: &Workbook, names: &[Text]) -> Result<(), RuleError> {
    // Compared as names are everywhere (width, case and spacing variants are one).
    let known: std::collections::HashSet<String> = wb.people.iter().map(|p| item_key(&p.name)).collect();
    match names.iter().find(|n| !n.is_blank() && known.contains(&item_key(n))) {
        Some(n) => Err(RuleError::AlreadyKnown(n.trim().to_owned())),
        None => Ok(()),
    }
}

/// The edit that logs `visit` to `community`, with `new_names` as people met there for the first
/// time (see the module's rule).
pub fn log_visit(
    wb: &mut Workbook,
    community: CommunityId,
    mut visit: Visit,
    new_names: &[Text],
    today: NaiveDate,
) -> Result<Edit, RuleError> {
    let mut c = wb.communities.get(community).cloned().ok_or(RuleError::Missing(RecordRef::Community(community)))?;
    new_to_me(wb, new_names)?;
    let date = visit.date;
    let mut edit = Vec::new();
    for name in new_names.iter().filter(|n| !n.is_blank()) {
        let p = Person {
            name: name.clone(),
            met_in: Some(community),
            communities: vec![community],
            first_contact: date,
            last_contact: date,
            ..Default::default()
        };
        let (made, at) = add(wb, Record::Person(p), today)?;
        edit.extend(made);
        if let RecordRef::Person(id) = at {
            visit.people.push(id);
        }
    }
    for &id in &visit.people {
        let Some(mut p) = wb.people.get(id).cloned() else { continue };
        p.last_contact = p.last_contact.max(date);
        if let Some(d) = date {
            met_earlier(&mut p, d);
        }
        if p.met_in != Some(community) && !p.communities.contains(&community) {
            p.communities.push(community);
        }
        edit.push(Change::Put(Record::Person(p)));
    }
    c.last_visit = c.last_visit.max(date);
    c.visits.push(visit);
    c.visits.sort_by_key(|v| v.date);
    edit.push(Change::Put(Record::Community(c)));
    // This week's "show up", if it is about this community and the visit falls in this week.
    let monday = super::super::week::monday(today);
    if let Some(d) = date.filter(|d| (monday..=today).contains(d)) {
        let about = Some(RecordRef::Community(community));
        if let Some(step) = wb
            .weeks
            .iter()
            .find(|s| s.week == Some(monday) && s.step == ColumnStep::ShowUp && s.about == about && s.done.is_none())
        {
            let done = WeekStep { done: Some(d), ..step.clone() };
            edit.push(Change::Week { week: monday, step: ColumnStep::ShowUp, value: Some(done) });
        }
    }
    Ok(edit)
}

/// What a reflection after an invitation says (see the module's rule).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Afterwards {
    pub outcome: Text,
    pub unexpected: Text,
    pub turned_out: Option<TurnedOut>,
    pub served: Option<ValueId>,
    /// People already in the workbook whom I met or saw there.
    pub met: Vec<PersonId>,
    pub skills: Vec<HappenstanceSkill>,
}

/// The edit that writes `after` on the invitation `id`, with `new_names` as people met there for
/// the first time (see the module's rule).
pub fn reflect(
    wb: &mut Workbook,
    id: InvitationId,
    mut after: Afterwards,
    new_names: &[Text],
    today: NaiveDate,
) -> Result<Edit, RuleError> {
    let inv = wb.invitations.get(id).cloned().ok_or(RuleError::Missing(RecordRef::Invitation(id)))?;
    if !inv.counts() || inv.decision != Decision::Accepted {
        return Err(RuleError::NotAccepted);
    }
    new_to_me(wb, new_names)?;
    if let Some(v) = after.served.filter(|v| wb.values.get(*v).is_none()) {
        return Err(RuleError::Missing(RecordRef::Value(v)));
    }
    let day = inv.event.filter(|d| *d <= today).unwrap_or(today);
    let mut edit = Vec::new();
    for name in new_names.iter().filter(|n| !n.is_blank()) {
        let p = Person {
            name: name.clone(),
            met_in: inv.via,
            communities: inv.via.into_iter().collect(),
            first_contact: Some(day),
            last_contact: Some(day),
            ..Default::default()
        };
        let (made, at) = add(wb, Record::Person(p), today)?;
        edit.extend(made);
        if let RecordRef::Person(p) = at {
            after.met.push(p);
        }
    }
    after.met.dedup();
    for &p in &after.met {
        let Some(mut person) = wb.people.get(p).cloned() else { continue };
        // Someone met only now is already dated; someone known gets the day as a contact.
        if person.last_contact.is_none_or(|d| d < day) || person.first_contact.is_none_or(|d| d > day) {
            person.last_contact = person.last_contact.max(Some(day));
            met_earlier(&mut person, day);
            edit.push(Change::Put(Record::Person(person)));
        }
    }
    let done = Invitation {
        outcome: after.outcome,
        unexpected: after.unexpected,
        turned_out: after.turned_out,
        served: after.served,
        met: after.met,
        skills: after.skills,
        reflected: Some(today),
        ..inv
    };
    edit.push(Change::Put(Record::Invitation(done)));
    Ok(edit)
}

/// The edit that sets the reflection on `id` aside: the day is recorded, nothing else is said.
pub fn set_reflection_aside(wb: &Workbook, id: InvitationId, today: NaiveDate) -> Option<Edit> {
    let inv = wb.invitations.get(id)?;
    let aside = Invitation { reflected: Some(today), ..inv.clone() };
    Some(vec![Change::Put(Record::Invitation(aside))])
}
