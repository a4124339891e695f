//! The workbook domain: records, ids, sanitised text, edits with undo, and derived figures.
//!
//! Nothing here draws or touches the disk. Data flows in through [`Workbook::apply`] (every edit
//! returns its inverse for the undo history) and out through the read-only functions of
//! [`derived`]; storage serialises [`Workbook`] as it is.

pub mod assets;
pub mod cards;
pub mod choices;
pub mod dates;
pub mod derived;
pub mod filter;
pub mod ids;
mod links;
pub mod message;
pub mod names;
pub mod network;
pub mod records;
pub mod rules;
pub mod sample;
pub mod settings;
pub mod table;
pub mod text;
pub mod workbook;

pub use choices::*;
pub use ids::*;
pub use message::{Arg, Message};
pub use names::{NameError, find_by_name, name_key, same_name};
pub use records::*;
pub use rules::RuleError;
pub use settings::*;
pub use table::{Keyed, Table};
pub use text::Text;
pub use workbook::{CURRENT_VERSION, Change, Edit, EditError, Holder, NewIds, Problem, Record, Workbook};
