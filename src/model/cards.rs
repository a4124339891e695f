//! The built-in value cards of the walkthrough's card sort: their stable keys, in the order the
//! sort shows them. The idea of sorting value cards into piles, keeping a handful and ranking
//! them follows the public-domain Personal Values Card Sort (Miller et al., 2001) and Rokeach's
//! terminal values; the set is our own. A card's name and line, in each language, are the
//! messages `card-<key>` and `card-<key>-about` of the Fluent files (`i18n::card_name`).

pub struct Card {
    /// Stable key, stored in the workbook (the sort survives a change of language), and the
    /// name of the card's messages.
    pub key: &'static str,
    /// Keys this card had before it was reworded: a sort saved by an older version still finds
    /// it (the stored key is never rewritten).
    pub was: &'static [&'static str],
}

impl Card {
    /// Whether `key`, as stored in a card sort, names this card (now or before a rewording).
    pub fn answers_to(&self, key: &str) -> bool {
        self.key == key || self.was.contains(&key)
    }
}

const fn card(key: &'static str) -> Card {
    Card { key, was: &[] }
}

/// Every card is a final value, an end wanted for itself (Rokeach's terminal values), never a
/// way of acting that serves one (his instrumental values: honest, independent, caring,
/// imaginative…). Those were reworded as the ends they serve, under new keys that answer to
/// the old ones: honesty became self-respect, independence self-sufficiency, compassion the
/// well-being of others, creativity the joy of creating, challenge an exciting life.
pub const CARDS: &[Card] = &[
    card("freedom"),
    card("learning"),
    card("connection"),
    card("family"),
    card("health"),
    Card { key: "joy_of_creating", was: &["creativity"] },
    Card { key: "exciting_life", was: &["challenge"] },
    card("contribution"),
    card("security"),
    card("growth"),
    Card { key: "self_respect", was: &["honesty"] },
    card("beauty"),
    card("fun"),
    Card { key: "self_sufficiency", was: &["independence"] },
    card("adventure"),
    card("wisdom"),
    card("peace"),
    card("fairness"),
    card("recognition"),
    card("friendship"),
    card("harmony"),
    card("achievement"),
    Card { key: "others_wellbeing", was: &["compassion"] },
    card("mastery"),
];

/// The card with this key, or that had it before a rewording.
pub fn card_by_key(key: &str) -> Option<&'static Card> {
    CARDS.iter().find(|c| c.answers_to(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_there_are_enough_cards() {
        let mut keys: Vec<&str> = CARDS.iter().map(|c| c.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), CARDS.len());
        for c in CARDS {
            assert!(!c.key.is_empty() && c.key.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_'), "{}", c.key);
        }
        assert!(CARDS.len() >= 20, "enough cards to choose from");
    }

    #[test]
    fn an_old_key_finds_its_reworded_card_and_no_key_is_used_twice() {
        assert_eq!(card_by_key("honesty").map(|c| c.key), Some("self_respect"));
        assert_eq!(card_by_key("compassion").map(|c| c.key), Some("others_wellbeing"));
        assert_eq!(card_by_key("freedom").map(|c| c.key), Some("freedom"));
        assert!(card_by_key("nonsense").is_none());
        let mut all: Vec<&str> =
            CARDS.iter().flat_map(|c| std::iter::once(c.key).chain(c.was.iter().copied())).collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "an old key answers to one card only");
    }
}
