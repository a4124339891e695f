//! Key → redraw latency with percentiles (divan has none): 2,000 key presses on the People,
//! Outputs, Invitations and value-filter lists, the assets and the network map
//! (update, then draw a 120x40 frame) at 10k and 100k records. Run by hand:
//! `cargo run --release --example keypress_latency`

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tsunagari::app::{Action, App, Tab};
use tsunagari::i18n::Lang;

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
    for n in [10_000, 100_000] {
        let wb = tsunagari::model::sample::workbook(n, 7, today);
        let mut app = App::with_workbook(wb, PathBuf::from("w.ron"), Lang::Ja, today);
        let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        for (tab, second) in [
            (Tab::People, false),
            (Tab::Outputs, false),
            (Tab::Invitations, false),
            (Tab::Values, true),
            (Tab::Assets, false),
            (Tab::People, true),
        ] {
            app.update(Action::GoTab(tab));
            if second {
                // The value filter or the network map, the tab's second list.
                app.update(Action::NextPane);
            }
            tsunagari::ui::draw(&mut term, &mut app).expect("draw");
            let keys = [Action::Down, Action::Down, Action::PageDown, Action::Up, Action::Bottom, Action::Top];
            let mut times: Vec<Duration> = (0..2000)
                .map(|i| {
                    let t = Instant::now();
                    app.update(keys[i % keys.len()]);
                    tsunagari::ui::draw(&mut term, &mut app).expect("draw");
                    t.elapsed()
                })
                .collect();
            times.sort();
            let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
            println!(
                "{n:>7} records, {tab:?}{}: p50 {:?}  p99 {:?}  max {:?}",
                if second { " (second list)" } else { "" },
                pct(0.5),
                pct(0.99),
                times[times.len() - 1]
            );
        }
    }
}
