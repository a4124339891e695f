# tsunagari — every text of the program. Message ids are checked at compile time against
# the Japanese file; both files must hold the same ids with the same variables (a test says
# so). Arguments are written $snake_case.

## Screens: tabs, lists, forms, status

app-name = つながり
tab-overview = 概要
tab-communities = コミュニティ
tab-outputs = 発信
tab-invitations = お誘い
tab-values = 価値観
tab-assets = 変身資産
tab-people = 人
tab-title-overview = 概要: いまの立ち位置
tab-title-communities = ステップ1: 関心と価値観で選ぶコミュニティ
tab-title-outputs = ステップ2: タグを見える形に
tab-title-invitations = ステップ3: 小さなお誘いに応える
tab-title-values = 最終価値観と価値観フィルター
tab-title-assets = 変身資産の棚卸し
tab-title-people = 人: ゆるやかな繋がりと強い繋がり
pane-outputs = 小さな発信
pane-tags = わたしのタグ
pane-introductions = 人と人をつなぐ
pane-assets = 資産
pane-stocktakes = 棚卸しの記録
loading = ワークブックを読み込んでいます...
too-small =
    ウィンドウが小さすぎます。
    40x12 以上に広げてください。
empty-list = まだ何もありません。
empty-hint = a で追加できます(シェルからは `tsunagari add`)。
empty-hint-kind = a で追加できます(シェルからは `tsunagari add { $command }`)。
empty-hint-stocktake = a で棚卸しをします(三つの資産をまとめて評価します)。
detail = 詳細
help-title = キー操作
help-footer = Esc か ? で閉じる
help-group-lists = 一覧で
help-group-everywhere = どこでも
help-group-confirm = 確認を求められたとき
help-group-reading = ヘルプと詳細で
help-group-form = 入力フォームで
help-group-search = 検索の入力中
help-group-pick = 候補の一覧で(Ctrl-p)
saved = 保存済み
saving = 保存中
unsaved = 未保存
read-only = 読み取り専用
confirm-title = 削除の確認
yes-no = y: 削除する   n: やめる
nothing-to-undo = 元に戻す変更はありません
nothing-to-redo = やり直す変更はありません
nothing-selected = 選ばれている項目がありません
example-reflection = 例: 断ったお誘いの理由を書いてみて、自分が大事にしているものが見えた
col-topic = テーマ
pane-reflections = ふりかえり
one-list = このタブの一覧は一つだけです([ ] で切り替えられるのは概要・発信・価値観・変身資産)
deadline-before-received = 期限が受けた日より前になっています
rating-history = 棚卸しごとの自己評価
trend-title = 推移
trend-needs-stocktake = 棚卸し(a)をすると、ここに自己評価の推移が描かれます。
trend-indicators = 記録から見た指標(最初の棚卸し -> 今日)
today = 今日
col-indicators = 記録から見た指標
example-stocktake = 例: 新しい場に2つ出たので人脈の幅が広がった
example-evidence = #12, #40(Ctrl-p で記録を選ぶ)
example-rating = 1〜5(空欄なら未評価)
filter-empty = 決めるのを待っているお誘い(タブ 4)も、検討中のコミュニティ(タブ 2)もありません
decide-title = 決める
rank-moved = 順位を変更
rank-only = J/K で順位を変えるのは最終的な価値観の一覧です
filter-only = y/n/l で決めるのは価値観フィルターの一覧(5 で ])です
no-values-for-filter = 最終的な価値観がまだありません。5 の一覧で a から追加すると、お誘いを点で比べられます
interests-title = わたしの関心
interests-saved = 関心を保存しました
interests-label = あなたの関心
interests-none = まだありません({ $key } で追加)
example-my-interests = 例: 写真, 郷土史, Rust(カンマ区切り)
action-log-visit = 参加を記録
action-write-step = 自分で一歩を書く
action-clear-step = 枠を空ける
action-messages = このセッションのメッセージを全文で見る
messages-title = メッセージ
messages-none = まだメッセージはありません
action-take-step = 提案された一歩を今週の一歩にする
action-other-proposal = 別の提案を見る
action-tick-step = 今日できたと記録する(もう一度で取り消し)
action-edit-interests = 自分の関心を編集
look-back-label = 引き受けたお誘いが満たした価値観
threshold-keys = < > で調整
threshold-label = しきい値
verdict-passes = 通過
verdict-below = 未達
verdict-unrated = 未評価
verdict-against-short = 反する
verdict-against = { $value }に反する
col-verdict = 判定
pane-filter = 価値観フィルター
pane-map = 繋がりの地図
map-you = あなた
map-outside = コミュニティ外
map-empty = 地図はまだ空です。コミュニティ（タブ2）や人（a）を加えると描かれます。
map-step = 前後のコミュニティ
unknown-count = 不明
mutual-zone = ほどよく弱い
mutual-label = 共通の知人の数別
# Under the mutual-connection counts on the People tab, when it fits (keep it within 78 columns).
mutual-source = 5-20 は Rajkumar ほか 2022 を基にした目安(論文の数値ではない・? 参照)
first-after-last = 初めて会った日が最後の連絡より後になっています
example-mutual = 空欄なら不明
example-communities = 例: 読書会, 地域の清掃
pick-not-here = Ctrl-p は他の記録を指す項目と選択肢の項目で使えます
pick-marked = 選択中
read-only-refused = 読み取り専用のため変更できません
demo-note = デモ: 変更は終了時に捨てられます
steps = 3つのステップ
step-name-1 = ステップ1 コミュニティに顔を出す
step-name-2 = ステップ2 タグを見える形に
step-name-3 = ステップ3 お誘いに応える
step-short-1 = ステップ1
step-short-2 = ステップ2
step-short-3 = ステップ3
step-goal-1 = 目標: 参加するコミュニティ 3 か所
step-goal-2 = 目標: タグと、30日以内の発信 3 件
step-goal-3 = 目標: お誘いへの返事 3 件
network = ネットワークの健康
next-actions = 次の小さな一歩
no-actions = いまは特にありません。よい調子です。
weak = ゆるやか
unrated = 未評価
strong = 強い
dormant = 休眠
fields = 分野
bridges = 橋渡し
people = 人
diversity = コミュニティの多様性
walkthrough-hint = w でガイドを開けます
col-name = 名前
col-kind = 種類
col-status = 状態
col-distance = 距離感
col-cadence = 頻度
col-last-visit = 最終参加
col-values = 価値観
col-interests = 関心
col-outside = いつもの輪の外
col-notes = メモ
col-date = 日付
col-channel = 場所
col-text = 内容
col-tags = タグ
col-reactions = 反応
col-people = つながった人
col-last-output = 最後の発信
col-description = 説明
col-direction = 向き
col-who = 誰が誰を紹介したか
col-why = 理由
col-outcome = 結果
col-what = 内容
col-from = 誰から
col-via = 経由
col-deadline = 期限
col-received = 受けた日
col-decision = 判断
col-reason = 理由
col-excitement = ワクワク
col-cost = 負担
col-scores = 価値観との合致
col-unexpected = 予想外だったこと
col-skills = 使った力
col-rank = 順位
col-revisited = 見直した日
col-asset = 資産
col-group = 分類
col-rating = 自己評価
col-evidence = 根拠
col-field = 分野
col-organisation = 所属
col-role = 役割
strength-unrated = 未評価(四要素がまだ 0)
example-field = 例: 教育(Ctrl-p で登録済みの分野から選べます)
col-strength = 強さ
col-tie = 繋がりの四要素
col-last-contact = 最終連絡
col-first-contact = 初めて
col-bridge = 橋渡し
col-how-met = 出会い
col-met-in = 出会った場
col-communities = 共通の場
col-mutual = 共通の知人
col-interactions = やりとり
col-phonetic = よみ
col-email = メール
col-url = URL
col-average = 平均
tie-time = 時間
tie-emotion = 感情の強さ
tie-intimacy = 親密さ
tie-reciprocity = 助け合い
yes = はい
no = いいえ
none = なし
overdue = 超過
form-new = 追加
form-edit = 編集
required = ここは空にできません。何か書いてください
discard = 変更を捨てて閉じますか? y: 捨てる  n: 編集に戻る
fix-fields = 印のついた項目を直してください
no-form-yet = この一覧には追加できません。2〜7 のタブの一覧で a を押すと追加できます
example-value = 例: 自由
example-value-why = 例: 時間の使い方を自分で決められること
example-tag = 例: ファシリテーション
example-community = 例: 朝活読書会
example-interests = 例: 本, 対話 (カンマ区切り)
example-person = 例: 佐藤 美咲
example-date = 例: 2026-11-23、11/23、今日、昨日
example-output = 例: 読書会で話したことを短くまとめて投稿した
example-tags = 例: ファシリテーション, 読書 (カンマ区切り、新しい名前はタグになります)
example-people = 例: 佐藤 美咲, 田中 翔 (名前か id)
example-invitation = 例: 勉強会での5分の発表
col-intro-first = 誰が / 誰を
col-intro-second = 誰に
col-intro-status = 状況
col-follow-up = 確かめる日
col-practice = 練習用
example-follow-up = 例: 12/10(予定なら紹介する日、済みならその後を聞く日)
practice-mark = 練習
practice-marked = [{ $mark }] { $what }
score-prefix = 合致:
one-person = ここには一人だけ書いてください
intro-same-person = 同じ人どうしは紹介できません
example-contact = 例: ランチで近況を聞いた。来月の勉強会に誘われた
contact-needs-person = 連絡を記録するには人(一覧か地図)を、参加を記録するにはコミュニティを選んでください
contact-title = やりとりを記録
all-records = すべての記録
no-changes = 変更はありません
no-match = 一致するものはありません。Esc で検索をやめます。
example-deadline = 例: 12/10、明日
bad-email = メールアドレスには @ が入ります(例: misaki@example.com)
tie-label-time = 時間
tie-label-emotion = 感情の強さ
tie-label-intimacy = 親密さ
tie-label-reciprocity = 助け合い
excitement-label = ワクワク (0〜5)
example-values = 例: 自由, 学び (価値観タブの名前)
editor-text-only = エディタで編集できるのは文字の項目だけです
cadence-label = 週ごとの発信(12週前から今週まで)
balance-label = つなぐ/つながれる

## Labels of the choices

community-kind-learning = 学び
community-kind-reading-circle = 読書会
community-kind-online-salon = オンラインサロン
community-kind-pro-bono = プロボノ
community-kind-third-place = サードプレイス
community-kind-hobby = 趣味
community-kind-alumni = 同窓
community-kind-local = 地域
community-kind-professional = 仕事仲間
community-kind-other = その他
mutual-bucket-none-in-common = 0
mutual-bucket-few = 1-4
mutual-bucket-moderately-weak = 5-20
mutual-bucket-many = 21-50
mutual-bucket-embedded = 51+
indicator-values-defined = 価値観
indicator-values-revisited = 見直した価値観
indicator-reflections = 振り返り(お誘いの後も含む)
indicator-stocktakes = これまでの棚卸し
indicator-communities-reached = 知り合いのいる場
indicator-fields-reached = 分野
indicator-weak-ties = ゆるやかな繋がり
indicator-bridges = 橋渡し役
indicator-accepted-recently = 90日で引き受けたお誘い
indicator-accepted-new-areas = うち初めての種類
indicator-joined-recently = 90日で加わった場
indicator-tags = タグ
indicator-outputs-recently = 90日の発信
indicator-strong-ties = 強い繋がり
indicator-introductions-given = 紹介した数
indicator-peer-ties = 仕事・学びの場の強い繋がり
indicator-happenstance-used = 偶然を活かす力の記録(90日)
distance-observe = 見る
distance-take-part = 参加する
distance-contribute = 貢献する
distance-organise = 運営する
community-status-considering = 検討中
community-status-trying = お試し
community-status-active = 参加中
community-status-resting = 休止中
community-status-left = 離れた
cadence-weekly = 毎週
cadence-biweekly = 隔週
cadence-monthly = 毎月
cadence-quarterly = 季節ごと
cadence-yearly = 毎年
cadence-irregular = 不定期
channel-social = SNS
channel-blog = ブログ
channel-talk = 登壇
channel-meetup = 集まり
channel-newsletter = ニュースレター
channel-code = コード
channel-conversation = 会話
channel-other = その他
intro-direction-given = 紹介した
intro-direction-received = 紹介された
# Who introduced whom, in words: the heading of an introduction's details, its cell in the list,
# its line in the printed summary and in `tsunagari list introductions`.
intro-heading-given = { $first }を{ $second }に紹介した
intro-heading-received = { $first }が{ $second }を紹介してくれた
intro-heading-planned-given = { $first }を{ $second }に紹介したい(予定)
intro-heading-planned-received = { $first }が{ $second }を紹介してくれる予定
intro-status-planned = 予定
intro-status-made = 済み
invitation-kind-event = イベント
invitation-kind-talk = 登壇
invitation-kind-project = プロジェクト
invitation-kind-job = 仕事
invitation-kind-collaboration = 協働
invitation-kind-volunteer = ボランティア
invitation-kind-meeting = 面会
invitation-kind-writing = 執筆
invitation-kind-other = その他
cost-low = 軽い
cost-medium = ほどほど
cost-high = 重い
decision-pending = 未定
decision-accepted = 受ける
decision-declined = 断る
decision-later = あとで
skill-curiosity = 好奇心
skill-persistence = 持続性
skill-flexibility = 柔軟性
skill-optimism = 楽観性
skill-risk-taking = 冒険心
asset-self-knowledge = 自分についての知識
asset-diverse-networks = 多様性に富んだネットワーク
asset-openness = 新しい経験に開かれた姿勢
asset-skills-knowledge = スキルと知識
asset-peers = 仲間
asset-reputation = 評判
asset-health = 健康
asset-balance = バランス
asset-regenerative-friendships = 活力をくれる友人
asset-group-transformational = 変身資産
asset-group-productive = 生産性資産
asset-group-vitality = 活力資産
topic-general = 全体
topic-communities = コミュニティ
topic-outputs = 発信
topic-invitations = お誘い
topic-values = 価値観
topic-assets = 変身資産
topic-people = 人

## Sentences about the workbook

count-records = { $n }件
# $added is "true" for a new record, "false" for an edited one.
saved-record = { $added ->
    [true] 追加しました: { $name }
   *[false] 更新しました: { $name }
}
diversity-line = { $communities } か所、種類 { $kinds }、いつもの輪の外 { $outside }
# Ends a sentence before another follows on the same line.
sentence-end = 。
# Between two sentences on one line.
sentence-gap = 。
diversity-none = まだコミュニティがありません。関心から一つ選んでみましょう。
diversity-one-kind = すべて「{ $kind }」の場です。別の種類の場も一つ加えると視野が広がります。
diversity-usual-circle = どれもいつもの輪の中です。輪の外の場を一つ探してみましょう。

visit-title = 参加の記録
visit-what = あったこと
visit-saw = 会った人
visit-met = 初めて会った人
example-visit = 例: 図の話をした。短いデモを見せた
example-visit-saw = 名前(一部でも可。Ctrl-p で選択)
example-visit-met = 例: 森 葵, ケン(それぞれ人として追加)
visit-logged = 「{ $community }」への参加を記録しました
visits-label = 参加の記録

pane-months = 月ごと
col-month = 月
col-people-met = 出会い
col-fields-reached = 新分野
col-communities-joined = 参加
col-outputs-count = 発信
col-introductions-count = 紹介
col-accepted-count = 引受
month-label = { $year }-{ $month }
months-caption = 月ごとの出来事(出会った人、新しい分野、参加したコミュニティ、発信、引き合わせ、引き受けたお誘い)。静かな月は、ただ静かだっただけです
month-stocktake = { $date } の棚卸し(前回 → この時)
month-no-stocktake = この月の棚卸しはありません。棚卸し(変身資産タブで a)をすると、ここに自己評価と指標が並びます

## This week

pane-week = 今週
col-week-step = ステップ
col-week-what = すること
col-week-done = できた日
week-step-show-up = 1 顔を出す
week-step-make-visible = 2 発信・紹介
week-step-answer = 3 応える
week-range = 今週: { $from }〜{ $to }
week-done-count = { $taken } 件中 { $done } 件できました
week-offer = 提案: { $offer }
week-no-offer = 提案できるものがありません({ $key } で自分で書く)
week-of = { $month }/{ $day } の週
week-earlier = これまでの週
week-visit = 「{ $community }」に顔を出す
week-visit-since = 「{ $community }」に顔を出す(前回 { $date })
week-try = 「{ $community }」を一度のぞく(フィルター通過)
week-introduce = { $first } さんと { $second } さんを引き合わせる
week-output = 「{ $tag }」で小さな発信を一つ
week-answer = 「{ $invitation }」に返事をする
week-answer-by = 「{ $invitation }」に返事をする(期限 { $date })
week-rate-answer = 「{ $invitation }」を価値観で評価して、返事をする
week-taken = 今週の一歩: { $step }
week-done = { $date } にできました
week-undone = できた印を外しました
week-cleared = 一歩を外しました: { $step }
week-only = 今週の一歩(概要の最初の一覧)で使えます
week-nothing-proposed = ここで提案できるものはまだありません。e で自分で書けます
week-no-other = このステップには別の提案がありません
week-take-first = 先に一歩を決めるか、書いてください
week-about-nothing = この一歩はどの記録にも結び付いていません
example-week-step = 例: 土曜の読書会に行く
example-week-step-visible = 例: 今週学んだことを3行で投稿する
example-week-step-answer = 例: 勉強会のお誘いに返事をする

## The overview

# The unrated count shows only when someone is unrated.
network-line = { people } { $people }, { weak } { $weak }, { strong } { $strong }{ $unrated ->
        [0] {""}
       *[other] , { unrated } { $unrated }
    }, { fields } { $fields }, { bridges } { $bridges }

## The overview's next small actions

next-fits-waiting = 価値観に合うお誘い・コミュニティが { $passing } 件、返事を待っています(価値観フィルター)
next-define-values = 最終価値観を3〜5個決めましょう(判断の軸になります)
next-community-candidate = 参加中のコミュニティは { $taking_part } か所。「{ $community }」は価値観フィルターを通過しています。一度のぞいてみては
next-community-look = 参加中のコミュニティは { $taking_part } か所。関心({ $interests })を共有する場を一つ探して、検討中として追加してみましょう
next-community-interests = 参加中のコミュニティは { $taking_part } か所。まず自分の関心を書き出しましょう(価値観タブ)。関心を共有する場がフィルターを通ります
next-tag-never = タグ「{ $tag }」の発信がまだありません。小さく一つ出してみては
next-tag-quiet = タグ「{ $tag }」の発信は { $since } が最後です。小さく一つ出してみては
next-reconnect-tag = { $name } さん: 「{ $tag }」の新しい発信「{ $output }」を届けてみては(前にこのタグで繋がった人です)
next-reconnect-community = { $name } さん: 同じ「{ $community }」にいます。近況を聞いてみては
next-reconnect-season = { $name } さん: { $season }の季節です。ひとこと近況を添えて
next-reconnect-rhythm = { $name } さん: 自分で決めた連絡の間隔({ $cadence })が来ました
next-reconnect-output = { $name } さん: 最近の発信「{ $output }」を送ってみては
season-new-year = 年賀状
season-midwinter = 寒中見舞い
season-summer = 暑中見舞い
season-late-summer = 残暑見舞い
next-follow-up-planned = { $first } さんと { $second } さんを引き合わせる頃です。二人に短いメッセージを
next-follow-up-made = { $first } さんと { $second } さんはその後どうでしたか？引き合わせの結果を書き留めましょう
next-past-deadline = お誘い「{ $invitation }」の期限が過ぎました。返事をするか、見送りましょう
next-stocktake-first = 変身資産の最初の棚卸しをしましょう
next-stocktake-due = 前回の棚卸しは { $last }。そろそろもう一度見直しを

## Records named in messages

noun-value = 価値観
noun-community = コミュニティ
noun-person = 人
noun-tag = タグ
noun-output = 発信
noun-introduction = 紹介
noun-invitation = お誘い
noun-stocktake = 棚卸し
noun-reflection = ふりかえり
# "person 12": the noun of a kind and a record's number.
record-number = { $noun } { $number }
name-missing = 「{ $name }」という{ $noun }は見つかりません。Ctrl-p で一覧から選ぶか、先に追加してください
# $kind is value, community, person, tag, output, introduction, invitation, stocktake or reflection.
ambiguous = 「{ $name }」という{ $kind ->
    [value] { noun-value }
    [community] { noun-community }
    [tag] { noun-tag }
    [output] { noun-output }
    [introduction] { noun-introduction }
    [invitation] { noun-invitation }
    [stocktake] { noun-stocktake }
    [reflection] { noun-reflection }
   *[person] { noun-person }
}が { $count }{ $kind ->
    [person] 人います
   *[other] 件あります
}。#id で指定してください: { $ids }

## The value filter

why-unrated = 価値観の評価がまだありません
why-unrated-key = 価値観の評価がまだありません({ $key } で評価)
why-against = { $value } -2(上位 3 つの価値観)
why-interests = あなたの関心: { $interests }
# $fits is "all" when every value is served, "mixed" when one is worked against.
why-excitement = ワクワク { $excitement }
why-cost = 負担 { $cost }
breakdown-interest = 関心 +{ $points }
filter-breakdown = 点 { $sum } = { $alignment }/{ $best }({ $share }%、しきい値 { $mark }%): { $verdict }
filter-breakdown-rank = 。並び順 { $terms } = { $total }
# The help's account of the filter: the first line is the heading, each further line one rule.
help-filter-formula =
    価値観フィルターの判定(コラムの「最終的な価値観をフィルターに」という考えをもとにした、このアプリ独自のルール)
    価値観の点 = 各価値観の(合う度 × 重み)の合計。合う度はお誘いで価値観ごとに -2〜+2(コミュニティは結び付けた価値観ごとに +2)、重みは 1 位 3、2 位 2、それ以降 1
    関心: あなたの関心を共有するコミュニティは +6(1 位の価値観に +2 と同じ重さ)。関心はステップ1の最初の入り口です
    未評価: 価値観をまだ一つも評価していない(コミュニティは価値観も、あなたの関心も結び付いていない)。評価する(お誘いを編集する、コミュニティに結び付ける)まで通過にはなりません
    反する: 上位 3 つの価値観のどれかが -2。ほかの点に関係なくこの判定
    通過: 価値観の点が、満点(全部 +2)に対するしきい値の割合に届く。割合なので価値観が 3 つでも 8 つでも同じ意味です(初めは 25%、< > で 5 ずつ変更)。コミュニティは価値観の点に関心の点を足して比べます
    未達: それ以外。ワクワク(0〜5)と負担(軽い 0、ほどほど 1、重い 3)は同じ判定の中の並び順だけを決め、しきい値をまたがせることはありません
# The help's account of tie strength and bridges: the first line is the heading, each further line one rule.
help-tie-rules =
    繋がりの強さと橋渡しの決め方
    繋がりには四つの要素があり、それぞれ 0〜4 で評価します: 一緒に過ごす時間、感情の強さ、親密さ(打ち明け合えるか)、助け合い
    強さ = 感情の強さ×3 + 親密さ×3 + 助け合い×2 + 時間×1 を、満点に対する割合で表します。63% 以上(重み付きで 4 点中 2.5)が強い繋がり、それ未満がゆるやかな繋がりです
    親しさを重くする理由: Marsden と Campbell(1984「Measuring tie strength」Social Forces)によると、繋がりの強さを最もよく表したのは親しさ、つまり感情の強さでした。会う頻度や付き合いの長さで測ると、近所の人や職場の相手との繋がりが実際より強く見えてしまいます。論文が支えるのはこの順序までで、重みと 63% の線はこのアプリ独自のものです
    四要素がすべて 0 の人は「未評価」です。評価するまで、ゆるやかとも強いとも数えません。取り込んだ連絡先は未評価から始まります
    橋渡しとは、あなた自身は加わっていない輪への、ただ一人の繋がりです。輪とは、検討中またはやめたコミュニティ(参加中・お試し中・休止中のものは含みません)と分野のこと。強さではなく位置の話なので、未評価の人も橋渡しになりえます
    分野は大文字・小文字、全角・半角、空白の違いを区別せず一つに数えます(「IT」「ｉｔ」「 it 」)。人のフォームの分野欄で Ctrl-p を押すと、登録済みの分野から選べます
# The help's account of the mutual-connection zone: the first line is the heading, each further line one rule.
help-mutual-rules =
    「ほどよく弱い」ゾーン(共通の知人の数)
    出典: Rajkumar ほか 2022「A causal test of the strength of weak ties」Science 377:1304。LinkedIn で 2,000 万人以上を対象に行われた実験です
    共通の知人の数で見ると、その繋がりを通じた転職の起こりやすさは、増えてから減る逆 U 字を描きました。最も役立ったのはほどよく弱い繋がりです
    やりとりの多さで見ると、最も弱い繋がりが最も役立ちました。また、デジタル化の進んでいない業界では強い繋がりのほうが効果がありました
    区切り(0、1-4、5-20、21-50、51+)は論文の数値ではなく、この曲線を私たちが読み取った目安です
    入力していない数は 0 ではなく「不明」と表示します
# The help's account of this week's steps: the first line is the heading, each further line one rule.
help-week-rules =
    今週(概要の最初の一覧。コラムの三つのステップを毎週少しずつ、というこのアプリ独自のルール)
    ステップごとに一枠、計三枠: コミュニティに顔を出す、小さな発信か引き合わせを一つ、お誘いに一つ応える。週は月曜から日曜まで
    各枠はワークブックから提案します: 参加中で自分の頻度が巡ってきたコミュニティ(頻度を決めていなければ2週間ごと)、それがなければ価値観フィルターを通過した検討中のもの。予定の引き合わせ、しばらく発信のないタグ、連絡を再開したい人。価値観フィルターを通過したお誘い(期限の近い順、次に未評価のもの)。練習用のお誘いは提案しません
    提案はそのまま選ぶ、次の提案に替える、自分の言葉で書く、のどれでも。できたら日付が残ります。どれも元に戻せます(キーは上の一覧のとおり)
    これまでの週には、できたことだけが並びます。連続記録も、できなかったことの数もありません
# The help's account of reconnecting: the first line is the heading, each further line one rule.
help-reconnect-rules =
    連絡を再開する(このアプリ独自のルール。根拠: グラノヴェターがボストン郊外の専門・技術・管理職の男性を調べた研究では、知人経由で職を得た54人の27.8%が「まれにしか(年に1回以下しか)会わない」人から話を聞いていました)
    最後の連絡から180日を超えた人と、その人に決めた連絡の間隔を過ぎた人が「再会リスト」に入ります。連絡日の記録がない人は入りません
    概要では毎週3人まで、ワークブックの中の理由を添えて提案します: 共通のタグ(そのタグの発信で繋がり、あなたに新しい発信がある)、相手のいるコミュニティにあなたも参加中、季節の便り(おおよそ年賀状 12/1〜1/7、寒中見舞い 1/8〜2/3、暑中見舞い 7/7〜8/6、残暑見舞い 8/7〜8/31。節目の日は年によって1日ずれます)、最近のあなたの発信。自分で間隔を決めた人は、その間隔が来たこと自体も理由になります
    提案は同じ週のあいだ変わらず、週ごとに入れ替わります。自分で間隔を決めた人が先です。遅れた日数は数えません。しばらく連絡のない繋がりは欠点ではなく資源です
    人の一覧を「再会」順に並べると、リスト全体が見られます
# The help's account of the asset indicators: the first line is the heading, each further line one rule.
help-indicator-rules =
    資産の指標が数えるもの(グラットンとスコットの変身資産をもとにした、このアプリの決まり)
    練習用のお誘いはどこにも数えません。紹介の予定は、済んでから数えます
    見直した価値観: 書いた日より後に、直近180日のうちに書き直すか順位を変えたもの
    これまでの棚卸し: 今日より前の日付の棚卸し(棚卸しは自分自身を数えません)
    90日で引き受けたお誘い: 直近90日に引き受けたもの。うち初めての種類: それより前に引き受けたことのない種類(イベント、登壇、プロジェクトなど。「その他」は数えません)
    偶然を活かした力: 直近90日のお誘いに、好奇心・持続性・柔軟性・楽観性・冒険心(クランボルツの計画的偶発性)を記録した回数
    意外なことの記録: 直近90日に書いた振り返りのうち、予想外だったことを書いたか、「意外な収穫があった」としたもの
    仕事・学びの場の強い繋がり(仲間): 学び・読書会・プロボノ・仕事仲間の場で出会ったか、そこを共にする強い繋がり
# The help's account of the network map: the first line is the heading, each further line one rule.
help-map-rules =
    繋がりの地図の見方
    中心があなた。周りの輪がコミュニティ、その点の集まりがそこで出会った人です(出会った場所、なければ共通のコミュニティ、なければ「コミュニティ外」)
    点の形: 強い繋がりは 2x2 の点、ゆるやかな繋がりは 1 点、未評価は横に並んだ 2 点、橋渡し役は斜めの 2 点、休眠中の繋がりは強さによらず縦に並んだ 2 点で、薄く表示
    強い繋がりほどコミュニティの中心の近くに置かれます。ラベルの数は人数です
    一度に見せるコミュニティは画面に収まる数まで(最大 10)。PgUp/PgDn で次のコミュニティへ移り、ページも切り替わります
    選んだ人には輪と名前が付き、ほかに共有しているコミュニティへ線が引かれます
    j / k でコミュニティと人を順にたどり、g / G で最初と最後へ。Enter で詳細、e で編集、i でやりとりを記録、a で人を追加
    ラベルの「1-28/40」は、40人のうち 1〜28 人目を表示中という意味(選んだ人のいる範囲が出ます)
look-back-value = { $name } { $accepted }件(うち結果を記入 { $with_outcome })
look-back-value-none = { $name } 0件

## Status messages

decided = 決定を記録: { $name }
no-record-id = 「{ $item }」という番号の記録はありません。#12 のように書くか、Ctrl-p で選んでください
nothing-to-pick = 選べる{ $noun }がまだありません。先に追加してください
number-range = { $min }〜{ $max } の数字を入れてください
balance = 紹介した { $given } 件、紹介された { $received } 件
# Added after the balance when some introductions are only planned.
balance-planned = (ほかに予定 { $planned } 件)
editor-failed = エディタを使えませんでした: { $why }(VISUAL か EDITOR を設定してください)。入力は元のままです
contact-logged = { $name } さんとのやりとりを記録しました
newer-version = 新しい版の tsunagari で書かれたファイルです(版 { $version })。壊さないよう読み取り専用で開きました。
upgraded = 古い形式(版 { $version })のファイルを今の形式で保存します。元のファイルはバックアップに残ります。
deleted = 削除: { $name }
undone = 元に戻しました({ $label })。Ctrl-r でやり直し
redone = やり直しました({ $label })
confirm-delete = { $touched ->
    [0] 「{ $name }」を削除しますか？(u で元に戻せます)
   *[other] 「{ $name }」を削除しますか？ ほかの { $touched } 件からのリンクも外れます(u で元に戻せます)
}
edit-missing-link = リンク先({ $record })が見つかりません
edit-still-linked = { $record } はまだほかの記録から参照されています
edit-not-found = { $record } が見つかりません
map-pages = { $first }-{ $last } / { $total } か所
stocktake-same-day = { $date } の棚卸しはもうあります。そちらを e で直してください
last-of = (最近の { $shown } 回 / 全 { $all } 回)

## List orders

order-natural = 標準
order-name = 名前順
order-date = 新しい順
order-strength = 繋がりの強い順
order-reconnect = 連絡再開の順
order-reactions = 反応の多い順
order-excitement = ワクワクの順
order-stale = 久しい順

## What the keys do (footer and help)

action-form-close = やめる(変更があれば確認)
action-confirm-close = いいえ
action-pick-close = 閉じる(変更なし)
action-pick-save = 印を項目へ
action-toggle-lang-long = English に切り替える
action-guide-export = まとめを書き出す
action-guide-save = 次へ
action-guide-add = 自分のカード
action-guide-page-up = 戻る
action-guide-page-down = 飛ばす
action-guide-chapter = 章
action-guide-close = 中断(続きは w)
action-guide-rank-up = 順位を上げる
action-guide-rank-down = 順位を下げる
action-quit = 終了
action-pile-1 = とても大切
action-pile-2 = 大切
action-pile-3 = それほどでも
action-mark = 選ぶ/外す
action-next-tab = 次のタブ
action-prev-tab = 前のタブ
action-go-tab = タブへ移動
action-next-pane = 一覧の切り替え
action-up = 上へ
action-down = 下へ
action-top = 先頭へ
action-bottom = 末尾へ
action-page-up = 前のページ
action-page-down = 次のページ
action-open = 開く
action-add = 追加
action-edit = 編集
action-next-field = 次の項目
action-prev-field = 前の項目
action-sort = 並べ替え
action-log-contact = やりとりを記録
action-external-edit = $EDITOR で編集
action-save = 保存
action-input = 入力
action-delete = 削除
action-undo = 元に戻す
action-redo = やり直す
action-search = 一覧を検索
action-search-accept = 検索を確定して一覧へ
action-search-clear = 検索をやめる
action-export = 書き出し
action-walkthrough = ガイド
action-help = ヘルプ
action-toggle-lang = English
action-toggle-mouse = マウスの入/切
action-toggle-borders = 罫線を ASCII に切り替え
action-confirm = はい
action-accept = 受ける
action-decline = 断る
action-later = あとで
action-threshold-up = しきい値を上げる
action-threshold-down = しきい値を下げる
action-rank-up = 価値観の順位を上げる
action-rank-down = 価値観の順位を下げる
action-pick = 一覧から選ぶ
action-choose = 選ぶ・印
action-close = 閉じる

## Storage: reading, saving, the lock

store-cannot-read = { $path }: ワークブックを読めません: { $reason }
store-parse = { $path }:{ $problem }{ $backup }
store-not-a-file = { $path } は{ $what ->
    [directory] フォルダ
    [pipe] 名前付きパイプ
    [socket] ソケット
   *[device] デバイス
}で、ワークブックのファイルではありません。ファイルのパスを指定してください（新しい名前なら新しいワークブックを作ります）
store-dangling-link = { $link } は { $target } へのリンクですが、その先がありません。そのファイルをマウントするか元に戻すか、リンクの向き先を変えてください（代わりに空のワークブックは作りません）
store-export-refused = 書き出していません: { $output } は{ $what ->
    [workbook] ワークブックそのもの（{ $workbook }）
    [companion] ワークブック { $workbook } を守るためのファイル（バックアップ、ロック、衝突時のコピー）
   *[other] tsunagari のワークブック
}です。まとめには別のファイル名を選んでください
store-invalid = { $place }: { $problem }{ $more ->
    [0] {""}
   *[other] (ほかに { $more } 件。`tsunagari check` で一覧できます)
}{ $backup }
store-no-problems = 問題は見つかりませんでした
store-backup = (ファイルは変更していません。最新のバックアップ: { $path })
store-no-backup = (ファイルは変更していません。バックアップはまだありません)
store-not-utf8 = { $at }: UTF-8 のテキストではありません
store-syntax = { $at }: 読み取れません: { $detail }
store-too-new = { $at }: 新しい版の tsunagari (版 { $version }、この版が読めるのは { $current } まで)で書かれたファイルで、この版では読めません: { $detail }。tsunagari を更新してください
store-conflict = ほかのプログラムがファイルを書き換えました。上書きせず、あなたの版を { $copy } に保存しました。ここから先は保存しません。終了してワークブックを開き直すと、二つの版をまとめます
store-cannot-save = 保存できませんでした: { $reason }
store-locked-by = { $path }: このワークブックは別の tsunagari(プロセス { $pid })で開かれています。そちらを閉じてからもう一度どうぞ
store-locked = { $path }: このワークブックは別の tsunagari で開かれています。そちらを閉じてからもう一度どうぞ
store-cannot-lock = { $path }: ロックできません: { $reason }

## 保存時の暗号化(`tsunagari encrypt` / `decrypt` と、暗号化したワークブックを開くとき)

cli-about-encrypt = ワークブックをパスフレーズで暗号化します。ファイルは WORKBOOK.ron.age になり、バックアップや控えも暗号化されます
cli-about-decrypt = 暗号化したワークブックを元の RON に戻します(パスフレーズを尋ねます)
store-cannot-open = { $path }: 暗号化されたワークブックを開けません: { $reason }
crypt-needs-passphrase = 暗号化されていますが、パスフレーズが与えられていません
crypt-wrong-passphrase = パスフレーズが違います(ファイルはそのままです)
crypt-not-passphrase = パスフレーズではなく鍵で暗号化された age ファイルです。tsunagari が開けるのはパスフレーズで暗号化したワークブックだけです
crypt-too-much-work = scrypt の作業量 { $asked } を求めています。このビルドが受け付けるのは { $most } までです(ファイルはそのままです)
crypt-damaged = ファイルが壊れているか途中で切れています({ $detail })。ファイルはそのままです。隣のバックアップなら開けるかもしれません
crypt-no-terminal = ワークブックは暗号化されていますが、パスフレーズを尋ねる端末がありません。端末で実行するか、パスフレーズを書いたファイルを { $var } で指定してください
crypt-prompt = { $name } のパスフレーズ:{" "}
crypt-prompt-new = { $name } の新しいパスフレーズ:{" "}
crypt-prompt-again = 確認のため、もう一度:{" "}
crypt-empty = パスフレーズを空にはできません。
crypt-weak = このパスフレーズは弱いです: 強度を見積もる zxcvbn によると、約 10^{ $power } 回の推測で見破られるおそれがあります。盗まれたファイルを多数のコンピューターで試せば届く回数です。関係のない単語を四つ以上つなげると、ずっと強くなります。このまま使うならもう一度入力し、選び直すなら Ctrl-C を押してください。
crypt-weak-file = 警告: { $path } のパスフレーズは弱いです(zxcvbn の見積もりでは約 10^{ $power } 回の推測で見破られるおそれがあります)。そのまま使います
crypt-file-open = 警告: { $path }({ $var })は、このマシンのほかのユーザーも読めます(モード { $mode })。`chmod 600` で自分だけが読めるようにしてください
crypt-mismatch = 二つのパスフレーズが一致しません。もう一度入力してください。
crypt-not-set = パスフレーズを設定できませんでした(3 回とも一致しませんでした)。何も変更していません
crypt-wrong-again = パスフレーズが違います。もう一度どうぞ。
crypt-cancelled = 取りやめました。何も変更していません
crypt-terminal = 端末でパスフレーズを尋ねられません: { $reason }
crypt-not-utf8 = パスフレーズが正しい UTF-8 の文字列ではありません
crypt-file-unreadable = { $var }: { $path } を読めません: { $reason }
crypt-file-empty = { $var }: { $path } の 1 行目が空です。1 行目にパスフレーズを書いてください
crypt-both = { $plain } と { $sealed } の両方があります。どちらがあなたのワークブックかは推測しません。暗号化した方は --file { $sealed } で開けます。暗号化していない方(古いコピーかもしれません)を確かめて別の場所へ移すと、どちらの名前でも開けるようになります
crypt-export-plain = 注意: ワークブックは暗号化されていますが、まとめは暗号化せずに書き出します。
crypt-no-outside-editor = 暗号化したワークブックでは外部エディタを使いません。文章を暗号化していない一時ファイルに書くことになるためです。
crypt-not-a-workbook = { $path } はワークブックとして読めません({ $problem })。先に直してください(tsunagari check)。何も変更していません
crypt-verify-failed = 書いた { $path } を読み戻すと内容が一致しませんでした。そのファイルは消し、ほかは何も変更していません
crypt-exists = { $path } はすでにあります。何も変更していません
crypt-already = { $path } はすでに暗号化されています
crypt-not-encrypted = { $path } は暗号化されていません
crypt-no-plain-name = { $path } の名前が .age で終わらないため、復号後の名前が決まりません。先に名前を .ron.age で終わるように変えてください
crypt-encrypted = { $from } を暗号化して { $to } にしました。暗号化していないファイルは削除しました。
crypt-decrypted = { $from } を復号して { $to } にしました。暗号化したファイルは削除しました。
crypt-companions = 隣にあったバックアップと競合時の控え { $count } 件を{ $mode ->
    [encrypted] 暗号化しました(暗号化していないものは削除しました)。
   *[decrypted] 復号しました。
}
crypt-emergency = 緊急コピー { $count } 件を{ $mode ->
    [encrypted] 暗号化しました(暗号化していないものは削除しました)。
   *[decrypted] 復号しました。
}
crypt-kept = 統合のために控えてあった版 { $count } 件を{ $mode ->
    [encrypted] 暗号化しました(暗号化していないものは削除しました)。
   *[decrypted] 復号しました。
}
crypt-leftovers = 中断された保存が残した一時ファイル { $count } 件を削除しました。
crypt-copy-failed = { $path } は変換できませんでした({ $reason })。そのまま残してあるので、ご自分で移すか削除してください
crypt-link = { $link } は { $target } へのシンボリックリンクです。変換すると元のファイルが別の名前に置き換わり、リンクの先がなくなります。ファイルそのもの(--file { $target })を変換してから、リンクを新しい名前に向け直してください
crypt-remember = パスフレーズは安全な場所に控えておいてください。忘れると、あなたにも誰にもワークブックを開けなくなります。

## Storage: what is wrong in a file

problem-duplicate-id = { $record } と同じ id の記録が二つあります
problem-missing-link = { $from } のリンク先 { $to } がありません
problem-missing-evidence = 資産「{ $asset }」の根拠のリンク先 { $to } がありません
problem-duplicate-asset = 資産「{ $asset }」が二回書かれています
problem-shared-id = { $second } の番号が { $first } と同じです（番号は記録ごとに別にします。どちらかを他と重ならない番号に変え、その記録へのリンクも直してください）
problem-id-out-of-range = { $record } の id が 1〜{ $max } の範囲の外です
problem-next-id = next_id が { $written } ですが、ファイルの中で一番大きい id（{ $largest }）より大きくなければなりません。id は { $repaired } から続けます（保存すると next_id: { $repaired } と書き直します）
date-unrecognised = 「{ $input }」は日付として読めません。2026-11-23、11/23、今日、昨日 のように書いてください
date-no-such-day = 「{ $input }」という日はカレンダーにありません。月は 1〜12、日はその月の最終日までです
# Why a file could not be read or written.
io-not-found = そのフォルダがありません
io-permission = 書き込む権限がありません
io-disk-full = ディスクがいっぱいです
io-is-a-folder = フォルダです。ファイルの名前まで書いてください
io-not-a-folder = 途中にフォルダでないものがあります
io-other = 書き出せません({ $reason })

## Import

import-no-name = 名前がありません
import-field-count = 項目が { $found } 個あります(見出しの行は { $expected } 個)
import-bad-date = 「{ $input }」は日付として読めません(LinkedIn の書き方は 12 Nov 2024)
import-not-utf8 = { $column }: UTF-8 のテキストではありません
import-unterminated = ここから始まるカードに END:VCARD がありません
import-outside-card = カード(BEGIN:VCARD から END:VCARD まで)の外に文字があります
import-unreadable = この行を読めません: { $reason }
import-no-colon = 名前と値を区切るコロン(:)がない行です: 「{ $text }」
import-bad-quoted-printable = { $property }: 「{ $sequence }」は quoted-printable として読めません(= の後には 16 進数 2 桁が続きます)。ファイルが途中で壊れています。連絡先を書き出し直してください
import-bad-charset = { $property }: { $charset } のテキストとして正しくありません(途中で切れているか、別の文字コードで保存されています)
import-unknown-charset = { $property }: 文字コード「{ $charset }」は読めません。連絡先を vCard 3.0 か 4.0(UTF-8)で書き出し直してください
# 先頭の FILE:LINE: の行は、まとめて読まれた行の最初の行です。
import-unclosed-quote = { $quote } 行目の引用符(")が閉じられていないため、{ $last } 行目までがひとつの行として読まれ、{ $rows } 行を取り込めません。引用符を閉じるか消してから、もう一度取り込んでください
import-no-header = 見出しの行(First Name,Last Name,...)が見つかりません。LinkedIn からダウンロードした Connections.csv ですか?
import-no-cards = BEGIN:VCARD が見つかりません。vCard (.vcf) のファイルですか?
import-utf16 = UTF-16 のテキストです。UTF-8 で保存し直してから取り込んでください
import-csv-not-utf8 = UTF-8 ではありません(Shift_JIS など)。Excel で「CSV UTF-8」を選んで保存し直してから取り込んでください。何も取り込んでいません
import-vcard-not-utf8 = UTF-8 ではなく、文字コードを示す CHARSET= もありません。連絡先アプリで vCard 3.0 か 4.0(どちらも UTF-8)として書き出し直すか、iconv -f 元の文字コード -t UTF-8 で変換してから取り込んでください。何も取り込んでいません
import-vcard-shift-jis = UTF-8 ではなく、文字コードを示す CHARSET= もありませんが、Shift_JIS(日本の携帯電話でよく使われます)として読めます。iconv -f SHIFT_JIS -t UTF-8 { $from } > { $to } で変換して { $to } を取り込むか、連絡先アプリで vCard 3.0 か 4.0(どちらも UTF-8)として書き出し直してください。何も取り込んでいません
filled-phonetic = よみ
filled-email = メール
filled-url = URL
filled-organisation = 所属
filled-role = 役割
filled-notes = メモ
filled-first-contact = 初めての接点

## The command line

list-separator = 、
cannot-write = { $path }: { $reason }
not-writable = { $path }: ファイルが書き込み禁止になっています(変更するには chmod u+w で許可してください)
future-date = 「{ $input }」は未来の日付です。すでにあったことの日付を書いてください
duplicate = 「{ $name }」という{ $noun }はもうあります
empty-name = { $noun }の名前(内容)が空です。何か書いてください
no-such = 「{ $name }」という{ $noun }はありません。先に追加してください: tsunagari add { $command } "{ $name }"
added = 追加しました: { $record }
cli-usage = { $error }({ $help } を見てください)
cli-no-data-dir = ワークブックを置くデータディレクトリが見つかりません。--file PATH で指定してください
cli-cannot-create-dir = { $path }: ディレクトリを作れません: { $reason }
cli-newer-refused = { $path }: 新しい版の tsunagari (版 { $version })で書かれたファイルです。変更するには tsunagari を更新してください
cli-save-failed = { $path }: { $reason }
cli-no-such-file = { $path }: ファイルがありません
cli-check-unsettled = { $path }: 読めます({ $records } 件)が、次のことが片づいていません:
cli-check-ok = { $path }: 問題ありません({ $records } 件)
cli-check-emergency = このワークブックの非常用のコピーが { $copy } にあります。アプリで開くと戻すか尋ねます
cli-check-newer = { $path }: 読めます({ $records } 件)が、新しい版の tsunagari (版 { $version })で書かれています。読み取り専用で開きます
cli-needs-terminal = tsunagari の画面には端末が必要です。スクリプトからは `tsunagari list KIND --json` をどうぞ
cli-terminal-setup = 端末を準備できません: { $reason }
cli-terminal = 端末のエラー: { $reason }
cli-start = 起動できません: { $reason }
cli-json = JSON を書けません: { $reason }
cli-temp-dir = 一時ディレクトリを作れません: { $reason }
cli-cannot-read = { $path }: 読めません: { $reason }
# $what is "rows" for a CSV file, "cards" for a vCard file.
cli-nothing-imported = 何も取り込んでいません: 読めない{ $what ->
    [cards] カード
   *[rows] 行
}が { $bad } 件あります(上の一覧)。直してもう一度実行するか、--skip-bad で読める分だけ取り込めます
cli-import-summary = { $added }人を追加、{ $updated }人を更新、{ $unchanged }人は変更なし{ $skipped ->
    [0] {""}
   *[other] 、読めない { $skipped } 件を飛ばしました
}
cli-dry-run = 試しに実行しただけです。何も書き込んでいません(--dry-run)

## The command line's help (`--help`), one message per command and option

cli-about = ゆるやかな繋がりを育て、変身資産を棚卸しする、端末で使うワークブック
cli-about-demo = 見本のワークブックを開きます(自分のファイルには触れません)
cli-about-walkthrough = はじめてのガイドを開きます(新しいワークブックでは自動で始まります)
cli-about-check = ワークブックを検査し、問題を PATH:行:列: メッセージ の形で報告します
cli-about-add = シェルから記録を追加します
cli-about-add-value = 最終価値観
cli-about-add-community = コミュニティ(ステップ1)
cli-about-add-person = 人(ひとつの繋がり)
cli-about-add-tag = 知られたい自分のタグ
cli-about-add-output = 小さな発信(ステップ2)
cli-about-add-introduction = 紹介: 1人目を2人目に紹介した(ステップ2)。済んだものも、予定だけのものも
cli-about-add-invitation = お誘い(ステップ3)
cli-about-add-reflection = ふりかえり: 気づいたことを一、二文で
cli-about-list = ひとつの種類の記録を、列名の行に続けて表示します(--json で JSON)
cli-about-import = 実際の連絡先を人として取り込みます(同じファイルをもう一度取り込んでも重複しません)
cli-about-import-linkedin = LinkedIn の Connections.csv(設定 → データプライバシー → データのコピーを入手)
cli-about-import-vcard = 1件または複数の連絡先が入った vCard ファイル(.vcf)。スマートフォン、連絡先アプリ、Google から
cli-about-export = 印刷用のまとめを書き出します(標準出力へ。-o でファイルへ)
cli-about-completions = シェルの補完スクリプトを標準出力に書き出します(入れ方は README にあります)
cli-about-today = 今週の三つの一歩と次の小さな一歩を、プレーンテキスト(--json なら JSON)で表示します。シェルの起動ファイルに置けるほど速く動きます
cli-arg-today-json = 同じ内容を JSON で(スクリプトやステータスバー向け)
today-next = 次の小さな一歩
cli-about-man = マニュアルページ(roff)を標準出力に書き出します
cli-about-help = このヘルプ、または指定したコマンドのヘルプを表示します

cli-arg-file = ワークブックのファイル(既定はプラットフォームのデータディレクトリ)。フォルダは既にあるものに限ります
cli-arg-config = 設定ファイル(既定はプラットフォームの設定ディレクトリの config.ron)
cli-arg-lang = 画面とメッセージの言語(既定は設定ファイル、次にロケールから)
cli-arg-ascii = 罫線を ASCII 文字で描きます(罫線が2マス幅で表示される端末向け)
cli-arg-help = ヘルプを表示します
cli-arg-version = バージョンを表示します
cli-arg-help-subcommand = 説明するコマンド
cli-arg-list-kind = どの記録か(複数形、単数形、日本語名のどれでも: people、person、人)
cli-arg-list-json = 保存されているままの記録を JSON の配列で(スクリプト向け)
cli-arg-export-format = 書き出す形式
cli-arg-export-output = 書き出し先(既定は標準出力)
cli-arg-export-no-names = 人の名前(と自分の名前)を出さず、番号で示します
cli-arg-completions-shell = 補完するシェル
cli-arg-import-linkedin-path = 取り込む Connections.csv
cli-arg-import-linkedin-dry-run = 追加・更新される人を表示するだけで、何も書き込みません
cli-arg-import-linkedin-skip-bad = 読める行だけを取り込み、読めない行は報告します(指定しないと、読めない行がひとつでもあれば何も取り込みません)
cli-arg-import-vcard-path = 取り込む .vcf ファイル
cli-arg-import-vcard-dry-run = { cli-arg-import-linkedin-dry-run }
cli-arg-import-vcard-skip-bad = 読めるカードだけを取り込み、読めないカードは報告します(指定しないと、読めないカードがひとつでもあれば何も取り込みません)
cli-arg-add-value-name = 価値観を一、二語で
cli-arg-add-value-description = 自分にとっての意味
cli-arg-add-value-rank = 1 がいちばん大切。その順位から下の価値観はひとつずつ下がります(既定は最後)
cli-arg-add-community-name = コミュニティの名前
cli-arg-add-community-kind = コミュニティの種類
cli-arg-add-community-status = どこまで関わっているか
cli-arg-add-community-distance = どのくらいの距離で関わるか
cli-arg-add-community-cadence = 集まる頻度
cli-arg-add-community-outside = ふだんの輪の外にある
cli-arg-add-community-values = 役立つ最終価値観(名前で。複数なら繰り返し指定)
cli-arg-add-community-interests = 育ててくれる関心(複数なら繰り返し指定)
cli-arg-add-community-last-visit = 最後に参加した日
cli-arg-add-community-notes = 覚えておきたいこと
cli-arg-add-person-name = その人の名前
cli-arg-add-person-field = 分野や業界(ワークブックにある分野の表記ゆれは、そちらの書き方にそろえます)
cli-arg-add-person-organisation = 勤め先や所属(会社、学校など)
cli-arg-add-person-role = そこでの役割(役職、職種など)
cli-arg-add-person-how-met = 出会いのいきさつを短く
cli-arg-add-person-met-in = 出会ったコミュニティ(名前で)
cli-arg-add-person-time = 一緒に過ごす時間、0〜4
cli-arg-add-person-emotion = 感情の強さ、0〜4
cli-arg-add-person-intimacy = 親密さ(打ち明け合えるか)、0〜4
cli-arg-add-person-reciprocity = 助け合い、0〜4
cli-arg-add-person-last-contact = 最後に連絡を取った日(既定は今日)
cli-arg-add-person-notes = 覚えておきたいこと
cli-arg-add-tag-name = まわりからそう呼ばれたい言葉
cli-arg-add-tag-description = そのタグが表すもの
cli-arg-add-output-text = 発信した内容
cli-arg-add-output-date = 発信した日(今日まで)
cli-arg-add-output-channel = 発信した場所
cli-arg-add-output-tags = その発信が示すタグ(名前で。なければ作ります。複数なら繰り返し指定)
cli-arg-add-output-reactions = 反応の数
cli-arg-add-introduction-first = 紹介された人(名前で)
cli-arg-add-introduction-second = 紹介した相手(名前で)
cli-arg-add-introduction-direction = 誰が紹介したか: 自分か、1人目が自分にか
cli-arg-add-introduction-planned = まだしていない、予定だけの紹介(済んだ紹介とは分けて扱います)
cli-arg-add-introduction-date = 紹介した日(今日まで)
cli-arg-add-introduction-follow-up = 見直す日: 予定の紹介を実行する日、済んだ紹介のその後を尋ねる日
cli-arg-add-introduction-why = その2人をつなぐ理由
cli-arg-add-invitation-what = 誘われたこと
cli-arg-add-invitation-from = 誘ってくれた人(名前で)
cli-arg-add-invitation-via = 経由したコミュニティ(名前で)
cli-arg-add-invitation-kind = お誘いの種類
cli-arg-add-invitation-received = 受け取った日(既定は今日)。締め切りはこの日より前にできません
cli-arg-add-invitation-deadline = 返事の締め切り
cli-arg-add-invitation-event = 行われる日。過ぎると、今週の一覧で一度だけ、どうだったかを尋ねます
cli-arg-add-invitation-excitement = ワクワク度、1〜5(0 は未評価)
cli-arg-add-invitation-cost = 時間と手間の負担
cli-arg-add-invitation-decision = もう決めているなら、その決定(決めた日は今日になります)
cli-arg-add-invitation-reason = そう決めた理由
cli-arg-add-invitation-practice = 価値観フィルターの練習用。どの集計にも入れません
cli-arg-add-reflection-text = 気づいたこと
cli-arg-add-reflection-topic = 何についてか(既定は全体)
cli-arg-add-reflection-date = 書いた日(既定は今日。今日まで)

cli-value-path = パス
cli-value-file = ファイル
cli-value-lang = 言語
cli-value-kind = 種類
cli-value-format = 形式
cli-value-shell = シェル
cli-value-name = 名前
cli-value-text = 文
cli-value-rank = 順位
cli-value-status = 状況
cli-value-distance = 距離
cli-value-cadence = 頻度
cli-value-value = 価値観
cli-value-date = 日付
cli-value-community = コミュニティ
cli-value-person = 人
cli-value-tag = タグ
cli-value-channel = 場所
cli-value-count = 数
cli-value-direction = 向き
cli-value-cost = 負担
cli-value-decision = 決定
cli-value-topic = テーマ
cli-value-command = コマンド

# The frame of --help; clap's own English one is kept in English, so these are for Japanese.
cli-heading-usage = 使い方:
cli-heading-commands = コマンド
cli-heading-arguments = 引数
cli-heading-global = 共通オプション
cli-heading-options = オプション
cli-help-choices = { $help }。選べる値: { $choices }
cli-help-default = { $help }。既定: { $default }
cli-help-env = { $help }。環境変数 { $name } でも指定できます

# The headings of the manual page (`tsunagari man`) that are not those of --help.
cli-man-name = 名前
cli-man-synopsis = 書式
cli-man-description = 説明
cli-man-version = バージョン

## The command line's usage errors: what was wrong, then which help to read

cli-error-missing = { $args } を指定してください
cli-error-no-value = { $arg } に値を指定してください
cli-error-bad-value = 「{ $value }」は { $arg } には使えません。
cli-error-choices = 選べる値: { $choices }
cli-error-did-you-mean = もしかして「{ $suggestion }」ですか?
cli-error-number-range = { $min }〜{ $max } の整数で指定してください
cli-error-number-min = { $min } 以上の整数で指定してください
cli-error-unknown-option = ここでは { $arg } というオプションは使えません
cli-error-dash-value = 「-」で始まる値は -- の後に書いてください(-- { $arg })
cli-error-extra-word = 「{ $arg }」が余分です。空白を含む名前や文は引用符で囲んでください("佐藤 美咲")
cli-error-unknown-command = 「{ $command }」というコマンドはありません
cli-error-conflict = { $arg } と { $other } は一緒に使えません
cli-error-twice = { $arg } は一度しか指定できません
cli-error-missing-command = コマンドを指定してください: { $commands }
cli-error-values = { $arg } に渡した値の数が合いません
cli-error-no-equals = { $arg } の値は「=」の後に書いてください({ $arg }=値)
cli-error-utf8 = UTF-8 として読めない引数があります
cli-error-other = コマンドラインを読み取れません

## `tsunagari list`

cli-list-kind-assets = 変身資産
cli-col-id = #
cli-col-rank = 順位
cli-col-name = 名前
cli-col-description = 説明
cli-col-kind = 種類
cli-col-status = 状況
cli-col-field = 分野
cli-col-last-contact = 最後の連絡
cli-col-date = 日付
cli-col-text = 内容
cli-col-who = 誰が誰を紹介したか
cli-col-why = 理由
cli-col-deadline = 締め切り
cli-col-what = 内容
cli-col-decision = 決定
cli-col-asset = 資産
cli-col-rating = 評価
cli-col-note = メモ
cli-col-topic = テーマ
# $noun is the kind of record; $command the `add` that makes one.
cli-list-empty-add = { $noun }の記録はまだありません。追加するには: tsunagari add { $command }
cli-list-empty-app = { $noun }の記録はまだありません。アプリ(tsunagari)の変身資産タブで棚卸しできます
cli-file-no-folder = { $folder }: そのフォルダはありません。作成する(mkdir -p "{ $folder }")か、--file には既にあるフォルダの中のパスを指定してください
cli-file-not-folder = { $folder }: フォルダではありません。--file にはフォルダの中のパスを指定してください

## The config file

config-unreadable = 設定ファイル { $path }{ $at }: { $reason }。直すか消すまで既定の設定を使います
config-reason = { $reason }
config-not-utf8 = UTF-8 のテキストではありません
config-bad-color = 設定: { $role } の色「{ $value }」は読めません(cyan、#rrggbb、0〜255 のように書いてください)
config-unknown-action = 設定: 「{ $action }」という操作はありません(名前は README のキーの表にあります)
config-bad-key = 設定: { $action } のキー「{ $key }」は読めません(a、Ctrl-r、F2、Enter のように書いてください)
config-steals-typing = 設定: { $action } に「{ $key }」を割り当てると入力できなくなります。Ctrl- か F キーにしてください
config-unreachable = 設定: 「{ $action }」に割り当てたキーが他の操作に取られ、使えるキーがなくなりました
config-more = { $first }(ほか { $more } 件: tsunagari check で一覧)


## The walkthrough

guide-title = はじめてのガイド
guide-chapter-ties = ゆるやかな繋がり
guide-chapter-values = 最終価値観
guide-chapter-communities = 1 コミュニティ
guide-chapter-outputs = 2 タグと発信
guide-chapter-invitation = 3 お誘い
guide-chapter-assets = 変身資産
guide-chapter-summary = まとめ
# A chapter's idea: its heading, then a few short paragraphs, each separated from the next by
# a blank line (a paragraph is one line; the screen wraps it).
guide-explain-ties =
    ゆるやかな繋がりが運んでくるもの

    毎日会う人たちは、たいていあなたと同じことを知っています。新しい仕事や機会の知らせは、たまにしか会わない知り合いが、別の輪から運んでくることが多いのです。

    社会学者グラノヴェッターの調査では、知り合いを通じて仕事を見つけた人のうち、その相手とよく会っていたのは 16.7% だけでした。55.6% は時々、27.8% はめったに会わない相手です。

    ただし結果は一様ではなく、渡辺深(1991)が東京・神奈川・千葉・埼玉に住む転職経験のある男性を調べたところ(1985年の調査)、弱い繋がりの優位は見られず、強い繋がりからも求人の情報は十分に届き、収入・会社への愛着・仕事の満足度でもむしろよい結果につながっていました。

    このガイドでは、コミュニティを選ぶ、タグを見えるようにする、小さなお誘いに応える、の3つのステップを、答えをワークブックに書き込みながら進みます。Esc でいつでも中断でき、次は続きから始められます。
guide-explain-values =
    最終価値観: あなたのフィルター

    最終価値観とは、何かの手段ではなく、それ自体のために大切にしたいことです。どこに参加し、どのお誘いに応えるかを選ぶ物差しになります。

    目的はそれ自体のために望むもの、手段はそこへ向かうためのふるまいで、たとえば「正直にふるまう」は手段、その先にある「自分に恥じない生き方」が目的です。

    これから価値観のカードを1枚ずつ見せます。直感で 1(とても大切)、2(大切)、3(それほどでも)に分けてください。ぴったりのカードがなければ a で自分のカードを足せます。

    そのあと上位の3〜5枚を選んで順位を付け、それぞれが自分にとって何を意味するかを一言で書きます。
guide-explain-communities =
    ステップ1: いくつかの場所に顔を出す

    会社と家のほかに、顔を出せる場所を持ちましょう。関心のあることと、さっき選んだ価値観の両方から選ぶと長続きします。

    ひとつに絞らず、種類の違う場所をいくつか。関わり方も選べます: 見る、参加する、貢献する、運営する。心地よい距離で十分です。

    気になっている場所を1〜3か所書いてください。2か所目からは、名前を空欄にすると次へ進みます。
guide-explain-outputs =
    ステップ2: タグを見えるようにする

    人があなたを思い出すときの見出しが「タグ」です。「この話ならあの人」と思ってもらうには、小さな発信を続けるのが近道です。

    もうひとつの近道は、人と人を引き合わせること。紹介した人は、紹介された二人の記憶に残ります。

    知られたいタグ、最初の小さな発信、それに引き合わせたい二人を書いてみましょう。
guide-explain-invitation =
    ステップ3: 小さなお誘いに応える

    ゆるやかな繋がりからは、思いがけない小さなお誘いが届きます。クランボルツによれば、計画外の出来事をチャンスに変えるのは、好奇心、持続性、柔軟性、楽観性、冒険心の5つです。

    とはいえ、全部に応える必要はありません。価値観をフィルターにして選びます。

    最近届いたお誘いをひとつ(思い付かなければ想像で)書き、価値観との合い方を答えると、フィルターの判定が出ます。実際に届いた日を答えない限り、練習用として残し、どの数にも入れません。
guide-explain-assets =
    変身資産の棚卸し

    グラットンとスコットは、人生の転機を越えていく力を「変身資産」と呼びました。自分をよく知っていること、多様なネットワーク、新しい経験に開かれていること、の3つです。

    いまの感覚で、それぞれを 1〜5 で付けてください。記録から数えた指標と見比べられます。最後に、最初の棚卸しとして日付を付けて残します。
guide-explain-summary = まとめ
# The questions. $value is a final value's name, $community a community's, $asset an asset's.
guide-ask-owner = まず、あなたの名前は？(まとめに載ります。空欄でもかまいません)
guide-ask-describe = 「{ $value }」は、あなたにとってどういうことですか？
guide-ask-community-name = 気になるコミュニティ、{ $n }か所目の名前は？
guide-ask-community-kind = 「{ $community }」はどんな種類の場ですか？(番号で選びます)
guide-ask-community-distance = 「{ $community }」とは、どれくらいの距離で関わりますか？(番号で選びます)
guide-ask-interests = 最近、何に興味がありますか？いくつか挙げてください。関心を共有できる場は、足を運ぶ価値があります(カンマ区切り。Enter で飛ばせます)
guide-ask-community-interests = 「{ $community }」は、あなたのどの関心とつながっていますか？(カンマ区切り。なければ Enter)
guide-label-interests = 関心
guide-example-interests = 例: 写真, 郷土史
guide-ask-community-outside = 「{ $community }」は、いつもの輪(職場、家族、昔からの友人)の外にありますか？
guide-label-outside = 輪の外
guide-outside-no = いいえ、いつもの輪の中
guide-outside-yes = はい、輪の外
guide-ask-community-values = 「{ $community }」は、どの価値観に合っていますか？(Ctrl-p で選べます)
guide-ask-tags = どんなタグで知られたいですか？(カンマか読点で区切ります)
guide-ask-output = 最近した小さな発信は？(短い投稿、メモの共有など。今日の日付で残ります。まだなら PgDn で飛ばして、今週の一歩にしましょう)
guide-ask-introduce-people = 引き合わせると良さそうな二人は？(名前を2つ、カンマで区切って。これからする紹介として残ります)
guide-ask-community-status = 「{ $community }」には、いまどう関わっていますか？(番号で選びます。お試しか参加中なら、ステップ1の数に入ります)
guide-ask-output-channel = その発信はどこでしましたか？(番号で選びます)
guide-ask-output-tags = その発信は、どのタグを見せるものですか？(カンマで区切ります。Ctrl-p で選べます。なければ空欄のまま Enter)
guide-ask-invite-received = 実際に届いたお誘いなら、届いた日は？(例: 11/20、昨日。空欄なら練習用として、どの数にも入れずに残します)
guide-ask-introduce-why = なぜその二人を？
guide-ask-invite-what = 最近届いた小さなお誘いは？
guide-ask-invite-fit = そのお誘いは「{ $value }」に合っていますか？(番号で選びます)
guide-ask-invite-excitement = どれくらいワクワクしますか？(0〜5)
guide-ask-invite-cost = 時間やお金の負担はどれくらいですか？(番号で選びます)
guide-ask-invite-decision = どうしますか？(番号で選びます)
guide-ask-invite-reason = その理由を一言で。
guide-ask-rate = 「{ $asset }」は、いま 1〜5 でどれくらいですか？
# A question's short field label.
guide-label-name = 名前
guide-label-meaning = 意味
guide-label-distance = 距離
guide-label-kind = 種類
guide-label-values = 価値観
guide-label-tags = タグ
guide-label-output = 発信
guide-label-two-people = 二人
guide-label-status = 状態
guide-label-channel = 場所
guide-label-received = 届いた日
guide-label-why = 理由
guide-label-invitation = お誘い
guide-label-fit = 合い方
guide-label-excitement = ワクワク
guide-label-cost = 負担
guide-label-decision = 決定
guide-label-rating = 自己評価
# A question's example, shown greyed while the field is empty (a placeholder, never an answer).
guide-example-owner = 例: 山田 花子
guide-example-describe = 例: 自分のペースで働き方を決められること
guide-example-community-name = 例: 朝の読書会
guide-example-community-values = 例: 学び, つながり
guide-example-tags = 例: Rust, 地域のデザイン
guide-example-output = 例: 勉強会の感想を3行で投稿する
guide-example-introduce-people = 例: 佐藤さん, 鈴木さん
guide-example-introduce-why = 例: 二人とも地域の防災に関心がある
guide-example-invite-what = 例: 友人の勉強会で10分話してほしい
guide-example-invite-excitement = 0〜5
guide-example-invite-received = 例: 11/20(空欄なら練習用)
guide-example-invite-reason = 例: 学びにつながり、負担も軽い
# Any other text given as an example (a card's line, the filter's reasons).
guide-example = 例: { $text }
# How an invitation fits a value, from -2 to +2.
guide-fit-against = -2 反する
guide-fit-a-little-against = -1 少し反する
guide-fit-unrelated = 0 関係ない
guide-fit-a-little = +1 少し合う
guide-fit-well = +2 よく合う
# The card sort's three piles (keys 1, 2, 3).
guide-pile-very-important = とても大切
guide-pile-important = 大切
guide-pile-not-so-much = それほどでも
guide-name-or-skip = 名前を入れてください(飛ばすなら PgDn)
guide-required-or-skip = 一言書いてください(飛ばすなら PgDn)
guide-two-names = 違う二人の名前を、カンマで区切って書いてください
guide-own-card-label = 自分のカード
guide-own-card-example = 例: 旅
guide-card-unnamed = カードの名前を書いてください
guide-card-taken = 「{ $name }」はもう分けてあります
guide-pick-count = 3〜5つ選んでください(いま { $n })
guide-sort-first = 先にカードを 1、2、3 で分けてください
guide-card-count = カード { $at } / { $total }
guide-all-sorted = カードはすべて分けました。Enter で上位を選ぶページへ。PgUp で最後の1枚を戻せます。
guide-sort-keys = PgUp(Backspace)で1枚戻す / a で自分のカードを足す
guide-top-intro = 大切なカードから3〜5つを選び(Space)、J/Kで順位を上げ下げしてEnter。順位は上の行に出ます。
guide-your-ranking = あなたの順位
guide-verdict-intro = 価値観フィルターの判定
guide-stocktake-intro = Enter で、いまの自己評価と指標を今日の日付の棚卸しとして残します。
guide-summary-intro = 答えはすべてワークブックに入っています。x でこのまとめを書き出せます(印刷できる HTML など)。Enter でガイドを終えます(w でいつでも見直せます)。
# The summary's lines: what the walkthrough left in the workbook.
guide-summary-name = 名前
guide-summary-values = 価値観
guide-summary-communities = コミュニティ
guide-summary-tags = タグ
guide-summary-outputs = 発信
guide-summary-decided = 決めたお誘い
guide-summary-assets = 変身資産
guide-summary-stocktakes = 棚卸し
# Coming back to an unfinished walkthrough; $chapter is the chapter's name.
guide-welcome-back = おかえりなさい。「{ $chapter }」から続けます。Enter で続きへ、[ ] で見直す章を選べます。Esc で閉じます。
guide-welcome-finished = おかえりなさい。はじめてのガイドは { $date } に最後まで終えています。Enter で「{ $chapter }」を開きます。[ ] で見直す章を選べます。Esc で閉じます。
guide-done = ガイドを終えました。w でいつでも見直せます
guide-left = ガイドを中断しました。w で続きから始められます
# The label of the walkthrough's answers in the undo history.
guide-answer-label = ガイドの答え
# Drawn at the end of the last row when a page scrolls on (the spaces keep it off the text).
guide-more-below = {" "}続きは j{" "}

## Value cards

# The card sort's cards: card-<key> is a card's name, card-<key>-about its line. The keys are
# stored in workbooks (src/model/cards.rs, underscores written as hyphens here); the words may
# change freely. The set, the names and the descriptions are our own.
# Every card is an end wanted for itself, not a way of acting (a means): see the note on CARDS.
card-freedom = 自由
card-freedom-about = 時間と行き先を自分で決められる
card-learning = 学び
card-learning-about = 知らなかったことを知り続ける
card-connection = つながり
card-connection-about = 人と人のあいだに身を置く
card-family = 家族
card-family-about = 身近な人と共に過ごし、その暮らしが守られている
card-health = 健康
card-health-about = 体と心を長く保つ
card-joy-of-creating = 創る喜び
card-joy-of-creating-about = 自分の手から新しいものや考えが生まれる
card-exciting-life = 刺激のある人生
card-exciting-life-about = 手応えのある新しいことが次々にある
card-contribution = 貢献
card-contribution-about = 自分がいることで、誰かや社会が少し良くなる
card-security = 安定
card-security-about = 先の見通しが立ち、安心して暮らせる
card-growth = 成長
card-growth-about = 昨日より少しできることが増える
card-self-respect = 自尊
card-self-respect-about = 自分に恥じない生き方ができている
card-beauty = 美しさ
card-beauty-about = 美しいものに囲まれて暮らす
card-fun = 楽しさ
card-fun-about = 毎日に楽しいことがある
card-self-sufficiency = 自立した暮らし
card-self-sufficiency-about = 自分の力で暮らしを支えられている
card-adventure = 冒険
card-adventure-about = 知らなかった土地や世界を知る
card-wisdom = 知恵
card-wisdom-about = 物事の本質が見えている
card-peace = 平和
card-peace-about = 争いのない穏やかな世の中
card-fairness = 公正
card-fairness-about = 誰もが同じように扱われる
card-recognition = 承認
card-recognition-about = していることを人に認められる
card-friendship = 友情
card-friendship-about = 長く信じ合える友がいる
card-harmony = 心の平穏
card-harmony-about = 自分と折り合いがついている
card-achievement = 達成
card-achievement-about = やり遂げたという手応えがある
card-others-wellbeing = まわりの人の幸せ
card-others-wellbeing-about = 身近な人たちが元気で、安心して暮らしている
card-mastery = 熟達
card-mastery-about = ひとつの道を究めている


## The printable summary

export-title = ゆるやかな繋がりと変身資産のまとめ
# A person's stand-in name when names are left out.
export-person-number = 人#{ $id }
export-made-on = 作成日
export-name = 名前
export-values = 最終価値観
export-communities = ステップ1: コミュニティ
export-tags-and-outputs = ステップ2: タグと発信
export-tags = タグ
export-recent-outputs = 最近90日の発信
export-outputs-per-week = 週ごとの発信数(直近12週)
export-introductions = 紹介
export-invitations = ステップ3: お誘いと決定
export-people = 人との繋がり
export-assets = 変身資産と棚卸し
export-reflections = ふりかえり
export-next-actions = 次の小さな一歩
export-nothing-yet = まだありません
export-interests = わたしの関心
ics-name = つながり: 期限と今週の一歩
ics-deadline = 今日が返事の期限: { $invitation }
ics-event = お誘いの当日: { $invitation }
ics-follow-up-planned = { $first } さんと { $second } さんを引き合わせる
ics-follow-up-made = { $first } さんと { $second } さんのその後を聞く
export-months = 月ごとの変化(直近12か月)
export-score = 価値観フィルター
# Krumboltz's happenstance skills named on invitations (the last 90 days, not a calendar quarter).
export-happenstance = 偶然を活かした力(この90日)
export-skill-times = { $skill }: この90日で{ $times }回
export-no-skills = この90日に記録した力はまだありません
export-reason = 理由
export-outcome = 結果
export-why = なぜ
export-rating = 自己評価
export-history = 棚卸しごとの自己評価(最後が今日)
export-stocktakes = 棚卸し
# How many outputs carry a tag.
export-outputs-count = { $n } 発信
export-last-output = 最後の発信
# The people, their ties by kind, how many fields and bridges.
# The unrated count shows only when someone is unrated.
export-ties = { $people }人: ゆるやか { $weak }、強い { $strong }、{ $unrated ->
        [0] {""}
       *[other] 未評価 { $unrated }、
    }分野 { $fields }、橋渡し役 { $bridges }
export-bridges = 橋渡し役
export-fields = 分野
export-organisations = 所属
export-written = 書き出しました: { $path }
export-form-title = まとめを書き出す
export-format = 形式
export-format-html = HTML
export-format-markdown = Markdown
export-format-text = Text
export-format-json = JSON
export-format-ics = カレンダー(iCalendar)
export-save-to = 保存先
export-no-names = 人の名前を伏せる
# The line after a list cut short: $n entries were left out.
export-more = ほか { $n } 件(アプリの一覧で見られます)
export-asset = 資産
# The deadline of an invitation still waiting for an answer ($date is 2026-04-28).
export-due = (期限 { $date })
export-column-name = 名前
export-column-status = 状態
export-column-kind = 種類
export-column-distance = 距離
export-column-values = 価値観
# $ext is the file name's extension (html), $format the format chosen (Markdown).
export-extension-mismatch = 名前は .{ $ext } ですが、形式は { $format } です。どちらかを合わせてください
export-replace-asks = このファイルはもうあります。もう一度 Ctrl-s で置き換えます
not-saved = ワークブックを保存できませんでした
not-saved-badge = 保存できていません
saved-again = 保存できました。ワークブックは最新です。
save-failing = 保存できていません: { $reason }。変更はここに残っていて、{ $seconds ->
   *[other] { $seconds } 秒
}後に保存をやり直します。それでもだめなら、q で非常用のコピーに書き出します。
quit-unsaved-title = 保存せずに終了しますか？
quit-unsaved-question = 変更を保存できず（{ $reason }）、非常用のコピーも書けませんでした: { $tried }。いま終了すると変更は失われます。空き容量を作るかフォルダを直してから、n を押してもう一度 q を試してください。
quit-unsaved-answers = y: 変更を捨てて終了   n: 戻る
quit-unsaved-lost = 指示どおり保存せずに終了しました。最後の保存より後の変更は失われました（{ $reason }）
emergency-written = ワークブックを保存できませんでした（{ $reason }）。変更は非常用のコピー { $copy } に残してあり、次に起動したときに戻すか尋ねます
emergency-failed = ワークブックを保存できず（{ $reason }）、非常用のコピーも書けませんでした（{ $tried }）。最後の保存より後の変更は失われました
emergency-title = 非常用のコピー
emergency-question = { $written } に保存できなかった変更を戻しますか？ 変更は非常用のコピーに残してあります。いまのファイルは先にバックアップします。{ $more ->
    [0] {""}
   *[other] （ほかに古いコピーが { $more } 件あります。一つずつ尋ねます。）
}コピー: { $copy }
emergency-answers = y: 戻す   n: 今はしない（次回また尋ねます）
emergency-brought-back = 非常用のコピーを戻しました。元のファイルは { $backup } に、コピーは { $settled } として残してあります
emergency-kept = 非常用のコピーは { $copy } に残してあります。次回また尋ねます。
emergency-unreadable = 非常用のコピー { $copy } は戻せません（{ $reason }）。そのまま残してあります。
emergency-no-backup = 戻していません: 先にワークブックのバックアップを作れませんでした（{ $reason }）。

## The person form: how close, in words (the four dimensions of a tie, levels 0 to 4)

tie-level-time-0 = ほとんど会わない
tie-level-time-1 = 年に数回
tie-level-time-2 = 月に1回ほど
tie-level-time-3 = 週に1回ほど
tie-level-time-4 = ほぼ毎日
tie-level-emotion-0 = 特に何も
tie-level-emotion-1 = 感じのいい人
tie-level-emotion-2 = 好感を持っている
tie-level-emotion-3 = 大切な人
tie-level-emotion-4 = かけがえのない人
tie-level-intimacy-0 = あいさつ程度
tie-level-intimacy-1 = 仕事や趣味の話
tie-level-intimacy-2 = 悩みも少し話す
tie-level-intimacy-3 = 個人的なことも話す
tie-level-intimacy-4 = 何でも打ち明けられる
tie-level-reciprocity-0 = まだない
tie-level-reciprocity-1 = ちょっとした手助け
tie-level-reciprocity-2 = ときどき助け合う
tie-level-reciprocity-3 = よく助け合う
tie-level-reciprocity-4 = いつでも頼り合える
tie-hint-time = 会う・話す頻度。4つとも0なら未評価
tie-hint-emotion = 相手への気持ち。4つとも0なら未評価
tie-hint-intimacy = 打ち明け合う深さ。4つとも0なら未評価
tie-hint-reciprocity = 助け合い(双方向)。4つとも0なら未評価
form-more = 詳しく
form-more-hide = 閉じる(入力した内容は残ります)
person-more = よみ・分野・出会い方・連絡先など
example-met-in = 例: 読書会 (一部でも)
one-community = ここにはコミュニティを一つだけ書いてください

## Links typed by hand (a part of a name is enough)

link-missing = 「{ $name }」を名前に含む{ $noun }が{ $kind ->
    [person] いません
   *[other] ありません
}。Ctrl-p で一覧から選ぶか、先に追加してください
link-several = 「{ $name }」に当てはまる{ $kind ->
    [value] 価値観が { $count } 件あります
    [community] コミュニティが { $count } 件あります
   *[person] 人が { $count } 人います
}。Ctrl-p でどれか選んでください
link-several-listed = 「{ $name }」に当てはまる{ $kind ->
    [value] 価値観が { $count } 件あります
    [community] コミュニティが { $count } 件あります
   *[person] 人が { $count } 人います
}: { $names }。名前をもっと書くか、番号(#{ $first })で指定してください
link-picked = 「{ $name }」は { $record } です
link-choose = 「{ $name }」に当てはまるもの

## Footer words that depend on the list

action-add-kind = { $noun }を追加
action-take-stock = 棚卸しをする
action-rate-asset = 自己評価
action-search-everything = すべてを検索
action-pick-move = 移動 (j/k は文字入力)

## After an invitation: the reflection and what the record says about the pass mark

turned-out-useful = 役に立った
turned-out-surprising = 意外な収穫があった
turned-out-not-worth-it = 割に合わなかった
not-said = (記入なし)
col-event = 当日
col-turned-out = どうだったか
col-served = 満たした価値観
col-met-there = そこで会った人
col-reflected = 振り返った日
afterwards-title = 振り返り
afterwards-saw = そこで会った人
afterwards-what = 何があったか
example-afterwards = 例: デザインの仕事をしている二人と話した。短い記事を頼まれた
example-event = 行われる日(例: 2026-12-05)
afterwards-saved = 振り返りを保存しました: { $invitation }
threshold-where = < と > でしきい値を動かすのは、価値観フィルターの上です(タブ 5 で ])
mouse-on = マウスを使います: タブや行をクリック、ホイールでスクロール(M で切る)
mouse-off = マウスを使いません: 端末で文字を選べます(M で使う)
afterwards-aside-label = 振り返りの見送り
afterwards-set-aside = 見送りました。もう聞きません(あとで書くときは、お誘いの上で r)
reflect-not-accepted = 振り返りを書けるのは、引き受けたお誘いだけです
already-known = 「{ $name }」さんはもうワークブックにいます。会った人の欄に書いてください(同じ名前の別の人なら、見分けられる一言を添えてください)
event-before-received = 行われる日が、お誘いを受けた日より前になっています
reflect-where = r で、引き受けたお誘いがどうだったかを書けます(今週の一覧の問いかけか、引き受けたお誘いの上で)
week-afterwards = 振り返り
day-short = { $month }月{ $day }日
week-ask = 「{ $invitation }」({ $date })はどうでしたか？
action-reflect = どうだったかを書く
action-set-aside = 見送る
indicator-surprises-noted = 意外なことの記録(90日)
look-back-value-said = { $name } { $accepted }件(うち結果を記入 { $with_outcome }、振り返りで「満たした」{ $said })
calibration-label = 引き受けたお誘いの結果
calibration-above = しきい値以上
calibration-below = 未満
calibration-tally = { $side } { $count }件{ $parts }
calibration-parts = ({ $parts })
calibration-none = まだありません。引き受けたお誘いがどうだったかを書くと(r)、ここに集まります
calibration-wait = このアプリの目安では、結果が { $min } 件そろうまで、しきい値の変更は提案しません
calibration-steady = 記録からは、しきい値を動かす理由は見当たりません
calibration-lower = うまくいった { $good } 件のうち { $good_below } 件(意外な収穫は { $surprising } 件中 { $surprising_below } 件)が、しきい値未満のお誘いでした。このアプリの目安では、しきい値を { $to }% に下げることを提案します(<)
calibration-raise = しきい値以上で引き受けた { $above } 件のうち { $poor_above } 件が、割に合いませんでした。このアプリの目安では、しきい値を { $to }% に上げることを提案します(>)
calibration-lower-short = 記録から: うまくいった { $good } 件中 { $good_below } 件がしきい値未満。{ $to }% に下げますか(<)
calibration-raise-short = 記録から: しきい値以上の { $above } 件中 { $poor_above } 件が割に合わず。{ $to }% に上げますか(>)
# The help's account of the filter's calibration: the first line is the heading, each further line one rule.
help-calibration-rules =
    記録からしきい値を見直す(このアプリ独自の目安で、研究によるものではありません)
    読むもの: 引き受けたお誘い(練習用は除く)のうち、あとから「役に立った」「意外な収穫があった」「割に合わなかった」のどれかを書いたもの。それぞれ今のフィルターで判定し、しきい値以上か未満(未達、または上位の価値観に反する)に分けます。未評価のものは数えません
    4 件そろうまでは何も提案しません。下げる: うまくいったもの(役に立った・意外な収穫)のうち 3 件以上がしきい値未満で、それがうまくいったものの半分以上のとき。上げる: しきい値以上で引き受けたもののうち 3 件以上が割に合わず、それが半分を超えるとき。動かすのはいつも一段(5)だけ。両方に当てはまるときは何も提案しません
    わからないこと: 断ったお誘いには結果がないので、断って何を逃したかはわかりません。件数が少なければ偶然の影響が大きく、「どうだったか」はあとからのあなた自身の言葉です
    お誘いの当日が過ぎると(60日以内)、今週の一覧で一度だけ、どうだったかを尋ねます。書いても見送っても、もう尋ねません

## 二つのコピーをまとめる (tsunagari merge、同期ツールの衝突ファイル、衝突の解消)

merge-summary = 取り込み: 新しい記録 { $added } 件、変更 { $changed } 件、削除 { $deleted } 件{ $joined ->
    [0] {""}
   *[other] 、両方の版を残した文章 { $joined } か所
}、衝突 { $conflicts } 件
merge-conflict = { $record } の「{ $field }」が両方のコピーで変わっています: こちら「{ $ours }」、あちら「{ $theirs }」
merge-without-base = 両方のコピーに共通する前の版が見つからなかったので、両方の記録をすべて残しました(何も削除していません)
merge-side-ours = こちらのコピー
merge-side-theirs = あちらのコピー
merge-kept-edited = { $record } は{ $side }で削除されましたが、{ $other }で編集されていたので残しました
merge-renumbered = { $record } は元のコピーでは番号 { $old } でしたが、もう一方のコピーがその番号を別の記録に使っていたので、新しい番号にしました
merge-kept-linked = { $record } は片方のコピーで削除されましたが、残る記録がつながっているので残しました
merge-joined = 両方のコピーで別々に書き換えられた文章(資産のメモや週の一歩)が { $count } か所あり、両方の文を続けて残しました。不要な方は編集で消してください
merge-kept-ours = 設定・資産・週の一歩のうち { $count } か所が両方のコピーで別々に変わっていたので、こちらの値を残しました
merge-field-tie-time = 繋がり: 一緒に過ごす時間
merge-field-tie-emotion = 繋がり: 感情の強さ
merge-field-tie-intimacy = 繋がり: 親密さ
merge-field-tie-reciprocity = 繋がり: 助け合い
merge-field-name = 名前
merge-field-notes = メモ
merge-field-description = 説明
merge-field-field = 分野
merge-field-organisation = 所属
merge-field-role = 役割
merge-field-how-met = 出会い
merge-field-last-contact = 最後の連絡
merge-field-status = 状態
merge-field-text = 本文
merge-field-what = 内容
merge-field-decision = 返事
merge-field-reason = 理由
merge-field-outcome = 結果
merge-field-date = 日付
merge-field-kind = 種類
merge-field-cadence = 頻度
merge-field-distance = 関わり方
merge-field-email = メール
merge-field-deadline = 締め切り
merge-field-rank = 順位
cli-about-merge = ワークブックの二つのコピーを記録ごとにまとめます(git のマージドライバー)。結果は OURS に書きます。衝突がなければ終了コード 0、衝突が残れば 1(ワークブックの中に残します)、まとめられなかったときは 2
cli-arg-merge-base = 両方のコピーの元になった版(git の %O。ないときは空のファイル)
cli-arg-merge-ours = こちらのコピー(git の %A)。まとめた結果をここに書きます
cli-arg-merge-theirs = あちらのコピー(git の %B)
cli-value-base = 元の版
cli-value-ours = こちら
cli-value-theirs = あちら
cli-arg-merge-name = ワークブック自身のパス(git の %P)。メッセージは git の一時ファイル名の代わりに、このパスとどちら側かを示します
cli-merge-file-base = { $path }(共通の元の版)
cli-merge-file-ours = { $path }(このブランチ)
cli-merge-file-theirs = { $path }(取り込むブランチ)
cli-merge-clean = { $path }: 衝突なくまとめました
cli-merge-conflicts = { $path }: まとめました。衝突が { $count } 件ワークブックに残っています(`tsunagari check` で一覧できます。アプリでは O でこちらの値を残し、T であちらの値を取ります)
cli-merge-refused = 何もまとめず、何も書いていません: { $reason }
cli-merge-newer = { $path } は新しい版の tsunagari (版 { $version })で書かれています。その版でまとめてください
cli-merge-broken = まとめるとつながり先のないリンクが残ってしまいます({ $problem })。何も書いていません(お手数ですが報告してください)
cli-merge-write = { $path } にまとめた結果を書けませんでした: { $reason }。ファイルは元のままです
cli-check-conflict = { $path }: 衝突: { $line }
cli-check-sync-file = 同期ツールの衝突ファイルがワークブックの隣にあります: { $file }。アプリか、次にコマンドで変更したときに取り込みます({ $summary })
cli-sync-waiting = 同期ツールの衝突ファイルが { $count } 件ワークブックの隣にあります({ $file } など)。ここに表示した内容には含まれていません。取り込めるか、何が入るかは `tsunagari check` で確かめられます。
cli-synced = { $file } をワークブックに取り込みました({ $summary })。ファイルは削除しました
sync-unmerged = 衝突ファイルを取り込みませんでした: { $reason }。ファイルは手をつけずに残してあります。
sync-unmerged-passphrase = { $file } はこのワークブックとは別のパスフレーズで暗号化されています。そのパスフレーズで --file を指定して開くか、復号すれば変更を取り込めます
sync-unmerged-newer = { $file } は新しい版の tsunagari が書いたファイルです(形式 { $version })。ここで取り込むと、この版の知らない内容が失われるおそれがあります
sync-unmerged-broken = { $file }: 取り込むとワークブックが壊れてしまいます({ $problem })
store-no-hint = {""}
action-keep-ours = こちらの値を残す
action-take-theirs = あちらの値を取る
conflict-kept-ours = こちらの値を残しました: { $line }
conflict-took-theirs = あちらの値を取りました: { $line }
conflict-elsewhere = この記録に衝突はありません。衝突は { $count } 件で、最初は { $record } にあります(! の印。Enter で両方の値を見られます)
conflicts-waiting = まとめたときの衝突が { $count } 件(! の印の記録): そこで { $ours } でこちらの値を残し、{ $theirs } であちらの値を取ります
conflict-none = 解消する衝突はありません
detail-conflict = [!] 「{ $field }」がコピーの間で違います: こちら「{ $ours }」、あちら「{ $theirs }」
detail-conflict-keys = { $ours } でこちらの値を残し、{ $theirs } であちらの値を取ります(上のものから順に)
sync-merged = { $file } を取り込みました: { $summary }(u で取り消せます。ファイルは終了時に片づけます)
sync-undo-label = { $file } の取り込み
sync-settled = { $file } を削除しました。その変更はワークブックに保存済みです
