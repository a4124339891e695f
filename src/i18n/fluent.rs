//! The Fluent loaders: one per language, each built on first use from the `.ftl` file compiled
//! into the binary, and the `tr!` macro every text goes through.
//!
//! `tr!(lang, "message-id")` returns a `&'static str`, formatted once per call site and
//! language; `tr!(lang, "message-id", name = value, …)` formats with arguments and returns a
//! `String`. Both go through `i18n_embed_fl::fl!`, which checks at compile time that the id
//! exists in `assets/i18n/ja/tsunagari.ftl` and that the arguments are exactly the message's
//! variables. English plurals and Japanese counters are decided in the files.
//!
//! Bidi isolation marks are off: Fluent would wrap every argument in U+2068/U+2069, which a
//! terminal draws as stray cells and an export would carry into files.

use std::borrow::Cow;
use std::sync::OnceLock;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};

use super::Lang;

/// The texts, compiled in (a change to a file rebuilds the crate, so `fl!` checks it again).
const JA: &str = include_str!("../../assets/i18n/ja/tsunagari.ftl");
const EN: &str = include_str!("../../assets/i18n/en/tsunagari.ftl");

/// The one file of each language, as i18n-embed asks for them (`ja/tsunagari.ftl`).
struct Embedded;

impl I18nAssets for Embedded {
    fn get_files(&self, path: &str) -> Vec<Cow<'_, [u8]>> {
        match path {
            "ja/tsunagari.ftl" => vec![Cow::Borrowed(JA.as_bytes())],
            "en/tsunagari.ftl" => vec![Cow::Borrowed(EN.as_bytes())],
            _ => Vec::new(),
        }
    }
    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(["ja/tsunagari.ftl", "en/tsunagari.ftl"].into_iter().map(str::to_owned))
    }
}

/// The source text of one language's file (for the tests that compare the two).
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => JA,
        Lang::En => EN,
    }
}

static LOADERS: [OnceLock<FluentLanguageLoader>; 2] = [OnceLock::new(), OnceLock::new()];

/// The loader of `lang`. Each loader holds only its own language (it is its own fallback), so
/// start-up parses one file, and a message missing from one language can never show the other.
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    LOADERS[lang.index()].get_or_init(|| {
        let id: i18n_embed::unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let loader = FluentLanguageLoader::new("tsunagari", id.clone());
        // The files are compiled in and checked by the tests; a failure here would only leave
        // message ids on screen, never lose data.
        let _ = loader.load_languages(&Embedded, &[id]);
        loader.set_use_isolating(false);
        loader
    })
}

/// The text of a message whose id is data (`cli-about-add-community`), in `lang`. A missing id
/// comes back as the id itself; the callers' tests walk every id they can ask for.
pub fn text(lang: Lang, id: &str) -> String {
    loader(lang).get(id)
}

/// Keeps a formatted text for the rest of the run (one per call site and language).
pub fn keep(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The text of a message in `lang`: `tr!(lang, "id")` or `tr!(lang, "id", arg = value, …)`.
macro_rules! tr {
    ($lang:expr, $id:tt) => {{
        static TEXT: [::std::sync::OnceLock<&'static str>; 2] =
            [::std::sync::OnceLock::new(), ::std::sync::OnceLock::new()];
        let lang: $crate::i18n::Lang = $lang;
        *TEXT[lang.index()]
            .get_or_init(|| $crate::i18n::fluent::keep(::i18n_embed_fl::fl!($crate::i18n::fluent::loader(lang), $id)))
    }};
    ($lang:expr, $id:tt, $($arg:ident = $value:expr),+ $(,)?) => {
        ::i18n_embed_fl::fl!($crate::i18n::fluent::loader($lang), $id, $($arg = ($value)),+)
    };
}
pub(crate) use tr;

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    use super::*;

    fn variables_in(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_vars(expression, out);
            }
        }
    }

    fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Select { selector, variants } => {
                inline_vars(selector, out);
                for v in variants {
                    variables_in(&v.value, out);
                }
            }
            Expression::Inline(i) => inline_vars(i, out),
        }
    }

    fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_vars(a, out);
                }
                for a in &arguments.named {
                    inline_vars(&a.value, out);
                }
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, out),
            _ => {}
        }
    }

    /// Every message of a file with the variables it uses; a file that does not parse fails.
    fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let resource = match fluent_syntax::parser::parse(source(lang)) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{lang:?}: the .ftl file does not parse: {errors:?}"),
        };
        let mut out = BTreeMap::new();
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(v) = &m.value {
                        variables_in(v, &mut vars);
                    }
                    for a in &m.attributes {
                        variables_in(&a.value, &mut vars);
                    }
                    assert!(out.insert(m.id.name.to_owned(), vars).is_none(), "{lang:?}: {} twice", m.id.name);
                }
                Entry::Junk { content } => panic!("{lang:?}: unreadable: {content}"),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn both_languages_have_the_same_messages_with_the_same_variables() {
        let ja = messages(Lang::Ja);
        let en = messages(Lang::En);
        let only_ja: Vec<&String> = ja.keys().filter(|k| !en.contains_key(*k)).collect();
        let only_en: Vec<&String> = en.keys().filter(|k| !ja.contains_key(*k)).collect();
        assert!(only_ja.is_empty() && only_en.is_empty(), "only in ja: {only_ja:?}; only in en: {only_en:?}");
        for (id, vars) in &ja {
            assert_eq!(Some(vars), en.get(id), "{id}: the variables differ between ja and en");
        }
        assert!(ja.len() > 200, "the files hold the program's texts");
    }

    #[test]
    fn arguments_reach_the_text_without_bidi_isolation_marks() {
        for lang in [Lang::Ja, Lang::En] {
            let text = tr!(lang, "saved-record", added = "true", name = "田中 翔");
            assert!(text.contains("田中 翔"), "{text}");
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
        }
    }

    #[test]
    fn english_counts_agree_with_their_nouns() {
        assert_eq!(tr!(Lang::En, "count-records", n = 1), "1 record");
        assert_eq!(tr!(Lang::En, "count-records", n = 2), "2 records");
        assert_eq!(tr!(Lang::Ja, "count-records", n = 1), "1件");
    }
}
