//! Field by field: two versions of one record (or of the settings, an asset, a week's step) that
//! both changed since the base are merged through their generic form (`serde_json::Value`, one
//! object per record, one key per field as the file writes it).
//!
//! A field only one side changed takes that side's value; both changed to the same value is
//! fine; lists of links and logs (`LIST_FIELDS`) merge item by item (what one side added is
//! added, what one side removed is removed, ours' order first); anything else changed
//! differently is a conflict, and the record keeps ours' value. A field the file leaves out (its
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

/// A field both sides changed to different values: (field, ours, theirs), missing = `Null`.
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
    let o = fields(ours);
    let t = fields(theirs);
    let mut keys: Vec<&String> = o.keys().chain(t.keys()).chain(b.iter().flat_map(|b| b.keys())).collect();
    keys.sort();
    keys.dedup();
    let mut out = Map::new();
    let mut clashes = Vec::new();
    for key in keys {
        let (ov, tv) = (o.get(key), t.get(key));
        let bv = b.as_ref().and_then(|b| b.get(key));
        let merged = if ov == tv {
            ov.cloned()
        } else if b.is_some() && ov == bv {
            tv.cloned()
        } else if b.is_some() && tv == bv {
            ov.cloned()
        } else if LIST_FIELDS.contains(&key.as_str()) && is_list(ov) && is_list(tv) && is_list(bv) {
            let list = merge_list(items(bv), items(ov), items(tv), b.is_some());
            (!list.is_empty()).then_some(Value::Array(list))
        } else {
            clashes.push((key.clone(), ov.cloned().unwrap_or(Value::Null), tv.cloned().unwrap_or(Value::Null)));
            ov.cloned()
        };
        if let Some(v) = merged {
            out.insert(key.clone(), v);
        }
    }
    match serde_json::from_value(Value::Object(out)) {
        Ok(v) => (v, clashes),
        Err(_) => (ours.clone(), clashes),
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

/// `value` with one field set from its generic form (`null`: back to the default). `None` when
/// the value does not fit the field (a hand-edited conflict).
pub fn with_field<T: Serialize + DeserializeOwned>(value: &T, field: &str, to: &Value) -> Option<T> {
    let mut m = fields(value);
    if to.is_null() {
        m.remove(field);
    } else {
        m.insert(field.to_owned(), to.clone());
    }
    serde_json::from_value(Value::Object(m)).ok()
}

/// The generic form of one field of `value` (`null` when the file leaves it out).
pub fn field_of<T: Serialize>(value: &T, field: &str) -> Value {
    fields(value).remove(field).unwrap_or(Value::Null)
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
}
