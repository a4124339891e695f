//! Finding records by name: names compare without case and surrounding space, and a name
//! that names no record may be a record's number (`12`, `#12`).
//!
//! Links typed by hand (a form's link field, `tsunagari add … --from 渡辺`) follow one rule,
//! [`find_by_part`]: a whole name first, then a number, then a whole reading, then a part of a
//! name or of a reading. The first step that finds anything decides: one record is the link,
//! several are for the person to choose among, none is an error.

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

/// One record as [`find_by_part`] sees it: its number, its name and its reading (empty when it
/// has none).
#[derive(Clone, Copy, Debug)]
pub struct Named<'a> {
    pub id: u64,
    pub name: &'a str,
    pub reading: &'a str,
}

/// What a part of a name is compared by: compatibility forms folded (full-width letters,
/// half-width kana), case ignored, katakana read as hiragana (`ワタナベ` finds `わたなべ`),
/// every space left out (`渡辺健` finds `渡辺 健`).
pub fn part_key(text: &str) -> String {
    item_key(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            // Katakana ァ..ヶ sit 0x60 above their hiragana.
            '\u{30a1}'..='\u{30f6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// The link a typed name makes among `candidates`, by the rule every hand-typed link follows:
///
/// 1. a record whose whole name is `typed` (see [`same_name`]);
/// 2. else the record numbered `typed` (`12`, `#12`);
/// 3. else a record whose whole reading is `typed`;
/// 4. else a record whose name or reading contains `typed` (compared by [`part_key`]).
///
/// The first step that finds anything decides: one record is `Ok`, several are
/// [`NameError::Ambiguous`] (in the candidates' order), none at all is [`NameError::Missing`].
pub fn find_by_part<'a>(candidates: impl Iterator<Item = Named<'a>>, typed: &str) -> Result<u64, NameError> {
    let all: Vec<Named> = candidates.collect();
    let key = part_key(typed);
    if key.is_empty() {
        return Err(NameError::Missing);
    }
    let decide = |found: Vec<u64>| match found.as_slice() {
        [] => None,
        [one] => Some(Ok(*one)),
        _ => Some(Err(NameError::Ambiguous(found))),
    };
    let whole_name = all.iter().filter(|c| same_name(c.name, typed)).map(|c| c.id).collect();
    if let Some(decided) = decide(whole_name) {
        return decided;
    }
    let number = typed.trim().trim_start_matches('#').parse::<u64>().ok();
    if let Some(id) = number.filter(|n| all.iter().any(|c| c.id == *n)) {
        return Ok(id);
    }
    let whole_reading = all.iter().filter(|c| !c.reading.trim().is_empty() && same_name(c.reading, typed));
    if let Some(decided) = decide(whole_reading.map(|c| c.id).collect()) {
        return decided;
    }
    let contains = |text: &str| !text.trim().is_empty() && part_key(text).contains(&key);
    let parts = all.iter().filter(|c| contains(c.name) || contains(c.reading)).map(|c| c.id).collect();
    decide(parts).unwrap_or(Err(NameError::Missing))
}

impl Workbook {
    /// The person a hand-typed name links (see [`find_by_part`]; people are found by their
    /// reading too).
    pub fn person_by_part(&self, typed: &str) -> Result<PersonId, NameError> {
        let named = self.people.iter().map(|p| Named { id: p.id.0, name: &p.name, reading: &p.phonetic });
        find_by_part(named, typed).map(PersonId)
    }
    /// The community a hand-typed name links (see [`find_by_part`]).
    pub fn community_by_part(&self, typed: &str) -> Result<CommunityId, NameError> {
        let named = self.communities.iter().map(|c| Named { id: c.id.0, name: &c.name, reading: "" });
        find_by_part(named, typed).map(CommunityId)
    }
    /// The final value a hand-typed name links (see [`find_by_part`]).
    pub fn value_by_part(&self, typed: &str) -> Result<ValueId, NameError> {
        let named = self.values.iter().map(|v| Named { id: v.id.0, name: &v.name, reading: "" });
        find_by_part(named, typed).map(ValueId)
    }
    /// The name of the person, community or value numbered `id`, on one line (for a list of
    /// the records a typed name fits).
    pub fn name_of(&self, kind: super::RecordKind, id: u64) -> String {
        use super::RecordKind;
        let name = match kind {
            RecordKind::Person => self.people.get(PersonId(id)).map(|p| p.name.to_string()),
            RecordKind::Community => self.communities.get(CommunityId(id)).map(|c| c.name.to_string()),
            RecordKind::Value => self.values.get(ValueId(id)).map(|v| v.name.to_string()),
            _ => None,
        };
        super::text::one_line(name.as_deref().unwrap_or_default())
    }
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

    fn named<'a>(list: &'a [(u64, &'a str, &'a str)]) -> impl Iterator<Item = Named<'a>> {
        list.iter().map(|&(id, name, reading)| Named { id, name, reading })
    }

    #[test]
    fn a_part_of_a_name_links_the_only_record_that_has_it() {
        let people = [
            (1, "渡辺 健", "わたなべ けん"),
            (2, "田中 翔", "たなか しょう"),
            (3, "田中 美咲", ""),
            (4, "Kim Lee", ""),
        ];
        let find = |typed: &str| find_by_part(named(&people), typed);
        assert_eq!(find("渡辺"), Ok(1));
        assert_eq!(find("渡辺健"), Ok(1), "spaces are left out of the comparison");
        assert_eq!(find("ワタナベ"), Ok(1), "katakana finds a reading in hiragana");
        assert_eq!(find("しょう"), Ok(2), "a part of the reading");
        assert_eq!(find("ｋｉｍ"), Ok(4), "full-width letters, any case");
        assert_eq!(find("田中"), Err(NameError::Ambiguous(vec![2, 3])), "several: the person chooses");
        assert_eq!(find("佐藤"), Err(NameError::Missing));
        assert_eq!(find("  "), Err(NameError::Missing), "nothing typed links nothing");
    }

    #[test]
    fn a_whole_name_a_number_and_a_whole_reading_come_before_parts() {
        let people = [(1, "田中", ""), (2, "田中 翔", ""), (3, "Ann", "あん"), (4, "Anna", ""), (12, "No. 4", "")];
        let find = |typed: &str| find_by_part(named(&people), typed);
        assert_eq!(find("田中"), Ok(1), "the whole name wins over the names that contain it");
        assert_eq!(find("#4"), Ok(4));
        assert_eq!(find("4"), Ok(4), "a number names a record before a part of \"No. 4\" does");
        assert_eq!(find("ann"), Ok(3));
        assert_eq!(find("あん"), Ok(3), "a whole reading");
        assert_eq!(find("#99"), Err(NameError::Missing), "an unknown number is no part of a name");
        let twins = [(1, "田中 翔", ""), (2, " 田中 翔", ""), (3, "田中 翔太", "")];
        assert_eq!(find_by_part(named(&twins), "田中 翔"), Err(NameError::Ambiguous(vec![1, 2])));
    }

    #[test]
    fn part_keys_fold_width_case_kana_and_spaces() {
        assert_eq!(part_key("ﾜﾀﾅﾍﾞ　Ken"), "わたなべken");
        assert_eq!(part_key("ヴァ"), "ゔぁ");
        assert_eq!(part_key("ー"), "ー", "the long vowel mark stays");
    }
}
