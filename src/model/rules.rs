//! The rules every way of changing the workbook shares — the forms, the command line, the
//! walkthrough and import — written once. Each function reads the workbook as it is and returns
//! the [`Edit`] that makes the change (and the record it made), or a [`RuleError`]; nothing here
//! applies it (only the id counter moves, as new records take their ids), so the app can put it
//! through the undo history and the command line can apply it and save. Outside the model, ids
//! come only from here (and from [`Workbook::new_ids`] for import, which numbers many people at
//! once and gives each the person rules through [`settle_person`]).
//!
//! - **Names.** A value, a tag and a community need a name that no other record of their kind
//!   has (compared without case and surrounding space); a value, a tag, a community, a person,
//!   an output, an invitation and a reflection need a name or a text at all.
//! - **Ranks.** Final values are ranked 1, 2, 3… without gaps or ties: adding one at a rank moves
//!   the ones from there down, moving one swaps it with its neighbour, deleting one moves the
//!   rest up ([`delete`], which also unlinks the record everywhere first).
//! - **Tags by name.** An output's tags may be given by name; a name that is no tag yet becomes
//!   one in the same edit, so one undo removes both ("rust, Rust" is one tag).
//! - **People.** The community where you met is also one you share; you know someone since the
//!   earliest date on record, and a date on record before it moves it back; the first contact
//!   is not after the last; an email has an `@`. A field that another person's field already
//!   is, written another way (case, width, spacing: `fields::field_key`), takes the workbook's
//!   spelling, so the field list stays one list; a field typed new is kept as typed.
//! - **Invitations.** The deadline and the day it takes place are not before the day it was
//!   received; one that already took place is not taken to have been received today.
//! - **Decisions.** A decision other than pending records the day it was made; the same decision
//!   again keeps that day; back to pending clears it.
//! - **Practice invitations.** One written down to practise with ([`Invitation::practice`]) gets
//!   no day it was received and no day it was decided unless one is given: nothing came and
//!   nothing was decided. Made real (the flag cleared), it follows the rules above from then.
//! - **Stock-takes.** One a day. A new one freezes the indicators as of its date; one dated today
//!   also makes its ratings today's self-ratings.
//! - **Contacts.** A logged contact moves the latest contact forward and the first one back.
//! - **Interests.** My interests are kept trimmed, without blanks, each once (by
//!   `names::item_key`: width, case and spacing variants are one), in the order given.
//! - **Pass mark.** `<` and `>` move the value filter's pass mark by 5 points of per cent,
//!   within 5–100 %.
//! - **Weeks.** A step is taken for the week of today (its Monday), one per column step;
//!   taking another for the same slot replaces it (its done day goes with it); ticking records
//!   today as the day it was done, ticking again clears it; ticking a proposal takes it done.
//! - **Visits and reflections** ([`occasions`]): what happened at a community or at an
//!   invitation's event, and whom I met there.
//! - **Dates by default.** A new community, tag or value is created today; a new output and
//!   reflection are dated today and an invitation received today unless they say otherwise (or
//!   it is a practice one).

use chrono::NaiveDate;

use super::choices::*;
use super::ids::*;
use super::names::same_name;
use super::records::*;
use super::text::Text;
use super::workbook::{Change, Edit, Record, Workbook};

/// Why a change was refused; the record's form marks the field it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuleError {
    /// A record of this kind needs a name (or a text) and has none.
    Empty(RecordKind),
    /// Another record of this kind already has the name.
    Duplicate { kind: RecordKind, name: String },
    /// An introduction of someone to themselves.
    SamePerson,
    /// A second stock-take on a day that has one.
    StocktakeSameDay(NaiveDate),
    /// The record to change is not in the workbook.
    Missing(RecordRef),
    /// An invitation due before the day it was received.
    DeadlineBeforeReceived,
    /// A person's first contact after their last.
    FirstAfterLast,
    /// An email without an `@`.
    BadEmail,
    /// A reflection on an invitation that was not accepted (or is only for practice).
    NotAccepted,
    /// A name given as someone met for the first time is already a person in the workbook.
    AlreadyKnown(String),
    /// An invitation that takes place before the day it was received.
    EventBeforeReceived,
}

/// Whether records of `kind` need a name no other record of the kind has.
pub fn unique_names(kind: RecordKind) -> bool {
    matches!(kind, RecordKind::Value | RecordKind::Tag | RecordKind::Community)
}

/// The name (or text) that may not be empty, and for values, tags and communities must be their
/// own; `except` is the record itself when it is being changed.
pub fn check_name(wb: &Workbook, kind: RecordKind, name: &str, except: Option<u64>) -> Result<(), RuleError> {
    if name.trim().is_empty() {
        return Err(RuleError::Empty(kind));
    }
    if !unique_names(kind) {
        return Ok(());
    }
    let taken = |id: u64, other: &str| Some(id) != except && same_name(other, name);
    let duplicate = match kind {
        RecordKind::Value => wb.values.iter().any(|v| taken(v.id.0, &v.name)),
        RecordKind::Tag => wb.tags.iter().any(|t| taken(t.id.0, &t.name)),
        RecordKind::Community => wb.communities.iter().any(|c| taken(c.id.0, &c.name)),
        _ => false,
    };
    if duplicate { Err(RuleError::Duplicate { kind, name: name.trim().to_owned() }) } else { Ok(()) }
}

/// What must not be empty in a record, if anything.
fn required_text(record: &Record) -> Option<&str> {
    match record {
        Record::Value(v) => Some(&v.name),
        Record::Community(c) => Some(&c.name),
        Record::Person(p) => Some(&p.name),
        Record::Tag(t) => Some(&t.name),
        Record::Output(o) => Some(&o.text),
        Record::Invitation(i) => Some(&i.what),
        Record::Reflection(r) => Some(&r.text),
        Record::Introduction(_) | Record::Stocktake(_) => None,
    }
}

/// The checks a record passes before it is written: `except` is the record itself when it is
/// changed (none for a new one). A form runs them even while other fields are wrong, so that
/// every mistake is marked at once.
pub fn check(wb: &Workbook, record: &Record, except: Option<u64>) -> Result<(), RuleError> {
    if let Some(text) = required_text(record) {
        check_name(wb, record.reference().kind(), text, except)?;
    }
    match record {
        Record::Introduction(i) if i.first.is_some() && i.first == i.second => Err(RuleError::SamePerson),
        Record::Invitation(i) if i.deadline.zip(i.received).is_some_and(|(due, got)| due < got) => {
            Err(RuleError::DeadlineBeforeReceived)
        }
        Record::Invitation(i) if i.event.zip(i.received).is_some_and(|(on, got)| on < got) => {
            Err(RuleError::EventBeforeReceived)
        }
        Record::Person(p) if p.first_contact.zip(p.last_contact).is_some_and(|(first, last)| first > last) => {
            Err(RuleError::FirstAfterLast)
        }
        Record::Person(p) if !p.email.is_blank() && !p.email.contains('@') => Err(RuleError::BadEmail),
        Record::Stocktake(st) => match st.date {
            Some(d) if wb.stocktakes.iter().any(|x| x.date == Some(d) && Some(x.id.0) != except) => {
                Err(RuleError::StocktakeSameDay(d))
            }
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}

/// Adds `record` as a new record: checked, given a fresh id (whatever id it carries) and the
/// dates and companions its kind needs. Returns the edit and the new record's reference.
pub fn add(wb: &mut Workbook, record: Record, today: NaiveDate) -> Result<(Edit, RecordRef), RuleError> {
    let record = dated(record, today);
    check(wb, &record, None)?;
    let id = wb.new_id();
    let record = match record {
        Record::Value(v) => Record::Value(FinalValue { id: ValueId(id), ..v }),
        Record::Community(c) => Record::Community(Community { id: CommunityId(id), ..c }),
        Record::Person(p) => Record::Person(Person { id: PersonId(id), ..p }),
        Record::Tag(t) => Record::Tag(Tag { id: TagId(id), ..t }),
        Record::Output(o) => Record::Output(Output { id: OutputId(id), ..o }),
        Record::Introduction(i) => Record::Introduction(Introduction { id: IntroductionId(id), ..i }),
        Record::Invitation(i) => Record::Invitation(Invitation { id: InvitationId(id), ..i }),
        Record::Stocktake(st) => {
            // The indicators as they stood on its day (its count of stock-takes leaves it out).
            let figures = super::assets::figures_for_new_stocktake(wb, st.date.unwrap_or(today));
            Record::Stocktake(Stocktake { id: StocktakeId(id), figures, ..st })
        }
        Record::Reflection(r) => Record::Reflection(Reflection { id: ReflectionId(id), ..r }),
    };
    settle(wb, record, None, today)
}

/// A new record's dates where it gives none: created, dated or received today.
fn dated(record: Record, today: NaiveDate) -> Record {
    let today = Some(today);
    match record {
        Record::Value(v) => Record::Value(FinalValue { created: v.created.or(today), ..v }),
        Record::Community(c) => Record::Community(Community { created: c.created.or(today), ..c }),
        Record::Tag(t) => Record::Tag(Tag { created: t.created.or(today), ..t }),
        Record::Output(o) => Record::Output(Output { date: o.date.or(today), ..o }),
        Record::Invitation(i) if i.practice => Record::Invitation(i),
        // Received today unless it says otherwise; one that already took place was not received
        // today, and what day it was is not guessed.
        Record::Invitation(i) => {
            let received = i.received.or(today.filter(|t| i.event.is_none_or(|e| e >= *t)));
            Record::Invitation(Invitation { received, ..i })
        }
        Record::Stocktake(st) => Record::Stocktake(Stocktake { date: st.date.or(today), ..st }),
        Record::Reflection(r) => Record::Reflection(Reflection { date: r.date.or(today), ..r }),
        other @ (Record::Person(_) | Record::Introduction(_)) => other,
    }
}

/// Replaces the record with the same id by `record`, checked the same way as a new one.
pub fn update(wb: &Workbook, record: Record, today: NaiveDate) -> Result<(Edit, RecordRef), RuleError> {
    let r = record.reference();
    let old = wb.record(r).ok_or(RuleError::Missing(r))?;
    let record = carried_over(record, &old, today);
    check(wb, &record, Some(r.number()))?;
    settle(wb, record, Some(old), today)
}

/// What a changed record keeps from before when it leaves it out: the day an invitation was
/// received (today, if it was never noted, unless it is a practice one).
fn carried_over(record: Record, old: &Record, today: NaiveDate) -> Record {
    match (record, old) {
        (Record::Invitation(i), Record::Invitation(o)) => {
            let received = i.received.or(o.received).or(Some(today).filter(|_| !i.practice));
            Record::Invitation(Invitation { received, ..i })
        }
        (record, _) => record,
    }
}

/// The kind-specific part of writing a record: value ranks, a person's dates and shared
/// communities, a decision's day, a stock-take's ratings.
fn settle(
    wb: &Workbook,
    record: Record,
    old: Option<Record>,
    today: NaiveDate,
) -> Result<(Edit, RecordRef), RuleError> {
    let r = record.reference();
    let mut edit = Edit::new();
    let record = match (record, old) {
        (Record::Value(mut v), old) => {
            // Changing a value is looking at it again (a self-knowledge signal).
            if old.is_some() {
                v.revisited = Some(today);
            }
            edit.extend(place_value(wb, v));
            return Ok((edit, r));
        }
        (Record::Person(p), _) => {
            let field = super::fields::spelled_as_known(wb, &p.field, p.id);
            Record::Person(settle_person(Person { field, ..p }))
        }
        (Record::Invitation(mut i), old) => {
            let before = match old {
                Some(Record::Invitation(o)) => Some(o),
                _ => None,
            };
            i.decided = invitation_decided(&i, before.as_ref().map(|o| (o.decision, o.decided)), today);
            Record::Invitation(i)
        }
        (Record::Stocktake(st), _) => {
            // Taken today, the ratings are today's: they become the current self-ratings too.
            if st.date == Some(today) {
                for x in &st.ratings {
                    let asset = wb.asset(x.kind).cloned().unwrap_or_else(|| Asset::new(x.kind));
                    if asset.rating != x.rating {
                        edit.push(Change::Asset(Asset { rating: x.rating, ..asset }));
                    }
                }
            }
            Record::Stocktake(st)
        }
        (record, _) => record,
    };
    edit.push(Change::Put(record));
    Ok((edit, r))
}

/// A person as they are saved: the community where you met is shared too, and you know them
/// since the earliest date on record.
pub fn settle_person(mut p: Person) -> Person {
    if let Some(c) = p.met_in.filter(|c| !p.communities.contains(c)) {
        p.communities.insert(0, c);
    }
    let logged = p.interactions.iter().filter_map(|i| i.date);
    let earliest = p.last_contact.into_iter().chain(logged).min();
    p.first_contact = p.first_contact.or(earliest);
    p
}

/// A date on record from before the first contact known moves it back (a logged contact, an
/// imported "connected on"); true if it did.
pub fn met_earlier(p: &mut Person, date: NaiveDate) -> bool {
    let earlier = p.first_contact.is_none_or(|known| date < known);
    if earlier {
        p.first_contact = Some(date);
    }
    earlier
}

/// The day a decision was made: a new decision today, the same one as before on its old day
/// (or today, if that was never noted), none while pending.
pub fn decided_on(before: Option<(Decision, Option<NaiveDate>)>, now: Decision, today: NaiveDate) -> Option<NaiveDate> {
    match (now, before) {
        (Decision::Pending, _) => None,
        (now, Some((was, day))) if was == now => day.or(Some(today)),
        _ => Some(today),
    }
}

/// The day an invitation was decided: as [`decided_on`], but a practice invitation keeps only a
/// day it was given (none while pending).
fn invitation_decided(
    i: &Invitation,
    before: Option<(Decision, Option<NaiveDate>)>,
    today: NaiveDate,
) -> Option<NaiveDate> {
    if i.practice {
        i.decided.filter(|_| i.decision != Decision::Pending)
    } else {
        decided_on(before, i.decision, today)
    }
}

/// Puts `v` at its rank (1 = first; 0 or past the end = last) among the other values and
/// numbers them all 1..n; `v` itself is always written (its other fields may have changed), and
/// last.
fn place_value(wb: &Workbook, v: FinalValue) -> Edit {
    let mut order: Vec<FinalValue> = wb.ranked_values().into_iter().filter(|x| x.id != v.id).cloned().collect();
    let at = usize::from(v.rank).checked_sub(1).map_or(order.len(), |at| at.min(order.len()));
    let id = v.id;
    order.insert(at, v);
    let mut edit = renumber(order, |x| x.id == id, None);
    // The value itself last: callers name and show the record an edit ends with.
    let own = edit.iter().position(|c| matches!(c, Change::Put(Record::Value(x)) if x.id == id));
    if let Some(i) = own {
        let change = edit.remove(i);
        edit.push(change);
    }
    edit
}

/// Ranks `order` 1..n: writes each value whose rank changes (stamped as looked at on `revisit`),
/// and those `always` picks.
fn renumber(order: Vec<FinalValue>, always: impl Fn(&FinalValue) -> bool, revisit: Option<NaiveDate>) -> Edit {
    order
        .into_iter()
        .enumerate()
        .filter_map(|(i, mut v)| {
            let rank = u16::try_from(i + 1).unwrap_or(u16::MAX);
            let moved = v.rank != rank;
            if !(moved || always(&v)) {
                return None;
            }
            v.rank = rank;
            if moved && let Some(d) = revisit {
                v.revisited = Some(d);
            }
            Some(Change::Put(Record::Value(v)))
        })
        .collect()
}

/// The edit that deletes `target`: unlinked from every record and asset that points at it,
/// then removed; after a final value, the ones below it move up a rank. Also how many other
/// records it touches (for the question before deleting).
pub fn delete(wb: &Workbook, target: RecordRef) -> (Edit, usize) {
    let (mut edit, touched) = wb.deletion(target);
    if let RecordRef::Value(gone) = target {
        let rest: Vec<FinalValue> = wb.ranked_values().into_iter().filter(|v| v.id != gone).cloned().collect();
        // Before the removal itself, which ends the edit.
        let at = edit.len().saturating_sub(1);
        edit.splice(at..at, renumber(rest, |_| false, None));
    }
    (edit, touched)
}

/// `K`/`J` on a final value: it swaps places with the one above or below (`None` at the end of
/// the list). The values that move count as looked at again.
pub fn move_value(wb: &Workbook, id: ValueId, up: bool, today: NaiveDate) -> Option<Edit> {
    let mut order: Vec<FinalValue> = wb.ranked_values().into_iter().cloned().collect();
    let at = order.iter().position(|v| v.id == id)?;
    let other = if up { at.checked_sub(1)? } else { Some(at + 1).filter(|&o| o < order.len())? };
    order.swap(at, other);
    // Renumbering 1..n also mends hand-edited gaps or ties, which could make a swap a no-op.
    Some(renumber(order, |_| false, Some(today)))
}

/// A list of interests as the rule keeps it: trimmed, without blanks, each once (width, case
/// and spacing variants are one), in the order given.
pub fn interest_items<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<Text> {
    let mut seen = std::collections::HashSet::new();
    items
        .into_iter()
        .map(|i| Text::from(i.trim()))
        .filter(|t| !t.is_blank() && seen.insert(super::names::item_key(t)))
        .collect()
}

/// The edit that makes `items` my interests (see the module's rule).
pub fn set_interests<'a>(items: impl IntoIterator<Item = &'a str>) -> Edit {
    vec![Change::Interests(interest_items(items))]
}

/// The interests a community feeds, kept by the same rule, and the edit that adds those that
/// are not mine yet to my own list (saying a place feeds an interest says it is mine).
pub fn community_interests<'a>(wb: &Workbook, items: impl IntoIterator<Item = &'a str>) -> (Vec<Text>, Option<Change>) {
    let theirs = interest_items(items);
    let mine: Vec<&str> = wb.interests.iter().map(|t| t.as_str()).collect();
    let all = interest_items(mine.iter().copied().chain(theirs.iter().map(|t| t.as_str())));
    let grown = (all.len() > wb.interests.len()).then_some(Change::Interests(all));
    (theirs, grown)
}

/// The edit that takes `text` (about `about`) as this week's `step`.
pub fn take_week_step(today: NaiveDate, step: ColumnStep, text: Text, about: Option<RecordRef>) -> Edit {
    let week = super::week::monday(today);
    vec![Change::Week { week, step, value: Some(WeekStep { week: Some(week), step, text, about, done: None }) }]
}

/// The edit that takes `text` as this week's `step` already done today (`c` on a proposal: the
/// step was done before it was chosen).
pub fn take_done_week_step(today: NaiveDate, step: ColumnStep, text: Text, about: Option<RecordRef>) -> Edit {
    let week = super::week::monday(today);
    let done = Some(today);
    vec![Change::Week { week, step, value: Some(WeekStep { week: Some(week), step, text, about, done }) }]
}

/// The edit that marks this week's `step` done today, or not done again (`None`: none taken).
pub fn tick_week_step(wb: &Workbook, today: NaiveDate, step: ColumnStep) -> Option<Edit> {
    let week = super::week::monday(today);
    let mut taken = wb.weeks.iter().find(|s| s.week == Some(week) && s.step == step)?.clone();
    taken.done = if taken.done.is_some() { None } else { Some(today) };
    Some(vec![Change::Week { week, step, value: Some(taken) }])
}

/// The edit that empties this week's `step` (`None`: nothing to empty).
pub fn clear_week_step(wb: &Workbook, today: NaiveDate, step: ColumnStep) -> Option<Edit> {
    let week = super::week::monday(today);
    wb.weeks
        .iter()
        .any(|s| s.week == Some(week) && s.step == step)
        .then(|| vec![Change::Week { week, step, value: None }])
}

/// The pass mark after one press of `>` (`up`) or `<`.
pub fn move_pass_mark(current: u8, up: bool) -> u8 {
    use super::settings::{PASS_MARK_RANGE, PASS_MARK_STEP};
    let moved = if up { current.saturating_add(PASS_MARK_STEP) } else { current.saturating_sub(PASS_MARK_STEP) };
    moved.clamp(*PASS_MARK_RANGE.start(), *PASS_MARK_RANGE.end())
}

/// Ranks the values `first` first, in that order, and the others after them in their order
/// (1..n, no gaps).
pub fn rank_values(wb: &Workbook, first: &[ValueId]) -> Edit {
    let ranked = wb.ranked_values();
    let mut order: Vec<FinalValue> = first.iter().filter_map(|id| wb.values.get(*id)).cloned().collect();
    order.extend(ranked.into_iter().filter(|v| !first.contains(&v.id)).cloned());
    renumber(order, |_| false, None)
}

/// The tags called `names`, in order and each once: the ones that exist, and new ones for the
/// names that are no tag yet (their puts are in the edit, to go before the record that uses them).
pub fn tags_named<'a>(
    wb: &mut Workbook,
    names: impl IntoIterator<Item = &'a str>,
    today: NaiveDate,
) -> (Vec<TagId>, Edit) {
    let mut ids: Vec<TagId> = Vec::new();
    let mut edit = Edit::new();
    let mut made: Vec<(String, TagId)> = Vec::new();
    for name in names.into_iter().map(str::trim).filter(|n| !n.is_empty()) {
        let known = wb.tag_named(name).or_else(|| made.iter().find(|(n, _)| same_name(n, name)).map(|m| m.1));
        let id = match known {
            Some(id) => id,
            None => {
                let id = TagId(wb.new_id());
                made.push((name.to_owned(), id));
                edit.push(Change::Put(Record::Tag(Tag {
                    id,
                    name: Text::from(name),
                    description: Text::default(),
                    created: Some(today),
                })));
                id
            }
        };
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    (ids, edit)
}

/// An output whose tags are given by name: new tags and the output in one edit.
pub fn output_with_tags<'a>(
    wb: &mut Workbook,
    mut output: Output,
    tag_names: impl IntoIterator<Item = &'a str>,
    existing: bool,
    today: NaiveDate,
) -> Result<(Edit, RecordRef), RuleError> {
    // The output's own checks first: a refused output must not leave new tags behind.
    check(wb, &Record::Output(output.clone()), existing.then_some(output.id.0))?;
    let (tags, mut edit) = tags_named(wb, tag_names, today);
    output.tags = tags;
    let (rest, r) =
        if existing { update(wb, Record::Output(output), today)? } else { add(wb, Record::Output(output), today)? };
    edit.extend(rest);
    Ok((edit, r))
}

/// A contact with `person` on `date`, added to their log.
pub fn log_contact(wb: &Workbook, person: PersonId, contact: Interaction) -> Result<Edit, RuleError> {
    let mut p = wb.people.get(person).cloned().ok_or(RuleError::Missing(RecordRef::Person(person)))?;
    let date = contact.date;
    p.interactions.push(contact);
    p.interactions.sort_by_key(|i| i.date);
    p.last_contact = p.last_contact.max(date);
    if let Some(d) = date {
        met_earlier(&mut p, d);
    }
    Ok(vec![Change::Put(Record::Person(p))])
}

/// The status a decision gives a community under consideration.
pub fn community_status(d: Decision) -> CommunityStatus {
    match d {
        Decision::Accepted => CommunityStatus::Trying,
        Decision::Declined => CommunityStatus::Left,
        Decision::Pending | Decision::Later => CommunityStatus::Considering,
    }
}

/// A decision from the value filter on an invitation, with its reason.
pub fn decide_invitation(
    wb: &Workbook,
    id: InvitationId,
    decision: Decision,
    reason: Text,
    today: NaiveDate,
) -> Result<Edit, RuleError> {
    let mut inv = wb.invitations.get(id).cloned().ok_or(RuleError::Missing(RecordRef::Invitation(id)))?;
    let before = Some((inv.decision, inv.decided));
    inv.decision = decision;
    inv.decided = invitation_decided(&inv, before, today);
    inv.reason = reason;
    Ok(vec![Change::Put(Record::Invitation(inv))])
}

/// A decision from the value filter on a community under consideration: its new status, and the
/// reason added to its notes with the day.
pub fn decide_community(
    wb: &Workbook,
    id: CommunityId,
    status: CommunityStatus,
    reason: &str,
    today: NaiveDate,
) -> Result<Edit, RuleError> {
    let mut c = wb.communities.get(id).cloned().ok_or(RuleError::Missing(RecordRef::Community(id)))?;
    c.status = status;
    if !reason.trim().is_empty() {
        let dated = format!("{}: {}", today.format("%Y-%m-%d"), reason.trim());
        let notes = if c.notes.is_blank() { dated } else { format!("{}\n{dated}", c.notes.trim_end()) };
        c.notes = Text::from(notes.as_str());
    }
    Ok(vec![Change::Put(Record::Community(c))])
}

/// Settles conflict `index` a merge left: keep ours (the record as it is) or take theirs.
pub fn settle_conflict(wb: &Workbook, index: usize, take: super::merge::Side) -> Option<Edit> {
    super::merge::resolve(wb, index, take)
}

mod occasions;
pub use occasions::*;

#[cfg(test)]
mod tests;
