//! A sentence for the person, described without words: the id of a message in the Fluent files
//! (`assets/i18n/{ja,en}/tsunagari.ftl`) and its arguments.
//!
//! The layers below `i18n` (the model itself, storage, import, the config file) must not know
//! the texts, yet their errors must be said in the person's language. Each such error describes
//! itself as a [`Message`] (`LoadError::message`, `DateError::message`, …) and `i18n::say` words
//! it; the ids live beside the types they describe. A test in `i18n` says every such message.

use std::io;

use super::choices::{AssetKind, RecordKind, RecordRef};

/// A message id and its arguments, in the order the message names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// Another message, worded first: a reason inside a sentence.
    Message(Box<Message>),
    /// A kind of record, worded as its noun ("person", "人").
    Noun(RecordKind),
    /// A record, worded as its noun and number ("person 12").
    Record(RecordRef),
    /// An asset, worded by its name ("diverse networks").
    Asset(AssetKind),
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Self { id, args: Vec::new() }
    }
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }
    /// A path as the person would type it.
    pub fn path(self, name: &'static str, path: &std::path::Path) -> Self {
        self.text(name, path.display().to_string())
    }
    pub fn number(mut self, name: &'static str, n: impl TryInto<i64>) -> Self {
        self.args.push((name, Arg::Number(n.try_into().unwrap_or(i64::MAX))));
        self
    }
    pub fn message(mut self, name: &'static str, m: Message) -> Self {
        self.args.push((name, Arg::Message(Box::new(m))));
        self
    }
    pub fn noun(mut self, name: &'static str, kind: RecordKind) -> Self {
        self.args.push((name, Arg::Noun(kind)));
        self
    }
    pub fn record(mut self, name: &'static str, r: RecordRef) -> Self {
        self.args.push((name, Arg::Record(r)));
        self
    }
    pub fn asset(mut self, name: &'static str, kind: AssetKind) -> Self {
        self.args.push((name, Arg::Asset(kind)));
        self
    }
}

/// Why writing a file failed, in words rather than an OS error code; the system's own text for
/// the rare kinds without a message of ours.
pub fn io_reason(e: &io::Error) -> Message {
    use io::ErrorKind::*;
    match e.kind() {
        NotFound => Message::new("io-not-found"),
        PermissionDenied | ReadOnlyFilesystem => Message::new("io-permission"),
        StorageFull | QuotaExceeded => Message::new("io-disk-full"),
        IsADirectory => Message::new("io-is-a-folder"),
        NotADirectory => Message::new("io-not-a-folder"),
        _ => Message::new("io-other").text("reason", e.to_string()),
    }
}
