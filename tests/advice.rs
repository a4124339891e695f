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
}

struct Case {
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
            name: "an exciting invitation nobody has rated",
            why: "excitement is not a value: until one value is rated the filter cannot say it fits",
            today: "2026-10-14",
            book: || Book::default().values(THREE).invitation("週末ハッカソン", &[], 5, Cost::Low),
            expect: Expect { verdicts: &[("週末ハッカソン", "unrated")], fitting: 0, reconnect: &[] },
        },
        Case {
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
            expect: Expect { verdicts: &[("転勤つきの昇進", "against")], fitting: 0, reconnect: &[] },
        },
        Case {
            name: "serving the first of three values",
            why: "+2 on the top value is 6 of the best 12: half of what the values could ask",
            today: "2026-10-14",
            book: || Book::default().values(THREE).invitation("読書会の運営", &[("自由", 2)], 0, Cost::Medium),
            expect: Expect { verdicts: &[("読書会の運営", "passes")], fitting: 1, reconnect: &[] },
        },
        Case {
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
                verdicts: &[("登壇依頼", "passes"), ("雑談会", "below")], fitting: 1, reconnect: &[]
            },
        },
        Case {
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
            },
        },
        Case {
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
            expect: Expect { verdicts: &[("写真散歩の会", "passes")], fitting: 1, reconnect: &[] },
        },
        Case {
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
            expect: Expect { verdicts: &[("PTA", "below")], fitting: 0, reconnect: &[] },
        },
        Case {
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
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &["佐藤"] },
        },
        Case {
            name: "a quiet tie with nothing in common, in October",
            why: "no shared tag, community or season and no recent output: they wait on the list, unsuggested",
            today: "2026-10-14",
            book: || Book::default().values(THREE).person("高橋", Some("2024-01-01"), &[]),
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &[] },
        },
        Case {
            name: "the same quiet tie in December",
            why: "the New Year card season is a natural reason to say hello",
            today: "2026-12-10",
            book: || Book::default().values(THREE).person("高橋", Some("2024-01-01"), &[]),
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &["高橋"] },
        },
        Case {
            name: "many quiet ties",
            why: "at most three suggestions a week, never a pile of overdue contacts",
            today: "2026-12-10",
            book: || {
                ["a", "b", "c", "d", "e", "f"]
                    .iter()
                    .fold(Book::default().values(THREE), |b, n| b.person(n, Some("2024-01-01"), &[]))
            },
            expect: Expect { verdicts: &[], fitting: 0, reconnect: &["*3"] },
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
