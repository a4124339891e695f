//! Finding records by name: names compare without case and surrounding space, and a name
//! that names no record may be a record's number (`12`, `#12`).

use super::ids::*;
use super::workbook::Workbook;

/// Why a name did not lead to exactly one record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameError {
    Missing,
    /// Several records have the name; their ids.
    Ambiguous(Vec<u64>),
}

/// Names compare without case and surrounding space (after the usual sanitising).
pub fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// What [`same_name`] compares, for indexing many names at once.
pub fn name_key(name: &str) -> String {
    super::text::sanitize(name).trim().to_lowercase()
}

/// The key under which free-text items (interests, fields) count as one: compatibility forms
/// folded (full-width letters and digits, half-width kana), case ignored, runs of spaces as one.
/// `"ＲＵＳＴ  Tokyo"`, `"rust tokyo"` and `" Rust Tokyo "` are the same item.
pub fn item_key(item: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let folded: String = super::text::sanitize(item).nfkc().collect::<String>().to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Finds the one record called `name` among `candidates` (id, name), or by id (`12`, `#12`)
/// when no record has that name.
pub fn find_by_name<'a>(candidates: impl Iterator<Item = (u64, &'a str)>, name: &str) -> Result<u64, NameError> {
    let all: Vec<(u64, &str)> = candidates.collect();
    let by_name: Vec<u64> = all.iter().filter(|(_, n)| same_name(n, name)).map(|(id, _)| *id).collect();
    match by_name.as_slice() {
        [one] => Ok(*one),
        [] => {
            let id = name.trim().trim_start_matches('#').parse::<u64>().ok();
            id.filter(|id| all.iter().any(|(c, _)| c == id)).ok_or(NameError::Missing)
        }
        many => Err(NameError::Ambiguous(many.to_vec())),
    }
}

impl Workbook {
    pub fn person_named(&self, name: &str) -> Result<PersonId, NameError> {
        find_by_name(self.people.iter().map(|p| (p.id.0, p.name.as_str())), name).map(PersonId)
    }
    pub fn community_named(&self, name: &str) -> Result<CommunityId, NameError> {
        find_by_name(self.communities.iter().map(|c| (c.id.0, c.name.as_str())), name).map(CommunityId)
    }
    pub fn value_named(&self, name: &str) -> Result<ValueId, NameError> {
        find_by_name(self.values.iter().map(|v| (v.id.0, v.name.as_str())), name).map(ValueId)
    }
    /// The tag called `name` (tag names are unique), or `#id` of one.
    pub fn tag_named(&self, name: &str) -> Option<TagId> {
        find_by_name(self.tags.iter().map(|t| (t.id.0, t.name.as_str())), name).ok().map(TagId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_count_as_one_across_width_case_and_spacing() {
        assert_eq!(item_key("ＲＵＳＴ\u{3000} Tokyo "), "rust tokyo");
        assert_eq!(item_key("ｼｬｼﾝ"), item_key("シャシン"));
        assert_eq!(item_key("   "), "");
        assert_ne!(item_key("写真"), item_key("写 真"));
    }

    #[test]
    fn names_find_one_record_or_say_why_not() {
        let people = [(1, "田中 翔"), (2, "田中 翔 "), (3, "Kim")];
        assert_eq!(find_by_name(people.into_iter(), "kim"), Ok(3));
        assert_eq!(find_by_name(people.into_iter(), "田中 翔"), Err(NameError::Ambiguous(vec![1, 2])));
        assert_eq!(find_by_name(people.into_iter(), "#2"), Ok(2));
        assert_eq!(find_by_name(people.into_iter(), "9"), Err(NameError::Missing));
        assert_eq!(find_by_name(people.into_iter(), "nobody"), Err(NameError::Missing));
    }
}
