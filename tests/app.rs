//! The app without a terminal: key events go through the key table into `update()`, and the
//! workbook and view state are checked directly.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

use std::path::PathBuf;

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tsunagari::app::forms::{output, person};
use tsunagari::app::{App, Overlay, Pane, Row, Tab};
use tsunagari::i18n::Lang;
use tsunagari::model::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn app() -> App {
    App::with_workbook(sample::workbook(60, 7, today()), PathBuf::from("w.ron"), Lang::En, today())
}

/// Presses keys as a user would ("<Esc>" and "<C-r>" for the special ones).
fn press(app: &mut App, keys: &[&str]) {
    for k in keys {
        let ev = match *k {
            "<Esc>" => KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
            "<Enter>" => KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
            "<Tab>" => KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE),
            "<S-Tab>" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
            "<C-r>" => KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL),
            "<C-p>" => KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL),
            "<C-s>" => KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL),
            "<Down>" => KeyEvent::new(KeyCode::Down, KeyModifiers::NONE),
            "<PgUp>" => KeyEvent::new(KeyCode::PageUp, KeyModifiers::NONE),
            "<PgDn>" => KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE),
            "J" => KeyEvent::new(KeyCode::Char('J'), KeyModifiers::SHIFT),
            "K" => KeyEvent::new(KeyCode::Char('K'), KeyModifiers::SHIFT),
            s => KeyEvent::new(KeyCode::Char(s.chars().next().unwrap()), KeyModifiers::NONE),
        };
        if let Some(action) = app.action_for(&ev) {
            app.update(action);
        }
    }
}

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

/// Types text into the form as separate key presses (as a terminal without bracketed paste does).
fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let ev = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        if let Some(action) = app.action_for(&ev) {
            app.update(action);
        }
    }
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

fn save(a: &mut App) {
    a.update(a.action_for(&KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)).unwrap());
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

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
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

fn selected_record(a: &App) -> RecordRef {
    match a.selected_row() {
        Some(Row::Record(r)) => r,
        other => panic!("no record selected: {other:?}"),
    }
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

/// Presses Enter, the walkthrough's "next" (and the answer in a one-line question).
fn next(a: &mut App) {
    press(a, &["<Enter>"]);
}

/// Walks the whole walkthrough in Japanese on an empty workbook, as a first-time reader would.
fn walk_everything(a: &mut App) {
    a.open_walkthrough();
    next(a); // the idea of loose ties
    type_text(a, "山田 花子");
    next(a);
    next(a); // the idea of final values
    // The card sort: the first three cards very important, the next two important, the rest not.
    for (i, _) in tsunagari::model::cards::CARDS.iter().enumerate() {
        let pile = match i {
            0..=2 => "1",
            3..=4 => "2",
            _ => "3",
        };
        press(a, &[pile]);
    }
    // Rank: pick the first three (自由, 学び, つながり), then move つながり up once.
    press(a, &[" ", "j", " ", "j", " ", "K"]);
    next(a);
    for words in ["自分で決められること", "知らないことを知ること", "人と人をつなぐこと"]
    {
        type_text(a, words);
        next(a);
    }
    next(a); // the idea of step 1
    type_text(a, "読書、写真");
    next(a);
    type_text(a, "朝の読書会");
    next(a);
    press(a, &["l", "l"]); // a reading circle
    next(a);
    press(a, &["2"]); // trying it: one key answers
    press(a, &["l"]); // take part
    next(a);
    press(a, &["2"]); // outside my usual circles: one key answers
    type_text(a, "読書");
    next(a);
    type_text(a, "学び");
    next(a);
    next(a); // no second community: on to step 2
    next(a); // the idea of step 2
    type_text(a, "Rust、地域のデザイン");
    next(a);
    type_text(a, "読書会の感想を3行で投稿する");
    next(a);
    press(a, &["2"]); // a blog
    type_text(a, "Rust");
    next(a);
    type_text(a, "佐藤 一郎, 鈴木 花");
    next(a);
    type_text(a, "二人とも防災に関心がある");
    next(a);
    next(a); // the idea of step 3
    type_text(a, "友人の勉強会で10分話す");
    next(a);
    next(a); // no day it came: a practice one
    press(a, &["l", "l"]); // fits 自由 well (+2)
    next(a);
    next(a); // つながり: unrelated
    press(a, &["l"]); // 学び: fits a little
    next(a);
    type_text(a, "4");
    next(a);
    next(a); // cost: low
    next(a); // the verdict
    press(a, &["1"]); // accept: chosen, not the default (one key answers)
    type_text(a, "自由に話せる場だから");
    next(a);
    next(a); // the idea of the assets
    for rating in ["3", "2", "4"] {
        type_text(a, rating);
        next(a);
    }
    next(a); // the first stock-take
    next(a); // the summary: done
}

#[test]
fn the_walkthrough_writes_every_answer_into_the_workbook() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::Ja, today());
    walk_everything(&mut a);
    assert!(a.walk.is_none(), "the summary's Enter ends it: {:?}", a.walk);
    // It ends on this week, with steps proposed from the answers just given.
    assert_eq!(a.pane(), Pane::Week);
    let show_up = a.offered(tsunagari::model::ColumnStep::ShowUp).map(|s| s.about());
    assert_eq!(
        show_up,
        a.session.wb.communities.iter().next().map(|c| RecordRef::Community(c.id)),
        "the community attended"
    );
    let seen = a.offered(tsunagari::model::ColumnStep::MakeVisible).map(|s| s.about());
    assert!(matches!(seen, Some(RecordRef::Introduction(_))), "the pair who should meet: {seen:?}");
    let wb = &a.session.wb;
    assert_eq!(wb.settings.owner.as_str(), "山田 花子");
    let values: Vec<(u16, &str, &str)> =
        wb.ranked_values().iter().map(|v| (v.rank, v.name.as_str(), v.description.as_str())).collect();
    assert_eq!(
        values,
        vec![
            (1, "自由", "自分で決められること"),
            (2, "つながり", "知らないことを知ること"),
            (3, "学び", "人と人をつなぐこと")
        ],
        "ranked as sorted, described in rank order"
    );
    let c = wb.communities.iter().next().expect("a community");
    assert_eq!(
        (c.name.as_str(), c.kind, c.distance, c.status),
        ("朝の読書会", CommunityKind::ReadingCircle, Distance::TakePart, CommunityStatus::Trying)
    );
    assert!(c.outside_usual_circle, "as answered");
    assert_eq!(c.cadence, Cadence::Irregular, "how often was not asked: no cadence to be due");
    assert_eq!(c.values, vec![wb.value_named("学び").unwrap()]);
    let mine: Vec<&str> = wb.interests.iter().map(|i| i.as_str()).collect();
    assert_eq!(mine, vec!["読書", "写真"], "my interests, as typed");
    assert_eq!(c.interests, vec![Text::from("読書")], "the interest it feeds");
    assert_eq!(wb.communities.len(), 1, "an empty second name ends the chapter");
    let tags: Vec<&str> = wb.tags.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(tags, vec!["Rust", "地域のデザイン"]);
    let o = wb.outputs.iter().next().expect("an output");
    assert_eq!((o.text.as_str(), o.date, o.channel), ("読書会の感想を3行で投稿する", Some(today()), Channel::Blog));
    assert_eq!(o.tags, vec![wb.tag_named("Rust").unwrap()], "the tags named for it, not every tag");
    let i = wb.introductions.iter().next().expect("an introduction");
    let name = |p: Option<PersonId>| wb.people.get(p.unwrap()).unwrap().name.to_string();
    assert_eq!(
        (name(i.first), name(i.second), i.why.as_str()),
        ("佐藤 一郎".into(), "鈴木 花".into(), "二人とも防災に関心がある")
    );
    assert_eq!(i.status, IntroStatus::Planned, "two people who should meet are not introduced yet");
    let inv = wb.invitations.iter().next().expect("an invitation");
    assert_eq!(
        (inv.what.as_str(), inv.decision, inv.reason.as_str()),
        ("友人の勉強会で10分話す", Decision::Accepted, "自由に話せる場だから")
    );
    assert_eq!((inv.excitement, inv.cost), (4, Cost::Low));
    assert!(inv.practice, "no day it came was given");
    assert_eq!((inv.received, inv.decided), (None, None), "neither received nor decided today");
    // So Step 1 has the community attended, Step 3 nothing yet, and no indicator counts the
    // practice invitation.
    let [s1, _, s3] = tsunagari::model::derived::step_progress(wb, today());
    assert_eq!((s1.done, s3.done), (1, 0));
    assert_eq!(tsunagari::model::assets::measure(wb, Indicator::AcceptedRecently, today()), 0);
    let score = |name: &str| inv.scores.iter().find(|s| s.value == wb.value_named(name).unwrap()).map(|s| s.score);
    assert_eq!((score("自由"), score("つながり"), score("学び")), (Some(2), Some(0), Some(1)));
    let rating = |k| wb.asset(k).and_then(|x| x.rating);
    assert_eq!(
        (rating(AssetKind::SelfKnowledge), rating(AssetKind::DiverseNetworks), rating(AssetKind::Openness)),
        (Some(3), Some(2), Some(4))
    );
    let st = wb.stocktakes.iter().next().expect("a first stock-take");
    assert_eq!(st.date, Some(today()));
    assert!(st.ratings.iter().any(|r| r.kind == AssetKind::Openness && r.rating == Some(4)));
    assert_eq!(wb.walkthrough.completed, Some(today()));
    assert_eq!(wb.walkthrough.finished, vec![0, 1, 2, 3, 4, 5, 6]);
    // Every answer was an edit: undo takes the last one (the stock-take) back.
    press(&mut a, &["u"]);
    assert!(a.session.wb.stocktakes.is_empty());
}

#[test]
fn leaving_mid_question_keeps_the_place_and_the_words_typed() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::Ja, today());
    a.open_walkthrough();
    next(&mut a);
    type_text(&mut a, "山田 花子");
    next(&mut a);
    next(&mut a);
    press(&mut a, &["1", "2"]);
    press(&mut a, &["<Esc>"]);
    assert!(a.walk.is_none() && a.form.is_none());
    // The next start, from what was saved: it offers to go on where we were.
    let mut b = App::with_workbook(a.session.wb.clone(), PathBuf::from("w.ron"), Lang::Ja, today());
    b.open_walkthrough();
    assert!(b.walk.as_ref().unwrap().welcome_back);
    next(&mut b);
    assert_eq!(b.walk.as_ref().unwrap().current(&b.session.wb), tsunagari::app::walkthrough::Step::Sort);
    assert_eq!(b.session.wb.walkthrough.sorted.len(), 2, "the two cards sorted before stay sorted");
    // PgUp on the sort takes the last card back.
    press(&mut b, &["<PgUp>"]);
    assert_eq!(b.session.wb.walkthrough.sorted.len(), 1);

    // Leaving in the middle of typing an answer keeps the words for next time.
    let mut c = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::En, today());
    c.open_walkthrough();
    next(&mut c);
    type_text(&mut c, "Alex は途中");
    press(&mut c, &["<Esc>"]);
    let mut d = App::with_workbook(c.session.wb.clone(), PathBuf::from("w.ron"), Lang::En, today());
    d.open_walkthrough();
    next(&mut d);
    assert_eq!(d.form.as_ref().map(|f| f.fields[0].value()).as_deref(), Some("Alex は途中"));
    type_text(&mut d, "さん");
    next(&mut d);
    assert_eq!(d.session.wb.settings.owner.as_str(), "Alex は途中さん");
}

#[test]
fn going_back_to_a_question_changes_the_same_record_and_skipped_ones_write_nothing() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::En, today());
    a.open_walkthrough();
    press(&mut a, &["]", "]"]); // to step 1
    next(&mut a);
    next(&mut a); // no interests named: nothing written
    assert!(a.session.wb.interests.is_empty());
    type_text(&mut a, "Morning readers");
    next(&mut a);
    press(&mut a, &["<PgUp>"]);
    assert_eq!(a.form.as_ref().map(|f| f.fields[0].value()).as_deref(), Some("Morning readers"));
    type_text(&mut a, " club");
    next(&mut a);
    let names: Vec<&str> = a.session.wb.communities.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, vec!["Morning readers club"], "renamed, not added twice");
    // An empty first name is refused with what to do; PgDn skips the rest of its questions.
    let mut b = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::En, today());
    b.open_walkthrough();
    press(&mut b, &["]", "]"]);
    next(&mut b);
    next(&mut b);
    next(&mut b);
    let f = b.form.as_ref().expect("still asking");
    assert!(f.fields[0].error.as_deref().unwrap().contains("PgDn"), "{:?}", f.fields[0].error);
    press(&mut b, &["<PgDn>"]);
    let step = b.walk.as_ref().unwrap().current(&b.session.wb);
    assert_eq!(step, tsunagari::app::walkthrough::Step::CommunityName(2), "its distance and values are passed over");
    assert!(b.session.wb.communities.is_empty());
}

#[test]
fn ranking_again_keeps_only_the_new_picks_and_a_draft_survives_the_welcome_page() {
    use tsunagari::app::walkthrough::Step;
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::En, today());
    a.open_walkthrough();
    press(&mut a, &["]"]); // to the values
    next(&mut a);
    // A card of one's own may not copy a built-in one.
    press(&mut a, &["a"]);
    type_text(&mut a, "Freedom");
    next(&mut a);
    let f = a.form.as_ref().expect("refused");
    assert!(f.fields[0].error.as_deref().unwrap().contains("Freedom"), "{:?}", f.fields[0].error);
    press(&mut a, &["<Esc>"]);
    for _ in tsunagari::model::cards::CARDS {
        press(&mut a, &["1"]);
    }
    // Pick four, go on, come back, pick three others.
    press(&mut a, &[" ", "j", " ", "j", " ", "j", " "]);
    next(&mut a);
    assert_eq!(a.session.wb.values.len(), 4);
    press(&mut a, &["<PgUp>"]);
    assert_eq!(a.walk.as_ref().unwrap().current(&a.session.wb), Step::Top);
    // The four picks come back picked: unpick Freedom, Learning and Family, pick Health and
    // Joy of creating.
    press(&mut a, &[" ", "j", " ", "j", "j", " ", "j", " ", "j", " "]);
    next(&mut a);
    let values: Vec<(u16, String)> =
        a.session.wb.ranked_values().iter().map(|v| (v.rank, v.name.to_string())).collect();
    assert_eq!(values.len(), 3, "only the new picks are final values: {values:?}");
    let names: Vec<&str> = values.iter().map(|v| v.1.as_str()).collect();
    assert_eq!(names, vec!["Connection", "Health", "Joy of creating"], "ranked as picked; the dropped ones are gone");
    // The questions after follow the picks.
    assert_eq!(a.walk.as_ref().unwrap().current(&a.session.wb), Step::Describe(0));
    let asked = tsunagari::app::walkthrough::steps(tsunagari::app::walkthrough::Chapter::Values, 3).len();
    assert_eq!(asked, 6);
    // A draft typed, the walkthrough left; the welcome page left again with Esc: still there.
    type_text(&mut a, "half an answer");
    press(&mut a, &["<Esc>"]);
    let mut b = App::with_workbook(a.session.wb.clone(), PathBuf::from("w.ron"), Lang::En, today());
    b.open_walkthrough();
    press(&mut b, &["<Esc>"]);
    b.open_walkthrough();
    next(&mut b);
    assert_eq!(b.form.as_ref().map(|f| f.fields[0].value()).as_deref(), Some("half an answer"));
}

#[test]
fn x_exports_where_the_form_says_and_asks_before_replacing_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app();
    press(&mut a, &["1", "x"]);
    assert!(matches!(a.form.as_ref().map(|f| f.target), Some(tsunagari::app::form::FormTarget::Export)));
    assert!(a.form.as_ref().unwrap().fields[1].value().ends_with(".html"), "the printable page by default");
    // Another format: the path shown follows.
    press(&mut a, &["l"]);
    assert!(a.form.as_ref().unwrap().fields[1].value().ends_with(".md"));
    // A folder: the file goes inside it, named as usual.
    let form = a.form.as_mut().unwrap();
    form.fields[1] = form.fields[1].clone().text(dir.path().to_str().unwrap());
    press(&mut a, &["<C-s>"]);
    assert!(a.form.is_none(), "{:?}", a.form.as_ref().map(|f| f.fields[1].error.clone()));
    let written = dir.path().join("tsunagari-2026-11-24.md");
    assert!(std::fs::read_to_string(&written).unwrap().starts_with("# "), "Markdown was written");
    assert!(a.message.as_deref().unwrap().contains(written.to_str().unwrap()), "{:?}", a.message);
    // The same file again: asked first, replaced on the second Ctrl-s.
    press(&mut a, &["x", "l"]);
    let form = a.form.as_mut().unwrap();
    form.fields[1] = form.fields[1].clone().text(written.to_str().unwrap());
    press(&mut a, &["<C-s>"]);
    let f = a.form.as_ref().expect("asks first");
    assert!(f.fields[1].error.is_some());
    press(&mut a, &["<C-s>"]);
    assert!(a.form.is_none());
    // An extension that disagrees with the format is refused, not silently changed.
    press(&mut a, &["x"]);
    let form = a.form.as_mut().unwrap();
    form.fields[1] = form.fields[1].clone().text(dir.path().join("notes.md").to_str().unwrap());
    press(&mut a, &["<C-s>"]);
    let f = a.form.as_ref().expect("refused");
    assert!(f.fields[1].error.as_deref().unwrap().contains(".md"), "{:?}", f.fields[1].error);
    assert!(!dir.path().join("notes.md").exists() && !dir.path().join("notes.html").exists());
}

#[test]
fn the_walkthrough_summary_offers_the_export() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::Ja, today());
    a.open_walkthrough();
    // Chapter by chapter to the summary.
    for _ in 0..6 {
        press(&mut a, &["]"]);
    }
    assert_eq!(a.walk.as_ref().unwrap().current(&a.session.wb), tsunagari::app::walkthrough::Step::Summary);
    press(&mut a, &["x"]);
    assert!(a.walk.is_none(), "x ends the walkthrough");
    assert_eq!(a.session.wb.walkthrough.completed, Some(today()));
    assert!(matches!(a.form.as_ref().map(|f| f.target), Some(tsunagari::app::form::FormTarget::Export)));
}

#[test]
fn a_practice_invitation_becomes_real_when_its_flag_is_cleared() {
    let mut wb = Workbook::default();
    let practice = Invitation {
        what: Text::from("友人の勉強会で10分話す"),
        decision: Decision::Accepted,
        practice: true,
        ..Default::default()
    };
    let (edit, made) = rules::add(&mut wb, Record::Invitation(practice), today()).unwrap();
    wb.apply(edit).unwrap();
    let RecordRef::Invitation(id) = made else { panic!("an invitation") };
    let mut a = App::with_workbook(wb, PathBuf::from("w.ron"), Lang::Ja, today());
    assert_eq!(tsunagari::model::derived::step_progress(&a.session.wb, today())[2].done, 0, "practice counts nowhere");
    press(&mut a, &["4", "e"]);
    let form = a.form.as_mut().expect("the invitation's form");
    let last = form.fields.len() - 1;
    assert!(form.fields[last].on, "the practice flag shows, switched on, last");
    form.focus = last;
    press(&mut a, &[" "]);
    save(&mut a);
    assert!(a.form.is_none(), "{:?}", a.message);
    let inv = a.session.wb.invitations.get(id).unwrap();
    assert!(!inv.practice);
    assert_eq!((inv.received, inv.decided), (Some(today()), Some(today())), "real from today on");
    assert_eq!(tsunagari::model::derived::step_progress(&a.session.wb, today())[2].done, 1);
}

#[test]
fn an_introduction_can_be_planned_with_a_day_to_make_it() {
    let mut a = app();
    let people: Vec<PersonId> = a.session.wb.people.iter().take(2).map(|p| p.id).collect();
    let made = tsunagari::model::derived::introduction_balance(&a.session.wb);
    press(&mut a, &["3", "]", "]", "a", "<Tab>", "<Tab>"]);
    type_text(&mut a, &format!("#{}", people[0].0));
    press(&mut a, &["<Tab>"]);
    type_text(&mut a, &format!("#{}", people[1].0));
    press(&mut a, &["<Tab>", "h", "<Tab>"]);
    type_text(&mut a, "12/10");
    save(&mut a);
    assert!(
        a.form.is_none(),
        "{:?}",
        a.form.as_ref().map(|f| f.fields.iter().map(|x| x.error.clone()).collect::<Vec<_>>())
    );
    let i = a.session.wb.introductions.iter().find(|i| i.first == Some(people[0]) && i.second == Some(people[1]));
    let i = i.expect("added");
    assert_eq!((i.status, i.follow_up), (IntroStatus::Planned, NaiveDate::from_ymd_opt(2026, 12, 10)));
    let now = tsunagari::model::derived::introduction_balance(&a.session.wb);
    assert_eq!((now.given, now.planned), (made.given, made.planned + 1), "planned, not made");
}

#[test]
fn the_status_line_keeps_to_one_row_and_the_message_log_keeps_every_message_whole() {
    let mut a = app();
    press(&mut a, &["y"]); // y away from the filter says where it works
    let first = a.message.clone().expect("a message");
    press(&mut a, &["5", "]", ">"]);
    let second = a.message.clone().expect("a message");
    assert_eq!(a.messages.iter().rev().take(2).collect::<Vec<_>>(), vec![&second, &first], "newest last, whole");
    press(&mut a, &["m"]);
    assert!(matches!(a.overlay, Some(tsunagari::app::Overlay::Messages { .. })));
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(40, 12)).expect("terminal");
    tsunagari::ui::draw(&mut t, &mut a).expect("draw");
    press(&mut a, &["<Esc>"]);
    a.message = Some("とても長いメッセージ".repeat(10));
    tsunagari::ui::draw(&mut t, &mut a).expect("draw");
    let bottom: String = (0..40).map(|x| t.backend().buffer()[(x, 11)].symbol().to_owned()).collect();
    assert!(bottom.trim_end().ends_with('~'), "cut with the mark on one row: {bottom}");
}

#[test]
fn a_multi_line_field_wraps_its_lines_and_the_cursor_follows() {
    let mut a = app();
    press(&mut a, &["3", "a"]); // a new output: its content is a multi-line field
    type_text(&mut a, "区の人口推移を一枚の図にして共有した。次は駅ごとの乗降客数も見てみたい");
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(40, 12)).expect("terminal");
    tsunagari::ui::draw(&mut t, &mut a).expect("draw");
    let screen: String = (0..12)
        .map(|y| (0..40).map(|x| t.backend().buffer()[(x, y)].symbol().to_owned()).collect::<String>() + "\n")
        .collect();
    // Wide characters take two cells; the second reads as a space here.
    assert!(screen.replace(' ', "").contains("見てみたい"), "the end of the text is on screen, wrapped:\n{screen}");
    let cursor = t.get_cursor_position().expect("cursor");
    let row: String = (0..40).map(|x| t.backend().buffer()[(x, cursor.y)].symbol().to_owned()).collect();
    assert!(row.replace(' ', "").contains("見てみたい"), "the cursor sits on the row where the text ends: {row}");
    let end = row.find('い').expect("the last character");
    assert_eq!(usize::from(cursor.x), row[..end].chars().count() + 2, "right after the last character: {row}");
}
