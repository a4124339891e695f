//! Fresh ids for theirs' records that took an id ours also took since the base: both copies
//! counted on from the same `next_id`, so a person added on the laptop and a tag added on the
//! desktop may both be number 57. Theirs' record gets a fresh id (above every id of all three
//! copies, in the order of the old ids), and every link to it in theirs' copy follows: records,
//! assets' evidence, the weeks' steps, the walkthrough's records and earlier conflicts.
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

/// The old reference of every record of theirs that must move, and where to.
pub(super) fn clashes(base: Option<&Workbook>, ours: &Workbook, theirs: &Workbook) -> BTreeMap<RecordRef, RecordRef> {
    let ours_ids = numbers(ours);
    let base_ids = base.map(numbers).unwrap_or_default();
    let mut moving: Vec<RecordRef> = numbers(theirs)
        .into_values()
        .filter(|t| {
            let n = t.number();
            let Some(o) = ours_ids.get(&n) else { return false };
            match base {
                Some(_) => !base_ids.contains_key(&n) && (o != t || ours.record(*o) != theirs.record(*t)),
                None => o.kind() != t.kind(),
            }
        })
        .collect();
    moving.sort_by_key(|r| r.number());
    let mut next = [Some(ours), Some(theirs), base].into_iter().flatten().map(|w| w.new_ids().take::<u64>()).max();
    let mut out = BTreeMap::new();
    for r in moving {
        let n = next.unwrap_or(1);
        next = Some(n.saturating_add(1));
        out.insert(r, renumbered_ref(r, n));
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

/// Theirs' copy with the records of `moves` under their new ids and every link following.
pub(super) fn apply(theirs: &Workbook, moves: &BTreeMap<RecordRef, RecordRef>) -> Workbook {
    let mut wb = theirs.clone();
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
