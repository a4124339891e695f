//! The event loop: one blocking loop that draws only when something changed. It sleeps in
//! `event::poll` until a key arrives or background work (loading, a due save, a signal) needs a
//! look; there is no tick while nothing happens.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyEventKind};

use super::App;
use crate::ui;

/// Runs until the user quits, loading fails, or `stop` is set by a signal handler.
pub fn run(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    stop: &Arc<AtomicBool>,
) -> io::Result<()> {
    let mut dirty = true;
    loop {
        if dirty {
            terminal.draw(|f| ui::render(app, f))?;
            dirty = false;
        }
        if app.should_quit || stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        if event::poll(app.wake_in(Instant::now()))? {
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    if let Some(action) = app.action_for(&key) {
                        dirty |= app.update(action);
                    }
                }
                Event::Resize(..) => dirty = true,
                _ => {}
            }
        }
        dirty |= app.tick(Instant::now());
    }
}
