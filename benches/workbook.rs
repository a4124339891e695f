//! Load, save, render and key→redraw at 1k/10k/100k records, and a 10k-row LinkedIn import
//! (`cargo bench`).
//! Figures and the machine they were measured on are in BENCHMARKS.md.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::NaiveDate;
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use strum::IntoEnumIterator;
use tsunagari::app::{Action, App, Tab};
use tsunagari::i18n::Lang;
use tsunagari::model::{Workbook, sample};
use tsunagari::store::{self, Saver};

fn main() {
    divan::main();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
}

/// Workbooks are generated once per size and shared by every bench.
fn workbook(n: usize) -> &'static Workbook {
    static CACHE: OnceLock<std::sync::Mutex<Vec<(usize, &'static Workbook)>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut c = cache.lock().expect("lock");
    if let Some((_, wb)) = c.iter().find(|(k, _)| *k == n) {
        return wb;
    }
    let wb: &'static Workbook = Box::leak(Box::new(sample::workbook(n, 7, today())));
    c.push((n, wb));
    wb
}

fn text(n: usize) -> String {
    store::format::to_text(workbook(n)).expect("text")
}

#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 10, sample_size = 1)]
fn load(bencher: Bencher, n: usize) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.ron");
    std::fs::write(&path, text(n)).expect("write");
    bencher.bench(|| store::load(&path).expect("load"));
}

/// A full save as the app does it after an edit: serialise, check for outside changes, write a
/// temporary file, fsync, rename, fsync the directory.
#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 10, sample_size = 1)]
fn save(bencher: Bencher, n: usize) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.ron");
    let mut saver = Saver::new(path, None);
    let wb = workbook(n);
    saver.save(wb).expect("first save");
    bencher.bench_local(|| saver.save(wb).expect("save"));
}

/// Serialising alone, with the escaping we chose (unescaped) and ron's default, on the same data.
#[divan::bench(args = [10_000])]
fn serialise_unescaped(bencher: Bencher, n: usize) {
    let wb = workbook(n);
    bencher.bench(|| store::format::to_text(wb).expect("text"));
}

#[divan::bench(args = [10_000])]
fn serialise_ron_default_escaping(bencher: Bencher, n: usize) {
    let wb = workbook(n);
    let cfg = ron::ser::PrettyConfig::new().indentor("  ").depth_limit(3);
    bencher.bench(|| ron::ser::to_string_pretty(wb, cfg.clone()).expect("text"));
}

/// The snapshot the app hands to the saver thread (the only save work on the key path).
#[divan::bench(args = [10_000, 100_000], sample_count = 20)]
fn snapshot_clone(bencher: Bencher, n: usize) {
    let wb = workbook(n);
    bencher.bench(|| wb.clone());
}

fn app(n: usize) -> App {
    App::with_workbook(workbook(n).clone(), PathBuf::from("w.ron"), Lang::Ja, today())
}

/// Drawing one frame of each tab at 120x40 (the rows were built when the tab was opened).
#[divan::bench(args = [10_000, 100_000], sample_count = 20)]
fn render_every_tab(bencher: Bencher, n: usize) {
    let mut a = app(n);
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let tabs: Vec<Tab> = Tab::iter().collect();
    for &t in &tabs {
        a.update(Action::GoTab(t));
    }
    bencher.bench_local(|| {
        for &t in &tabs {
            a.update(Action::GoTab(t));
            tsunagari::ui::draw(&mut term, &mut a).expect("draw");
        }
    });
}

/// One key press on the biggest list: update, then draw the frame.
#[divan::bench(args = [10_000, 100_000], sample_count = 200)]
fn key_to_redraw(bencher: Bencher, n: usize) {
    let mut a = app(n);
    a.update(Action::GoTab(Tab::People));
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    tsunagari::ui::draw(&mut term, &mut a).expect("draw");
    let mut down = true;
    bencher.bench_local(|| {
        // Walk up and down so the list scrolls as well as moves.
        down = !down;
        for _ in 0..1 {
            a.update(if down { Action::Down } else { Action::PageDown });
        }
        tsunagari::ui::draw(&mut term, &mut a).expect("draw");
    });
}

/// One key typed into a search of the people list: the whole list is matched and ranked again.
#[divan::bench(args = [10_000, 100_000], sample_count = 10)]
fn search_keystroke(bencher: Bencher, n: usize) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut a = app(n);
    a.update(Action::GoTab(Tab::People));
    a.update(Action::Search);
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let keys = ['佐', '藤'];
    let mut i = 0;
    bencher.bench_local(|| {
        let k = keys[i % 2];
        i += 1;
        // Type a character, then take it back, so every sample filters the same way.
        a.update(Action::Input(KeyEvent::new(KeyCode::Char(k), KeyModifiers::NONE)));
        a.update(Action::Input(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)));
        tsunagari::ui::draw(&mut term, &mut a).expect("draw");
    });
}

/// One key typed into an open form (the people list behind it), then the frame drawn.
#[divan::bench(args = [10_000, 100_000], sample_count = 200)]
fn key_in_form(bencher: Bencher, n: usize) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut a = app(n);
    a.update(Action::GoTab(Tab::People));
    a.update(Action::Edit);
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let mut typed = false;
    bencher.bench_local(|| {
        typed = !typed;
        let key = if typed { KeyCode::Char('あ') } else { KeyCode::Backspace };
        a.update(Action::Input(KeyEvent::new(key, KeyModifiers::NONE)));
        tsunagari::ui::draw(&mut term, &mut a).expect("draw");
    });
}

/// A LinkedIn `Connections.csv` of `n` rows like a real export: notes first, a BOM, CRLF, Japanese
/// and Latin names, quoted companies, a third of the emails present.
fn connections_csv(n: usize) -> Vec<u8> {
    let family = ["佐藤", "鈴木", "高橋", "田中", "Smith", "García", "Kim", "Nguyen"];
    let given = ["美咲", "翔", "陽菜", "一郎", "Ana", "John", "Minsu", "Linh"];
    let mut w = csv::WriterBuilder::new().flexible(true).terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    w.write_record(["Notes:"]).expect("write");
    w.write_record(["Some email addresses are missing, as the people chose."]).expect("write");
    w.write_record(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        .expect("write");
    for i in 0..n {
        let email = if i % 3 == 0 { format!("person{i}@example.jp") } else { String::new() };
        let date = format!("{:02} {} {}", i % 28 + 1, ["Jan", "May", "Nov"][i % 3], 2015 + i % 10);
        w.write_record([
            given[i % given.len()],
            family[(i / given.len()) % family.len()],
            &format!("https://www.linkedin.com/in/person-{i}"),
            &email,
            &format!("Company {}, Inc.", i % 500),
            "Engineer, Platform",
            &date,
        ])
        .expect("write");
    }
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(w.into_inner().expect("csv"));
    bytes
}

/// `import linkedin` without the file I/O: parse, plan against the workbook, apply the edit.
fn import_linkedin(wb: &mut Workbook, csv: &[u8]) -> usize {
    let parsed = tsunagari::import::linkedin::parse(csv).expect("header");
    let plan = tsunagari::import::plan(wb, &parsed.contacts, today());
    let added = plan.added.len();
    wb.apply(plan.edit).expect("apply");
    added
}

/// 10,000 connections into an empty workbook (all new).
#[divan::bench(args = [10_000], sample_count = 10, sample_size = 1)]
fn import_linkedin_new(bencher: Bencher, n: usize) {
    let csv = connections_csv(n);
    bencher.with_inputs(Workbook::default).bench_local_values(|mut wb| import_linkedin(&mut wb, &csv));
}

/// The same 10,000 again into the workbook that already holds them (all matched, nothing added).
#[divan::bench(args = [10_000], sample_count = 10, sample_size = 1)]
fn import_linkedin_again(bencher: Bencher, n: usize) {
    let csv = connections_csv(n);
    let mut wb = Workbook::default();
    assert_eq!(import_linkedin(&mut wb, &csv), n);
    bencher.with_inputs(|| wb.clone()).bench_local_values(|mut wb| import_linkedin(&mut wb, &csv));
}

/// The printable summary of a big workbook: one pass to word it, then the HTML page.
#[divan::bench(args = [10_000, 100_000], sample_count = 10, sample_size = 1)]
fn export_html(bencher: Bencher, n: usize) {
    let wb = workbook(n);
    bencher.bench(|| {
        let s = tsunagari::export::summary(wb, today(), tsunagari::i18n::Lang::Ja, false);
        tsunagari::export::render(tsunagari::export::Format::Html, &s, tsunagari::i18n::Lang::Ja).len()
    });
}

/// The network map's clusters, rebuilt after a change (drawing then takes one page of them).
#[divan::bench(args = [10_000, 100_000], sample_count = 10)]
fn network_map_build(bencher: Bencher, n: usize) {
    let wb = workbook(n);
    bencher.bench(|| tsunagari::model::network::network(wb, today()).clusters.len());
}
