//! Every user-facing text, in Japanese and English, read from the Fluent files in
//! `assets/i18n/{ja,en}/tsunagari.ftl` through [`tr!`] (see [`fluent`]).
//!
//! Labels of the model's choice enums come from [`Label`]; sentences about the model are
//! functions here. Screens call these and never spell text themselves.

pub mod fluent;
pub mod guide;
pub mod messages;

use chrono::{Datelike, NaiveDate};

pub use crate::model::Lang;
use crate::model::derived::{DiversityWarning, NextAction};
use crate::model::*;
pub(crate) use fluent::tr;

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

/// The label of a choice, in one language.
pub trait Label: Copy {
    fn label(self, lang: Lang) -> &'static str;
}

macro_rules! labels {
    ($ty:ty { $($variant:ident => $id:tt;)* }) => {
        impl Label for $ty {
            fn label(self, lang: Lang) -> &'static str {
                match self {
                    $(<$ty>::$variant => tr!(lang, $id),)*
                }
            }
        }
    };
}

/// The names of the seven tabs, in tab order.
pub fn tab_names(lang: Lang) -> [&'static str; 7] {
    [
        tr!(lang, "tab-overview"),
        tr!(lang, "tab-communities"),
        tr!(lang, "tab-outputs"),
        tr!(lang, "tab-invitations"),
        tr!(lang, "tab-values"),
        tr!(lang, "tab-assets"),
        tr!(lang, "tab-people"),
    ]
}

/// The longer titles shown above each tab's body.
pub fn tab_titles(lang: Lang) -> [&'static str; 7] {
    [
        tr!(lang, "tab-title-overview"),
        tr!(lang, "tab-title-communities"),
        tr!(lang, "tab-title-outputs"),
        tr!(lang, "tab-title-invitations"),
        tr!(lang, "tab-title-values"),
        tr!(lang, "tab-title-assets"),
        tr!(lang, "tab-title-people"),
    ]
}

/// Headings of the help: in lists, everywhere, when asked, in help and details, in forms, in a
/// search, in a pick list.
pub fn help_groups(lang: Lang) -> [&'static str; 7] {
    [
        tr!(lang, "help-group-lists"),
        tr!(lang, "help-group-everywhere"),
        tr!(lang, "help-group-confirm"),
        tr!(lang, "help-group-reading"),
        tr!(lang, "help-group-form"),
        tr!(lang, "help-group-search"),
        tr!(lang, "help-group-pick"),
    ]
}

/// The three steps: their names, short names and small goals.
pub fn step_names(lang: Lang) -> [&'static str; 3] {
    [tr!(lang, "step-name-1"), tr!(lang, "step-name-2"), tr!(lang, "step-name-3")]
}
pub fn step_short(lang: Lang) -> [&'static str; 3] {
    [tr!(lang, "step-short-1"), tr!(lang, "step-short-2"), tr!(lang, "step-short-3")]
}
pub fn step_goals(lang: Lang) -> [&'static str; 3] {
    [tr!(lang, "step-goal-1"), tr!(lang, "step-goal-2"), tr!(lang, "step-goal-3")]
}

/// Granovetter's four dimensions of a tie, as the detail view names them.
pub fn tie_dims(lang: Lang) -> [&'static str; 4] {
    [tr!(lang, "tie-time"), tr!(lang, "tie-emotion"), tr!(lang, "tie-intimacy"), tr!(lang, "tie-reciprocity")]
}

/// The same as form labels, with their range.
pub fn tie_labels(lang: Lang) -> [&'static str; 4] {
    [
        tr!(lang, "tie-label-time"),
        tr!(lang, "tie-label-emotion"),
        tr!(lang, "tie-label-intimacy"),
        tr!(lang, "tie-label-reciprocity"),
    ]
}

labels!(CommunityKind {
    Learning => "community-kind-learning";
    ReadingCircle => "community-kind-reading-circle";
    OnlineSalon => "community-kind-online-salon";
    ProBono => "community-kind-pro-bono";
    ThirdPlace => "community-kind-third-place";
    Hobby => "community-kind-hobby";
    Alumni => "community-kind-alumni";
    Local => "community-kind-local";
    Professional => "community-kind-professional";
    Other => "community-kind-other";
});

labels!(crate::model::derived::MutualBucket {
    NoneInCommon => "mutual-bucket-none-in-common";
    Few => "mutual-bucket-few";
    ModeratelyWeak => "mutual-bucket-moderately-weak";
    Many => "mutual-bucket-many";
    Embedded => "mutual-bucket-embedded";
});

labels!(crate::model::assets::Indicator {
    ValuesDefined => "indicator-values-defined";
    ValuesRevisited => "indicator-values-revisited";
    Reflections => "indicator-reflections";
    Stocktakes => "indicator-stocktakes";
    CommunitiesReached => "indicator-communities-reached";
    FieldsReached => "indicator-fields-reached";
    WeakTies => "indicator-weak-ties";
    Bridges => "indicator-bridges";
    AcceptedRecently => "indicator-accepted-recently";
    AcceptedNewAreas => "indicator-accepted-new-areas";
    JoinedRecently => "indicator-joined-recently";
    Tags => "indicator-tags";
    OutputsRecently => "indicator-outputs-recently";
    StrongTies => "indicator-strong-ties";
    IntroductionsGiven => "indicator-introductions-given";
});

labels!(Distance {
    Observe => "distance-observe";
    TakePart => "distance-take-part";
    Contribute => "distance-contribute";
    Organise => "distance-organise";
});

labels!(CommunityStatus {
    Considering => "community-status-considering";
    Trying => "community-status-trying";
    Active => "community-status-active";
    Resting => "community-status-resting";
    Left => "community-status-left";
});

labels!(Cadence {
    Weekly => "cadence-weekly";
    Biweekly => "cadence-biweekly";
    Monthly => "cadence-monthly";
    Quarterly => "cadence-quarterly";
    Yearly => "cadence-yearly";
    Irregular => "cadence-irregular";
});

labels!(Channel {
    Social => "channel-social";
    Blog => "channel-blog";
    Talk => "channel-talk";
    Meetup => "channel-meetup";
    Newsletter => "channel-newsletter";
    Code => "channel-code";
    Conversation => "channel-conversation";
    Other => "channel-other";
});

labels!(IntroDirection {
    Given => "intro-direction-given";
    Received => "intro-direction-received";
});

labels!(InvitationKind {
    Event => "invitation-kind-event";
    Talk => "invitation-kind-talk";
    Project => "invitation-kind-project";
    Job => "invitation-kind-job";
    Collaboration => "invitation-kind-collaboration";
    Volunteer => "invitation-kind-volunteer";
    Meeting => "invitation-kind-meeting";
    Writing => "invitation-kind-writing";
    Other => "invitation-kind-other";
});

labels!(Cost {
    Low => "cost-low";
    Medium => "cost-medium";
    High => "cost-high";
});

labels!(Decision {
    Pending => "decision-pending";
    Accepted => "decision-accepted";
    Declined => "decision-declined";
    Later => "decision-later";
});

labels!(HappenstanceSkill {
    Curiosity => "skill-curiosity";
    Persistence => "skill-persistence";
    Flexibility => "skill-flexibility";
    Optimism => "skill-optimism";
    RiskTaking => "skill-risk-taking";
});

labels!(AssetKind {
    SelfKnowledge => "asset-self-knowledge";
    DiverseNetworks => "asset-diverse-networks";
    Openness => "asset-openness";
    SkillsKnowledge => "asset-skills-knowledge";
    Peers => "asset-peers";
    Reputation => "asset-reputation";
    Health => "asset-health";
    Balance => "asset-balance";
    RegenerativeFriendships => "asset-regenerative-friendships";
});

labels!(AssetGroup {
    Transformational => "asset-group-transformational";
    Productive => "asset-group-productive";
    Vitality => "asset-group-vitality";
});

labels!(Topic {
    General => "topic-general";
    Communities => "topic-communities";
    Outputs => "topic-outputs";
    Invitations => "topic-invitations";
    Values => "topic-values";
    Assets => "topic-assets";
    People => "topic-people";
});

/// A date as people write it: `2026-11-24` in both languages (the form Japanese forms use too).
pub fn date(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "-".to_owned(), |d| d.format("%Y-%m-%d").to_string())
}

/// A long date for the detail view.
pub fn long_date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Ja => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Lang::En => d.format("%-d %B %Y").to_string(),
    }
}

pub fn days_ago(lang: Lang, days: i64) -> String {
    match (lang, days) {
        (Lang::Ja, 0) => "今日".to_owned(),
        (Lang::En, 0) => "today".to_owned(),
        (Lang::Ja, d) if d < 0 => format!("{}日後", -d),
        (Lang::En, d) if d < 0 => format!("in {} days", -d),
        (Lang::Ja, d) => format!("{d}日前"),
        (Lang::En, 1) => "yesterday".to_owned(),
        (Lang::En, d) => format!("{d} days ago"),
    }
}

pub fn count_records(lang: Lang, n: usize) -> String {
    tr!(lang, "count-records", n = n)
}

pub fn diversity_line(lang: Lang, communities: usize, kinds: usize, outside: usize) -> String {
    match lang {
        Lang::Ja => format!("{communities} か所、種類 {kinds}、いつもの輪の外 {outside}"),
        Lang::En => {
            format!("{communities} communities, {kinds} kinds, {outside} outside your usual circle")
        }
    }
}

pub fn diversity_warning(lang: Lang, w: DiversityWarning) -> String {
    match (lang, w) {
        (Lang::Ja, DiversityWarning::NoCommunities) => {
            "まだコミュニティがありません。関心から一つ選んでみましょう。".to_owned()
        }
        (Lang::En, DiversityWarning::NoCommunities) => "No communities yet. Pick one from an interest.".to_owned(),
        (Lang::Ja, DiversityWarning::OneKind(k)) => {
            format!("すべて「{}」の場です。別の種類の場も一つ加えると視野が広がります。", k.label(lang))
        }
        (Lang::En, DiversityWarning::OneKind(k)) => {
            format!("All your communities are {}. One of another kind would widen your view.", k.label(lang))
        }
        (Lang::Ja, DiversityWarning::AllInUsualCircle) => {
            "どれもいつもの輪の中です。輪の外の場を一つ探してみましょう。".to_owned()
        }
        (Lang::En, DiversityWarning::AllInUsualCircle) => {
            "All sit inside your usual circle. Look for one outside it.".to_owned()
        }
    }
}

/// One next action as a sentence; `name` resolves the record it is about.
pub fn next_action(lang: Lang, a: &NextAction, wb: &Workbook) -> String {
    let tag = |id: TagId| wb.tags.get(id).map_or_else(String::new, |t| text::one_line(&t.name));
    let person = |id: PersonId| wb.people.get(id).map_or_else(String::new, |p| text::one_line(&p.name));
    let invitation = |id: InvitationId| wb.invitations.get(id).map_or_else(String::new, |i| text::one_line(&i.what));
    match (lang, a) {
        (Lang::Ja, NextAction::FitsWaiting { passing }) => {
            format!("価値観に合うお誘い・コミュニティが {passing} 件、返事を待っています(価値観フィルター)")
        }
        (Lang::En, NextAction::FitsWaiting { passing }) => {
            format!("{passing} invitations or communities that fit your values wait for an answer (value filter)")
        }
        (Lang::Ja, NextAction::DefineValues) => "最終価値観を3〜5個決めましょう(判断の軸になります)".to_owned(),
        (Lang::En, NextAction::DefineValues) => "Name 3 to 5 final values: they are your filter".to_owned(),
        (Lang::Ja, NextAction::FewCommunities { taking_part }) => {
            format!("参加中のコミュニティは {taking_part} か所。関心から一つ試してみましょう")
        }
        (Lang::En, NextAction::FewCommunities { taking_part: 1 }) => {
            "You take part in 1 community; try one more from an interest".to_owned()
        }
        (Lang::En, NextAction::FewCommunities { taking_part }) => {
            format!("You take part in {taking_part} communities; try one more from an interest")
        }
        (Lang::Ja, NextAction::QuietTag { tag: t, days: None }) => {
            format!("タグ「{}」の発信がまだありません", tag(*t))
        }
        (Lang::En, NextAction::QuietTag { tag: t, days: None }) => {
            format!("No output yet for your tag \"{}\"", tag(*t))
        }
        (Lang::Ja, NextAction::QuietTag { tag: t, days: Some(d) }) => {
            format!("タグ「{}」の発信が {d} 日ありません", tag(*t))
        }
        (Lang::En, NextAction::QuietTag { tag: t, days: Some(d) }) => {
            format!("No output on your tag \"{}\" for {d} days", tag(*t))
        }
        (Lang::Ja, NextAction::WeakTiesQuiet { people }) => {
            format!(
                "ゆるやかな繋がり {} 人と90日以上連絡がありません(最も長いのは {})",
                people.len(),
                person(people[0])
            )
        }
        (Lang::En, NextAction::WeakTiesQuiet { people }) => {
            format!("{} weak ties unheard from for 90+ days (longest: {})", people.len(), person(people[0]))
        }
        (Lang::Ja, NextAction::Reconnect { person: p, overdue }) => {
            format!("{} さんへの連絡が予定より {overdue} 日遅れています", person(*p))
        }
        (Lang::En, NextAction::Reconnect { person: p, overdue }) => {
            format!("Get back in touch with {}: {overdue} days past your cadence", person(*p))
        }
        (Lang::Ja, NextAction::PastDeadline { invitation: i, days }) => {
            format!("お誘い「{}」の期限を {days} 日過ぎています。返事を決めましょう", invitation(*i))
        }
        (Lang::En, NextAction::PastDeadline { invitation: i, days }) => {
            format!("The invitation \"{}\" is {days} days past its deadline: decide", invitation(*i))
        }
        (Lang::Ja, NextAction::StocktakeDue { days: None }) => "変身資産の最初の棚卸しをしましょう".to_owned(),
        (Lang::En, NextAction::StocktakeDue { days: None }) => "Take your first stock of your assets".to_owned(),
        (Lang::Ja, NextAction::StocktakeDue { days: Some(d) }) => {
            format!("前回の棚卸しから {d} 日。見直しの時期です")
        }
        (Lang::En, NextAction::StocktakeDue { days: Some(d) }) => {
            format!("Your last stock-take was {d} days ago: time for another")
        }
    }
}

pub fn name_error(lang: Lang, kind: RecordKind, name: &str, e: &NameError) -> String {
    let noun = messages::noun(lang, kind);
    match (lang, e) {
        (Lang::Ja, NameError::Missing) => {
            format!("「{name}」という{noun}は見つかりません。Ctrl-p で一覧から選ぶか、先に追加してください")
        }
        (Lang::En, NameError::Missing) => {
            format!("no {noun} named \"{name}\"; press Ctrl-p to pick from the list, or add it first")
        }
        (_, NameError::Ambiguous(ids)) => messages::text(lang, messages::Msg::Ambiguous(kind, name, ids.clone())),
    }
}

/// What in the config file was not used, one line per problem (for `check`).
pub fn config_problems(lang: Lang, problems: &[crate::config::Problem]) -> Vec<String> {
    use crate::app::keymap::KeyProblem;
    use crate::config::Problem;
    let one = |p: &Problem| match (lang, p) {
        (Lang::Ja, Problem::Unreadable { path, at, message }) => {
            let at = at.map_or_else(String::new, |(l, c)| format!(":{l}:{c}"));
            format!("設定ファイル {}{at}: {message}。直すか消すまで既定の設定を使います", path.display())
        }
        (Lang::En, Problem::Unreadable { path, at, message }) => {
            let at = at.map_or_else(String::new, |(l, c)| format!(":{l}:{c}"));
            format!("config {}{at}: {message}; the defaults apply until it is fixed or removed", path.display())
        }
        (Lang::Ja, Problem::BadColor { role, value }) => {
            format!("設定: {role} の色「{value}」は読めません(cyan、#rrggbb、0〜255 のように書いてください)")
        }
        (Lang::En, Problem::BadColor { role, value }) => {
            format!("config: colour \"{value}\" for {role} not understood (write cyan, #rrggbb or 0-255)")
        }
        (Lang::Ja, Problem::Key(KeyProblem::UnknownAction(a))) => {
            format!("設定: 「{a}」という操作はありません(名前は README のキーの表にあります)")
        }
        (Lang::En, Problem::Key(KeyProblem::UnknownAction(a))) => {
            format!("config: no action called \"{a}\" (the names are in the README's key table)")
        }
        (Lang::Ja, Problem::Key(KeyProblem::BadKey { action, key })) => {
            format!("設定: {action} のキー「{key}」は読めません(a、Ctrl-r、F2、Enter のように書いてください)")
        }
        (Lang::En, Problem::Key(KeyProblem::BadKey { action, key })) => {
            format!("config: key \"{key}\" for {action} not understood (write a, Ctrl-r, F2, Enter)")
        }
        (Lang::Ja, Problem::Key(KeyProblem::StealsTyping { action, key })) => {
            format!("設定: {action} に「{key}」を割り当てると入力できなくなります。Ctrl- か F キーにしてください")
        }
        (Lang::En, Problem::Key(KeyProblem::StealsTyping { action, key })) => {
            format!("config: \"{key}\" for {action} would stop that letter being typed; use a Ctrl- or F key")
        }
        (Lang::Ja, Problem::Key(KeyProblem::Unreachable(a))) => {
            format!("設定: 「{a}」に割り当てたキーが他の操作に取られ、使えるキーがなくなりました")
        }
        (Lang::En, Problem::Key(KeyProblem::Unreachable(a))) => {
            format!("config: \"{a}\" has no key left (another action took it)")
        }
    };
    problems.iter().map(one).collect()
}

/// The first config problem for the status line, with how many more `check` would list.
pub fn config_notice(lang: Lang, problems: &[crate::config::Problem]) -> Option<String> {
    let lines = config_problems(lang, problems);
    let first = lines.first()?.clone();
    Some(match (lang, lines.len() - 1) {
        (_, 0) => first,
        (Lang::Ja, n) => format!("{first}(ほか {n} 件: tsunagari check で一覧)"),
        (Lang::En, n) => format!("{first} ({n} more: see tsunagari check)"),
    })
}

/// Why a candidate scores what it does, in one short line: "自由 +2, 学び +1; ワクワク 4; 負担 大".
pub fn filter_why(lang: Lang, wb: &crate::model::Workbook, v: &crate::model::filter::Verdict) -> String {
    let mut pieces = Vec::new();
    if v.unrated {
        pieces.push(match lang {
            Lang::Ja => "価値観の評価なし".to_owned(),
            Lang::En => "no value rated".to_owned(),
        });
    } else {
        let values: Vec<String> = v
            .parts
            .iter()
            .map(|p| {
                let name = wb.values.get(p.value).map_or_else(String::new, |x| crate::model::text::one_line(&x.name));
                format!("{name} {:+}", p.fit)
            })
            .collect();
        pieces.push(match lang {
            Lang::Ja => values.join(", "),
            // "matches" reads wrong before a value the invitation works against.
            Lang::En if v.parts.iter().all(|p| p.fit > 0) => format!("matches {}", values.join(", ")),
            Lang::En => format!("fit {}", values.join(", ")),
        });
    }
    if v.excitement > 0 {
        pieces.push(match lang {
            Lang::Ja => format!("ワクワク {}", v.excitement),
            Lang::En => format!("excitement {}", v.excitement),
        });
    }
    if v.cost != crate::model::Cost::Low {
        pieces.push(match lang {
            Lang::Ja => format!("負担 {}", v.cost.label(lang)),
            Lang::En => format!("cost {}", v.cost.label(lang)),
        });
    }
    pieces.join("; ")
}

/// The value filter's score in full, for the detail view: each part and the sum.
pub fn filter_breakdown(lang: Lang, wb: &crate::model::Workbook, v: &crate::model::filter::Verdict) -> String {
    let mut terms: Vec<String> = v
        .parts
        .iter()
        .map(|p| {
            let name = wb.values.get(p.value).map_or_else(String::new, |x| crate::model::text::one_line(&x.name));
            format!("{name} {:+}x{}", p.fit, p.weight)
        })
        .collect();
    if v.excitement > 0 {
        terms.push(format!("+{}", v.excitement));
    }
    let cost = crate::model::filter::cost_penalty(v.cost);
    if cost > 0 {
        terms.push(format!("-{cost}"));
    }
    let verdict = if v.passes() { tr!(lang, "passes") } else { tr!(lang, "fails") };
    let sum = if terms.is_empty() { "0".to_owned() } else { terms.join(" ") };
    match lang {
        Lang::Ja => format!("{sum} = {:+}(しきい値 {}、{verdict})", v.total, v.threshold),
        Lang::En => format!("{sum} = {:+} (pass mark {}, {verdict})", v.total, v.threshold),
    }
}

/// The value filter's formula, for the help.
pub fn filter_formula(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Ja => &[
            "価値観フィルターの点の出し方",
            "点 = 各価値観の(合う度 × 重み)の合計 + ワクワク - 負担",
            "合う度: お誘いで価値観ごとに -2〜+2(コミュニティは結び付けた価値観ごとに +2)",
            "重み: 1 位の価値観 3、2 位 2、それ以降 1",
            "ワクワク: 0〜5(コミュニティはなし)、負担: 軽い 0、ほどほど 1、重い 3",
            "点がしきい値(初めは 3、< > で変更)以上なら通過",
        ],
        Lang::En => &[
            "How the value filter scores",
            "score = sum over final values of (fit x weight) + excitement - cost",
            "fit: -2 to +2 per value on an invitation (a community: +2 per linked value)",
            "weight: 3 for the value ranked first, 2 for the second, 1 for the rest",
            "excitement: 0 to 5 (none for communities); cost: low 0, medium 1, high 3",
            "passes when the score reaches the pass mark (3 at first; < and > change it)",
        ],
    }
}

/// How the network map is drawn (the end of the help).
pub fn map_rules(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Ja => &[
            "つながりの地図の見方",
            "中心があなた。周りの輪がコミュニティ、その点の集まりがそこで出会った人です(出会った場所、なければ共通のコミュニティ、なければ「コミュニティ外」)",
            "点の形: 強い繋がりは 2x2 の点、ゆるやかな繋がりは 1 点、橋渡し役は斜めの 2 点。休眠中は薄い 1 点",
            "強いつながりほどコミュニティの中心の近くに置かれます。ラベルの数は人数です",
            "一度に見せるコミュニティは画面に収まる数まで(最大 10)。PgUp/PgDn で次のコミュニティへ移り、ページも切り替わります",
            "選んだ人には輪と名前が付き、ほかに共有しているコミュニティへ線が引かれます",
            "j / k でコミュニティと人を順にたどり、g / G で最初と最後へ。Enter で詳細、e で編集、i でやりとりを記録、a で人を追加",
            "ラベルの「1-28/40」は、40人のうち 1〜28 人目を表示中という意味(選んだ人のいる範囲が出ます)",
        ],
        Lang::En => &[
            "Reading the network map",
            "You are in the middle. Around you are your communities; each cluster of marks is the people you met there (where you met, else a shared community, else \"no community\")",
            "Marks: a strong tie is a 2x2 block of dots, a weak tie one dot, a bridge two dots on a diagonal; dormant ties are dim",
            "The stronger the tie, the nearer the centre of its community. The number on a label is how many people",
            "As many communities as fit are shown at once (at most 10); PgUp/PgDn move to the next community and turn the page",
            "The selected person gets a ring and their name, and lines to the other communities they share",
            "j / k walk through the communities and people, g / G go to the first and last; Enter opens one, e edits, i logs a contact, a adds a person",
            "A label like \"1-28/40\" means people 1 to 28 of 40 are shown (the part holding the selection)",
        ],
    }
}

/// The look back on the value filter: accepted invitations per value, with outcomes written.
pub fn look_back(lang: Lang, wb: &crate::model::Workbook, served: &[crate::model::filter::Served]) -> String {
    served
        .iter()
        .map(|x| {
            let name = wb.values.get(x.value).map_or_else(String::new, |v| crate::model::text::one_line(&v.name));
            match lang {
                Lang::Ja if x.accepted > 0 => format!("{name} {}件(うち結果を記入 {})", x.accepted, x.with_outcome),
                Lang::En if x.accepted > 0 => format!("{name} {} ({} with outcome)", x.accepted, x.with_outcome),
                Lang::Ja => format!("{name} 0件"),
                Lang::En => format!("{name} 0"),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn decided(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Ja => format!("決定を記録: {name}"),
        Lang::En => format!("decision recorded: {name}"),
    }
}

pub fn no_record_id(lang: Lang, item: &str) -> String {
    match lang {
        Lang::Ja => format!("「{item}」という番号の記録はありません。#12 のように書くか、Ctrl-p で選んでください"),
        Lang::En => format!("no record numbered \"{item}\"; write #12 or press Ctrl-p to pick"),
    }
}

/// Ctrl-p on a link field when there is nothing of that kind yet.
pub fn nothing_to_pick(lang: Lang, kind: RecordKind) -> String {
    let noun = messages::noun(lang, kind);
    match lang {
        Lang::Ja => format!("選べる{noun}がまだありません。先に追加してください"),
        Lang::En => format!("there is no {noun} to pick yet; add one first"),
    }
}

pub fn number_range(lang: Lang, min: i64, max: i64) -> String {
    match lang {
        Lang::Ja => format!("{min}〜{max} の数字を入れてください"),
        Lang::En => format!("a number from {min} to {max}"),
    }
}

/// The name of a list order, for the list's title.
pub fn order(lang: Lang, o: crate::app::rows::Order) -> &'static str {
    use crate::app::rows::Order::*;
    match (lang, o) {
        (Lang::Ja, Natural) => "標準",
        (Lang::En, Natural) => "natural",
        (Lang::Ja, Name) => "名前順",
        (Lang::En, Name) => "by name",
        (Lang::Ja, Date) => "新しい順",
        (Lang::En, Date) => "newest first",
        (Lang::Ja, Strength) => "繋がりの強い順",
        (Lang::En, Strength) => "strongest first",
        (Lang::Ja, Reconnect) => "ご無沙汰の順",
        (Lang::En, Reconnect) => "most overdue first",
        (Lang::Ja, Reactions) => "反応の多い順",
        (Lang::En, Reactions) => "most reactions first",
        (Lang::Ja, Excitement) => "ワクワクの順",
        (Lang::En, Excitement) => "most exciting first",
        (Lang::Ja, Stale) => "久しい順",
        (Lang::En, Stale) => "longest since first",
    }
}

pub fn balance(lang: Lang, given: usize, received: usize) -> String {
    match lang {
        Lang::Ja => format!("紹介した {given} 件、紹介された {received} 件"),
        Lang::En => format!("{given} introductions made, {received} received"),
    }
}

pub fn editor_failed(lang: Lang, why: &str) -> String {
    match lang {
        Lang::Ja => {
            format!("エディタを使えませんでした: {why}(VISUAL か EDITOR を設定してください)。入力は元のままです")
        }
        Lang::En => format!("the editor could not be used: {why} (set VISUAL or EDITOR); the field is unchanged"),
    }
}

pub fn contact_logged(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Ja => format!("{name} さんとのやりとりを記録しました"),
        Lang::En => format!("logged a contact with {name}"),
    }
}

pub fn saved_record(lang: Lang, added: bool, name: &str) -> String {
    tr!(lang, "saved-record", added = if added { "true" } else { "false" }, name = name)
}

pub fn newer_version(lang: Lang, v: u32) -> String {
    match lang {
        Lang::Ja => {
            format!("新しい版の tsunagari で書かれたファイルです(版 {v})。壊さないよう読み取り専用で開きました。")
        }
        Lang::En => {
            format!("This file was written by a newer tsunagari (version {v}); opened read-only so nothing is lost.")
        }
    }
}

pub fn upgraded(lang: Lang, from: u32) -> String {
    match lang {
        Lang::Ja => {
            format!("古い形式(版 {from})のファイルを今の形式で保存します。元のファイルはバックアップに残ります。")
        }
        Lang::En => format!(
            "This file used an older format (version {from}); it is saved in the current one, the original kept as a backup."
        ),
    }
}

pub fn deleted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Ja => format!("削除: {name}"),
        Lang::En => format!("deleted {name}"),
    }
}

pub fn undone(lang: Lang, undo: bool, label: &str) -> String {
    match (lang, undo) {
        (Lang::Ja, true) => format!("元に戻しました({label})。Ctrl-r でやり直し"),
        (Lang::Ja, false) => format!("やり直しました({label})"),
        (Lang::En, true) => format!("Undone: {label}. Ctrl-r redoes it"),
        (Lang::En, false) => format!("Redone: {label}"),
    }
}

pub fn confirm_delete(lang: Lang, name: &str, touched: usize) -> String {
    match (lang, touched) {
        (Lang::Ja, 0) => format!("「{name}」を削除しますか？(u で元に戻せます)"),
        (Lang::Ja, n) => format!("「{name}」を削除しますか？ ほかの {n} 件からのリンクも外れます(u で元に戻せます)"),
        (Lang::En, 0) => format!("Delete \"{name}\"? (u undoes it)"),
        (Lang::En, n) => format!("Delete \"{name}\"? {n} other records link to it; those links go too. (u undoes it)"),
    }
}

pub fn edit_error(lang: Lang, e: &EditError) -> String {
    let what = |r: RecordRef| messages::record(lang, r);
    match (lang, e) {
        (Lang::Ja, EditError::MissingLink { to, .. }) => {
            format!("リンク先({})が見つかりません", what(*to))
        }
        (Lang::En, EditError::MissingLink { to, .. }) => {
            format!("the linked record ({}) does not exist", what(*to))
        }
        (Lang::Ja, EditError::StillLinked { target, .. }) => {
            format!("{} はまだほかの記録から参照されています", what(*target))
        }
        (Lang::En, EditError::StillLinked { target, .. }) => {
            format!("{} is still linked from other records", what(*target))
        }
        (Lang::Ja, EditError::NotFound(r)) => format!("{} が見つかりません", what(*r)),
        (Lang::En, EditError::NotFound(r)) => format!("{} does not exist", what(*r)),
    }
}

pub fn save_error(lang: Lang, e: &crate::store::SaveError) -> String {
    use crate::store::SaveError;
    match (lang, e) {
        (Lang::Ja, SaveError::Conflict { copy }) => format!(
            "ほかのプログラムがファイルを書き換えました。上書きせず、あなたの版を {} に保存しました",
            copy.display()
        ),
        (Lang::Ja, e) => format!("保存できませんでした: {e}"),
        (Lang::En, e) => e.to_string(),
    }
}

/// What an action does where it is bound (the same key reads differently in a question).
pub fn action_help(lang: Lang, a: crate::app::Action, context: crate::app::keymap::Context) -> &'static str {
    use crate::app::Action;
    use crate::app::keymap::Context;
    match (lang, a, context) {
        (Lang::Ja, Action::Close, Context::Form) => "やめる(変更があれば確認)",
        (Lang::En, Action::Close, Context::Form) => "cancel (asks if changed)",
        (Lang::Ja, Action::Close, Context::Confirm) => "いいえ",
        (Lang::En, Action::Close, Context::Confirm) => "no",
        (Lang::Ja, Action::Close, Context::Pick) => "閉じる(変更なし)",
        (Lang::En, Action::Close, Context::Pick) => "close (no change)",
        (Lang::Ja, Action::Save, Context::Pick) => "印を項目へ",
        (Lang::En, Action::Save, Context::Pick) => "use the marked",
        (Lang::Ja, Action::Confirm, _) => "はい",
        (Lang::En, Action::Confirm, _) => "yes",
        (Lang::Ja, Action::ToggleLang, _) => "English に切り替える",
        (Lang::En, Action::ToggleLang, _) => "switch to 日本語",
        (Lang::Ja, Action::Export, Context::Guide) => "まとめを書き出す",
        (Lang::En, Action::Export, Context::Guide) => "export the summary",
        (Lang::Ja, Action::Save, Context::Guide) => "次へ",
        (Lang::En, Action::Save, Context::Guide) => "next",
        (Lang::Ja, Action::Add, Context::Guide) => "自分のカード",
        (Lang::En, Action::Add, Context::Guide) => "own card",
        (Lang::Ja, Action::PageUp, Context::Guide) => "戻る",
        (Lang::En, Action::PageUp, Context::Guide) => "back",
        (Lang::Ja, Action::PageDown, Context::Guide) => "飛ばす",
        (Lang::En, Action::PageDown, Context::Guide) => "skip",
        (Lang::Ja, Action::NextPane | Action::PrevPane, Context::Guide) => "章",
        (Lang::En, Action::NextPane | Action::PrevPane, Context::Guide) => "chapter",
        (Lang::Ja, Action::Close, Context::Guide) => "中断(続きは w)",
        (Lang::En, Action::Close, Context::Guide) => "leave (w resumes)",
        (Lang::Ja, Action::RankUp, Context::Guide) => "順位を上げる",
        (Lang::En, Action::RankUp, Context::Guide) => "rank up",
        (Lang::Ja, Action::RankDown, Context::Guide) => "順位を下げる",
        (Lang::En, Action::RankDown, Context::Guide) => "rank down",
        _ => action(lang, a),
    }
}

/// What an action does, for the footer and the help overlay.
pub fn action(lang: Lang, a: crate::app::Action) -> &'static str {
    use crate::app::Action::*;
    match (lang, a) {
        (Lang::Ja, Quit) => "終了",
        (Lang::En, Quit) => "quit",
        (Lang::Ja, Pile(1)) => "とても大切",
        (Lang::En, Pile(1)) => "very important",
        (Lang::Ja, Pile(2)) => "大切",
        (Lang::En, Pile(2)) => "important",
        (Lang::Ja, Pile(_)) => "それほどでも",
        (Lang::En, Pile(_)) => "not so much",
        (Lang::Ja, Mark) => "選ぶ/外す",
        (Lang::En, Mark) => "pick/unpick",
        (Lang::Ja, NextTab) => "次のタブ",
        (Lang::En, NextTab) => "next tab",
        (Lang::Ja, PrevTab) => "前のタブ",
        (Lang::En, PrevTab) => "previous tab",
        (Lang::Ja, GoTab(_)) => "タブへ移動",
        (Lang::En, GoTab(_)) => "go to tab",
        (Lang::Ja, NextPane | PrevPane) => "一覧の切り替え",
        (Lang::En, NextPane | PrevPane) => "switch list",
        (Lang::Ja, Up) => "上へ",
        (Lang::En, Up) => "up",
        (Lang::Ja, Down) => "下へ",
        (Lang::En, Down) => "down",
        (Lang::Ja, Top) => "先頭へ",
        (Lang::En, Top) => "top",
        (Lang::Ja, Bottom) => "末尾へ",
        (Lang::En, Bottom) => "bottom",
        (Lang::Ja, PageUp) => "前のページ",
        (Lang::En, PageUp) => "page up",
        (Lang::Ja, PageDown) => "次のページ",
        (Lang::En, PageDown) => "page down",
        (Lang::Ja, Open) => "開く",
        (Lang::En, Open) => "open",
        (Lang::Ja, Add) => "追加",
        (Lang::En, Add) => "add",
        (Lang::Ja, Edit) => "編集",
        (Lang::En, Edit) => "edit",
        (Lang::Ja, NextField) => "次の項目",
        (Lang::En, NextField) => "next field",
        (Lang::Ja, PrevField) => "前の項目",
        (Lang::En, PrevField) => "previous field",
        (Lang::Ja, SortNext) => "並べ替え",
        (Lang::En, SortNext) => "sort",
        (Lang::Ja, LogContact) => "やりとりを記録",
        (Lang::En, LogContact) => "log a contact",
        (Lang::Ja, ExternalEdit) => "$EDITOR で編集",
        (Lang::En, ExternalEdit) => "edit in $EDITOR",
        (Lang::Ja, Save) => "保存",
        (Lang::En, Save) => "save",
        (Lang::Ja, Input(_)) => "入力",
        (Lang::En, Input(_)) => "type",
        (Lang::Ja, Delete) => "削除",
        (Lang::En, Delete) => "delete",
        (Lang::Ja, Undo) => "元に戻す",
        (Lang::En, Undo) => "undo",
        (Lang::Ja, Redo) => "やり直す",
        (Lang::En, Redo) => "redo",
        (Lang::Ja, Search) => "一覧を検索",
        (Lang::En, Search) => "search the list",
        (Lang::Ja, SearchAccept) => "検索を確定して一覧へ",
        (Lang::En, SearchAccept) => "keep the search, back to the list",
        (Lang::Ja, SearchClear) => "検索をやめる",
        (Lang::En, SearchClear) => "clear the search",
        (Lang::Ja, Export) => "書き出し",
        (Lang::En, Export) => "export",
        (Lang::Ja, Walkthrough) => "ガイド",
        (Lang::En, Walkthrough) => "walkthrough",
        (Lang::Ja, Help) => "ヘルプ",
        (Lang::En, Help) => "help",
        (Lang::Ja, ToggleLang) => "English",
        (Lang::En, ToggleLang) => "日本語",
        (Lang::Ja, ToggleMouse) => "マウスの入/切",
        (Lang::En, ToggleMouse) => "mouse on/off",
        (Lang::Ja, ToggleBorders) => "罫線を ASCII に切り替え",
        (Lang::En, ToggleBorders) => "ASCII borders on/off",
        (Lang::Ja, Confirm) => "はい",
        (Lang::En, Confirm) => "yes",
        (Lang::Ja, Decide(crate::model::Decision::Accepted)) => "受ける",
        (Lang::En, Decide(crate::model::Decision::Accepted)) => "accept",
        (Lang::Ja, Decide(crate::model::Decision::Declined)) => "断る",
        (Lang::En, Decide(crate::model::Decision::Declined)) => "decline",
        (Lang::Ja, Decide(_)) => "あとで",
        (Lang::En, Decide(_)) => "later",
        (Lang::Ja, ThresholdUp) => "しきい値を上げる",
        (Lang::En, ThresholdUp) => "raise the pass mark",
        (Lang::Ja, ThresholdDown) => "しきい値を下げる",
        (Lang::En, ThresholdDown) => "lower the pass mark",
        (Lang::Ja, RankUp) => "価値観の順位を上げる",
        (Lang::En, RankUp) => "move a value up",
        (Lang::Ja, RankDown) => "価値観の順位を下げる",
        (Lang::En, RankDown) => "move a value down",
        (Lang::Ja, Pick) => "一覧から選ぶ",
        (Lang::En, Pick) => "pick from a list",
        (Lang::Ja, Choose) => "選ぶ・印",
        (Lang::En, Choose) => "choose/mark",
        (Lang::Ja, Close) => "閉じる",
        (Lang::En, Close) => "close",
    }
}

/// Which communities of how many the map shows, and how to see the others.
pub fn map_pages(lang: Lang, first: usize, last: usize, total: usize) -> String {
    match lang {
        Lang::Ja => format!("{first}-{last} / {total} か所"),
        Lang::En => format!("{first}-{last} of {total} communities"),
    }
}

/// A second stock-take on a day that has one.
pub fn stocktake_same_day(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Ja => format!("{} の棚卸しはもうあります。そちらを e で直してください", d.format("%Y-%m-%d")),
        Lang::En => format!("There is a stock-take on {} already: edit that one (e)", d.format("%Y-%m-%d")),
    }
}

/// A chart showing only the newest of many points.
pub fn last_of(lang: Lang, shown: usize, all: usize) -> String {
    match lang {
        Lang::Ja => format!("(最近の {shown} 回 / 全 {all} 回)"),
        Lang::En => format!("(the last {shown} of {all})"),
    }
}
