//! The real binary in a pseudo-terminal, read through a VT100 parser as a person sees it.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use super::BIN;

pub struct Tty {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Option<Box<dyn Write + Send>>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Closing it hangs the terminal up.
    master: Arc<Mutex<Option<Box<dyn portable_pty::MasterPty + Send>>>>,
}

impl Tty {
    pub fn spawn(args: &[&str], cols: u16, rows: u16) -> Tty {
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(args);
        Self::spawn_command(cmd, cols, rows)
    }

    pub fn spawn_command(mut cmd: CommandBuilder, cols: u16, rows: u16) -> Tty {
        let pair = native_pty_system().openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("pty");
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "ja_JP.UTF-8");
        // A fixed day, unless the test moves it (a week later).
        if cmd.get_env("TSUNAGARI_TODAY").is_none() {
            cmd.env("TSUNAGARI_TODAY", "2026-11-24");
        }
        cmd.env_remove("TSUNAGARI_FILE");
        // The developer's own config file must not change what the tests see.
        if cmd.get_env("TSUNAGARI_CONFIG").is_none() {
            cmd.env("TSUNAGARI_CONFIG", "/dev/null");
        }
        // Nor their emergency copies; and a test's copies never land in the real home.
        for var in ["XDG_STATE_HOME", "XDG_DATA_HOME"] {
            if cmd.get_env(var).is_none() {
                cmd.env(var, "/nonexistent/tsunagari-tests");
            }
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let screen =
            Arc::new(Mutex::new(vt100::Parser::new(rows.try_into().expect("rows"), cols.try_into().expect("cols"), 0)));
        let s = Arc::clone(&screen);
        let master = Arc::new(Mutex::new(Some(pair.master)));
        let m = Arc::clone(&master);
        // Reads while the terminal is open; once `hang_up` takes the master, drops its own
        // handle too, so the pseudo-terminal really closes.
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                let ready = {
                    let guard = m.lock().expect("lock");
                    let Some(fd) = guard.as_ref().and_then(|m| m.as_raw_fd()) else {
                        break;
                    };
                    // SAFETY: the master, which owns `fd`, is kept alive by the lock we hold.
                    let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
                    let mut fds = [rustix::event::PollFd::new(&fd, rustix::event::PollFlags::IN)];
                    let wait = rustix::event::Timespec { tv_sec: 0, tv_nsec: 20_000_000 };
                    rustix::event::poll(&mut fds, Some(&wait)).is_ok_and(|n| n > 0)
                };
                if ready {
                    match reader.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => s.lock().expect("lock").process(&buf[..n]),
                    }
                }
            }
        });
        Tty { screen, writer: Some(writer), child, master }
    }

    /// Closes the terminal, like closing the window.
    pub fn hang_up(&mut self) {
        self.writer.take();
        self.master.lock().expect("lock").take();
    }

    /// What one cell shows (row and column from 0).
    pub fn cell(&self, row: u16, col: u16) -> String {
        self.screen.lock().expect("lock").screen().cell(row, col).map(|c| c.contents().to_string()).unwrap_or_default()
    }

    /// The rows of the screen, as text.
    pub fn rows(&self) -> Vec<String> {
        self.text().lines().map(str::to_owned).collect()
    }

    pub fn text(&self) -> String {
        self.screen.lock().expect("lock").screen().contents()
    }

    pub fn wait_for(&self, what: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if self.text().contains(what) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("\"{what}\" never appeared; the screen shows:\n{}", self.text());
    }

    /// Like `wait_for`, for text printed after the app ended: the terminal wraps it at its width,
    /// so rows are joined before looking.
    pub fn wait_for_printed(&self, what: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if self.text().replace('\n', "").contains(what) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("\"{what}\" was never printed; the screen shows:\n{}", self.text());
    }

    pub fn wait_gone(&self, what: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if !self.text().contains(what) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("\"{what}\" never went away; the screen shows:\n{}", self.text());
    }

    pub fn send(&mut self, keys: &str) {
        let w = self.writer.as_mut().expect("terminal open");
        w.write_all(keys.as_bytes()).expect("write");
        w.flush().expect("flush");
        // Let the app read it as a key of its own (an Esc followed at once by a letter is Alt).
        std::thread::sleep(Duration::from_millis(80));
    }

    /// A new workbook opens the walkthrough; Esc puts it away (and says how to come back).
    pub fn leave_guide(&mut self) {
        let start = Instant::now();
        while !(self.text().contains("はじめてのガイド") || self.text().contains("Guided walkthrough")) {
            assert!(start.elapsed() < Duration::from_secs(10), "no walkthrough on a new workbook:\n{}", self.text());
            std::thread::sleep(Duration::from_millis(20));
        }
        self.send("\x1b");
        let start = Instant::now();
        while self.text().contains("はじめてのガイド") || self.text().contains("Guided walkthrough") {
            assert!(start.elapsed() < Duration::from_secs(10), "Esc did not leave the walkthrough");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("the app did not exit");
    }
}

/// The app on `file` in `lang`, with its state (emergency copies, kept versions) under `state`
/// and its data folder `data`, in a 100x30 pseudo-terminal.
pub fn app_in(file: &std::path::Path, lang: &str, state: &std::path::Path, data: &std::path::Path) -> Tty {
    let mut cmd = CommandBuilder::new(BIN);
    cmd.args(["--file", file.to_str().expect("utf-8 path"), "--lang", lang]);
    cmd.env("XDG_STATE_HOME", state);
    cmd.env("XDG_DATA_HOME", data);
    Tty::spawn_command(cmd, 100, 30)
}

/// Adds an output with `text` through the form of the English app (tab 3, `a`, the text
/// field, Ctrl-s), and waits until it is listed.
pub fn add_output(tty: &mut Tty, text: &str) {
    tty.send("3");
    tty.wait_for("Small outputs");
    tty.send("a");
    tty.wait_for("New: output");
    tty.send("\x1b[B");
    tty.send("\x1b[B");
    tty.send(text);
    tty.send("\x13");
    tty.wait_gone("New: output");
    tty.wait_for(text);
}
