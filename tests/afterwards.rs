//! After an invitation: the week page asks once how it went, the reflection form saves what the
//! person said, setting it aside stops the question, and the value filter's look back shows how
//! accepted invitations turned out. Screens in Japanese and English at 80x24 and 40x12.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

use std::path::PathBuf;

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tsunagari::app::rows::Row;
use tsunagari::app::{Action, App, Tab};
use tsunagari::i18n::Lang;
use tsunagari::model::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
}

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

/// Two accepted invitations whose events have passed (the later one is asked about first), one
/// value, and a person to name.
fn workbook() -> Workbook {
    let mut wb = Workbook::default();
    let v = ValueId(1);
    wb.values.put(FinalValue { id: v, rank: 1, name: Text::from("学び"), ..Default::default() });
    let p = PersonId(2);
    wb.people.put(Person { id: p, name: Text::from("渡辺 健"), ..Default::default() });
    for (n, (what, event)) in [("写真展の受付", "2026-11-21"), ("勉強会でLT", "2026-11-14")].into_iter().enumerate()
    {
        let id = InvitationId(3 + n as u64);
        wb.invitations.put(Invitation {
            id,
            what: Text::from(what),
            from: Some(p),
            decision: Decision::Accepted,
            received: Some(day("2026-11-01")),
            decided: Some(day("2026-11-02")),
            event: Some(day(event)),
            scores: vec![ValueScore { value: v, score: 2 }],
            ..Default::default()
        });
    }
    wb
}

fn app(lang: Lang) -> App {
    App::with_workbook(workbook(), PathBuf::from("/home/me/workbook.ron"), lang, today())
}

fn draw(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    tsunagari::ui::draw(&mut t, app).expect("draw");
    t
}

fn type_keys(a: &mut App, text: &str) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for c in text.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        let action = a.action_for(&key).expect("a key");
        a.update(action);
    }
}

fn asked(a: &App) -> Option<InvitationId> {
    match a.selected_row() {
        Some(Row::Afterwards(i)) => Some(i),
        _ => None,
    }
}

#[test]
fn the_week_asks_once_and_the_reflection_keeps_what_was_said() {
    for lang in [Lang::Ja, Lang::En] {
        let mut a = app(lang);
        let first = asked(&a).expect("the week page opens on the question");
        assert_eq!(
            a.session.wb.invitations.get(first).map(|i| i.what.as_str()),
            Some("写真展の受付"),
            "the latest first"
        );
        let code = lang.code();
        let screen = draw(&mut a, 80, 24).backend().to_string();
        assert!(screen.contains("写真展の受付"), "the question names the invitation:\n{screen}");
        insta::assert_snapshot!(format!("{code}_week_asks_80x24"), screen);
        insta::assert_snapshot!(format!("{code}_week_asks_40x12"), draw(&mut a, 40, 12).backend());

        a.update(Action::Reflect);
        insta::assert_snapshot!(format!("{code}_afterwards_form_80x24"), draw(&mut a, 80, 24).backend());
        insta::assert_snapshot!(format!("{code}_afterwards_form_40x12"), draw(&mut a, 40, 12).backend());
        type_keys(&mut a, "受付で三人と話した");
        a.update(Action::NextField); // unexpected: left empty
        a.update(Action::NextField); // how it turned out
        let right = ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Right);
        a.update(Action::Input(right));
        a.update(Action::Input(right)); // surprising
        a.update(Action::NextField); // the value served
        a.update(Action::Input(right)); // 学び
        a.update(Action::NextField); // whom I saw: by part of a name
        type_keys(&mut a, "渡辺");
        a.update(Action::NextField); // met for the first time
        type_keys(&mut a, "森 葵");
        a.update(Action::Save);
        assert!(
            a.form.is_none(),
            "saved: {:?}",
            a.form.as_ref().map(|f| f.fields.iter().map(|x| x.error.clone()).collect::<Vec<_>>())
        );

        let wb = &a.session.wb;
        let inv = wb.invitations.get(first).expect("there");
        assert_eq!(inv.outcome.as_str(), "受付で三人と話した");
        assert!(inv.unexpected.is_blank(), "nothing said, nothing kept");
        assert_eq!(inv.turned_out, Some(TurnedOut::Surprising));
        assert_eq!(inv.served, wb.ranked_values().first().map(|v| v.id));
        assert_eq!(inv.reflected, Some(today()));
        let met: Vec<&str> = inv.met.iter().filter_map(|p| wb.people.get(*p)).map(|p| p.name.as_str()).collect();
        assert_eq!(met, ["渡辺 健", "森 葵"]);

        // The next question; `d` sets it aside, and neither asks again.
        a.update(Action::GoTab(Tab::Overview));
        let second = asked(&a).expect("the other invitation is asked about next");
        assert_ne!(second, first);
        a.update(Action::Delete);
        assert_eq!(a.session.wb.invitations.get(second).and_then(|i| i.reflected), Some(today()));
        assert!(a.session.wb.invitations.get(second).is_some_and(|i| i.outcome.is_blank() && i.turned_out.is_none()));
        assert_eq!(asked(&a), None, "nothing left to ask");
        a.update(Action::Undo);
        assert_eq!(a.session.wb.invitations.get(second).and_then(|i| i.reflected), None, "u takes it back");
    }
}

#[test]
fn the_look_back_says_how_accepted_invitations_turned_out_and_what_the_record_suggests() {
    for lang in [Lang::Ja, Lang::En] {
        let mut wb = workbook();
        // Four accepted below the mark (fit −1) turned out surprising: lower the mark.
        let v = wb.ranked_values()[0].id;
        for n in 0..4 {
            let id = InvitationId(10 + n);
            wb.invitations.put(Invitation {
                id,
                what: Text::from(format!("誘い{n}")),
                decision: Decision::Accepted,
                scores: vec![ValueScore { value: v, score: -1 }],
                turned_out: Some(TurnedOut::Surprising),
                reflected: Some(day("2026-11-20")),
                ..Default::default()
            });
        }
        // One waiting for an answer, so the filter has a list under its caption.
        wb.invitations
            .put(Invitation { id: InvitationId(20), what: Text::from("読書会の司会"), ..Default::default() });
        let mut a = App::with_workbook(wb, PathBuf::from("/home/me/workbook.ron"), lang, today());
        a.update(Action::GoTab(Tab::Values));
        let screen = draw(&mut a, 80, 24).backend().to_string();
        let said = match lang {
            Lang::Ja => "20% に下げる",
            Lang::En => "lowering it to 20%",
        };
        assert!(screen.replace(['│', '\n'], "").contains(&said.replace(' ', "")) || screen.contains(said), "{screen}");
        a.update(Action::NextPane);
        let filter = draw(&mut a, 80, 24).backend().to_string();
        let short = match lang {
            Lang::Ja => "20% に下げますか",
            Lang::En => "lower it to 20%?",
        };
        assert!(filter.contains(short), "the filter's caption names the suggestion:\n{filter}");
        insta::assert_snapshot!(format!("{}_filter_calibrated_80x24", lang.code()), filter);
    }
}
