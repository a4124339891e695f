//! Driving the app without a terminal: a sample workbook on a fixed day, and key presses as a
//! user makes them, through the key table into `update()`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

use std::path::PathBuf;

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tsunagari::app::{App, Row};
use tsunagari::i18n::Lang;
use tsunagari::model::*;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}
pub fn app() -> App {
    App::with_workbook(sample::workbook(60, 7, today()), PathBuf::from("w.ron"), Lang::En, today())
}
/// Presses keys as a user would ("<Esc>" and "<C-r>" for the special ones).
pub fn press(app: &mut App, keys: &[&str]) {
    for k in keys {
        let ev = match *k {
            "<Esc>" => KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
            "<Enter>" => KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
            "<Tab>" => KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE),
            "<S-Tab>" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
            "<C-r>" => KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL),
            "<C-p>" => KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL),
            "<C-s>" => KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL),
            "<Down>" => KeyEvent::new(KeyCode::Down, KeyModifiers::NONE),
            "<PgUp>" => KeyEvent::new(KeyCode::PageUp, KeyModifiers::NONE),
            "<PgDn>" => KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE),
            "J" => KeyEvent::new(KeyCode::Char('J'), KeyModifiers::SHIFT),
            "K" => KeyEvent::new(KeyCode::Char('K'), KeyModifiers::SHIFT),
            s => KeyEvent::new(KeyCode::Char(s.chars().next().unwrap()), KeyModifiers::NONE),
        };
        if let Some(action) = app.action_for(&ev) {
            app.update(action);
        }
    }
}
/// Types text into the form as separate key presses (as a terminal without bracketed paste does).
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let ev = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        if let Some(action) = app.action_for(&ev) {
            app.update(action);
        }
    }
}
pub fn save(a: &mut App) {
    a.update(a.action_for(&KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)).unwrap());
}
pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}
pub fn selected_record(a: &App) -> RecordRef {
    match a.selected_row() {
        Some(Row::Record(r)) => r,
        other => panic!("no record selected: {other:?}"),
    }
}
/// Presses Enter, the walkthrough's "next" (and the answer in a one-line question).
pub fn next(a: &mut App) {
    press(a, &["<Enter>"]);
}
