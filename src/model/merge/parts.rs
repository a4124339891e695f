//! The parts of the workbook that are not records, each merged by its own choice:
//!
//! - **settings**: field by field; a setting both sides changed differently keeps ours (a
//!   setting is a preference of the machine at hand, not data worth a question);
//! - **interests**: a list, item by item (both sides' additions kept, removals applied);
//! - **assets**: one per kind, field by field; the evidence list item by item; a rating both
//!   changed keeps ours (the next stock-take asks again anyway); notes both changed keep both
//!   texts, in a fixed order (nothing typed on either machine is lost; the person edits them
//!   down);
//! - **weeks**: one step per (week, step) slot, like records: added on either side kept, cleared
//!   on one side and untouched on the other cleared, changed on both field by field (a text
//!   both changed keeps both; any other clash keeps ours, what this screen showed);
//! - **walkthrough**: the copy that got further (more chapters finished, then the later place);
//!   its place, card sort and records move together, never mixed;
//! - **conflicts** left by earlier merges: both sides' kept (ours first, one per field), as long
//!   as their record is still there;
//! - **saved_by**: every save either side includes (the join of the version vectors).
//!
//! Each clash that keeps ours here is counted in the report (`kept_ours`), each text that keeps
//! both in `joined`.

use super::super::conflict::Conflict;
use super::super::records::{Asset, WeekStep};
use super::super::settings::WalkthroughProgress;
use super::super::workbook::Workbook;
use super::Report;
use super::by_field;

/// Merges the settings, interests, assets, weeks, walkthrough and version vectors into `out`.
pub(super) fn merge_parts(
    base: Option<&Workbook>,
    ours: &Workbook,
    theirs: &Workbook,
    out: &mut Workbook,
    report: &mut Report,
) {
    let (settings, clashes) = by_field::merge(base.map(|b| &b.settings), &ours.settings, &theirs.settings);
    out.settings = settings;
    report.kept_ours += clashes.len();

    let interests = |w: &Workbook| Interests { interests: w.interests.clone() };
    let (interests, clashes) = by_field::merge(base.map(interests).as_ref(), &interests(ours), &interests(theirs));
    out.interests = interests.interests;
    report.kept_ours += clashes.len();

    out.assets = ours
        .assets
        .iter()
        .map(|o| {
            let t = theirs.assets.iter().find(|a| a.kind == o.kind);
            let b = base.and_then(|b| b.assets.iter().find(|a| a.kind == o.kind));
            match t {
                Some(t) => {
                    let (a, clashes): (Asset, _) = by_field::merge(b, o, t);
                    keep_both_texts(a, clashes, report)
                }
                None => o.clone(),
            }
        })
        .collect();

    out.weeks = merge_weeks(base.map(|b| b.weeks.as_slice()), &ours.weeks, &theirs.weeks, report);

    out.walkthrough = further(base.map(|b| &b.walkthrough), &ours.walkthrough, &theirs.walkthrough).clone();
    out.saved_by = ours.saved_by.join(&theirs.saved_by);
}

/// A list of interests seen as a record with one list field, so `by_field` merges it item by
/// item.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
struct Interests {
    #[serde(default)]
    interests: Vec<super::super::text::Text>,
}

fn slot(s: &WeekStep) -> (Option<chrono::NaiveDate>, super::super::choices::ColumnStep) {
    (s.week, s.step)
}

/// The fields of assets and weeks' steps that are a person's own words.
const TEXT_FIELDS: &[&str] = &["notes", "text"];

/// What both sides changed differently in a part that is not a record. A text field keeps both
/// versions, one paragraph each, in a fixed order (so merging either way, or merging the two
/// results, gives the same text); a version the other already holds whole is not repeated, and
/// a side that emptied it gives way to the other's words. Any other value keeps ours. Counted
/// in `report` (`joined` only when both texts stay).
fn keep_both_texts<T: serde::Serialize + serde::de::DeserializeOwned>(
    mut value: T,
    clashes: Vec<by_field::Clash>,
    report: &mut Report,
) -> T {
    use serde_json::Value;
    for (field, o, t) in clashes {
        let text = |v: &Value| match v {
            Value::String(s) => Some(s.trim().to_owned()),
            Value::Null => Some(String::new()),
            _ => None,
        };
        let (Some(o), Some(t)) = (text(&o), text(&t)) else {
            report.kept_ours += 1;
            continue;
        };
        if !TEXT_FIELDS.contains(&field.as_str()) {
            report.kept_ours += 1;
            continue;
        }
        let (kept, joined) = if t.is_empty() || o.contains(&t) {
            (o, false)
        } else if o.is_empty() || t.contains(&o) {
            (t, false)
        } else {
            let mut both = [o, t];
            both.sort();
            (both.join("\n\n"), true)
        };
        match by_field::with_field(&value, &field, &Value::String(kept)) {
            Some(v) => {
                value = v;
                report.joined += usize::from(joined);
            }
            None => report.kept_ours += 1,
        }
    }
    value
}

fn merge_weeks(
    base: Option<&[WeekStep]>,
    ours: &[WeekStep],
    theirs: &[WeekStep],
    report: &mut Report,
) -> Vec<WeekStep> {
    let three_way = base.is_some();
    let base = base.unwrap_or(&[]);
    let find = |list: &[WeekStep], s: &WeekStep| list.iter().find(|x| slot(x) == slot(s)).cloned();
    let mut out = Vec::new();
    for o in ours {
        let b = find(base, o);
        match find(theirs, o) {
            Some(t) if t == *o => out.push(t),
            Some(t) => {
                let (merged, clashes) = by_field::merge(b.as_ref(), o, &t);
                out.push(keep_both_texts(merged, clashes, report));
            }
            // Cleared by theirs: cleared, unless ours changed it since.
            None if three_way && b.as_ref() == Some(o) => {}
            None => out.push(o.clone()),
        }
    }
    for t in theirs {
        let in_ours = ours.iter().any(|o| slot(o) == slot(t));
        let b = find(base, t);
        let cleared_by_ours = three_way && b.as_ref() == Some(t);
        if !in_ours && !cleared_by_ours {
            out.push(t.clone());
        }
    }
    out
}

/// How far a walkthrough got: the chapters finished, then whether it ended, then its place.
fn progress(w: &WalkthroughProgress) -> (usize, bool, u16, u16) {
    (w.finished.len(), w.completed.is_some(), w.chapter, w.question)
}

fn further<'a>(
    base: Option<&WalkthroughProgress>,
    ours: &'a WalkthroughProgress,
    theirs: &'a WalkthroughProgress,
) -> &'a WalkthroughProgress {
    if base == Some(ours) || progress(theirs) > progress(ours) { theirs } else { ours }
}

/// Earlier conflicts of both sides, ours first, one per field, for records still in `out`;
/// then the new ones (which replace an earlier one about the same field).
pub(super) fn carry_conflicts(ours: &Workbook, theirs: &Workbook, new: Vec<Conflict>, out: &Workbook) -> Vec<Conflict> {
    let mut all: Vec<Conflict> = Vec::new();
    for c in new.into_iter().chain(ours.conflicts.iter().cloned()).chain(theirs.conflicts.iter().cloned()) {
        if out.contains(c.record) && !all.iter().any(|x| x.same_place(&c)) {
            all.push(c);
        }
    }
    all.sort_by(|a, b| (a.record, &a.field).cmp(&(b.record, &b.field)));
    all
}
