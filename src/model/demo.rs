//! The demo workbook (`tsunagari demo`): one person's few months of practice, told in the
//! language of the screens, with every date counted back from today so the demo is always
//! alive — the last activity a few days ago, deadlines ahead, one tie quiet for a while, last
//! week's steps in the log. Its records are sample data, not texts of the program.

use chrono::{Days, NaiveDate};

use super::choices::*;
use super::ids::*;
use super::records::*;
use super::settings::Settings;
use super::text::Text;
use super::week::monday;
use super::workbook::Workbook;

/// A community: name, kind, status, cadence, days since the last visit, values by index,
/// interests, outside the usual circles.
type CommunityRow = (
    &'static str,
    CommunityKind,
    CommunityStatus,
    Cadence,
    Option<u64>,
    &'static [usize],
    &'static [&'static str],
    bool,
);
/// A person: name, field, tie (time, emotion, intimacy, reciprocity), community, days since
/// contact, mutual connections, cadence.
type PersonRow = (&'static str, &'static str, [u8; 4], usize, u64, Option<u32>, Option<Cadence>);
/// An invitation: what, from (person), excitement, cost, fits by value index.
type InvitationRow = (&'static str, usize, u8, Cost, &'static [(usize, i8)]);

/// The words of the demo in one language.
struct Words {
    owner: &'static str,
    values: [(&'static str, &'static str); 4],
    interests: [&'static str; 3],
    communities: [CommunityRow; 4],
    people: [PersonRow; 8],
    tags: [&'static str; 2],
    /// Text, tag, days ago, reactions.
    outputs: [(&'static str, usize, u64, u32); 3],
    intro_why: [&'static str; 2],
    intro_outcome: &'static str,
    invitations: [InvitationRow; 4],
    decided_reason: [&'static str; 2],
    outcome: &'static str,
    reflection: &'static str,
    week_done: [&'static str; 2],
}

const JA: Words = Words {
    owner: "見本 さくら",
    values: [
        ("自由", "時間と場所を自分で選べること"),
        ("学び続けること", "毎月ひとつ新しいことに触れる"),
        ("家族との時間", "夕食はできるだけ一緒に"),
        ("人の役に立つ実感", "誰かの困りごとが少し軽くなること"),
    ],
    interests: ["データ可視化", "写真", "地域の歴史"],
    communities: [
        (
            "Rust.Tokyo 勉強会",
            CommunityKind::Learning,
            CommunityStatus::Active,
            Cadence::Monthly,
            Some(33),
            &[1],
            &["データ可視化"],
            false,
        ),
        (
            "街歩き写真部",
            CommunityKind::Hobby,
            CommunityStatus::Trying,
            Cadence::Biweekly,
            Some(5),
            &[],
            &["写真", "地域の歴史"],
            true,
        ),
        (
            "子ども食堂ボランティア",
            CommunityKind::ProBono,
            CommunityStatus::Considering,
            Cadence::Monthly,
            None,
            &[3, 2],
            &[],
            true,
        ),
        ("大学の同窓会", CommunityKind::Alumni, CommunityStatus::Resting, Cadence::Yearly, Some(220), &[], &[], false),
    ],
    people: [
        ("佐藤 美咲", "データ分析", [2, 3, 3, 2], 0, 4, Some(12), None),
        ("鈴木 健太", "ソフトウェア", [3, 2, 2, 3], 0, 33, Some(25), None),
        ("高橋 直子", "編集", [1, 2, 1, 1], 1, 5, Some(3), None),
        ("田中 翔", "建築", [1, 1, 1, 0], 1, 19, None, None),
        ("伊藤 葵", "福祉", [1, 3, 2, 2], 2, 60, Some(8), Some(Cadence::Monthly)),
        ("渡辺 結衣", "教育", [1, 2, 2, 1], 3, 240, Some(40), None),
        ("山本 蓮", "ソフトウェア", [0, 0, 0, 0], 0, 90, None, None),
        ("中村 優", "デザイン", [2, 4, 4, 3], 3, 12, Some(30), None),
    ],
    tags: ["データ可視化", "まち歩き"],
    outputs: [
        ("区の人口推移を一枚の図にして共有した", 0, 3, 14),
        ("写真部の散歩ルートを地図にまとめた", 1, 17, 6),
        ("勉強会で可視化ライブラリを5分で紹介", 0, 40, 22),
    ],
    intro_why: ["二人とも地域の記録を残すことに関心がある", "子ども食堂でデータの集計に困っていた"],
    intro_outcome: "一度オンラインで話したそうだ",
    invitations: [
        ("次回の勉強会でLTをしてほしい", 1, 4, Cost::Low, &[(1, 2), (0, 1)]),
        ("週末の写真展の受付を手伝ってほしい", 2, 3, Cost::Medium, &[]),
        ("データ可視化の社内研修の講師", 0, 5, Cost::Medium, &[(1, 2), (3, 1)]),
        ("毎週土曜の定例会に参加してほしい", 4, 2, Cost::High, &[(2, -2), (3, 2)]),
    ],
    decided_reason: ["学びの場で話せる。準備も一晩で足りる", "家族との土曜が毎週なくなるのは合わない"],
    outcome: "研修の後、別の部署から相談が来た",
    reflection: "写真部では仕事の話をしないのが心地よい。そこで聞いた地域の話が、図を作るきっかけになった",
    week_done: ["Rust.Tokyo 勉強会に顔を出す", "研修講師の依頼に返事をする"],
};

const EN: Words = Words {
    owner: "Sakura Demo",
    values: [
        ("Freedom", "Choosing my own time and place"),
        ("Learning for life", "Something new every month"),
        ("Time with family", "Dinner together whenever I can"),
        ("Being of use", "Someone's trouble made a little lighter"),
    ],
    interests: ["data visualisation", "photography", "local history"],
    communities: [
        (
            "Rust study group",
            CommunityKind::Learning,
            CommunityStatus::Active,
            Cadence::Monthly,
            Some(33),
            &[1],
            &["data visualisation"],
            false,
        ),
        (
            "Street photo walks",
            CommunityKind::Hobby,
            CommunityStatus::Trying,
            Cadence::Biweekly,
            Some(5),
            &[],
            &["photography", "local history"],
            true,
        ),
        (
            "Community kitchen volunteers",
            CommunityKind::ProBono,
            CommunityStatus::Considering,
            Cadence::Monthly,
            None,
            &[3, 2],
            &[],
            true,
        ),
        (
            "University alumni",
            CommunityKind::Alumni,
            CommunityStatus::Resting,
            Cadence::Yearly,
            Some(220),
            &[],
            &[],
            false,
        ),
    ],
    people: [
        ("Mia Sato", "data analysis", [2, 3, 3, 2], 0, 4, Some(12), None),
        ("Ken Suzuki", "software", [3, 2, 2, 3], 0, 33, Some(25), None),
        ("Naoko Takahashi", "publishing", [1, 2, 1, 1], 1, 5, Some(3), None),
        ("Sho Tanaka", "architecture", [1, 1, 1, 0], 1, 19, None, None),
        ("Aoi Ito", "social care", [1, 3, 2, 2], 2, 60, Some(8), Some(Cadence::Monthly)),
        ("Yui Watanabe", "education", [1, 2, 2, 1], 3, 240, Some(40), None),
        ("Ren Yamamoto", "software", [0, 0, 0, 0], 0, 90, None, None),
        ("Yu Nakamura", "design", [2, 4, 4, 3], 3, 12, Some(30), None),
    ],
    tags: ["data visualisation", "city walks"],
    outputs: [
        ("Shared one chart of the ward's population over 50 years", 0, 3, 14),
        ("Mapped the photo club's walking route", 1, 17, 6),
        ("Five-minute intro to a charting library at the study group", 0, 40, 22),
    ],
    intro_why: ["Both want to keep a record of the neighbourhood", "The kitchen needed help counting meals"],
    intro_outcome: "They talked online once",
    invitations: [
        ("A lightning talk at the next study group", 1, 4, Cost::Low, &[(1, 2), (0, 1)]),
        ("Help at the reception of the weekend photo show", 2, 3, Cost::Medium, &[]),
        ("Teach an in-house data visualisation course", 0, 5, Cost::Medium, &[(1, 2), (3, 1)]),
        ("Join a meeting every Saturday", 4, 2, Cost::High, &[(2, -2), (3, 2)]),
    ],
    decided_reason: [
        "A place to learn by speaking; one evening to prepare",
        "Losing every Saturday with my family does not fit",
    ],
    outcome: "After the course, another team asked for advice",
    reflection: "At the photo club nobody talks about work. A local story I heard there is what started the chart",
    week_done: ["Go to the Rust study group", "Answer the course invitation"],
};

/// The demo workbook in `lang`, dated from `today`.
pub fn workbook(lang: Lang, today: NaiveDate) -> Workbook {
    let w = if lang == Lang::Ja { &JA } else { &EN };
    let ago = |days: u64| today.checked_sub_days(Days::new(days)).unwrap_or(today);
    let ahead = |days: u64| today.checked_add_days(Days::new(days)).unwrap_or(today);
    let mut wb = Workbook {
        settings: Settings { owner: Text::from(w.owner), lang: Some(lang), ..Settings::default() },
        interests: w.interests.iter().map(|i| Text::from(*i)).collect(),
        ..Workbook::default()
    };
    let mut next = 0u64;
    let mut id = || {
        next += 1;
        next
    };

    let values: Vec<ValueId> = w
        .values
        .iter()
        .enumerate()
        .map(|(i, (name, about))| {
            let v = FinalValue {
                id: ValueId(id()),
                rank: i as u16 + 1,
                name: Text::from(*name),
                description: Text::from(*about),
                created: Some(ago(120)),
                revisited: None,
            };
            let vid = v.id;
            wb.values.put(v);
            vid
        })
        .collect();
    let communities: Vec<CommunityId> = w
        .communities
        .iter()
        .map(|&(name, kind, status, cadence, last, vals, interests, outside)| {
            let c = Community {
                id: CommunityId(id()),
                name: Text::from(name),
                kind,
                values: vals.iter().map(|&i| values[i]).collect(),
                interests: interests.iter().map(|i| Text::from(*i)).collect(),
                status,
                cadence,
                last_visit: last.map(ago),
                outside_usual_circle: outside,
                created: Some(ago(150)),
                distance: Distance::TakePart,
                ..Default::default()
            };
            let cid = c.id;
            wb.communities.put(c);
            cid
        })
        .collect();
    let people: Vec<PersonId> = w
        .people
        .iter()
        .map(|&(name, field, tie, community, days, mutual, cadence)| {
            let p = Person {
                id: PersonId(id()),
                name: Text::from(name),
                met_in: Some(communities[community]),
                communities: vec![communities[community]],
                field: Text::from(field),
                tie: TieDimensions { time: tie[0], emotion: tie[1], intimacy: tie[2], reciprocity: tie[3] },
                mutual_connections: mutual,
                first_contact: Some(ago(days + 90)),
                last_contact: Some(ago(days)),
                cadence,
                ..Default::default()
            };
            let pid = p.id;
            wb.people.put(p);
            pid
        })
        .collect();
    let tags: Vec<TagId> = w
        .tags
        .iter()
        .map(|name| {
            let t = Tag { id: TagId(id()), name: Text::from(*name), created: Some(ago(100)), ..Default::default() };
            let tid = t.id;
            wb.tags.put(t);
            tid
        })
        .collect();
    for (i, &(text, tag, days, reactions)) in w.outputs.iter().enumerate() {
        wb.outputs.put(Output {
            id: OutputId(id()),
            date: Some(ago(days)),
            channel: if i == 2 { Channel::Talk } else { Channel::Social },
            text: Text::from(text),
            tags: vec![tags[tag]],
            reactions,
            // The one who came my way through the talk.
            people: if i == 2 { vec![people[6]] } else { Vec::new() },
        });
    }
    wb.introductions.put(Introduction {
        id: IntroductionId(id()),
        date: Some(ago(10)),
        direction: IntroDirection::Given,
        first: Some(people[2]),
        second: Some(people[5]),
        why: Text::from(w.intro_why[0]),
        outcome: Text::from(w.intro_outcome),
        ..Default::default()
    });
    wb.introductions.put(Introduction {
        id: IntroductionId(id()),
        direction: IntroDirection::Given,
        status: IntroStatus::Planned,
        follow_up: Some(ahead(4)),
        first: Some(people[0]),
        second: Some(people[4]),
        why: Text::from(w.intro_why[1]),
        ..Default::default()
    });
    for (i, &(what, from, excitement, cost, fits)) in w.invitations.iter().enumerate() {
        let (decision, received, decided, deadline) = match i {
            0 => (Decision::Pending, ago(2), None, Some(ahead(6))),
            // Helped at last weekend's show: the week page asks how it went.
            1 => (Decision::Accepted, ago(9), Some(ago(8)), None),
            2 => (Decision::Accepted, ago(30), Some(ago(26)), None),
            _ => (Decision::Declined, ago(20), Some(ago(19)), None),
        };
        wb.invitations.put(Invitation {
            id: InvitationId(id()),
            what: Text::from(what),
            from: Some(people[from]),
            via: wb.people.get(people[from]).and_then(|p| p.met_in),
            kind: if i == 0 { InvitationKind::Talk } else { InvitationKind::Other },
            received: Some(received),
            deadline,
            scores: fits.iter().map(|&(v, score)| ValueScore { value: values[v], score }).collect(),
            excitement,
            cost,
            decision,
            reason: Text::from(match i {
                2 => w.decided_reason[0],
                3 => w.decided_reason[1],
                _ => "",
            }),
            decided,
            outcome: Text::from(if i == 2 { w.outcome } else { "" }),
            skills: if i == 2 { vec![HappenstanceSkill::Curiosity, HappenstanceSkill::RiskTaking] } else { Vec::new() },
            event: match i {
                1 => Some(ago(2)),
                2 => Some(ago(12)),
                _ => None,
            },
            // The course was reflected on the day after; the show not yet.
            turned_out: (i == 2).then_some(TurnedOut::Surprising),
            served: (i == 2).then_some(values[1]),
            reflected: (i == 2).then(|| ago(11)),
            ..Default::default()
        });
    }
    for (kind, rating) in [(AssetKind::SelfKnowledge, 3), (AssetKind::DiverseNetworks, 2), (AssetKind::Openness, 4)] {
        if let Some(a) = wb.assets.iter_mut().find(|a| a.kind == kind) {
            a.rating = Some(rating);
        }
    }
    wb.stocktakes.put(Stocktake {
        id: StocktakeId(id()),
        date: Some(ago(35)),
        ratings: [(AssetKind::SelfKnowledge, 3), (AssetKind::DiverseNetworks, 2), (AssetKind::Openness, 3)]
            .into_iter()
            .map(|(kind, r)| StocktakeRating { kind, rating: Some(r) })
            .collect(),
        // The indicators as the records stood that day, as `a` on the assets freezes them.
        figures: super::assets::all_figures(&wb, ago(35)),
        ..Default::default()
    });
    wb.reflections.put(Reflection {
        id: ReflectionId(id()),
        date: Some(ago(4)),
        topic: Topic::default(),
        text: Text::from(w.reflection),
    });
    // Last week: two of the three steps done.
    let last_week = monday(ago(7));
    let accepted =
        wb.invitations.iter().find(|x| x.decision == Decision::Accepted).map(|x| RecordRef::Invitation(x.id));
    let steps = [(ColumnStep::ShowUp, Some(RecordRef::Community(communities[0]))), (ColumnStep::Answer, accepted)];
    for (i, (step, about)) in steps.into_iter().enumerate() {
        wb.weeks.push(WeekStep {
            week: Some(last_week),
            step,
            text: Text::from(w.week_done[i]),
            about,
            done: Some(last_week + Days::new(2 + i as u64)),
        });
    }
    wb.next_id = next + 1;
    wb
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{actions, reconnect, week};

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn the_demo_is_alive_whatever_today_is_and_speaks_the_screens_language() {
        for today in [day("2026-11-27"), day("2031-04-02")] {
            for lang in [Lang::Ja, Lang::En] {
                let wb = workbook(lang, today);
                assert!(wb.problems().is_empty(), "{lang:?}: {:?}", wb.problems());
                let latest = wb.outputs.iter().filter_map(|o| o.date).max().expect("outputs");
                assert!((1..=7).contains(&(today - latest).num_days()), "the last activity a few days ago");
                let open: Vec<_> = wb.invitations.iter().filter_map(|i| i.deadline).collect();
                assert!(open.iter().all(|d| *d > today), "deadlines lie ahead");
                let next = actions::next_actions(&wb, today);
                assert!(!next.iter().any(|a| matches!(a, actions::NextAction::PastDeadline { .. })));
                assert!(!reconnect::this_week(&wb, today).is_empty(), "someone to get back in touch with");
                assert!(!week::log(&wb, today).is_empty(), "last week in the log");
                let japanese = wb.people.iter().all(|p| !p.name.is_ascii());
                assert_eq!(japanese, lang == Lang::Ja, "{lang:?} names");
            }
        }
    }
}
