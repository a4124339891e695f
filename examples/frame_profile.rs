//! Where one key press's time goes, in process, phase by phase, on a list at 10k (or `--records N`)
//! records: the key lookup, `App::update`, `App::tick`, `ui::render` into the frame's buffer,
//! ratatui's diff of the two buffers, crossterm's escape output of that diff (into a counting
//! writer behind the same 1 KiB `LineWriter` that std's stdout is), and the flush; plus the bytes
//! and `write(2)` calls a redraw costs. Run by hand:
//!
//! `cargo run --release --example frame_profile -- [--records 10000] [--keys 2000] [--tab 7] [--gap-ms 0]`
//!
//! Under `valgrind --tool=callgrind` pass `--keys 400` and read it with `callgrind_annotate
//! --inclusive=yes`. In a terminal (`script -qc '...' /dev/null` gives one) it also times
//! crossterm's `terminal::size()`, which the event loop calls twice per frame.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::cell::Cell;
use std::io::{self, LineWriter, Write};
use std::path::PathBuf;
use std::rc::Rc;
use std::time::{Duration, Instant};

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use tsunagari::app::App;
use tsunagari::i18n::Lang;

/// Stands for the terminal: counts what reaches it and how many calls (each one a `write(2)`).
#[derive(Default, Clone)]
struct Counting(Rc<Cell<(usize, usize)>>);

impl Write for Counting {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        let (bytes, writes) = self.0.get();
        self.0.set((bytes + b.len(), writes + 1));
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

const PHASES: [&str; 8] = [
    "key lookup (action_for)",
    "App::update",
    "App::tick + wake_in",
    "ui::render into the buffer",
    "ratatui diff (Buffer::diff)",
    "diff + crossterm escapes (Terminal::flush)",
    "hide cursor, swap, flush",
    "total (without the separate diff)",
];

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let records: usize = value("--records").and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let keys: usize = value("--keys").and_then(|s| s.parse().ok()).unwrap_or(2000);
    let tab = value("--tab").and_then(|s| s.chars().next()).unwrap_or('7');
    let gap = Duration::from_millis(value("--gap-ms").and_then(|s| s.parse().ok()).unwrap_or(0));

    let today = chrono::Local::now().date_naive();
    let wb = tsunagari::model::sample::workbook(records, 7, today);
    let mut app = App::with_workbook(wb, PathBuf::from("w.ron"), Lang::En, today);
    let area = Rect::new(0, 0, 120, 40);
    // A fixed viewport: no `size()` query per frame (there is no terminal to ask here).
    let counter = Counting::default();
    let backend = CrosstermBackend::new(LineWriter::new(counter.clone()));
    let mut term = Terminal::with_options(backend, TerminalOptions { viewport: Viewport::Fixed(area) }).expect("term");
    let draw = |app: &mut App, term: &mut Terminal<CrosstermBackend<LineWriter<Counting>>>| {
        tsunagari::ui::draw(term, app).expect("draw");
    };
    if let Some(a) = app.action_for(&key(tab)) {
        app.update(a);
    }
    draw(&mut app, &mut term);
    draw(&mut app, &mut term);
    let mut prev: Buffer = Buffer::empty(area);
    draw(&mut app, &mut term);
    prev.clone_from(term.current_buffer_mut());

    let mut phase: Vec<Vec<Duration>> = vec![Vec::new(); PHASES.len()];
    let (mut bytes, mut writes, mut cells) = (Vec::new(), Vec::new(), Vec::new());
    let cycle = ['j', 'j', 'j', 'k'];
    for i in 0..keys {
        if !gap.is_zero() {
            std::thread::sleep(gap);
        }
        let before = counter.0.get();
        let t0 = Instant::now();
        let action = app.action_for(&key(cycle[i % cycle.len()])).expect("bound");
        let t1 = Instant::now();
        let dirty = app.update(action);
        let t2 = Instant::now();
        let _ = app.tick(Instant::now());
        let _ = app.wake_in(Instant::now());
        let t3 = Instant::now();
        assert!(dirty, "every key moves the selection");
        let drawn = {
            let mut frame = term.get_frame();
            tsunagari::ui::render(&app, &mut frame)
        };
        app.drawn(drawn);
        let t4 = Instant::now();
        // The same diff Terminal::flush computes, timed alone on copies (copied outside the clock).
        let cur = term.current_buffer_mut().clone();
        let t5a = Instant::now();
        let n = prev.diff(&cur).len();
        let t5b = Instant::now();
        term.flush().expect("flush");
        let t6 = Instant::now();
        term.hide_cursor().expect("cursor");
        term.swap_buffers();
        Backend::flush(term.backend_mut()).expect("flush");
        let t7 = Instant::now();
        prev = cur;
        for (p, d) in phase.iter_mut().zip([
            t1 - t0,
            t2 - t1,
            t3 - t2,
            t4 - t3,
            t5b - t5a,
            t6 - t5b,
            t7 - t6,
            (t4 - t0) + (t7 - t5b),
        ]) {
            p.push(d);
        }
        let after = counter.0.get();
        bytes.push(after.0 - before.0);
        writes.push(after.1 - before.1);
        cells.push(n);
    }
    let med = |v: &mut Vec<Duration>| {
        v.sort();
        (v[v.len() / 2], v[v.len() * 9 / 10])
    };
    println!("{records} records, tab {tab}, {keys} keys (j j j k), gap {gap:?}: median / p90 per phase");
    for (name, v) in PHASES.iter().zip(phase.iter_mut()) {
        let (p50, p90) = med(v);
        println!("  {name:<44} {:>8.1} µs  {:>8.1} µs", p50.as_secs_f64() * 1e6, p90.as_secs_f64() * 1e6);
    }
    let m = |v: &mut Vec<usize>| {
        v.sort_unstable();
        (v[v.len() / 2], v[v.len() - 1])
    };
    let (b, bmax) = m(&mut bytes);
    let (w, wmax) = m(&mut writes);
    let (c, cmax) = m(&mut cells);
    println!("  per redraw: {c} cells changed (max {cmax}), {b} bytes (max {bmax}), {w} write calls (max {wmax})");

    // In a terminal: what the event loop's two size() calls per frame cost.
    // (Not without one: crossterm then runs `tput` for every call.)
    if io::IsTerminal::is_terminal(&io::stdin()) {
        let n = 2000;
        let t = Instant::now();
        for _ in 0..n {
            let _ = ratatui::crossterm::terminal::size();
        }
        println!("  crossterm terminal::size(): {:.1} µs each", t.elapsed().as_secs_f64() * 1e6 / f64::from(n));
    }
}
