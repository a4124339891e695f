//! The printable summary's headings and labels, in Japanese and English.

use super::Lang;

fn pick(lang: Lang, ja: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Ja => ja,
        Lang::En => en,
    }
}

pub fn title(lang: Lang) -> &'static str {
    pick(lang, "ゆるやかな繋がりと変身資産のまとめ", "Loose ties and transformational assets: a summary")
}

pub fn person_number(lang: Lang, id: u64) -> String {
    match lang {
        Lang::Ja => format!("人#{id}"),
        Lang::En => format!("person #{id}"),
    }
}

pub fn made_on(lang: Lang) -> &'static str {
    pick(lang, "作成日", "Made on")
}

pub fn name(lang: Lang) -> &'static str {
    pick(lang, "名前", "Name")
}

pub fn values(lang: Lang) -> &'static str {
    pick(lang, "最終価値観", "Final values")
}

pub fn communities(lang: Lang) -> &'static str {
    pick(lang, "ステップ1: コミュニティ", "Step 1: communities")
}

pub fn tags_and_outputs(lang: Lang) -> &'static str {
    pick(lang, "ステップ2: タグと発信", "Step 2: tags and outputs")
}

pub fn tags(lang: Lang) -> &'static str {
    pick(lang, "タグ", "Tags")
}

pub fn recent_outputs(lang: Lang) -> &'static str {
    pick(lang, "最近90日の発信", "Outputs of the last 90 days")
}

pub fn outputs_per_week(lang: Lang) -> &'static str {
    pick(lang, "週ごとの発信数(直近12週)", "Outputs per week (last 12 weeks)")
}

pub fn introductions(lang: Lang) -> &'static str {
    pick(lang, "紹介", "Introductions")
}

pub fn invitations(lang: Lang) -> &'static str {
    pick(lang, "ステップ3: お誘いと決定", "Step 3: invitations and decisions")
}

pub fn people(lang: Lang) -> &'static str {
    pick(lang, "人とのつながり", "People and ties")
}

pub fn assets(lang: Lang) -> &'static str {
    pick(lang, "変身資産と棚卸し", "Assets and stock-takes")
}

pub fn reflections(lang: Lang) -> &'static str {
    pick(lang, "ふりかえり", "Reflections")
}

pub fn next_actions(lang: Lang) -> &'static str {
    pick(lang, "次の小さな一歩", "Small next actions")
}

pub fn nothing_yet(lang: Lang) -> &'static str {
    pick(lang, "まだありません", "None yet")
}

pub fn score(lang: Lang) -> &'static str {
    pick(lang, "フィルターの点", "Filter score")
}

pub fn reason(lang: Lang) -> &'static str {
    pick(lang, "理由", "Reason")
}

pub fn outcome(lang: Lang) -> &'static str {
    pick(lang, "結果", "Outcome")
}

pub fn why(lang: Lang) -> &'static str {
    pick(lang, "なぜ", "Why")
}

pub fn rating(lang: Lang) -> &'static str {
    pick(lang, "自己評価", "Self-rating")
}

pub fn history(lang: Lang) -> &'static str {
    pick(lang, "棚卸しごとの自己評価(最後が今日)", "Rating at each stock-take (the last is today)")
}

pub fn stocktakes(lang: Lang) -> &'static str {
    pick(lang, "棚卸し", "Stock-takes")
}

pub fn outputs_count(lang: Lang) -> &'static str {
    pick(lang, "発信", "outputs")
}

pub fn last_output(lang: Lang) -> &'static str {
    pick(lang, "最後の発信", "last output")
}

pub fn ties(lang: Lang, p: &crate::export::PeopleLine) -> String {
    let p = &p.health;
    match lang {
        Lang::Ja => format!(
            "{}人: ゆるやか {}、強い {}、休眠 {}、分野 {}、橋渡し役 {}",
            p.people, p.weak, p.strong, p.dormant, p.fields, p.bridges
        ),
        Lang::En => format!(
            "{} people: {} weak, {} strong, {} dormant ties; {} fields; {} bridges",
            p.people, p.weak, p.strong, p.dormant, p.fields, p.bridges
        ),
    }
}

pub fn bridges(lang: Lang) -> &'static str {
    pick(lang, "橋渡し役", "Bridges")
}

pub fn fields(lang: Lang) -> &'static str {
    pick(lang, "分野", "Fields")
}

pub fn page(lang: Lang) -> &'static str {
    pick(lang, "ページ", "Page")
}

pub fn weak_strong_chart(lang: Lang) -> &'static str {
    pick(lang, "つながりの内訳", "Ties at a glance")
}

pub fn written(lang: Lang, path: &std::path::Path) -> String {
    match lang {
        Lang::Ja => format!("書き出しました: {}", path.display()),
        Lang::En => format!("Exported to {}", path.display()),
    }
}

pub fn form_title(lang: Lang) -> &'static str {
    pick(lang, "まとめを書き出す", "Export the summary")
}

pub fn format(lang: Lang) -> &'static str {
    pick(lang, "形式", "Format")
}

pub fn save_to(lang: Lang) -> &'static str {
    pick(lang, "保存先", "Save to")
}

pub fn no_names(lang: Lang) -> &'static str {
    pick(lang, "人の名前を伏せる", "Leave names out")
}

/// The line after a list cut short.
pub fn more(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ja => format!("ほか {n} 件(アプリの一覧で見られます)"),
        Lang::En => format!("and {n} more (see the lists in the app)"),
    }
}

pub fn asset(lang: Lang) -> &'static str {
    pick(lang, "資産", "Asset")
}

/// When an invitation was decided, or by when it should be.
pub fn when(lang: Lang, i: &crate::export::InvitationLine) -> String {
    match (lang, i.decided, i.deadline) {
        (_, Some(d), _) => d.format("%Y-%m-%d").to_string(),
        (Lang::Ja, None, Some(d)) => format!("(期限 {})", d.format("%Y-%m-%d")),
        (Lang::En, None, Some(d)) => format!("(due {})", d.format("%Y-%m-%d")),
        (_, None, None) => String::new(),
    }
}

pub fn community_columns(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Ja => ["名前", "状態", "種類", "距離", "価値観"],
        Lang::En => ["Name", "Status", "Kind", "Distance", "Values"],
    }
}

pub fn extension_mismatch(lang: Lang, ext: &str, format: &str) -> String {
    match lang {
        Lang::Ja => format!("名前は .{ext} ですが、形式は {format} です。どちらかを合わせてください"),
        Lang::En => format!("The name ends in .{ext} but the format is {format}: make them agree"),
    }
}

pub fn replace_asks(lang: Lang) -> &'static str {
    pick(
        lang,
        "このファイルはもうあります。もう一度 Ctrl-s で置き換えます",
        "This file exists: Ctrl-s again replaces it",
    )
}
