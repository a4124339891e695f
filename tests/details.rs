//! Small things that read wrong, one test each: a finished walkthrough reopens at its summary;
//! an empty list names the `tsunagari add` command that exists for it; the Japanese verdicts read
//! naturally; an introduction without a day keeps the Markdown list whole; every export writes a
//! rating's history with the same arrow; an introduction says who introduced whom in the list,
//! the detail and every summary alike. (The map's marks: `ui::map`'s unit tests.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

use std::path::PathBuf;

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tsunagari::app::walkthrough::{Chapter, Step};
use tsunagari::app::{Action, App, Pane, Tab};
use tsunagari::export::{self, Format};
use tsunagari::i18n::Lang;
use tsunagari::model::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// The screen at `w`x`h` as text, one line a row (wide characters once).
fn screen(app: &mut App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    tsunagari::ui::draw(&mut t, app).unwrap();
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let mut skip = 0;
        for x in 0..w {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            out.push_str(sym);
        }
        out.push('\n');
    }
    out
}

#[test]
fn a_finished_walkthrough_reopens_at_its_summary_with_the_chapters_to_choose_from() {
    let mut wb = Workbook::default();
    let finished_on = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    // As the summary's Enter leaves it: back at chapter 0, question 0, with the day it ended.
    wb.walkthrough.started = Some(finished_on);
    wb.walkthrough.completed = Some(finished_on);
    wb.walkthrough.finished = (0..7).collect();
    for lang in [Lang::Ja, Lang::En] {
        let mut a = App::with_workbook(wb.clone(), PathBuf::from("w.ron"), lang, today());
        a.update(Action::Walkthrough);
        let walk = a.walk.clone().expect("open");
        assert!(walk.welcome_back, "{lang:?}: it greets first");
        assert_eq!(walk.chapter, Chapter::Summary, "{lang:?}");
        let (done, all) = walk.progress(&a.session.wb);
        assert_eq!(done, all, "{lang:?}: every page is behind, not 0/{all}");
        let text = screen(&mut a, 80, 24);
        assert!(text.contains(&format!("{all}/{all}")), "{text}");
        assert!(!text.contains(&format!(" 0/{all}")), "{text}");
        assert!(text.contains("2026-11-02"), "the day it was finished: {text}");
        let (welcome, summary) = match lang {
            Lang::Ja => ("終えています", "まとめ"),
            Lang::En => ("You finished", "Summary"),
        };
        assert!(text.contains(welcome) && text.contains(summary), "{text}");
        assert!(!text.contains("から続けます") && !text.contains("continue with"), "{text}");
        // [ chooses an earlier chapter; Enter opens the one chosen.
        a.update(Action::PrevPane);
        assert_eq!(a.walk.as_ref().unwrap().chapter, Chapter::Assets);
        a.update(Action::NextPane);
        a.update(Action::Save);
        let walk = a.walk.as_ref().unwrap();
        assert!(!walk.welcome_back);
        assert_eq!(walk.current(&a.session.wb), Step::Summary);
    }
    // One not finished still offers to continue where it was.
    let mut wb = Workbook::default();
    wb.walkthrough.started = Some(today());
    wb.walkthrough.chapter = 2;
    let mut a = App::with_workbook(wb, PathBuf::from("w.ron"), Lang::Ja, today());
    a.update(Action::Walkthrough);
    assert_eq!(a.walk.as_ref().unwrap().chapter, Chapter::Communities);
    assert!(screen(&mut a, 80, 24).contains("から続けます"));
}

#[test]
fn an_empty_list_names_a_command_that_exists() {
    let bin = env!("CARGO_BIN_EXE_tsunagari");
    for kind in <RecordKind as strum::IntoEnumIterator>::iter() {
        let Some(command) = kind.add_command() else { continue };
        let out = std::process::Command::new(bin).args(["add", command, "--help"]).output().unwrap();
        assert!(out.status.success(), "tsunagari add {command}: {}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(RecordKind::Stocktake.add_command(), None, "taken in the app");
    for lang in [Lang::Ja, Lang::En] {
        let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), lang, today());
        a.update(Action::GoTab(Tab::Assets));
        while a.pane() != Pane::Reflections {
            a.update(Action::NextPane);
        }
        let text = screen(&mut a, 120, 30);
        assert!(text.contains("tsunagari add reflection"), "{lang:?}: {text}");
        a.update(Action::PrevPane);
        assert_eq!(a.pane(), Pane::Stocktakes);
        let text = screen(&mut a, 80, 24);
        assert!(!text.contains("tsunagari add"), "{lang:?}: no command takes stock: {text}");
    }
}

#[test]
fn the_japanese_verdicts_read_as_words_not_as_a_comparison() {
    let wb = sample::workbook(60, 7, today());
    let mut a = App::with_workbook(wb, PathBuf::from("w.ron"), Lang::Ja, today());
    a.update(Action::GoTab(Tab::Values));
    a.update(Action::NextPane);
    assert_eq!(a.pane(), Pane::Filter);
    let text = screen(&mut a, 100, 30);
    assert!(text.contains("通過") && text.contains("未達"), "{text}");
    // `+2 未満` read as "less than +2", as if the score were compared with the number before it.
    assert!(!text.contains("未満"), "{text}");
}

fn introduction(wb: &Workbook, date: Option<NaiveDate>, first: Option<PersonId>, second: Option<PersonId>) -> Change {
    let mut ids = wb.new_ids();
    Change::Put(Record::Introduction(Introduction {
        id: ids.take(),
        date,
        direction: IntroDirection::Given,
        status: IntroStatus::Made,
        follow_up: None,
        first,
        second,
        why: Text::from("1. 同じ関心"),
        outcome: Text::default(),
    }))
}

#[test]
fn an_introduction_without_a_day_keeps_the_markdown_list_whole() {
    let mut wb = Workbook::default();
    let mut ids = wb.new_ids();
    let (a, b): (PersonId, PersonId) = (ids.take(), ids.take());
    let mut changes = Vec::new();
    for (id, name) in [(a, "1. 田中"), (b, "- 佐藤")] {
        changes.push(Change::Put(Record::Person(Person { id, name: Text::from(name), ..Person::default() })));
    }
    wb.apply(changes).unwrap();
    let undated = introduction(&wb, None, Some(a), Some(b));
    wb.apply(vec![undated]).unwrap();
    let nobody = introduction(&wb, None, None, Some(b));
    wb.apply(vec![nobody]).unwrap();
    for lang in [Lang::Ja, Lang::En] {
        let s = export::summary(&wb, today(), lang, false);
        let md = export::render(Format::Markdown, &s, lang);
        let heading = format!("### {}", if lang == Lang::Ja { "紹介" } else { "Introductions" });
        let section: Vec<&str> =
            md.lines().skip_while(|l| !l.starts_with(&heading)).skip(2).take_while(|l| !l.is_empty()).collect();
        assert_eq!(section.iter().filter(|l| l.starts_with("- ")).count(), 2, "{lang:?}:\n{md}");
        for line in &section {
            assert!(line.starts_with("- ") || line.starts_with("  - "), "{lang:?}: {line:?}\n{md}");
            // After the marker, nothing that starts a list, a heading or a numbered list of its own.
            let body = line.trim_start().trim_start_matches("- ");
            assert!(!body.starts_with(['-', '+', '*', '#', '>']), "{lang:?}: {line:?}");
            let digits = body.chars().take_while(char::is_ascii_digit).count();
            assert!(!(digits > 0 && body[digits..].starts_with(['.', ')'])), "{lang:?}: {line:?}");
        }
    }
}

#[test]
fn every_export_writes_a_rating_history_with_the_same_arrow() {
    let wb = sample::workbook(60, 7, today());
    let s = export::summary(&wb, today(), Lang::En, false);
    let history = s.assets.iter().find(|a| a.history.len() > 1).expect("an asset rated more than once");
    let line = history.history.iter().map(|r| r.map_or("-".to_owned(), |r| r.to_string())).collect::<Vec<_>>();
    let arrowed = line.join(" → ");
    for format in [Format::Markdown, Format::Html, Format::Text] {
        let out = export::render(format, &s, Lang::En);
        assert!(out.contains(&arrowed), "{format:?} lacks {arrowed:?}");
        assert!(!out.contains(&line.join(" > ")), "{format:?} still uses >");
    }
}

#[test]
fn the_card_sort_counters_are_not_drawn_over_at_40x12() {
    let mut a = App::with_workbook(Workbook::default(), PathBuf::from("w.ron"), Lang::Ja, today());
    a.update(Action::Walkthrough);
    a.update(Action::NextPane); // the values chapter
    a.update(Action::PageDown); // the card sort
    assert_eq!(a.walk.as_ref().unwrap().current(&a.session.wb), Step::Sort);
    a.update(Action::Pile(1));
    a.update(Action::Pile(3));
    let counters = ["1 とても大切 1", "2 大切 0", "3 それほどでも 1"];
    // Scrolled down a row at a time: the counters come into view whole, and the mark that says
    // more is below never shares a row with the page's text.
    let mut seen = [false; 3];
    for _ in 0..12 {
        let text = screen(&mut a, 40, 12);
        for (i, c) in counters.iter().enumerate() {
            seen[i] |= text.contains(c);
        }
        for row in text.lines().filter(|r| r.contains("続きは j")) {
            let inside = row.trim_matches(|c| c == '│' || c == ' ');
            assert_eq!(inside, "続きは j", "the mark has its row to itself:\n{text}");
        }
        a.update(Action::Down);
    }
    assert_eq!(seen, [true; 3], "every counter shows whole at some scroll");
}

#[test]
fn an_introduction_says_who_introduced_whom() {
    let mut wb = Workbook::default();
    let mut ids = wb.new_ids();
    let people: Vec<PersonId> = (0..3).map(|_| ids.take()).collect();
    let mut changes = Vec::new();
    for (&id, name) in people.iter().zip(["Ann", "Bo", "Cy"]) {
        changes.push(Change::Put(Record::Person(Person { id, name: Text::from(name), ..Person::default() })));
    }
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d);
    for (date, direction, first, second) in
        [(day(20), IntroDirection::Given, 0, 1), (day(10), IntroDirection::Received, 0, 2)]
    {
        changes.push(Change::Put(Record::Introduction(Introduction {
            id: ids.take(),
            date,
            direction,
            status: IntroStatus::Made,
            follow_up: None,
            first: Some(people[first]),
            second: Some(people[second]),
            why: Text::default(),
            outcome: Text::default(),
        })));
    }
    wb.apply(changes).unwrap();
    for (lang, given, received) in [
        (Lang::En, "I introduced Ann to Bo", "Ann introduced me to Cy"),
        (Lang::Ja, "AnnをBoに紹介した", "AnnがCyを紹介してくれた"),
    ] {
        let mut a = App::with_workbook(wb.clone(), PathBuf::from("w.ron"), lang, today());
        a.update(Action::GoTab(Tab::Outputs));
        while a.pane() != Pane::Introductions {
            a.update(Action::NextPane);
        }
        // The list says it in the same words as the detail's heading: no "Ann > Bo" anywhere.
        let shown = screen(&mut a, 120, 30);
        assert_eq!(shown.matches(given).count(), 2, "the row and the heading, {lang:?}:\n{shown}");
        assert!(shown.contains(received) && !shown.contains(" > "), "{lang:?}:\n{shown}");
        a.update(Action::Down);
        assert_eq!(screen(&mut a, 120, 30).matches(received).count(), 2, "{lang:?}");
        // So does every printed summary.
        let s = export::summary(&wb, today(), lang, false);
        for format in [Format::Markdown, Format::Html, Format::Text, Format::Json] {
            let out = export::render(format, &s, lang);
            assert!(out.contains(given) && out.contains(received), "{format:?} {lang:?}:\n{out}");
            assert!(!out.contains("Ann > ") && !out.contains("Ann &gt; "), "{format:?} {lang:?}");
        }
    }
}
