use super::*;
use crate::model::{Change, CommunityId, PersonId, Tag, TagId, Text};

fn tag(id: u64, name: &str) -> Record {
    Record::Tag(Tag { id: TagId(id), name: Text::from(name), ..Default::default() })
}

fn person(id: u64, name: &str, met_in: Option<u64>) -> Record {
    Record::Person(Person {
        id: PersonId(id),
        name: Text::from(name),
        met_in: met_in.map(CommunityId),
        ..Default::default()
    })
}

fn community(id: u64, name: &str) -> Record {
    Record::Community(Community { id: CommunityId(id), name: Text::from(name), ..Default::default() })
}

fn with(wb: &Workbook, records: Vec<Record>) -> Workbook {
    let mut wb = wb.clone();
    wb.apply(records.into_iter().map(Change::Put).collect()).expect("valid records");
    wb
}

fn base() -> Workbook {
    with(&Workbook::default(), vec![community(1, "読書会"), person(2, "佐藤", Some(1)), tag(3, "Rust")])
}

fn person_of(wb: &Workbook, id: u64) -> Person {
    wb.people.get(PersonId(id)).cloned().expect("the person is there")
}

#[test]
fn merging_a_copy_with_itself_changes_nothing() {
    let b = base();
    let x = with(&b, vec![tag(4, "Go"), person(2, "佐藤 美咲", Some(1))]);
    let m = merge(&b, &x, &x);
    assert_eq!(m.workbook, x);
    assert!(m.report.is_clean() && m.report.added.is_empty() && m.report.changed.is_empty());
}

#[test]
fn edits_to_different_fields_merge_and_the_same_field_clashes() {
    let b = base();
    let mut o = person_of(&b, 2);
    o.notes = Text::from("ours");
    o.field = Text::from("IT");
    let mut t = person_of(&b, 2);
    t.notes = Text::from("theirs");
    t.organisation = Text::from("ACME");
    let m = merge(&b, &with(&b, vec![Record::Person(o)]), &with(&b, vec![Record::Person(t)]));
    let p = person_of(&m.workbook, 2);
    assert_eq!(
        (p.field.to_string(), p.organisation.to_string(), p.notes.to_string()),
        ("IT".to_owned(), "ACME".to_owned(), "ours".to_owned())
    );
    assert_eq!(m.workbook.conflicts.len(), 1);
    let c = &m.workbook.conflicts[0];
    assert_eq!(
        (c.field.as_str(), &c.ours, &c.theirs),
        ("notes", &serde_json::json!("ours"), &serde_json::json!("theirs"))
    );
    assert_eq!(m.report.conflicts, m.workbook.conflicts);
    // Both changed to the same value: no conflict.
    let mut same = person_of(&b, 2);
    same.notes = Text::from("same");
    let x = with(&b, vec![Record::Person(same)]);
    assert!(merge(&b, &x, &x.clone()).report.is_clean());
}

#[test]
fn lists_of_links_take_both_sides_additions() {
    let b = with(&base(), vec![community(4, "朝活")]);
    let mut o = person_of(&b, 2);
    o.communities = vec![CommunityId(1)];
    let mut t = person_of(&b, 2);
    t.communities = vec![CommunityId(4)];
    t.notes = Text::from("x");
    o.notes = Text::from("y");
    let m = merge(&b, &with(&b, vec![Record::Person(o)]), &with(&b, vec![Record::Person(t)]));
    assert_eq!(person_of(&m.workbook, 2).communities, vec![CommunityId(1), CommunityId(4)]);
}

#[test]
fn the_same_new_id_on_both_sides_keeps_both_and_one_moves_with_its_links_whichever_way() {
    let b = base();
    // Both sides add record 4: one a tag, the other a community a new person of theirs met in.
    let o = with(&b, vec![tag(4, "Go")]);
    let t = with(&b, vec![community(4, "山の会"), person(5, "田中", Some(4))]);
    let m = merge(&b, &o, &t);
    let wb = &m.workbook;
    assert!(wb.problems().is_empty(), "{:?}", wb.problems());
    // The community sorts before the tag and keeps 4; the tag moves, from whichever side.
    let go = wb.tags.iter().find(|t| t.name.to_string() == "Go").expect("the tag kept");
    assert!(go.id.0 > 5, "a fresh id above every id: {}", go.id);
    assert_eq!(person_of(wb, 5).met_in, Some(CommunityId(4)), "the person still points at its community");
    assert!(wb.next_id > go.id.0);
    assert_eq!(m.report.renumbered, vec![(RecordRef::Tag(TagId(4)), RecordRef::Tag(go.id))]);
    // The other way round: the same ids, the same records.
    let back = merge(&b, &t, &o);
    assert_eq!(back.workbook.tags, wb.tags);
    assert_eq!(back.workbook.communities, wb.communities);
    assert_eq!(back.workbook.people, wb.people);
    // A link in the copy whose record moves follows it, whichever side that is: an output
    // tagged with the new tag 4, against a community 4 of the other copy.
    let output = |tag: u64| {
        Record::Output(crate::model::Output {
            id: crate::model::OutputId(5),
            tags: vec![TagId(tag)],
            ..Default::default()
        })
    };
    let o = with(&b, vec![tag(4, "Go"), output(4)]);
    let t = with(&b, vec![community(4, "山の会")]);
    for m in [merge(&b, &o, &t), merge(&b, &t, &o)] {
        let go = m.workbook.tags.iter().find(|t| t.name.to_string() == "Go").expect("the tag").id;
        let out = m.workbook.outputs.get(crate::model::OutputId(5)).expect("the output");
        assert_eq!(out.tags, vec![go], "the output follows its tag to {go}");
        assert!(m.workbook.problems().is_empty());
    }
    // The same record added on both sides is one record.
    let same = with(&b, vec![tag(4, "Go")]);
    let m = merge(&b, &same, &same.clone());
    assert_eq!(m.workbook.tags.len(), 2);
    assert!(m.report.renumbered.is_empty());
}

#[test]
fn a_deletion_wins_over_untouched_and_loses_to_an_edit() {
    let b = base();
    let (del, _) = b.deletion(RecordRef::Tag(TagId(3)));
    let mut o = b.clone();
    o.apply(del).expect("delete");
    let m = merge(&b, &o, &b);
    assert!(m.workbook.tags.is_empty());
    let m = merge(&b, &b, &o);
    assert!(m.workbook.tags.is_empty());
    assert_eq!(m.report.deleted, vec![RecordRef::Tag(TagId(3))]);
    // Theirs edits the tag ours deleted: kept, and said.
    let t = with(&b, vec![tag(3, "Rust 2024")]);
    let m = merge(&b, &o, &t);
    assert_eq!(m.workbook.tags.get(TagId(3)).map(|t| t.name.to_string()), Some("Rust 2024".into()));
    assert_eq!(m.report.kept_edited, vec![(RecordRef::Tag(TagId(3)), Side::Ours)]);
}

#[test]
fn a_deleted_record_that_a_kept_one_points_at_stays() {
    let b = base();
    // Ours deletes the community (and so unlinks the person); theirs adds a person met there.
    let (del, _) = b.deletion(RecordRef::Community(CommunityId(1)));
    let mut o = b.clone();
    o.apply(del).expect("delete");
    let t = with(&b, vec![person(4, "新人", Some(1))]);
    let m = merge(&b, &o, &t);
    assert!(m.workbook.problems().is_empty());
    assert!(m.workbook.communities.contains(CommunityId(1)));
    assert_eq!(m.report.kept_linked, vec![RecordRef::Community(CommunityId(1))]);
    // Ours' unlinking of the old person still holds.
    assert_eq!(person_of(&m.workbook, 2).met_in, None);
}

#[test]
fn a_union_without_a_base_deletes_nothing() {
    let b = base();
    let o = with(&Workbook::default(), vec![tag(3, "Rust"), tag(7, "only ours")]);
    let t = with(&b, vec![tag(3, "Rust!")]);
    let m = union(&o, &t);
    assert!(m.report.without_base);
    assert_eq!(m.workbook.tags.len(), 2);
    assert_eq!(m.workbook.people.len(), 1);
    assert_eq!(m.workbook.conflicts.len(), 1, "the name differs and nobody knows which is newer");
}

#[test]
fn next_id_ends_above_every_id() {
    let b = base();
    let mut o = with(&b, vec![tag(40, "x")]);
    o.next_id = 41;
    let mut t = with(&b, vec![tag(90, "y")]);
    t.next_id = 95;
    let m = merge(&b, &o, &t);
    assert_eq!(m.workbook.next_id, 95);
}

#[test]
fn a_conflict_is_settled_either_way_and_survives_the_file_format() {
    let b = base();
    let mut o = person_of(&b, 2);
    o.notes = Text::from("ours");
    o.last_contact = chrono::NaiveDate::from_ymd_opt(2026, 1, 2);
    let mut t = person_of(&b, 2);
    t.notes = Text::from("theirs");
    let m = merge(&b, &with(&b, vec![Record::Person(o)]), &with(&b, vec![Record::Person(t)]));
    let wb = m.workbook;
    let text = ron::ser::to_string(&wb).expect("ron");
    let back: Workbook = ron::from_str(&text).expect("reads back");
    assert_eq!(back.conflicts, wb.conflicts);
    let mut taken = wb.clone();
    taken.apply(resolve(&wb, 0, Side::Theirs).expect("a conflict")).expect("applies");
    assert_eq!(person_of(&taken, 2).notes.to_string(), "theirs");
    assert!(taken.conflicts.is_empty());
    let mut kept = wb.clone();
    kept.apply(resolve(&wb, 0, Side::Ours).expect("a conflict")).expect("applies");
    assert_eq!(person_of(&kept, 2).notes.to_string(), "ours");
    assert!(kept.conflicts.is_empty());
    assert!(resolve(&wb, 1, Side::Ours).is_none());
    // Deleting the record drops its conflict.
    let (del, _) = wb.deletion(RecordRef::Person(PersonId(2)));
    let mut gone = wb.clone();
    gone.apply(del).expect("delete");
    assert!(gone.conflicts.is_empty());
}

#[test]
fn a_whole_merge_undoes_as_one_edit_and_never_lowers_the_counter() {
    let b = base();
    let t = with(&b, vec![tag(9, "new")]);
    let m = merge(&b, &b, &t);
    let mut wb = b.clone();
    let undo = wb.apply(vec![Change::Whole(Box::new(m.workbook.clone()))]).expect("applies");
    assert_eq!(wb, m.workbook);
    wb.apply(undo).expect("undo");
    assert_eq!(wb.tags.len(), 1);
    assert!(wb.next_id >= 10, "ids stay unique after the undo");
}

/// An asset's notes, or a week's own step, written differently on both machines: both texts
/// stay, in a fixed order (nothing typed is lost); a rating both changed keeps ours and is counted.
#[test]
fn texts_outside_records_keep_both_versions_and_other_clashes_keep_ours() {
    use crate::model::{Asset, AssetKind, ColumnStep, WeekStep};
    let mut b = base();
    b.assets =
        vec![Asset { rating: Some(2), notes: Text::from("始めのメモ"), ..Asset::new(AssetKind::SelfKnowledge) }];
    let week = chrono::NaiveDate::from_ymd_opt(2026, 11, 23);
    b.weeks =
        vec![WeekStep {
            week, step: ColumnStep::ShowUp, text: Text::from("読書会に行く"), ..WeekStep::default()
        }];
    let _ = b.normalise(); // every asset kind, as a loaded workbook has
    let side = |note: &str, rating: u8, step: &str| {
        let mut x = b.clone();
        x.assets[0].notes = Text::from(note);
        x.assets[0].rating = Some(rating);
        x.weeks[0].text = Text::from(step);
        x
    };
    let ours = side("ノートPCで書いた", 3, "読書会で発表する");
    let theirs = side("デスクトップで書いた", 4, "山歩きの会に行く");
    let m = merge(&b, &ours, &theirs);
    // Both texts, in a fixed order (the same whichever way the merge runs).
    assert_eq!(m.workbook.assets[0].notes.as_str(), "デスクトップで書いた\n\nノートPCで書いた");
    assert_eq!(m.workbook.assets[0].rating, Some(3), "a rating keeps ours");
    assert_eq!(m.workbook.weeks[0].text.as_str(), "山歩きの会に行く\n\n読書会で発表する");
    assert_eq!((m.report.joined, m.report.kept_ours), (2, 1));
    let back = merge(&b, &theirs, &ours);
    assert_eq!(back.workbook.assets[0].notes, m.workbook.assets[0].notes);
    assert_eq!(back.workbook.weeks[0].text, m.workbook.weeks[0].text);
    // Merged again with a copy it already holds (a conflict file merged twice, the two results
    // of a criss-cross): nothing is repeated.
    let again = merge(&b, &m.workbook, &theirs);
    assert_eq!(again.workbook.assets[0].notes, m.workbook.assets[0].notes);
    assert_eq!(merge(&b, &m.workbook, &back.workbook).workbook.weeks[0].text, m.workbook.weeks[0].text);
    // A date both set differently is not a text: ours, counted as kept.
    let mut ticked = b.clone();
    ticked.weeks[0].done = chrono::NaiveDate::from_ymd_opt(2026, 11, 25);
    let mut other = b.clone();
    other.weeks[0].done = chrono::NaiveDate::from_ymd_opt(2026, 11, 26);
    let m2 = merge(&b, &ticked, &other);
    assert_eq!((m2.workbook.weeks[0].done, m2.report.joined, m2.report.kept_ours), (ticked.weeks[0].done, 0, 1));
    // One side emptied the notes, the other rewrote them: the words stay, alone.
    let m = merge(&b, &side("", 2, "読書会に行く"), &side("書き直した", 2, "読書会に行く"));
    assert_eq!(m.workbook.assets[0].notes.as_str(), "書き直した");
    // merge(b, x, x) = x still.
    assert_eq!(merge(&b, &ours, &ours).workbook, ours);
}
