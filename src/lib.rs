//! tsunagari — a terminal workbook for growing loose ties and taking stock of transformational
//! assets.
//!
//! Module map, from the top down; each part uses only the parts below it (`tests/layers.rs`
//! holds the rule, the README's "How it is built" walks one key press through them):
//! - [`cli`]: clap definitions, worded in the user's language (the language is chosen before
//!   parsing; `--help` and usage errors come from the `.ftl` files); `main.rs` dispatches to
//!   [`commands`], which also opens the app and runs its event loop (`commands::event_loop`:
//!   key → `App::update` → `ui::draw`).
//! - [`ui`]: `render(&App, &mut Frame) -> Drawn`; one file per part of the screen; reads state,
//!   never changes it.
//! - [`app`]: the session (workbook, undo history, saver, lock) and the view state, the `Action`
//!   vocabulary, the key table, `update()` with its handlers by area, the forms (one module per
//!   record kind, fields by name) and the guided walkthrough.
//! - [`export`]: the printable summary, worded once, then laid out as Markdown, text, JSON or
//!   one self-contained HTML page; writing it to a file.
//! - [`i18n`]: the Fluent loaders, `tr!`, and the words of the model's choices and sentences
//!   (the texts themselves are in `assets/i18n/{ja,en}/tsunagari.ftl`).
//! - [`store`], [`import`], [`config`]: the workbook file, contacts from other apps, the config
//!   file; what goes wrong is a `model::Message`, worded by `i18n`.
//! - [`whole_file`]: writing a file whole or not at all, for `store` and `export`.
//! - [`model`]: the workbook, the rules every change follows (`model::rules`) and every derived
//!   figure; no I/O, no terminal.

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
pub mod whole_file;
