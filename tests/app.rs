//! The app without a terminal: key events go through the key table into `update()`, and the
//! workbook and view state are checked directly. Lists, forms, undo, search and orders here;
//! links, people, the value filter, assets and the map in `app_records.rs`; the walkthrough,
//! export and the status line in `app_walkthrough.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::path::PathBuf;

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tsunagari::app::forms::{output, person};
use tsunagari::app::{App, Overlay, Pane, Row, Tab};
use tsunagari::i18n::Lang;
use tsunagari::model::*;

use common::keys::*;

#[test]
fn number_keys_and_tab_move_between_tabs_and_brackets_between_lists() {
    let mut a = app();
    press(&mut a, &["7"]);
    assert_eq!(a.tab, Tab::People);
    press(&mut a, &["<Tab>"]);
    assert_eq!(a.tab, Tab::Overview);
    press(&mut a, &["<S-Tab>", "<S-Tab>"]);
    assert_eq!(a.tab, Tab::Assets);
    press(&mut a, &["3", "]"]);
    assert_eq!(a.pane(), Pane::Tags);
    press(&mut a, &["]", "]"]);
    assert_eq!(a.pane(), Pane::Outputs);
    press(&mut a, &["["]);
    assert_eq!(a.pane(), Pane::Introductions);
}

#[test]
fn moving_stays_inside_the_list() {
    let mut a = app();
    press(&mut a, &["7", "k", "k"]);
    assert_eq!(a.list(Pane::People).selected, 0);
    press(&mut a, &["G"]);
    let last = a.rows(Pane::People).len() - 1;
    assert_eq!(a.list(Pane::People).selected, last);
    press(&mut a, &["j"]);
    assert_eq!(a.list(Pane::People).selected, last);
    press(&mut a, &["g"]);
    assert_eq!(a.list(Pane::People).selected, 0);
}

#[test]
fn delete_asks_then_undo_and_redo_bring_it_back_and_take_it_away() {
    let mut a = app();
    press(&mut a, &["7"]);
    let Some(Row::Record(target)) = a.selected_row() else { panic!("a person is selected") };
    let before = a.session.wb.clone();
    press(&mut a, &["d"]);
    assert!(matches!(a.overlay, Some(Overlay::ConfirmDelete { .. })));
    press(&mut a, &["n"]);
    assert_eq!(a.overlay, None);
    assert_eq!(a.session.wb, before, "n keeps everything");
    press(&mut a, &["d", "y"]);
    assert!(!a.session.wb.contains(target));
    assert!(a.message.as_deref().unwrap_or_default().starts_with("deleted"));
    let generation = a.session.generation();
    press(&mut a, &["u"]);
    assert_eq!(a.session.wb, before);
    assert!(a.message.as_deref().unwrap_or_default().starts_with("Undone: deleted"));
    assert!(a.session.generation() > generation, "an undo is a change to save");
    press(&mut a, &["<C-r>"]);
    assert!(!a.session.wb.contains(target));
    press(&mut a, &["u", "u"]);
    assert_eq!(a.message.as_deref(), Some("Nothing to undo"));
}

#[test]
fn a_read_only_workbook_refuses_changes_with_a_message() {
    let mut a = app();
    a.session.read_only = Some(tsunagari::store::ReadOnly::NewerVersion(9));
    let before = a.session.wb.clone();
    press(&mut a, &["7", "d"]);
    assert_eq!(a.overlay, None);
    assert_eq!(a.session.wb, before);
    assert_eq!(a.message.as_deref(), Some("The workbook is read-only; nothing was changed"));
}

#[test]
fn a_too_small_window_only_lets_you_quit() {
    let mut a = app();
    a.too_small = true;
    let before = a.session.wb.clone();
    press(&mut a, &["7", "d", "y"]);
    assert_eq!((a.tab, a.session.wb == before), (Tab::Overview, true));
    press(&mut a, &["q"]);
    assert!(a.should_quit);
}

#[test]
fn enter_on_a_next_action_opens_what_it_is_about() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::Ja, today());
    // The overview opens on this week; its next list holds the next actions.
    assert_eq!(a.pane(), Pane::Week);
    press(&mut a, &["]"]);
    // An empty workbook: "define your values" comes first.
    press(&mut a, &["<Enter>"]);
    assert_eq!(a.tab, Tab::Values);
    let mut a = app();
    press(&mut a, &["]"]);
    let overdue =
        a.next_actions().iter().position(|x| matches!(x, tsunagari::model::actions::NextAction::PastDeadline { .. }));
    let i = overdue.expect("the sample has an overdue invitation");
    for _ in 0..i {
        press(&mut a, &["j"]);
    }
    press(&mut a, &["<Enter>"]);
    assert_eq!(a.tab, Tab::Invitations);
    let Some(Row::Record(RecordRef::Invitation(id))) = a.selected_row() else { panic!("an invitation is selected") };
    assert!(a.session.wb.invitations.get(id).unwrap().deadline.unwrap() < today());
}

#[test]
fn help_and_detail_scroll_within_their_content_and_close_with_esc() {
    let mut a = app();
    press(&mut a, &["?"]);
    assert!(matches!(a.overlay, Some(Overlay::Help { .. })));
    a.drawn = tsunagari::app::Drawn { overlay_max_scroll: 4, ..Default::default() };
    press(&mut a, &["G"]);
    assert_eq!(a.overlay, Some(Overlay::Help { scroll: 4 }));
    press(&mut a, &["j", "j"]);
    assert_eq!(a.overlay, Some(Overlay::Help { scroll: 4 }), "never past the end");
    press(&mut a, &["k"]);
    assert_eq!(a.overlay, Some(Overlay::Help { scroll: 3 }));
    press(&mut a, &["<Esc>"]);
    assert_eq!(a.overlay, None);
    press(&mut a, &["7", "<Enter>"]);
    assert!(matches!(a.overlay, Some(Overlay::Detail { .. })));
}

#[test]
fn switching_language_is_saved_but_not_undone() {
    let mut a = app();
    press(&mut a, &["L"]);
    assert_eq!(a.lang, Lang::Ja);
    assert_eq!(a.session.wb.settings.lang, Some(Lang::Ja));
    press(&mut a, &["u"]);
    assert_eq!(a.lang, Lang::Ja, "undo does not switch the language back");
    assert_eq!(a.message.as_deref(), Some("元に戻す変更はありません"));
}

#[test]
fn adding_a_community_by_typing_japanese_saves_it_and_undo_removes_it() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::Ja, today());
    press(&mut a, &["2", "a"]);
    assert!(a.form.is_some());
    type_text(&mut a, "朝活 読書会 jkg");
    // Kind starts at "other": two steps right is "reading circle"; status two steps is "active".
    press(&mut a, &["<Tab>", "l", "l", "<Tab>", " ", " "]);
    // Enter never saves: it moves on from a one-line field.
    press(&mut a, &["<Enter>", "<Enter>", "<Enter>"]);
    type_text(&mut a, "11/20");
    let save = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    a.update(a.action_for(&save).unwrap());
    assert!(a.form.is_none(), "saved and closed: {:?}", a.message);
    let c = a.session.wb.communities.iter().next().expect("one community");
    assert_eq!(c.name.as_str(), "朝活 読書会 jkg");
    assert_eq!(c.kind, CommunityKind::ReadingCircle);
    assert_eq!(c.status, CommunityStatus::Active);
    assert_eq!(c.last_visit, NaiveDate::from_ymd_opt(2026, 11, 20));
    assert_eq!(a.message.as_deref(), Some("追加しました: 朝活 読書会 jkg"));
    press(&mut a, &["u"]);
    assert!(a.session.wb.communities.is_empty());
}

#[test]
fn a_form_with_mistakes_names_them_and_keeps_what_was_typed() {
    let mut a = app();
    press(&mut a, &["7", "a"]);
    // Name left empty, a place met that is no community, a date in words nobody reads (behind
    // "more": five fields after the place met, Enter opens it, five more to the first contact).
    press(&mut a, &["<Tab>"]);
    type_text(&mut a, "存在しない会");
    for _ in 0..6 {
        press(&mut a, &["<Tab>"]);
    }
    press(&mut a, &["<Enter>"]);
    for _ in 0..5 {
        press(&mut a, &["<Tab>"]);
    }
    type_text(&mut a, "先週");
    let people = a.session.wb.people.len();
    a.update(a.action_for(&KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)).unwrap());
    let form = a.form.as_ref().expect("still open");
    assert_eq!(form.focus, 0, "the first wrong field gets the focus");
    assert_eq!(form.fields[0].error.as_deref(), Some("required: write something here"));
    let met = form.field(person::F::MetIn).unwrap();
    assert!(met.error.as_deref().unwrap().contains("no community has \"存在しない会\""), "{:?}", met.error);
    let first = form.field(person::F::FirstContact).unwrap();
    assert!(first.error.as_deref().unwrap().contains("2026-11-23"), "{:?}", first.error);
    assert_eq!(first.value(), "先週");
    assert_eq!(a.session.wb.people.len(), people);
}

#[test]
fn editing_keeps_the_id_and_esc_on_a_changed_form_asks_first() {
    let mut a = app();
    press(&mut a, &["5"]);
    let Some(Row::Record(RecordRef::Value(id))) = a.selected_row() else { panic!("a value") };
    press(&mut a, &["e"]);
    type_text(&mut a, "!");
    press(&mut a, &["<Esc>"]);
    assert!(a.form.as_ref().unwrap().asking_discard);
    press(&mut a, &["n"]);
    assert!(!a.form.as_ref().unwrap().asking_discard, "n goes back to editing");
    a.update(a.action_for(&KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)).unwrap());
    let v = a.session.wb.values.get(id).unwrap();
    assert!(v.name.ends_with('!'));
    assert_eq!(v.revisited, Some(today()));
    press(&mut a, &["e", "<Esc>"]);
    assert!(a.form.is_none(), "an unchanged form closes at once");
    press(&mut a, &["e"]);
    type_text(&mut a, "?");
    press(&mut a, &["<Esc>", "y"]);
    assert!(a.form.is_none());
    assert!(!a.session.wb.values.get(id).unwrap().name.ends_with('?'), "discarded");
}

#[test]
fn a_paste_lands_whole_in_the_focused_field() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::En, today());
    press(&mut a, &["3", "]", "a"]);
    assert!(a.paste("Rust\r\n\u{1b}[31m入門\u{1b}[0m"));
    let f = a.form.as_ref().unwrap();
    assert_eq!(f.fields[0].value(), "Rust [31m入門[0m", "one line, controls removed");
}

#[test]
fn lists_without_a_form_say_so() {
    let mut a = app();
    press(&mut a, &["1", "a"]);
    assert!(a.form.is_none());
    assert_eq!(a.message.as_deref(), Some("Nothing is added to this list: press a in a list on tabs 2-7"));
}

#[test]
fn an_output_with_a_new_tag_creates_both_and_one_undo_removes_both() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::Ja, today());
    // The focus starts on what was written (the date before it is today's).
    press(&mut a, &["3", "a"]);
    type_text(&mut a, "読書会のメモを公開した");
    press(&mut a, &["<Tab>"]);
    type_text(&mut a, "読書、 対話,読書");
    save(&mut a);
    assert!(a.form.is_none(), "{:?}", a.message);
    let o = a.session.wb.outputs.iter().next().unwrap();
    assert_eq!(o.date, Some(today()), "a new output is dated today");
    let tags: Vec<&str> = o.tags.iter().map(|&t| a.session.wb.tags.get(t).unwrap().name.as_str()).collect();
    assert_eq!(tags, vec!["読書", "対話"]);
    press(&mut a, &["u"]);
    assert!(a.session.wb.outputs.is_empty() && a.session.wb.tags.is_empty());
}

#[test]
fn an_invitation_records_value_scores_decision_and_skills() {
    let mut a = app();
    let values: Vec<ValueId> = a.session.wb.ranked_values().iter().map(|v| v.id).collect();
    let someone = a.session.wb.people.iter().next().unwrap().id;
    let name = a.session.wb.people.get(someone).unwrap().name.to_string();
    press(&mut a, &["4", "a"]);
    type_text(&mut a, "LT 登壇");
    press(&mut a, &["<Tab>"]);
    type_text(&mut a, &format!("#{}", someone.0));
    // Deadline, excitement; then the first value's score.
    for _ in 0..4 {
        press(&mut a, &["<Tab>"]);
    }
    type_text(&mut a, "12/10");
    // The event day (left empty), then excitement.
    press(&mut a, &["<Tab>", "<Tab>"]);
    let erase = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
    a.update(a.action_for(&erase).unwrap());
    type_text(&mut a, "4");
    press(&mut a, &["<Tab>", "<Tab>"]);
    a.update(a.action_for(&erase).unwrap());
    type_text(&mut a, "2");
    // Decision: accepted; then the first skill (curiosity).
    for _ in 0..values.len() {
        press(&mut a, &["<Tab>"]);
    }
    press(&mut a, &["l"]);
    for _ in 0..4 {
        press(&mut a, &["<Tab>"]);
    }
    press(&mut a, &[" "]);
    save(&mut a);
    assert!(
        a.form.is_none(),
        "{:?} {:?}",
        a.message,
        a.form.as_ref().map(|f| f.fields.iter().map(|x| x.error.clone()).collect::<Vec<_>>())
    );
    let Some(Row::Record(RecordRef::Invitation(id))) = a.selected_row() else { panic!("the new invitation is shown") };
    let inv = a.session.wb.invitations.get(id).unwrap();
    assert_eq!(inv.from, Some(someone), "from {name}");
    assert_eq!(inv.deadline, NaiveDate::from_ymd_opt(2026, 12, 10));
    assert_eq!(inv.excitement, 4);
    assert_eq!(inv.scores, vec![ValueScore { value: values[0], score: 2 }]);
    assert_eq!(inv.decision, Decision::Accepted);
    assert_eq!(inv.decided, Some(today()));
    assert_eq!(inv.skills, vec![HappenstanceSkill::Curiosity]);
}

#[test]
fn an_introduction_needs_two_different_known_people() {
    let mut a = app();
    let p = a.session.wb.people.iter().next().unwrap().id;
    press(&mut a, &["3", "]", "]", "a", "<Tab>", "<Tab>"]);
    type_text(&mut a, &format!("#{}", p.0));
    press(&mut a, &["<Tab>"]);
    type_text(&mut a, &format!("#{}", p.0));
    save(&mut a);
    let f = a.form.as_ref().expect("refused");
    assert_eq!(f.fields[3].error.as_deref(), Some("a person cannot be introduced to themselves"));
    assert_eq!(f.focus, 3, "the wrong field has the focus");
    // The number was settled to the person's name when the focus left it.
    let name = a.session.wb.people.get(p).unwrap().name.to_string();
    assert_eq!(f.fields[2].value(), name);
    let erase = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
    for _ in 0..f.fields[3].value().chars().count() {
        a.update(a.action_for(&erase).unwrap());
    }
    type_text(&mut a, "誰でもない人");
    save(&mut a);
    let f = a.form.as_ref().expect("refused");
    assert_eq!(
        f.fields[3].error.as_deref(),
        Some("no person has \"誰でもない人\" in their name; press Ctrl-p to pick from the list, or add it first")
    );
}

#[test]
fn slash_searches_the_list_as_you_type_and_esc_clears_it() {
    let mut a = app();
    press(&mut a, &["7"]);
    let total = a.rows(Pane::People).len();
    let target = a.session.wb.people.iter().nth(3).unwrap().name.to_string();
    press(&mut a, &["/"]);
    type_text(&mut a, &target);
    let shown = a.rows(Pane::People).len();
    assert!(shown >= 1 && shown < total, "{shown} of {total}");
    let Some(Row::Record(RecordRef::Person(first))) = a.selected_row() else { panic!("a hit") };
    assert_eq!(a.session.wb.people.get(first).unwrap().name.as_str(), target, "the exact name ranks first");
    // q types into the query instead of quitting; Enter keeps the filter and moves back to the list.
    press(&mut a, &["q"]);
    assert!(!a.should_quit);
    let erase = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
    a.update(a.action_for(&erase).unwrap());
    press(&mut a, &["<Enter>", "j"]);
    assert!(!a.searching);
    assert_eq!(a.rows(Pane::People).len(), shown, "the filter stays while browsing");
    press(&mut a, &["j"]);
    let picked = a.selected_row();
    press(&mut a, &["<Esc>"]);
    assert_eq!(a.rows(Pane::People).len(), total);
    assert_eq!(a.selected_row(), picked, "Esc keeps the match picked, now in the whole list");
    press(&mut a, &["/"]);
    assert!(a.paste("存在しない名前\n"));
    assert!(a.rows(Pane::People).is_empty());
    press(&mut a, &["<Esc>"]);
    assert_eq!(a.rows(Pane::People).len(), total);
}

#[test]
fn logging_a_contact_adds_to_the_log_and_resets_the_reminder() {
    let mut a = app();
    press(&mut a, &["7"]);
    let Some(Row::Record(RecordRef::Person(p))) = a.selected_row() else { panic!("a person") };
    let before = a.session.wb.people.get(p).unwrap().interactions.len();
    // The focus starts on the note: the date is today's unless changed.
    press(&mut a, &["i"]);
    type_text(&mut a, "ランチで近況を聞いた");
    save(&mut a);
    assert!(a.form.is_none(), "{:?}", a.message);
    let person = a.session.wb.people.get(p).unwrap();
    assert_eq!(person.interactions.len(), before + 1);
    assert!(person.interactions.iter().any(|i| i.note.as_str() == "ランチで近況を聞いた" && i.date == Some(today())));
    assert_eq!(person.latest_contact(), Some(today()));
    assert!(a.message.as_deref().unwrap().starts_with("logged a contact with"));
    press(&mut a, &["u"]);
    assert_eq!(a.session.wb.people.get(p).unwrap().interactions.len(), before);
    press(&mut a, &["3", "i"]);
    assert!(a.form.is_none(), "an output has no contacts");
    press(&mut a, &["2", "i"]);
    assert!(
        matches!(a.form.as_ref().map(|f| f.target), Some(tsunagari::app::form::FormTarget::Visit(_))),
        "on a community, i logs a visit"
    );
}

#[test]
fn s_steps_through_orders_and_reconnect_puts_the_reconnect_list_first() {
    let mut a = app();
    press(&mut a, &["7", "s"]);
    assert_eq!(a.current_order(Pane::People), tsunagari::app::rows::Order::Strength);
    let strengths: Vec<u8> = a
        .rows(Pane::People)
        .iter()
        .map(|r| match r {
            Row::Record(RecordRef::Person(p)) => {
                tsunagari::model::derived::TieStrength::of(&a.session.wb.people.get(*p).unwrap().tie).percent()
            }
            _ => 0,
        })
        .collect();
    assert!(strengths.windows(2).all(|w| w[0] >= w[1]), "{strengths:?}");
    press(&mut a, &["s"]);
    assert_eq!(a.current_order(Pane::People), tsunagari::app::rows::Order::Reconnect);
    // The reconnect list (the model's, in its order) leads; everyone else follows.
    let shown: Vec<tsunagari::model::PersonId> = a
        .rows(Pane::People)
        .iter()
        .filter_map(|r| match r {
            Row::Record(RecordRef::Person(p)) => Some(*p),
            _ => None,
        })
        .collect();
    let listed = tsunagari::model::reconnect::list(&a.session.wb, today());
    assert!(!listed.is_empty(), "the sample has ties to reconnect with");
    assert_eq!(shown[..listed.len()], listed[..]);
    assert_eq!(shown.len(), a.session.wb.people.len(), "nobody is left out");
    press(&mut a, &["s", "s"]);
    assert_eq!(a.current_order(Pane::People), tsunagari::app::rows::Order::Name, "wraps around");
}

#[test]
fn ctrl_c_at_the_discard_question_keeps_the_form() {
    let mut a = app();
    press(&mut a, &["2", "e"]);
    type_text(&mut a, "W");
    a.update(a.action_for(&ctrl('c')).unwrap());
    assert!(a.form.as_ref().unwrap().asking_discard, "Ctrl-c in a form asks first");
    a.update(a.action_for(&ctrl('c')).unwrap());
    assert!(!a.should_quit, "Ctrl-c at the question answers no");
    assert!(a.form.as_ref().is_some_and(|f| !f.asking_discard));
}

#[test]
fn resaving_a_link_to_one_of_two_same_named_people_keeps_that_person() {
    let mut a = app();
    let mut ids = a.session.wb.new_ids();
    let twin = Person { id: ids.take(), name: Text::from("山田 太郎"), ..Default::default() };
    let other = Person { id: ids.take(), name: Text::from("山田 太郎"), ..Default::default() };
    let inv = Invitation { id: ids.take(), what: Text::from("相談"), from: Some(other.id), ..Default::default() };
    a.session
        .wb
        .apply(vec![
            Change::Put(Record::Person(twin)),
            Change::Put(Record::Person(other.clone())),
            Change::Put(Record::Invitation(inv.clone())),
        ])
        .unwrap();
    a.jump_to(RecordRef::Invitation(inv.id));
    press(&mut a, &["e"]);
    type_text(&mut a, "!");
    save(&mut a);
    assert!(a.form.is_none(), "{:?}", a.form.as_ref().map(|f| f.fields[1].error.clone()));
    assert_eq!(a.session.wb.invitations.get(inv.id).unwrap().from, Some(other.id));
}

#[test]
fn changing_where_we_met_keeps_the_shared_communities_and_dates_stay_in_order() {
    let mut a = app();
    let cs: Vec<CommunityId> = a.session.wb.communities.iter().map(|c| c.id).take(2).collect();
    let p = Person {
        id: a.session.wb.new_ids().take(),
        name: Text::from("Ito"),
        met_in: Some(cs[1]),
        communities: cs.clone(),
        ..Default::default()
    };
    a.session.wb.apply(vec![Change::Put(Record::Person(p.clone()))]).unwrap();
    a.jump_to(RecordRef::Person(p.id));
    // Where we met becomes the first community instead of the second.
    press(&mut a, &["e", "<Tab>"]);
    let erase = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
    for _ in 0..a.form.as_ref().unwrap().focused().value().chars().count() {
        a.update(a.action_for(&erase).unwrap());
    }
    type_text(&mut a, &format!("#{}", cs[0].0));
    save(&mut a);
    assert_eq!(a.session.wb.people.get(p.id).unwrap().met_in, Some(cs[0]));
    assert_eq!(a.session.wb.people.get(p.id).unwrap().communities, cs, "nothing shared is dropped");
    // A new person whose last contact is in the past is known since then, not since today.
    press(&mut a, &["a"]);
    type_text(&mut a, "Sato");
    a.form.as_mut().unwrap().focus_on(person::F::LastContact);
    type_text(&mut a, "2026-11-20");
    save(&mut a);
    let Some(Row::Record(RecordRef::Person(new))) = a.selected_row() else { panic!("the new person") };
    let n = a.session.wb.people.get(new).unwrap();
    assert_eq!(
        (n.first_contact, n.last_contact),
        (NaiveDate::from_ymd_opt(2026, 11, 20), NaiveDate::from_ymd_opt(2026, 11, 20))
    );
}

#[test]
fn a_record_added_while_a_search_hides_it_is_shown_and_selected() {
    let mut a = app();
    press(&mut a, &["7", "/"]);
    type_text(&mut a, "zzzz");
    press(&mut a, &["<Enter>", "a"]);
    type_text(&mut a, "Nakamura Rin");
    save(&mut a);
    let Some(Row::Record(RecordRef::Person(p))) = a.selected_row() else { panic!("selected") };
    assert_eq!(a.session.wb.people.get(p).unwrap().name.as_str(), "Nakamura Rin");
    assert!(a.filters[Pane::People.index()].is_empty(), "the hiding search was dropped");
}

#[test]
fn an_unchanged_edit_is_not_an_undo_step_and_numbers_take_full_width_digits() {
    let mut a = app();
    press(&mut a, &["7", "e"]);
    save(&mut a);
    assert_eq!(a.message.as_deref(), Some("No changes"));
    press(&mut a, &["u"]);
    assert_eq!(a.message.as_deref(), Some("Nothing to undo"));
    let Some(Row::Record(RecordRef::Person(p))) = a.selected_row() else { panic!("a person") };
    press(&mut a, &["e"]);
    for _ in 0..5 {
        press(&mut a, &["<Tab>"]);
    }
    let erase = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
    a.update(a.action_for(&erase).unwrap());
    type_text(&mut a, "３");
    save(&mut a);
    assert_eq!(a.session.wb.people.get(p).unwrap().tie.time, 3);
}

#[test]
fn typing_a_digit_into_a_number_showing_zero_replaces_it() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::En, today());
    press(&mut a, &["3", "a"]);
    type_text(&mut a, "Kim");
    press(&mut a, &["<Tab>", "<Tab>"]);
    type_text(&mut a, "2");
    assert_eq!(a.form.as_ref().unwrap().field(output::F::Reactions).unwrap().value(), "2");
}

#[test]
fn slash_on_the_overview_searches_every_record_and_enter_jumps_to_it() {
    let mut a = app();
    let inv = a.session.wb.invitations.iter().next().unwrap().clone();
    press(&mut a, &["1", "/"]);
    assert_eq!(a.pane(), Pane::All);
    type_text(&mut a, inv.what.as_str());
    press(&mut a, &["<Enter>"]);
    let hits = a.rows(Pane::All).to_vec();
    let at = hits.iter().position(|r| *r == Row::Record(RecordRef::Invitation(inv.id))).expect("found");
    for _ in 0..at {
        press(&mut a, &["j"]);
    }
    press(&mut a, &["<Enter>"]);
    assert_eq!(a.tab, Tab::Invitations);
    assert_eq!(a.selected_row(), Some(Row::Record(RecordRef::Invitation(inv.id))));
}
