//! Property tests: any text a person can type or paste survives save and load exactly (after
//! the model's sanitising), and a saved file reads back to the same workbook.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

use proptest::prelude::*;
use tsunagari::model::*;
use tsunagari::store::format::{parse, to_text};

/// Strings from the awkward corners: Japanese, emoji, quotes, backslashes, hashes (raw string
/// delimiters), newlines, CR, tabs, control and bidi characters, combining marks.
fn awkward() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("ゆるやかな繋がり".to_owned()),
        Just("変身資産".to_owned()),
        Just("🌱👩‍👩‍👧".to_owned()),
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just("\"#".to_owned()),
        Just("r#\"".to_owned()),
        Just("##\"##".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\r".to_owned()),
        Just("\t".to_owned()),
        Just("\u{1b}[2J".to_owned()),
        Just("\u{7}\u{0}\u{7f}\u{9b}".to_owned()),
        Just("\u{202e}\u{2066}".to_owned()),
        Just("\u{304b}\u{3099}".to_owned()),
        Just("e\u{301}".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("/* // */".to_owned()),
        Just(")]}".to_owned()),
        any::<char>().prop_map(String::from),
        "[a-zA-Z0-9 ,.:;()\\[\\]{}]{0,12}",
    ];
    prop::collection::vec(pieces, 0..8).prop_map(|v| v.concat())
}

fn workbook_with(texts: &[String]) -> Workbook {
    let mut wb = Workbook::default();
    let t = |i: usize| Text::from(texts[i % texts.len()].as_str());
    let value = wb.new_ids().take::<ValueId>();
    wb.apply(vec![Change::Put(Record::Value(FinalValue {
        id: value,
        rank: 1,
        name: t(0),
        description: t(1),
        ..Default::default()
    }))])
    .expect("value");
    let community = wb.new_ids().take::<CommunityId>();
    let c = Community {
        id: community,
        name: t(2),
        interests: vec![t(3), t(4)],
        notes: t(5),
        values: vec![value],
        ..Default::default()
    };
    wb.apply(vec![Change::Put(Record::Community(c))]).expect("community");
    let person = wb.new_ids().take::<PersonId>();
    let p = Person {
        id: person,
        name: t(6),
        phonetic: t(7),
        field: t(8),
        notes: t(9),
        met_in: Some(community),
        interactions: vec![Interaction { date: None, note: t(10) }],
        ..Default::default()
    };
    wb.apply(vec![Change::Put(Record::Person(p))]).expect("person");
    let tag = wb.new_ids().take::<TagId>();
    wb.apply(vec![Change::Put(Record::Tag(Tag { id: tag, name: t(11), description: t(12), created: None }))])
        .expect("tag");
    let o = Output {
        id: wb.new_ids().take::<OutputId>(),
        text: t(13),
        tags: vec![tag],
        people: vec![person],
        ..Default::default()
    };
    wb.apply(vec![Change::Put(Record::Output(o))]).expect("output");
    let i = Invitation {
        id: wb.new_ids().take::<InvitationId>(),
        what: t(14),
        reason: t(15),
        outcome: t(16),
        unexpected: t(17),
        from: Some(person),
        scores: vec![ValueScore { value, score: -2 }],
        ..Default::default()
    };
    wb.apply(vec![Change::Put(Record::Invitation(i))]).expect("invitation");
    let mut s = wb.settings.clone();
    s.owner = t(18);
    wb.apply(vec![Change::Settings(s)]).expect("settings");
    wb
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn save_and_load_give_back_the_same_workbook(texts in prop::collection::vec(awkward(), 1..20)) {
        let wb = workbook_with(&texts);
        let text = to_text(&wb).expect("serialise");
        let back = parse(text.as_bytes()).expect("parse").workbook;
        prop_assert_eq!(&back, &wb);
        prop_assert_eq!(to_text(&back).expect("again"), text);
    }

    #[test]
    fn sanitised_text_holds_no_controls_and_is_stable(s in awkward()) {
        let t = Text::from(s.as_str());
        let bad = t.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || ('\u{202a}'..='\u{202e}').contains(&c));
        prop_assert!(!bad, "control characters left in {:?}", t);
        prop_assert!(!t.contains('\r'));
        prop_assert_eq!(Text::from(t.as_str()), t.clone());
    }

    #[test]
    fn sample_workbooks_round_trip(n in 0usize..300, seed in 1u64..1000) {
        let wb = sample::workbook(n, seed, chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"));
        let text = to_text(&wb).expect("serialise");
        prop_assert_eq!(parse(text.as_bytes()).expect("parse").workbook, wb);
    }
}

#[test]
fn files_from_before_intentions_read_as_they_meant() {
    // An introduction was always one made, an invitation always a real one.
    let old = "(version: 1, people: [(id: 1, name: \"a\"), (id: 2, name: \"b\")], \
        introductions: [(id: 3, direction: Given, first: Some(1), second: Some(2))], \
        invitations: [(id: 4, what: \"talk\", decision: Accepted)])";
    let wb = parse(old.as_bytes()).expect("parses").workbook;
    let i = wb.introductions.iter().next().unwrap();
    assert_eq!((i.status, i.follow_up), (IntroStatus::Made, None));
    assert!(wb.invitations.iter().next().unwrap().counts());
    // And written back, they stay as short as they were: the defaults are left out.
    let text = to_text(&wb).unwrap();
    assert!(!text.contains("status") && !text.contains("practice") && !text.contains("follow_up"), "{text}");
    let mut planned = wb.clone();
    let mut p = planned.introductions.iter().next().unwrap().clone();
    p.status = IntroStatus::Planned;
    planned.introductions.put(p);
    let back = parse(to_text(&planned).unwrap().as_bytes()).unwrap().workbook;
    assert_eq!(back.introductions.iter().next().unwrap().status, IntroStatus::Planned);
}
