//! Record by record, one kind at a time: the three tables of a kind (base, ours, theirs after
//! `renumber`) are walked together in id order, and each id decides by the rules of the module
//! above. Records that are equal, or changed on one side only, are taken whole (a comparison,
//! no generic form): only records both sides changed go field by field (`by_field`).

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::super::choices::RecordRef;
use super::super::conflict::Conflict;
use super::super::ids::*;
use super::super::links::Links;
use super::super::records::*;
use super::super::table::{Keyed, Table};
use super::super::workbook::{Record, Workbook};
use super::by_field;
use super::{Report, Side};

/// One kind of record as the merge sees it.
pub(super) trait Kind: Keyed + Links + Clone + PartialEq + Serialize + DeserializeOwned {
    fn table(wb: &Workbook) -> &Table<Self>;
    fn table_mut(wb: &mut Workbook) -> &mut Table<Self>;
    fn reference(id: Self::Id) -> RecordRef;
    fn record(self) -> Record;
    /// The same record under id `n`.
    fn renumbered(self, n: u64) -> Self;
}

macro_rules! kinds {
    ($($ty:ty, $id:ident, $variant:ident, $field:ident;)*) => {$(
        impl Kind for $ty {
            fn table(wb: &Workbook) -> &Table<Self> { &wb.$field }
            fn table_mut(wb: &mut Workbook) -> &mut Table<Self> { &mut wb.$field }
            fn reference(id: $id) -> RecordRef { RecordRef::$variant(id) }
            fn record(self) -> Record { Record::$variant(self) }
            fn renumbered(mut self, n: u64) -> Self { self.id = $id(n); self }
        }
    )*

        /// Calls `$f::<Kind>()` for every kind of record, in the file's order.
        macro_rules! for_each_kind {
            ($f:ident $args:tt) => {{ $($f::<$ty> $args;)* }};
        }
        pub(super) use for_each_kind;
    };
}

kinds! {
    FinalValue, ValueId, Value, values;
    Community, CommunityId, Community, communities;
    Person, PersonId, Person, people;
    Tag, TagId, Tag, tags;
    Output, OutputId, Output, outputs;
    Introduction, IntroductionId, Introduction, introductions;
    Invitation, InvitationId, Invitation, invitations;
    Stocktake, StocktakeId, Stocktake, stocktakes;
    Reflection, ReflectionId, Reflection, reflections;
}

/// What the merge of one kind needs besides the tables.
pub(super) struct Into<'a> {
    pub out: &'a mut Workbook,
    pub report: &'a mut Report,
    pub conflicts: &'a mut Vec<Conflict>,
    /// Records deleted on one side while untouched on the other: the base version, kept in case
    /// a merged record still points at it (see `super::keep_linked`).
    pub deleted: &'a mut Vec<Record>,
}

/// Merges one kind: `base` is `None` for a union without a common version (nothing is then
/// taken for deleted).
pub(super) fn merge_kind<T: Kind>(base: Option<&Workbook>, ours: &Workbook, theirs: &Workbook, into: &mut Into<'_>) {
    let empty = Table::default();
    let b = base.map_or(&empty, T::table).as_slice();
    let o = T::table(ours).as_slice();
    let t = T::table(theirs).as_slice();
    let (mut i, mut j, mut k) = (0, 0, 0);
    let mut merged: Vec<T> = Vec::with_capacity(o.len().max(t.len()));
    loop {
        // The smallest id among the three heads.
        let next = [b.get(i), o.get(j), t.get(k)].into_iter().flatten().map(Keyed::key).min();
        let Some(id) = next else { break };
        let take = |rows: &[T], at: &mut usize| -> Option<T> {
            let row = rows.get(*at).filter(|r| r.key() == id).cloned();
            if row.is_some() {
                *at += 1;
            }
            row
        };
        let (bv, ov, tv) = (take(b, &mut i), take(o, &mut j), take(t, &mut k));
        if let Some(rec) = decide(id, bv, ov, tv, base.is_some(), into) {
            merged.push(rec);
        }
    }
    *T::table_mut(into.out) = merged.into_iter().collect();
}

/// The rules for one id; the record to keep, if any.
fn decide<T: Kind>(
    id: T::Id,
    b: Option<T>,
    o: Option<T>,
    t: Option<T>,
    three_way: bool,
    into: &mut Into<'_>,
) -> Option<T> {
    let r = T::reference(id);
    match (b, o, t) {
        (_, Some(o), Some(t)) if o == t => Some(o),
        (Some(b), Some(o), Some(t)) if o == b => {
            into.report.changed.push(r);
            Some(t)
        }
        (Some(b), Some(o), Some(t)) if t == b => Some(o),
        (b, Some(o), Some(t)) => {
            let (rec, clashes) = by_field::merge(b.as_ref(), &o, &t);
            if rec != o {
                into.report.changed.push(r);
            }
            for (field, ours, theirs) in clashes {
                into.conflicts.push(Conflict { record: r, field, ours, theirs });
            }
            Some(rec)
        }
        // Deleted on one side, untouched on the other: deleted.
        (Some(b), Some(kept), None) if kept == b && three_way => {
            into.report.deleted.push(r);
            into.deleted.push(b.record());
            None
        }
        (Some(b), None, Some(kept)) if kept == b && three_way => {
            into.deleted.push(b.record());
            None
        }
        // Deleted on one side, edited on the other: the edit wins, and the report says so.
        (Some(_), Some(kept), None) => {
            into.report.kept_edited.push((r, Side::Theirs));
            Some(kept)
        }
        (Some(_), None, Some(kept)) => {
            into.report.kept_edited.push((r, Side::Ours));
            into.report.changed.push(r);
            Some(kept)
        }
        (Some(_), None, None) => None,
        (None, Some(o), None) => Some(o),
        (None, None, Some(t)) => {
            into.report.added.push(r);
            Some(t)
        }
        (None, None, None) => None,
    }
}
