//! The walkthrough's words: each chapter's name and idea, each question, its short label and its
//! example (examples are placeholders, never answers), and the card sort's and the summary's
//! texts. The texts themselves are in the Fluent files (`guide-…` messages, the cards'
//! `card-…`); this module only says which message a chapter or a step shows, and fills in the
//! records it is about. All written for this program; the column behind the ideas is not quoted.

use super::{Chapter, Step};
use crate::i18n::{self, Label, Lang, tr};
use crate::model::cards::{CARDS, Card, card_by_key};
use crate::model::{AssetKind, Workbook, same_name};

pub fn title(lang: Lang) -> &'static str {
    tr!(lang, "guide-title")
}

pub fn chapter(lang: Lang, c: Chapter) -> &'static str {
    match c {
        Chapter::Ties => tr!(lang, "guide-chapter-ties"),
        Chapter::Values => tr!(lang, "guide-chapter-values"),
        Chapter::Communities => tr!(lang, "guide-chapter-communities"),
        Chapter::Outputs => tr!(lang, "guide-chapter-outputs"),
        Chapter::Invitation => tr!(lang, "guide-chapter-invitation"),
        Chapter::Assets => tr!(lang, "guide-chapter-assets"),
        Chapter::Summary => tr!(lang, "guide-chapter-summary"),
    }
}

/// A chapter's idea: a heading, then a few short paragraphs (one message, its paragraphs
/// separated by a blank line, so a paragraph can be added in the files alone).
pub fn explain(lang: Lang, c: Chapter) -> &'static [&'static str] {
    static PARAGRAPHS: [[std::sync::OnceLock<Vec<&'static str>>; Chapter::COUNT]; 2] =
        [const { [const { std::sync::OnceLock::new() }; Chapter::COUNT] }; 2];
    PARAGRAPHS[lang.index()][c.index()].get_or_init(|| {
        let text = match c {
            Chapter::Ties => tr!(lang, "guide-explain-ties"),
            Chapter::Values => tr!(lang, "guide-explain-values"),
            Chapter::Communities => tr!(lang, "guide-explain-communities"),
            Chapter::Outputs => tr!(lang, "guide-explain-outputs"),
            Chapter::Invitation => tr!(lang, "guide-explain-invitation"),
            Chapter::Assets => tr!(lang, "guide-explain-assets"),
            Chapter::Summary => tr!(lang, "guide-explain-summary"),
        };
        text.split("\n\n").collect()
    })
}

/// The question of a page, with the record it is about.
pub fn prompt(lang: Lang, step: Step, wb: &Workbook) -> String {
    let value = |rank: usize| wb.ranked_values().get(rank).map(|v| v.name.to_string()).unwrap_or_default();
    let community = |n: u8| super::made_community(wb, n).map(|c| c.name.to_string()).unwrap_or_default();
    match step {
        Step::Owner => tr!(lang, "guide-ask-owner").into(),
        Step::Describe(r) => tr!(lang, "guide-ask-describe", value = value(r)),
        Step::Interests => tr!(lang, "guide-ask-interests").into(),
        Step::CommunityOutside(n) => tr!(lang, "guide-ask-community-outside", community = community(n)),
        Step::CommunityInterests(n) => tr!(lang, "guide-ask-community-interests", community = community(n)),
        Step::CommunityName(n) => tr!(lang, "guide-ask-community-name", n = n),
        Step::CommunityKind(n) => tr!(lang, "guide-ask-community-kind", community = community(n)),
        Step::CommunityStatus(n) => tr!(lang, "guide-ask-community-status", community = community(n)),
        Step::CommunityDistance(n) => tr!(lang, "guide-ask-community-distance", community = community(n)),
        Step::CommunityValues(n) => tr!(lang, "guide-ask-community-values", community = community(n)),
        Step::Tags => tr!(lang, "guide-ask-tags").into(),
        Step::Output => tr!(lang, "guide-ask-output").into(),
        Step::OutputChannel => tr!(lang, "guide-ask-output-channel").into(),
        Step::OutputTags => tr!(lang, "guide-ask-output-tags").into(),
        Step::IntroducePeople => tr!(lang, "guide-ask-introduce-people").into(),
        Step::IntroduceWhy => tr!(lang, "guide-ask-introduce-why").into(),
        Step::InviteWhat => tr!(lang, "guide-ask-invite-what").into(),
        Step::InviteReceived => tr!(lang, "guide-ask-invite-received").into(),
        Step::InviteFit(r) => tr!(lang, "guide-ask-invite-fit", value = value(r)),
        Step::InviteExcitement => tr!(lang, "guide-ask-invite-excitement").into(),
        Step::InviteCost => tr!(lang, "guide-ask-invite-cost").into(),
        Step::InviteDecision => tr!(lang, "guide-ask-invite-decision").into(),
        Step::InviteReason => tr!(lang, "guide-ask-invite-reason").into(),
        Step::Rate(kind) => tr!(lang, "guide-ask-rate", asset = kind.label(lang)),
        Step::Explain | Step::Sort | Step::Top | Step::Verdict | Step::Stocktake | Step::Summary => String::new(),
    }
}

/// A question's short field label.
pub fn label(lang: Lang, step: Step) -> &'static str {
    match step {
        Step::Owner | Step::CommunityName(_) => tr!(lang, "guide-label-name"),
        Step::Describe(_) => tr!(lang, "guide-label-meaning"),
        Step::CommunityDistance(_) => tr!(lang, "guide-label-distance"),
        Step::CommunityKind(_) => tr!(lang, "guide-label-kind"),
        Step::CommunityStatus(_) => tr!(lang, "guide-label-status"),
        Step::OutputChannel => tr!(lang, "guide-label-channel"),
        Step::OutputTags => tr!(lang, "guide-label-tags"),
        Step::InviteReceived => tr!(lang, "guide-label-received"),
        Step::CommunityValues(_) => tr!(lang, "guide-label-values"),
        Step::Interests | Step::CommunityInterests(_) => tr!(lang, "guide-label-interests"),
        Step::CommunityOutside(_) => tr!(lang, "guide-label-outside"),
        Step::Tags => tr!(lang, "guide-label-tags"),
        Step::Output => tr!(lang, "guide-label-output"),
        Step::IntroducePeople => tr!(lang, "guide-label-two-people"),
        Step::IntroduceWhy | Step::InviteReason => tr!(lang, "guide-label-why"),
        Step::InviteWhat => tr!(lang, "guide-label-invitation"),
        Step::InviteFit(_) => tr!(lang, "guide-label-fit"),
        Step::InviteExcitement => tr!(lang, "guide-label-excitement"),
        Step::InviteCost => tr!(lang, "guide-label-cost"),
        Step::InviteDecision => tr!(lang, "guide-label-decision"),
        Step::Rate(_) => tr!(lang, "guide-label-rating"),
        _ => "",
    }
}

/// A question's example, shown greyed while the field is empty.
pub fn example(lang: Lang, step: Step) -> &'static str {
    match step {
        Step::Owner => tr!(lang, "guide-example-owner"),
        Step::Describe(_) => tr!(lang, "guide-example-describe"),
        Step::CommunityName(_) => tr!(lang, "guide-example-community-name"),
        Step::CommunityValues(_) => tr!(lang, "guide-example-community-values"),
        Step::Interests | Step::CommunityInterests(_) => tr!(lang, "guide-example-interests"),
        Step::Tags => tr!(lang, "guide-example-tags"),
        Step::Output => tr!(lang, "guide-example-output"),
        Step::IntroducePeople => tr!(lang, "guide-example-introduce-people"),
        Step::IntroduceWhy => tr!(lang, "guide-example-introduce-why"),
        Step::InviteWhat => tr!(lang, "guide-example-invite-what"),
        Step::InviteReceived => tr!(lang, "guide-example-invite-received"),
        Step::OutputTags => tr!(lang, "guide-example-tags"),
        Step::InviteExcitement => tr!(lang, "guide-example-invite-excitement"),
        Step::InviteReason => tr!(lang, "guide-example-invite-reason"),
        _ => "",
    }
}

/// An example prefixed the way every example is.
pub fn as_example(lang: Lang, text: &str) -> String {
    tr!(lang, "guide-example", text = text)
}

pub fn fit_label(lang: Lang, fit: i8) -> &'static str {
    match fit {
        ..=-2 => tr!(lang, "guide-fit-against"),
        -1 => tr!(lang, "guide-fit-a-little-against"),
        0 => tr!(lang, "guide-fit-unrelated"),
        1 => tr!(lang, "guide-fit-a-little"),
        _ => tr!(lang, "guide-fit-well"),
    }
}

pub fn pile(lang: Lang, n: u8) -> &'static str {
    match n {
        1 => tr!(lang, "guide-pile-very-important"),
        2 => tr!(lang, "guide-pile-important"),
        _ => tr!(lang, "guide-pile-not-so-much"),
    }
}

pub fn name_or_skip(lang: Lang) -> &'static str {
    tr!(lang, "guide-name-or-skip")
}

pub fn required_or_skip(lang: Lang) -> &'static str {
    tr!(lang, "guide-required-or-skip")
}

pub fn two_names(lang: Lang) -> &'static str {
    tr!(lang, "guide-two-names")
}

pub fn own_card_label(lang: Lang) -> &'static str {
    tr!(lang, "guide-own-card-label")
}

pub fn own_card_example(lang: Lang) -> &'static str {
    tr!(lang, "guide-own-card-example")
}

pub fn card_taken(lang: Lang, name: &str) -> String {
    if name.is_empty() { tr!(lang, "guide-card-unnamed").into() } else { tr!(lang, "guide-card-taken", name = name) }
}

pub fn pick_count(lang: Lang, n: usize) -> String {
    tr!(lang, "guide-pick-count", n = n)
}

pub fn sort_first(lang: Lang) -> &'static str {
    tr!(lang, "guide-sort-first")
}

pub fn card_count(lang: Lang, at: usize, of: usize) -> String {
    tr!(lang, "guide-card-count", at = at, total = of)
}

pub fn top_intro(lang: Lang) -> &'static str {
    tr!(lang, "guide-top-intro")
}

pub fn verdict_intro(lang: Lang) -> &'static str {
    tr!(lang, "guide-verdict-intro")
}

pub fn stocktake_intro(lang: Lang) -> &'static str {
    tr!(lang, "guide-stocktake-intro")
}

pub fn summary_intro(lang: Lang) -> &'static str {
    tr!(lang, "guide-summary-intro")
}

/// The page that greets a return: where Enter goes on, or, once the walkthrough was finished
/// (on `finished`), that it was, with the chapter Enter opens.
pub fn welcome_back(lang: Lang, chapter_name: &str, finished: Option<chrono::NaiveDate>) -> String {
    match finished {
        Some(day) => tr!(lang, "guide-welcome-finished", chapter = chapter_name, date = crate::i18n::date(Some(day))),
        None => tr!(lang, "guide-welcome-back", chapter = chapter_name),
    }
}

pub fn done(lang: Lang) -> &'static str {
    tr!(lang, "guide-done")
}

pub fn left(lang: Lang) -> &'static str {
    tr!(lang, "guide-left")
}

pub fn answer_label(lang: Lang) -> &'static str {
    tr!(lang, "guide-answer-label")
}

/// A line of the summary: what the walkthrough left in the workbook.
pub fn summary_lines(lang: Lang, wb: &Workbook) -> Vec<(String, String)> {
    let names = |v: Vec<String>| if v.is_empty() { "-".to_owned() } else { v.join(", ") };
    let values = names(wb.ranked_values().iter().map(|v| v.name.to_string()).collect());
    let communities = names(wb.communities.iter().map(|c| c.name.to_string()).take(5).collect());
    let tags = names(wb.tags.iter().map(|t| t.name.to_string()).take(6).collect());
    let decided: Vec<String> = wb
        .invitations
        .iter()
        .filter(|i| i.decision != crate::model::Decision::Pending)
        .map(|i| {
            // A practice one is shown as practice: it is in no count.
            format!("{} ({})", crate::i18n::practice_marked(lang, &i.what, !i.counts()), i.decision.label(lang))
        })
        .take(3)
        .collect();
    let ratings: Vec<String> = [AssetKind::SelfKnowledge, AssetKind::DiverseNetworks, AssetKind::Openness]
        .iter()
        .map(|&k| {
            let r = wb.asset(k).and_then(|a| a.rating).map_or_else(|| "-".to_owned(), |r| format!("{r}/5"));
            format!("{} {r}", k.label(lang))
        })
        .collect();
    let owner = if wb.settings.owner.trim().is_empty() { "-".to_owned() } else { wb.settings.owner.to_string() };
    vec![
        (tr!(lang, "guide-summary-name").to_owned(), owner),
        (tr!(lang, "guide-summary-values").to_owned(), values),
        (tr!(lang, "guide-summary-communities").to_owned(), communities),
        (tr!(lang, "guide-summary-tags").to_owned(), tags),
        (tr!(lang, "guide-summary-outputs").to_owned(), wb.outputs.len().to_string()),
        (tr!(lang, "guide-summary-decided").to_owned(), names(decided)),
        (tr!(lang, "guide-summary-assets").to_owned(), ratings.join(", ")),
        (tr!(lang, "guide-summary-stocktakes").to_owned(), wb.stocktakes.len().to_string()),
    ]
}

pub fn more_below(lang: Lang) -> &'static str {
    tr!(lang, "guide-more-below")
}

pub fn all_sorted(lang: Lang) -> &'static str {
    tr!(lang, "guide-all-sorted")
}

pub fn sort_keys(lang: Lang) -> &'static str {
    tr!(lang, "guide-sort-keys")
}

pub fn your_ranking(lang: Lang) -> &'static str {
    tr!(lang, "guide-your-ranking")
}

/// A built-in card's name in `lang` (its key if the files lacked it, which a test rules out).
pub fn card_title(lang: Lang, card: &Card) -> &'static str {
    i18n::card_name(lang, card.key).unwrap_or(card.key)
}

/// A built-in card's line in `lang`.
pub fn card_about(lang: Lang, card: &Card) -> &'static str {
    i18n::card_about(lang, card.key).unwrap_or_default()
}

/// A sorted card's name in `lang`: a built-in card by its key, one's own card as typed.
pub fn card_name(card: &str, own: bool, lang: Lang) -> String {
    match card_by_key(card).filter(|_| !own) {
        Some(c) => card_title(lang, c).to_owned(),
        None => card.to_owned(),
    }
}

/// The built-in card named `name` in either language (as [`same_name`] compares names).
pub fn card_named(name: &str) -> Option<&'static Card> {
    CARDS.iter().find(|c| [Lang::Ja, Lang::En].into_iter().any(|lang| same_name(card_title(lang, c), name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_names_follow_the_language_and_own_cards_stay_as_typed() {
        assert_eq!(card_name("freedom", false, Lang::Ja), "自由");
        assert_eq!(card_name("freedom", false, Lang::En), "Freedom");
        assert_eq!(card_name("freedom", true, Lang::En), "freedom", "an own card named like a key");
        assert_eq!(card_name("旅", true, Lang::En), "旅");
    }

    #[test]
    fn a_chapter_is_a_heading_then_paragraphs() {
        for lang in [Lang::Ja, Lang::En] {
            for c in <Chapter as strum::IntoEnumIterator>::iter() {
                let parts = explain(lang, c);
                assert!(!parts.is_empty(), "{lang:?} {c:?}");
                for p in parts {
                    assert!(!p.trim().is_empty() && !p.contains('\n') && p.trim() == *p, "{lang:?} {c:?}: {p:?}");
                }
            }
            assert_eq!(explain(lang, Chapter::Ties).len(), 5, "with the evidence from Japan");
        }
        assert_eq!(more_below(Lang::En), " more: j ", "the spaces around it are kept");
    }
}
