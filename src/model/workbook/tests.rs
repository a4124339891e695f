use super::*;
use crate::model::text::Text;

fn community(wb: &mut Workbook, name: &str) -> CommunityId {
    let id = CommunityId(wb.new_id());
    let c = Community { id, name: Text::from(name), ..Default::default() };
    wb.apply(vec![Change::Put(Record::Community(c))]).expect("insert community");
    id
}

fn person_in(wb: &mut Workbook, name: &str, c: CommunityId) -> PersonId {
    let id = PersonId(wb.new_id());
    let p = Person { id, name: Text::from(name), met_in: Some(c), communities: vec![c], ..Default::default() };
    wb.apply(vec![Change::Put(Record::Person(p))]).expect("insert person");
    id
}

#[test]
fn ids_are_unique_across_kinds_and_never_reused() {
    let mut wb = Workbook::default();
    let c = community(&mut wb, "読書会");
    let p = person_in(&mut wb, "山田", c);
    assert_ne!(c.0, p.0);
    let (edit, _) = wb.deletion(RecordRef::Person(p));
    wb.apply(edit).expect("delete");
    assert!(wb.new_id() > p.0);
}

#[test]
fn undo_of_insert_removes_and_redo_restores() {
    let mut wb = Workbook::default();
    let before = wb.clone();
    let id = CommunityId(wb.new_id());
    let c = Community { id, name: Text::from("朝活"), ..Default::default() };
    let undo = wb.apply(vec![Change::Put(Record::Community(c))]).expect("put");
    let after = wb.clone();
    let redo = wb.apply(undo).expect("undo");
    assert_eq!(wb.communities, before.communities);
    wb.apply(redo).expect("redo");
    assert_eq!(wb, after);
}

#[test]
fn a_link_to_nothing_is_refused_and_nothing_changes() {
    let mut wb = Workbook::default();
    let before = wb.clone();
    let p = Person { id: PersonId(5), met_in: Some(CommunityId(99)), ..Default::default() };
    let err = wb.apply(vec![Change::Put(Record::Person(p))]).expect_err("dangling");
    assert_eq!(
        err,
        EditError::MissingLink {
            from: Holder::Record(RecordRef::Person(PersonId(5))),
            to: RecordRef::Community(CommunityId(99))
        }
    );
    assert_eq!(wb, before);
}

#[test]
fn removing_a_linked_record_directly_is_refused() {
    let mut wb = Workbook::default();
    let c = community(&mut wb, "PTA");
    let p = person_in(&mut wb, "佐藤", c);
    let err = wb.apply(vec![Change::Remove(RecordRef::Community(c))]).expect_err("linked");
    assert_eq!(
        err,
        EditError::StillLinked { target: RecordRef::Community(c), by: Holder::Record(RecordRef::Person(p)) }
    );
}

#[test]
fn deletion_unlinks_everywhere_and_undo_restores_the_links() {
    let mut wb = Workbook::default();
    let c = community(&mut wb, "プロボノ");
    let p = person_in(&mut wb, "鈴木", c);
    let mut asset = Asset::new(AssetKind::DiverseNetworks);
    asset.evidence.push(RecordRef::Community(c));
    wb.apply(vec![Change::Asset(asset)]).expect("asset");
    let before = wb.clone();

    let (edit, touched) = wb.deletion(RecordRef::Community(c));
    assert_eq!(touched, 2, "the person and the asset point at it");
    let undo = wb.apply(edit).expect("delete");
    let person = wb.people.get(p).expect("person stays");
    assert_eq!(person.met_in, None);
    assert!(person.communities.is_empty());
    assert!(wb.asset(AssetKind::DiverseNetworks).expect("asset").evidence.is_empty());

    wb.apply(undo).expect("undo");
    assert_eq!(wb, before);
}

#[test]
fn a_failing_edit_rolls_back_the_changes_before_it() {
    let mut wb = Workbook::default();
    let before = wb.clone();
    let ok = Tag { id: TagId(1), name: Text::from("Rust"), ..Default::default() };
    let bad = Output { id: OutputId(2), tags: vec![TagId(77)], ..Default::default() };
    let edit = vec![Change::Put(Record::Tag(ok)), Change::Put(Record::Output(bad))];
    assert!(wb.apply(edit).is_err());
    assert_eq!(wb, before);
}

#[test]
fn problems_finds_duplicates_and_dangling_links() {
    let wb = Workbook {
        tags: [Tag { id: TagId(3), ..Default::default() }, Tag { id: TagId(3), ..Default::default() }]
            .into_iter()
            .collect(),
        outputs: [Output { id: OutputId(4), tags: vec![TagId(9)], ..Default::default() }].into_iter().collect(),
        ..Default::default()
    };
    let problems = wb.problems();
    assert!(problems.contains(&Problem::DuplicateId(RecordRef::Tag(TagId(3)))));
    assert!(problems.contains(&Problem::MissingLink {
        from: Holder::Record(RecordRef::Output(OutputId(4))),
        to: RecordRef::Tag(TagId(9))
    }));
}

#[test]
fn normalise_moves_the_counter_past_every_id() {
    let mut wb = Workbook { next_id: 1, ..Default::default() };
    wb.tags = [Tag { id: TagId(40), ..Default::default() }].into_iter().collect();
    wb.assets.clear();
    wb.normalise();
    assert_eq!(wb.next_id, 41);
    assert_eq!(wb.assets.len(), all::<AssetKind>().len());
}
