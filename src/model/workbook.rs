//! The workbook: every record kind in one value, the id counter, and the only way to change it,
//! [`Workbook::apply`], which takes an [`Edit`] and returns the edit that undoes it.
//!
//! Links between records are checked on every change: a record may only point at records that
//! exist, and a record that others point at can only be removed by the edit that
//! [`Workbook::deletion`] builds, which first unlinks it everywhere (so undo restores the links
//! too).

use serde::{Deserialize, Serialize};

use super::choices::*;
use super::conflict::{Conflict, Versions};
use super::ids::*;
use super::links::Links;
use super::records::*;
use super::settings::*;
use super::table::{Keyed, Table};

/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Workbook {
    pub version: u32,
    /// The next id to hand out; never decreases.
    pub next_id: u64,
    pub settings: Settings,
    /// My own interests (the first hook of Step 1): communities that share one pass the value
    /// filter (see `filter`). Free text; items count as one by `names::item_key`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<super::text::Text>,
    pub values: Table<FinalValue>,
    pub communities: Table<Community>,
    pub people: Table<Person>,
    pub tags: Table<Tag>,
    pub outputs: Table<Output>,
    pub introductions: Table<Introduction>,
    pub invitations: Table<Invitation>,
    pub assets: Vec<Asset>,
    pub stocktakes: Table<Stocktake>,
    pub reflections: Table<Reflection>,
    pub walkthrough: WalkthroughProgress,
    /// The steps chosen for each week (see `week`), oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub weeks: Vec<WeekStep>,
    /// Fields two copies changed differently, left by a merge until the person chooses (see
    /// `merge`); the record holds our value meanwhile.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Which saves of which machine this copy includes (bumped by every save; see `conflict`).
    #[serde(skip_serializing_if = "Versions::is_empty")]
    pub saved_by: Versions,
}

impl Default for Workbook {
    fn default() -> Self {
        Self {
            version: CURRENT_VERSION,
            next_id: 1,
            settings: Settings::default(),
            interests: Vec::new(),
            values: Table::default(),
            communities: Table::default(),
            people: Table::default(),
            tags: Table::default(),
            outputs: Table::default(),
            introductions: Table::default(),
            invitations: Table::default(),
            assets: all::<AssetKind>().into_iter().map(Asset::new).collect(),
            stocktakes: Table::default(),
            reflections: Table::default(),
            walkthrough: WalkthroughProgress::default(),
            weeks: Vec::new(),
            conflicts: Vec::new(),
            saved_by: Versions::default(),
        }
    }
}

/// Ids for new records, handed out in order (see [`Workbook::new_ids`]).
#[derive(Clone, Debug)]
pub struct NewIds {
    next: u64,
}

impl NewIds {
    pub fn take<T: From<u64>>(&mut self) -> T {
        let id = self.next;
        self.next += 1;
        T::from(id)
    }
}

/// One record of any kind, as carried by an edit.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Value(FinalValue),
    Community(Community),
    Person(Person),
    Tag(Tag),
    Output(Output),
    Introduction(Introduction),
    Invitation(Invitation),
    Stocktake(Stocktake),
    Reflection(Reflection),
}

/// One change to the workbook.
// Edits are few and short-lived (one per user action), so boxing the record buys nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Insert a record, or replace the one with the same id.
    Put(Record),
    /// Remove a record (refused while others still point at it).
    Remove(RecordRef),
    /// Replace my view of one asset.
    Asset(Asset),
    Settings(Settings),
    /// Replace my list of interests.
    Interests(Vec<super::text::Text>),
    /// Put one week's step in its slot (`step` of the week of Monday `week`), or clear the slot.
    Week {
        week: chrono::NaiveDate,
        step: ColumnStep,
        value: Option<WeekStep>,
    },
    Walkthrough(WalkthroughProgress),
    /// Replace the list of conflicts a merge left.
    Conflicts(Vec<Conflict>),
    /// Replace the whole workbook (a merge brought in from another copy, undone as one edit).
    /// The id counter never goes back: ids stay unique even across an undone merge.
    Whole(Box<Workbook>),
}

/// A group of changes applied together and undone together.
pub type Edit = Vec<Change>;

/// What holds a link: a record, or my view of an asset (its evidence list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    Record(RecordRef),
    Asset(AssetKind),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// A record points at one that does not exist.
    MissingLink { from: Holder, to: RecordRef },
    /// Removing a record that others still point at.
    StillLinked { target: RecordRef, by: Holder },
    /// Removing a record that does not exist.
    NotFound(RecordRef),
}

/// A problem found in a loaded workbook (only possible after a hand edit).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Two records of one kind with one id (the second is named).
    DuplicateId(RecordRef),
    /// Records of two kinds with one id number (ids come from one counter, and the command line
    /// finds a record by its number alone).
    SharedId {
        first: RecordRef,
        second: RecordRef,
    },
    /// An id above [`MAX_ID`](super::ids::MAX_ID), or 0.
    IdOutOfRange(RecordRef),
    MissingLink {
        from: Holder,
        to: RecordRef,
    },
    DuplicateAsset(AssetKind),
}

/// A counter (`next_id`) that did not exceed every id in the file, or was out of range; ids go
/// on from `repaired`, and the next save writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdRepair {
    pub written: u64,
    pub largest: u64,
    pub repaired: u64,
}

impl IdRepair {
    pub fn message(&self) -> super::message::Message {
        // As text: ids go beyond what a Fluent number (a float) holds exactly.
        super::message::Message::new("problem-next-id")
            .text("written", self.written.to_string())
            .text("largest", self.largest.to_string())
            .text("repaired", self.repaired.to_string())
    }
}

impl Problem {
    pub fn message(&self) -> super::message::Message {
        use super::message::Message;
        match self {
            Problem::DuplicateId(r) => Message::new("problem-duplicate-id").record("record", *r),
            Problem::SharedId { first, second } => {
                Message::new("problem-shared-id").record("first", *first).record("second", *second)
            }
            Problem::IdOutOfRange(r) => {
                Message::new("problem-id-out-of-range").record("record", *r).text("max", super::ids::MAX_ID.to_string())
            }
            Problem::MissingLink { from: Holder::Record(f), to } => {
                Message::new("problem-missing-link").record("from", *f).record("to", *to)
            }
            Problem::MissingLink { from: Holder::Asset(k), to } => {
                Message::new("problem-missing-evidence").asset("asset", *k).record("to", *to)
            }
            Problem::DuplicateAsset(k) => Message::new("problem-duplicate-asset").asset("asset", *k),
        }
    }
}

// Each record kind: its id type, its `Record`/`RecordRef` variant and its table.
macro_rules! record_kinds {
    ($($variant:ident: $ty:ty, $id:ty, $field:ident;)*) => {
        $(impl Keyed for $ty {
            type Id = $id;
            fn key(&self) -> $id { self.id }
        })*

        impl Record {
            pub fn reference(&self) -> RecordRef {
                match self { $(Record::$variant(r) => RecordRef::$variant(r.id),)* }
            }
            /// Every record this one points at.
            pub fn links(&self) -> Vec<RecordRef> {
                match self { $(Record::$variant(r) => r.links(),)* }
            }
            /// Removes every link to `target`; true if something changed.
            fn unlink(&mut self, target: RecordRef) -> bool {
                match self { $(Record::$variant(r) => r.unlink(target),)* }
            }
        }

        impl RecordRef {
            /// The raw id number, for messages and the command line.
            pub fn number(self) -> u64 {
                match self { $(RecordRef::$variant(id) => id.0,)* }
            }
            pub fn kind(self) -> RecordKind {
                match self { $(RecordRef::$variant(_) => RecordKind::$variant,)* }
            }
        }

        impl RecordKind {
            /// The workbook field (in the file, the list) that holds records of this kind.
            pub fn list_field(self) -> &'static str {
                match self { $(RecordKind::$variant => stringify!($field),)* }
            }
        }

        impl Workbook {
            /// The record with id `n`, whatever its kind (ids come from one counter).
            pub fn record_by_number(&self, n: u64) -> Option<RecordRef> {
                None $(.or_else(|| {
                    let r = RecordRef::$variant(n.into());
                    self.contains(r).then_some(r)
                }))*
            }
            pub fn contains(&self, r: RecordRef) -> bool {
                match r { $(RecordRef::$variant(id) => self.$field.contains(id),)* }
            }
            /// A copy of the record `r` names.
            pub fn record(&self, r: RecordRef) -> Option<Record> {
                match r { $(RecordRef::$variant(id) => self.$field.get(id).cloned().map(Record::$variant),)* }
            }
            fn put_record(&mut self, rec: Record) -> Option<Record> {
                match rec { $(Record::$variant(r) => self.$field.put(r).map(Record::$variant),)* }
            }
            fn remove_record(&mut self, r: RecordRef) -> Option<Record> {
                match r { $(RecordRef::$variant(id) => self.$field.remove(id).map(Record::$variant),)* }
            }
            /// Every record's reference and links, one kind after another (for link checks).
            fn all_links(&self) -> impl Iterator<Item = (RecordRef, Vec<RecordRef>)> + '_ {
                std::iter::empty()
                    $(.chain(self.$field.iter().map(|r| (RecordRef::$variant(r.id), r.links()))))*
            }
            /// Number of records of all kinds (assets and settings not counted).
            pub fn record_count(&self) -> usize {
                0 $(+ self.$field.len())*
            }
            fn max_record_id(&self) -> u64 {
                [0 $(, self.$field.max_id().map_or(0, |id| id.0))*].into_iter().max().unwrap_or(0)
            }
            fn duplicate_refs(&self) -> Vec<RecordRef> {
                let mut out = Vec::new();
                $(out.extend(self.$field.duplicate_ids().into_iter().map(RecordRef::$variant));)*
                out
            }
            /// Records that point at `target`.
            fn referrers(&self, target: RecordRef) -> Vec<Record> {
                let mut out = Vec::new();
                $(out.extend(self.$field.iter()
                    .filter(|r| r.links().contains(&target))
                    .cloned().map(Record::$variant));)*
                out
            }
        }
    };
}

record_kinds! {
    Value: FinalValue, ValueId, values;
    Community: Community, CommunityId, communities;
    Person: Person, PersonId, people;
    Tag: Tag, TagId, tags;
    Output: Output, OutputId, outputs;
    Introduction: Introduction, IntroductionId, introductions;
    Invitation: Invitation, InvitationId, invitations;
    Stocktake: Stocktake, StocktakeId, stocktakes;
    Reflection: Reflection, ReflectionId, reflections;
}

impl Workbook {
    /// Hands out a fresh id number. Ids are never reused, so the counter is not part of undo.
    /// Outside the model, ids come from `rules` (or [`new_ids`](Self::new_ids)).
    pub(super) fn new_id(&mut self) -> u64 {
        let id = self.peek_id();
        // A loaded counter is at most MAX_ID + 1 (see `normalise`), so this cannot wrap in any
        // workbook a person could fill.
        self.next_id = id.saturating_add(1);
        id
    }

    /// The id [`new_id`](Self::new_id) would hand out next, without taking it.
    fn peek_id(&self) -> u64 {
        self.next_id.max(self.max_record_id().saturating_add(1))
    }

    /// Fresh ids for a planner that reads the workbook without changing it and numbers many new
    /// records at once (an import): they follow every id in the file, and `apply` moves the
    /// counter past the ones the plan used.
    pub fn new_ids(&self) -> NewIds {
        NewIds { next: self.peek_id() }
    }

    pub fn asset(&self, kind: AssetKind) -> Option<&Asset> {
        self.assets.iter().find(|a| a.kind == kind)
    }

    /// Applies every change of `edit` or none of them; returns the edit that undoes it.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        let mut undo: Edit = Vec::with_capacity(edit.len());
        let next_id = self.next_id;
        for change in edit {
            match self.apply_one(change) {
                Ok(inverse) => undo.push(inverse),
                Err(e) => {
                    for inverse in undo.into_iter().rev() {
                        // The inverse of a change that just succeeded always applies.
                        let _ = self.apply_one(inverse);
                    }
                    self.next_id = next_id;
                    return Err(e);
                }
            }
        }
        undo.reverse();
        Ok(undo)
    }

    fn apply_one(&mut self, change: Change) -> Result<Change, EditError> {
        match change {
            Change::Put(rec) => {
                let from = rec.reference();
                if let Some(to) = rec.links().into_iter().find(|&to| !self.contains(to)) {
                    return Err(EditError::MissingLink { from: Holder::Record(from), to });
                }
                self.next_id = self.next_id.max(from.number().saturating_add(1));
                Ok(match self.put_record(rec) {
                    Some(old) => Change::Put(old),
                    None => Change::Remove(from),
                })
            }
            Change::Remove(target) => {
                if let Some(by) = self.referrers(target).first() {
                    return Err(EditError::StillLinked { target, by: Holder::Record(by.reference()) });
                }
                if let Some(a) = self.assets.iter().find(|a| a.evidence.contains(&target)) {
                    return Err(EditError::StillLinked { target, by: Holder::Asset(a.kind) });
                }
                self.remove_record(target).map(Change::Put).ok_or(EditError::NotFound(target))
            }
            Change::Asset(asset) => {
                if let Some(&to) = asset.evidence.iter().find(|&&to| !self.contains(to)) {
                    return Err(EditError::MissingLink { from: Holder::Asset(asset.kind), to });
                }
                let old = match self.assets.iter_mut().find(|a| a.kind == asset.kind) {
                    Some(slot) => std::mem::replace(slot, asset),
                    None => {
                        let kind = asset.kind;
                        self.assets.push(asset);
                        Asset::new(kind)
                    }
                };
                Ok(Change::Asset(old))
            }
            Change::Settings(s) => Ok(Change::Settings(std::mem::replace(&mut self.settings, s))),
            Change::Interests(i) => Ok(Change::Interests(std::mem::replace(&mut self.interests, i))),
            Change::Week { week, step, value } => {
                let at = self.weeks.iter().position(|s| s.week == Some(week) && s.step == step);
                let old = match (at, value) {
                    (Some(i), Some(v)) => Some(std::mem::replace(&mut self.weeks[i], v)),
                    (Some(i), None) => Some(self.weeks.remove(i)),
                    (None, Some(v)) => {
                        self.weeks.push(v);
                        None
                    }
                    (None, None) => None,
                };
                Ok(Change::Week { week, step, value: old })
            }
            Change::Walkthrough(w) => Ok(Change::Walkthrough(std::mem::replace(&mut self.walkthrough, w))),
            Change::Conflicts(c) => Ok(Change::Conflicts(std::mem::replace(&mut self.conflicts, c))),
            Change::Whole(mut wb) => {
                wb.next_id = wb.next_id.max(self.next_id);
                Ok(Change::Whole(Box::new(std::mem::replace(self, *wb))))
            }
        }
    }

    /// The edit that deletes `target`: unlink it from every record and asset that points at it,
    /// then remove it. Returns the edit and how many other records it touches (for the
    /// confirmation prompt). `rules::delete` adds what a deletion changes beyond links (the
    /// ranks of the final values); callers go through it.
    pub fn deletion(&self, target: RecordRef) -> (Edit, usize) {
        let mut edit: Edit = Vec::new();
        for mut rec in self.referrers(target) {
            if rec.unlink(target) {
                edit.push(Change::Put(rec));
            }
        }
        for asset in self.assets.iter().filter(|a| a.evidence.contains(&target)) {
            let mut asset = asset.clone();
            asset.evidence.retain(|&e| e != target);
            edit.push(Change::Asset(asset));
        }
        let touched = edit.len();
        if self.conflicts.iter().any(|c| c.record == target) {
            // A conflict about a record that is gone has nothing left to choose.
            let kept = self.conflicts.iter().filter(|c| c.record != target).cloned().collect();
            edit.push(Change::Conflicts(kept));
        }
        edit.push(Change::Remove(target));
        (edit, touched)
    }

    /// Everything a hand edit can break: duplicate or shared ids, ids out of range, links to
    /// nothing, an asset listed twice.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out: Vec<Problem> = self.duplicate_refs().into_iter().map(Problem::DuplicateId).collect();
        out.extend(self.shared_ids().into_iter().map(|(first, second)| Problem::SharedId { first, second }));
        out.extend(
            self.all_links().map(|(r, _)| r).filter(|r| !(1..=MAX_ID).contains(&r.number())).map(Problem::IdOutOfRange),
        );
        for (from, links) in self.all_links() {
            for to in links {
                if !self.contains(to) {
                    out.push(Problem::MissingLink { from: Holder::Record(from), to });
                }
            }
        }
        let mut seen = std::collections::HashSet::new();
        for a in &self.assets {
            if !seen.insert(a.kind) {
                out.push(Problem::DuplicateAsset(a.kind));
            }
            for &to in &a.evidence {
                if !self.contains(to) {
                    out.push(Problem::MissingLink { from: Holder::Asset(a.kind), to });
                }
            }
        }
        out
    }

    /// Pairs of records of different kinds with the same id number (each number once).
    fn shared_ids(&self) -> Vec<(RecordRef, RecordRef)> {
        let mut refs: Vec<RecordRef> = self.all_links().map(|(r, _)| r).collect();
        refs.sort_by_key(|r| r.number());
        let mut out = Vec::new();
        for pair in refs.windows(2) {
            if pair[0].number() == pair[1].number() && pair[0].kind() != pair[1].kind() {
                out.push((pair[0], pair[1]));
            }
        }
        out
    }

    /// Brings a freshly loaded workbook into shape without changing what the user wrote: one
    /// asset entry per kind, and the id counter past every id. A counter that was not (written
    /// by hand, or by a broken tool) is moved to the largest id plus one, and the repair is
    /// returned so it can be said; ids are never handed out twice.
    pub fn normalise(&mut self) -> Option<IdRepair> {
        for kind in all::<AssetKind>() {
            if self.asset(kind).is_none() {
                self.assets.push(Asset::new(kind));
            }
        }
        let largest = self.max_record_id();
        let fine = self.next_id > largest && (1..=MAX_ID.saturating_add(1)).contains(&self.next_id);
        if fine {
            return None;
        }
        let written = self.next_id;
        // Beyond MAX_ID the file cannot load at all (`problems`), so this does not wrap.
        self.next_id = largest.saturating_add(1);
        Some(IdRepair { written, largest, repaired: self.next_id })
    }

    /// Final values in rank order.
    pub fn ranked_values(&self) -> Vec<&FinalValue> {
        let mut v: Vec<&FinalValue> = self.values.iter().collect();
        v.sort_by_key(|v| (v.rank, v.id));
        v
    }
}

#[cfg(test)]
mod tests;
