//! A deterministic generator of realistic workbooks, for tests, benchmarks and
//! `examples/generate.rs`: every record kind, mixed Japanese and English text, links between
//! records, dates spread over the two years before `today`.

use chrono::{Days, NaiveDate};

use super::choices::*;
use super::ids::*;
use super::records::*;
use super::text::Text;
use super::workbook::Workbook;

/// A small xorshift generator: reproducible without another dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn date_before(&mut self, today: NaiveDate, max_days: usize) -> NaiveDate {
        today.checked_sub_days(Days::new(self.below(max_days) as u64)).unwrap_or(today)
    }
}

const VALUES: &[(&str, &str)] = &[
    ("自由", "時間と場所を自分で選べること"),
    ("学び", "Learning something new every month"),
    ("自尊", "言ったことをやれる自分でいられること"),
    ("Family security", "家族が安心して暮らせること"),
    ("つながり", "困ったときに声をかけ合える関係"),
    ("Creativity", "作ることそのものを楽しむ"),
    ("健康", "よく眠り、よく歩く"),
    ("Contribution", "誰かの役に立っている実感"),
];

const COMMUNITY_NAMES: &[&str] = &[
    "朝活読書会",
    "Rust.Tokyo",
    "地域の子ども食堂",
    "プロボノ・デザイン部",
    "Online salon: Product Thinking",
    "大学OB会",
    "写真散歩の会",
    "Coffee meetup 渋谷",
    "キャリア対話カフェ",
    "OSS翻訳チーム",
    "ランニングクラブ",
    "Public speaking club",
];

const SURNAMES: &[&str] =
    &["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "Smith", "García", "Kim", "Nguyen"];
const GIVEN: &[&str] = &["美咲", "翔", "陽菜", "蓮", "結衣", "Alex", "Priya", "健太", "Maria", "直子", "Tom", "葵"];
const FIELDS: &[&str] =
    &["IT", "教育", "医療", "デザイン", "Finance", "NPO", "製造", "Media", "行政", "Research", "飲食", "法律"];
const TAGS: &[&str] = &[
    "Rust",
    "キャリア対話",
    "ファシリテーション",
    "UX research",
    "読書メモ",
    "地域づくり",
    "データ可視化",
    "子育てと仕事",
];
const SNIPPETS: &[&str] = &[
    "読書会で話した内容をまとめてブログに書いた",
    "Shared a short thread about weak ties and job changes",
    "勉強会で5分のLTをした。質問が3つ来た",
    "Wrote notes on a talk: \"small outputs, often\"",
    "社外の人と1on1。思ってもみない視点をもらった\n次回は資料を共有する",
    "Posted a sketch of the project; two people asked to join",
    "地域イベントの写真を共有(初参加)",
    "C:\\work\\notes に溜めたメモを整理して公開",
];
const INVITES: &[&str] = &[
    "勉強会での登壇依頼",
    "Join a weekend hackathon",
    "プロボノ案件の相談",
    "読書会の運営を手伝ってほしい",
    "Coffee chat with a startup founder",
    "地域メディアへの寄稿",
    "副業としてのデータ分析",
    "Panel on career change",
];

/// Builds a workbook of about `records` records (all kinds together), reproducibly from `seed`.
pub fn workbook(records: usize, seed: u64, today: NaiveDate) -> Workbook {
    let mut r = Rng(seed.max(1));
    let mut wb = Workbook::default();
    wb.settings.owner = Text::from("見本 太郎");

    let n_values = VALUES.len().min(records.max(1)).min(5);
    for (i, (name, desc)) in VALUES.iter().take(n_values).enumerate() {
        let id = ValueId(wb.new_id());
        wb.values.put(FinalValue {
            id,
            rank: i as u16 + 1,
            name: Text::from(*name),
            description: Text::from(*desc),
            created: Some(r.date_before(today, 700)),
            revisited: r.chance(50).then(|| r.date_before(today, 100)),
        });
    }
    let rest = records.saturating_sub(n_values);
    let share = |pct: usize| (rest * pct).div_ceil(100);
    let value_ids: Vec<ValueId> = wb.values.iter().map(|v| v.id).collect();

    let n_communities = share(5).clamp(usize::from(rest > 0), 400);
    for i in 0..n_communities {
        let id = CommunityId(wb.new_id());
        let base = COMMUNITY_NAMES[i % COMMUNITY_NAMES.len()];
        let name = if i < COMMUNITY_NAMES.len() {
            base.to_owned()
        } else {
            format!("{base} #{}", i / COMMUNITY_NAMES.len() + 1)
        };
        let values = (0..r.below(3)).map(|_| *r.pick(&value_ids)).collect::<std::collections::BTreeSet<_>>();
        wb.communities.put(Community {
            id,
            name: Text::from(name),
            kind: *r.pick(&all::<CommunityKind>()),
            values: values.into_iter().collect(),
            interests: vec![Text::from(*r.pick(TAGS))],
            distance: *r.pick(&all::<Distance>()),
            status: *r.pick(&all::<CommunityStatus>()),
            cadence: *r.pick(&all::<Cadence>()),
            last_visit: r.chance(80).then(|| r.date_before(today, 200)),
            outside_usual_circle: r.chance(40),
            notes: Text::from(if r.chance(30) { "雰囲気がよい。次回は発表してみる" } else { "" }),
            created: Some(r.date_before(today, 700)),
            visits: Vec::new(),
        });
    }
    let community_ids: Vec<CommunityId> = wb.communities.iter().map(|c| c.id).collect();

    for _ in 0..share(3) {
        let id = TagId(wb.new_id());
        let name = r.pick(TAGS);
        wb.tags.put(Tag {
            id,
            name: Text::from(*name),
            description: Text::default(),
            created: Some(r.date_before(today, 700)),
        });
    }
    let tag_ids: Vec<TagId> = wb.tags.iter().map(|t| t.id).collect();

    // People take whatever the other kinds leave, so the total comes out as asked even when
    // communities hit their cap.
    let others = n_communities + share(3) + share(28) + share(5) + share(14) + share(2) + share(1);
    let n_people = rest.saturating_sub(others).max(share(42).min(rest));
    for _ in 0..n_people {
        let id = PersonId(wb.new_id());
        let met_in = (!community_ids.is_empty() && r.chance(70)).then(|| *r.pick(&community_ids));
        let last = r.chance(85).then(|| r.date_before(today, 400));
        let interactions = (0..r.below(3))
            .map(|_| Interaction {
                date: Some(r.date_before(today, 400)),
                note: Text::from("近況を聞いた / caught up"),
            })
            .collect();
        let dim = |r: &mut Rng| r.below(5) as u8;
        wb.people.put(Person {
            id,
            name: Text::from(format!("{} {}", r.pick(SURNAMES), r.pick(GIVEN))),
            phonetic: Text::default(),
            how_met: Text::from(if met_in.is_some() { "コミュニティで" } else { "introduced by a friend" }),
            met_in,
            communities: met_in.into_iter().collect(),
            field: Text::from(*r.pick(FIELDS)),
            organisation: Text::default(),
            role: Text::default(),
            tie: TieDimensions {
                time: dim(&mut r),
                emotion: dim(&mut r),
                intimacy: dim(&mut r),
                reciprocity: dim(&mut r),
            },
            mutual_connections: r.chance(50).then(|| r.below(n_people.min(40)) as u32),
            // Known since some time before the last contact (or before today).
            first_contact: {
                let anchor = last.unwrap_or(today);
                Some(anchor.checked_sub_days(Days::new(r.below(400) as u64)).unwrap_or(anchor))
            },
            last_contact: last,
            cadence: r.chance(30).then(|| *r.pick(&all::<Cadence>())),
            interactions,
            email: Text::default(),
            url: Text::default(),
            notes: Text::from(if r.chance(20) { "話しやすい。\"本\"の話で盛り上がった" } else { "" }),
        });
    }
    let person_ids: Vec<PersonId> = wb.people.iter().map(|p| p.id).collect();

    for _ in 0..share(28) {
        let id = OutputId(wb.new_id());
        let tags = if tag_ids.is_empty() { vec![] } else { vec![*r.pick(&tag_ids)] };
        let people = if person_ids.is_empty() || !r.chance(20) { vec![] } else { vec![*r.pick(&person_ids)] };
        wb.outputs.put(Output {
            id,
            date: Some(r.date_before(today, 700)),
            channel: *r.pick(&all::<Channel>()),
            text: Text::from(*r.pick(SNIPPETS)),
            tags,
            reactions: r.below(30) as u32,
            people,
        });
    }

    for _ in 0..share(5) {
        let id = IntroductionId(wb.new_id());
        let first = (!person_ids.is_empty()).then(|| *r.pick(&person_ids));
        // Someone is introduced to someone else, never to themselves.
        let second = person_ids.iter().copied().filter(|&p| Some(p) != first).nth(r.below(person_ids.len().max(2) - 1));
        wb.introductions.put(Introduction {
            id,
            date: Some(r.date_before(today, 500)),
            direction: *r.pick(&all::<IntroDirection>()),
            first,
            second,
            why: Text::from("同じテーマに関心がある / same interest"),
            outcome: Text::from(if r.chance(50) { "一緒に勉強会を開いた" } else { "" }),
            // (No new random draws: the sample stays the same workbook for the same seed.)
            status: IntroStatus::Made,
            follow_up: None,
        });
    }

    for _ in 0..share(14) {
        let id = InvitationId(wb.new_id());
        let decision = *r.pick(&all::<Decision>());
        let received = r.date_before(today, 400);
        let scores =
            value_ids
                .iter()
                .filter_map(|&value| {
                    if r.chance(60) { Some(ValueScore { value, score: (r.next() % 5) as i8 - 2 }) } else { None }
                })
                .collect();
        wb.invitations.put(Invitation {
            id,
            what: Text::from(*r.pick(INVITES)),
            from: (!person_ids.is_empty()).then(|| *r.pick(&person_ids)),
            via: (!community_ids.is_empty() && r.chance(60)).then(|| *r.pick(&community_ids)),
            kind: *r.pick(&all::<InvitationKind>()),
            received: Some(received),
            deadline: r.chance(70).then(|| received + Days::new(r.below(60) as u64)),
            scores,
            excitement: r.below(6) as u8,
            cost: *r.pick(&all::<Cost>()),
            decision,
            reason: Text::from(if decision == Decision::Pending { "" } else { "価値観に合う / fits my values" }),
            decided: (decision != Decision::Pending).then_some(received),
            outcome: Text::default(),
            unexpected: Text::default(),
            skills: if r.chance(40) { vec![*r.pick(&all::<HappenstanceSkill>())] } else { vec![] },
            practice: false,
            // Without drawing more numbers (the rest of the sample stays as it was): a third of
            // the accepted ones took place a week after they came and were reflected on.
            ..afterwards(id, received, decision)
        });
    }

    for _ in 0..share(2) {
        let id = StocktakeId(wb.new_id());
        wb.stocktakes.put(Stocktake {
            id,
            date: Some(r.date_before(today, 700)),
            ratings: all::<AssetKind>()
                .into_iter()
                .map(|kind| StocktakeRating { kind, rating: Some(r.below(5) as u8 + 1) })
                .collect(),
            figures: Vec::new(),
            note: Text::from("半年ぶりの棚卸し"),
        });
    }

    for _ in 0..share(1) {
        let id = ReflectionId(wb.new_id());
        wb.reflections.put(Reflection {
            id,
            date: Some(r.date_before(today, 700)),
            topic: *r.pick(&all::<Topic>()),
            text: Text::from("小さく出すほど、反応が返ってくる。\nKeep it small."),
        });
    }

    for asset in &mut wb.assets {
        asset.rating = Some(r.below(5) as u8 + 1);
    }
    wb
}

/// An invitation's event and reflection, from its id alone (see the sample's invitations).
fn afterwards(id: InvitationId, received: NaiveDate, decision: Decision) -> Invitation {
    let reflected = decision == Decision::Accepted && id.0.is_multiple_of(3);
    let turned = [TurnedOut::Useful, TurnedOut::Surprising, TurnedOut::NotWorthIt][(id.0 / 3 % 3) as usize];
    let event = received + Days::new(7);
    Invitation {
        event: (decision == Decision::Accepted).then_some(event),
        turned_out: reflected.then_some(turned),
        reflected: reflected.then_some(event),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_about_the_requested_size_with_valid_links() {
        let today: NaiveDate = "2026-11-24".parse().expect("date");
        for n in [0, 1, 10, 1000, 20_000] {
            let wb = workbook(n, 7, today);
            assert!(wb.problems().is_empty(), "{n}: {:?}", wb.problems());
            let count = wb.record_count();
            assert!(count >= n && count <= n + n / 10 + 10, "asked {n}, got {count}");
        }
        assert_eq!(workbook(200, 3, today), workbook(200, 3, today));
    }
}
