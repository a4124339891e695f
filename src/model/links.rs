//! What each kind of record points at, and how a link to a record that goes away is dropped
//! (used by `Workbook::apply` to refuse links to nothing and by `Workbook::deletion` to unlink).

use super::choices::*;
use super::records::*;

/// What a record points at, and how to drop such a link.
pub(super) trait Links {
    fn links(&self) -> Vec<RecordRef> {
        Vec::new()
    }
    fn unlink(&mut self, _target: RecordRef) -> bool {
        false
    }
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
}
