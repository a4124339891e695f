//! Three-way merge of two 10k-record copies (`cargo bench --bench merge`): each side edits 2% of
//! the people (a hundred of them on both sides, field by field, some clashing), deletes a few
//! records and adds 100 of its own under the same new ids (so theirs are renumbered).
//! Figures and the machine they were measured on are in BENCHMARKS.md.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use divan::Bencher;
use tsunagari::model::merge;
use tsunagari::model::{Change, Record, RecordRef, Tag, TagId, Text, Workbook, rules, sample};

fn main() {
    divan::main();
}

/// One copy: people edited (every `every`-th, from `offset`), `added` new tags, a few deleted.
fn side(base: &Workbook, offset: usize, every: usize, who: &str) -> Workbook {
    let mut wb = base.clone();
    let people: Vec<_> = wb.people.iter().cloned().collect();
    for (i, mut p) in people.into_iter().enumerate() {
        if i % every == offset {
            p.notes = Text::from(format!("{who} {i}"));
            if i % 2 == 0 {
                p.role = Text::from(format!("{who} role"));
            }
            wb.apply(vec![Change::Put(Record::Person(p))]).unwrap();
        }
    }
    for n in 0..100 {
        let id = wb.new_ids().take::<TagId>();
        let t = Tag { id, name: Text::from(format!("{who} tag {n}")), ..Default::default() };
        wb.apply(vec![Change::Put(Record::Tag(t))]).unwrap();
    }
    let reflections: Vec<_> = wb.reflections.iter().map(|r| r.id).skip(offset).step_by(50).take(10).collect();
    for id in reflections {
        let (edit, _) = rules::delete(&wb, RecordRef::Reflection(id));
        wb.apply(edit).unwrap();
    }
    wb
}

#[divan::bench(args = [1_000, 10_000], sample_count = 20, sample_size = 1)]
fn merge_two_copies(bencher: Bencher, n: usize) {
    let base = sample::workbook(n, 7, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    let ours = side(&base, 0, 50, "ours");
    let theirs = side(&base, 1, 50, "theirs");
    // A hundred people changed on both sides (notes clash, roles merge).
    let both = side(&theirs, 0, 50, "both");
    bencher.bench(|| merge::merge(divan::black_box(&base), &ours, &both));
}
