//! The month view: each month's counts, and Enter on a month shows its stock-takes, each asset's
//! self-rating beside the indicators that stock-take froze, against the stock-take before.
//! Screens in Japanese and English at 80x24 and 40x12.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

use std::path::PathBuf;

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tsunagari::app::rows::Row;
use tsunagari::app::{Action, App, Pane, Tab};
use tsunagari::i18n::Lang;
use tsunagari::model::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
}

fn draw(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    tsunagari::ui::draw(&mut t, app).expect("draw");
    t
}

/// The sample, with a stock-take in September and one in November, each freezing the
/// indicators as the records stood (the later one after a few weak ties more).
fn workbook() -> Workbook {
    let mut wb = sample::workbook(40, 7, today());
    let ids: Vec<StocktakeId> = wb.stocktakes.iter().map(|s| s.id).collect();
    for id in ids {
        wb.apply(rules::delete(&wb, RecordRef::Stocktake(id)).0).expect("applies");
    }
    for (id, date, rating) in [(9001, "2026-09-10", 2), (9002, "2026-11-20", 4)] {
        let date: NaiveDate = date.parse().expect("date");
        let st = Stocktake {
            id: StocktakeId(id),
            date: Some(date),
            ratings: vec![StocktakeRating { kind: AssetKind::DiverseNetworks, rating: Some(rating) }],
            figures: assets::all_figures(&wb, date),
            ..Default::default()
        };
        wb.apply(vec![Change::Put(Record::Stocktake(st))]).expect("applies");
    }
    wb
}

#[test]
fn a_month_s_stocktake_sets_each_rating_beside_its_indicators() {
    for lang in [Lang::Ja, Lang::En] {
        let mut a = App::with_workbook(workbook(), PathBuf::from("/home/me/workbook.ron"), lang, today());
        a.update(Action::GoTab(Tab::Overview));
        while a.pane() != Pane::Months {
            a.update(Action::NextPane);
        }
        assert_eq!(a.selected_row(), Some(Row::Month(0)), "this month first");
        a.update(Action::Open);
        let screen = draw(&mut a, 80, 24).backend().to_string();
        assert!(screen.contains("2026-11-20"), "the stock-take of the month:\n{screen}");
        assert!(screen.contains("2 → 4"), "the rating against the stock-take before:\n{screen}");
        let code = lang.code();
        insta::assert_snapshot!(format!("{code}_month_detail_80x24"), screen);
        insta::assert_snapshot!(format!("{code}_month_detail_40x12"), draw(&mut a, 40, 12).backend());
    }
}
