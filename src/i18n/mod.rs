//! Every user-facing string, in Japanese and English, in one place.
//!
//! Fixed strings live in [`Strings`] (one constant per language, so a missing translation is a
//! compile error); labels of the model's choice enums come from [`Label`]; sentences with numbers
//! in them are functions here. Screens call these and never spell text themselves.

pub mod export;
pub mod guide;
pub mod messages;

use chrono::{Datelike, NaiveDate};

pub use crate::model::Lang;
use crate::model::derived::{DiversityWarning, NextAction};
use crate::model::*;

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

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }
}

pub struct Strings {
    pub app_name: &'static str,
    pub tabs: [&'static str; 7],
    /// Longer titles shown above each tab's body.
    pub tab_titles: [&'static str; 7],
    pub pane_outputs: &'static str,
    pub pane_tags: &'static str,
    pub pane_introductions: &'static str,
    pub pane_assets: &'static str,
    pub pane_stocktakes: &'static str,
    pub loading: &'static str,
    pub too_small: &'static str,
    pub empty_list: &'static str,
    pub empty_hint: &'static str,
    pub detail: &'static str,
    pub help_title: &'static str,
    pub help_footer: &'static str,
    /// Headings of the help: in lists, everywhere, when asked, in help and details, in forms.
    pub help_groups: [&'static str; 7],
    pub saved: &'static str,
    pub saving: &'static str,
    pub unsaved: &'static str,
    pub new_file: &'static str,
    pub read_only: &'static str,
    pub records: &'static str,
    pub confirm_title: &'static str,
    pub yes_no: &'static str,
    pub nothing_to_undo: &'static str,
    pub nothing_to_redo: &'static str,
    pub nothing_selected: &'static str,
    pub example_reflection: &'static str,
    pub col_topic: &'static str,
    pub pane_reflections: &'static str,
    pub one_list: &'static str,
    pub deadline_before_received: &'static str,
    pub rating_history: &'static str,
    pub trend_title: &'static str,
    pub trend_needs_stocktake: &'static str,
    pub trend_indicators: &'static str,
    pub today: &'static str,
    pub col_indicators: &'static str,
    pub example_stocktake: &'static str,
    pub example_evidence: &'static str,
    pub example_rating: &'static str,
    pub filter_empty: &'static str,
    pub decide_title: &'static str,
    pub rank_moved: &'static str,
    pub rank_only: &'static str,
    pub filter_only: &'static str,
    pub no_values_for_filter: &'static str,
    pub look_back_label: &'static str,
    pub threshold_keys: &'static str,
    pub threshold_label: &'static str,
    pub fails: &'static str,
    pub passes: &'static str,
    pub col_score: &'static str,
    pub pane_filter: &'static str,
    pub pane_map: &'static str,
    pub map_you: &'static str,
    pub map_outside: &'static str,
    pub map_empty: &'static str,
    pub map_step: &'static str,
    pub unknown_count: &'static str,
    pub mutual_zone: &'static str,
    pub mutual_label: &'static str,
    pub first_after_last: &'static str,
    pub example_mutual: &'static str,
    pub example_communities: &'static str,
    pub pick_not_here: &'static str,
    pub pick_marked: &'static str,
    pub read_only_refused: &'static str,
    pub demo_note: &'static str,
    // overview
    pub steps: &'static str,
    pub step_names: [&'static str; 3],
    pub step_short: [&'static str; 3],
    pub step_goals: [&'static str; 3],
    pub network: &'static str,
    pub next_actions: &'static str,
    pub no_actions: &'static str,
    pub weak: &'static str,
    pub strong: &'static str,
    pub dormant: &'static str,
    pub fields: &'static str,
    pub bridges: &'static str,
    pub people: &'static str,
    pub diversity: &'static str,
    pub walkthrough_hint: &'static str,
    // columns and fields
    pub col_name: &'static str,
    pub col_kind: &'static str,
    pub col_status: &'static str,
    pub col_distance: &'static str,
    pub col_cadence: &'static str,
    pub col_last_visit: &'static str,
    pub col_values: &'static str,
    pub col_interests: &'static str,
    pub col_outside: &'static str,
    pub col_notes: &'static str,
    pub col_date: &'static str,
    pub col_channel: &'static str,
    pub col_text: &'static str,
    pub col_tags: &'static str,
    pub col_reactions: &'static str,
    pub col_people: &'static str,
    pub col_last_output: &'static str,
    pub col_description: &'static str,
    pub col_direction: &'static str,
    pub col_who: &'static str,
    pub col_why: &'static str,
    pub col_outcome: &'static str,
    pub col_what: &'static str,
    pub col_from: &'static str,
    pub col_via: &'static str,
    pub col_deadline: &'static str,
    pub col_received: &'static str,
    pub col_decision: &'static str,
    pub col_reason: &'static str,
    pub col_excitement: &'static str,
    pub col_cost: &'static str,
    pub col_scores: &'static str,
    pub col_unexpected: &'static str,
    pub col_skills: &'static str,
    pub col_rank: &'static str,
    pub col_revisited: &'static str,
    pub col_asset: &'static str,
    pub col_group: &'static str,
    pub col_rating: &'static str,
    pub col_evidence: &'static str,
    pub col_field: &'static str,
    pub col_strength: &'static str,
    pub col_tie: &'static str,
    pub col_last_contact: &'static str,
    pub col_first_contact: &'static str,
    pub col_bridge: &'static str,
    pub col_how_met: &'static str,
    pub col_met_in: &'static str,
    pub col_communities: &'static str,
    pub col_mutual: &'static str,
    pub col_interactions: &'static str,
    pub col_phonetic: &'static str,
    pub col_email: &'static str,
    pub col_url: &'static str,
    pub col_average: &'static str,
    pub tie_dims: [&'static str; 4],
    pub yes: &'static str,
    pub no: &'static str,
    pub none: &'static str,
    pub overdue: &'static str,
    // forms
    pub form_new: &'static str,
    pub form_edit: &'static str,
    pub required: &'static str,
    pub discard: &'static str,
    pub fix_fields: &'static str,
    pub no_form_yet: &'static str,
    pub example_value: &'static str,
    pub example_value_why: &'static str,
    pub example_tag: &'static str,
    pub example_community: &'static str,
    pub example_interests: &'static str,
    pub example_person: &'static str,
    pub example_date: &'static str,
    pub example_output: &'static str,
    pub example_tags: &'static str,
    pub example_people: &'static str,
    pub example_invitation: &'static str,
    pub col_intro_first: &'static str,
    pub col_intro_second: &'static str,
    pub score_prefix: &'static str,
    pub one_person: &'static str,
    pub intro_same_person: &'static str,
    pub example_contact: &'static str,
    pub contact_needs_person: &'static str,
    pub contact_title: &'static str,
    pub all_records: &'static str,
    pub no_changes: &'static str,
    pub no_match: &'static str,
    pub example_deadline: &'static str,
    pub bad_email: &'static str,
    /// Form labels of the four tie dimensions, with their range.
    pub tie_labels: [&'static str; 4],
    pub excitement_label: &'static str,
    pub example_values: &'static str,
    pub editor_text_only: &'static str,
    pub cadence_label: &'static str,
    pub balance_label: &'static str,
}

pub const JA: Strings = Strings {
    app_name: "つながり",
    tabs: ["概要", "コミュニティ", "発信", "お誘い", "価値観", "変身資産", "人"],
    tab_titles: [
        "概要: いまの立ち位置",
        "ステップ1: 関心と価値観で選ぶコミュニティ",
        "ステップ2: タグを見える形に",
        "ステップ3: 小さなお誘いに応える",
        "最終価値観と価値観フィルター",
        "変身資産の棚卸し",
        "人: ゆるやかな繋がりと強い繋がり",
    ],
    pane_outputs: "小さな発信",
    pane_tags: "わたしのタグ",
    pane_introductions: "人と人をつなぐ",
    pane_assets: "資産",
    pane_stocktakes: "棚卸しの記録",
    loading: "ワークブックを読み込んでいます...",
    too_small: "ウィンドウが小さすぎます。\n40x12 以上に広げてください。",
    empty_list: "まだ何もありません。",
    empty_hint: "a で追加できます(シェルからは `tsunagari add`)。",
    detail: "詳細",
    help_title: "キー操作",
    help_footer: "Esc か ? で閉じる",
    help_groups: [
        "一覧で",
        "どこでも",
        "確認を求められたとき",
        "ヘルプと詳細で",
        "入力フォームで",
        "検索の入力中",
        "候補の一覧で(Ctrl-p)",
    ],
    saved: "保存済み",
    saving: "保存中",
    unsaved: "未保存",
    new_file: "新規",
    read_only: "読み取り専用",
    records: "件",
    confirm_title: "削除の確認",
    yes_no: "y: 削除する   n: やめる",
    nothing_to_undo: "元に戻す変更はありません",
    nothing_to_redo: "やり直す変更はありません",
    nothing_selected: "選ばれている項目がありません",
    example_reflection: "例: 断ったお誘いの理由を書いてみて、自分が大事にしているものが見えた",
    col_topic: "テーマ",
    pane_reflections: "ふりかえり",
    one_list: "このタブの一覧は一つだけです([ ] で切り替えられるのは概要・発信・価値観・変身資産)",
    deadline_before_received: "期限が受けた日より前になっています",
    rating_history: "棚卸しごとの自己評価",
    trend_title: "推移",
    trend_needs_stocktake: "棚卸し(a)をすると、ここに自己評価の推移が描かれます。",
    trend_indicators: "記録から見た指標(最初の棚卸し -> 今日)",
    today: "今日",
    col_indicators: "記録から見た指標",
    example_stocktake: "例: 新しい場に2つ出たので人脈の幅が広がった",
    example_evidence: "#12, #40(Ctrl-p で記録を選ぶ)",
    example_rating: "1〜5(空欄なら未評価)",
    filter_empty: "決めるのを待っているお誘い(4)も、検討中のコミュニティ(2)もありません",
    decide_title: "決める",
    rank_moved: "順位を変更",
    rank_only: "J/K で順位を変えるのは最終的な価値観の一覧です",
    filter_only: "y/n/l で決めるのは価値観フィルターの一覧(5 で ])です",
    no_values_for_filter: "最終的な価値観がまだありません。5 の一覧で a から追加すると、お誘いを点で比べられます",
    look_back_label: "引き受けたお誘いが満たした価値観",
    threshold_keys: "< > で調整",
    threshold_label: "しきい値",
    fails: "未満",
    passes: "通過",
    col_score: "点",
    pane_filter: "価値観フィルター",
    pane_map: "つながりの地図",
    map_you: "あなた",
    map_outside: "コミュニティ外",
    map_empty: "地図はまだ空です。コミュニティ（タブ2）や人（a）を加えると描かれます。",
    map_step: "前後のコミュニティ",
    unknown_count: "不明",
    mutual_zone: "ほどよく弱い",
    mutual_label: "共通の知人の数別",
    first_after_last: "初めて会った日が最後の連絡より後になっています",
    example_mutual: "空欄なら不明",
    example_communities: "例: 読書会, 地域の清掃",
    pick_not_here: "Ctrl-p は他の記録を指す項目と選択肢の項目で使えます",
    pick_marked: "選択中",
    read_only_refused: "読み取り専用のため変更できません",
    demo_note: "デモ: 変更は終了時に捨てられます",
    steps: "3つのステップ",
    step_names: ["ステップ1 コミュニティに顔を出す", "ステップ2 タグを見える形に", "ステップ3 お誘いに応える"],
    step_short: ["ステップ1", "ステップ2", "ステップ3"],
    step_goals: ["目標: 参加するコミュニティ 3 か所", "目標: タグと、30日以内の発信 3 件", "目標: お誘いへの返事 3 件"],
    network: "ネットワークの健康",
    next_actions: "今週の小さな一歩",
    no_actions: "いまは特にありません。よい調子です。",
    weak: "ゆるやか",
    strong: "強い",
    dormant: "休眠",
    fields: "分野",
    bridges: "橋渡し",
    people: "人",
    diversity: "コミュニティの多様性",
    walkthrough_hint: "w でガイドを開けます",
    col_name: "名前",
    col_kind: "種類",
    col_status: "状態",
    col_distance: "距離感",
    col_cadence: "頻度",
    col_last_visit: "最終参加",
    col_values: "価値観",
    col_interests: "関心",
    col_outside: "いつもの輪の外",
    col_notes: "メモ",
    col_date: "日付",
    col_channel: "場所",
    col_text: "内容",
    col_tags: "タグ",
    col_reactions: "反応",
    col_people: "つながった人",
    col_last_output: "最後の発信",
    col_description: "説明",
    col_direction: "向き",
    col_who: "誰を誰に",
    col_why: "理由",
    col_outcome: "結果",
    col_what: "内容",
    col_from: "誰から",
    col_via: "経由",
    col_deadline: "期限",
    col_received: "受けた日",
    col_decision: "判断",
    col_reason: "理由",
    col_excitement: "ワクワク",
    col_cost: "負担",
    col_scores: "価値観との合致",
    col_unexpected: "予想外だったこと",
    col_skills: "使った力",
    col_rank: "順位",
    col_revisited: "見直した日",
    col_asset: "資産",
    col_group: "分類",
    col_rating: "自己評価",
    col_evidence: "根拠",
    col_field: "分野",
    col_strength: "強さ",
    col_tie: "繋がりの四要素",
    col_last_contact: "最終連絡",
    col_first_contact: "初めて",
    col_bridge: "橋渡し",
    col_how_met: "出会い",
    col_met_in: "出会った場",
    col_communities: "共通の場",
    col_mutual: "共通の知人",
    col_interactions: "やりとり",
    col_phonetic: "よみ",
    col_email: "メール",
    col_url: "URL",
    col_average: "平均",
    tie_dims: ["時間", "感情の強さ", "親密さ", "助け合い"],
    yes: "はい",
    no: "いいえ",
    none: "なし",
    overdue: "超過",
    form_new: "追加",
    form_edit: "編集",
    required: "ここは空にできません。何か書いてください",
    discard: "変更を捨てて閉じますか? y: 捨てる  n: 編集に戻る",
    fix_fields: "印のついた項目を直してください",
    no_form_yet: "この一覧には追加できません。2〜7 のタブの一覧で a を押すと追加できます",
    example_value: "例: 自由",
    example_value_why: "例: 時間の使い方を自分で決められること",
    example_tag: "例: ファシリテーション",
    example_community: "例: 朝活読書会",
    example_interests: "例: 本, 対話 (カンマ区切り)",
    example_person: "例: 佐藤 美咲",
    example_date: "例: 2026-11-23、11/23、今日、昨日",
    example_output: "例: 読書会で話したことを短くまとめて投稿した",
    example_tags: "例: ファシリテーション, 読書 (カンマ区切り、新しい名前はタグになります)",
    example_people: "例: 佐藤 美咲, 田中 翔 (名前か id)",
    example_invitation: "例: 勉強会での5分の発表",
    col_intro_first: "誰が / 誰を",
    col_intro_second: "誰に",
    score_prefix: "合致:",
    one_person: "ここには一人だけ書いてください",
    intro_same_person: "同じ人どうしは紹介できません",
    example_contact: "例: ランチで近況を聞いた。来月の勉強会に誘われた",
    contact_needs_person: "人(一覧か地図)を選んでから i を押してください",
    contact_title: "やりとりを記録",
    all_records: "すべての記録",
    no_changes: "変更はありません",
    no_match: "一致するものはありません。Esc で検索をやめます。",
    example_deadline: "例: 12/10、明日",
    bad_email: "メールアドレスには @ が入ります(例: misaki@example.com)",
    tie_labels: ["時間 (0〜4)", "感情の強さ (0〜4)", "親密さ (0〜4)", "助け合い (0〜4)"],
    excitement_label: "ワクワク (0〜5)",
    example_values: "例: 自由, 学び (価値観タブの名前)",
    editor_text_only: "エディタで編集できるのは文字の項目だけです",
    cadence_label: "週ごとの発信(12週前から今週まで)",
    balance_label: "つなぐ/つながれる",
};

pub const EN: Strings = Strings {
    app_name: "tsunagari",
    tabs: ["Overview", "Communities", "Outputs", "Invitations", "Values", "Assets", "People"],
    tab_titles: [
        "Overview: where you stand",
        "Step 1: communities chosen by interest and values",
        "Step 2: make your tags visible",
        "Step 3: answer the small invitations",
        "Final values and the value filter",
        "Transformational assets inventory",
        "People: loose and strong ties",
    ],
    pane_outputs: "Small outputs",
    pane_tags: "My tags",
    pane_introductions: "Introductions",
    pane_assets: "Assets",
    pane_stocktakes: "Stock-takes",
    loading: "Loading the workbook...",
    too_small: "The window is too small.\nMake it at least 40x12.",
    empty_list: "Nothing here yet.",
    empty_hint: "Press a to add one (or `tsunagari add` from the shell).",
    detail: "Details",
    help_title: "Keys",
    help_footer: "Esc or ? closes",
    help_groups: [
        "In the lists",
        "Everywhere",
        "When asked to confirm",
        "In help and details",
        "In a form",
        "Typing a search",
        "In a pick list (Ctrl-p)",
    ],
    saved: "saved",
    saving: "saving",
    unsaved: "unsaved",
    new_file: "new",
    read_only: "read-only",
    records: "records",
    confirm_title: "Delete?",
    yes_no: "y: delete   n: keep",
    nothing_to_undo: "Nothing to undo",
    nothing_to_redo: "Nothing to redo",
    nothing_selected: "Nothing is selected",
    example_reflection: "e.g. writing down why I declined showed me what I care about",
    col_topic: "Topic",
    pane_reflections: "Reflections",
    one_list: "This tab has one list ([ ] switch lists on the overview, outputs, values and assets)",
    deadline_before_received: "the deadline is before the day it was received",
    rating_history: "Rating at each stock-take",
    trend_title: "Over time",
    trend_needs_stocktake: "Take stock (a) and the rating's course is drawn here.",
    trend_indicators: "From your records (first stock-take -> today)",
    today: "today",
    col_indicators: "From your records",
    example_stocktake: "e.g. two new communities widened my network",
    example_evidence: "#12, #40 (Ctrl-p picks records)",
    example_rating: "1 to 5 (empty: not rated)",
    filter_empty: "Nothing waits for a decision: no pending invitations (tab 4) or communities being considered (tab 2)",
    decide_title: "Decide",
    rank_moved: "Rank changed",
    rank_only: "J/K change the rank in the list of final values",
    filter_only: "y/n/l decide in the value filter list (tab 5, then ])",
    no_values_for_filter: "No final values yet: add them on tab 5 with a, and invitations can be scored",
    look_back_label: "Accepted invitations served",
    threshold_keys: "< > to change",
    threshold_label: "Pass mark",
    fails: "below",
    passes: "passes",
    col_score: "Score",
    pane_filter: "Value filter",
    pane_map: "Network map",
    map_you: "you",
    map_outside: "no community",
    map_empty: "The map is empty. Add a community (tab 2) or a person (a) and it draws itself.",
    map_step: "community",
    unknown_count: "unknown",
    mutual_zone: "moderately weak",
    mutual_label: "Mutuals",
    first_after_last: "the first contact is after the last contact",
    example_mutual: "empty if unknown",
    example_communities: "e.g. book club, local clean-up",
    pick_not_here: "Ctrl-p works in fields that name other records and in fields with choices",
    pick_marked: "marked",
    read_only_refused: "The workbook is read-only; nothing was changed",
    demo_note: "Demo: changes are discarded on quit",
    steps: "The three steps",
    step_names: ["Step 1 Show up in communities", "Step 2 Make your tags visible", "Step 3 Answer invitations"],
    step_short: ["Step 1", "Step 2", "Step 3"],
    step_goals: [
        "goal: take part in 3 communities",
        "goal: a tag and 3 outputs within 30 days",
        "goal: decide 3 invitations",
    ],
    network: "Network health",
    next_actions: "Small next actions",
    no_actions: "Nothing pressing right now. Nice.",
    weak: "weak",
    strong: "strong",
    dormant: "dormant",
    fields: "fields",
    bridges: "bridges",
    people: "people",
    diversity: "Community diversity",
    walkthrough_hint: "Press w for the guided walkthrough",
    col_name: "Name",
    col_kind: "Kind",
    col_status: "Status",
    col_distance: "Distance",
    col_cadence: "Cadence",
    col_last_visit: "Last visit",
    col_values: "Values",
    col_interests: "Interests",
    col_outside: "Outside usual circle",
    col_notes: "Notes",
    col_date: "Date",
    col_channel: "Channel",
    col_text: "Text",
    col_tags: "Tags",
    col_reactions: "Reactions",
    col_people: "People it brought",
    col_last_output: "Last output",
    col_description: "Description",
    col_direction: "Direction",
    col_who: "Who to whom",
    col_why: "Why",
    col_outcome: "Outcome",
    col_what: "What",
    col_from: "From",
    col_via: "Via",
    col_deadline: "Deadline",
    col_received: "Received",
    col_decision: "Decision",
    col_reason: "Reason",
    col_excitement: "Excitement",
    col_cost: "Cost",
    col_scores: "Fit with values",
    col_unexpected: "Unexpected",
    col_skills: "Skills used",
    col_rank: "Rank",
    col_revisited: "Revisited",
    col_asset: "Asset",
    col_group: "Group",
    col_rating: "Self-rating",
    col_evidence: "Evidence",
    col_field: "Field",
    col_strength: "Strength",
    col_tie: "Tie dimensions",
    col_last_contact: "Last contact",
    col_first_contact: "First contact",
    col_bridge: "Bridge",
    col_how_met: "How met",
    col_met_in: "Met in",
    col_communities: "Shared communities",
    col_mutual: "Mutual connections",
    col_interactions: "Interactions",
    col_phonetic: "Reading",
    col_email: "Email",
    col_url: "URL",
    col_average: "Average",
    tie_dims: ["time", "emotion", "intimacy", "reciprocity"],
    yes: "yes",
    no: "no",
    none: "none",
    overdue: "overdue",
    form_new: "New",
    form_edit: "Edit",
    required: "required: write something here",
    discard: "Discard your changes? y: discard  n: keep editing",
    fix_fields: "Please fix the marked fields",
    no_form_yet: "Nothing is added to this list: press a in a list on tabs 2-7",
    example_value: "e.g. freedom",
    example_value_why: "e.g. deciding how I spend my time",
    example_tag: "e.g. facilitation",
    example_community: "e.g. morning book club",
    example_interests: "e.g. books, dialogue (comma separated)",
    example_person: "e.g. Misaki Sato",
    example_date: "e.g. 2026-11-23, 11/23, today, yesterday",
    example_output: "e.g. posted a short summary of the book club talk",
    example_tags: "e.g. facilitation, reading (comma separated; new names become tags)",
    example_people: "e.g. Misaki Sato, Sho Tanaka (names or ids)",
    example_invitation: "e.g. a 5-minute talk at a study group",
    col_intro_first: "Who (introducer / introduced)",
    col_intro_second: "To whom",
    score_prefix: "Fit:",
    one_person: "one person only here",
    intro_same_person: "a person cannot be introduced to themselves",
    example_contact: "e.g. caught up over lunch; invited me to next month's study group",
    contact_needs_person: "Select a person (in the list or on the map), then press i",
    contact_title: "Log a contact",
    all_records: "All records",
    no_changes: "No changes",
    no_match: "Nothing matches. Esc clears the search.",
    example_deadline: "e.g. 12/10, tomorrow",
    bad_email: "an email address has an @ (e.g. misaki@example.com)",
    tie_labels: ["Time (0-4)", "Emotion (0-4)", "Intimacy (0-4)", "Reciprocity (0-4)"],
    excitement_label: "Excitement (0-5)",
    example_values: "e.g. freedom, learning (names from the Values tab)",
    editor_text_only: "Only text fields can be edited in an editor",
    cadence_label: "Outputs per week (12 weeks ago -> this week)",
    balance_label: "Give and receive",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// The label of a choice, in one language.
pub trait Label: Copy {
    fn label(self, lang: Lang) -> &'static str;
}

macro_rules! labels {
    ($ty:ty { $($variant:ident => $ja:literal, $en:literal;)* }) => {
        impl Label for $ty {
            fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((<$ty>::$variant, Lang::Ja) => $ja, (<$ty>::$variant, Lang::En) => $en,)*
                }
            }
        }
    };
}

labels!(CommunityKind {
    Learning => "学び", "learning";
    ReadingCircle => "読書会", "reading circle";
    OnlineSalon => "オンラインサロン", "online salon";
    ProBono => "プロボノ", "pro bono";
    ThirdPlace => "サードプレイス", "third place";
    Hobby => "趣味", "hobby";
    Alumni => "同窓", "alumni";
    Local => "地域", "local";
    Professional => "仕事仲間", "professional";
    Other => "その他", "other";
});

labels!(crate::model::derived::MutualBucket {
    NoneInCommon => "0", "0";
    Few => "1-4", "1-4";
    ModeratelyWeak => "5-20", "5-20";
    Many => "21-50", "21-50";
    Embedded => "51+", "51+";
});

labels!(crate::model::assets::Indicator {
    ValuesDefined => "価値観", "values";
    ValuesRevisited => "見直した価値観", "values revisited";
    Reflections => "ふりかえり", "reflections";
    Stocktakes => "棚卸し", "stock-takes";
    CommunitiesReached => "知り合いのいる場", "communities reached";
    FieldsReached => "分野", "fields";
    WeakTies => "ゆるやかな繋がり", "weak ties";
    Bridges => "橋渡し役", "bridges";
    AcceptedRecently => "90日で引き受けたお誘い", "accepted (90 days)";
    AcceptedNewAreas => "うち新しい分野", "in new areas";
    JoinedRecently => "90日で加わった場", "joined (90 days)";
    Tags => "タグ", "tags";
    OutputsRecently => "90日の発信", "outputs (90 days)";
    StrongTies => "強いつながり", "strong ties";
    IntroductionsGiven => "紹介した数", "introductions made";
});

labels!(Distance {
    Observe => "見る", "observe";
    TakePart => "参加する", "take part";
    Contribute => "貢献する", "contribute";
    Organise => "運営する", "organise";
});

labels!(CommunityStatus {
    Considering => "検討中", "considering";
    Trying => "お試し", "trying";
    Active => "参加中", "active";
    Resting => "休止中", "resting";
    Left => "離れた", "left";
});

labels!(Cadence {
    Weekly => "毎週", "weekly";
    Biweekly => "隔週", "every 2 weeks";
    Monthly => "毎月", "monthly";
    Quarterly => "季節ごと", "quarterly";
    Yearly => "毎年", "yearly";
    Irregular => "不定期", "irregular";
});

labels!(Channel {
    Social => "SNS", "social";
    Blog => "ブログ", "blog";
    Talk => "登壇", "talk";
    Meetup => "集まり", "meetup";
    Newsletter => "ニュースレター", "newsletter";
    Code => "コード", "code";
    Conversation => "会話", "conversation";
    Other => "その他", "other";
});

labels!(IntroDirection {
    Given => "紹介した", "I introduced";
    Received => "紹介された", "introduced me";
});

labels!(InvitationKind {
    Event => "イベント", "event";
    Talk => "登壇", "talk";
    Project => "プロジェクト", "project";
    Job => "仕事", "job";
    Collaboration => "協働", "collaboration";
    Volunteer => "ボランティア", "volunteering";
    Meeting => "面会", "meeting";
    Writing => "執筆", "writing";
    Other => "その他", "other";
});

labels!(Cost {
    Low => "軽い", "low";
    Medium => "ほどほど", "medium";
    High => "重い", "high";
});

labels!(Decision {
    Pending => "未定", "pending";
    Accepted => "受ける", "accepted";
    Declined => "断る", "declined";
    Later => "あとで", "later";
});

labels!(HappenstanceSkill {
    Curiosity => "好奇心", "curiosity";
    Persistence => "持続性", "persistence";
    Flexibility => "柔軟性", "flexibility";
    Optimism => "楽観性", "optimism";
    RiskTaking => "冒険心", "risk-taking";
});

labels!(AssetKind {
    SelfKnowledge => "自分についての知識", "self-knowledge";
    DiverseNetworks => "多様性に富んだネットワーク", "diverse networks";
    Openness => "新しい経験に開かれた姿勢", "openness to new experience";
    SkillsKnowledge => "スキルと知識", "skills and knowledge";
    Peers => "仲間", "peers";
    Reputation => "評判", "reputation";
    Health => "健康", "health";
    Balance => "バランス", "balance";
    RegenerativeFriendships => "活力をくれる友人", "regenerative friendships";
});

labels!(AssetGroup {
    Transformational => "変身資産", "transformational";
    Productive => "生産性資産", "productive";
    Vitality => "活力資産", "vitality";
});

labels!(Topic {
    General => "全体", "general";
    Communities => "コミュニティ", "communities";
    Outputs => "発信", "outputs";
    Invitations => "お誘い", "invitations";
    Values => "価値観", "values";
    Assets => "変身資産", "assets";
    People => "人", "people";
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
    match lang {
        Lang::Ja => format!("{n}件"),
        Lang::En if n == 1 => "1 record".to_owned(),
        Lang::En => format!("{n} records"),
    }
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
    let verdict = if v.passes() { strings(lang).passes } else { strings(lang).fails };
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
    match (lang, added) {
        (Lang::Ja, true) => format!("追加しました: {name}"),
        (Lang::Ja, false) => format!("更新しました: {name}"),
        (Lang::En, true) => format!("added {name}"),
        (Lang::En, false) => format!("updated {name}"),
    }
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
