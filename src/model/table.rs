//! `Table<T>`: the records of one kind, kept sorted by id so look-ups are a binary search and the
//! file lists records in the order they were created. Serialised as a plain RON list.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A record with a stable id.
pub trait Keyed {
    type Id: Copy + Ord + std::fmt::Debug;
    fn key(&self) -> Self::Id;
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table<T> {
    rows: Vec<T>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Self { rows: Vec::new() }
    }
}

impl<T: Keyed> Table<T> {
    pub fn len(&self) -> usize {
        self.rows.len()
    }
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.rows.iter()
    }
    pub fn as_slice(&self) -> &[T] {
        &self.rows
    }
    fn position(&self, id: T::Id) -> Result<usize, usize> {
        self.rows.binary_search_by(|r| r.key().cmp(&id))
    }
    pub fn get(&self, id: T::Id) -> Option<&T> {
        self.position(id).ok().map(|i| &self.rows[i])
    }
    pub fn contains(&self, id: T::Id) -> bool {
        self.position(id).is_ok()
    }
    pub fn index_of(&self, id: T::Id) -> Option<usize> {
        self.position(id).ok()
    }
    /// Inserts or replaces; returns the record it replaced.
    pub fn put(&mut self, row: T) -> Option<T> {
        match self.position(row.key()) {
            Ok(i) => Some(std::mem::replace(&mut self.rows[i], row)),
            Err(i) => {
                self.rows.insert(i, row);
                None
            }
        }
    }
    pub fn remove(&mut self, id: T::Id) -> Option<T> {
        self.position(id).ok().map(|i| self.rows.remove(i))
    }
    /// Ids that occur more than once (only possible in a hand-edited file).
    pub fn duplicate_ids(&self) -> Vec<T::Id> {
        let mut dups: Vec<T::Id> =
            self.rows.windows(2).filter(|w| w[0].key() == w[1].key()).map(|w| w[0].key()).collect();
        dups.dedup();
        dups
    }
    pub fn max_id(&self) -> Option<T::Id> {
        self.rows.last().map(Keyed::key)
    }
}

impl<T: Keyed> FromIterator<T> for Table<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut rows: Vec<T> = iter.into_iter().collect();
        // Stable, so duplicates keep their file order for the error message.
        rows.sort_by_key(Keyed::key);
        Self { rows }
    }
}

impl<'a, T> IntoIterator for &'a Table<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.rows.iter()
    }
}

impl<T: Serialize> Serialize for Table<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.rows.serialize(s)
    }
}

impl<'de, T: Deserialize<'de> + Keyed> Deserialize<'de> for Table<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let rows = Vec::<T>::deserialize(d)?;
        let sorted = rows.windows(2).all(|w| w[0].key() <= w[1].key());
        if sorted { Ok(Self { rows }) } else { Ok(rows.into_iter().collect()) }
    }
}
