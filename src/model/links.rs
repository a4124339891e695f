//! What each kind of record points at, and how a link to a record that goes away is dropped
//! (used by `Workbook::apply` to refuse links to nothing and by `Workbook::deletion` to unlink).

use super::choices::*;
use super::ids::*;
use super::records::*;

/// What a record points at, and how to drop such a link.
pub(super) trait Links {
    fn links(&self) -> Vec<RecordRef> {
        Vec::new()
    }
    fn unlink(&mut self, _target: RecordRef) -> bool {
        false
    }
    /// Points every link through `to` (a merge giving records fresh ids).
    fn map_links(&mut self, _to: &dyn Fn(RecordRef) -> RecordRef) {}
}

/// `to` for a link of one kind: a function on references, read back as the kind's own id.
fn mapped<T: Copy>(
    id: T,
    wrap: fn(T) -> RecordRef,
    to: &dyn Fn(RecordRef) -> RecordRef,
    back: fn(RecordRef) -> Option<T>,
) -> T {
    back(to(wrap(id))).unwrap_or(id)
}

fn person(r: RecordRef) -> Option<PersonId> {
    if let RecordRef::Person(p) = r { Some(p) } else { None }
}
fn community(r: RecordRef) -> Option<CommunityId> {
    if let RecordRef::Community(c) = r { Some(c) } else { None }
}
fn value(r: RecordRef) -> Option<ValueId> {
    if let RecordRef::Value(v) = r { Some(v) } else { None }
}
fn tag(r: RecordRef) -> Option<TagId> {
    if let RecordRef::Tag(t) = r { Some(t) } else { None }
}

/// Removes `id` from a list of links; true if it was there.
fn drop_from<T: PartialEq>(list: &mut Vec<T>, id: &T) -> bool {
    let before = list.len();
    list.retain(|x| x != id);
    list.len() != before
}

/// Clears an optional link that points at `id`.
fn clear<T: PartialEq>(slot: &mut Option<T>, id: &T) -> bool {
    if slot.as_ref() == Some(id) {
        *slot = None;
        true
    } else {
        false
    }
}

impl Links for FinalValue {}
impl Links for Tag {}
impl Links for Stocktake {}
impl Links for Reflection {}

impl Links for Community {
    fn links(&self) -> Vec<RecordRef> {
        let mut out: Vec<RecordRef> = self.values.iter().map(|&v| RecordRef::Value(v)).collect();
        out.extend(self.visits.iter().flat_map(|v| v.people.iter().map(|&p| RecordRef::Person(p))));
        out
    }
    fn unlink(&mut self, target: RecordRef) -> bool {
        match target {
            RecordRef::Value(v) => drop_from(&mut self.values, &v),
            RecordRef::Person(p) => {
                let mut changed = false;
                for visit in &mut self.visits {
                    changed |= drop_from(&mut visit.people, &p);
                }
                changed
            }
            _ => false,
        }
    }
    fn map_links(&mut self, to: &dyn Fn(RecordRef) -> RecordRef) {
        for v in &mut self.values {
            *v = mapped(*v, RecordRef::Value, to, value);
        }
        for p in self.visits.iter_mut().flat_map(|v| v.people.iter_mut()) {
            *p = mapped(*p, RecordRef::Person, to, person);
        }
    }
}

impl Links for Person {
    fn links(&self) -> Vec<RecordRef> {
        let mut out: Vec<RecordRef> = self.met_in.map(RecordRef::Community).into_iter().collect();
        out.extend(self.communities.iter().map(|&c| RecordRef::Community(c)));
        out
    }
    fn unlink(&mut self, target: RecordRef) -> bool {
        match target {
            RecordRef::Community(c) => {
                let a = clear(&mut self.met_in, &c);
                drop_from(&mut self.communities, &c) || a
            }
            _ => false,
        }
    }
    fn map_links(&mut self, to: &dyn Fn(RecordRef) -> RecordRef) {
        self.met_in = self.met_in.map(|c| mapped(c, RecordRef::Community, to, community));
        for c in &mut self.communities {
            *c = mapped(*c, RecordRef::Community, to, community);
        }
    }
}

impl Links for Output {
    fn links(&self) -> Vec<RecordRef> {
        let tags = self.tags.iter().map(|&t| RecordRef::Tag(t));
        tags.chain(self.people.iter().map(|&p| RecordRef::Person(p))).collect()
    }
    fn unlink(&mut self, target: RecordRef) -> bool {
        match target {
            RecordRef::Tag(t) => drop_from(&mut self.tags, &t),
            RecordRef::Person(p) => drop_from(&mut self.people, &p),
            _ => false,
        }
    }
    fn map_links(&mut self, to: &dyn Fn(RecordRef) -> RecordRef) {
        for t in &mut self.tags {
            *t = mapped(*t, RecordRef::Tag, to, tag);
        }
        for p in &mut self.people {
            *p = mapped(*p, RecordRef::Person, to, person);
        }
    }
}

impl Links for Introduction {
    fn links(&self) -> Vec<RecordRef> {
        [self.first, self.second].into_iter().flatten().map(RecordRef::Person).collect()
    }
    fn unlink(&mut self, target: RecordRef) -> bool {
        match target {
            RecordRef::Person(p) => {
                let a = clear(&mut self.first, &p);
                clear(&mut self.second, &p) || a
            }
            _ => false,
        }
    }
    fn map_links(&mut self, to: &dyn Fn(RecordRef) -> RecordRef) {
        self.first = self.first.map(|p| mapped(p, RecordRef::Person, to, person));
        self.second = self.second.map(|p| mapped(p, RecordRef::Person, to, person));
    }
}

impl Links for Invitation {
    fn links(&self) -> Vec<RecordRef> {
        let mut out: Vec<RecordRef> = self.from.map(RecordRef::Person).into_iter().collect();
        out.extend(self.via.map(RecordRef::Community));
        out.extend(self.scores.iter().map(|s| RecordRef::Value(s.value)));
        out.extend(self.served.map(RecordRef::Value));
        out.extend(self.met.iter().map(|&p| RecordRef::Person(p)));
        out
    }
    fn unlink(&mut self, target: RecordRef) -> bool {
        match target {
            RecordRef::Person(p) => {
                let a = clear(&mut self.from, &p);
                drop_from(&mut self.met, &p) || a
            }
            RecordRef::Community(c) => clear(&mut self.via, &c),
            RecordRef::Value(v) => {
                let before = self.scores.len();
                self.scores.retain(|s| s.value != v);
                let served = clear(&mut self.served, &v);
                self.scores.len() != before || served
            }
            _ => false,
        }
    }
    fn map_links(&mut self, to: &dyn Fn(RecordRef) -> RecordRef) {
        self.from = self.from.map(|p| mapped(p, RecordRef::Person, to, person));
        self.via = self.via.map(|c| mapped(c, RecordRef::Community, to, community));
        for s in &mut self.scores {
            s.value = mapped(s.value, RecordRef::Value, to, value);
        }
        self.served = self.served.map(|v| mapped(v, RecordRef::Value, to, value));
        for p in &mut self.met {
            *p = mapped(*p, RecordRef::Person, to, person);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    /// Every link a record names is one `map_links` moves: mapping every reference by +1000
    /// gives the same links, moved (a field added to `links` and forgotten in `map_links` would
    /// keep pointing at the old record after a merge renumbers it).
    fn moves_every_link<T: Links + Clone>(records: impl Iterator<Item = T>) -> usize {
        let shift = |r: RecordRef| match r {
            RecordRef::Person(p) => RecordRef::Person(PersonId(p.0 + 1000)),
            RecordRef::Community(c) => RecordRef::Community(CommunityId(c.0 + 1000)),
            RecordRef::Value(v) => RecordRef::Value(ValueId(v.0 + 1000)),
            RecordRef::Tag(t) => RecordRef::Tag(TagId(t.0 + 1000)),
            other => other,
        };
        let mut seen = 0;
        for r in records {
            let mut moved = r.clone();
            moved.map_links(&shift);
            let want: Vec<RecordRef> = r.links().into_iter().map(shift).collect();
            assert_eq!(moved.links(), want);
            seen += want.len();
        }
        seen
    }

    #[test]
    fn map_links_moves_every_link_each_kind_names() {
        let mut wb = sample::workbook(80, 3, "2026-11-24".parse().expect("date"));
        // The reflection's links, which the sample leaves empty.
        let person = wb.people.iter().next().map(|p| p.id).expect("a person");
        let value = wb.values.iter().next().map(|v| v.id).expect("a value");
        let mut inv = wb.invitations.iter().next().cloned().expect("an invitation");
        inv.met = vec![person];
        inv.served = Some(value);
        wb.invitations.put(inv);
        let n = moves_every_link(wb.invitations.iter().cloned())
            + moves_every_link(wb.communities.iter().cloned())
            + moves_every_link(wb.people.iter().cloned())
            + moves_every_link(wb.outputs.iter().cloned())
            + moves_every_link(wb.introductions.iter().cloned());
        assert!(n > 100, "the sample links a lot: {n}");
    }
}
