//! Capture as a new user meets it: pre-filled values give way to typing, a person is added with
//! how close they are in a few keys, links are typed by part of a name, a new search starts
//! empty, and the footer says what a key does on the list. Key events go through the key table
//! into `update()`, as in `tests/app.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

use std::path::PathBuf;

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tsunagari::app::forms::{invitation, output, person};
use tsunagari::app::keymap::Context;
use tsunagari::app::{Action, App, Pane, Row};
use tsunagari::i18n::Lang;
use tsunagari::model::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// Presses keys as a user would: "<Tab>", "<C-n>" and the like for the special ones, any
/// other text typed character by character.
fn press(app: &mut App, keys: &[&str]) {
    for k in keys {
        let special = |code| vec![KeyEvent::new(code, KeyModifiers::NONE)];
        let ctrl = |c| vec![KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)];
        let events = match *k {
            "<Esc>" => special(KeyCode::Esc),
            "<Enter>" => special(KeyCode::Enter),
            "<Tab>" => special(KeyCode::Tab),
            "<S-Tab>" => vec![KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)],
            "<Left>" => special(KeyCode::Left),
            "<Right>" => special(KeyCode::Right),
            "<End>" => special(KeyCode::End),
            "<Down>" => special(KeyCode::Down),
            "<BS>" => special(KeyCode::Backspace),
            "<C-n>" => ctrl('n'),
            "<C-p>" => ctrl('p'),
            "<C-s>" => ctrl('s'),
            text => text.chars().map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)).collect(),
        };
        for ev in events {
            if let Some(action) = app.action_for(&ev) {
                app.update(action);
            }
        }
    }
}

fn empty(lang: Lang) -> App {
    App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), lang, today())
}

/// A small workbook: 渡辺 健 (with his reading), two people called 田中, two communities.
fn people(lang: Lang) -> App {
    let mut wb = Workbook::default();
    let mut ids = wb.new_ids();
    let mut changes = Vec::new();
    for name in ["朝の読書会", "Rust.Tokyo"] {
        let c = Community { id: ids.take(), name: Text::from(name), ..Default::default() };
        changes.push(Change::Put(Record::Community(c)));
    }
    for (name, reading) in [("渡辺 健", "わたなべ けん"), ("田中 翔", "たなか しょう"), ("田中 美咲", "たなか みさき")]
    {
        let p = Person { id: ids.take(), name: Text::from(name), phonetic: Text::from(reading), ..Default::default() };
        changes.push(Change::Put(Record::Person(p)));
    }
    wb.apply(changes).unwrap();
    App::with_workbook(wb, PathBuf::from("w.ron"), lang, today())
}

fn person_id(a: &App, name: &str) -> PersonId {
    a.session.wb.people.iter().find(|p| p.name.as_str() == name).unwrap().id
}

fn value_of(a: &App, name: impl tsunagari::app::form::FieldName) -> String {
    a.form.as_ref().unwrap().field(name).unwrap().value()
}

#[test]
fn a_date_a_new_output_shows_gives_way_to_the_first_character_typed() {
    let mut a = empty(Lang::Ja);
    // The focus starts on what was written; the date before it shows today.
    press(&mut a, &["3", "a"]);
    assert!(a.form.as_ref().unwrap().is_focused(output::F::Text));
    press(&mut a, &["勉強会の報告", "<S-Tab>", "<S-Tab>"]);
    assert_eq!(value_of(&a, output::F::Date), "2026-11-24");
    assert!(a.form.as_ref().unwrap().selected(), "today's date is a suggestion, drawn selected");
    press(&mut a, &["2026/11/08"]);
    assert_eq!(value_of(&a, output::F::Date), "2026/11/08", "replaced, not 2026-11-242026/11/08");
    press(&mut a, &["<C-s>"]);
    let o = a.session.wb.outputs.iter().next().expect("saved");
    assert_eq!(o.date, NaiveDate::from_ymd_opt(2026, 11, 8));

    // Moving the caret first keeps the date to edit; Backspace on a suggestion clears it.
    press(&mut a, &["a", "<S-Tab>", "<S-Tab>", "<End>", "<BS>", "3"]);
    assert_eq!(value_of(&a, output::F::Date), "2026-11-23");
    press(&mut a, &["<Tab>", "<Tab>", "<Tab>", "<Tab>"]);
    press(&mut a, &["<S-Tab>", "<S-Tab>", "<S-Tab>", "<S-Tab>", "<BS>"]);
    assert_eq!(value_of(&a, output::F::Date), "2026-11-2", "once edited, it is the user's to edit");
    // Tabbing past a suggestion leaves it a suggestion.
    press(&mut a, &["<Esc>", "y", "a", "<S-Tab>", "<S-Tab>", "<Tab>", "<S-Tab>", "<BS>"]);
    assert_eq!(value_of(&a, output::F::Date), "", "Backspace clears a suggestion whole");
}

#[test]
fn a_number_just_reached_is_replaced_and_plus_one_reads_as_one() {
    let mut a = App::with_workbook(sample::workbook(20, 5, today()), PathBuf::from("w.ron"), Lang::En, today());
    let values: Vec<ValueId> = a.session.wb.ranked_values().iter().map(|v| v.id).collect();
    assert!(values.len() >= 2);
    press(&mut a, &["4", "a", "A talk at the meetup"]);
    a.form.as_mut().unwrap().focus_on(invitation::F::Score(0));
    assert_eq!(a.form.as_ref().unwrap().focused().value(), "0");
    press(&mut a, &["+1", "<Tab>", "＋２"]);
    assert_eq!(value_of(&a, invitation::F::Score(0)), "+1", "not 0+1");
    assert_eq!(value_of(&a, invitation::F::Score(1)), "＋２");
    press(&mut a, &["<C-s>"]);
    assert!(
        a.form.is_none(),
        "{:?}",
        a.form.as_ref().map(|f| f.fields.iter().map(|x| x.error.clone()).collect::<Vec<_>>())
    );
    let Some(Row::Record(RecordRef::Invitation(id))) = a.selected_row() else { panic!("the new invitation") };
    let inv = a.session.wb.invitations.get(id).unwrap();
    let score = |v: ValueId| inv.scores.iter().find(|s| s.value == v).map(|s| s.score);
    assert_eq!((score(values[0]), score(values[1])), (Some(1), Some(2)));
}

#[test]
fn the_suggested_reason_of_a_decision_gives_way_to_typing() {
    let mut a = App::with_workbook(sample::workbook(20, 5, today()), PathBuf::from("w.ron"), Lang::Ja, today());
    press(&mut a, &["5", "]"]);
    // The first invitation in the filter without a reason of its own.
    let rows = a.rows(Pane::Filter).to_vec();
    let at = rows
        .iter()
        .position(|r| match r {
            Row::Record(RecordRef::Invitation(i)) => a.session.wb.invitations.get(*i).unwrap().reason.is_blank(),
            _ => false,
        })
        .expect("a pending invitation without a reason");
    for _ in 0..at {
        press(&mut a, &["j"]);
    }
    let Some(Row::Record(RecordRef::Invitation(id))) = a.selected_row() else { panic!("an invitation") };
    press(&mut a, &["n"]);
    let form = a.form.as_ref().expect("the decision form");
    assert!(form.is_focused(tsunagari::app::forms::decide::F::Reason), "the decision came with the key");
    assert!(!form.focused().value().is_empty() && form.selected(), "the filter's why, as a suggestion");
    press(&mut a, &["平日の夜は休みたい", "<C-s>"]);
    assert!(a.form.is_none());
    let inv = a.session.wb.invitations.get(id).unwrap();
    assert_eq!((inv.decision, inv.reason.as_str()), (Decision::Declined, "平日の夜は休みたい"));
}

#[test]
fn a_person_is_added_with_how_close_they_are_in_a_few_keys() {
    let mut a = people(Lang::Ja);
    // Name, where we met (a part of its name), the four levels (a digit, full-width too, or
    // the arrows), save.
    press(&mut a, &["7", "a", "小林 さくら", "<Tab>", "読書", "<Tab>"]);
    assert_eq!(value_of(&a, person::F::MetIn), "朝の読書会", "the part became the community's name");
    assert!(a.message.as_deref().unwrap().contains("朝の読書会"), "{:?}", a.message);
    press(&mut a, &["２", "<Tab>", "<Right>", "<Right>", "<Right>", "<Tab>", "9", "<Tab>", "1", "<C-s>"]);
    assert!(a.form.is_none(), "{:?}", a.message);
    let Some(Row::Record(RecordRef::Person(id))) = a.selected_row() else { panic!("the new person") };
    let p = a.session.wb.people.get(id).unwrap();
    let met = a.session.wb.communities.iter().find(|c| c.name.as_str() == "朝の読書会").unwrap().id;
    assert_eq!(p.met_in, Some(met));
    assert_eq!(
        (p.tie.time, p.tie.emotion, p.tie.intimacy, p.tie.reciprocity),
        (2, 3, 4, 1),
        "９ is more than the top level: it chooses the top"
    );
}

#[test]
fn more_shows_the_rest_in_tab_order_and_hiding_it_loses_nothing() {
    let mut a = people(Lang::En);
    press(&mut a, &["7", "a", "Kim"]);
    let more = a.form.as_ref().unwrap().index(person::F::More).unwrap();
    let reading = a.form.as_ref().unwrap().index(person::F::Phonetic).unwrap();
    assert!(!a.form.as_ref().unwrap().visible(reading), "the reading waits behind more");
    for _ in 0..more {
        press(&mut a, &["<Tab>"]);
    }
    assert_eq!(a.form.as_ref().unwrap().focus, more);
    press(&mut a, &["<Tab>"]);
    assert_eq!(a.form.as_ref().unwrap().focus, 0, "closed, Tab goes round to the name");
    press(&mut a, &["<S-Tab>", "<Enter>", "きむ"]);
    assert!(a.form.as_ref().unwrap().is_focused(person::F::Phonetic), "Enter on more opens it and goes in");
    press(&mut a, &["<S-Tab>", " "]);
    let form = a.form.as_ref().unwrap();
    assert!(!form.visible(reading) && form.field(person::F::Phonetic).unwrap().value() == "きむ", "hidden, kept");
    assert!(form.changed(), "the reading is a change; switching more is not");
    press(&mut a, &["<C-s>"]);
    let Some(Row::Record(RecordRef::Person(id))) = a.selected_row() else { panic!("the new person") };
    assert_eq!(a.session.wb.people.get(id).unwrap().phonetic.as_str(), "きむ");
    // Editing someone with more written down opens with all of it shown.
    press(&mut a, &["e"]);
    assert!(a.form.as_ref().unwrap().visible(reading));
}

#[test]
fn a_part_of_a_name_links_the_only_match_and_several_open_the_pick_list_with_just_those() {
    let mut a = people(Lang::En);
    // An output with 渡辺 (by part of his name) and けん (by part of his reading).
    press(&mut a, &["3", "a", "Notes from the reading circle", "<Tab>", "<Tab>", "<Tab>", "渡辺", "<S-Tab>"]);
    assert_eq!(value_of(&a, output::F::People), "渡辺 健");
    press(&mut a, &["<C-s>"]);
    let o = a.session.wb.outputs.iter().next().expect("saved");
    assert_eq!(o.people, vec![person_id(&a, "渡辺 健")]);

    // An invitation from 田中: two fit, so the list opens with just those two.
    press(&mut a, &["4", "a", "Lunch", "<Tab>", "田中", "<Tab>"]);
    let p = a.form.as_ref().unwrap().picker.as_ref().expect("the pick list opened");
    let shown: Vec<String> = p.shown.iter().map(|&i| p.choices[i].name.clone()).collect();
    assert_eq!(shown.len(), 2, "{shown:?}");
    assert!(shown.iter().all(|n| n.starts_with("田中")), "{shown:?}");
    // j types into its query (nothing matches "j"); Ctrl-n moves, Enter chooses.
    press(&mut a, &["j"]);
    assert_eq!(a.form.as_ref().unwrap().picker.as_ref().unwrap().shown.len(), 0);
    press(&mut a, &["<BS>", "<C-n>", "<Enter>"]);
    let form = a.form.as_ref().unwrap();
    assert!(form.picker.is_none());
    let chosen = shown[1].clone();
    assert_eq!(value_of(&a, invitation::F::From), chosen);
    assert!(form.is_focused(invitation::F::Via), "on to where Tab was going");
    // Where it came through, by part of a community's name, then saved.
    press(&mut a, &["rust", "<C-s>"]);
    assert!(a.form.is_none(), "{:?}", a.message);
    let Some(Row::Record(RecordRef::Invitation(id))) = a.selected_row() else { panic!("the invitation") };
    let inv = a.session.wb.invitations.get(id).unwrap();
    assert_eq!(inv.from, Some(person_id(&a, &chosen)));
    assert!(inv.via.is_some());

    // Nothing fits: the field says so, and saving is refused.
    press(&mut a, &["a", "Dinner", "<Tab>", "佐藤", "<Tab>"]);
    let error = a.form.as_ref().unwrap().field(invitation::F::From).unwrap().error.clone();
    assert_eq!(
        error.as_deref(),
        Some("no person has \"佐藤\" in their name; press Ctrl-p to pick from the list, or add it first")
    );
    // A reading in katakana finds the reading in hiragana.
    press(&mut a, &["<S-Tab>"]);
    a.form.as_mut().unwrap().set_text(1, "ワタナベ");
    press(&mut a, &["<Tab>", "<C-s>"]);
    let Some(Row::Record(RecordRef::Invitation(id))) = a.selected_row() else { panic!("the invitation") };
    assert_eq!(a.session.wb.invitations.get(id).unwrap().from, Some(person_id(&a, "渡辺 健")));
}

#[test]
fn saving_a_part_that_fits_several_opens_the_pick_list_too() {
    let mut a = people(Lang::Ja);
    press(&mut a, &["4", "a", "ランチ"]);
    a.form.as_mut().unwrap().set_text(1, "田中");
    press(&mut a, &["<C-s>"]);
    let form = a.form.as_ref().expect("not saved yet");
    assert!(form.is_focused(invitation::F::From));
    assert_eq!(form.picker.as_ref().expect("the list").shown.len(), 2);
    press(&mut a, &["<Enter>", "<C-s>"]);
    assert!(a.form.is_none(), "{:?}", a.message);
}

#[test]
fn a_new_search_starts_empty() {
    let mut a = App::with_workbook(sample::workbook(20, 5, today()), PathBuf::from("w.ron"), Lang::Ja, today());
    // On the overview: search, keep it, search again — not 読書読書.
    press(&mut a, &["1", "/", "読書", "<Enter>", "1", "/"]);
    assert!(a.searching);
    assert_eq!(a.filters[Pane::All.index()], "");
    press(&mut a, &["読書"]);
    assert_eq!(a.filters[Pane::All.index()], "読書");
    // On a list too; Esc still drops a search, Enter still keeps it.
    press(&mut a, &["<Enter>", "7", "/", "a", "<Enter>"]);
    assert_eq!(a.filters[Pane::People.index()], "a");
    press(&mut a, &["/"]);
    assert_eq!(a.filters[Pane::People.index()], "");
}

#[test]
fn footers_say_what_a_key_does_on_that_list() {
    let add = |pane| Action::Add.help_on(Lang::En, Context::Normal, pane);
    assert_eq!(add(Pane::Assets), "take stock");
    assert_eq!(add(Pane::Tags), "add tag");
    assert_eq!(add(Pane::Map), "add person");
    assert_eq!(Action::Edit.help_on(Lang::En, Context::Normal, Pane::Assets), "rate it");
    assert_eq!(Action::Add.help_on(Lang::Ja, Context::Normal, Pane::Assets), "棚卸しをする");
    assert_eq!(Action::Add.help_on(Lang::Ja, Context::Normal, Pane::Outputs), "発信を追加");
    assert_eq!(Action::Search.help_on(Lang::En, Context::Normal, Pane::NextActions), "search everything");
    // In a form, the same key types.
    assert_eq!(Action::Save.help_on(Lang::En, Context::Form, Pane::Assets), "save");
}

#[test]
fn the_command_line_links_by_part_of_a_name_with_the_same_rule() {
    use tsunagari::cli::AddCommand;
    let mut wb = people(Lang::Ja).session.wb.clone();
    let invitation = |from: &str| {
        let args = ["tsunagari", "add", "invitation", "ランチ", "--from", from];
        let cli = <tsunagari::cli::Cli as clap::Parser>::try_parse_from(args).unwrap();
        match cli.command {
            Some(tsunagari::cli::Command::Add(add)) => add,
            _ => panic!("an add command"),
        }
    };
    let plan = |wb: &mut Workbook, cmd: AddCommand, lang| tsunagari::commands::add::plan(wb, cmd, lang, today());
    let (edit, _) = plan(&mut wb, invitation("渡辺"), Lang::Ja).expect("one person fits 渡辺");
    let Some(Change::Put(Record::Invitation(i))) = edit.last() else { panic!("an invitation") };
    assert_eq!(i.from, wb.person_named("渡辺 健").ok());
    let several = plan(&mut wb, invitation("田中"), Lang::En).unwrap_err();
    assert!(several.contains("\"田中\" fits 2 people: 田中 翔 (#"), "{several}");
    assert!(several.contains("田中 美咲 (#"), "{several}");
    let none = plan(&mut wb, invitation("佐藤"), Lang::Ja).unwrap_err();
    assert!(none.contains("佐藤"), "{none}");
}
