//! Fresh ids for records that took an id the other copy also took since the base: both copies
//! counted on from the same `next_id`, so a person added on the laptop and a tag added on the
//! desktop may both be number 57. One of the two gets a fresh id (above every id of all three
//! copies, in the order of the old ids): the one that sorts after the other, whichever copy it
//! is in, so the result does not depend on the direction of the merge. Every link to it in its
//! copy follows: records, assets' evidence, the weeks' steps, the walkthrough's records and
//! earlier conflicts.
//!
//! The same record added on both sides with the same id (equal in every field) is one record,
//! not a clash. Without a base (a union), an id is only a clash between two different kinds:
//! records of one kind with one id are taken for the same record.

use std::collections::{BTreeMap, HashMap};

use super::super::choices::RecordRef;
use super::super::records::*;
use super::super::workbook::Workbook;
use super::kinds::{Kind, for_each_kind};

fn collect<T: Kind>(wb: &Workbook, out: &mut HashMap<u64, RecordRef>) {
    for r in T::table(wb).iter() {
        let r = T::reference(r.key());
        out.insert(r.number(), r);
    }
}

/// Every record's reference, by its number.
fn numbers(wb: &Workbook) -> HashMap<u64, RecordRef> {
    let mut out = HashMap::new();
    for_each_kind!(collect(wb, &mut out));
    out
}

/// The records that must move, and where to: for each id both copies took for different new
/// records, one of the two. Which one does not depend on which copy is "ours": the record that
/// sorts after the other (by kind, then by what it holds) moves, so merging x into y and y
/// into x give the same ids, and a later merge of those two results finds the same records.
pub(super) struct Moves {
    pub ours: BTreeMap<RecordRef, RecordRef>,
    pub theirs: BTreeMap<RecordRef, RecordRef>,
}

impl Moves {
    pub fn is_empty(&self) -> bool {
        self.ours.is_empty() && self.theirs.is_empty()
    }
}

/// A record's place in the order that decides which of two moves: its kind and every field,
/// written out (`Debug`: stable for a build; only the order of two records is taken from it).
fn order_key(wb: &Workbook, r: RecordRef) -> String {
    format!("{:?}", wb.record(r))
}

pub(super) fn clashes(base: Option<&Workbook>, ours: &Workbook, theirs: &Workbook) -> Moves {
    let ours_ids = numbers(ours);
    let base_ids = base.map(numbers).unwrap_or_default();
    // (the side that moves is ours, its record)
    let mut moving: Vec<(bool, RecordRef)> = numbers(theirs)
        .into_values()
        .filter_map(|t| {
            let n = t.number();
            let o = *ours_ids.get(&n)?;
            let clash = match base {
                Some(_) => !base_ids.contains_key(&n) && (o != t || ours.record(o) != theirs.record(t)),
                None => o.kind() != t.kind(),
            };
            clash.then(|| if order_key(ours, o) > order_key(theirs, t) { (true, o) } else { (false, t) })
        })
        .collect();
    moving.sort_by_key(|(_, r)| r.number());
    let mut next = [Some(ours), Some(theirs), base].into_iter().flatten().map(|w| w.new_ids().take::<u64>()).max();
    let mut out = Moves { ours: BTreeMap::new(), theirs: BTreeMap::new() };
    for (ours_moves, r) in moving {
        let n = next.unwrap_or(1);
        next = Some(n.saturating_add(1));
        let side = if ours_moves { &mut out.ours } else { &mut out.theirs };
        side.insert(r, renumbered_ref(r, n));
    }
    out
}

fn renumbered_ref(r: RecordRef, n: u64) -> RecordRef {
    use super::super::ids::*;
    match r {
        RecordRef::Value(_) => RecordRef::Value(ValueId(n)),
        RecordRef::Community(_) => RecordRef::Community(CommunityId(n)),
        RecordRef::Person(_) => RecordRef::Person(PersonId(n)),
        RecordRef::Tag(_) => RecordRef::Tag(TagId(n)),
        RecordRef::Output(_) => RecordRef::Output(OutputId(n)),
        RecordRef::Introduction(_) => RecordRef::Introduction(IntroductionId(n)),
        RecordRef::Invitation(_) => RecordRef::Invitation(InvitationId(n)),
        RecordRef::Stocktake(_) => RecordRef::Stocktake(StocktakeId(n)),
        RecordRef::Reflection(_) => RecordRef::Reflection(ReflectionId(n)),
    }
}

fn move_kind<T: Kind>(wb: &mut Workbook, to: &dyn Fn(RecordRef) -> RecordRef) {
    let rows: Vec<T> = T::table(wb)
        .iter()
        .cloned()
        .map(|mut rec| {
            rec.map_links(to);
            let old = T::reference(rec.key());
            let new = to(old);
            if new == old { rec } else { rec.renumbered(new.number()) }
        })
        .collect();
    *T::table_mut(wb) = rows.into_iter().collect();
}

/// A copy with the records of `moves` under their new ids and every link following.
pub(super) fn apply(copy: &Workbook, moves: &BTreeMap<RecordRef, RecordRef>) -> Workbook {
    let mut wb = copy.clone();
    let to = |r: RecordRef| moves.get(&r).copied().unwrap_or(r);
    for_each_kind!(move_kind(&mut wb, &to));
    for asset in &mut wb.assets {
        for e in &mut asset.evidence {
            *e = to(*e);
        }
    }
    for step in &mut wb.weeks {
        step.about = step.about.map(to);
    }
    let by_number: HashMap<u64, u64> = moves.iter().map(|(a, b)| (a.number(), b.number())).collect();
    for made in &mut wb.walkthrough.made {
        if let Some(&n) = by_number.get(&made.record) {
            made.record = n;
        }
    }
    for c in &mut wb.conflicts {
        c.record = to(c.record);
    }
    wb
}
