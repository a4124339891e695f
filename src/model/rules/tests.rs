use super::*;
use crate::model::names::same_name;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

const TODAY: &str = "2026-11-27";

/// Adds a record through the rules and applies the edit.
fn new(wb: &mut Workbook, record: Record) -> RecordRef {
    let (edit, made) = add(wb, record, day(TODAY)).expect("allowed");
    wb.apply(edit).expect("applies");
    made
}

/// Changes a record through the rules and applies the edit.
fn change(wb: &mut Workbook, record: Record) {
    let (edit, _) = update(wb, record, day(TODAY)).expect("allowed");
    wb.apply(edit).expect("applies");
}

fn value(wb: &mut Workbook, name: &str, rank: u16) -> ValueId {
    let v = FinalValue { name: Text::from(name), rank, ..Default::default() };
    match new(wb, Record::Value(v)) {
        RecordRef::Value(id) => id,
        other => panic!("{other:?}"),
    }
}

fn ranks(wb: &Workbook) -> Vec<(String, u16)> {
    wb.ranked_values().iter().map(|v| (v.name.to_string(), v.rank)).collect()
}

#[test]
fn values_are_ranked_one_to_n_wherever_they_are_put() {
    let mut wb = Workbook::default();
    value(&mut wb, "自由", 0);
    value(&mut wb, "学び", 0);
    value(&mut wb, "健康", 1);
    value(&mut wb, "家族", 99);
    value(&mut wb, "挑戦", 2);
    let want = [("健康", 1), ("挑戦", 2), ("自由", 3), ("学び", 4), ("家族", 5)];
    assert_eq!(ranks(&wb), want.map(|(n, r)| (n.to_owned(), r)));
    let id = wb.value_named("家族").expect("there");
    let moved = FinalValue { rank: 1, ..wb.values.get(id).cloned().expect("there") };
    change(&mut wb, Record::Value(moved));
    let names: Vec<String> = ranks(&wb).into_iter().map(|x| x.0).collect();
    assert_eq!(names, ["家族", "健康", "挑戦", "自由", "学び"]);
    assert_eq!(wb.values.get(id).and_then(|v| v.revisited), Some(day(TODAY)), "changing it is looking at it");
    let (deletion, _) = delete(&wb, RecordRef::Value(id));
    wb.apply(deletion).expect("delete");
    assert_eq!(ranks(&wb).iter().map(|x| x.1).collect::<Vec<_>>(), [1, 2, 3, 4], "the rest move up");
}

#[test]
fn moving_a_value_swaps_it_with_its_neighbour_and_mends_hand_edited_gaps() {
    let mut wb = Workbook::default();
    for (id, name, rank) in [(1, "a", 3), (2, "b", 3), (3, "c", 9)] {
        wb.values.put(FinalValue { id: ValueId(id), name: Text::from(name), rank, ..Default::default() });
    }
    let edit = move_value(&wb, ValueId(3), true, day(TODAY)).expect("can move up");
    wb.apply(edit).expect("applies");
    assert_eq!(ranks(&wb), [("a".to_owned(), 1), ("c".to_owned(), 2), ("b".to_owned(), 3)]);
    assert_eq!(move_value(&wb, ValueId(1), true, day(TODAY)), None, "the first cannot go up");
    assert_eq!(move_value(&wb, ValueId(2), false, day(TODAY)), None, "the last cannot go down");
    let first = rank_values(&wb, &[ValueId(2)]);
    wb.apply(first).expect("applies");
    assert_eq!(ranks(&wb)[0], ("b".to_owned(), 1));
}

#[test]
fn names_of_values_tags_and_communities_are_their_own_but_people_may_share_one() {
    let mut wb = Workbook::default();
    value(&mut wb, "Freedom", 0);
    let again = FinalValue { name: Text::from(" freedom "), ..Default::default() };
    assert_eq!(
        add(&mut wb, Record::Value(again), day(TODAY)).map(|x| x.1),
        Err(RuleError::Duplicate { kind: RecordKind::Value, name: "freedom".into() })
    );
    let c = Community { name: Text::from("読書会"), ..Default::default() };
    let c = new(&mut wb, Record::Community(c.clone()));
    let twin = Community { name: Text::from("読書会"), ..Default::default() };
    assert!(matches!(add(&mut wb, Record::Community(twin), day(TODAY)), Err(RuleError::Duplicate { .. })));
    // A record keeps its own name when edited.
    let RecordRef::Community(cid) = c else { panic!("{c:?}") };
    let same = wb.communities.get(cid).cloned().expect("there");
    assert!(update(&wb, Record::Community(same), day(TODAY)).is_ok());
    for _ in 0..2 {
        let p = Person { name: Text::from("田中 翔"), ..Default::default() };
        new(&mut wb, Record::Person(p));
    }
    assert_eq!(wb.people.len(), 2, "two people may have one name");
    let nameless = Tag { name: Text::from("  "), ..Default::default() };
    assert_eq!(add(&mut wb, Record::Tag(nameless), day(TODAY)).map(|x| x.1), Err(RuleError::Empty(RecordKind::Tag)));
}

#[test]
fn new_records_get_fresh_ids_and_their_dates_and_ids_are_never_reused() {
    let mut wb = Workbook::default();
    let carried = Tag { id: TagId(7), name: Text::from("Rust"), ..Default::default() };
    let RecordRef::Tag(id) = new(&mut wb, Record::Tag(carried)) else { panic!() };
    assert_eq!(id, TagId(1), "the id a new record carries is not used");
    assert_eq!(wb.tags.get(id).and_then(|t| t.created), Some(day(TODAY)));
    let (deletion, _) = delete(&wb, RecordRef::Tag(id));
    wb.apply(deletion).expect("delete");
    let next = Tag { name: Text::from("Go"), ..Default::default() };
    let made = new(&mut wb, Record::Tag(next));
    assert!(made.number() > id.0, "a deleted record's id is not handed out again");
    let o = Output { text: Text::from("memo"), ..Default::default() };
    let RecordRef::Output(o) = new(&mut wb, Record::Output(o)) else { panic!() };
    assert_eq!(wb.outputs.get(o).and_then(|o| o.date), Some(day(TODAY)));
}

#[test]
fn tags_given_by_name_are_found_or_made_once() {
    let mut wb = Workbook::default();
    let (ids, edit) = tags_named(&mut wb, ["Rust", "rust ", "", "Go"], day(TODAY));
    assert_eq!(ids.len(), 2, "\"rust\" and \"Rust\" are one tag");
    wb.apply(edit).expect("applies");
    let o = Output { text: Text::from("小さな発信"), ..Default::default() };
    let (edit, _) = output_with_tags(&mut wb, o, ["RUST", "Design"], false, day(TODAY)).expect("allowed");
    wb.apply(edit).expect("applies");
    assert_eq!(wb.tags.len(), 3, "one new tag, Rust found again");
    let output = wb.outputs.iter().next().expect("the output");
    assert!(output.tags.iter().all(|t| wb.tags.contains(*t)) && output.tags.len() == 2);
    let empty = Output::default();
    assert!(output_with_tags(&mut wb, empty, ["Brand new"], false, day(TODAY)).is_err());
    assert!(!wb.tags.iter().any(|t| same_name(&t.name, "Brand new")), "a refused output leaves no tag behind");
}

#[test]
fn a_person_shares_the_community_where_you_met_and_is_known_since_the_earliest_date() {
    let mut wb = Workbook::default();
    let c = Community { name: Text::from("朝活"), ..Default::default() };
    let RecordRef::Community(c) = new(&mut wb, Record::Community(c)) else { panic!() };
    let p = Person {
        name: Text::from("佐藤"),
        met_in: Some(c),
        last_contact: Some(day("2026-10-01")),
        ..Default::default()
    };
    let RecordRef::Person(id) = new(&mut wb, Record::Person(p)) else { panic!() };
    let p = wb.people.get(id).cloned().expect("there");
    assert_eq!(p.communities, vec![c]);
    assert_eq!(p.first_contact, Some(day("2026-10-01")), "the earliest date on record, not today");
    let q = Person { name: Text::from("鈴木"), ..Default::default() };
    let RecordRef::Person(q) = new(&mut wb, Record::Person(q)) else { panic!() };
    assert_eq!(wb.people.get(q).and_then(|p| p.first_contact), None, "no date on record: not known since when");
    let edit = log_contact(&wb, id, Interaction { date: Some(day("2026-09-01")), note: Text::default() });
    wb.apply(edit.expect("there")).expect("applies");
    let p = wb.people.get(id).expect("there");
    assert_eq!((p.first_contact, p.last_contact), (Some(day("2026-09-01")), Some(day("2026-10-01"))));
}

#[test]
fn a_decision_keeps_the_day_it_was_first_made_and_pending_has_none() {
    let (d1, d2) = (day("2026-11-01"), day(TODAY));
    assert_eq!(decided_on(None, Decision::Accepted, d2), Some(d2));
    assert_eq!(decided_on(Some((Decision::Accepted, Some(d1))), Decision::Accepted, d2), Some(d1));
    assert_eq!(decided_on(Some((Decision::Accepted, Some(d1))), Decision::Declined, d2), Some(d2));
    assert_eq!(decided_on(Some((Decision::Later, Some(d1))), Decision::Pending, d2), None);
    assert_eq!(decided_on(None, Decision::Later, d2), Some(d2), "putting it off is a decision with a day too");
    let mut wb = Workbook::default();
    let i = Invitation { what: Text::from("登壇"), ..Default::default() };
    let (edit, made) = add(&mut wb, Record::Invitation(i), d1).expect("allowed");
    wb.apply(edit).expect("applies");
    let RecordRef::Invitation(id) = made else { panic!() };
    wb.apply(decide_invitation(&wb, id, Decision::Later, Text::from("来月"), d1).expect("there")).expect("applies");
    assert_eq!(wb.invitations.get(id).and_then(|i| i.decided), Some(d1));
    assert_eq!(wb.invitations.get(id).and_then(|i| i.received), Some(d1), "received the day it was added");
}

#[test]
fn one_stocktake_a_day_and_todays_ratings_become_the_current_ones() {
    let mut wb = Workbook::default();
    let ratings = vec![StocktakeRating { kind: AssetKind::Openness, rating: Some(4) }];
    let st = Stocktake { date: Some(day(TODAY)), ratings, ..Default::default() };
    new(&mut wb, Record::Stocktake(st.clone()));
    assert_eq!(wb.asset(AssetKind::Openness).and_then(|a| a.rating), Some(4));
    assert!(!wb.stocktakes.iter().next().expect("there").figures.is_empty(), "the indicators are frozen");
    assert_eq!(
        add(&mut wb, Record::Stocktake(st), day(TODAY)).map(|x| x.1),
        Err(RuleError::StocktakeSameDay(day(TODAY)))
    );
    let older = Stocktake { date: Some(day("2026-01-01")), ..Default::default() };
    new(&mut wb, Record::Stocktake(older));
    assert_eq!(wb.asset(AssetKind::Openness).and_then(|a| a.rating), Some(4), "a back-dated one leaves today's");
}

#[test]
fn dates_and_addresses_that_contradict_themselves_are_refused() {
    let mut wb = Workbook::default();
    let late = Invitation {
        what: Text::from("LT"),
        received: Some(day("2026-11-20")),
        deadline: Some(day("2026-11-10")),
        ..Default::default()
    };
    assert_eq!(add(&mut wb, Record::Invitation(late), day(TODAY)).map(|x| x.1), Err(RuleError::DeadlineBeforeReceived));
    let due = Invitation { what: Text::from("LT"), deadline: Some(day("2026-11-10")), ..Default::default() };
    let refused = add(&mut wb, Record::Invitation(due), day(TODAY)).map(|x| x.1);
    assert_eq!(refused, Err(RuleError::DeadlineBeforeReceived), "received today when left out");
    let p = Person {
        name: Text::from("A"),
        first_contact: Some(day("2026-11-20")),
        last_contact: Some(day("2026-11-01")),
        ..Default::default()
    };
    assert_eq!(add(&mut wb, Record::Person(p), day(TODAY)).map(|x| x.1), Err(RuleError::FirstAfterLast));
    let p = Person { name: Text::from("A"), email: Text::from("a.example.com"), ..Default::default() };
    assert_eq!(add(&mut wb, Record::Person(p), day(TODAY)).map(|x| x.1), Err(RuleError::BadEmail));
}

#[test]
fn an_introduction_needs_two_people_and_a_change_needs_its_record() {
    let mut wb = Workbook::default();
    let p = Person { name: Text::from("A"), ..Default::default() };
    let RecordRef::Person(a) = new(&mut wb, Record::Person(p)) else { panic!() };
    let i = Introduction { first: Some(a), second: Some(a), ..Default::default() };
    assert_eq!(add(&mut wb, Record::Introduction(i), day(TODAY)).map(|x| x.1), Err(RuleError::SamePerson));
    let ghost = Tag { id: TagId(999), name: Text::from("x"), ..Default::default() };
    assert_eq!(
        update(&wb, Record::Tag(ghost), day(TODAY)).map(|x| x.1),
        Err(RuleError::Missing(RecordRef::Tag(TagId(999))))
    );
}

#[test]
fn a_practice_invitation_is_neither_received_nor_decided_today_unless_told() {
    let mut wb = Workbook::default();
    let practice = Invitation { what: Text::from("10分の発表"), practice: true, ..Default::default() };
    let RecordRef::Invitation(id) = new(&mut wb, Record::Invitation(practice)) else { panic!("an invitation") };
    let got = |wb: &Workbook| wb.invitations.get(id).cloned().expect("there");
    assert_eq!(got(&wb).received, None, "nothing came");
    let accepted = Invitation { decision: Decision::Accepted, ..got(&wb) };
    change(&mut wb, Record::Invitation(accepted));
    assert_eq!((got(&wb).received, got(&wb).decided), (None, None), "a pretend decision has no day");
    let given = Invitation { decided: Some(day("2026-11-20")), ..got(&wb) };
    change(&mut wb, Record::Invitation(given));
    assert_eq!(got(&wb).decided, Some(day("2026-11-20")), "a day given is kept");
    // Made real: from now on it follows the rules of every invitation (received today when no
    // day is given; the same decision keeps its day).
    let real = Invitation { practice: false, decided: None, ..got(&wb) };
    change(&mut wb, Record::Invitation(real));
    assert_eq!((got(&wb).received, got(&wb).decided), (Some(day(TODAY)), Some(day("2026-11-20"))));
    // The value filter's decision follows the same rule.
    let p2 = Invitation { what: Text::from("b"), practice: true, ..Default::default() };
    let RecordRef::Invitation(id2) = new(&mut wb, Record::Invitation(p2)) else { panic!("an invitation") };
    wb.apply(decide_invitation(&wb, id2, Decision::Declined, Text::default(), day(TODAY)).expect("ok")).expect("ok");
    assert_eq!(wb.invitations.get(id2).and_then(|i| i.decided), None);
}

#[test]
fn a_field_written_another_way_takes_the_workbooks_spelling() {
    let mut wb = Workbook::default();
    let person =
        |name: &str, field: &str| Person { name: Text::from(name), field: Text::from(field), ..Default::default() };
    new(&mut wb, Record::Person(person("A", "Data Science")));
    let RecordRef::Person(b) = new(&mut wb, Record::Person(person("B", "ｄａｔａ　science "))) else { panic!() };
    assert_eq!(wb.people.get(b).map(|p| p.field.as_str()), Some("Data Science"), "one field, one spelling");
    let RecordRef::Person(c) = new(&mut wb, Record::Person(person("C", "法律"))) else { panic!() };
    assert_eq!(wb.people.get(c).map(|p| p.field.as_str()), Some("法律"), "a new field is kept as typed");
    // The only person in a field may respell it.
    let respelt = Person { field: Text::from("法務・法律"), ..wb.people.get(c).cloned().expect("there") };
    let (edit, _) = update(&wb, Record::Person(respelt), day(TODAY)).expect("allowed");
    wb.apply(edit).expect("applies");
    assert_eq!(wb.people.get(c).map(|p| p.field.as_str()), Some("法務・法律"));
    assert_eq!(crate::model::fields::distinct_fields(&wb).len(), 2);
}

#[test]
fn interests_are_kept_once_and_a_community_s_become_mine() {
    let items = interest_items(["写真", " ｒｕｓｔ", "", "Rust ", "写真"]);
    assert_eq!(items, vec![Text::from("写真"), Text::from("ｒｕｓｔ")]);
    let mut wb = Workbook::default();
    wb.apply(set_interests(["写真"])).expect("ok");
    let (theirs, grown) = community_interests(&wb, ["郷土史", " 写真 ", "郷土史"]);
    assert_eq!(theirs, vec![Text::from("郷土史"), Text::from("写真")]);
    wb.apply(grown.into_iter().collect()).expect("ok");
    assert_eq!(wb.interests, vec![Text::from("写真"), Text::from("郷土史")]);
    assert!(community_interests(&wb, ["写真"]).1.is_none(), "nothing new: no change");
}

#[test]
fn a_week_step_is_taken_ticked_with_its_day_replaced_and_undone() {
    let mut wb = Workbook::default();
    let today = day(TODAY);
    let monday = day("2026-11-23");
    let first = wb.apply(take_week_step(today, ColumnStep::ShowUp, Text::from("朝活に行く"), None)).expect("ok");
    let slot = |wb: &Workbook| wb.weeks.iter().find(|s| s.step == ColumnStep::ShowUp).cloned();
    assert_eq!(slot(&wb).and_then(|s| s.week), Some(monday), "it belongs to this week");
    assert!(tick_week_step(&wb, today, ColumnStep::Answer).is_none(), "nothing taken: nothing to tick");
    let tick = wb.apply(tick_week_step(&wb, today, ColumnStep::ShowUp).expect("taken")).expect("ok");
    assert_eq!(slot(&wb).and_then(|s| s.done), Some(today));
    wb.apply(tick).expect("undo");
    assert_eq!(slot(&wb).and_then(|s| s.done), None, "undo takes the tick back");
    wb.apply(take_week_step(today, ColumnStep::ShowUp, Text::from("読書会に行く"), None)).expect("ok");
    assert_eq!(wb.weeks.len(), 1, "another step for the same slot replaces it");
    assert_eq!(slot(&wb).map(|s| s.text.to_string()).as_deref(), Some("読書会に行く"));
    wb.apply(clear_week_step(&wb, today, ColumnStep::ShowUp).expect("taken")).expect("ok");
    assert!(wb.weeks.is_empty());
    // Next week is another slot.
    wb.apply(first).expect("undo of the first take on an empty slot is harmless");
    let next_week = day("2026-12-01");
    wb.apply(take_week_step(next_week, ColumnStep::ShowUp, Text::from("x"), None)).expect("ok");
    assert_eq!(wb.weeks.iter().filter(|s| s.step == ColumnStep::ShowUp).count(), 1);
}

#[test]
fn a_visit_moves_the_last_visit_meets_people_and_ticks_this_weeks_step() {
    let mut wb = Workbook::default();
    let today = day(TODAY);
    let RecordRef::Community(c) =
        new(&mut wb, Record::Community(Community { name: Text::from("朝活"), ..Default::default() }))
    else {
        panic!("a community")
    };
    let RecordRef::Person(known) =
        new(&mut wb, Record::Person(Person { name: Text::from("佐藤"), ..Default::default() }))
    else {
        panic!("a person")
    };
    wb.apply(take_week_step(today, ColumnStep::ShowUp, Text::from("朝活に行く"), Some(RecordRef::Community(c))))
        .expect("ok");
    let visit = Visit { date: Some(day("2026-11-25")), note: Text::from("発表を聞いた"), people: vec![known] };
    let edit = log_visit(&mut wb, c, visit, &[Text::from("森 葵"), Text::from(" ")], today).expect("allowed");
    let undo = wb.apply(edit).expect("applies");
    let community = wb.communities.get(c).expect("there");
    assert_eq!(community.last_visit, Some(day("2026-11-25")));
    assert_eq!(community.visits.len(), 1);
    assert_eq!(community.visits[0].people.len(), 2, "the one I saw and the one I met; a blank name is nobody");
    let met = wb.person_named("森 葵").expect("a new person met there");
    let met = wb.people.get(met).expect("there");
    assert_eq!((met.met_in, met.first_contact), (Some(c), Some(day("2026-11-25"))));
    let sato = wb.people.get(known).expect("there");
    assert_eq!(sato.latest_contact(), Some(day("2026-11-25")));
    assert!(sato.communities.contains(&c), "now a community we share");
    let step = crate::model::week::this_week(&wb, today)[0].cloned().expect("taken");
    assert_eq!(step.done, Some(day("2026-11-25")), "this week's step about the place is done");
    wb.apply(undo).expect("undo");
    assert!(wb.communities.get(c).is_some_and(|c| c.visits.is_empty() && c.last_visit.is_none()), "one undo");
    assert!(wb.person_named("森 葵").is_err());
    // Deleting a person seen on a visit takes them off it.
    let visit = Visit { date: Some(today), people: vec![known], ..Default::default() };
    let edit = log_visit(&mut wb, c, visit, &[], today).expect("allowed");
    wb.apply(edit).expect("applies");
    let (gone, _) = delete(&wb, RecordRef::Person(known));
    wb.apply(gone).expect("deleted");
    assert!(wb.communities.get(c).is_some_and(|c| c.visits[0].people.is_empty()));
}

/// An accepted invitation through a community, its event on `event`.
fn accepted(wb: &mut Workbook, event: &str) -> (InvitationId, CommunityId) {
    let c = match new(wb, Record::Community(Community { name: Text::from("読書会"), ..Default::default() })) {
        RecordRef::Community(c) => c,
        other => panic!("{other:?}"),
    };
    let i = Invitation {
        what: Text::from("登壇のお誘い"),
        via: Some(c),
        decision: Decision::Accepted,
        event: Some(day(event)),
        ..Default::default()
    };
    match new(wb, Record::Invitation(i)) {
        RecordRef::Invitation(i) => (i, c),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_reflection_says_what_the_person_said_and_adds_whom_they_met() {
    let mut wb = Workbook::default();
    let (i, c) = accepted(&mut wb, "2026-11-20");
    let known = match new(&mut wb, Record::Person(Person { name: Text::from("渡辺 健"), ..Default::default() })) {
        RecordRef::Person(p) => p,
        other => panic!("{other:?}"),
    };
    let v = value(&mut wb, "学び", 0);
    let after = Afterwards {
        outcome: Text::from("話せた"),
        turned_out: Some(TurnedOut::Surprising),
        served: Some(v),
        met: vec![known],
        skills: vec![HappenstanceSkill::Curiosity],
        ..Default::default()
    };
    let edit = reflect(&mut wb, i, after, &[Text::from("森 葵"), Text::from(" ")], day(TODAY)).expect("allowed");
    wb.apply(edit).expect("applies");
    let inv = wb.invitations.get(i).expect("there");
    assert_eq!(inv.reflected, Some(day(TODAY)), "the day it was written");
    assert_eq!((inv.turned_out, inv.served), (Some(TurnedOut::Surprising), Some(v)));
    assert_eq!(inv.met.len(), 2, "the one known and the one met for the first time; the blank is no one");
    let mori = wb.people.iter().find(|p| p.name.as_str() == "森 葵").expect("added");
    assert_eq!((mori.met_in, mori.first_contact), (Some(c), Some(day("2026-11-20"))), "met there, on the event day");
    let ken = wb.people.get(known).expect("there");
    assert_eq!(ken.last_contact, Some(day("2026-11-20")), "seen on the event day");
    assert!(inv.unexpected.is_blank(), "nothing said, nothing written");
}

#[test]
fn only_an_accepted_real_invitation_is_reflected_on() {
    let mut wb = Workbook::default();
    let (i, _) = accepted(&mut wb, "2026-11-20");
    let mut declined = wb.invitations.get(i).cloned().expect("there");
    declined.decision = Decision::Declined;
    wb.invitations.put(declined.clone());
    assert_eq!(reflect(&mut wb, i, Afterwards::default(), &[], day(TODAY)), Err(RuleError::NotAccepted));
    wb.invitations.put(Invitation { decision: Decision::Accepted, practice: true, ..declined });
    assert_eq!(reflect(&mut wb, i, Afterwards::default(), &[], day(TODAY)), Err(RuleError::NotAccepted));
}

#[test]
fn setting_a_reflection_aside_records_the_day_and_nothing_else() {
    let mut wb = Workbook::default();
    let (i, _) = accepted(&mut wb, "2026-11-20");
    let before = wb.invitations.get(i).cloned().expect("there");
    wb.apply(set_reflection_aside(&wb, i, day(TODAY)).expect("there")).expect("applies");
    let after = wb.invitations.get(i).cloned().expect("there");
    assert_eq!(after, Invitation { reflected: Some(day(TODAY)), ..before });
}

#[test]
fn a_proposal_ticked_is_taken_done_today() {
    let mut wb = Workbook::default();
    let today = day(TODAY);
    wb.apply(take_done_week_step(today, ColumnStep::Answer, Text::from("返事をする"), None)).expect("ok");
    let step = super::super::week::this_week(&wb, today)[2].cloned().expect("taken");
    assert_eq!((step.text.as_str(), step.done), ("返事をする", Some(today)));
}

#[test]
fn someone_already_known_is_not_met_for_the_first_time_again() {
    let mut wb = Workbook::default();
    let (i, c) = accepted(&mut wb, "2026-11-20");
    new(&mut wb, Record::Person(Person { name: Text::from("ケン"), ..Default::default() }));
    let known = [Text::from("新人"), Text::from(" ｹﾝ ")];
    let refused = reflect(&mut wb, i, Afterwards::default(), &known, day(TODAY));
    assert_eq!(refused, Err(RuleError::AlreadyKnown("ｹﾝ".to_owned())), "the same name, however wide");
    let visit = Visit { date: Some(day(TODAY)), ..Default::default() };
    assert!(matches!(log_visit(&mut wb, c, visit, &known, day(TODAY)), Err(RuleError::AlreadyKnown(_))));
    assert_eq!(wb.people.len(), 1, "nobody added");
}

#[test]
fn an_event_is_not_before_the_day_it_came_and_a_past_one_did_not_come_today() {
    let mut wb = Workbook::default();
    let early = Invitation {
        what: Text::from("展示の受付"),
        received: Some(day("2026-11-10")),
        event: Some(day("2026-11-01")),
        ..Default::default()
    };
    assert_eq!(add(&mut wb, Record::Invitation(early), day(TODAY)).map(|x| x.1), Err(RuleError::EventBeforeReceived));
    let past = Invitation { what: Text::from("展示の受付"), event: Some(day("2026-11-20")), ..Default::default() };
    let made = new(&mut wb, Record::Invitation(past));
    let RecordRef::Invitation(id) = made else { panic!("{made:?}") };
    assert_eq!(wb.invitations.get(id).and_then(|i| i.received), None, "not guessed as today");
    let ahead = Invitation { what: Text::from("来月の会"), event: Some(day("2026-12-20")), ..Default::default() };
    let RecordRef::Invitation(id) = new(&mut wb, Record::Invitation(ahead)) else { panic!() };
    assert_eq!(wb.invitations.get(id).and_then(|i| i.received), Some(day(TODAY)), "still to come: received today");
}
