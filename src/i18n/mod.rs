//! Every user-facing text, in Japanese and English, read from the Fluent files in
//! `assets/i18n/{ja,en}/tsunagari.ftl` through `tr!` (see [`fluent`]). This module knows only
//! the model: words about the model's choices are [`Label`]s ([`labels`]), sentences about the
//! workbook are functions ([`sentences`]), the value cards' words are looked up by key
//! ([`cards`]), and the layers below (storage, import, the config file) describe what happened
//! as a `model::Message` that [`say`] words. Layers above keep their own words beside their
//! types, with `tr!`.

pub mod afterwards;
pub mod cards;
pub mod fluent;
pub mod labels;
pub mod merging;
pub mod sentences;

pub use crate::model::Lang;
use crate::model::{Arg, Message};
pub use afterwards::*;
pub use cards::{card_about, card_name};
pub(crate) use fluent::tr;
pub use labels::*;
pub use sentences::*;

impl Lang {
    /// From `--lang`, or the POSIX locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`); Japanese
    /// when the locale says `ja`, English otherwise.
    pub fn from_env() -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(v) = std::env::var(var)
                && !v.is_empty()
            {
                return if v.to_ascii_lowercase().starts_with("ja") { Lang::Ja } else { Lang::En };
            }
        }
        Lang::En
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    /// 0 for Japanese, 1 for English (for per-language tables).
    pub fn index(self) -> usize {
        match self {
            Lang::Ja => 0,
            Lang::En => 1,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }
}

/// Words a [`Message`] from a layer that cannot know the texts (storage, import, the config
/// file, the model's own errors) in `lang`.
pub fn say(lang: Lang, m: &Message) -> String {
    use ::fluent::{FluentArgs, FluentValue};
    let mut args = FluentArgs::new();
    for (name, arg) in &m.args {
        let value: FluentValue<'_> = match arg {
            Arg::Text(t) => t.clone().into(),
            Arg::Number(n) => (*n).into(),
            Arg::Message(inner) => say(lang, inner).into(),
            Arg::Noun(kind) => noun(lang, *kind).into(),
            Arg::Record(r) => record(lang, *r).into(),
            Arg::Asset(kind) => kind.label(lang).into(),
        };
        args.set(*name, value);
    }
    debug_assert!(fluent::loader(lang).has(m.id), "no message {}", m.id);
    fluent::loader(lang).get_args_fluent(m.id, Some(&args))
}
