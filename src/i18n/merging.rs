//! The words of a merge: one line of what came in from the other copy, and a line for each thing
//! that needs the person (a conflict, a deletion that lost to an edit or a link, a merge without
//! a common earlier version). Used by `tsunagari merge`, `check` and the app alike.

use super::{Lang, fluent, record, tr};
use crate::model::conflict::shown;
use crate::model::merge::{Report, Side};
use crate::model::text::one_line;
use crate::model::{Conflict, Record, RecordRef, Workbook};

/// The longest a record's name or a value runs in a line before it is cut.
const SHORT: usize = 40;

fn short(s: &str) -> String {
    let line = one_line(s);
    if line.chars().count() <= SHORT {
        return line;
    }
    let mut cut: String = line.chars().take(SHORT - 1).collect();
    cut.push('…');
    cut
}

/// What a record is called: its name, or the start of its text.
pub fn record_name(wb: &Workbook, r: RecordRef) -> String {
    let name = match wb.record(r) {
        Some(Record::Value(v)) => v.name.to_string(),
        Some(Record::Community(c)) => c.name.to_string(),
        Some(Record::Person(p)) => p.name.to_string(),
        Some(Record::Tag(t)) => t.name.to_string(),
        Some(Record::Output(o)) => o.text.to_string(),
        Some(Record::Introduction(i)) => i.why.to_string(),
        Some(Record::Invitation(i)) => i.what.to_string(),
        Some(Record::Stocktake(s)) => s.date.map(|d| d.to_string()).unwrap_or_default(),
        Some(Record::Reflection(r)) => r.text.to_string(),
        None => String::new(),
    };
    short(&name)
}

/// A record as "person 12 佐藤 美咲".
pub fn named(lang: Lang, wb: &Workbook, r: RecordRef) -> String {
    let name = record_name(wb, r);
    if name.is_empty() { record(lang, r) } else { format!("{} {name}", record(lang, r)) }
}

/// A field's label (`merge-field-notes`), or its name in the file where it has none.
pub fn field_label(lang: Lang, field: &str) -> String {
    let id = format!("merge-field-{}", field.replace(['_', '.'], "-"));
    if fluent::loader(lang).has(&id) { fluent::text(lang, &id) } else { field.to_owned() }
}

/// One line of what came in: added, changed, deleted, conflicts.
pub fn merge_summary(lang: Lang, report: &Report) -> String {
    tr!(
        lang,
        "merge-summary",
        added = report.added.len(),
        changed = report.changed.len(),
        deleted = report.deleted.len(),
        joined = report.joined,
        conflicts = report.conflicts.len()
    )
}

/// One conflict, with both values.
pub fn conflict_line(lang: Lang, wb: &Workbook, c: &Conflict) -> String {
    tr!(
        lang,
        "merge-conflict",
        record = named(lang, wb, c.record),
        field = field_label(lang, &c.field),
        ours = short(&shown(&c.ours)),
        theirs = short(&shown(&c.theirs))
    )
}

/// A line for everything in `report` that the person should know beyond the summary.
pub fn merge_details(lang: Lang, report: &Report, wb: &Workbook) -> Vec<String> {
    let mut out = Vec::new();
    if report.without_base {
        out.push(tr!(lang, "merge-without-base").to_owned());
    }
    for c in &report.conflicts {
        out.push(conflict_line(lang, wb, c));
    }
    for &(r, side) in &report.kept_edited {
        // Deleted on `side`, edited on the other.
        let (side, other) = match side {
            Side::Ours => (tr!(lang, "merge-side-ours"), tr!(lang, "merge-side-theirs")),
            Side::Theirs => (tr!(lang, "merge-side-theirs"), tr!(lang, "merge-side-ours")),
        };
        out.push(tr!(lang, "merge-kept-edited", record = named(lang, wb, r), side = side, other = other));
    }
    for &(old, new) in &report.renumbered {
        out.push(tr!(lang, "merge-renumbered", record = named(lang, wb, new), old = old.number().to_string()));
    }
    for &r in &report.kept_linked {
        out.push(tr!(lang, "merge-kept-linked", record = named(lang, wb, r)));
    }
    if report.joined > 0 {
        out.push(tr!(lang, "merge-joined", count = report.joined));
    }
    if report.kept_ours > 0 {
        out.push(tr!(lang, "merge-kept-ours", count = report.kept_ours));
    }
    out
}
