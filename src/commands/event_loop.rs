//! The event loop: one blocking loop that draws only when something changed. It sits above both
//! `app` and `ui`: a key becomes an `Action` (`App::action_for`), `App::update` acts on it, and
//! `ui::draw` renders the frame and hands back what it found out (`App::drawn`). It sleeps until a
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

use ratatui::crossterm::event::{self, Event, KeyEventKind};

use crate::app::App;
use crate::ui;

/// The terminal, behind a 64 KiB buffer: a frame leaves in one write(2) (std's stdout is a 1 KiB
/// `LineWriter`: several writes per frame, and a scan for newlines in every small piece).
pub type Screen = ratatui::Terminal<ratatui::backend::CrosstermBackend<io::BufWriter<io::Stdout>>>;

/// What `ratatui::try_init` does — a panic hook that restores the terminal, raw mode, the
/// alternate screen — with the buffered stdout.
pub fn init() -> io::Result<Screen> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = ratatui::try_restore();
        hook(info);
    }));
    ratatui::crossterm::terminal::enable_raw_mode()?;
    ratatui::crossterm::execute!(io::stdout(), ratatui::crossterm::terminal::EnterAlternateScreen)?;
    let backend = ratatui::backend::CrosstermBackend::new(io::BufWriter::with_capacity(1 << 16, io::stdout()));
    ratatui::Terminal::new(backend)
}

/// Runs until the user quits, loading fails, the terminal goes away, or `stop` is set by a
/// signal handler. The caller saves afterwards in every case.
pub fn run(terminal: &mut Screen, app: &mut App, stop: &Arc<AtomicBool>) -> io::Result<()> {
    let mut dirty = true;
    let mut mouse = false;
    loop {
        // Mouse capture follows the setting (the workbook may turn it off, or `M` switch it).
        let want_mouse = app.wb().settings.mouse && !app.is_loading();
        if want_mouse != mouse {
            use ratatui::crossterm::{event as ev, execute};
            let _ = if want_mouse {
                execute!(io::stdout(), ev::EnableMouseCapture)
            } else {
                execute!(io::stdout(), ev::DisableMouseCapture)
            };
            mouse = want_mouse;
        }
        if dirty {
            let size = terminal.size()?;
            app.too_small = size.width < ui::MIN_WIDTH || size.height < ui::MIN_HEIGHT;
            ui::draw(terminal, app)?;
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
                Event::Mouse(m) => dirty |= app.mouse(m),
                Event::Resize(..) => dirty = true,
                _ => {}
            }
        }
        if let Some(text) = app.external_edit.take() {
            let result = edit_outside(terminal, &text);
            app.external_edit_done(result);
            dirty = true;
        }
        dirty |= app.tick(Instant::now());
    }
}

/// Hands the terminal to `$VISUAL` (or `$EDITOR`, or `vi`) on a temporary file holding `text`,
/// then takes it back and returns what the file holds.
fn edit_outside(terminal: &mut Screen, text: &str) -> Result<String, String> {
    use ratatui::crossterm::{event, execute, terminal as term};
    use std::io::Write;
    let mut file =
        tempfile::Builder::new().prefix("tsunagari-").suffix(".txt").tempfile().map_err(|e| e.to_string())?;
    file.write_all(text.as_bytes()).and_then(|()| file.flush()).map_err(|e| e.to_string())?;
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| std::env::var("EDITOR").ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_owned());
    let _ = execute!(io::stdout(), event::DisableBracketedPaste, term::LeaveAlternateScreen);
    let _ = term::disable_raw_mode();
    // Through the shell, so an editor given with arguments ("code -w") works.
    let status =
        std::process::Command::new("sh").arg("-c").arg(format!("{editor} \"$1\"")).arg("sh").arg(file.path()).status();
    let _ = term::enable_raw_mode();
    let _ = execute!(io::stdout(), term::EnterAlternateScreen, event::EnableBracketedPaste);
    let _ = terminal.clear();
    match status {
        Ok(s) if s.success() => std::fs::read_to_string(file.path()).map_err(|e| e.to_string()),
        Ok(s) => Err(format!("{editor}: {s}")),
        Err(e) => Err(format!("{editor}: {e}")),
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
