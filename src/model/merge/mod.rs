//! Three-way merge of two copies of the workbook: `merge(base, ours, theirs)` gives one workbook
//! and a [`Report`] of what came in. Pure: no files, no screen; the `merge` command, the app
//! (conflict files of sync tools) and the tests call it.
//!
//! How the data flows:
//!
//! 1. [`renumber`]: of two different records both copies added under one id, one gets a fresh
//!    id (the same one whichever copy is ours), and its copy's links to it follow;
//! 2. [`kinds`]: each kind's three tables are walked in id order and each record decided:
//!    - on both sides, equal, or changed on one side only: that version;
//!    - changed on both: field by field ([`by_field`]); a field both changed differently is a
//!      [`Conflict`] kept in the workbook, and the record holds ours' value meanwhile;
//!    - new on one side or both: kept (all of them);
//!    - deleted on one side and untouched on the other: deleted; deleted on one side and edited
//!      on the other: kept, and the report says so ([`Report::kept_edited`]);
//! 3. [`parts`]: settings, interests, assets, weeks, the walkthrough and the version vectors,
//!    each by a rule documented there;
//! 4. a record deleted on one side that a merged record still points at is kept
//!    ([`Report::kept_linked`]), so no link points at nothing;
//! 5. conflicts of earlier merges are carried, and `next_id` ends above every id of the three.
//!
//! Without a known common version ([`union`]), nothing is taken for deleted: records of either
//! side are all kept, and every field that differs is a conflict (lists are joined).
//!
//! Determinism: `merge(b, x, x) == x` (up to the version vector, which is the same), and
//! `merge(b, o, t)` holds the same records under the same ids as `merge(b, t, o)`, up to which
//! value of a conflict sits in the record meanwhile.

mod by_field;
mod kinds;
mod parts;
mod renumber;

use std::collections::HashSet;

use super::choices::RecordRef;
use super::conflict::Conflict;
use super::records::*;
use super::workbook::{Change, Edit, Record, Workbook};
use kinds::{Kind, for_each_kind, merge_kind};

/// One of the two copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// What a merge did, seen from ours: what came in from theirs, and what needs a choice.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// Records new in theirs, now in ours.
    pub added: Vec<RecordRef>,
    /// Records that took at least one change from theirs.
    pub changed: Vec<RecordRef>,
    /// Records theirs deleted (ours had not touched them).
    pub deleted: Vec<RecordRef>,
    /// Fields both sides changed differently in this merge.
    pub conflicts: Vec<Conflict>,
    /// Records deleted on one side (the side named) and kept because the other edited them.
    pub kept_edited: Vec<(RecordRef, Side)>,
    /// Records deleted on one side and kept because a merged record points at them.
    pub kept_linked: Vec<RecordRef>,
    /// Records that got a fresh id, in either copy: (old, new).
    pub renumbered: Vec<(RecordRef, RecordRef)>,
    /// Settings, assets and weeks' steps both sides changed differently, where ours was kept.
    pub kept_ours: usize,
    /// Texts of assets and weeks' steps both sides changed differently, now holding both.
    pub joined: usize,
    /// No common version was known: a union that deleted nothing.
    pub without_base: bool,
}

impl Report {
    /// True when nothing waits for a choice.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }

    /// True when theirs brought nothing ours did not have.
    pub fn nothing_new(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.deleted.is_empty() && self.conflicts.is_empty()
    }
}

/// A merged workbook and what the merge did.
#[derive(Clone, Debug)]
pub struct Merged {
    pub workbook: Workbook,
    pub report: Report,
}

/// Merges `ours` and `theirs`, two copies that both started from `base`.
pub fn merge(base: &Workbook, ours: &Workbook, theirs: &Workbook) -> Merged {
    run(Some(base), ours, theirs)
}

/// Joins two copies whose common version is not known: nothing is deleted, every differing
/// field is a conflict.
pub fn union(ours: &Workbook, theirs: &Workbook) -> Merged {
    run(None, ours, theirs)
}

fn run(base: Option<&Workbook>, ours: &Workbook, theirs: &Workbook) -> Merged {
    let moves = renumber::clashes(base, ours, theirs);
    let (ours_moved, theirs_moved);
    let (ours, theirs) = if moves.is_empty() {
        (ours, theirs)
    } else {
        ours_moved = renumber::apply(ours, &moves.ours);
        theirs_moved = renumber::apply(theirs, &moves.theirs);
        (&ours_moved, &theirs_moved)
    };
    let mut out = Workbook { version: ours.version.max(theirs.version), ..Workbook::default() };
    let mut renumbered: Vec<_> = moves.ours.into_iter().chain(moves.theirs).collect();
    renumbered.sort();
    let mut report = Report { without_base: base.is_none(), renumbered, ..Report::default() };
    let mut conflicts = Vec::new();
    let mut deleted = Vec::new();
    {
        let mut into =
            kinds::Into { out: &mut out, report: &mut report, conflicts: &mut conflicts, deleted: &mut deleted };
        for_each_kind!(merge_kind(base, ours, theirs, &mut into));
    }
    parts::merge_parts(base, ours, theirs, &mut out, &mut report);
    report.kept_linked = keep_linked(&mut out, deleted);
    report.deleted.retain(|r| !out.contains(*r));
    out.conflicts = parts::carry_conflicts(ours, theirs, conflicts.clone(), &out);
    report.conflicts = conflicts;
    out.next_id = [Some(ours), Some(theirs), base].into_iter().flatten().map(|w| w.next_id).max().unwrap_or(1);
    out.normalise();
    report.added.sort();
    report.changed.sort();
    report.changed.dedup();
    report.deleted.sort();
    Merged { workbook: out, report }
}

fn put(wb: &mut Workbook, rec: Record) {
    match rec {
        Record::Value(r) => drop(wb.values.put(r)),
        Record::Community(r) => drop(wb.communities.put(r)),
        Record::Person(r) => drop(wb.people.put(r)),
        Record::Tag(r) => drop(wb.tags.put(r)),
        Record::Output(r) => drop(wb.outputs.put(r)),
        Record::Introduction(r) => drop(wb.introductions.put(r)),
        Record::Invitation(r) => drop(wb.invitations.put(r)),
        Record::Stocktake(r) => drop(wb.stocktakes.put(r)),
        Record::Reflection(r) => drop(wb.reflections.put(r)),
    }
}

fn missing_of<T: Kind>(wb: &Workbook, out: &mut HashSet<RecordRef>) {
    for rec in T::table(wb).iter() {
        out.extend(rec.links().into_iter().filter(|&to| !wb.contains(to)));
    }
}

/// Links of `wb` that point at nothing.
fn missing(wb: &Workbook) -> HashSet<RecordRef> {
    let mut out = HashSet::new();
    for_each_kind!(missing_of(wb, &mut out));
    out.extend(wb.assets.iter().flat_map(|a| a.evidence.iter().copied()).filter(|&to| !wb.contains(to)));
    out
}

fn unlink_kind<T: Kind>(wb: &mut Workbook, gone: &HashSet<RecordRef>) {
    let rows: Vec<T> = T::table(wb)
        .iter()
        .cloned()
        .map(|mut rec| {
            for to in gone {
                rec.unlink(*to);
            }
            rec
        })
        .collect();
    *T::table_mut(wb) = rows.into_iter().collect();
}

/// Puts back deleted records that a merged record (or an asset) still points at, until none is
/// missing; returns them. A link to a record that is nowhere (not possible from two valid
/// copies) is dropped.
fn keep_linked(out: &mut Workbook, deleted: Vec<Record>) -> Vec<RecordRef> {
    let mut kept = Vec::new();
    loop {
        let gone = missing(out);
        if gone.is_empty() {
            break;
        }
        let back: Vec<&Record> = deleted.iter().filter(|d| gone.contains(&d.reference())).collect();
        if back.is_empty() {
            for_each_kind!(unlink_kind(out, &gone));
            for a in &mut out.assets {
                a.evidence.retain(|e| !gone.contains(e));
            }
            break;
        }
        for rec in back {
            kept.push(rec.reference());
            put(out, rec.clone());
        }
    }
    kept.sort();
    kept
}

/// The edit that settles conflict `index` of `wb`: keep ours (the record as it is) or take
/// theirs (the field set to their value). `None` when there is no such conflict or its record
/// is gone; a conflict whose value no longer fits its field (a hand edit) is only dropped.
pub fn resolve(wb: &Workbook, index: usize, take: Side) -> Option<Edit> {
    let c = wb.conflicts.get(index)?;
    let record = wb.record(c.record)?;
    let mut rest = wb.conflicts.clone();
    rest.remove(index);
    let mut edit = vec![Change::Conflicts(rest)];
    if take == Side::Theirs {
        let changed = match record {
            Record::Value(r) => by_field::with_field(&r, &c.field, &c.theirs).map(Record::Value),
            Record::Community(r) => by_field::with_field(&r, &c.field, &c.theirs).map(Record::Community),
            Record::Person(r) => by_field::with_field(&r, &c.field, &c.theirs).map(Record::Person),
            Record::Tag(r) => by_field::with_field(&r, &c.field, &c.theirs).map(Record::Tag),
            Record::Output(r) => by_field::with_field(&r, &c.field, &c.theirs).map(Record::Output),
            Record::Introduction(r) => by_field::with_field(&r, &c.field, &c.theirs).map(Record::Introduction),
            Record::Invitation(r) => by_field::with_field(&r, &c.field, &c.theirs).map(Record::Invitation),
            Record::Stocktake(r) => by_field::with_field(&r, &c.field, &c.theirs).map(Record::Stocktake),
            Record::Reflection(r) => by_field::with_field(&r, &c.field, &c.theirs).map(Record::Reflection),
        };
        edit.extend(changed.map(Change::Put));
    }
    Some(edit)
}

/// The value a conflicted field holds in the record now (ours, unless edited since).
pub fn current_value(wb: &Workbook, c: &Conflict) -> Option<serde_json::Value> {
    Some(match wb.record(c.record)? {
        Record::Value(r) => by_field::field_of(&r, &c.field),
        Record::Community(r) => by_field::field_of(&r, &c.field),
        Record::Person(r) => by_field::field_of(&r, &c.field),
        Record::Tag(r) => by_field::field_of(&r, &c.field),
        Record::Output(r) => by_field::field_of(&r, &c.field),
        Record::Introduction(r) => by_field::field_of(&r, &c.field),
        Record::Invitation(r) => by_field::field_of(&r, &c.field),
        Record::Stocktake(r) => by_field::field_of(&r, &c.field),
        Record::Reflection(r) => by_field::field_of(&r, &c.field),
    })
}

#[cfg(test)]
mod tests;
