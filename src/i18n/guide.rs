//! The walkthrough's words, in Japanese and English: each chapter's idea in a few lines, each
//! question, its short label and its example (examples are placeholders, never answers). All
//! written for this program; the column behind the ideas is not quoted.

use super::Lang;
use crate::app::walkthrough::{Chapter, Step};
use crate::model::{AssetKind, Workbook};

fn pick(lang: Lang, ja: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Ja => ja,
        Lang::En => en,
    }
}

pub fn title(lang: Lang) -> &'static str {
    pick(lang, "はじめてのガイド", "Guided walkthrough")
}

pub fn chapter(lang: Lang, c: Chapter) -> &'static str {
    match c {
        Chapter::Ties => pick(lang, "ゆるやかな繋がり", "Loose ties"),
        Chapter::Values => pick(lang, "最終価値観", "Final values"),
        Chapter::Communities => pick(lang, "1 コミュニティ", "1 Communities"),
        Chapter::Outputs => pick(lang, "2 タグと発信", "2 Tags and outputs"),
        Chapter::Invitation => pick(lang, "3 お誘い", "3 Invitations"),
        Chapter::Assets => pick(lang, "変身資産", "Assets"),
        Chapter::Summary => pick(lang, "まとめ", "Summary"),
    }
}

/// A chapter's idea: a heading, then a few short paragraphs.
pub fn explain(lang: Lang, c: Chapter) -> &'static [&'static str] {
    match (lang, c) {
        (Lang::Ja, Chapter::Ties) => &[
            "ゆるやかな繋がりが運んでくるもの",
            "毎日会う人たちは、たいていあなたと同じことを知っています。新しい仕事や機会の知らせは、たまにしか会わない知り合いが、別の輪から運んでくることが多いのです。",
            "社会学者グラノヴェッターの調査では、知り合いを通じて仕事を見つけた人のうち、その相手とよく会っていたのは 16.7% だけでした。55.6% は時々、27.8% はめったに会わない相手です。",
            "このガイドでは、コミュニティを選ぶ、タグを見えるようにする、小さなお誘いに応える、の3つのステップを、答えをワークブックに書き込みながら進みます。Esc でいつでも中断でき、次は続きから始められます。",
        ],
        (Lang::En, Chapter::Ties) => &[
            "What loose ties bring you",
            "The people you see every day mostly know what you know. News of a new job or a new chance tends to come from someone you see now and then, who moves in another circle.",
            "In Mark Granovetter's study of people who found a job through a contact, only 16.7% saw that contact often; 55.6% saw them occasionally and 27.8% rarely.",
            "This guide walks the three steps (choose communities, make your tags visible, answer small invitations) and writes your answers into your workbook as you go. Esc leaves at any point; next time you pick up where you stopped.",
        ],
        (Lang::Ja, Chapter::Values) => &[
            "最終価値観: あなたのフィルター",
            "最終価値観とは、何かの手段ではなく、それ自体のために大切にしたいことです。どこに参加し、どのお誘いに応えるかを選ぶ物差しになります。",
            "これから価値観のカードを1枚ずつ見せます。直感で 1(とても大切)、2(大切)、3(それほどでも)に分けてください。ぴったりのカードがなければ a で自分のカードを足せます。",
            "そのあと上位の3〜5枚を選んで順位を付け、それぞれが自分にとって何を意味するかを一言で書きます。",
        ],
        (Lang::En, Chapter::Values) => &[
            "Final values: your filter",
            "Final values are what you care about for their own sake, not as a means to something else. They are the yardstick for what to join and which invitations to take.",
            "Next you will see value cards one at a time. Sort each on instinct: 1 very important, 2 important, 3 not so much. If a card you need is missing, press a to add your own.",
            "Then you pick your top three to five, put them in order, and say in a few words what each one means to you.",
        ],
        (Lang::Ja, Chapter::Communities) => &[
            "ステップ1: いくつかの場所に顔を出す",
            "会社と家のほかに、顔を出せる場所を持ちましょう。関心のあることと、さっき選んだ価値観の両方から選ぶと長続きします。",
            "ひとつに絞らず、種類の違う場所をいくつか。関わり方も選べます: 見る、参加する、貢献する、運営する。心地よい距離で十分です。",
            "気になっている場所を1〜3か所書いてください。2か所目からは、名前を空欄にすると次へ進みます。",
        ],
        (Lang::En, Chapter::Communities) => &[
            "Step 1: show up in a few places",
            "Have a few places to show up besides work and home. Choosing them by your interests and by the values you just chose makes them last.",
            "Not one place but several, of different kinds. You also choose how close to be: watch, take part, contribute, organise. A comfortable distance is enough.",
            "Name one to three places you are curious about. From the second on, leave the name empty to move on.",
        ],
        (Lang::Ja, Chapter::Outputs) => &[
            "ステップ2: タグを見えるようにする",
            "人があなたを思い出すときの見出しが「タグ」です。「この話ならあの人」と思ってもらうには、小さな発信を続けるのが近道です。",
            "もうひとつの近道は、人と人を引き合わせること。紹介した人は、紹介された二人の記憶に残ります。",
            "知られたいタグ、最初の小さな発信、それに引き合わせたい二人を書いてみましょう。",
        ],
        (Lang::En, Chapter::Outputs) => &[
            "Step 2: make your tags visible",
            "Your tags are the headings people file you under. Small, regular outputs are the quickest way to become the one people think of for a topic.",
            "The other quick way is to introduce people to each other: whoever makes an introduction stays in both memories.",
            "Write the tags you want to be known for, a first small output, and two people you could introduce.",
        ],
        (Lang::Ja, Chapter::Invitation) => &[
            "ステップ3: 小さなお誘いに応える",
            "ゆるやかな繋がりからは、思いがけない小さなお誘いが届きます。クランボルツによれば、計画外の出来事をチャンスに変えるのは、好奇心、持続性、柔軟性、楽観性、冒険心の5つです。",
            "とはいえ、全部に応える必要はありません。価値観をフィルターにして選びます。",
            "最近届いたお誘いをひとつ(思い付かなければ想像で)書き、価値観との合い方を答えると、フィルターの判定が出ます。",
        ],
        (Lang::En, Chapter::Invitation) => &[
            "Step 3: answer small invitations",
            "Loose ties bring small, unexpected invitations. Krumboltz named five skills that turn unplanned events into chances: curiosity, persistence, flexibility, optimism and risk-taking.",
            "You need not say yes to every one: your values are the filter.",
            "Write down one recent invitation (or imagine one), say how it fits each of your values, and see what the filter makes of it.",
        ],
        (Lang::Ja, Chapter::Assets) => &[
            "変身資産の棚卸し",
            "グラットンとスコットは、人生の転機を越えていく力を「変身資産」と呼びました。自分をよく知っていること、多様なネットワーク、新しい経験に開かれていること、の3つです。",
            "いまの感覚で、それぞれを 1〜5 で付けてください。記録から数えた指標と見比べられます。最後に、最初の棚卸しとして日付を付けて残します。",
        ],
        (Lang::En, Chapter::Assets) => &[
            "Taking stock of your transformational assets",
            "Gratton and Scott call what carries you through a change of life stage transformational assets: knowing yourself, a diverse network, and openness to new experience.",
            "Rate each from 1 to 5 as it feels now; the indicators counted from your records are there to compare. At the end they are kept as your first dated stock-take.",
        ],
        (Lang::Ja, Chapter::Summary) => &["まとめ"],
        (Lang::En, Chapter::Summary) => &["Summary"],
    }
}

/// The question of a page, with the record it is about.
pub fn prompt(lang: Lang, step: Step, wb: &Workbook) -> String {
    let value = |rank: usize| wb.ranked_values().get(rank).map(|v| v.name.to_string()).unwrap_or_default();
    let community = |n: u8| {
        let slot = format!("community-{n}");
        wb.walkthrough
            .made
            .iter()
            .filter(|m| m.slot.as_str() == slot)
            .filter_map(|m| wb.communities.get(crate::model::CommunityId(m.record)))
            .map(|c| c.name.to_string())
            .next_back()
            .unwrap_or_default()
    };
    let ja = matches!(lang, Lang::Ja);
    match step {
        Step::Owner if ja => "まず、あなたの名前は？(まとめに載ります。空欄でもかまいません)".into(),
        Step::Owner => "First, your name? (It goes on your summary; you may leave it empty.)".into(),
        Step::Describe(r) if ja => format!("「{}」は、あなたにとってどういうことですか？", value(r)),
        Step::Describe(r) => format!("What does \"{}\" mean to you?", value(r)),
        Step::CommunityName(n) if ja => format!("気になるコミュニティ、{n}か所目の名前は？"),
        Step::CommunityName(n) => format!("Community {n}: what is it called?"),
        Step::CommunityKind(n) if ja => format!("「{}」はどんな種類の場ですか？(← → で選びます)", community(n)),
        Step::CommunityKind(n) => format!("What kind of place is \"{}\"? (Left/Right to choose)", community(n)),
        Step::CommunityDistance(n) if ja => {
            format!("「{}」とは、どれくらいの距離で関わりますか？(← → で選びます)", community(n))
        }
        Step::CommunityDistance(n) => {
            format!("How close do you want to be to \"{}\"? (Left/Right to choose)", community(n))
        }
        Step::CommunityValues(n) if ja => {
            format!("「{}」は、どの価値観に合っていますか？(Ctrl-p で選べます)", community(n))
        }
        Step::CommunityValues(n) => format!("Which of your values does \"{}\" serve? (Ctrl-p to pick)", community(n)),
        Step::Tags if ja => "どんなタグで知られたいですか？(カンマか読点で区切ります)".into(),
        Step::Tags => "Which tags do you want to be known for? (separate them with commas)".into(),
        Step::Output if ja => "最初の小さな発信は？(短い投稿、メモの共有など。今日の日付で残ります)".into(),
        Step::Output => "A first small output? (a short post, a note you share; kept with today's date)".into(),
        Step::IntroducePeople if ja => "引き合わせると良さそうな二人は？(名前を2つ、カンマで区切って)".into(),
        Step::IntroducePeople => "Two people who should meet? (two names, a comma between)".into(),
        Step::IntroduceWhy if ja => "なぜその二人を？".into(),
        Step::IntroduceWhy => "Why those two?".into(),
        Step::InviteWhat if ja => "最近届いた小さなお誘いは？".into(),
        Step::InviteWhat => "A small invitation that came your way lately?".into(),
        Step::InviteFit(r) if ja => format!("そのお誘いは「{}」に合っていますか？(← → で選びます)", value(r)),
        Step::InviteFit(r) => format!("Does it fit \"{}\"? (Left/Right to choose)", value(r)),
        Step::InviteExcitement if ja => "どれくらいワクワクしますか？(0〜5)".into(),
        Step::InviteExcitement => "How excited are you about it? (0 to 5)".into(),
        Step::InviteCost if ja => "時間やお金の負担はどれくらいですか？(← → で選びます)".into(),
        Step::InviteCost => "What would it cost you in time and money? (Left/Right to choose)".into(),
        Step::InviteDecision if ja => "どうしますか？(← → で選びます)".into(),
        Step::InviteDecision => "What will you do? (Left/Right to choose)".into(),
        Step::InviteReason if ja => "その理由を一言で。".into(),
        Step::InviteReason => "Why, in a few words?".into(),
        Step::Rate(kind) if ja => {
            format!("「{}」は、いま 1〜5 でどれくらいですか？", crate::i18n::Label::label(kind, lang))
        }
        Step::Rate(kind) => {
            format!("How strong is your \"{}\" now, from 1 to 5?", crate::i18n::Label::label(kind, lang))
        }
        Step::Explain | Step::Sort | Step::Top | Step::Verdict | Step::Stocktake | Step::Summary => String::new(),
    }
}

/// A question's short field label.
pub fn label(lang: Lang, step: Step) -> &'static str {
    match step {
        Step::Owner | Step::CommunityName(_) => pick(lang, "名前", "Name"),
        Step::Describe(_) => pick(lang, "意味", "Meaning"),
        Step::CommunityDistance(_) => pick(lang, "距離", "Distance"),
        Step::CommunityKind(_) => pick(lang, "種類", "Kind"),
        Step::CommunityValues(_) => pick(lang, "価値観", "Values"),
        Step::Tags => pick(lang, "タグ", "Tags"),
        Step::Output => pick(lang, "発信", "Output"),
        Step::IntroducePeople => pick(lang, "二人", "Two people"),
        Step::IntroduceWhy | Step::InviteReason => pick(lang, "理由", "Why"),
        Step::InviteWhat => pick(lang, "お誘い", "Invitation"),
        Step::InviteFit(_) => pick(lang, "合い方", "Fit"),
        Step::InviteExcitement => pick(lang, "ワクワク", "Excitement"),
        Step::InviteCost => pick(lang, "負担", "Cost"),
        Step::InviteDecision => pick(lang, "決定", "Decision"),
        Step::Rate(_) => pick(lang, "自己評価", "Rating"),
        _ => "",
    }
}

/// A question's example, shown greyed while the field is empty.
pub fn example(lang: Lang, step: Step) -> &'static str {
    match step {
        Step::Owner => pick(lang, "例: 山田 花子", "e.g. Alex Kim"),
        Step::Describe(_) => {
            pick(lang, "例: 自分のペースで働き方を決められること", "e.g. choosing my own pace of work")
        }
        Step::CommunityName(_) => pick(lang, "例: 朝の読書会", "e.g. a morning reading circle"),
        Step::CommunityValues(_) => pick(lang, "例: 学び, つながり", "e.g. Learning, Connection"),
        Step::Tags => pick(lang, "例: Rust, 地域のデザイン", "e.g. Rust, local design"),
        Step::Output => pick(lang, "例: 勉強会の感想を3行で投稿する", "e.g. three lines on yesterday's meetup"),
        Step::IntroducePeople => pick(lang, "例: 佐藤さん, 鈴木さん", "e.g. Sam, Yuki"),
        Step::IntroduceWhy => {
            pick(lang, "例: 二人とも地域の防災に関心がある", "e.g. both care about local disaster prep")
        }
        Step::InviteWhat => {
            pick(lang, "例: 友人の勉強会で10分話してほしい", "e.g. a 10-minute talk at a friend's meetup")
        }
        Step::InviteExcitement => pick(lang, "0〜5", "0 to 5"),
        Step::InviteReason => pick(lang, "例: 学びにつながり、負担も軽い", "e.g. I learn from it and it costs little"),
        _ => "",
    }
}

pub fn fit_label(lang: Lang, fit: i8) -> &'static str {
    match fit {
        ..=-2 => pick(lang, "-2 反する", "-2 goes against it"),
        -1 => pick(lang, "-1 少し反する", "-1 a little against"),
        0 => pick(lang, "0 関係ない", "0 unrelated"),
        1 => pick(lang, "+1 少し合う", "+1 fits a little"),
        _ => pick(lang, "+2 よく合う", "+2 fits well"),
    }
}

pub fn pile(lang: Lang, n: u8) -> &'static str {
    match n {
        1 => pick(lang, "とても大切", "very important"),
        2 => pick(lang, "大切", "important"),
        _ => pick(lang, "それほどでも", "not so much"),
    }
}

pub fn name_or_skip(lang: Lang) -> &'static str {
    pick(lang, "名前を入れてください(飛ばすなら PgDn)", "Type a name (or PgDn to skip)")
}

pub fn required_or_skip(lang: Lang) -> &'static str {
    pick(lang, "一言書いてください(飛ばすなら PgDn)", "Write a few words (or PgDn to skip)")
}

pub fn two_names(lang: Lang) -> &'static str {
    pick(lang, "違う二人の名前を、カンマで区切って書いてください", "Write two different names with a comma between")
}

pub fn own_card_label(lang: Lang) -> &'static str {
    pick(lang, "自分のカード", "Your own card")
}

pub fn own_card_example(lang: Lang) -> &'static str {
    pick(lang, "例: 旅", "e.g. Travel")
}

pub fn card_taken(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Ja if name.is_empty() => "カードの名前を書いてください".into(),
        Lang::Ja => format!("「{name}」はもう分けてあります"),
        Lang::En if name.is_empty() => "Write the card's name".into(),
        Lang::En => format!("\"{name}\" is sorted already"),
    }
}

pub fn pick_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ja => format!("3〜5つ選んでください(いま {n})"),
        Lang::En => format!("Pick three to five (now {n})"),
    }
}

pub fn sort_first(lang: Lang) -> &'static str {
    pick(lang, "先にカードを 1、2、3 で分けてください", "Sort the cards first with 1, 2 or 3")
}

pub fn card_count(lang: Lang, at: usize, of: usize) -> String {
    match lang {
        Lang::Ja => format!("カード {at} / {of}"),
        Lang::En => format!("Card {at} of {of}"),
    }
}

pub fn top_intro(lang: Lang) -> &'static str {
    pick(
        lang,
        "大切なカードから3〜5つを選び(Space)、J/Kで順位を上げ下げしてEnter。順位は上の行に出ます。",
        "Pick three to five (Space), move a pick up or down with K / J, then Enter. The ranking shows above the cards.",
    )
}

pub fn verdict_intro(lang: Lang) -> &'static str {
    pick(lang, "価値観フィルターの判定", "What the value filter says")
}

pub fn stocktake_intro(lang: Lang) -> &'static str {
    pick(
        lang,
        "Enter で、いまの自己評価と指標を今日の日付の棚卸しとして残します。",
        "Press Enter to keep today's ratings and indicators as a stock-take dated today.",
    )
}

pub fn summary_intro(lang: Lang) -> &'static str {
    pick(
        lang,
        "答えはすべてワークブックに入っています。x でこのまとめを書き出せます(印刷できる HTML など)。Enter でガイドを終えます(w でいつでも見直せます)。",
        "Every answer is in your workbook. x exports this summary (a printable HTML page and more). Enter ends the guide (w brings it back any time).",
    )
}

pub fn welcome_back(lang: Lang, chapter_name: &str) -> String {
    match lang {
        Lang::Ja => format!(
            "おかえりなさい。「{chapter_name}」から続けます。Enter で続きへ、[ ] で見直す章を選べます。Esc で閉じます。"
        ),
        Lang::En => format!(
            "Welcome back. You will continue with \"{chapter_name}\". Enter goes on; [ ] choose another chapter to review; Esc closes."
        ),
    }
}

pub fn done(lang: Lang) -> &'static str {
    pick(lang, "ガイドを終えました。w でいつでも見直せます", "Walkthrough done. Press w to look back at any time")
}

pub fn left(lang: Lang) -> &'static str {
    pick(
        lang,
        "ガイドを中断しました。w で続きから始められます",
        "Walkthrough paused. Press w to go on where you stopped",
    )
}

pub fn answer_label(lang: Lang) -> &'static str {
    pick(lang, "ガイドの答え", "walkthrough answer")
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
        .map(|i| format!("{} ({})", i.what, crate::i18n::Label::label(i.decision, lang)))
        .take(3)
        .collect();
    let ratings: Vec<String> = [AssetKind::SelfKnowledge, AssetKind::DiverseNetworks, AssetKind::Openness]
        .iter()
        .map(|&k| {
            let r = wb.asset(k).and_then(|a| a.rating).map_or_else(|| "-".to_owned(), |r| format!("{r}/5"));
            format!("{} {r}", crate::i18n::Label::label(k, lang))
        })
        .collect();
    let owner = if wb.settings.owner.trim().is_empty() { "-".to_owned() } else { wb.settings.owner.to_string() };
    vec![
        (pick(lang, "名前", "Name").to_owned(), owner),
        (pick(lang, "価値観", "Values").to_owned(), values),
        (pick(lang, "コミュニティ", "Communities").to_owned(), communities),
        (pick(lang, "タグ", "Tags").to_owned(), tags),
        (pick(lang, "発信", "Outputs").to_owned(), wb.outputs.len().to_string()),
        (pick(lang, "決めたお誘い", "Decided invitations").to_owned(), names(decided)),
        (pick(lang, "変身資産", "Assets").to_owned(), ratings.join(", ")),
        (pick(lang, "棚卸し", "Stock-takes").to_owned(), wb.stocktakes.len().to_string()),
    ]
}

pub fn more_below(lang: Lang) -> &'static str {
    pick(lang, " 続きは j ", " more: j ")
}

pub fn all_sorted(lang: Lang) -> &'static str {
    pick(
        lang,
        "カードはすべて分けました。Enter で上位を選ぶページへ。PgUp で最後の1枚を戻せます。",
        "Every card is sorted. Enter goes on to picking your top ones; PgUp takes the last card back.",
    )
}

pub fn sort_keys(lang: Lang) -> &'static str {
    pick(
        lang,
        "PgUp(Backspace)で1枚戻す / a で自分のカードを足す",
        "PgUp (Backspace) takes the last card back / a adds a card of your own",
    )
}

/// An example prefixed the way every example is.
pub fn as_example(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Ja => format!("例: {text}"),
        Lang::En => format!("e.g. {text}"),
    }
}

pub fn your_ranking(lang: Lang) -> &'static str {
    pick(lang, "あなたの順位", "Your ranking")
}
