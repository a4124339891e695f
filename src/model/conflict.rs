//! What a merge of two copies of the workbook leaves in it: the fields both sides changed
//! differently ([`Conflict`], kept until the person chooses), and which saves of which machine a
//! copy has seen ([`Versions`], a version vector).
//!
//! Plain data with a few pure functions; `merge` fills both, storage bumps the vector on every
//! save, and the app resolves conflicts through `rules`. Nothing here knows the workbook.

use serde::{Deserialize, Serialize};

use super::choices::RecordRef;

/// One field of one record that two copies changed to different values. The record keeps
/// `ours` meanwhile; `theirs` waits here until the person keeps one or the other. Values are the
/// field as it is written in a generic form (a missing field, i.e. the default, is `null`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub record: RecordRef,
    /// The field's name as the file writes it (`notes`, `last_contact`).
    pub field: String,
    pub ours: serde_json::Value,
    pub theirs: serde_json::Value,
}

impl Conflict {
    /// Two conflicts about the same field of the same record.
    pub fn same_place(&self, other: &Conflict) -> bool {
        self.record == other.record && self.field == other.field
    }
}

/// A value of a conflict as one short line for the screen and the command line: text as it is,
/// a missing value as an empty string, anything else in its generic form.
pub fn shown(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// How many saves one machine has made of this workbook.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeviceSaves {
    pub device: String,
    pub saves: u64,
}

/// A version vector: for every machine that saved the workbook, how many of its saves this copy
/// includes. A copy *dominates* another when it includes every save the other does; the last
/// common ancestor of two copies is a kept version both dominate.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Versions(pub Vec<DeviceSaves>);

impl Versions {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The saves of `device` this copy includes.
    pub fn of(&self, device: &str) -> u64 {
        self.0.iter().find(|d| d.device == device).map_or(0, |d| d.saves)
    }

    /// True when every save `other` includes is included here too.
    pub fn dominates(&self, other: &Versions) -> bool {
        other.0.iter().all(|d| self.of(&d.device) >= d.saves)
    }

    /// Counts one more save by `device`, at least `at_least` (the saver remembers the last count
    /// it wrote, which an undone merge may have taken out of the workbook).
    pub fn bump(&mut self, device: &str, at_least: u64) -> u64 {
        let next = self.of(device).max(at_least).saturating_add(1);
        match self.0.iter_mut().find(|d| d.device == device) {
            Some(d) => d.saves = next,
            None => self.0.push(DeviceSaves { device: device.to_owned(), saves: next }),
        }
        self.0.sort();
        next
    }

    /// Every save either includes (the vector of a merge of the two).
    pub fn join(&self, other: &Versions) -> Versions {
        let mut out = self.clone();
        for d in &other.0 {
            if out.of(&d.device) < d.saves {
                match out.0.iter_mut().find(|x| x.device == d.device) {
                    Some(x) => x.saves = d.saves,
                    None => out.0.push(d.clone()),
                }
            }
        }
        out.0.sort();
        out
    }

    /// All saves counted: among versions both sides dominate, the greatest is the latest.
    pub fn total(&self) -> u64 {
        self.0.iter().map(|d| d.saves).fold(0, u64::saturating_add)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(pairs: &[(&str, u64)]) -> Versions {
        let mut out = Versions::default();
        for &(d, n) in pairs {
            out.0.push(DeviceSaves { device: d.into(), saves: n });
        }
        out.0.sort();
        out
    }

    #[test]
    fn dominance_join_and_bump() {
        let a = v(&[("laptop", 3), ("desk", 1)]);
        let b = v(&[("laptop", 2), ("desk", 4)]);
        assert!(!a.dominates(&b) && !b.dominates(&a));
        let j = a.join(&b);
        assert_eq!(j, v(&[("laptop", 3), ("desk", 4)]));
        assert!(j.dominates(&a) && j.dominates(&b));
        assert!(a.dominates(&Versions::default()));
        let mut c = a.clone();
        assert_eq!(c.bump("desk", 0), 2);
        assert_eq!(c.bump("phone", 5), 6);
        assert!(c.dominates(&a));
    }
}
