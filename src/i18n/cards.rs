//! The value cards' words: a card's name and what it stands for, looked up by the card's key
//! (the key is data, so the message is found at run time; a test holds every card to both).

use super::{Lang, fluent};
use crate::model::cards;

/// A built-in value card's name in `lang` (the message `card-<key>`), or `None` for a key that
/// is not a card's.
pub fn card_name(lang: Lang, key: &str) -> Option<&'static str> {
    card_texts(lang, key).and_then(|t| t.0)
}

/// A built-in value card's line in `lang` (the message `card-<key>-about`).
pub fn card_about(lang: Lang, key: &str) -> Option<&'static str> {
    card_texts(lang, key).and_then(|t| t.1)
}

/// The message id of a card's name: its key, underscores written as hyphens.
fn card_id(key: &str) -> String {
    format!("card-{}", key.replace('_', "-"))
}

/// Every card's name and line in `lang`, looked up once (the card sort draws them every frame;
/// the key is data, so `tr!` cannot check these at compile time, and a test does instead).
fn card_texts(lang: Lang, key: &str) -> Option<(Option<&'static str>, Option<&'static str>)> {
    type Texts = Vec<(Option<&'static str>, Option<&'static str>)>;
    static TEXTS: [std::sync::OnceLock<Texts>; 2] = [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    let at = cards::CARDS.iter().position(|c| c.answers_to(key))?;
    let texts = TEXTS[lang.index()].get_or_init(|| {
        let loader = fluent::loader(lang);
        let text = |id: &str| loader.has(id).then(|| fluent::keep(loader.get(id)));
        cards::CARDS
            .iter()
            .map(|c| {
                let id = card_id(c.key);
                (text(&id), text(&format!("{id}-about")))
            })
            .collect()
    });
    texts.get(at).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_card_has_a_name_and_a_line_in_both_languages() {
        for lang in [Lang::Ja, Lang::En] {
            for c in cards::CARDS {
                let name = card_name(lang, c.key);
                let about = card_about(lang, c.key);
                assert!(name.is_some_and(|t| !t.trim().is_empty()), "{lang:?}: no {}", card_id(c.key));
                assert!(about.is_some_and(|t| !t.trim().is_empty()), "{lang:?}: no {}-about", card_id(c.key));
            }
            // And no card's words are left over from a card that is gone.
            for line in fluent::source(lang).lines() {
                if let Some(id) = line.strip_prefix("card-").and_then(|rest| rest.split(' ').next()) {
                    let key = id.strip_suffix("-about").unwrap_or(id);
                    let known = cards::CARDS.iter().any(|c| card_id(c.key) == format!("card-{key}"));
                    assert!(known, "{lang:?}: card-{id} belongs to no card");
                }
            }
        }
        assert_eq!(card_name(Lang::En, "freedom"), Some("Freedom"));
        assert_eq!(card_about(Lang::Ja, "freedom"), Some("時間と行き先を自分で決められる"));
        assert_eq!(card_name(Lang::En, "旅"), None, "an own card has no message");
    }
}
