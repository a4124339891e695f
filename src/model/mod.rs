//! The workbook domain: records and their choices, ids, sanitised text, edits with undo, the
//! rules every change follows, and the figures derived from the records.
//!
//! Nothing here draws or touches the disk, and nothing here uses another part of the crate. Data
//! flows in through [`rules`] (which turns what someone wants into an [`Edit`], or refuses it)
//! and [`Workbook::apply`] (every edit returns its inverse for the undo history), and out through
//! the read-only functions of [`derived`] (with [`ties`] and [`fields`]), [`filter`], [`assets`],
//! [`network`], [`reconnect`], [`actions`] and [`week`]; storage
//! serialises [`Workbook`] as it is. What goes wrong is said as a [`Message`] for `i18n` to word.
//! The files name each other by module (`super::records::…`) and form no circle
//! (`tests/layers.rs`).

pub mod actions;
pub mod assets;
pub mod calibrate;
pub mod cards;
pub mod choices;
pub mod conflict;
pub mod dates;
pub mod demo;
pub mod derived;
pub mod fields;
pub mod filter;
pub mod ids;
mod links;
pub mod merge;
pub mod message;
pub mod months;
pub mod names;
pub mod network;
pub mod reconnect;
pub mod records;
pub mod rules;
pub mod sample;
pub mod settings;
pub mod table;
pub mod text;
pub mod ties;
pub mod week;
pub mod workbook;

pub use choices::*;
pub use conflict::{Conflict, DeviceSaves, Versions};
pub use ids::*;
pub use message::{Arg, Message};
pub use names::{NameError, Named, find_by_name, find_by_part, name_key, part_key, same_name};
pub use records::*;
pub use rules::RuleError;
pub use settings::*;
pub use table::{Keyed, Table};
pub use text::Text;
pub use workbook::{CURRENT_VERSION, Change, Edit, EditError, Holder, IdRepair, NewIds, Problem, Record, Workbook};
