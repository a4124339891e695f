//! The workbook domain: records, ids, sanitised text, edits with undo, and derived figures.
//!
//! Nothing here draws or touches the disk. Data flows in through [`Workbook::apply`] (every edit
//! returns its inverse for the undo history) and out through the read-only functions of
//! [`derived`]; storage serialises [`Workbook`] as it is.

pub mod assets;
pub mod cards;
pub mod dates;
pub mod derived;
pub mod filter;
pub mod ids;
pub mod message;
pub mod network;
pub mod records;
pub mod sample;
pub mod table;
pub mod text;
pub mod workbook;

pub use ids::*;
pub use message::{Arg, Message};
pub use records::*;
pub use table::{Keyed, Table};
pub use text::Text;
pub use workbook::{
    CURRENT_VERSION, Change, Edit, EditError, Holder, NameError, Problem, Record, Workbook, find_by_name, name_key,
    same_name,
};
