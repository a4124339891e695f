//! Screens as text: every tab in Japanese and English, at 80x24 and 40x12, drawn with ratatui's
//! TestBackend from the sample workbook on a fixed day. A change to any screen shows up as a
//! snapshot diff (review with `cargo insta review`, or INSTA_UPDATE=always to rewrite).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

use std::path::PathBuf;

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use strum::IntoEnumIterator;
use tsunagari::app::{Action, App, Tab};
use tsunagari::i18n::Lang;
use tsunagari::model::{Decision, Workbook, sample};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
}

fn app(lang: Lang) -> App {
    let wb = sample::workbook(60, 7, today());
    App::with_workbook(wb, PathBuf::from("/home/me/workbook.ron"), lang, today())
}

/// One frame of `app` at `w`x`h`; the app takes in what the frame found out (click areas,
/// scroll limits), as it does in the event loop.
fn draw(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    tsunagari::ui::draw(&mut t, app).expect("draw");
    t
}

#[test]
fn every_tab_in_both_languages_at_both_sizes() {
    for lang in [Lang::Ja, Lang::En] {
        for (w, h) in [(80, 24), (40, 12)] {
            for tab in Tab::iter() {
                let mut a = app(lang);
                a.update(Action::GoTab(tab));
                let name = format!("{}_{:?}_{w}x{h}", lang.code(), tab).to_lowercase();
                insta::assert_snapshot!(name, draw(&mut a, w, h).backend());
            }
        }
    }
}

#[test]
fn second_lists_of_a_tab() {
    for lang in [Lang::Ja, Lang::En] {
        let mut a = app(lang);
        a.update(Action::GoTab(Tab::Outputs));
        a.update(Action::NextPane);
        insta::assert_snapshot!(format!("{}_tags_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        a.update(Action::NextPane);
        insta::assert_snapshot!(format!("{}_introductions_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        a.update(Action::GoTab(Tab::Assets));
        a.update(Action::NextPane);
        insta::assert_snapshot!(format!("{}_stocktakes_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        // The overview opens on this week; its second list is the next small actions.
        a.update(Action::GoTab(Tab::Overview));
        a.update(Action::NextPane);
        insta::assert_snapshot!(format!("{}_next_actions_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        insta::assert_snapshot!(format!("{}_next_actions_40x12", lang.code()), draw(&mut a, 40, 12).backend());
        // Then the months of change.
        a.update(Action::NextPane);
        insta::assert_snapshot!(format!("{}_months_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        insta::assert_snapshot!(format!("{}_months_40x12", lang.code()), draw(&mut a, 40, 12).backend());
    }
}

#[test]
fn this_week_is_taken_ticked_written_undone_and_logged() {
    use tsunagari::app::rows::Row;
    use tsunagari::model::ColumnStep;
    for lang in [Lang::Ja, Lang::En] {
        let mut a = app(lang);
        assert_eq!(a.pane(), tsunagari::app::Pane::Week, "the overview opens on this week");
        // A week done before this one reads as a plain log.
        let last_week = a.today - chrono::Days::new(7);
        let week = tsunagari::model::week::monday(last_week);
        let done = tsunagari::model::WeekStep {
            week: Some(week),
            step: ColumnStep::Answer,
            text: tsunagari::model::Text::from("LT の依頼に返事をした"),
            about: None,
            done: Some(last_week),
        };
        let change = tsunagari::model::Change::Week { week, step: ColumnStep::Answer, value: Some(done) };
        a.session.apply(vec![change], String::new()).expect("applies");
        a.update(Action::Top); // the rows follow the change
        // The sample first asks how an invitation went (tests/afterwards.rs); the steps follow.
        if matches!(a.selected_row(), Some(Row::Afterwards(_))) {
            a.update(Action::Down);
        }
        // Show up: take what is proposed, then mark it done.
        let offered = a.offered(ColumnStep::ShowUp).expect("the sample proposes somewhere to go");
        a.update(Action::TakeStep);
        let taken = a.taken(ColumnStep::ShowUp).cloned().expect("taken");
        assert_eq!(taken.about, Some(offered.about()));
        a.update(Action::TickStep);
        assert_eq!(a.taken(ColumnStep::ShowUp).and_then(|s| s.done), Some(a.today));
        // Be seen: another proposal, then one's own words instead.
        a.update(Action::Down);
        assert_eq!(a.selected_row(), Some(Row::Week(ColumnStep::MakeVisible)));
        let first = a.offered(ColumnStep::MakeVisible);
        a.update(Action::OtherProposal);
        if a.figures().week.proposals[1].len() > 1 {
            assert_ne!(a.offered(ColumnStep::MakeVisible), first, "o shows the next proposal");
        }
        a.update(Action::Edit);
        type_keys(&mut a, "読書会の感想を書く");
        a.update(Action::Save);
        assert_eq!(a.taken(ColumnStep::MakeVisible).map(|s| s.text.to_string()).as_deref(), Some("読書会の感想を書く"));
        insta::assert_snapshot!(format!("{}_week_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        insta::assert_snapshot!(format!("{}_week_40x12", lang.code()), draw(&mut a, 40, 12).backend());
        // u takes the last step back; d empties a slot.
        a.update(Action::Undo);
        assert!(a.taken(ColumnStep::MakeVisible).is_none(), "undo takes the written step back");
        a.update(Action::Up);
        a.update(Action::Delete);
        assert!(a.taken(ColumnStep::ShowUp).is_none(), "d empties the slot, no question asked");
        a.update(Action::Undo);
        assert_eq!(a.taken(ColumnStep::ShowUp).and_then(|s| s.done), Some(a.today), "and u brings it back, ticked");
    }
}

#[test]
fn the_value_filter_in_both_languages_at_both_sizes() {
    for lang in [Lang::Ja, Lang::En] {
        for (w, h) in [(80, 24), (40, 12), (120, 30)] {
            let mut a = app(lang);
            a.update(Action::GoTab(Tab::Values));
            a.update(Action::NextPane);
            insta::assert_snapshot!(format!("{}_value_filter_{w}x{h}", lang.code()), draw(&mut a, w, h).backend());
        }
        let mut a = app(lang);
        a.update(Action::GoTab(Tab::Values));
        a.update(Action::NextPane);
        a.update(Action::Decide(Decision::Declined));
        insta::assert_snapshot!(format!("{}_decide_form_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        // No final values: the filter says what to do first.
        let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), lang, today());
        a.update(Action::GoTab(Tab::Values));
        a.update(Action::NextPane);
        insta::assert_snapshot!(format!("{}_value_filter_empty_80x24", lang.code()), draw(&mut a, 80, 24).backend());
    }
}

#[test]
fn the_network_map_in_both_languages_at_three_sizes() {
    for lang in [Lang::Ja, Lang::En] {
        for (w, h) in [(80, 24), (40, 12), (120, 30)] {
            let mut a = app(lang);
            a.update(Action::GoTab(Tab::People));
            a.update(Action::NextPane);
            // A person selected: their ring, name and the links to their other communities.
            a.update(Action::Down);
            a.update(Action::Down);
            insta::assert_snapshot!(format!("{}_network_map_{w}x{h}", lang.code()), draw(&mut a, w, h).backend());
        }
        let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), lang, today());
        a.update(Action::GoTab(Tab::People));
        a.update(Action::NextPane);
        insta::assert_snapshot!(format!("{}_network_map_empty_80x24", lang.code()), draw(&mut a, 80, 24).backend());
    }
}

#[test]
fn the_network_map_pages_a_big_network() {
    // About 300 people in 40-odd communities: a page of communities, counts on the labels.
    let wb = sample::workbook(800, 7, today());
    assert!(wb.people.len() >= 300, "{}", wb.people.len());
    let mut a = App::with_workbook(wb, PathBuf::from("w.ron"), Lang::Ja, today());
    a.update(Action::GoTab(Tab::People));
    a.update(Action::NextPane);
    for _ in 0..9 {
        a.update(Action::PageDown);
    }
    insta::assert_snapshot!("ja_network_map_300_people_80x24", draw(&mut a, 80, 24).backend());
}

#[test]
fn the_assets_lists_at_both_sizes() {
    for lang in [Lang::Ja, Lang::En] {
        for (w, h) in [(80, 24), (40, 12)] {
            let mut a = app(lang);
            a.update(Action::GoTab(Tab::Assets));
            for name in ["assets", "stocktakes", "reflections"] {
                insta::assert_snapshot!(format!("{}_{name}_list_{w}x{h}", lang.code()), draw(&mut a, w, h).backend());
                a.update(Action::NextPane);
            }
        }
    }
}

#[test]
fn overlays_help_detail_and_confirm() {
    for lang in [Lang::Ja, Lang::En] {
        let mut a = app(lang);
        a.update(Action::Help);
        insta::assert_snapshot!(format!("{}_help_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        a.update(Action::Close);
        a.update(Action::GoTab(Tab::People));
        a.update(Action::Open);
        insta::assert_snapshot!(format!("{}_detail_40x12", lang.code()), draw(&mut a, 40, 12).backend());
        a.update(Action::Close);
        a.update(Action::Delete);
        insta::assert_snapshot!(format!("{}_confirm_80x24", lang.code()), draw(&mut a, 80, 24).backend());
    }
}

#[test]
fn the_help_says_how_ties_and_bridges_are_counted_and_where_the_mutual_zone_comes_from() {
    for lang in [Lang::Ja, Lang::En] {
        let mut a = app(lang);
        a.update(Action::Help);
        let headings = match lang {
            Lang::Ja => [("tie_rules", "繋がりの強さと橋渡しの決め方"), ("mutual_rules", "「ほどよく弱い」ゾーン")],
            Lang::En => [("tie_rules", "How tie strength and bridges"), ("mutual_rules", "The moderately weak zone")],
        };
        for (name, heading) in headings {
            // Scroll until the section's heading is the first line inside the help's border.
            let at = (0..400u16).find(|&scroll| {
                a.overlay = Some(tsunagari::app::Overlay::Help { scroll });
                let t = draw(&mut a, 80, 24);
                let row: String = (0..80).map(|x| t.backend().buffer()[(x, 2)].symbol().to_owned()).collect();
                // Wide characters leave a blank cell after them: compare without spaces.
                row.replace(' ', "").contains(&heading.replace(' ', ""))
            });
            assert!(at.is_some(), "{lang:?}: the help has {heading:?}");
            insta::assert_snapshot!(format!("{}_help_{name}_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        }
    }
}

#[test]
fn an_empty_workbook_and_a_too_small_window() {
    let mut a = App::with_workbook(Default::default(), PathBuf::from("w.ron"), Lang::Ja, today());
    a.update(Action::GoTab(Tab::People));
    insta::assert_snapshot!("ja_empty_people_80x24", draw(&mut a, 80, 24).backend());
    let text = format!("{}", draw(&mut a, 30, 8).backend());
    assert!(text.contains("ウィンドウが小さすぎます"), "{text}");
}

#[test]
fn ascii_borders_leave_no_ambiguous_width_characters() {
    let mut a = app(Lang::Ja);
    a.ascii_flag = true;
    let mut screens: Vec<(String, String)> = Vec::new();
    for tab in Tab::iter() {
        a.update(Action::GoTab(tab));
        screens.push((format!("{tab:?}"), format!("{}", draw(&mut a, 80, 24).backend())));
    }
    // The map, with a person selected (its line under the map).
    a.update(Action::GoTab(Tab::People));
    a.update(Action::NextPane);
    a.update(Action::Down);
    screens.push(("map".to_owned(), format!("{}", draw(&mut a, 80, 24).backend())));
    for (tab, text) in screens {
        let bad: Vec<char> = text
            .chars()
            .filter(|c| matches!(*c as u32, 0x2500..=0x257F | 0x2190..=0x21FF | 0x2026 | 0x00B7 | 0x25A0..=0x25FF))
            .collect();
        assert!(bad.is_empty(), "{tab:?} draws ambiguous-width characters {bad:?}");
        assert!(text.contains('+') && text.contains('|'), "{tab:?} has no ASCII frame");
    }
}

#[test]
fn japanese_rows_line_up_at_the_right_border() {
    // Every line of the screen must be exactly as wide as the terminal: a double-width
    // character drawn one cell off would push the right border.
    let mut a = app(Lang::Ja);
    a.update(Action::GoTab(Tab::People));
    let t = draw(&mut a, 80, 24);
    let buf = t.backend().buffer();
    for y in 2..buf.area.height - 3 {
        let cell = &buf[(79, y)];
        assert_eq!(cell.symbol(), "│", "row {y} does not end at the border");
    }
}

#[test]
fn forms_with_an_error_in_both_languages_at_both_sizes() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for lang in [Lang::Ja, Lang::En] {
        for (w, h) in [(80, 24), (40, 12)] {
            let mut a = app(lang);
            a.update(Action::GoTab(Tab::People));
            a.update(Action::Add);
            // Ctrl-s on an empty form: the name is required.
            a.update(Action::Save);
            for c in "佐藤 美咲".chars() {
                a.update(Action::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
            }
            insta::assert_snapshot!(format!("{}_person_form_{w}x{h}", lang.code()), draw(&mut a, w, h).backend());
        }
        let mut a = app(lang);
        a.update(Action::GoTab(Tab::Communities));
        a.update(Action::Edit);
        insta::assert_snapshot!(format!("{}_community_form_80x24", lang.code()), draw(&mut a, 80, 24).backend());
    }
}

#[test]
fn the_person_form_first_page_and_its_tie_choices() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |c: KeyCode| Action::Input(KeyEvent::new(c, KeyModifiers::NONE));
    for lang in [Lang::Ja, Lang::En] {
        for (w, h) in [(80, 24), (40, 12)] {
            let mut a = app(lang);
            a.update(Action::GoTab(Tab::People));
            a.update(Action::Add);
            for c in "小林 さくら".chars() {
                a.update(key(KeyCode::Char(c)));
            }
            // Past the place met to how often you meet: a digit chooses the level, and the
            // field says what the dimension means while it has the focus.
            a.update(Action::NextField);
            a.update(Action::NextField);
            a.update(key(KeyCode::Char('3')));
            a.update(Action::NextField);
            a.update(key(KeyCode::Right));
            a.update(key(KeyCode::Right));
            let name = format!("{}_person_ties_{w}x{h}", lang.code());
            insta::assert_snapshot!(name, draw(&mut a, w, h).backend());
        }
        // "More" shows the rest, below the first page; nothing typed is lost.
        let mut a = app(lang);
        a.update(Action::GoTab(Tab::People));
        a.update(Action::Add);
        for _ in 0..7 {
            a.update(Action::NextField);
        }
        a.update(key(KeyCode::Enter));
        insta::assert_snapshot!(format!("{}_person_more_80x24", lang.code()), draw(&mut a, 80, 24).backend());
    }
}

#[test]
fn every_form_in_both_languages() {
    for lang in [Lang::Ja, Lang::En] {
        for (name, tab, pane_steps, action) in [
            ("value", Tab::Values, 0, Action::Add),
            ("tag", Tab::Outputs, 1, Action::Add),
            ("output", Tab::Outputs, 0, Action::Edit),
            ("introduction", Tab::Outputs, 2, Action::Edit),
            ("invitation", Tab::Invitations, 0, Action::Edit),
            ("contact", Tab::People, 0, Action::LogContact),
            ("stocktake", Tab::Assets, 1, Action::Edit),
            ("reflection", Tab::Assets, 2, Action::Edit),
            ("asset", Tab::Assets, 0, Action::Edit),
        ] {
            let mut a = app(lang);
            a.update(Action::GoTab(tab));
            for _ in 0..pane_steps {
                a.update(Action::NextPane);
            }
            a.update(action);
            assert!(a.form.is_some(), "{name}");
            insta::assert_snapshot!(format!("{}_{name}_form_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        }
    }
}

#[test]
fn the_pick_list_in_both_languages_at_both_sizes_with_the_cursor_after_the_query() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for lang in [Lang::Ja, Lang::En] {
        for (w, h) in [(80, 24), (40, 12)] {
            let mut a = app(lang);
            a.update(Action::GoTab(Tab::Outputs));
            a.update(Action::Edit);
            a.form.as_mut().expect("form").focus = 5;
            a.update(Action::Pick);
            a.update(Action::Choose);
            for c in "佐".chars() {
                a.update(Action::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
            }
            let mut t = draw(&mut a, w, h);
            let pos = t.get_cursor_position().expect("cursor");
            let buf = t.backend().buffer().clone();
            assert_eq!(buf[(pos.x - 2, pos.y)].symbol(), "佐", "the cursor follows the typed query");
            insta::assert_snapshot!(format!("{}_pick_list_{w}x{h}", lang.code()), t.backend());
        }
    }
}

#[test]
fn the_cursor_sits_after_the_last_typed_character() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut a = app(Lang::Ja);
    a.update(Action::GoTab(Tab::Values));
    a.update(Action::Add);
    for c in "自由 free".chars() {
        a.update(Action::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
    }
    let mut t = draw(&mut a, 80, 24);
    let pos = t.get_cursor_position().expect("cursor");
    let buf = t.backend().buffer().clone();
    // The text starts where the input column starts; the cursor is 9 cells further
    // ("自由" is 4 cells, " free" 5).
    let row: String = (0..80).map(|x| buf[(x, pos.y)].symbol().to_owned()).collect();
    let start = (0..80u16).find(|&x| buf[(x, pos.y)].symbol() == "自").expect("typed text on the cursor row");
    assert_eq!(pos.x, start + 9, "row: {row}");
}

#[test]
fn the_mouse_clicks_tabs_and_rows_and_the_wheel_scrolls() {
    use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let click = |column, row| MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    let mut a = app(Lang::En);
    let t = draw(&mut a, 120, 30);
    let top: String = (0..120).map(|x| t.backend().buffer()[(x, 0)].symbol().to_owned()).collect();
    let people_x = top.find("7:People").expect("the People tab is drawn") as u16;
    assert!(a.mouse(click(people_x + 2, 0)));
    assert_eq!(a.tab, Tab::People);
    draw(&mut a, 120, 30);
    // Row 6 of the screen is the second data row (tab bar, border, the read-out and its source,
    // header first).
    assert!(a.mouse(click(5, 6)));
    assert_eq!(a.list(tsunagari::app::Pane::People).selected, 1);
    draw(&mut a, 120, 30);
    assert!(a.mouse(click(5, 6)));
    assert!(matches!(a.overlay, Some(tsunagari::app::Overlay::Detail { .. })), "a click on the chosen row opens it");
    a.update(Action::Close);
    draw(&mut a, 120, 30);
    assert!(a.mouse(MouseEvent { kind: MouseEventKind::ScrollDown, column: 5, row: 6, modifiers: KeyModifiers::NONE }));
    assert_eq!(a.list(tsunagari::app::Pane::People).selected, 4);
    a.update(Action::ToggleMouse);
    assert!(!a.mouse(click(5, 5)), "off means off");
}

#[test]
fn every_walkthrough_chapter_in_both_languages() {
    use tsunagari::app::walkthrough::Chapter;
    for lang in [Lang::Ja, Lang::En] {
        // The sample workbook: values exist, so the value questions are there to show.
        let mut a = app(lang);
        a.open_walkthrough();
        for chapter in Chapter::iter() {
            let name = format!("{}_walkthrough_{}_{:?}", lang.code(), chapter.index() + 1, chapter).to_lowercase();
            insta::assert_snapshot!(format!("{name}_idea_80x24"), draw(&mut a, 80, 24).backend());
            // Its first question (or the card sort, the summary).
            a.update(Action::Save);
            insta::assert_snapshot!(format!("{name}_ask_80x24"), draw(&mut a, 80, 24).backend());
            // The smallest window: the card sort, and a question whose field must show.
            if matches!(chapter, Chapter::Values | Chapter::Ties | Chapter::Communities) {
                insta::assert_snapshot!(format!("{name}_ask_40x12"), draw(&mut a, 40, 12).backend());
            }
            // PgDn skips page by page to the next chapter.
            for _ in 0..40 {
                if a.walk.as_ref().is_none_or(|w| w.chapter != chapter) {
                    break;
                }
                a.update(Action::PageDown);
            }
        }
        // The ranking page, with two picked.
        let mut a = app(lang);
        a.open_walkthrough();
        a.update(Action::NextPane);
        a.update(Action::Save);
        for pile in [1, 1, 1, 2] {
            a.update(Action::Pile(pile));
        }
        for _ in 4..tsunagari::model::cards::CARDS.len() {
            a.update(Action::Pile(3));
        }
        a.update(Action::Mark);
        a.update(Action::Down);
        a.update(Action::Mark);
        insta::assert_snapshot!(format!("{}_walkthrough_ranking_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        insta::assert_snapshot!(format!("{}_walkthrough_ranking_40x12", lang.code()), draw(&mut a, 40, 12).backend());
    }
}

#[test]
fn invisible_characters_from_a_file_never_shift_a_row_or_its_border() {
    // Zero-width characters, direction marks and line separators, written into the file by some
    // other program, are removed as the file is read; the rows that held them line up.
    let text = "(people: [\
        (id: 1, name: \"佐\\u{200b}藤\\u{200d}美咲\\u{200e}\", field: \"\\u{2060}デザイン\\u{feff}\", notes: \"一行目\\u{2028}二行目\"),\
        (id: 2, name: \"\\u{202e}Sato\\u{200f} Misaki\\u{61c}\", field: \"design\\u{2029}\"),\
        (id: 3, name: \"田中 翔\", field: \"営業\"),\
    ])";
    let wb = tsunagari::store::format::parse(text.as_bytes()).expect("parses").workbook;
    let invisible = ['\u{200b}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{2060}', '\u{feff}', '\u{2028}', '\u{61c}'];
    for person in wb.people.iter() {
        assert!(!person.name.chars().any(|c| invisible.contains(&c)), "{:?}", person.name.as_str());
    }
    assert_eq!(wb.people.iter().next().expect("one").notes.as_str(), "一行目\n二行目");
    for lang in [Lang::Ja, Lang::En] {
        let mut a = App::with_workbook(wb.clone(), PathBuf::from("/home/me/workbook.ron"), lang, today());
        a.update(Action::GoTab(Tab::People));
        let t = draw(&mut a, 80, 24);
        let buf = t.backend().buffer();
        for y in 2..buf.area.height - 3 {
            assert_eq!(buf[(79, y)].symbol(), "│", "row {y} does not end at the border");
        }
        insta::assert_snapshot!(format!("{}_invisible_characters_80x24", lang.code()), t.backend());
    }
}

/// Types `text` into the app as keys.
fn type_keys(a: &mut App, text: &str) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for c in text.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        let action = a.action_for(&key).expect("a key");
        a.update(action);
    }
}

fn enter(a: &mut App) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let action = a.action_for(&KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)).expect("a key");
    a.update(action);
}

/// PgDn page by page (as a reader skipping) to the idea of `chapter`.
fn to_chapter(a: &mut App, chapter: tsunagari::app::walkthrough::Chapter) {
    for _ in 0..40 {
        if a.walk.as_ref().is_some_and(|w| w.chapter == chapter) {
            return;
        }
        a.update(Action::PageDown);
    }
    panic!("{chapter:?} not reached");
}

#[test]
fn the_walkthrough_asks_what_it_used_to_assume() {
    use tsunagari::app::walkthrough::{Chapter, Step};
    for lang in [Lang::Ja, Lang::En] {
        let mut a = app(lang);
        a.open_walkthrough();
        let step = |a: &App| a.walk.as_ref().unwrap().current(&a.session.wb);
        // Step 1: a community's status, after its name and kind.
        a.update(Action::NextPane);
        a.update(Action::NextPane);
        a.update(Action::Save);
        assert_eq!(step(&a), Step::Interests, "my own interests first");
        enter(&mut a);
        type_keys(&mut a, "朝の読書会");
        enter(&mut a);
        enter(&mut a);
        assert_eq!(step(&a), Step::CommunityStatus(1));
        insta::assert_snapshot!(
            format!("{}_walkthrough_community_status_80x24", lang.code()),
            draw(&mut a, 80, 24).backend()
        );
        insta::assert_snapshot!(
            format!("{}_walkthrough_community_status_40x12", lang.code()),
            draw(&mut a, 40, 12).backend()
        );
        // Step 2: the first output's channel, then its tags.
        to_chapter(&mut a, Chapter::Outputs);
        a.update(Action::Save);
        enter(&mut a); // no new tags
        type_keys(&mut a, "three lines on the meetup");
        enter(&mut a);
        assert_eq!(step(&a), Step::OutputChannel);
        insta::assert_snapshot!(
            format!("{}_walkthrough_output_channel_80x24", lang.code()),
            draw(&mut a, 80, 24).backend()
        );
        type_keys(&mut a, "2");
        assert_eq!(step(&a), Step::OutputTags, "one key answered");
        insta::assert_snapshot!(
            format!("{}_walkthrough_output_tags_80x24", lang.code()),
            draw(&mut a, 80, 24).backend()
        );
        // Step 3: whether the invitation really came.
        to_chapter(&mut a, Chapter::Invitation);
        a.update(Action::Save);
        type_keys(&mut a, "a 10-minute talk");
        enter(&mut a);
        assert_eq!(step(&a), Step::InviteReceived);
        insta::assert_snapshot!(
            format!("{}_walkthrough_invite_received_80x24", lang.code()),
            draw(&mut a, 80, 24).backend()
        );
        insta::assert_snapshot!(
            format!("{}_walkthrough_invite_received_40x12", lang.code()),
            draw(&mut a, 40, 12).backend()
        );
    }
}

#[test]
fn intentions_show_apart_from_deeds() {
    use tsunagari::model::*;
    for lang in [Lang::Ja, Lang::En] {
        let mut wb = sample::workbook(60, 7, today());
        // A planned introduction whose day to make it has come, and a practice invitation.
        let people: Vec<PersonId> = wb.people.iter().take(2).map(|p| p.id).collect();
        let planned = Introduction {
            first: Some(people[0]),
            second: Some(people[1]),
            status: IntroStatus::Planned,
            follow_up: NaiveDate::from_ymd_opt(2026, 11, 20),
            ..Default::default()
        };
        let practice = Invitation {
            what: Text::from("A 10-minute talk at a friend's meetup"),
            decision: Decision::Accepted,
            practice: true,
            ..Default::default()
        };
        for record in [Record::Introduction(planned), Record::Invitation(practice)] {
            let (edit, _) = rules::add(&mut wb, record, today()).expect("allowed");
            wb.apply(edit).expect("applies");
        }
        let mut a = App::with_workbook(wb, PathBuf::from("/home/me/workbook.ron"), lang, today());
        a.update(Action::GoTab(Tab::Outputs));
        a.update(Action::NextPane);
        a.update(Action::NextPane);
        insta::assert_snapshot!(format!("{}_planned_introduction_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        a.update(Action::Add);
        insta::assert_snapshot!(format!("{}_new_introduction_form_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        a.update(Action::Close);
        a.update(Action::GoTab(Tab::Invitations));
        insta::assert_snapshot!(format!("{}_practice_invitation_80x24", lang.code()), draw(&mut a, 80, 24).backend());
    }
}

#[test]
fn a_visit_is_logged_from_the_communities_list() {
    for lang in [Lang::Ja, Lang::En] {
        let mut a = app(lang);
        a.update(Action::GoTab(Tab::Communities));
        let community = match a.selected_row() {
            Some(tsunagari::app::rows::Row::Record(tsunagari::model::RecordRef::Community(c))) => c,
            other => panic!("a community is selected: {other:?}"),
        };
        a.update(Action::LogContact);
        insta::assert_snapshot!(format!("{}_visit_form_80x24", lang.code()), draw(&mut a, 80, 24).backend());
        insta::assert_snapshot!(format!("{}_visit_form_40x12", lang.code()), draw(&mut a, 40, 12).backend());
        type_keys(&mut a, "発表を聞いた");
        a.update(Action::NextField);
        a.update(Action::NextField);
        type_keys(&mut a, "森 葵");
        a.update(Action::Save);
        assert!(
            a.form.is_none(),
            "saved: {:?}",
            a.form.as_ref().map(|f| f.fields.iter().map(|x| x.error.clone()).collect::<Vec<_>>())
        );
        let c = a.session.wb.communities.get(community).expect("there");
        assert_eq!(c.visits.len(), 1);
        assert_eq!(c.last_visit, Some(a.today));
        assert!(a.session.wb.person_named("森 葵").is_ok(), "met there for the first time");
    }
}

#[test]
fn the_assets_names_are_never_cut_at_100_columns() {
    use tsunagari::i18n::Label;
    for lang in [Lang::Ja, Lang::En] {
        let mut a = app(lang);
        a.update(Action::GoTab(Tab::Assets));
        let screen = draw(&mut a, 100, 30).backend().to_string();
        for kind in <tsunagari::model::AssetKind as IntoEnumIterator>::iter() {
            assert!(screen.contains(kind.label(lang)), "{} is cut:\n{screen}", kind.label(lang));
        }
    }
}
