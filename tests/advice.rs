//! The advice a person acts on, read as a careers reader would: small realistic workbooks, each
//! with the verdicts and figures such a reader expects and a one-line why. Every figure comes
//! from the model's pure functions (the same ones the screens and the summary show).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

use chrono::NaiveDate;
use tsunagari::model::actions::{CommunityHint, NextAction, next_actions};
use tsunagari::model::filter::{self, Candidate};
use tsunagari::model::reconnect::{self, Reason, Season};
use tsunagari::model::*;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

/// A workbook built the way a person fills it in, with records found again by name.
#[derive(Default)]
struct Book {
    wb: Workbook,
    ids: u64,
}

impl Book {
    fn id(&mut self) -> u64 {
        self.ids += 1;
        self.ids
    }
    fn values(mut self, names: &[&str]) -> Self {
        for (i, n) in names.iter().enumerate() {
            let id = ValueId(self.id());
            self.wb.values.put(FinalValue { id, rank: i as u16 + 1, name: Text::from(*n), ..Default::default() });
        }
        self
    }
    fn value(&self, name: &str) -> ValueId {
        self.wb.value_named(name).expect("a value of that name")
    }
    fn interests(mut self, items: &[&str]) -> Self {
        self.wb.interests = items.iter().map(|i| Text::from(*i)).collect();
        self
    }
    fn invitation(mut self, what: &str, fits: &[(&str, i8)], excitement: u8, cost: Cost) -> Self {
        let scores = fits.iter().map(|&(v, score)| ValueScore { value: self.value(v), score }).collect();
        let id = InvitationId(self.id());
        self.wb.invitations.put(Invitation {
            id,
            what: Text::from(what),
            scores,
            excitement,
            cost,
            ..Default::default()
        });
        self
    }
    fn community(mut self, name: &str, status: CommunityStatus, values: &[&str], interests: &[&str]) -> Self {
        let values = values.iter().map(|v| self.value(v)).collect();
        let id = CommunityId(self.id());
        self.wb.communities.put(Community {
            id,
            name: Text::from(name),
            status,
            values,
            interests: interests.iter().map(|i| Text::from(*i)).collect(),
            ..Default::default()
        });
        self
    }
    /// Makes the named community one of `kind`.
    fn kind(mut self, name: &str, kind: CommunityKind) -> Self {
        let id = self.wb.community_named(name).expect("community");
        let mut c = self.wb.communities.get(id).expect("community").clone();
        c.kind = kind;
        self.wb.communities.put(c);
        self
    }
    /// A person as `shape` leaves them, in the named communities.
    fn someone(mut self, name: &str, communities: &[&str], shape: impl FnOnce(&mut Person)) -> Self {
        let communities = communities.iter().map(|c| self.wb.community_named(c).expect("community")).collect();
        let id = PersonId(self.id());
        let mut p = Person { id, name: Text::from(name), communities, ..Default::default() };
        shape(&mut p);
        self.wb.people.put(p);
        self
    }
    /// A person last heard from on `last`, in the named communities.
    fn person(mut self, name: &str, last: Option<&str>, communities: &[&str]) -> Self {
        let communities = communities.iter().map(|c| self.wb.community_named(c).expect("community")).collect();
        let id = PersonId(self.id());
        self.wb.people.put(Person {
            id,
            name: Text::from(name),
            last_contact: last.map(day),
            communities,
            ..Default::default()
        });
        self
    }
}

/// What a careers reader checks on one workbook.
struct Expect {
    /// Each candidate's name and verdict word (`passes`, `below`, `unrated`, `against`), in the
    /// filter's order.
    verdicts: &'static [(&'static str, &'static str)],
    /// What the overview counts as fitting the values.
    fitting: usize,
    /// Whom the overview suggests getting back in touch with this week.
    reconnect: &'static [&'static str],
    /// Network health as (weak, strong, unrated, fields, bridges), where the case is about ties.
    ties: Option<(usize, usize, usize, usize, usize)>,
}

/// Figures beyond the filter and the ties, by the name a careers reader would give them.
fn figure(wb: &Workbook, today: NaiveDate, name: &str) -> u32 {
    use tsunagari::model::{assets, derived};
    let count = |n: usize| u32::try_from(n).expect("small");
    match name {
        "step 3 decided" => count(derived::step_progress(wb, today)[2].done),
        "introductions made" => count(derived::introduction_balance(wb).given),
        "introductions planned" => count(derived::introduction_balance(wb).planned),
        "accepted recently" => assets::measure(wb, Indicator::AcceptedRecently, today),
        "happenstance used" => assets::measure(wb, Indicator::HappenstanceUsed, today),
        "curiosity" => count(
            assets::happenstance(wb, today)
                .into_iter()
                .find(|(s, _)| *s == HappenstanceSkill::Curiosity)
                .map_or(0, |(_, n)| n),
        ),
        "peers" => assets::measure(wb, Indicator::PeerTies, today),
        "past deadlines" => {
            count(next_actions(wb, today).iter().filter(|a| matches!(a, NextAction::PastDeadline { .. })).count())
        }
        other => panic!("no figure called {other}"),
    }
}

/// A tie rated (time, emotional intensity, intimacy, reciprocity), each 0 to 4.
fn tie(time: u8, emotion: u8, intimacy: u8, reciprocity: u8) -> TieDimensions {
    TieDimensions { time, emotion, intimacy, reciprocity }
}

struct Case {
    /// Further figures and what they should read.
    figures: &'static [(&'static str, u32)],
    name: &'static str,
    why: &'static str,
    today: &'static str,
    book: fn() -> Book,
    expect: Expect,
}

fn name_of(wb: &Workbook, c: Candidate) -> String {
    match c {
        Candidate::Invitation(i) => wb.invitations.get(i).map(|i| i.what.to_string()),
        Candidate::Community(c) => wb.communities.get(c).map(|c| c.name.to_string()),
    }
    .unwrap_or_default()
}

fn fitting(actions: &[NextAction]) -> usize {
    actions
        .iter()
        .find_map(|a| if let NextAction::FitsWaiting { passing } = a { Some(*passing) } else { None })
        .unwrap_or(0)
}

const THREE: &[&str] = &["自由", "学び", "家族"];
const EIGHT: &[&str] = &["自由", "学び", "家族", "健康", "挑戦", "貢献", "安心", "美"];

fn cases() -> Vec<Case> {
    vec![
        Case {
            figures: &[],
            name: "an exciting invitation nobody has rated",
            why: "excitement is not a value: until one value is rated the filter cannot say it fits",
            today: "2026-10-14",
            book: || Book::default().values(THREE).invitation("週末ハッカソン", &[], 5, Cost::Low),
            expect: Expect {
                verdicts: &[("週末ハッカソン", "unrated")], fitting: 0, reconnect: &[], ties: None
            },
        },
        Case {
            figures: &[],
            name: "a veto on the top value",
            why: "−2 on the value ranked first is against it, however much else it scores",
            today: "2026-10-14",
            book: || {
                Book::default().values(THREE).invitation(
                    "転勤つきの昇進",
                    &[("自由", -2), ("学び", 2), ("家族", 2)],
                    5,
                    Cost::Low,
                )
            },
            expect: Expect {
                verdicts: &[("転勤つきの昇進", "against")], fitting: 0, reconnect: &[], ties: None
            },
        },
        Case {
            figures: &[],
            name: "serving the first of three values",
            why: "+2 on the top value is 6 of the best 12: half of what the values could ask",
            today: "2026-10-14",
            book: || Book::default().values(THREE).invitation("読書会の運営", &[("自由", 2)], 0, Cost::Medium),
            expect: Expect { verdicts: &[("読書会の運営", "passes")], fitting: 1, reconnect: &[], ties: None },
        },
        Case {
            figures: &[],
            name: "the same invitations with eight values",
            why: "the mark is a share: +2 on the top value still passes (6 of 22), +1 alone does not (3 of 22)",
            today: "2026-10-14",
            book: || {
                Book::default().values(EIGHT).invitation("登壇依頼", &[("自由", 2)], 0, Cost::Low).invitation(
                    "雑談会",
                    &[("自由", 1)],
                    5,
                    Cost::Low,
                )
            },
            expect: Expect {
                verdicts: &[("登壇依頼", "passes"), ("雑談会", "below")],
                fitting: 1,
                reconnect: &[],
                ties: None,
            },
        },
        Case {
            figures: &[],
            name: "excitement and cost only order what the values allow",
            why: "a costly invitation that serves the values passes; an exciting one that does not stays below",
            today: "2026-10-14",
            book: || {
                Book::default()
                    .values(THREE)
                    .invitation("海外カンファレンス", &[("学び", 2)], 1, Cost::High)
                    .invitation("飲み会", &[("家族", 1)], 5, Cost::Low)
            },
            expect: Expect {
                verdicts: &[("海外カンファレンス", "passes"), ("飲み会", "below")],
                fitting: 1,
                reconnect: &[],
                ties: None,
            },
        },
        Case {
            figures: &[],
            name: "a community chosen from interest alone",
            why: "interest is the first hook of Step 1: sharing one of mine is enough to pass",
            today: "2026-10-14",
            book: || {
                Book::default().values(THREE).interests(&["写真"]).community(
                    "写真散歩の会",
                    CommunityStatus::Considering,
                    &[],
                    &["写真", "街歩き"],
                )
            },
            expect: Expect { verdicts: &[("写真散歩の会", "passes")], fitting: 1, reconnect: &[], ties: None },
        },
        Case {
            figures: &[],
            name: "a community serving only a low value, and no shared interest",
            why: "+2 on the third of three values is 2 of 12, under the 25 % mark",
            today: "2026-10-14",
            book: || {
                Book::default().values(THREE).interests(&["写真"]).community(
                    "PTA",
                    CommunityStatus::Considering,
                    &["家族"],
                    &["子育て"],
                )
            },
            expect: Expect { verdicts: &[("PTA", "below")], fitting: 0, reconnect: &[], ties: None },
        },
        Case {
            figures: &[],
            name: "an old colleague in a community I still attend",
            why: "a dormant tie is a resource: the shared community is the reason to write, with no days counted",
            today: "2026-10-14",
            book: || {
                Book::default()
                    .values(THREE)
                    .community("Rust.Tokyo", CommunityStatus::Active, &["学び"], &[])
                    .person("佐藤", Some("2025-06-01"), &["Rust.Tokyo"])
                    .person("鈴木", Some("2026-09-01"), &["Rust.Tokyo"])
                    .person("田中", None, &["Rust.Tokyo"])
            },
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &["佐藤"], ties: None },
        },
        Case {
            figures: &[],
            name: "a quiet tie with nothing in common, in October",
            why: "no shared tag, community or season and no recent output: they wait on the list, unsuggested",
            today: "2026-10-14",
            book: || Book::default().values(THREE).person("高橋", Some("2024-01-01"), &[]),
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &[], ties: None },
        },
        Case {
            figures: &[],
            name: "the same quiet tie in December",
            why: "the New Year card season is a natural reason to say hello",
            today: "2026-12-10",
            book: || Book::default().values(THREE).person("高橋", Some("2024-01-01"), &[]),
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &["高橋"], ties: None },
        },
        Case {
            figures: &[],
            name: "many quiet ties",
            why: "at most three suggestions a week, never a pile of overdue contacts",
            today: "2026-12-10",
            book: || {
                ["a", "b", "c", "d", "e", "f"]
                    .iter()
                    .fold(Book::default().values(THREE), |b, n| b.person(n, Some("2024-01-01"), &[]))
            },
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &["*3"], ties: None },
        },
        Case {
            figures: &[],
            name: "six contacts imported from LinkedIn",
            why: "nothing rated is unrated, not weak; a company is an organisation, not a field, so no bridges",
            today: "2026-10-14",
            book: || {
                ["Acme", "Acme", "Globex", "Initech", "Umbrella", "Hooli"].iter().enumerate().fold(
                    Book::default().values(THREE),
                    |b, (i, org)| {
                        b.someone(&format!("contact {i}"), &[], |p| {
                            p.organisation = Text::from(*org);
                            p.role = Text::from("Engineer");
                        })
                    },
                )
            },
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &[], ties: Some((0, 0, 6, 0, 0)) },
        },
        Case {
            figures: &[],
            name: "a co-worker seen daily and a friend seen rarely",
            why: "closeness weighs above time (Marsden & Campbell 1984): daily contact alone is a weak tie",
            today: "2026-10-14",
            book: || {
                Book::default().values(THREE).someone("同僚", &[], |p| p.tie = tie(4, 1, 1, 3)).someone(
                    "旧友",
                    &[],
                    |p| p.tie = tie(1, 4, 3, 2),
                )
            },
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &[], ties: Some((1, 1, 0, 0, 0)) },
        },
        Case {
            figures: &[],
            name: "the only tie into my own community, and the only one into one I am only considering",
            why: "a bridge leads into a circle I am not part of myself",
            today: "2026-10-14",
            book: || {
                Book::default()
                    .values(THREE)
                    .community("朝活", CommunityStatus::Active, &[], &[])
                    .community("NPO", CommunityStatus::Considering, &[], &[])
                    .someone("山本", &["朝活"], |p| p.tie = tie(2, 2, 2, 2))
                    .someone("中村", &["NPO"], |p| p.tie = tie(1, 1, 1, 1))
            },
            expect: Expect { verdicts: &[("NPO", "unrated")], fitting: 0, reconnect: &[], ties: Some((2, 0, 0, 0, 1)) },
        },
        Case {
            figures: &[],
            name: "one field written three ways, and one other",
            why: "case, width and spacing variants are one field; the only person in design is a bridge into it",
            today: "2026-10-14",
            book: || {
                Book::default()
                    .values(THREE)
                    .someone("a", &[], |p| p.field = Text::from("IT"))
                    .someone("b", &[], |p| p.field = Text::from("ｉｔ"))
                    .someone("c", &[], |p| p.field = Text::from(" it "))
                    .someone("d", &[], |p| p.field = Text::from("デザイン"))
            },
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &[], ties: Some((0, 0, 4, 2, 1)) },
        },
        Case {
            figures: &[
                ("step 3 decided", 0),
                ("accepted recently", 0),
                ("happenstance used", 0),
                ("past deadlines", 0),
            ],
            name: "practice invitations, one waiting past its deadline and one accepted",
            why: "an imagined invitation is practice: it counts in no verdict list, progress, indicator or deadline",
            today: "2026-10-14",
            book: || {
                let mut b = Book::default()
                    .values(THREE)
                    .invitation("練習のお誘い", &[("自由", 2)], 4, Cost::Low)
                    .invitation("もう一つの練習", &[("自由", 2)], 4, Cost::Low);
                let ids: Vec<InvitationId> = b.wb.invitations.iter().map(|i| i.id).collect();
                for (n, i) in ids.into_iter().enumerate() {
                    let mut inv = b.wb.invitations.get(i).expect("made").clone();
                    inv.practice = true;
                    inv.received = Some(day("2026-09-20"));
                    if n == 0 {
                        // Would pass the filter and be past its deadline, were it real.
                        inv.deadline = Some(day("2026-10-01"));
                    } else {
                        // Would be a recent acceptance that called on curiosity, were it real.
                        inv.decision = Decision::Accepted;
                        inv.decided = Some(day("2026-09-25"));
                        inv.skills = vec![HappenstanceSkill::Curiosity];
                    }
                    b.wb.invitations.put(inv);
                }
                b
            },
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &[], ties: None },
        },
        Case {
            figures: &[("step 3 decided", 1), ("accepted recently", 1), ("curiosity", 1), ("happenstance used", 1)],
            name: "a real invitation accepted out of curiosity",
            why: "a deed, with the day it was decided and the skill named on its outcome",
            today: "2026-10-14",
            book: || {
                let mut b = Book::default().values(THREE).invitation("勉強会で話す", &[("学び", 2)], 4, Cost::Low);
                for i in b.wb.invitations.iter().map(|i| i.id).collect::<Vec<_>>() {
                    let mut inv = b.wb.invitations.get(i).expect("made").clone();
                    inv.decision = Decision::Accepted;
                    inv.received = Some(day("2026-09-20"));
                    inv.decided = Some(day("2026-09-25"));
                    inv.skills = vec![HappenstanceSkill::Curiosity];
                    b.wb.invitations.put(inv);
                }
                b
            },
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &[], ties: None },
        },
        Case {
            figures: &[("introductions made", 0), ("introductions planned", 1)],
            name: "two people who should meet",
            why: "an intention is not a deed: the pair is planned, and no introduction is counted as made",
            today: "2026-10-14",
            book: || {
                let mut b = Book::default().values(THREE).person("佐藤", None, &[]).person("鈴木", None, &[]);
                let (first, second) = (b.wb.person_named("佐藤").ok(), b.wb.person_named("鈴木").ok());
                let id = IntroductionId(b.id());
                b.wb.introductions.put(Introduction {
                    id,
                    first,
                    second,
                    status: IntroStatus::Planned,
                    direction: IntroDirection::Given,
                    ..Default::default()
                });
                b
            },
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &[], ties: None },
        },
        Case {
            figures: &[("peers", 1)],
            name: "a close friend from a study group and a close relative",
            why: "peers are strong ties met in work or learning communities, not family",
            today: "2026-10-14",
            book: || {
                Book::default()
                    .values(THREE)
                    .community("輪読会", CommunityStatus::Active, &[], &[])
                    .kind("輪読会", CommunityKind::ReadingCircle)
                    .someone("勉強仲間", &["輪読会"], |p| p.tie = tie(2, 4, 4, 3))
                    .someone("姉", &[], |p| p.tie = tie(4, 4, 4, 4))
            },
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &[], ties: Some((0, 2, 0, 0, 0)) },
        },
    ]
}

#[test]
fn realistic_workbooks_get_the_verdicts_and_figures_a_careers_reader_expects() {
    let all = cases();
    assert!(all.len() >= 10);
    for case in all {
        let today = day(case.today);
        let wb = (case.book)().wb;
        let label = format!("{} ({})", case.name, case.why);
        let verdicts: Vec<(String, &str)> =
            filter::candidates(&wb).into_iter().map(|(c, v)| (name_of(&wb, c), v.outcome.key())).collect();
        let expected: Vec<(String, &str)> = case.expect.verdicts.iter().map(|(n, v)| (n.to_string(), *v)).collect();
        assert_eq!(verdicts, expected, "{label}");
        let actions = next_actions(&wb, today);
        assert_eq!(fitting(&actions), case.expect.fitting, "{label}");
        let suggested: Vec<String> = actions
            .iter()
            .filter_map(|a| match a {
                NextAction::Reconnect(r) => wb.people.get(r.person).map(|p| p.name.to_string()),
                _ => None,
            })
            .collect();
        match case.expect.reconnect {
            [n] if n.starts_with('*') => assert_eq!(suggested.len().to_string(), n[1..], "{label}"),
            names => assert_eq!(suggested, names.iter().map(|n| n.to_string()).collect::<Vec<_>>(), "{label}"),
        }
        for &(name, want) in case.figures {
            assert_eq!(figure(&wb, today, name), want, "{label}: {name}");
        }
        if let Some(want) = case.expect.ties {
            let h = tsunagari::model::derived::network_health(&wb);
            assert_eq!((h.weak, h.strong, h.unrated, h.fields, h.bridges), want, "{label}");
        }
        // However it reads, the overview's community hint never contradicts the filter.
        for a in &actions {
            if let NextAction::FewCommunities { next: CommunityHint::Candidate(c), .. } = a {
                let v = filter::judge(&wb, Candidate::Community(*c)).expect("a candidate");
                assert!(v.passes(), "{label}: the hint names a community that passes");
            }
        }
    }
}

#[test]
fn the_reasons_to_write_are_concrete() {
    let wb = Book::default()
        .values(THREE)
        .community("Rust.Tokyo", CommunityStatus::Active, &[], &[])
        .person("佐藤", Some("2025-06-01"), &["Rust.Tokyo"])
        .person("高橋", Some("2024-01-01"), &[])
        .wb;
    let reasons: Vec<Reason> = reconnect::this_week(&wb, day("2026-12-10")).into_iter().map(|r| r.reason).collect();
    assert!(reasons.contains(&Reason::Community(wb.community_named("Rust.Tokyo").expect("community"))));
    assert!(reasons.contains(&Reason::Season(Season::NewYear)));
}
