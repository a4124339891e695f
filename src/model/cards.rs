//! The built-in value cards of the walkthrough's card sort: their stable keys, in the order the
//! sort shows them. The idea of sorting value cards into piles, keeping a handful and ranking
//! them follows the public-domain Personal Values Card Sort (Miller et al., 2001) and Rokeach's
//! terminal values; the set is our own. A card's name and line, in each language, are the
//! messages `card-<key>` and `card-<key>-about` of the Fluent files (`i18n::card_name`).

pub struct Card {
    /// Stable key, stored in the workbook (the sort survives a change of language), and the
    /// name of the card's messages.
    pub key: &'static str,
}

pub const CARDS: &[Card] = &[
    Card { key: "freedom" },
    Card { key: "learning" },
    Card { key: "connection" },
    Card { key: "family" },
    Card { key: "health" },
    Card { key: "creativity" },
    Card { key: "challenge" },
    Card { key: "contribution" },
    Card { key: "security" },
    Card { key: "growth" },
    Card { key: "honesty" },
    Card { key: "beauty" },
    Card { key: "fun" },
    Card { key: "independence" },
    Card { key: "adventure" },
    Card { key: "wisdom" },
    Card { key: "peace" },
    Card { key: "fairness" },
    Card { key: "recognition" },
    Card { key: "friendship" },
    Card { key: "harmony" },
    Card { key: "achievement" },
    Card { key: "compassion" },
    Card { key: "mastery" },
];

/// The card with this key.
pub fn card_by_key(key: &str) -> Option<&'static Card> {
    CARDS.iter().find(|c| c.key == key)
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
}
