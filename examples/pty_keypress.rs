//! Key → redraw latency end to end, through a real pseudo-terminal: the release binary runs in a
//! 120x40 pty on workbooks of 10k and 100k records; for each key press one byte is written to the
//! pty and the clock stops when the last byte of the redraw it causes has been read back. No idle
//! timeout is part of a figure: a frame ends with a known byte sequence (see [`END`]).
//!
//! The harness alone is measured the same way against a tiny child (this example started with
//! `--echo-child BYTES`) that answers each byte it reads with `BYTES` bytes and the end marker, so
//! its cost can be subtracted. Run by hand (both builds first; the binary is not an example):
//!
//! ```sh
//! cargo build --release && cargo build --release --examples
//! target/release/examples/pty_keypress [--keys 2000] [--sizes 10000,100000] [--gap-ms 0,20] [--dump DIR]
//! ```
//!
//! `--keys N`: presses per list (cycling `j j j k`) on People (`7`), Outputs (`3`) and Invitations
//! (`4`). `--gap-ms`: the idle time between presses, one pass per value: 0 sends the next key as
//! soon as the previous redraw has been read (warm caches, busy CPU); 20 is closer to a person
//! typing, and costs more (cold caches, a vCPU woken from idle). `--dump DIR` writes the raw bytes
//! of the first few redraws of each list there. The load average is printed: another build on the
//! other core shows in every figure. About 5 minutes with the defaults; `--gap-ms 0` takes 1.
//!
//! The end marker was read off a raw capture (`--dump`): ratatui 0.30's `Terminal::draw` writes
//! the buffer diff, the crossterm backend then resets the colours and attributes
//! (`ESC[39m ESC[49m ESC[59m ESC[0m`), and, with no cursor to show, `hide_cursor` writes `ESC[?25l`
//! and flushes stdout; the final `Backend::flush` writes nothing more.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Read;
use std::os::fd::RawFd;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const COLS: u16 = 120;
const ROWS: u16 = 40;

/// What the app writes last in every frame (see the header). With a cursor shown (a search or a
/// form) a frame would end with `ESC[?25h` and a move instead; the lists measured here show none.
const END: &[u8] = b"\x1b[0m\x1b[?25l";

/// Stops waiting for a redraw after this long: the key caused none (a bug in the run, reported).
const GIVE_UP: Duration = Duration::from_secs(5);

struct Opts {
    keys: usize,
    sizes: Vec<usize>,
    gaps: Vec<Duration>,
    dump: Option<PathBuf>,
}

fn opts() -> Opts {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    Opts {
        keys: value("--keys").and_then(|s| s.parse().ok()).unwrap_or(2000),
        sizes: value("--sizes")
            .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
            .unwrap_or_else(|| vec![10_000, 100_000]),
        gaps: value("--gap-ms")
            .unwrap_or_else(|| "0,20".to_owned())
            .split(',')
            .filter_map(|g| g.trim().parse().ok())
            .map(Duration::from_millis)
            .collect(),
        dump: value("--dump").map(PathBuf::from),
    }
}

/// A child in a pty, read and written through the master's file descriptor directly (no reader
/// thread, no channel: the fewer hops, the less of the harness in each figure).
struct Session {
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    fd: RawFd,
    parser: vt100::Parser,
}

/// One key's figures.
struct Press {
    took: Duration,
    bytes: usize,
    reads: usize,
}

impl Session {
    fn spawn(cmd: CommandBuilder) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 })
            .expect("pty");
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let fd = pair.master.as_raw_fd().expect("master fd");
        let parser = vt100::Parser::new(ROWS.try_into().expect("rows"), COLS.try_into().expect("cols"), 0);
        Session { master: pair.master, child, fd, parser }
    }

    /// Waits up to `timeout` for output and reads what is there (empty: none came).
    fn read_some(&self, timeout: Duration, into: &mut Vec<u8>) -> usize {
        let mut pfd = libc::pollfd { fd: self.fd, events: libc::POLLIN, revents: 0 };
        let ms = timeout.as_millis().min(i32::MAX as u128) as i32;
        // SAFETY: one valid pollfd.
        let ready = unsafe { libc::poll(&mut pfd, 1, ms) };
        if ready <= 0 {
            return 0;
        }
        // Straight into `into`'s spare room: no buffer to clear or copy on the timed path.
        into.reserve(1 << 16);
        let spare = into.spare_capacity_mut();
        // SAFETY: `spare` is writable for its length; the fd is the pty master, open while `self` is.
        let n = unsafe { libc::read(self.fd, spare.as_mut_ptr().cast(), spare.len()) };
        let n = usize::try_from(n).unwrap_or(0);
        // SAFETY: read(2) initialised the first `n` bytes of the spare room.
        unsafe { into.set_len(into.len() + n) };
        n
    }

    fn write(&self, bytes: &[u8]) {
        // SAFETY: reads `bytes` for its length; the fd is the pty master.
        let n = unsafe { libc::write(self.fd, bytes.as_ptr().cast(), bytes.len()) };
        assert_eq!(usize::try_from(n).ok(), Some(bytes.len()), "write to the pty");
    }

    /// Reads until `done` holds for the screen (feeding everything to the terminal emulator).
    fn wait_for(&mut self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        let mut out = Vec::new();
        while !done(self.parser.screen()) {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "gave up waiting for {what}; the screen:\n{}",
                self.parser.screen().contents()
            );
            out.clear();
            self.read_some(Duration::from_millis(100), &mut out);
            self.parser.process(&out);
        }
    }

    /// Reads whatever arrives until the pty has been quiet for `quiet`; returns the bytes.
    fn settle(&mut self, quiet: Duration) -> usize {
        let mut out = Vec::new();
        while self.read_some(quiet, &mut out) > 0 {}
        self.parser.process(&out);
        out.len()
    }

    /// Writes `key` and reads until the end marker of the frame it causes; the clock runs from
    /// just before the write until the read that brings the marker returns.
    fn press(&mut self, key: &[u8], out: &mut Vec<u8>) -> Option<Press> {
        out.clear();
        let mut reads = 0;
        let start = Instant::now();
        self.write(key);
        loop {
            let left = GIVE_UP.checked_sub(start.elapsed())?;
            let scan_from = out.len().saturating_sub(END.len() - 1);
            if self.read_some(left, out) == 0 {
                continue;
            }
            reads += 1;
            if out[scan_from..].windows(END.len()).any(|w| w == END) {
                let took = start.elapsed();
                return Some(Press { took, bytes: out.len(), reads });
            }
        }
    }

    fn quit(mut self, key: &[u8]) {
        self.write(key);
        let start = Instant::now();
        loop {
            // Keep reading so the child never blocks on a full pty while it leaves.
            let mut out = Vec::new();
            self.read_some(Duration::from_millis(20), &mut out);
            if self.child.try_wait().ok().flatten().is_some() {
                break;
            }
            if start.elapsed() > Duration::from_secs(30) {
                let _ = self.child.kill();
                break;
            }
        }
        let _ = self.child.wait();
        drop(self.master);
    }
}

struct Stats {
    times: Vec<Duration>,
    bytes: Vec<usize>,
    reads: Vec<usize>,
    unchanged: usize,
    missed: usize,
    extra: usize,
}

fn pct<T: Copy + Ord>(v: &[T], p: f64) -> T {
    let mut v = v.to_vec();
    v.sort_unstable();
    v[((v.len() as f64 * p) as usize).min(v.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

impl Stats {
    fn line(&self, label: &str, harness: Option<Duration>) -> String {
        if self.times.is_empty() {
            return format!("{label}: no redraw measured ({} keys drew nothing)", self.missed);
        }
        let t = &self.times;
        let p50 = pct(t, 0.5);
        let net = harness.map_or_else(String::new, |h| format!("  (p50 less harness {})", ms(p50.saturating_sub(h))));
        let mut notes = String::new();
        if self.missed > 0 {
            notes += &format!("  {} keys drew nothing!", self.missed);
        }
        if self.unchanged > 0 {
            notes += &format!("  {} redraws left the screen as it was", self.unchanged);
        }
        if self.extra > 0 {
            notes += &format!("  {} bytes arrived between presses", self.extra);
        }
        format!(
            "{label}: p50 {}  p90 {}  p99 {}  max {}  (n={}){net}\n{:>34}bytes/redraw p50 {} (min {}, max {}), reads/redraw p50 {}{notes}",
            ms(p50),
            ms(pct(t, 0.9)),
            ms(pct(t, 0.99)),
            ms(pct(t, 1.0)),
            t.len(),
            "",
            pct(&self.bytes, 0.5),
            pct(&self.bytes, 0.0),
            pct(&self.bytes, 1.0),
            pct(&self.reads, 0.5),
        )
    }
}

/// Presses `keys` in turn, `n` times, checking each redraw with the terminal emulator (outside
/// the timed part).
fn run_keys(s: &mut Session, keys: &[&[u8]], n: usize, gap: Duration, dump: Option<&Path>) -> Stats {
    let mut st = Stats { times: Vec::new(), bytes: Vec::new(), reads: Vec::new(), unchanged: 0, missed: 0, extra: 0 };
    let mut out = Vec::with_capacity(1 << 16);
    let mut before = s.parser.screen().contents_formatted();
    for i in 0..n {
        // Anything drawn since the last press (there should be nothing) is not this key's.
        st.extra += s.settle(Duration::ZERO);
        if !gap.is_zero() {
            std::thread::sleep(gap);
            st.extra += s.settle(Duration::ZERO);
        }
        match s.press(keys[i % keys.len()], &mut out) {
            Some(p) => {
                st.times.push(p.took);
                st.bytes.push(p.bytes);
                st.reads.push(p.reads);
            }
            None => st.missed += 1,
        }
        if let Some(dir) = dump.filter(|_| i < 4) {
            std::fs::write(dir.join(format!("press{i}.bin")), &out).expect("dump");
        }
        s.parser.process(&out);
        let after = s.parser.screen().contents_formatted();
        st.unchanged += usize::from(after == before);
        before = after;
    }
    st
}

/// The harness alone: a child that answers each byte with `bytes` bytes and the end marker,
/// written in pieces of at most 1 KiB (as the app's line-buffered stdout does).
fn echo_child(bytes: usize) {
    use ratatui::crossterm::terminal;
    terminal::enable_raw_mode().expect("raw mode");
    let mut frame = vec![b'x'; bytes];
    frame.extend_from_slice(END);
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut byte = [0u8; 1];
    // SAFETY: writes straight to fd 1, bypassing std's buffer, as one or more write(2) calls.
    let write = |b: &[u8]| unsafe { libc::write(1, b.as_ptr().cast(), b.len()) };
    write(END);
    while input.read(&mut byte).unwrap_or(0) == 1 && byte[0] != b'q' {
        for piece in frame.chunks(1024) {
            write(piece);
        }
    }
    terminal::disable_raw_mode().expect("cooked mode");
}

fn harness(exe: &Path, bytes: usize, n: usize, gap: Duration) -> Stats {
    let mut cmd = CommandBuilder::new(exe);
    cmd.args(["--echo-child", &bytes.to_string()]);
    let mut s = Session::spawn(cmd);
    // The child says it is ready (raw mode on) with one end marker.
    let mut out = Vec::new();
    while !out.windows(END.len()).any(|w| w == END) {
        assert!(s.read_some(Duration::from_secs(10), &mut out) > 0, "echo child did not start");
    }
    let mut st = run_keys(&mut s, &[b"j"], n, gap, None);
    st.unchanged = 0; // The echo child draws nothing a terminal would show.
    s.quit(b"q");
    st
}

fn app(bin: &Path, file: &Path) -> Session {
    let mut cmd = CommandBuilder::new(bin);
    cmd.args(["--file", file.to_str().expect("path"), "--lang", "en"]);
    cmd.env("TERM", "xterm-256color");
    let mut s = Session::spawn(cmd);
    s.wait_for("records on screen", |screen| {
        let last = screen.contents_between(ROWS - 1, 0, ROWS - 1, COLS);
        !screen.contents().contains("Loading") && last.contains("records")
    });
    s.settle(Duration::from_millis(300));
    s
}

/// Whether the tab bar shows `label` ("7:People") as the selected tab (drawn on a background).
fn tab_selected(screen: &vt100::Screen, label: &str) -> bool {
    let bar = screen.contents_between(0, 0, 0, COLS);
    // The bar is ASCII in English, so a byte offset is a column.
    let Some(at) = bar.find(label) else { return false };
    let at = u16::try_from(at).expect("column");
    screen.cell(0, at).is_some_and(|c| c.bgcolor() != vt100::Color::Default)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map_or_else(|_| "?".into(), |l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--echo-child") {
        echo_child(args.get(i + 1).and_then(|s| s.parse().ok()).unwrap_or(0));
        return;
    }
    let o = opts();
    let exe = std::env::current_exe().expect("exe");
    let bin = exe.parent().expect("dir").parent().expect("dir").join("tsunagari");
    assert!(bin.exists(), "build the binary first: cargo build --release");
    if let Some(d) = &o.dump {
        std::fs::create_dir_all(d).expect("dump dir");
    }
    println!("key → redraw through a {COLS}x{ROWS} pty, {} presses per list, load average {}", o.keys, load_average());
    let dir = tempfile::tempdir().expect("dir");
    let today = chrono::Local::now().date_naive();
    let mut files = Vec::new();
    for &n in &o.sizes {
        let file = dir.path().join(format!("w{n}")).join("w.ron");
        std::fs::create_dir_all(file.parent().expect("dir")).expect("dir");
        let wb = tsunagari::model::sample::workbook(n, 7, today);
        std::fs::write(&file, tsunagari::store::format::to_text(&wb).expect("text")).expect("write");
        files.push((n, file));
    }

    for &gap in &o.gaps {
        if gap.is_zero() {
            println!("\n-- back to back: each key as soon as the previous redraw has been read");
        } else {
            println!("\n-- {} ms between keys (as a person types: caches and idle CPUs go cold)", gap.as_millis());
        }
        let h = harness(&exe, 0, o.keys, gap);
        let h50 = pct(&h.times, 0.5);
        println!("{}", h.line("harness alone: echo child, marker only ", None));
        let mut frame_bytes = Vec::new();
        for (n, file) in &files {
            let mut s = app(&bin, file);
            for (tab, name) in [("7", "People"), ("3", "Outputs"), ("4", "Invitations")] {
                // Go to the list and let it draw (and anything it sets off) before the clock runs.
                s.write(tab.as_bytes());
                s.wait_for(name, |screen| tab_selected(screen, &format!("{tab}:{name}")));
                s.settle(Duration::from_millis(200));
                let dump = o.dump.as_ref().map(|d| {
                    let d = d.join(format!("{n}-{name}-gap{}", gap.as_millis()));
                    std::fs::create_dir_all(&d).expect("dump dir");
                    d
                });
                let st = run_keys(&mut s, &[b"j", b"j", b"j", b"k"], o.keys, gap, dump.as_deref());
                println!("{}", st.line(&format!("{n:>7} records, {name:<11} j j j k   "), Some(h50)));
                frame_bytes.extend_from_slice(&st.bytes);
                // Back to the top, so the next list starts where a person would.
                s.write(b"g");
                s.settle(Duration::from_millis(100));
            }
            s.quit(b"q");
        }
        if !frame_bytes.is_empty() {
            // How much of a figure is only the bytes going through the pty.
            let bytes = pct(&frame_bytes, 0.5);
            let h = harness(&exe, bytes.saturating_sub(END.len()), o.keys, gap);
            println!("{}", h.line(&format!("harness: echo child, {bytes:>5} bytes back"), None));
        }
    }
    println!("load average {}", load_average());
}
