//! The app without a terminal (see `app.rs`): the walkthrough from first page to summary, the
//! export form, practice and planned records, the status line and multi-line fields.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::path::PathBuf;

use chrono::NaiveDate;
use tsunagari::app::{App, Pane};
use tsunagari::i18n::Lang;
use tsunagari::model::*;

use common::keys::*;

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
