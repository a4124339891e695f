//! Field by field: two versions of one record (or of the settings, an asset, a week's step) that
//! both changed since the base are merged through their generic form (`serde_json::Value`, one
//! object per record, one key per field as the file writes it).
//!
//! A field only one side changed takes that side's value; both changed to the same value is
//! fine; lists of links and logs (`LIST_FIELDS`) merge item by item (what one side added is
//! added, what one side removed is removed, ours' order first); anything else changed
//! differently is a conflict, and the record keeps ours' value. A field that is itself an object
//! (a person's tie) merges field by field, and its clashes are named `tie.time`. A field the file leaves out (its
//! default) is `None` here and `null` in a conflict.
//!
//! Only records both sides changed come here, so the cost of the generic form is paid for a
//! handful of records, never for the whole workbook.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// Fields that hold a list of links or a log: merged item by item instead of as one value.
/// (Scores, ratings and frozen figures stay whole: two scores for one value cannot both be
/// right.)
const LIST_FIELDS: &[&str] =
    &["values", "interests", "visits", "communities", "interactions", "tags", "people", "skills", "met"];

/// A field both sides changed to different values: (field, ours, theirs), missing = `Null`;
/// an inner field is named with a dot (`tie.time`).
pub type Clash = (String, Value, Value);

/// The generic form of a value as an object of fields (an empty one if it is not an object,
/// which no record is).
fn fields<T: Serialize>(value: &T) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

/// Merges `ours` and `theirs` against `base` (`None`: no common version known, so every field
/// that differs is a conflict, lists excepted, which are joined). Returns the merged value and
/// the fields that clash. When the generic form cannot be read back (it always can for the
/// model's types), ours is kept whole and every differing field is said to clash.
pub fn merge<T: Serialize + DeserializeOwned + Clone + PartialEq>(
    base: Option<&T>,
    ours: &T,
    theirs: &T,
) -> (T, Vec<Clash>) {
    // Whole values first: the generic form is only for values both sides changed.
    if ours == theirs || base == Some(theirs) {
        return (ours.clone(), Vec::new());
    }
    if base == Some(ours) {
        return (theirs.clone(), Vec::new());
    }
    let b = base.map(fields);
    let mut clashes = Vec::new();
    let out = merge_map(b.as_ref(), &fields(ours), &fields(theirs), "", &mut clashes);
    match serde_json::from_value(Value::Object(out)) {
        Ok(v) => (v, clashes),
        Err(_) => (ours.clone(), clashes),
    }
}

/// One object's fields merged (`base`: `None` when no common version is known). A field that
/// is an object on both sides (a person's tie, four ratings) is merged field by field in turn,
/// so a clash names the inner field (`tie.time`) and the other three still merge.
fn merge_map(
    b: Option<&Map<String, Value>>,
    o: &Map<String, Value>,
    t: &Map<String, Value>,
    prefix: &str,
    clashes: &mut Vec<Clash>,
) -> Map<String, Value> {
    let empty = Map::new();
    let mut keys: Vec<&String> = o.keys().chain(t.keys()).chain(b.iter().flat_map(|b| b.keys())).collect();
    keys.sort();
    keys.dedup();
    let mut out = Map::new();
    for key in keys {
        let (ov, tv) = (o.get(key), t.get(key));
        let bv = b.and_then(|b| b.get(key));
        let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        let merged = if ov == tv {
            ov.cloned()
        } else if b.is_some() && ov == bv {
            tv.cloned()
        } else if b.is_some() && tv == bv {
            ov.cloned()
        } else if let (Some(Value::Object(om)), Some(Value::Object(tm))) = (ov, tv)
            && struct_like(om, tm, bv)
        {
            // With a base, a missing inner object is its default: nothing of it was set.
            let bm = b.map(|_| bv.and_then(Value::as_object).unwrap_or(&empty));
            Some(Value::Object(merge_map(bm, om, tm, &path, clashes)))
        } else if LIST_FIELDS.contains(&key.as_str()) && is_list(ov) && is_list(tv) && is_list(bv) {
            let list = merge_list(items(bv), items(ov), items(tv), b.is_some());
            (!list.is_empty()).then_some(Value::Array(list))
        } else {
            clashes.push((path, ov.cloned().unwrap_or(Value::Null), tv.cloned().unwrap_or(Value::Null)));
            ov.cloned()
        };
        if let Some(v) = merged {
            out.insert(key.clone(), v);
        }
    }
    out
}

/// Two objects that are one struct's fields (a tie's four ratings): the same fields on both
/// sides (and in the base, when it has the object), more than one. An enum's object (`{"Person":
/// 5}` against `{"Tag": 7}`, a link to another kind) is one value, never merged inside.
fn struct_like(o: &Map<String, Value>, t: &Map<String, Value>, b: Option<&Value>) -> bool {
    let same_keys = |x: &Map<String, Value>| x.len() == o.len() && x.keys().all(|k| o.contains_key(k));
    o.len() > 1
        && same_keys(t)
        && match b {
            None => true,
            Some(Value::Object(bm)) => same_keys(bm),
            Some(_) => false,
        }
}

fn is_list(v: Option<&Value>) -> bool {
    matches!(v, None | Some(Value::Array(_)))
}

fn items(v: Option<&Value>) -> &[Value] {
    match v {
        Some(Value::Array(a)) => a,
        _ => &[],
    }
}

/// Three-way merge of a list, order kept: ours without what theirs removed (with a base), then
/// what theirs added that ours does not have.
fn merge_list(base: &[Value], ours: &[Value], theirs: &[Value], with_base: bool) -> Vec<Value> {
    let mut out: Vec<Value> =
        ours.iter().filter(|x| !(with_base && base.contains(x) && !theirs.contains(x))).cloned().collect();
    for x in theirs {
        let added = !with_base || !base.contains(x);
        if added && !out.contains(x) {
            out.push(x.clone());
        }
    }
    out
}

/// `value` with one field set from its generic form (`null`: back to the default); `field` may
/// name an inner field (`tie.time`). `None` when the value does not fit the field (a
/// hand-edited conflict).
pub fn with_field<T: Serialize + DeserializeOwned>(value: &T, field: &str, to: &Value) -> Option<T> {
    let mut m = fields(value);
    let (outer, last) = match field.rsplit_once('.') {
        Some((outer, last)) => (Some(outer), last),
        None => (None, field),
    };
    let mut place = &mut m;
    for part in outer.into_iter().flat_map(|o| o.split('.')) {
        place = place.entry(part.to_owned()).or_insert_with(|| Value::Object(Map::new())).as_object_mut()?;
    }
    if to.is_null() {
        place.remove(last);
    } else {
        place.insert(last.to_owned(), to.clone());
    }
    serde_json::from_value(Value::Object(m)).ok()
}

/// The generic form of one field of `value` (`null` when the file leaves it out); `field` may
/// name an inner field (`tie.time`).
pub fn field_of<T: Serialize>(value: &T, field: &str) -> Value {
    let mut parts = field.split('.');
    let first = parts.next().unwrap_or_default();
    let mut v = fields(value).remove(first).unwrap_or(Value::Null);
    for part in parts {
        v = match v {
            Value::Object(mut m) => m.remove(part).unwrap_or(Value::Null),
            _ => Value::Null,
        };
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lists_merge_item_by_item() {
        let b = [json!(1), json!(2), json!(3)];
        let o = [json!(1), json!(3), json!(4)];
        let t = [json!(2), json!(1), json!(3), json!(5)];
        assert_eq!(merge_list(&b, &o, &t, true), vec![json!(1), json!(3), json!(4), json!(5)]);
        assert_eq!(merge_list(&[], &o, &t, false), vec![json!(1), json!(3), json!(4), json!(2), json!(5)]);
    }

    #[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
    struct Tie {
        time: u8,
        emotion: u8,
    }
    #[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
    struct Person {
        name: String,
        tie: Tie,
    }

    fn person(name: &str, time: u8, emotion: u8) -> Person {
        Person { name: name.into(), tie: Tie { time, emotion } }
    }

    #[test]
    fn an_inner_object_merges_field_by_field_and_names_its_clash() {
        let base = person("a", 1, 1);
        // Different inner fields: both kept, no clash.
        let (merged, clashes) = merge(Some(&base), &person("a", 2, 1), &person("a", 1, 3));
        assert_eq!((merged, clashes), (person("a", 2, 3), vec![]));
        // The same inner field: the clash is named by its path, the rest still merges.
        let (merged, clashes) = merge(Some(&base), &person("b", 2, 1), &person("a", 3, 4));
        assert_eq!(merged, person("b", 2, 4));
        assert_eq!(clashes, vec![("tie.time".to_owned(), json!(2), json!(3))]);
        // Settling it: the path reads and writes the inner field.
        assert_eq!(field_of(&merged, "tie.time"), json!(2));
        assert_eq!(with_field(&merged, "tie.time", &json!(3)), Some(person("b", 3, 4)));
        assert_eq!(field_of(&merged, "tie.nothing"), Value::Null);
        assert_eq!(with_field(&merged, "name.inner", &json!(1)), None, "a text has no inner field");
    }

    #[test]
    fn a_link_to_another_kind_is_one_value_not_an_object_to_merge_inside() {
        let b = json!({"about": {"Person": 3}});
        let (o, t) = (json!({"about": {"Person": 5}}), json!({"about": {"Tag": 7}}));
        let (merged, clashes): (Value, _) = merge(Some(&b), &o, &t);
        assert_eq!(merged, o, "ours meanwhile, whole");
        assert_eq!(clashes, vec![("about".to_owned(), json!({"Person": 5}), json!({"Tag": 7}))]);
    }
}
