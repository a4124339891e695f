//! The event loop: one blocking loop that draws only when something changed. It sleeps until a
//! key arrives or background work (loading, a due save, a signal) needs a look; there is no tick
//! while nothing happens.
//!
//! The loop waits on the terminal itself (`poll(2)` on standard input) and only then lets
//! crossterm read, without blocking. crossterm 0.29 spins forever once the terminal hangs up (it
//! retries a read that returns nothing), and a closed window does not always send SIGHUP (a
//! shell in between may swallow it), so we must see the hang-up ourselves to save and leave.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyEventKind};

use super::App;
use crate::ui;

/// Runs until the user quits, loading fails, the terminal goes away, or `stop` is set by a
/// signal handler. The caller saves afterwards in every case.
pub fn run(terminal: &mut DefaultTerminal, app: &mut App, stop: &Arc<AtomicBool>) -> io::Result<()> {
    let mut dirty = true;
    loop {
        if dirty {
            let size = terminal.size()?;
            app.too_small = size.width < ui::MIN_WIDTH || size.height < ui::MIN_HEIGHT;
            terminal.draw(|f| ui::render(app, f))?;
            dirty = false;
        }
        if app.should_quit || stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        if wait_for_terminal(app.wake_in(Instant::now())) == Terminal::HungUp {
            return Ok(());
        }
        // Everything crossterm can give without blocking (a paste may be many events).
        while !app.should_quit && event::poll(Duration::ZERO)? {
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    if let Some(action) = app.action_for(&key) {
                        dirty |= app.update(action);
                    }
                }
                Event::Paste(text) => dirty |= app.paste(&text),
                Event::Resize(..) => dirty = true,
                _ => {}
            }
        }
        dirty |= app.tick(Instant::now());
    }
}

#[derive(PartialEq, Eq)]
enum Terminal {
    /// Input is waiting, a signal arrived, or the time is up: look at events and background work.
    Wake,
    /// The terminal hung up.
    HungUp,
}

/// Sleeps until standard input has something, a signal interrupts (SIGWINCH for a resize), or
/// `timeout` passes.
fn wait_for_terminal(timeout: Duration) -> Terminal {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = rustix::stdio::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let timeout =
        Timespec { tv_sec: timeout.as_secs().try_into().unwrap_or(i64::MAX), tv_nsec: timeout.subsec_nanos().into() };
    match poll(&mut fds, Some(&timeout)) {
        Ok(_) if fds[0].revents().intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) => Terminal::HungUp,
        _ => Terminal::Wake,
    }
}
