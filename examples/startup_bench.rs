//! Start-up in a real pseudo-terminal, as PRODUCT.md §5 measures it: spawn the release binary,
//! wait until the first frame's last row has arrived (and, separately, until records are on
//! screen), send `q`, wait for exit. Run by hand:
//!
//! `cargo build --release && cargo run --release --example startup_bench -- [--runs 20]`
//!
//! It generates workbooks of 0, 10k and 100k records in a temporary directory.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const COLS: u16 = 120;
const ROWS: u16 = 40;

struct Times {
    first_frame: Duration,
    records: Duration,
    exit: Duration,
}

fn once(bin: &Path, file: &Path, wait_records: bool) -> Times {
    let pair =
        native_pty_system().openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 }).expect("pty");
    let mut cmd = CommandBuilder::new(bin);
    cmd.args(["--file", file.to_str().expect("path"), "--lang", "en"]);
    cmd.env("TERM", "xterm-256color");
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let mut writer = pair.master.take_writer().expect("writer");
    let (tx, rx) = mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut parser = vt100::Parser::new(ROWS.try_into().unwrap(), COLS.try_into().unwrap(), 0);
    let mut first_frame = None;
    let mut records = None;
    while records.is_none() {
        let chunk = rx.recv_timeout(Duration::from_secs(30)).expect("output");
        parser.process(&chunk);
        let screen = parser.screen();
        // The status line is the last row: once it is drawn, the whole first frame is there.
        let last = screen.contents_between(ROWS - 1, 0, ROWS - 1, COLS);
        if first_frame.is_none() && last.contains("w.ron") {
            first_frame = Some(start.elapsed());
        }
        if first_frame.is_some()
            && (!wait_records || !screen.contents().contains("Loading"))
            && last.contains("records")
        {
            records = Some(start.elapsed());
        }
    }
    // `q` quits from the lists; a new workbook opens the walkthrough first, where `q` leaves it,
    // so a second `q` follows when the first did not end the app.
    writer.write_all(b"q").expect("q");
    writer.flush().expect("flush");
    let asked = Instant::now();
    let mut again = false;
    while child.try_wait().expect("wait").is_none() {
        if !again && asked.elapsed() > Duration::from_millis(200) {
            writer.write_all(b"q").expect("q");
            writer.flush().expect("flush");
            again = true;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let _ = pair.master;
    Times { first_frame: first_frame.expect("frame"), records: records.expect("records"), exit: start.elapsed() }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let runs: usize = std::env::args().skip_while(|a| a != "--runs").nth(1).and_then(|s| s.parse().ok()).unwrap_or(15);
    let bin = std::env::current_exe().expect("exe").parent().expect("dir").parent().expect("dir").join("tsunagari");
    assert!(bin.exists(), "build the binary first: cargo build --release");
    let dir = tempfile::tempdir().expect("dir");
    for n in [0usize, 10_000, 100_000] {
        let file = dir.path().join(format!("w{n}")).join("w.ron");
        std::fs::create_dir_all(file.parent().expect("dir")).expect("dir");
        if n > 0 {
            let wb = tsunagari::model::sample::workbook(n, 7, chrono::Local::now().date_naive());
            std::fs::write(&file, tsunagari::store::format::to_text(&wb).expect("text")).expect("write");
        }
        // One warm-up run (also creates the empty workbook).
        once(&bin, &file, true);
        let times: Vec<Times> = (0..runs).map(|_| once(&bin, &file, true)).collect();
        println!(
            "{n:>7} records: first frame {:>7.2?}  records on screen {:>7.2?}  until exit {:>7.2?}  (median of {runs})",
            median(times.iter().map(|t| t.first_frame).collect()),
            median(times.iter().map(|t| t.records).collect()),
            median(times.iter().map(|t| t.exit).collect()),
        );
    }
}
