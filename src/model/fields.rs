//! People's fields (their line of work or study) as one list: `IT`, `ｉｔ` and ` it ` are one
//! field. Pure; the person form offers [`known_fields`] to pick from, the rules spell a typed
//! field as the workbook already knows it ([`spelled_as_known`]), and every count of fields
//! (network health, the fields-reached indicator, bridges, the summary) groups by [`field_key`].

use std::collections::BTreeMap;

use super::ids::PersonId;
use super::records::Person;
use super::text::{Text, one_line};
use super::workbook::Workbook;

/// What two spellings of one field share: sanitised, NFKC (full-width letters and digits become
/// half-width, half-width katakana full-width, the ideographic space a space), lower case,
/// and runs of spaces as one space with none at the ends. Empty for a blank field.
pub fn field_key(field: &str) -> String {
    super::names::item_key(field)
}

/// One field of the workbook: how it is written (the spelling most people have, else the
/// first) and how many people are in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownField {
    pub name: String,
    pub people: usize,
}

/// The fields of the workbook's people, most people first, then by name; variants of one field
/// are one entry.
pub fn known_fields(wb: &Workbook) -> Vec<KnownField> {
    grouped(wb, |p| &p.field, None)
}

/// The organisations people belong to, grouped and ordered the same way (for the summary).
pub fn known_organisations(wb: &Workbook) -> Vec<KnownField> {
    grouped(wb, |p| &p.organisation, None)
}

fn grouped(wb: &Workbook, label: impl Fn(&Person) -> &Text, except: Option<PersonId>) -> Vec<KnownField> {
    let mut all: Vec<KnownField> =
        spellings(wb, label, except).into_values().map(|(name, people)| KnownField { name, people }).collect();
    all.sort_by(|a, b| b.people.cmp(&a.people).then_with(|| a.name.cmp(&b.name)));
    all
}

/// By key: the spelling to use and the number of people, leaving out `except`.
fn spellings(
    wb: &Workbook,
    label: impl Fn(&Person) -> &Text,
    except: Option<PersonId>,
) -> BTreeMap<String, (String, usize)> {
    let mut spellings: BTreeMap<String, BTreeMap<String, (usize, usize)>> = BTreeMap::new();
    for (at, p) in wb.people.iter().enumerate().filter(|(_, p)| Some(p.id) != except) {
        let key = field_key(label(p));
        if key.is_empty() {
            continue;
        }
        let written = one_line(label(p).trim());
        let e = spellings.entry(key).or_default().entry(written).or_insert((0, at));
        e.0 += 1;
    }
    spellings
        .into_iter()
        .map(|(key, ways)| {
            let people = ways.values().map(|w| w.0).sum();
            // The most common spelling; among equals, the one seen first.
            let best = ways.into_iter().max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)));
            (key, (best.map(|b| b.0).unwrap_or_default(), people))
        })
        .collect()
}

/// The distinct fields of the workbook's people (their keys).
pub fn distinct_fields(wb: &Workbook) -> std::collections::BTreeSet<String> {
    wb.people.iter().map(|p| field_key(&p.field)).filter(|k| !k.is_empty()).collect()
}

/// A field as it is saved: when another person's field is the same one written another way,
/// the workbook's spelling; otherwise what was typed, trimmed and on one line (a new field).
pub fn spelled_as_known(wb: &Workbook, typed: &str, person: PersonId) -> Text {
    let key = field_key(typed);
    if key.is_empty() {
        return Text::default();
    }
    match spellings(wb, |p| &p.field, Some(person)).remove(&key) {
        Some((name, _)) => Text::from(name.as_str()),
        None => Text::from(one_line(typed.trim()).as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_width_and_spacing_variants_are_one_field() {
        let same =
            ["Data Science", "data science", " DATA   SCIENCE ", "ｄａｔａ　ｓｃｉｅｎｃｅ", "Data\u{3000}Science"];
        for s in same {
            assert_eq!(field_key(s), "data science", "{s:?}");
        }
        assert_eq!(field_key("ﾃﾞｻﾞｲﾝ"), field_key("デザイン"), "half-width katakana");
        assert_eq!(field_key("ＩＴ"), field_key("it"));
        assert_ne!(field_key("法律"), field_key("法務"));
        assert_eq!(field_key("  "), "");
        assert_eq!(field_key("a\u{200b}b"), "ab", "invisible characters do not split a field");
    }

    fn wb(fields: &[&str]) -> Workbook {
        let mut wb = Workbook::default();
        for (i, f) in fields.iter().enumerate() {
            wb.people.put(Person { id: PersonId(i as u64 + 1), field: Text::from(*f), ..Default::default() });
        }
        wb
    }

    #[test]
    fn the_field_list_groups_variants_under_the_commonest_spelling() {
        let wb = wb(&["IT", "ｉｔ", "IT", "法律", "", "NPO", "npo"]);
        let known = known_fields(&wb);
        let got: Vec<(&str, usize)> = known.iter().map(|k| (k.name.as_str(), k.people)).collect();
        assert_eq!(got, vec![("IT", 3), ("NPO", 2), ("法律", 1)], "most people first; ties: the first seen");
        assert_eq!(distinct_fields(&wb).len(), 3);
    }

    #[test]
    fn a_typed_field_takes_the_known_spelling_and_a_new_one_is_kept() {
        let wb = wb(&["IT", "法律"]);
        assert_eq!(spelled_as_known(&wb, "ｉｔ ", PersonId(9)).as_str(), "IT");
        assert_eq!(spelled_as_known(&wb, " Design  Ops", PersonId(9)).as_str(), "Design  Ops", "new: as typed");
        assert_eq!(spelled_as_known(&wb, "   ", PersonId(9)).as_str(), "");
        // The only person in a field may respell it: they do not count against themselves.
        assert_eq!(spelled_as_known(&wb, "it", PersonId(1)).as_str(), "it");
    }
}
