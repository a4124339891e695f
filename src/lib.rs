//! tsunagari — a terminal workbook for growing loose ties and taking stock of transformational
//! assets.
//!
//! Module map (data flows top to bottom on a key press, bottom to top on load):
//! - [`cli`]: clap definitions; `main.rs` dispatches to [`commands`] or the app.
//! - [`app`]: App state, the `Action` vocabulary, the key table, `update()`, undo history, the
//!   event loop, the background saver, and the guided walkthrough (`app::walkthrough`, which
//!   text each page shows in `app::walkthrough::words`, its questions and answers in
//!   `app::answers`).
//! - [`ui`]: `render(&App, &mut Frame)`; one file per tab; reads state, never mutates it.
//! - [`i18n`]: every user-facing string, in Japanese and English.
//! - [`import`]: LinkedIn CSV and vCard files into people, planned as one undoable edit.
//! - [`export`]: the printable summary, worded once (its words in `export::words`), then laid
//!   out as Markdown, text, JSON or one self-contained HTML page.
//! - [`store`]: RON load/save, versions, atomic writes, backups, the single-writer lock.
//! - [`model`]: the workbook itself and every derived figure; no I/O, no terminal.

pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod export;
pub mod i18n;
pub mod import;
pub mod model;
pub mod store;
pub mod ui;
