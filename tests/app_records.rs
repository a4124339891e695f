//! The app without a terminal (see `app.rs`): links picked and typed, people, the value filter,
//! assets and stock-takes, reflections and the network map.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::path::PathBuf;

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tsunagari::app::forms::person;
use tsunagari::app::{App, Overlay, Pane, Row};
use tsunagari::i18n::Lang;
use tsunagari::model::*;

use common::keys::*;

#[test]
fn a_community_links_values_by_name_and_refuses_unknown_ones() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::Ja, today());
    let v = FinalValue { id: a.session.wb.new_ids().take(), rank: 1, name: Text::from("自由"), ..Default::default() };
    a.session.wb.apply(vec![Change::Put(Record::Value(v.clone()))]).unwrap();
    press(&mut a, &["2", "a"]);
    type_text(&mut a, "読書会");
    for _ in 0..8 {
        press(&mut a, &["<Tab>"]);
    }
    type_text(&mut a, "自由、冒険");
    save(&mut a);
    let f = a.form.as_ref().expect("refused");
    assert!(
        f.fields[8].error.as_deref().unwrap().contains("「冒険」を名前に含む価値観がありません"),
        "{:?}",
        f.fields[8].error
    );
    for _ in 0..3 {
        a.update(a.action_for(&KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)).unwrap());
    }
    save(&mut a);
    assert!(a.form.is_none());
    assert_eq!(a.session.wb.communities.iter().next().unwrap().values, vec![v.id]);
}

#[test]
fn ctrl_e_asks_for_the_editor_only_on_text_fields_and_its_text_lands_cleaned() {
    let mut a = app();
    press(&mut a, &["2", "a", "<Tab>"]);
    a.update(a.action_for(&ctrl('e')).unwrap());
    assert_eq!(a.external_edit, None, "a choice field has no text to edit");
    assert_eq!(a.message.as_deref(), Some("Only text fields can be edited in an editor"));
    for _ in 0..8 {
        press(&mut a, &["<Tab>"]);
    }
    a.update(a.action_for(&ctrl('e')).unwrap());
    assert_eq!(a.external_edit.as_deref(), Some(""), "the notes go to the editor");
    a.external_edit_done(Ok("一行目\r\n\u{1b}[31m二行目\n".to_owned()));
    assert_eq!(a.form.as_ref().unwrap().focused().value(), "一行目\n[31m二行目");
    a.external_edit_done(Err("vi: not found".to_owned()));
    assert!(a.error.as_deref().unwrap().contains("set VISUAL or EDITOR"));
    assert_eq!(a.form.as_ref().unwrap().focused().value(), "一行目\n[31m二行目", "unchanged after a failure");
}

#[test]
fn links_are_picked_from_a_searchable_list_and_read_back_like_typed_names() {
    let mut a = app();
    let people: Vec<(PersonId, String)> =
        a.session.wb.people.iter().take(2).map(|p| (p.id, p.name.to_string())).collect();
    // A new output: its "people" field (the sixth) opens a list that narrows as one types.
    press(&mut a, &["3", "a"]);
    a.form.as_mut().unwrap().focus = 2;
    type_text(&mut a, "勉強会の報告を書いた");
    a.form.as_mut().unwrap().focus = 5;
    press(&mut a, &["<C-p>"]);
    let p = a.form.as_ref().unwrap().picker.as_ref().expect("the list is open");
    assert_eq!(p.shown.len(), a.session.wb.people.len(), "everyone, before typing");
    type_text(&mut a, &people[0].1);
    press(&mut a, &["<Enter>"]);
    let p = a.form.as_ref().unwrap().picker.as_ref().unwrap();
    assert_eq!(p.marked.len(), 1, "Enter marks the best match and keeps the list open");
    // Backspace the query away, then mark the second person too.
    let erase = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
    for _ in 0..people[0].1.chars().count() {
        a.update(a.action_for(&erase).unwrap());
    }
    type_text(&mut a, &people[1].1);
    press(&mut a, &["<Enter>", "<C-s>"]);
    let form = a.form.as_ref().unwrap();
    assert!(form.picker.is_none(), "Ctrl-s writes the marks back and closes the list");
    assert_eq!(form.fields[5].value().matches(", ").count(), 1, "{}", form.fields[5].value());
    press(&mut a, &["<C-s>"]);
    assert!(a.form.is_none(), "{:?}", a.form.as_ref().map(|f| f.fields[5].error.clone()));
    let Some(Row::Record(RecordRef::Output(o))) = a.selected_row() else { panic!("the new output") };
    let linked = &a.session.wb.outputs.get(o).unwrap().people;
    assert_eq!(linked.len(), 2);
    assert!(linked.contains(&people[0].0) && linked.contains(&people[1].0));
}

#[test]
fn a_choice_can_be_picked_by_typing_and_esc_leaves_the_field_as_it_was() {
    let mut a = app();
    let target = a.session.wb.communities.iter().last().unwrap().name.to_string();
    press(&mut a, &["7", "a"]);
    a.form.as_mut().unwrap().focus = 1; // where we met: a community, picked from all of them
    press(&mut a, &["<C-p>"]);
    type_text(&mut a, "zzzz");
    press(&mut a, &["<Esc>"]);
    let form = a.form.as_ref().unwrap();
    assert!(form.picker.is_none() && form.fields[1].value().is_empty(), "Esc changes nothing");
    press(&mut a, &["<C-p>"]);
    type_text(&mut a, &target);
    press(&mut a, &["<Enter>"]);
    let form = a.form.as_ref().unwrap();
    assert!(form.picker.is_none(), "one choice closes the list");
    assert_eq!(form.fields[1].value(), target);
    // A choice field (the keep-in-touch cadence, behind "more") picks its label the same way.
    a.form.as_mut().unwrap().focus_on(person::F::Cadence);
    let last = match &a.form.as_ref().unwrap().focused().kind {
        tsunagari::app::form::FieldKind::Choice(labels) => labels.last().unwrap().clone(),
        _ => panic!("a choice"),
    };
    press(&mut a, &["<C-p>"]);
    type_text(&mut a, &last);
    press(&mut a, &["<Enter>"]);
    let cadence = a.form.as_ref().unwrap().field(person::F::Cadence).unwrap();
    let tsunagari::app::form::FieldKind::Choice(labels) = &cadence.kind else { panic!("a choice") };
    assert_eq!(labels[cadence.choice], last);
    // Ctrl-p where there is nothing to pick says so.
    a.form.as_mut().unwrap().focus = 0;
    press(&mut a, &["<C-p>"]);
    assert!(a.form.as_ref().unwrap().picker.is_none());
    assert!(a.message.as_deref().unwrap().contains("Ctrl-p works in fields"), "{:?}", a.message);
}

#[test]
fn a_person_keeps_shared_communities_mutual_connections_and_first_contact() {
    let mut a = app();
    let cs: Vec<String> = a.session.wb.communities.iter().take(2).map(|c| c.name.to_string()).collect();
    press(&mut a, &["7", "a"]);
    type_text(&mut a, "山田 花子");
    a.form.as_mut().unwrap().focus_on(person::F::Communities);
    type_text(&mut a, &format!("{}、{}", cs[0], cs[1]));
    a.form.as_mut().unwrap().focus_on(person::F::Mutual);
    type_text(&mut a, "１２");
    a.form.as_mut().unwrap().focus_on(person::F::FirstContact);
    type_text(&mut a, "2026-11-30");
    press(&mut a, &["<C-s>"]);
    let f = a.form.as_ref().expect("a first contact in the future is refused");
    assert!(f.field(person::F::FirstContact).unwrap().error.is_some());
    let erase = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
    a.form.as_mut().unwrap().focus_on(person::F::FirstContact);
    for _ in 0..10 {
        a.update(a.action_for(&erase).unwrap());
    }
    type_text(&mut a, "2025-04-01");
    press(&mut a, &["<C-s>"]);
    assert!(
        a.form.is_none(),
        "{:?}",
        a.form.as_ref().map(|f| f.fields.iter().map(|x| x.error.clone()).collect::<Vec<_>>())
    );
    let Some(Row::Record(RecordRef::Person(id))) = a.selected_row() else { panic!("the new person") };
    let p = a.session.wb.people.get(id).unwrap();
    assert_eq!(p.communities.len(), 2);
    assert_eq!(p.mutual_connections, Some(12), "full-width digits read as a number");
    assert_eq!(p.first_contact, NaiveDate::from_ymd_opt(2025, 4, 1));
}

#[test]
fn the_value_filter_decides_with_a_reason_and_the_threshold_and_ranks_move() {
    let mut a = app();
    press(&mut a, &["5", "]"]);
    assert_eq!(a.pane(), Pane::Filter);
    let at = a
        .rows(Pane::Filter)
        .iter()
        .position(|r| matches!(r, Row::Record(RecordRef::Invitation(_))))
        .expect("a pending invitation in the sample");
    for _ in 0..at {
        press(&mut a, &["j"]);
    }
    let Some(Row::Record(RecordRef::Invitation(first))) = a.selected_row() else { panic!("an invitation") };
    let before = a.session.wb.invitations.get(first).unwrap().decision;
    let waiting = a.rows(Pane::Filter).len();
    press(&mut a, &["y"]);
    let form = a.form.as_ref().expect("the decision form");
    assert!(!form.fields[1].value().is_empty(), "the reason starts as the filter's why");
    press(&mut a, &["<C-s>"]);
    assert!(a.form.is_none());
    let inv = a.session.wb.invitations.get(first).unwrap();
    assert_eq!((inv.decision, inv.decided), (Decision::Accepted, Some(today())));
    assert_eq!(a.pane(), Pane::Filter, "the view stays on the filter");
    assert_eq!(a.rows(Pane::Filter).len(), waiting - 1, "a decided invitation leaves the filter");
    press(&mut a, &["u"]);
    assert_eq!(a.session.wb.invitations.get(first).unwrap().decision, before, "undo brings it back");

    let t = a.session.wb.settings.pass_mark;
    press(&mut a, &[">", ">", "<"]);
    assert_eq!(a.session.wb.settings.pass_mark, t + 5);

    // y elsewhere says where it works.
    press(&mut a, &["["]);
    press(&mut a, &["y"]);
    assert!(a.form.is_none() && a.message.as_deref().unwrap().contains("value filter"), "{:?}", a.message);

    // J moves the first value down one rank; undo puts it back.
    let ranked: Vec<ValueId> = a.session.wb.ranked_values().iter().map(|v| v.id).collect();
    press(&mut a, &["g", "J"]);
    let now: Vec<ValueId> = a.session.wb.ranked_values().iter().map(|v| v.id).collect();
    assert_eq!((now[0], now[1]), (ranked[1], ranked[0]));
    assert_eq!(a.selected_row(), Some(Row::Record(RecordRef::Value(ranked[0]))), "the moved value stays selected");
    press(&mut a, &["K", "K"]);
    assert_eq!(a.session.wb.ranked_values()[0].id, ranked[0], "K at the top stays at the top");
}

#[test]
fn an_asset_is_rated_with_evidence_and_a_stock_take_freezes_ratings_and_indicators() {
    let mut a = app();
    let evidence = a.session.wb.people.iter().next().unwrap().id;
    press(&mut a, &["6"]);
    assert_eq!(a.pane(), Pane::Assets);
    press(&mut a, &["e"]);
    // The rating field is reached first: a digit replaces what it shows.
    type_text(&mut a, "4");
    a.form.as_mut().unwrap().focus = 2;
    type_text(&mut a, &format!("#{}, #999999", evidence.0));
    press(&mut a, &["<C-s>"]);
    let f = a.form.as_ref().expect("an unknown record is refused");
    assert!(f.fields[2].error.as_deref().unwrap().contains("#999999"), "{:?}", f.fields[2].error);
    let erase = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
    for _ in 0..9 {
        a.update(a.action_for(&erase).unwrap());
    }
    press(&mut a, &["<C-s>"]);
    assert!(a.form.is_none(), "{:?}", a.form.as_ref().map(|f| f.fields[2].value()));
    let asset = a.session.wb.asset(AssetKind::SelfKnowledge).unwrap();
    assert_eq!((asset.rating, asset.evidence.clone()), (Some(4), vec![RecordRef::Person(evidence)]));
    press(&mut a, &["u"]);
    assert_ne!(
        a.session.wb.asset(AssetKind::SelfKnowledge).and_then(|x| x.rating),
        Some(4),
        "undo takes the rating back"
    );
    press(&mut a, &["<C-r>"]);

    // `a` on the assets takes stock: today's ratings and indicators are frozen in it.
    let before = a.session.wb.stocktakes.len();
    press(&mut a, &["a", "<C-s>"]);
    assert_eq!(a.session.wb.stocktakes.len(), before + 1);
    let Some(Row::Record(RecordRef::Stocktake(id))) = a.selected_row() else { panic!("the new stock-take") };
    let st = a.session.wb.stocktakes.get(id).unwrap();
    assert_eq!(st.date, Some(today()));
    assert!(st.ratings.iter().any(|r| r.kind == AssetKind::SelfKnowledge && r.rating == Some(4)));
    let weak = st.figures.iter().find(|f| f.indicator == tsunagari::model::Indicator::WeakTies).unwrap();
    assert_eq!(weak.value, tsunagari::model::assets::measure(&a.session.wb, weak.indicator, today()));
}

#[test]
fn the_pass_mark_is_undone_like_an_edit_and_a_deadline_without_a_year_lies_ahead() {
    let mut a = app();
    let t = a.session.wb.settings.pass_mark;
    press(&mut a, &["5", "]", ">"]);
    assert_eq!(a.session.wb.settings.pass_mark, t + 5);
    press(&mut a, &["u"]);
    assert_eq!(a.session.wb.settings.pass_mark, t, "u takes the pass mark back");

    // A deadline typed as month/day in November for January is next year's; one before the day
    // it was received is refused, even when "received" is left to default to today.
    press(&mut a, &["4", "a"]);
    type_text(&mut a, "来年の講演");
    a.form.as_mut().unwrap().focus = 5;
    type_text(&mut a, "1/5");
    press(&mut a, &["<C-s>"]);
    assert!(a.form.is_none(), "{:?}", a.form.as_ref().map(|f| f.fields[5].error.clone()));
    let Some(Row::Record(RecordRef::Invitation(id))) = a.selected_row() else { panic!("the new invitation") };
    assert_eq!(a.session.wb.invitations.get(id).unwrap().deadline, NaiveDate::from_ymd_opt(2027, 1, 5));
    press(&mut a, &["a"]);
    type_text(&mut a, "締切が過去");
    a.form.as_mut().unwrap().focus = 5;
    type_text(&mut a, "2026-11-01");
    press(&mut a, &["<C-s>"]);
    let f = a.form.as_ref().expect("refused");
    assert_eq!(f.fields[5].error.as_deref(), Some("the deadline is before the day it was received"));
}

#[test]
fn deleting_a_value_moves_the_ones_after_it_up_and_undo_restores_the_ranks() {
    let mut a = app();
    let before: Vec<(ValueId, u16)> = a.session.wb.ranked_values().iter().map(|v| (v.id, v.rank)).collect();
    press(&mut a, &["5", "g", "d", "y"]);
    let ranks: Vec<u16> = a.session.wb.ranked_values().iter().map(|v| v.rank).collect();
    assert_eq!(ranks, (1..=before.len() as u16 - 1).collect::<Vec<_>>());
    press(&mut a, &["u"]);
    let after: Vec<(ValueId, u16)> = a.session.wb.ranked_values().iter().map(|v| (v.id, v.rank)).collect();
    assert_eq!(after, before);
}

#[test]
fn a_reflection_is_written_edited_deleted_and_brought_back() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::Ja, today());
    press(&mut a, &["6", "]", "]"]);
    assert_eq!(a.pane(), Pane::Reflections);
    press(&mut a, &["a"]);
    a.form.as_mut().unwrap().focus = 2;
    type_text(&mut a, "断った理由を書いたら、大事にしたいものが見えた");
    press(&mut a, &["<C-s>"]);
    assert!(
        a.form.is_none(),
        "{:?}",
        a.form.as_ref().map(|f| f.fields.iter().map(|x| x.error.clone()).collect::<Vec<_>>())
    );
    let x = a.session.wb.reflections.iter().next().unwrap().clone();
    assert_eq!((x.date, x.text.as_str()), (Some(today()), "断った理由を書いたら、大事にしたいものが見えた"));
    press(&mut a, &["e"]);
    a.form.as_mut().unwrap().focus = 1;
    press(&mut a, &["l"]);
    press(&mut a, &["<C-s>"]);
    assert_eq!(a.session.wb.reflections.get(x.id).unwrap().topic, Topic::Communities);
    press(&mut a, &["d", "y"]);
    assert!(a.session.wb.reflections.is_empty());
    press(&mut a, &["u"]);
    assert_eq!(a.session.wb.reflections.get(x.id).unwrap().topic, Topic::Communities, "undo brings it back whole");
}

#[test]
fn the_map_steps_through_people_and_pages_from_community_to_community() {
    let mut a = app();
    press(&mut a, &["7", "]"]);
    assert_eq!(a.pane(), Pane::Map);
    let first = selected_record(&a);
    assert!(matches!(first, RecordRef::Community(_)), "the map starts on the first community");
    press(&mut a, &["j"]);
    let RecordRef::Person(p) = selected_record(&a) else { panic!("then its people") };
    // Its strongest tie first.
    let RecordRef::Community(c) = first else { unreachable!() };
    let members: Vec<&Person> = a
        .session
        .wb
        .people
        .iter()
        .filter(|x| x.met_in == Some(c) || (x.met_in.is_none() && x.communities.first() == Some(&c)))
        .collect();
    let strongest = members.iter().map(|x| derived::TieStrength::of(&x.tie).percent()).max();
    assert_eq!(Some(derived::TieStrength::of(&a.session.wb.people.get(p).unwrap().tie).percent()), strongest);
    let pgdn = KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE);
    a.update(a.action_for(&pgdn).unwrap());
    let second = selected_record(&a);
    assert!(matches!(second, RecordRef::Community(_)) && second != first, "PgDn: the next community");
    press(&mut a, &["j", "j"]);
    let pgup = KeyEvent::new(KeyCode::PageUp, KeyModifiers::NONE);
    a.update(a.action_for(&pgup).unwrap());
    assert_eq!(selected_record(&a), second, "PgUp: back to the start of this community");
    a.update(a.action_for(&pgup).unwrap());
    assert_eq!(selected_record(&a), first, "and again: the one before");
    // Enter opens the record's detail, e edits it as what it is.
    press(&mut a, &["<Enter>"]);
    assert!(matches!(a.overlay, Some(Overlay::Detail { .. })));
    press(&mut a, &["<Esc>", "e"]);
    assert!(matches!(a.form.as_ref().map(|f| f.target), Some(tsunagari::app::form::FormTarget::Edit(r)) if r == first));
}

#[test]
fn a_person_added_on_the_map_is_selected_on_the_map() {
    let mut a = app();
    press(&mut a, &["7", "]", "a"]);
    assert!(
        matches!(a.form.as_ref().map(|f| f.target), Some(tsunagari::app::form::FormTarget::New(RecordKind::Person))),
        "a on the map adds a person"
    );
    type_text(&mut a, "地図 太郎");
    save(&mut a);
    assert!(a.form.is_none(), "{:?}", a.message);
    assert_eq!(a.pane(), Pane::Map, "still on the map");
    let RecordRef::Person(p) = selected_record(&a) else { panic!("a person") };
    let person = a.session.wb.people.get(p).unwrap();
    assert_eq!(person.name.as_str(), "地図 太郎");
    let first = a.figures().map.clusters[0].community;
    assert_eq!(person.met_in, first, "met in the community selected when a was pressed");
}

#[test]
fn a_search_on_the_map_visits_the_matches_in_map_order() {
    let mut a = app();
    press(&mut a, &["7", "]", "/"]);
    type_text(&mut a, "a");
    press(&mut a, &["<Enter>"]);
    let rows: Vec<Row> = a.rows(Pane::Map).to_vec();
    assert!(rows.len() > 1);
    let map = &a.figures().map;
    let order: Vec<(usize, usize)> = rows
        .iter()
        .map(|r| match r {
            Row::Record(r) => {
                let p = map.place(*r).unwrap();
                (p.cluster, p.member.map_or(0, |m| m + 1))
            }
            _ => panic!("records only"),
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn a_back_dated_stock_take_keeps_the_ratings_typed_and_counts_as_of_its_date() {
    let mut a = app();
    press(&mut a, &["6"]);
    let now = a.session.wb.asset(AssetKind::SelfKnowledge).and_then(|x| x.rating);
    press(&mut a, &["a"]);
    // The focus starts on the first rating (self-knowledge), which starts at today's rating;
    // the date before it is today's, and typing a date replaces it.
    let f = a.form.as_ref().unwrap();
    assert_eq!(f.focus, 1);
    assert_eq!(f.fields[1].value(), now.map_or_else(String::new, |r| r.to_string()));
    press(&mut a, &["<S-Tab>"]);
    type_text(&mut a, "2026-05-01");
    press(&mut a, &["<Tab>"]);
    type_text(&mut a, "1");
    press(&mut a, &["<C-s>"]);
    assert!(a.form.is_none(), "{:?}", a.message);
    let Some(Row::Record(RecordRef::Stocktake(id))) = a.selected_row() else { panic!("the new stock-take") };
    let st = a.session.wb.stocktakes.get(id).unwrap().clone();
    let then: NaiveDate = "2026-05-01".parse().unwrap();
    assert_eq!(st.date, Some(then));
    assert!(st.ratings.iter().any(|r| r.kind == AssetKind::SelfKnowledge && r.rating == Some(1)), "{st:?}");
    assert_eq!(a.session.wb.asset(AssetKind::SelfKnowledge).and_then(|x| x.rating), now, "today's rating is untouched");
    for f in &st.figures {
        assert_eq!(
            f.value,
            tsunagari::model::assets::measure(&a.session.wb, f.indicator, then),
            "{f:?} as of its date"
        );
    }
    // A second one on the same day is refused, saying to edit the first.
    press(&mut a, &["a", "<S-Tab>"]);
    type_text(&mut a, "2026-05-01");
    press(&mut a, &["<C-s>"]);
    let f = a.form.as_ref().expect("refused");
    assert!(f.fields[0].error.as_deref().unwrap().contains("2026-05-01"), "{:?}", f.fields[0].error);
    press(&mut a, &["<Esc>", "y"]);
    assert!(a.form.is_none());
    // Taken today, a changed rating becomes the current one; one undo takes both back.
    press(&mut a, &["a"]);
    type_text(&mut a, "5");
    press(&mut a, &["<C-s>"]);
    assert_eq!(a.session.wb.asset(AssetKind::SelfKnowledge).and_then(|x| x.rating), Some(5));
    press(&mut a, &["u"]);
    assert_eq!(a.session.wb.asset(AssetKind::SelfKnowledge).and_then(|x| x.rating), now);
}
