//! The built-in value cards of the walkthrough's card sort. The idea of sorting value cards into
//! piles, keeping a handful and ranking them follows the public-domain Personal Values Card Sort
//! (Miller et al., 2001) and Rokeach's terminal values; the set, the names and the descriptions
//! here are our own, written for this program in both languages.

use super::records::Lang;

pub struct Card {
    /// Stable key, stored in the workbook (the sort survives a change of language).
    pub key: &'static str,
    pub ja: &'static str,
    pub en: &'static str,
    pub ja_about: &'static str,
    pub en_about: &'static str,
}

impl Card {
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
    pub fn about(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja_about,
            Lang::En => self.en_about,
        }
    }
}

const fn card(
    key: &'static str,
    ja: &'static str,
    en: &'static str,
    ja_about: &'static str,
    en_about: &'static str,
) -> Card {
    Card { key, ja, en, ja_about, en_about }
}

pub const CARDS: &[Card] = &[
    card("freedom", "自由", "Freedom", "時間と行き先を自分で決められる", "Deciding for myself where my time goes"),
    card("learning", "学び", "Learning", "知らなかったことを知り続ける", "Going on finding out what I did not know"),
    card("connection", "つながり", "Connection", "人と人のあいだに身を置く", "Being among people, and linking them"),
    card(
        "family",
        "家族",
        "Family",
        "身近な人の暮らしを守り、共に過ごす",
        "Looking after and spending time with my own",
    ),
    card("health", "健康", "Health", "体と心を長く保つ", "Keeping body and mind well for the long run"),
    card(
        "creativity",
        "創造",
        "Creativity",
        "まだない物や考えを形にする",
        "Making things and ideas that were not there",
    ),
    card("challenge", "挑戦", "Challenge", "少し手に余ることに挑む", "Taking on what is a bit beyond me"),
    card("contribution", "貢献", "Contribution", "誰かや社会の役に立つ", "Being of use to someone, or to society"),
    card("security", "安定", "Security", "先の見通しが立ち、安心して暮らせる", "A life I can plan and feel safe in"),
    card("growth", "成長", "Growth", "昨日より少しできることが増える", "Being able to do a little more than yesterday"),
    card("honesty", "誠実", "Honesty", "言うこととすることをそろえる", "Doing what I say, saying what I mean"),
    card("beauty", "美しさ", "Beauty", "美しいものに触れ、つくる", "Meeting and making beautiful things"),
    card("fun", "楽しさ", "Fun", "面白がれること、遊び心", "Enjoying things, keeping a sense of play"),
    card("independence", "自立", "Independence", "人に頼りすぎず自分の足で立つ", "Standing on my own feet"),
    card("adventure", "冒険", "Adventure", "知らない土地や世界へ出かける", "Going where I have never been"),
    card("wisdom", "知恵", "Wisdom", "物事の本質を見きわめる", "Seeing what really matters in things"),
    card("peace", "平和", "Peace", "争いのない穏やかな世の中", "A calm world without conflict"),
    card("fairness", "公正", "Fairness", "誰もが同じように扱われる", "Everyone treated alike"),
    card("recognition", "承認", "Recognition", "していることを人に認められる", "Having what I do seen by others"),
    card("friendship", "友情", "Friendship", "長く信じ合える友がいる", "Friends I can trust for years"),
    card("harmony", "心の平穏", "Inner harmony", "自分と折り合いがついている", "Being at peace with myself"),
    card("achievement", "達成", "Achievement", "決めたことをやり遂げる", "Seeing through what I set out to do"),
    card("compassion", "思いやり", "Compassion", "人の痛みに寄り添う", "Standing by others when they hurt"),
    card("mastery", "熟達", "Mastery", "ひとつの技を深く磨く", "Taking one craft deep"),
];

/// The card with this key.
pub fn card_by_key(key: &str) -> Option<&'static Card> {
    CARDS.iter().find(|c| c.key == key)
}

/// A sorted card's name in `lang`: a built-in card by its key, one's own card as typed.
pub fn card_name(card: &str, own: bool, lang: Lang) -> String {
    match card_by_key(card).filter(|_| !own) {
        Some(c) => c.name(lang).to_owned(),
        None => card.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_every_card_reads_in_both_languages() {
        let mut keys: Vec<&str> = CARDS.iter().map(|c| c.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), CARDS.len());
        for c in CARDS {
            assert!(![c.ja, c.en, c.ja_about, c.en_about].iter().any(|t| t.trim().is_empty()), "{}", c.key);
        }
        assert!(CARDS.len() >= 20, "enough cards to choose from");
    }

    #[test]
    fn names_follow_the_language_and_own_cards_stay_as_typed() {
        assert_eq!(card_name("freedom", false, Lang::Ja), "自由");
        assert_eq!(card_name("freedom", false, Lang::En), "Freedom");
        assert_eq!(card_name("freedom", true, Lang::En), "freedom", "an own card named like a key");
        assert_eq!(card_name("旅", true, Lang::En), "旅");
    }
}
